"""The ``regdesign_references`` spaCy component, and the public face of citation extraction.

This module owns the spaCy factory ``regdesign_references`` (also declared as a ``spacy_factories`` entry point) and
re-exports the verb :func:`extract_references` and the normalisers of :mod:`regdesign.nlp.citation_parser`, where
the grammar is walked (that module is compiled to C by ``make``; this one stays plain Python because spaCy inspects
its factory and component).

The component writes ``doc.spans["regdesign_references"]`` and keeps the references in ``doc.user_data``; see
:class:`ReferencesComponent` for how it stays cheap on docs without citations.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("es")
    >>> _ = nlp.add_pipe("regdesign_references")
    >>> [span.text for span in nlp("según el artículo 147 de la Ley 1955 de 2019").spans["regdesign_references"]]
    ['artículo 147 de la Ley 1955 de 2019']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
from spacy.attrs import IDX, LOWER, ORTH, SHAPE, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import minibatch

from regdesign.model import Reference
from regdesign.nlp import USE_DOCSCAN
from regdesign.nlp import citation_grammar as g
from regdesign.nlp.citation_parser import (
    extract_references,
    extract_references_at,
    normalize_designator,
    normalize_number,
)

__all__ = [
    "SPANS_KEY",
    "RULING_SHAPES",
    "ReferencesComponent",
    "extract_references",
    "make_references_component",
    "normalize_designator",
    "normalize_number",
]

DocScanner: Any = None
if USE_DOCSCAN:  # compiled by ``make`` (tools/build_native.py); the plain-Python scan gives the same results
    try:
        from regdesign.nlp._docscan import DocScanner as _CompiledDocScanner
    except ImportError:  # pragma: no cover - a broken build: the plain-Python scan is used
        pass
    else:
        DocScanner = _CompiledDocScanner

SPANS_KEY = "regdesign_references"
#: Docs that :meth:`ReferencesComponent.pipe` takes from the tokenizer before parsing them. Doc by doc, tokenizing and
#: parsing took turns and each evicted the other's data from the CPU's cache: the parse of a doc cost about twice what
#: it costs alone. Chunks of 16-32 docs made the whole pipe 15-20 % faster on the bench machine; 64 and more, less so.
PIPE_CHUNK = 32

# ---------------------------------------------------------------------------------------------------------------
# spaCy component
# ---------------------------------------------------------------------------------------------------------------


def _doc_references(doc: Doc) -> list[Reference]:
    return [Reference.from_dict(d) for d in doc.user_data.get(SPANS_KEY, [])]


if not Doc.has_extension("regdesign_references"):
    Doc.set_extension("regdesign_references", getter=_doc_references)


_ROW_ATTRS = [LOWER, ORTH, SPACY, IDX]
#: spaCy shapes of a token that starts a ruling id without the word "Sentencia" ("T-406" → "X-ddd", "SU-601A" →
#: "XX-dddX", "C-211/17" → "X-ddd/dd"): a doc without trigger words but with one of these is parsed too.
RULING_SHAPES = frozenset(
    f"{letters}{dash}{'d' * digits}{tail}{dot}"
    for letters in ("X", "XX")
    for dash in ("-", "–")
    for digits in range(1, 5)
    for tail in ("", "X", "x", "/dd", "/dddd", "-dd", "-dddd", "X/dd", "X-dd")
    for dot in ("", ".")
)
#: Mixes the trailing-space flag into an ORTH id, so that one dict lookup gives a token's text with its space.
_SPACE_MIX = np.uint64(0x9E3779B97F4A7C15)


class _TokenTexts(dict):
    """ORTH id (mixed with the space flag, see :data:`_SPACE_MIX`) → the token's text with its trailing space; filled
    on a miss from the vocabulary's strings, so that rebuilding a doc's text is one C-level ``map`` over a list."""

    __slots__ = ("strings", "rows")

    def __init__(self, strings) -> None:  # noqa: ANN001 - spaCy's StringStore
        super().__init__()
        self.strings = strings
        self.rows: dict[int, tuple[int, int]] = {}

    def __missing__(self, key: int) -> str:
        orth, space = self.rows[key]
        value = self.strings[orth] + " " if space else self.strings[orth]
        if len(self) > 2_000_000:  # a bound on memory; the cache refills on the next misses
            self.clear()
        self[key] = value
        return value


def _set_group(doc: Doc, key: str, spans: list[Span]) -> None:
    """``doc.spans[key] = spans``, without the proxy's per-call checks (a weakref round trip and an assertion that
    cost 7 µs a doc, more than half the component's time on docs without citations): the spans are the doc's own."""
    doc.spans.data[key] = SpanGroup(doc, name=key, spans=spans)


class ReferencesComponent:
    """Writes ``doc.spans[spans_key]`` (label = reference type, or "internal") and keeps the references as plain
    dicts in ``doc.user_data[spans_key]`` (so ``Doc.to_bytes`` keeps them); ``doc._.regdesign_references`` gives
    them back as :class:`~regdesign.model.Reference` objects with exact offsets.

    Speed (issue 3): a doc is first checked on its tokens' lower-case ids against the trigger words (one ``to_array``
    and a set test); only docs with a trigger get their text rebuilt (from cached token strings, not ``doc.text``,
    which builds one Token object per token) and parsed, starting at the trigger tokens. ``pipe`` does the same
    without spaCy's per-doc wrapper.
    """

    def __init__(self, nlp: Language, name: str = "regdesign_references", spans_key: str = SPANS_KEY) -> None:
        self.name = name
        self.spans_key = spans_key
        strings = nlp.vocab.strings
        self._trigger_ids = frozenset(strings.add(word) for word in g.TRIGGER_TOKENS)
        self._ruling_shape_ids = frozenset(strings.add(shape) for shape in RULING_SHAPES)
        self._texts = _TokenTexts(strings)
        self._labels: dict[str, int] = {}
        self._scan = self.scan_python
        self._spans = self.spans_python
        self._scanner: Any = None
        if DocScanner is not None:
            self._scanner = DocScanner(self._trigger_ids, self._ruling_shape_ids, strings, extract_references_at)
            self._scan = self._scanner.scan
            self._spans = self._scanner.spans

    def __call__(self, doc: Doc) -> Doc:
        if self._scanner is not None:
            return self._scanner.process(doc, self.spans_key)
        return self.process_python(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128, **_kwargs: object) -> Iterable[Doc]:
        """The docs of a stream, processed :data:`PIPE_CHUNK` at a time (the tokenizer makes a chunk, then the chunk
        is parsed: each keeps its working set in the CPU's cache). ``batch_size`` is spaCy's and is not used."""
        if self._scanner is not None:
            return self._scanner.pipe(docs, self.spans_key, PIPE_CHUNK)
        return (self.process_python(doc) for chunk in minibatch(docs, PIPE_CHUNK) for doc in chunk)

    def scan_python(self, doc: Doc) -> tuple[str | None, list[int] | None]:
        """``(text, hits)``: the doc's text and the character offsets of its trigger tokens; ``(None, None)`` when the
        doc has no trigger and no ruling-shaped token; ``(text, None)`` for a ruling id only. The plain-Python twin
        of the compiled :meth:`regdesign.nlp._docscan.DocScanner.scan` (same results, tested)."""
        arr: Any = doc.to_array(_ROW_ATTRS)
        lows: list[int] = arr[:, 0].tolist()
        trigger_ids = self._trigger_ids
        if trigger_ids.isdisjoint(lows):
            shape_arr: Any = doc.to_array(SHAPE)  # numpy's stubs type tolist() as a float
            shapes: list[int] = shape_arr.tolist()
            if self._ruling_shape_ids.isdisjoint(shapes):
                return None, None
            return self._doc_text(arr), None  # only a ruling id ("T-406 de 1992"): the regex scan finds it
        idx = arr[:, 3].tolist()
        return self._doc_text(arr), [idx[i] for i, low in enumerate(lows) if low in trigger_ids]

    @staticmethod
    def spans_python(doc: Doc, bounds: list[tuple[int, int, int]]) -> list[Span]:
        """``Span`` objects for ``(start_char, end_char, label_id)`` triples widened to whole tokens: the plain-Python
        twin of the compiled :meth:`regdesign.nlp._docscan.DocScanner.spans` (same results, tested). A range that covers
        only whitespace after a token widens to no token at all: like the compiled scan, it gives no span (spaCy's
        ``char_span`` returns an empty one)."""
        spans = []
        for start, end, label in bounds:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and span.start < span.end:
                spans.append(span)
        return spans

    def process_python(self, doc: Doc) -> Doc:
        """The component's work on one doc in plain Python: the twin of the compiled ``DocScanner.process`` (same
        results, tested), used when the compiled module is not built."""
        # Pre-filter on the tokens' lower-case ids: a doc without trigger words costs almost nothing, and the parser
        # starts at the trigger tokens instead of scanning the text with a regex.
        key = self.spans_key
        text, hits = self._scan(doc)
        if text is None:
            _set_group(doc, key, [])
            doc.user_data[key] = []
            return doc
        refs = extract_references_at(text, hits)  # it scans for ruling ids itself
        labels = self._labels
        bounds = []
        for ref in refs:
            label = ref.type or ref.scope
            label_id = labels.get(label)
            if label_id is None:
                label_id = labels[label] = doc.vocab.strings.add(label)
            bounds.append((ref.start, ref.end, label_id))
        _set_group(doc, key, self._spans(doc, bounds))
        doc.user_data[key] = [ref.to_dict() | {"relative": ref.relative, "note": ref.note} for ref in refs]
        return doc

    def _doc_text(self, arr: np.ndarray) -> str:
        """``doc.text`` from the doc's [LOWER, ORTH, SPACY, IDX] rows."""
        keys = (arr[:, 1] ^ (arr[:, 2] * _SPACE_MIX)).tolist()  # columns ORTH, SPACY
        texts = self._texts
        try:
            return "".join(map(texts.__getitem__, keys))
        except KeyError:
            pass
        rows = texts.rows
        rows.clear()
        rows.update(zip(keys, arr[:, 1:3].tolist(), strict=True))  # ORTH, SPACY
        out = "".join([texts[k] for k in keys])
        rows.clear()
        return out

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        return self.spans_key.encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> ReferencesComponent:
        self.spans_key = data.decode("utf-8")
        return self

    def to_disk(self, path, *, exclude: tuple[str, ...] = ()) -> None:  # noqa: ANN001 - spaCy's signature
        return None

    def from_disk(self, path, *, exclude: tuple[str, ...] = ()) -> ReferencesComponent:  # noqa: ANN001
        return self


@Language.factory("regdesign_references", default_config={"spans_key": SPANS_KEY})
def make_references_component(nlp: Language, name: str, spans_key: str = SPANS_KEY) -> ReferencesComponent:
    """Factory of the ``regdesign_references`` component (also declared as a ``spacy_factories`` entry point)."""
    return ReferencesComponent(nlp, name, spans_key)
