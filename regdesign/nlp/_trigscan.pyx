# cython: language_level=3, boundscheck=False, wraparound=False
"""C-level scan for the trigger words of the citation parser in a whole text (compiled by ``make``).

It owns one class, :class:`TriggerScan`: the matches of ``pattern.finditer(text)`` for a pattern whose matches all
start at the beginning of a word (after ``\\b``), found by calling ``pattern.match`` only at the word starts whose
first characters begin one of the pattern's possible prefixes (:func:`regdesign.nlp.regex_prefixes.match_prefixes`,
a sound over-approximation: a position it rules out cannot start a match). The regular-expression engine tries the
whole alternation of trigger words at every candidate position of the text; this loop looks at three characters of
each word start. Where it is not built, :mod:`regdesign.nlp.citation_parser` uses ``finditer`` (same matches, tested).
"""

from cpython.unicode cimport Py_UNICODE_ISALNUM

# Characters of the prefixes get small codes (1-63; 0 = a character no prefix has), so that a 3-character prefix is
# one bit of a 64 x 64 x 64 set (32 KB).
cdef enum:
    CODES = 64


cdef class TriggerScan:
    """``matches(text)`` = ``list(pattern.finditer(text))``, for the prefixes given (see the module's doc)."""

    cdef unsigned char code[256]
    cdef unsigned char ends1[CODES]  # a 1-character prefix after which anything may match
    cdef unsigned char ends2[4096]  # … a 2-character one (CODES * CODES)
    cdef unsigned char full[32768]  # the 3-character prefixes, as bits (CODES ** 3 / 8)
    cdef object match

    def __init__(self, pattern, prefixes):
        cdef int i
        chars = sorted({c for prefix in prefixes for c in prefix})
        if len(chars) >= CODES or any(ord(c) > 255 for c in chars) or not prefixes:
            raise ValueError("prefixes need at most 63 distinct Latin-1 characters")
        if any(len(prefix) == 0 or len(prefix) > 3 for prefix in prefixes):
            raise ValueError("prefixes have 1 to 3 characters")
        for i in range(256):
            self.code[i] = 0
        for i in range(CODES):
            self.ends1[i] = 0
        for i in range(4096):
            self.ends2[i] = 0
        for i in range(32768):
            self.full[i] = 0
        for i, char in enumerate(chars):
            self.code[ord(char)] = i + 1
        for prefix in prefixes:
            codes = [self.code[ord(c)] for c in prefix]
            if len(codes) == 1:
                self.ends1[codes[0]] = 1
            elif len(codes) == 2:
                self.ends2[codes[0] * CODES + codes[1]] = 1
            else:
                i = (codes[0] * CODES + codes[1]) * CODES + codes[2]
                self.full[i >> 3] |= 1 << (i & 7)
        self.match = pattern.match

    cdef inline int _code(self, Py_UCS4 c):
        return self.code[c] if c < 256 else 0

    cdef bint _may_start(self, str text, Py_ssize_t p, Py_ssize_t n):
        cdef int c0, c1, c2, i
        c0 = self._code(text[p])
        if c0 == 0:
            return False
        if self.ends1[c0]:
            return True
        if p + 1 >= n:
            return False
        c1 = self._code(text[p + 1])
        if c1 == 0:
            return False
        if self.ends2[c0 * CODES + c1]:
            return True
        if p + 2 >= n:
            return False
        c2 = self._code(text[p + 2])
        if c2 == 0:
            return False
        i = (c0 * CODES + c1) * CODES + c2
        return (self.full[i >> 3] >> (i & 7)) & 1

    def matches(self, str text):
        """The matches of ``finditer`` over the whole text, in order (a match is looked for from where the last one
        ended, at word starts only: a character that is not a letter, digit or "_" before, as ``\\b`` wants)."""
        cdef Py_ssize_t n = len(text)
        cdef Py_ssize_t p
        cdef Py_ssize_t end = 0
        cdef Py_UCS4 c
        cdef Py_UCS4 prev = 0x20
        cdef list out = []
        match = self.match
        for p in range(n):
            c = text[p]
            # the cheap test first (a character some prefix starts with); the Unicode tables only for those
            if (
                c < 256
                and self.code[c] != 0
                and p >= end
                and not (Py_UNICODE_ISALNUM(prev) or prev == 0x5F)
                and self._may_start(text, p, n)
            ):
                m = match(text, p)
                if m is not None:
                    out.append(m)
                    end = m.end()
            prev = c
        return out
