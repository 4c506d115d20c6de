"""The spaCy pass: components registered as factories on ``spacy.blank("es")``.

The citation grammar and parser, sentence segmentation, plain-language, definition, restriction and barrier
matchers are compiled to C by ``make`` (mypyc), and the doc scan of the references component too (Cython); see
:mod:`regdesign.native` for how a stale build falls back to the plain-Python sources (same results, slower) and for
``REGDESIGN_PURE_PYTHON=1``.
"""

from __future__ import annotations

from regdesign.native import PURE_PYTHON, native_status, use_docscan

__all__ = ["PURE_PYTHON", "USE_DOCSCAN", "native_status"]

USE_DOCSCAN = use_docscan()
