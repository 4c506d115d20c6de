# distutils: language = c++
# cython: language_level=3, boundscheck=False, wraparound=False
"""C-level scan of a spaCy ``Doc`` for the ``regdesign_references`` component (compiled by ``make``).

It owns one class, :class:`DocScanner`: in one pass over the doc's token structs it finds the tokens whose
lower-case id is a trigger word (their character offsets are where the citation parser starts) and, only for docs
that have one (or a token shaped like a ruling id, "T-406"), rebuilds the doc's text from cached token strings; it
then turns the references' character offsets into ``Span`` objects (``Doc.char_span(..., alignment_mode="expand")``
by binary search over the token offsets). The pure-Python fallback in :mod:`regdesign.nlp.references` does the same
with ``Doc.to_array`` and ``Doc.char_span``; the results are identical (tested), this is only faster.
"""

from cymem.cymem cimport Pool
from libc.stdint cimport uint64_t
from preshed.maps cimport PreshMap
from spacy.structs cimport TokenC
from spacy.tokens.doc cimport Doc
from spacy.tokens.span cimport Span

from spacy.tokens import SpanGroup

cdef uint64_t SPACE_MIX = 0x9E3779B97F4A7C15ULL
# A one-hash Bloom filter of 8192 bits (1024 bytes) in front of the trigger map: most tokens stop at one bit test.


cdef class DocScanner:
    """Trigger ids and ruling-id shapes in C hash maps; ``texts`` caches token strings (with their space)."""

    cdef PreshMap triggers
    cdef PreshMap shapes
    cdef unsigned char trigger_bits[1024]
    cdef PreshMap texts  # (orth id mixed with the space flag) -> borrowed pointer to a str held alive by ``kept``
    cdef list kept
    cdef object strings
    cdef object parse  # the citation parser: (text, hits) -> references
    cdef dict labels  # reference label -> string id

    def __init__(self, trigger_ids, shape_ids, strings, parse=None):
        cdef uint64_t k
        cdef int i
        self.triggers = PreshMap()
        self.shapes = PreshMap()
        for i in range(1024):
            self.trigger_bits[i] = 0
        for key in trigger_ids:
            k = <uint64_t>key
            self.triggers.set(k, <void*>1)
            self.trigger_bits[(k & 8191) >> 3] |= 1 << (k & 7)
        for key in shape_ids:
            self.shapes.set(<uint64_t>key, <void*>1)
        self.texts = PreshMap()
        self.kept = []
        self.strings = strings
        self.parse = parse
        self.labels = {}

    def process(self, Doc doc, str key):
        """The component's whole work on one doc (the compiled twin of ``ReferencesComponent.process_python``): scan,
        parse from the trigger offsets, ``doc.spans[key]`` and ``doc.user_data[key]``."""
        cdef list bounds, records
        cdef dict labels = self.labels
        text, hits = self.scan(doc)
        if text is None:
            doc.spans.data[key] = SpanGroup(doc, name=key, spans=[])
            doc.user_data[key] = []
            return doc
        refs = self.parse(text, hits)
        bounds = []
        records = []
        for ref in refs:
            label = ref.type or ref.scope
            label_id = labels.get(label)
            if label_id is None:
                label_id = labels[label] = self.strings.add(label)
            bounds.append((ref.start, ref.end, label_id))
            record = ref.to_dict()
            record["relative"] = ref.relative
            record["note"] = ref.note
            records.append(record)
        doc.spans.data[key] = SpanGroup(doc, name=key, spans=self.spans(doc, bounds))
        doc.user_data[key] = records
        return doc

    def pipe(self, docs, str key, int chunk=32):
        """:meth:`process` over a stream of docs, ``chunk`` docs at a time: the tokenizer makes a chunk, then the
        chunk is parsed, so that each keeps its working set in the CPU's cache (doc by doc, tokenizing and parsing
        took turns and the parse cost about twice what it costs alone; chunks of 32 made the whole pipe 15-20 %
        faster here, larger chunks less so)."""
        cdef list batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= chunk:
                for ready in batch:
                    yield self.process(ready, key)
                batch = []
        for ready in batch:
            yield self.process(ready, key)

    def scan(self, Doc doc):
        """``(text, hits)``: the doc's text and the character offsets of its trigger tokens; ``(None, None)`` when
        the doc has no trigger and no ruling-shaped token (nothing to parse); ``(text, None)`` for a ruling id only."""
        cdef int i
        cdef int n = doc.length
        cdef const TokenC* tok
        cdef list hits = []
        cdef bint ruling = False
        cdef uint64_t low
        for i in range(n):
            tok = &doc.c[i]
            low = tok.lex.lower
            if self.trigger_bits[(low & 8191) >> 3] & (1 << (low & 7)) and self.triggers.get(low) != NULL:
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
        cdef void* found
        cdef list parts = [None] * n
        cdef object value
        for i in range(n):
            tok = &doc.c[i]
            key = tok.lex.orth ^ (SPACE_MIX if tok.spacy else 0)
            found = self.texts.get(key)
            if found == NULL:
                value = self.strings[tok.lex.orth]
                if tok.spacy:
                    value = value + " "
                if len(self.kept) > 2_000_000:  # a bound on memory; the cache refills on the next misses
                    self.texts = PreshMap()
                    self.kept = []
                self.kept.append(value)
                self.texts.set(key, <void*>value)
            else:
                value = <object>found
            parts[i] = value
        return "".join(parts)

    def spans(self, Doc doc, list bounds):
        """``Span`` objects for ``(start_char, end_char, label_id)`` triples, each widened to the tokens it touches
        (as ``doc.char_span(start, end, label=label, alignment_mode="expand")``); empty ranges give no span."""
        cdef list out = []
        cdef int n = doc.length
        cdef int lo, hi, mid, first, last
        cdef int start_char, end_char
        for start_char, end_char, label in bounds:
            if end_char <= start_char or n == 0:
                continue
            # first: the first token that ends after start_char
            lo, hi = 0, n
            while lo < hi:
                mid = (lo + hi) // 2
                if doc.c[mid].idx + doc.c[mid].lex.length <= start_char:
                    lo = mid + 1
                else:
                    hi = mid
            first = lo
            # last: one past the last token that starts before end_char
            lo, hi = first, n
            while lo < hi:
                mid = (lo + hi) // 2
                if doc.c[mid].idx < end_char:
                    lo = mid + 1
                else:
                    hi = mid
            last = lo
            if first < last:
                out.append(Span(doc, first, last, label=label))
        return out
