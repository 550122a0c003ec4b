from roleplay.cli import run

run()
