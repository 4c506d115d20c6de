"""The spaCy pass: components registered as factories on ``spacy.blank("es")``."""
