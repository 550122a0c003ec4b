"""Persistent storage: SQLite sessions and turns under the user data dir."""
