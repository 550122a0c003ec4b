"""The Textual front end. Holds no game logic: it drives roleplay.engine.Session."""
