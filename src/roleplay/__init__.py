"""roleplay: practise hard work conversations; replies scored for listening, empathy, collaboration."""

__version__ = "0.1.0"
