"""The shared spaCy pipeline: ``spacy.blank("es")`` with a tokenizer that keeps its cache on multi-line text.

spaCy's tokenizer stops caching for the rest of a call after its first special case, and ``"\\n"`` is one; dropping
the whitespace-only special cases gives identical tokens and about 8x the throughput on Markdown.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer


def make_blank_nlp() -> Language:
    """A fresh blank Spanish pipeline with the whitespace special cases removed."""
    nlp = spacy.blank("es")
    tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]  # a blank pipeline's tokenizer is spaCy's own
    tokenizer.rules = {key: value for key, value in tokenizer.rules.items() if not key.isspace()}
    return nlp


@lru_cache(maxsize=1)
def shared_blank_nlp() -> Language:
    """One blank pipeline per process (tokenizer only), for components that need a vocabulary."""
    return make_blank_nlp()
