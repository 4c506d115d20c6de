"""Sentence and paragraph segmentation of Colombian legal Spanish, with exact offsets.

This module owns where sentences and paragraphs begin and end in a document's text, and which parts of a
:class:`~regdesign.model.Document` are running text (prose) rather than labels, headings or front matter.

Guarantees:

* every span is a pair ``(start, end)`` of Python string indices into the text given, ``start < end``, and the
  slice ``text[start:end]`` has no leading or trailing whitespace and contains at least one letter or digit;
* spans come in text order and never overlap;
* no split after abbreviations of legal writing ("art. 5", "num. 3", "lit. a)", "No. 12", "inc.", "Dr.", "S.A.S."),
  inside numbers ("2.2.3.3.3.5", "$1.200.000", "1,5"), after list numerals at the start of a line ("1.", "a.",
  "IV.") or before a lowercase continuation ("Ley 80 de 1993. y" is not a boundary; "Ley 80 de 1993. El" is);
* a blank line always ends a sentence and a paragraph; a line break ends a sentence when the line ends with
  ``. : ; ! ?`` or the next line starts a list item, heading, table row or quote; any other line break is a
  Markdown soft wrap and continues the sentence.

Everything is a compiled regular expression plus one pass over the candidate boundaries: linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from regdesign.model import Document

Span = tuple[int, int]

# Abbreviations that end in a period inside a sentence (lowercase, without the final period).
# Those in NUMBERED_ABBREVIATIONS only count as abbreviations before a number or list label ("No. 5"), because as
# plain words they may end a sentence ("… o no.").
ABBREVIATIONS = frozenset(
    str.split("""
    art arts artíc num núm nums núms lit lits inc incs par parág parágs ord ords nral nrales cap caps tít tit secc
    sec dto dcto res resol dec exp rad pág pag págs pags pp ss vol vols ed cf cfr ej vgr sr sra srta sres srs dr dra
    dres dras lic ing arq abg mg av avda cra kra cl cll tv dg ofc tel cel aprox máx mín min max prom dpto depto mpio
    cía cia ltda ibíd ibid op cit vs esp etc
    """)
)
NUMBERED_ABBREVIATIONS = frozenset({"no", "nos", "nro", "nros", "n", "p"})

_SENTENCE_END = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*[»”\"'’)\]*_]*(?=\s|$))")
r"""A line break, or a run of ``.!?…`` with closing quotes or brackets before whitespace or the end. Written to
start with one character class (``re`` then skips to candidates quickly); the same matches as
``[.!?…]+[»”"'’)\]*_]*(?=\s|$)|\n``. Every match is a candidate boundary; :data:`_CANDIDATE` leaves out those that
are never boundaries."""
_TOKEN_STOP = frozenset(' \t\n\r\f\v(«"“¿¡\u00a0')
_NEXT_CHAR = re.compile(r"[ \t]*(\S|\n|$)")
_LINE_START_NUMERAL = re.compile(r"[ \t]*(?:[-*+>]\s+)?(?:\*\*|__)?(?:\d+(?:\.\d+)*[oº°]?|[a-zA-Z]|[IVXLCivxlc]+)$")
_NUMERAL_TOKEN = re.compile(r"(?:\d+(?:\.\d+)*[oº°]?|[a-zA-Z]|[IVXLCivxlc]+)")
_BLOCK_START = re.compile(
    r"[ \t]*(?:#{1,6}\s|[-*+]\s|\d+(?:\.\d+)*[.)]\s|[a-zA-Z][.)]\s|[ivxIVX]+[.)]\s|\||>|```|\*\*)"
)
_HEADING_LINE = re.compile(r"[ \t]*#{1,6}\s")
_HEADING_LINE_FIRST = (" ", "\t", "#")
"""The characters a :data:`_HEADING_LINE` match can start with."""
_BLANK_AFTER = re.compile(r"[ \t]*(?:\n|$)")
_CONTENT = re.compile(r"[^\W_]")
_TRIM_LEAD = re.compile(r"[\s>#|]*(?:[-*+]\s+)?")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE_END_PUNCT = frozenset(".:;!?")
_UPPER_OR_DIGIT = re.compile(r"[A-ZÁÉÍÓÚÑÜ0-9¿¡«\"“(\[*#_<]")

WORD_RE = re.compile(r"[^\W_]+(?:[-'’.,][^\W_]+)*")
"""A word for counting: letters and digits, joined across ``-'.,`` inside the word ("2.2.3", "$1.200.000")."""


_CHUNK_KEPT = 64
"""Whitespace-delimited chunks up to this length have their word count kept (see :class:`_ChunkWords`)."""


class _ChunkWords(dict[str, int]):
    """Number of :data:`WORD_RE` words in a whitespace-delimited chunk ("técnico-económico,", "(2019)"), filled on
    first sight. A word never contains whitespace (letters, digits and ``-'’.,`` only), so the words of a span are
    the words of its ``str.split()`` chunks; text is Zipfian, so most chunks are dictionary hits, far cheaper than
    running the regular expression over every character again. Keyed by chunks (words), not by passages."""

    def __missing__(self, chunk: str) -> int:
        value = len(WORD_RE.findall(chunk))
        if len(chunk) <= _CHUNK_KEPT:
            if len(self) > 200_000:
                self.clear()
            self[chunk] = value
        return value


_CHUNK_WORDS = _ChunkWords()


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """Number of words in ``text[start:end]`` (numbers count as words): ``len(WORD_RE.findall(text, start, end))``.

    >>> count_words("Según el art. 5 de la Ley 80 de 1993, el valor es $1.200.000.")
    14
    """
    return sum(map(_CHUNK_WORDS.__getitem__, text[start:end].split()))


_TRIM_HEAD = re.compile(r"[\s>#|]*+(?:[-*+]\s++)?+(?=[\W_]*+[^\W_])")
""":data:`_TRIM_LEAD` (written possessive: its greedy match is its only one) where a letter or digit
(:data:`_CONTENT`) follows somewhere in the range: the two tests of :func:`_trim` in one match."""


def _trim(text: str, start: int, end: int) -> Span | None:
    """``text[start:end]`` without leading whitespace and markers (:data:`_TRIM_LEAD`) and trailing whitespace, or
    None when no letter or digit is left."""
    match = _TRIM_HEAD.match(text, start, end)
    if match is None:
        return None
    start = match.end()
    # a letter or digit lies in [start, end): the loop stops at it at the latest
    while text[end - 1].isspace():
        end -= 1
    return start, end


def _line_start(text: str, offset: int, floor: int) -> int:
    return max(text.rfind("\n", floor, offset) + 1, floor)


_UPPER_OR_DIGIT_CHARS = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÓÚÑÜ0123456789¿¡«"“([*#_<')
"""The characters of :data:`_UPPER_OR_DIGIT`, for a set look-up of one character."""
_LAST_STOP = re.compile(r".*[ \t\n\r\f\v(«\"“¿¡\u00a0]", re.DOTALL)
"""Matched on ``[floor, position)``: ends right after the last token-stopping character (see ``_TOKEN_STOP``)."""


def _never_boundary_words() -> dict[int, list[str]]:
    """Words that make a period right after them (preceded by a space, followed by neither another ``.!?…`` nor a
    lowercase letter) never a boundary, by length: each abbreviation in lowercase, capitalised and in capitals, and
    each single capital letter (an initial, "J. Pérez"; "N." and "P." too, whatever follows). For all of them
    :func:`_is_boundary_punct` takes its usual path (letters only between the last space and the period) and
    answers False before looking at anything else."""
    words = {
        variant
        for word in ABBREVIATIONS
        for variant in (word, word.capitalize(), word.upper())
        if variant.isalpha() and variant.lower() in ABBREVIATIONS
    }
    words.update(
        char
        for char in "ABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÓÚÑÜ"
        if char.isalpha() and char.isupper() and len(char.lower()) == 1
    )
    by_length: dict[int, list[str]] = {}
    for word in sorted(words):
        by_length.setdefault(len(word), []).append(word)
    return by_length


def _trie(words: list[str]) -> str:
    """A regular expression matching exactly ``words``, written as a tree of their prefixes ("a(?:rt|v)") so that
    ``re`` tries one branch per character instead of every word in turn."""
    branches: dict[str, list[str]] = {}
    for word in words:
        branches.setdefault(word[:1], []).append(word[1:])
    optional = "" in branches
    alternatives = [re.escape(first) + _trie(rests) for first, rests in sorted(branches.items()) if first]
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 and not optional else "(?:" + "|".join(alternatives) + ")"
    return body + "?" if optional else body


def _candidate_pattern() -> str:
    # one negative look-behind per word length (``re`` needs a fixed width in each)
    not_after_word = "".join("(?<! " + _trie(words) + r"\.)" for _, words in sorted(_never_boundary_words().items()))
    opener = "".join(sorted(map(re.escape, _UPPER_OR_DIGIT_CHARS)))
    return (
        r"[.!?…\n](?:"
        # a line break, unless right after another: then the text since the last cut is only whitespace
        r"(?<=\n)(?<!\n\n)"
        r"|"
        # punctuation (not a line break left out above), but not a period after a word of _never_boundary_words,
        # unless a run of punctuation follows
        r"(?<!\n)(?:(?=[.!?…])|" + not_after_word + r")"
        # the punctuation of _SENTENCE_END ...
        r"[.!?…]*[»”\"'’)\]*_]*(?=\s|$)"
        # ... followed (after spaces and tabs) by other whitespace, the end or a character that may open a sentence
        r"(?=[ \t]*+(?:[^\S \t]|[" + opener + r"]|$))"
        r")"
    )


_CANDIDATE = re.compile(_candidate_pattern())
"""The matches of :data:`_SENTENCE_END` that may be boundaries, found in one pass over a range's text (a copy, so
that look-behinds see nothing before the range): it leaves out what :func:`split_sentences` would reject at once
without looking further (a line break right after another, where the text since the last cut is only whitespace; a
period or run of punctuation before a character that does not open a sentence, the first test of
:func:`_is_boundary_punct`; a period after an abbreviation or initial, :func:`_never_boundary_words`). A match
left out never starts inside a kept match's span, so the kept matches are those of :data:`_SENTENCE_END` at the
same offsets."""


def _is_boundary_punct(text: str, position: int, after: int, start: int, end: int) -> bool:
    """Whether the match ``text[position:after]`` of :data:`_SENTENCE_END` (punctuation) ends a sentence."""
    # the first character after spaces and tabs: a non-space, a line break, "" at the end (or before any other
    # whitespace, where ``_NEXT_CHAR`` finds nothing)
    while after < end and text[after] in " \t":
        after += 1
    if after < end:
        next_char = text[after]
        if next_char.isspace() and next_char != "\n":
            next_char = ""
    else:
        next_char = ""
    if next_char and next_char != "\n" and next_char not in _UPPER_OR_DIGIT_CHARS:
        return False  # a lowercase letter, ",;:" or another character that does not open a sentence
    if text[position] != "." or text.startswith("..", position):
        return True
    floor = max(start, position - 40)
    space = text.rfind(" ", floor, position)
    token = text[space + 1 : position]
    if space >= 0 and token.isalpha():
        # The usual case: only letters between the last space and the period, so no later token-stopping
        # character and the token runs from that space; the tests below are those of the general case, where a
        # word of letters has no "." or digit and fits ``_NUMERAL_TOKEN`` only as one ASCII letter or a run of
        # i, v, x, l, c.
        word = token.lower()
        if word in ABBREVIATIONS:
            return False
        if word in NUMBERED_ABBREVIATIONS and next_char.isdigit():
            return False
        if len(word) == 1 and word.isalpha() and token[-1].isupper():
            return False  # an initial: "J. Pérez"
        if word.isascii() and (len(word) == 1 or not word.strip("ivxlc")):
            line_start = _line_start(text, space + 1, start)
            if _LINE_START_NUMERAL.match(text, line_start, position):
                return False  # a list numeral: "a. La entidad", "IV. Objeto"
        return True
    stop = _LAST_STOP.match(text, floor, position)
    token_start = stop.end() if stop else floor
    if token_start == position:
        return True
    token = text[token_start:position]
    word = token.lower().lstrip("*_([{\"'«“")
    if word in ABBREVIATIONS:
        return False
    if word in NUMBERED_ABBREVIATIONS and next_char.isdigit():
        return False
    if "." in word and len(word) <= 12 and not any(ch.isdigit() for ch in word):
        return False  # S.A.S., a.m., C.P.
    if len(word) == 1 and word.isalpha() and token[-1].isupper():
        return False  # an initial: "J. Pérez"
    if _NUMERAL_TOKEN.fullmatch(word):
        line_start = _line_start(text, token_start, start)
        if _LINE_START_NUMERAL.match(text, line_start, position):
            return False  # a list numeral: "1. Dato abierto", "a. La entidad", "IV. Objeto"
    return True


class _EndsSentence(dict[str, bool]):
    """Whether a period right after a space and this token is a boundary whatever surrounds it (given that a
    character that may open a sentence follows, as :data:`_CANDIDATE` ensures), filled on first sight: True when
    :func:`_is_boundary_punct` takes its usual path (letters only) and answers True before any test of the context
    (the word is no abbreviation, numbered abbreviation, initial, or ASCII letter or Roman numeral that may be a list
    numeral); False means "ask :func:`_is_boundary_punct`". Keyed by words, not by passages."""

    def __missing__(self, token: str) -> bool:
        word = token.lower()
        value = (
            token.isalpha()
            and word not in ABBREVIATIONS
            and word not in NUMBERED_ABBREVIATIONS
            and len(word) != 1
            and not (word.isascii() and not word.strip("ivxlc"))
        )
        if len(token) <= _CHUNK_KEPT:
            if len(self) > 200_000:
                self.clear()
            self[token] = value
        return value


_ENDS_SENTENCE = _EndsSentence()


def _is_boundary_newline(text: str, position: int, start: int, end: int) -> bool:
    after = position + 1
    if after >= end or _BLANK_AFTER.match(text, after, end):
        return True
    if _BLOCK_START.match(text, after, end):
        return True
    line_start = _line_start(text, position, start)
    if _HEADING_LINE.match(text, line_start, position):
        return True
    cursor = position
    while cursor > line_start and text[cursor - 1] in " \t*_":
        cursor -= 1
    return cursor > line_start and text[cursor - 1] in _LINE_END_PUNCT


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as ``(start, end)`` offsets into ``text``.

    >>> text = "Según el art. 5 de la Ley 80 de 1993. El valor es $1.200.000. Ver el 2.2.3.3.3.5."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['Según el art. 5 de la Ley 80 de 1993.', 'El valor es $1.200.000.', 'Ver el 2.2.3.3.3.5.']
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    append = spans.append
    cursor = start
    # _CANDIDATE runs over a copy of the range (offsets in it plus ``start`` are offsets in ``text``); the tests
    # below look at ``text`` itself, only inside ``[start, end)``
    for match in _CANDIDATE.finditer(text[start:end]):
        position = match.start() + start
        if text[position] == "\n":
            if position == cursor or text[cursor:position].isspace():
                continue
            if not _is_boundary_newline(text, position, start, end):
                continue
            cut = position
        else:
            cut = match.end() + start
            if text[position] == "." and not text.startswith("..", position):
                # the usual case, a plain word before the period ("Distrito."), decided by a table of such words;
                # anything else by the full test
                space = text.rfind(" ", max(start, position - 40), position)
                plain_word = space >= 0 and _ENDS_SENTENCE[text[space + 1 : position]]
                if not plain_word and not _is_boundary_punct(text, position, cut, start, end):
                    continue
            # else a run of punctuation or "?!…": a boundary (_CANDIDATE already checked what follows)
        if cut > cursor:
            span = _trim(text, cursor, cut)
            if span:
                append(span)
            cursor = cut
    if cursor < end:
        span = _trim(text, cursor, end)
        if span:
            spans.append(span)
    return spans


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Paragraphs of ``text[start:end]``: blocks between blank lines, where a list item, heading, table row or a
    line following one that ends in ``. : ; ! ?`` (one paragraph per line, as in laws published as plain text)
    starts a new paragraph."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    cursor = start
    position = text.find("\n", start, end)
    while position != -1:
        # a line break right after another in the range is skipped: that one was a boundary (a blank line follows
        # it), so the cursor is here, and whether or not this one is, the next paragraph starts after the same
        # whitespace (which _trim drops)
        if (position == start or text[position - 1] != "\n") and _is_boundary_newline(text, position, start, end):
            span = _trim(text, cursor, position)
            if span:
                spans.append(span)
            cursor = position + 1
        position = text.find("\n", position + 1, end)
    span = _trim(text, cursor, end)
    if span:
        spans.append(span)
    return spans


_MARKUP = re.compile(r"\*\*|__|`|^#{1,6}\s+|^\s*(?:[-*+]|\d+[.)]|[a-z][.)])\s+", re.M)


def rendered_length(text: str, start: int = 0, end: int | None = None) -> int:
    """Characters of ``text[start:end]`` as a reader sees them: Markdown emphasis, heading and list markers
    removed, runs of whitespace counted as one space."""
    chunk = text[start : len(text) if end is None else end]
    if "\n" in chunk or "*" in chunk or "_" in chunk or "`" in chunk or _MARKUP.match(chunk):
        chunk = _MARKUP.sub("", chunk)
    # else one line without emphasis or code marks: ``_MARKUP`` could only match at its start, and does not: the
    # (usual) case where there is nothing to remove, found without running the substitution over the chunk
    # ``str.split`` splits at the characters ``\s`` matches (``Py_UNICODE_ISSPACE`` both): same as collapsing runs
    # of whitespace into one space and stripping
    return len(" ".join(chunk.split()))


_LABEL = re.compile(
    r"(?:\*\*|__)?(?:ART[IÍ]CULO|Art[ií]culo|PAR[AÁ]GRAFO|Par[aá]grafo|CAP[IÍ]TULO|Cap[ií]tulo|T[IÍ]TULO|T[ií]tulo|"
    r"SECCI[OÓ]N|Secci[oó]n|LIBRO|Libro|PARTE|Parte)\b"
)
_ALL_CAPS_WORD = re.compile(r"\b[A-ZÁÉÍÓÚÑÜ]{2,}\b")
_LOWER_WORD = re.compile(r"\b[a-záéíóúñü]{3,}\b")
_LABEL_FIRST = frozenset("*_ACLPSTalpst")
"""Characters a :data:`_LABEL` match can start with."""
_CAPS_PAIR = re.compile(r"[A-ZÁÉÍÓÚÑÜ]{2}")
"""Two capitals in a row: found wherever :data:`_ALL_CAPS_WORD` is (a cheaper scan that rules most text out)."""
_CAPS_OR_LOWER_WORD = re.compile(r"\b(?:[A-ZÁÉÍÓÚÑÜ]{2,}|([a-záéíóúñü]{3,}))\b")
"""The words :data:`_ALL_CAPS_WORD` finds (group 1 empty) and those :data:`_LOWER_WORD` finds (group 1 set), in one
scan: both match whole words (``\\b`` on each side), and no word matches both."""


def is_heading(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` reads as a heading or provision label rather than prose: a Markdown
    heading, a line wrapped entirely in bold, a provision label with at most a short epigraph, or mostly
    capitals ("DE LA PUBLICIDAD Y DEL CONTENIDO")."""
    line_start = text.rfind("\n", 0, start) + 1
    # _HEADING_LINE starts with a space, tab or "#": tested first with a cheaper call
    if text.startswith(_HEADING_LINE_FIRST, line_start, end) and _HEADING_LINE.match(text, line_start, end):
        return True
    if end - start > 300 or start >= end:
        return False
    first = text[start]
    if first in "*_" or first.isspace():
        chunk = text[start:end].strip()
        if chunk.startswith(("**", "__")) and chunk.rstrip(".:").endswith(("**", "__")) and "\n" not in chunk:
            return True
    if first in _LABEL_FIRST and _LABEL.match(text, start, end) and count_words(text, start, end) <= 12:
        return True
    if not _CAPS_PAIR.search(text, start, end):
        return False
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before == "_" or after.isalnum() or after == "_":
        # a word character just outside the range: ``\b`` at its edges depends on it, so scan the text itself
        words = _CAPS_OR_LOWER_WORD.findall(text, start, end)
        capitals = words.count("")
        lowers = len(words) - capitals
    else:
        packed = sum(map(_CASE_WORDS.__getitem__, text[start:end].split()))
        capitals, lowers = packed & _COUNT_MASK, packed >> _COUNT_BITS
    return capitals >= 2 and capitals > 2 * lowers


_COUNT_BITS = 32
_COUNT_MASK = (1 << _COUNT_BITS) - 1


class _CaseWords(dict[str, int]):
    """Words in capitals and lowercase words (:data:`_CAPS_OR_LOWER_WORD`) of a whitespace-delimited chunk, packed
    as ``capitals | lowers << 32`` so that adding packed values adds both counts; filled on first sight.

    Whitespace is not a word character, so ``\\b`` falls at a chunk's edges as at the ends of a string: the words
    of a range whose neighbours are not word characters are those of its ``str.split()`` chunks."""

    def __missing__(self, chunk: str) -> int:
        words = _CAPS_OR_LOWER_WORD.findall(chunk)
        capitals = words.count("")
        value = capitals | (len(words) - capitals) << _COUNT_BITS
        if len(chunk) <= _CHUNK_KEPT:
            if len(self) > 200_000:
                self.clear()
            self[chunk] = value
        return value


_CASE_WORDS = _CaseWords()


def prose_regions(document: Document) -> list[Span]:
    """The parts of ``document.text`` that hold running text, in text order.

    With provisions, these are each provision's own words (its body minus its children; labels and epigraphs
    left out) plus any text outside every provision (preamble, considerandos); without provisions, the whole
    body after the front matter. Regions still contain Markdown headings; use :func:`is_heading` on sentences.
    """
    text = document.text
    body_start = min(max(document.body_start, 0), len(text))
    if not document.provisions:
        return [(body_start, len(text))] if body_start < len(text) else []
    regions: list[Span] = []
    cursor = body_start
    for top in document.provisions:
        if top.span.start > cursor:
            regions.append((cursor, top.span.start))
        cursor = max(cursor, top.span.end)
    if cursor < len(text):
        regions.append((cursor, len(text)))
    for provision in document.iter_provisions():
        for part in provision.own_spans():
            if part.end > part.start:
                regions.append((part.start, part.end))
    regions.sort()
    return [(s, e) for s, e in regions if _CONTENT.search(text, s, e)]


T = TypeVar("T")


class DocumentArtefacts:
    """Values derived from one document that several checks share, each computed on first use.

    ``regions`` are :func:`prose_regions`; ``region_sentences[i]`` the sentences of ``regions[i]``; ``sentences``
    all of them in text order; ``prose`` those that are not headings; ``folded`` and ``lowered`` the text
    folded (:func:`fold`) or lowercased when that keeps every offset, else None.
    """

    __slots__ = ("document", "_values")

    def __init__(self, document: Document) -> None:
        self.document = document
        self._values: dict[str, object] = {}

    def get(self, name: str, make: Callable[[DocumentArtefacts], T]) -> T:
        """The value called ``name``, made by ``make(self)`` the first time it is asked for."""
        try:
            return self._values[name]  # type: ignore[return-value]
        except KeyError:
            value = self._values[name] = make(self)
            return value


_ARTEFACTS: list[DocumentArtefacts] = []
_ARTEFACTS_KEPT = 4


def document_artefacts(document: Document) -> DocumentArtefacts:
    """The shared artefacts of ``document`` (found by identity; the last few documents are kept)."""
    for artefacts in _ARTEFACTS:
        if artefacts.document is document:
            return artefacts
    artefacts = DocumentArtefacts(document)
    _ARTEFACTS.insert(0, artefacts)
    del _ARTEFACTS[_ARTEFACTS_KEPT:]
    return artefacts


def _make_regions(artefacts: DocumentArtefacts) -> list[Span]:
    return prose_regions(artefacts.document)


def _make_region_sentences(artefacts: DocumentArtefacts) -> list[list[Span]]:
    text = artefacts.document.text
    return [split_sentences(text, start, end) for start, end in artefacts.get("regions", _make_regions)]


def _make_sentences(artefacts: DocumentArtefacts) -> list[Span]:
    sentences: list[Span] = []
    for spans in artefacts.get("region_sentences", _make_region_sentences):
        sentences.extend(spans)
    return sentences


def _make_paragraphs(artefacts: DocumentArtefacts) -> list[Span]:
    text = artefacts.document.text
    paragraphs: list[Span] = []
    for start, end in artefacts.get("regions", _make_regions):
        paragraphs.extend(split_paragraphs(text, start, end))
    return paragraphs


def _make_prose(artefacts: DocumentArtefacts) -> list[Span]:
    text = artefacts.document.text
    return [span for span in artefacts.get("sentences", _make_sentences) if not is_heading(text, *span)]


def document_sentences(document: Document) -> list[Span]:
    """Sentences of every prose region of ``document`` (headings included; filter with :func:`is_heading`).

    Computed once per document (see :func:`document_artefacts`), so several checks over one document segment it
    once."""
    return document_artefacts(document).get("sentences", _make_sentences)


def document_regions(document: Document) -> list[Span]:
    """:func:`prose_regions` of ``document``, computed once per document."""
    return document_artefacts(document).get("regions", _make_regions)


def document_region_sentences(document: Document) -> list[list[Span]]:
    """The sentences of each of :func:`document_regions`, computed once per document."""
    return document_artefacts(document).get("region_sentences", _make_region_sentences)


def document_paragraphs(document: Document) -> list[Span]:
    """Paragraphs of every prose region of ``document`` (cached like :func:`document_sentences`)."""
    return document_artefacts(document).get("paragraphs", _make_paragraphs)


def document_prose_sentences(document: Document) -> list[Span]:
    """Sentences of the document's running text: :func:`document_sentences` without headings and label fragments
    (cached per document)."""
    return document_artefacts(document).get("prose", _make_prose)


_FOLDED_VOWELS = (
    ("á", "a"),
    ("é", "e"),
    ("í", "i"),
    ("ó", "o"),
    ("ú", "u"),
    ("ü", "u"),
    ("à", "a"),
    ("è", "e"),
    ("ì", "i"),
    ("ò", "o"),
    ("ù", "u"),
)


def fold(text: str) -> str:
    """Lowercase ``text`` and drop accents (ñ is kept), keeping its length when possible so offsets carry over."""
    return _drop_accents(text.lower())


def _drop_accents(text: str) -> str:
    """The accented vowels of lowercase ``text`` replaced by plain ones (the second step of :func:`fold`)."""
    for accented, plain in _FOLDED_VOWELS:
        if accented in text:
            text = text.replace(accented, plain)
    return text


# Characters that a case-insensitive pattern matches to an ASCII letter although ``str.lower`` does not turn them
# into that letter (dotless i, long s, long s with dot): with them, a lowercased text is not a faithful stand-in.
_IGNORECASE_ONLY = ("\u0131", "\u017f", "\u1e9b")


def _make_lowered(artefacts: DocumentArtefacts) -> str | None:
    text = artefacts.document.text
    lowered = text.lower()
    if len(lowered) != len(text) or any(char in lowered for char in _IGNORECASE_ONLY):
        return None
    return lowered


def _make_folded(artefacts: DocumentArtefacts) -> str | None:
    text = artefacts.document.text
    lowered = artefacts.get("lowered", _make_lowered)  # ``text.lower()`` when offsets carry over: lowercased once
    folded = _drop_accents(lowered) if lowered is not None else fold(text)
    return folded if len(folded) == len(text) else None


def document_folded(document: Document) -> str | None:
    """The folded text of ``document`` (see :func:`fold`), or None in the rare case where lowercasing changes the
    length (then offsets would not carry over and callers fall back to case-insensitive matching)."""
    return document_artefacts(document).get("folded", _make_folded)


def document_lowered(document: Document) -> str | None:
    """``document.text`` lowercased, when a pattern written in lowercase without ``re.IGNORECASE`` finds there
    exactly what the case-insensitive pattern finds in the text (same length, none of the few characters that
    case-insensitive matching equates with an ASCII letter); None otherwise."""
    return document_artefacts(document).get("lowered", _make_lowered)


def in_spans(spans: list[Span], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` lies inside one of ``spans`` (sorted, non-overlapping; ``starts`` their starts)."""
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def spans_in(spans: Iterable[Span], start: int, end: int) -> list[Span]:
    """The spans that lie inside ``[start, end)``."""
    return [span for span in spans if span[0] >= start and span[1] <= end]
