"""Rendering sessions for people and machines: console text, Markdown, HTML, JSON, xAPI."""
