# distutils: language = c++
# cython: language_level=3, boundscheck=False, wraparound=False
"""C-level scan of a spaCy ``Doc`` for the ``regdesign_references`` component (compiled by ``make``).

It owns one class, :class:`DocScanner`: in one pass over the doc's token structs it finds the tokens whose
lower-case id is a trigger word (their character offsets are where the citation parser starts) and, only for docs
that have one (or a token shaped like a ruling id, "T-406"), rebuilds the doc's text from cached token strings.
The pure-Python fallback in :mod:`regdesign.nlp.references` does the same with ``Doc.to_array``; the results are
identical (tested), this is only faster.
"""

from cymem.cymem cimport Pool
from libc.stdint cimport uint64_t
from preshed.maps cimport PreshMap
from spacy.structs cimport TokenC
from spacy.tokens.doc cimport Doc

cdef uint64_t SPACE_MIX = 0x9E3779B97F4A7C15ULL


cdef class DocScanner:
    """Trigger ids and ruling-id shapes in C hash maps; ``texts`` caches token strings (with their space)."""

    cdef PreshMap triggers
    cdef PreshMap shapes
    cdef dict texts
    cdef object strings

    def __init__(self, trigger_ids, shape_ids, strings):
        self.triggers = PreshMap()
        self.shapes = PreshMap()
        for key in trigger_ids:
            self.triggers.set(<uint64_t>key, <void*>1)
        for key in shape_ids:
            self.shapes.set(<uint64_t>key, <void*>1)
        self.texts = {}
        self.strings = strings

    def scan(self, Doc doc):
        """``(text, hits)``: the doc's text and the character offsets of its trigger tokens; ``(None, None)`` when
        the doc has no trigger and no ruling-shaped token (nothing to parse); ``(text, None)`` for a ruling id only."""
        cdef int i
        cdef int n = doc.length
        cdef const TokenC* tok
        cdef list hits = []
        cdef bint ruling = False
        for i in range(n):
            tok = &doc.c[i]
            if self.triggers.get(tok.lex.lower) != NULL:
                hits.append(tok.idx)
        if not hits:
            for i in range(n):
                if self.shapes.get(doc.c[i].lex.shape) != NULL:
                    ruling = True
                    break
            if not ruling:
                return None, None
        return self._text(doc), (hits if hits else None)

    cdef str _text(self, Doc doc):
        cdef int i
        cdef int n = doc.length
        cdef const TokenC* tok
        cdef uint64_t key
        cdef list parts = [None] * n
        cdef dict texts = self.texts
        cdef object value
        for i in range(n):
            tok = &doc.c[i]
            key = tok.lex.orth ^ (SPACE_MIX if tok.spacy else 0)
            value = texts.get(key)
            if value is None:
                value = self.strings[tok.lex.orth]
                if tok.spacy:
                    value = value + " "
                if len(texts) > 2_000_000:  # a bound on memory; the cache refills on the next misses
                    texts.clear()
                texts[key] = value
            parts[i] = value
        return "".join(parts)
