"""Where storage keeps its files: see :mod:`roleplay.paths` (``ROLEPLAY_HOME`` or the platform's
user data folder)."""

from roleplay.paths import DATABASE_NAME, data_dir, database_path, exports_dir

__all__ = ["DATABASE_NAME", "data_dir", "database_path", "exports_dir"]
