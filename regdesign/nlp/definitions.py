"""Defined terms: where a document defines its terms, and the checks on their use.

This module owns :func:`find_definitions` and the checks of the ``definiciones.yml`` rule pack (Decreto 1081 de
2015, Anexo 1, on definitions in normative texts). Importing it registers ``undefined_term``,
``unused_definition`` and ``duplicate_definition`` in :data:`regdesign.rules.checks.CHECKS`.

Definitions are recognised in these forms:

* a *definitions block*: a heading or label that names definitions ("ARTÍCULO 6o. DEFINICIONES.", "## 1.4.
  Glosario", "Siglas") or an introduction ending in a colon ("Para efectos del presente acuerdo se entenderá
  por:", "se adoptan las siguientes definiciones:"), followed by items: "1. Dato abierto: …", "a) Información.
  Es …", "- **Término:** …", "**Término**: …". The block ends at the next heading or provision label. Items may
  also follow the introduction on the same line ("… se entenderá por: 1. Dato abierto: … 2. Entidad: …");
* "en adelante" phrases: "(en adelante, el Laboratorio)", "en adelante «el Operador»", "en adelante "la Entidad"";
  the definition is the phrase before it, back to the previous ``. ; : (`` or line break;
* "Se entiende por X, …" / "Se entenderá por X los …" / "Entiéndase por X …" (X ends at a comma, colon or the
  article that opens the definition).

Markdown "**Término:** definición" items outside a definitions block are not definitions (they are usually data,
such as "**Fecha de cierre:** 1 de marzo"). Terms are compared without case, accents or plural endings.

Guarantees: ``text[d.start:d.end]`` is the term as written (quotes and bold markers excluded) and
``d.definition_start <= d.definition_end`` lie inside the text; definitions come in text order; one pass over the
lines plus a few compiled regular expressions.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from regdesign.model import Document
from regdesign.nlp.sentences import document_lowered, document_prose_sentences
from regdesign.rules.checks import Hit, register_check, uses_phrases


@dataclass(frozen=True, slots=True)
class Definition:
    """A term defined in a document: the term's span, the definition's span and the provision holding it.

    ``source`` says which form defined it: ``"block"``, ``"en_adelante"`` or ``"se_entiende"``.
    """

    term: str
    start: int
    end: int
    definition_start: int
    definition_end: int
    provision: str | None = None
    source: str = "block"

    @property
    def key(self) -> str:
        return term_key(self.term)


_ACCENTS = str.maketrans("áéíóúüÁÉÍÓÚÜ", "aeiouuAEIOUU")
_PLURAL_ES = re.compile(r"(?<=[dlnrzj])es$")


def _singular(word: str) -> str:
    if len(word) > 3 and _PLURAL_ES.search(word):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=4096)
def term_key(term: str) -> str:
    """Comparison key of a term: lowercase, no accents, single spaces, each word in singular (a pure function of
    the term, kept for the last few thousand terms: checks ask for the same definitions' keys several times)."""
    words = unicodedata.normalize("NFC", term).translate(_ACCENTS).lower().split()
    return " ".join(_singular(word) for word in words)


# --- recognising definitions -----------------------------------------------------------------------------------

_CONTEXT_HEADING = re.compile(r"defini|glosario|siglas|\bt[eé]rminos\b|conceptos", re.IGNORECASE)
_INTRO = re.compile(
    r"(?:se\s+entender[aá]n?\s+(?:como\s+)?por|se\s+entienden?\s+(?:como\s+)?por|ent[ií][eé]ndase\s+por|"
    r"siguientes\s+(?:definiciones|t[eé]rminos|siglas|conceptos)|se\s+definen\s+(?:as[ií]|como\s+sigue)|"
    r"tendr[aá]n\s+el\s+(?:siguiente\s+)?significado)[^:\n]{0,80}:[ \t]*",
    re.IGNORECASE,
)
_LABEL_LINE = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?(?:ART[IÍ]CULO|Art[ií]culo|PAR[AÁ]GRAFO|Par[aá]grafo|CAP[IÍ]TULO|"
    r"Cap[ií]tulo|T[IÍ]TULO|T[ií]tulo|SECCI[OÓ]N|Secci[oó]n|LIBRO|PARTE)\b"
)
_MD_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]")
_ITEM_MARKER = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d+(?:\.\d+)*[.)][ \t]+|[a-zA-Z][.)][ \t]+|[ivxIVX]+[.)][ \t]+)")
_BOLD_TERM = re.compile(r"(?:\*\*|__)([^*_\n]{1,80}?)[ \t]*[:.]?[ \t]*(?:\*\*|__)[ \t]*[:.–—-]?[ \t]*")
_COLON_TERM = re.compile(r"([A-ZÁÉÍÓÚÑa-záéíóúñ][^:\n.;]{0,79}?)[ \t]*:[ \t]*(?=\S)")
_PERIOD_TERM = re.compile(r"([A-ZÁÉÍÓÚÑ][^.:\n;]{0,59}?)[ \t]*\.[ \t]+(?=[A-ZÁÉÍÓÚÑ<«\"“])")
_INLINE_ITEM = re.compile(r"(?:(?<=\s)|^)(?:\d+[.)]|[a-z]\))[ \t]+")
_TERM_WORDS_MAX = 8

_EN_ADELANTE_QUOTED = re.compile(
    r"en\s+adelante,?\s*(?:(?:el|la|los|las|lo)\s+)?(?:[«\"“']|\*\*)([^»\"”'*\n]{1,60}?)(?:[»\"”']|\*\*)",
    re.IGNORECASE,
)
_EN_ADELANTE_PAREN = re.compile(
    r"\(\s*en\s+adelante,?\s*(?:(?:el|la|los|las|lo)\s+)?([A-ZÁÉÍÓÚÑ][^()\n«»\"“”]{0,60}?)\s*\)", re.IGNORECASE
)
_EN_ADELANTE_COMMA = re.compile(
    r",\s*en\s+adelante,?\s+(?:(?:el|la|los|las)\s+)?([A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?:\s+(?:(?:de|del|la|y)\s+)?"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*){0,5})(?=\s*[,;.)])"
)
_SE_ENTIENDE = re.compile(
    r"\b(?:se\s+entiende|se\s+entienden|se\s+entender[aá]n?|ent[ií][eé]ndase)\s+(?:como\s+)?por\s+(?![:\s])",
    re.IGNORECASE,
)
_TERM_END = re.compile(
    r"\s*[,:;]|\s+(?:el|la|los|las|lo|aquel|aquella|aquellos|aquellas|todo|toda|todos|todas|cualquier|"
    r"cualquiera|un|una|unos|unas|al|a\s+la|a\s+los|a\s+las|que|cuando|como)\b",
    re.IGNORECASE,
)
_LEADING_ARTICLE = re.compile(r"(?:el|la|los|las|lo)\s+(?=\S)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;](?=\s|$)|\n")
_CLAUSE_START = re.compile(r"[.;:(\n]")


def _strip_span(text: str, start: int, end: int, chars: str = " \t*_«»\"“”'") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars + ".:":
        end -= 1
    return start, end


def _line_end(text: str, offset: int) -> int:
    end = text.find("\n", offset)
    return len(text) if end == -1 else end


def _valid_term(term: str) -> bool:
    words = term.split()
    return 0 < len(words) <= _TERM_WORDS_MAX and any(ch.isalpha() for ch in term) and not term.endswith(",")


def _item_definition(text: str, start: int, end: int, *, allow_period: bool) -> tuple[int, int, int] | None:
    """Parse one definitions-block item in ``text[start:end]`` (marker already skipped): term span and the
    offset where its definition starts."""
    match = _BOLD_TERM.match(text, start, end)
    if match:
        t_start, t_end = _strip_span(text, match.start(1), match.end(1))
        return (t_start, t_end, match.end()) if _valid_term(text[t_start:t_end]) else None
    match = _COLON_TERM.match(text, start, end)
    if match and _valid_term(match.group(1)):
        t_start, t_end = _strip_span(text, match.start(1), match.end(1))
        return t_start, t_end, match.end()
    if allow_period:
        match = _PERIOD_TERM.match(text, start, end)
        if match and _valid_term(match.group(1)) and len(match.group(1).split()) <= 6:
            t_start, t_end = _strip_span(text, match.start(1), match.end(1))
            return t_start, t_end, match.end()
    return None


_CONTEXT_LITERALS = (
    "efinici",
    "EFINICI",
    "losario",
    "LOSARIO",
    "iglas",
    "IGLAS",
    "érminos",
    "ÉRMINOS",
    "erminos",
    "ERMINOS",
    "oncepto",
    "ONCEPTO",
)
# "ent[ií][eé]ndase" as _INTRO reads it: with the accent on the "e" (the correct form), on the "i" or on neither
_INTRO_LITERALS = (
    "ntend", "ntiend", "ntiénd", "ntíend", "NTEND", "NTIEND", "NTIÉND", "NTÍEND",
    "iguientes", "IGUIENTES", "efinen", "ignificado",
)  # fmt: skip


_ADELANTE_LITERALS = ("adelante", "ADELANTE", "Adelante")

# Literals looked for through a shorter piece they share with another literal, so that one ``str.find`` pass over
# the lowercased text serves both (each pass costs about as much as any other; the extra hits are few and each is
# checked against the whole literal). Every key is a substring of its literal (checked at import by ``index``).
_SEARCH_KEYS = {"efinici": "efin", "efinen": "efin", "érminos": "rminos", "erminos": "rminos"}


def _lines_containing_each(
    text: str, body: int, literal_sets: tuple[tuple[str, ...], ...], lowered: str | None = None
) -> list[list[tuple[int, int]]]:
    """``[_lines_containing(text, body, literals, lowered) for literals in literal_sets]``, every set looked for in
    the same passes over the lowercased text: one ``str.find`` pass per search key (:data:`_SEARCH_KEYS`, else the
    lowercase literal itself), each hit checked against the whole lowercase literal and then against its forms as
    written (lowercasing keeps positions). Without ``lowered`` each set is looked for in ``text`` as written."""
    if lowered is None:
        return [_lines_one_set(text, body, literals) for literals in literal_sets]
    # search key -> (set index, offset of the key in the literal, lowercase literal, its forms as written)
    plan: dict[str, list[tuple[int, int, str, tuple[str, ...]]]] = {}
    for index, literals in enumerate(literal_sets):
        written: dict[str, tuple[str, ...]] = {}
        for literal in literals:
            needle = literal.lower()
            written[needle] = (*written.get(needle, ()), literal)
        for needle, forms in written.items():
            key = _SEARCH_KEYS.get(needle, needle)
            plan.setdefault(key, []).append((index, needle.index(key), needle, forms))
    found: list[dict[int, int]] = [{} for _ in literal_sets]
    for key, entries in plan.items():
        position = lowered.find(key, body)
        while position != -1:
            for index, shift, needle, forms in entries:
                at = position - shift
                if at < body or not lowered.startswith(needle, at) or not text.startswith(forms, at):
                    continue
                line_start = max(text.rfind("\n", 0, at) + 1, body)
                lines = found[index]
                if line_start not in lines:
                    lines[line_start] = _line_end(text, at)
            position = lowered.find(key, position + 1)
    return [sorted(lines.items()) for lines in found]


def _lines_one_set(text: str, body: int, literals: tuple[str, ...]) -> list[tuple[int, int]]:
    """The lines after ``body`` holding one of ``literals`` as written, searched in ``text`` itself."""
    lines: dict[int, int] = {}
    for literal in dict.fromkeys(literals):
        position = text.find(literal, body)
        while position != -1:
            line_start = max(text.rfind("\n", 0, position) + 1, body)
            line_end = lines.get(line_start)
            if line_end is None:
                line_end = lines[line_start] = _line_end(text, position)
            position = text.find(literal, line_end)
    return sorted(lines.items())


def _lines_containing(
    text: str, body: int, literals: tuple[str, ...], lowered: str | None = None
) -> list[tuple[int, int]]:
    """(start, end) of every line after ``body`` that contains one of ``literals`` as written (``str.find``: fast).

    With ``lowered`` (the text lowercased, same length), the lowercase literals are looked for there, and an
    occurrence counts only when the text holds one of ``literals`` as written at that place."""
    return _lines_containing_each(text, body, (literals,), lowered)[0]


# Lowercase literals that every match of _INTRO (with its colon) or of _SE_ENTIENDE holds: a line of the lowercased
# text without them cannot match, and ``str.find`` rules it out far faster than the case-insensitive pattern.
_INTRO_NEEDS = (":", ("entender", "entiende", "ndase", "siguientes", "definen", "significado"))
_SE_ENTIENDE_NEEDS = ("", ("entiende", "entender", "ndase"))


def _may_hold(lowered: str | None, start: int, end: int, needs: tuple[str, tuple[str, ...]]) -> bool:
    """False when ``lowered[start:end]`` lacks the required literal or every one of the alternatives in ``needs``
    (always True without a lowercased text)."""
    if lowered is None:
        return True
    required, alternatives = needs
    if required and lowered.find(required, start, end) == -1:
        return False
    return any(lowered.find(literal, start, end) != -1 for literal in alternatives)


def _is_block_heading(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    return bool(
        _LABEL_LINE.match(text, start, end)
        or _MD_HEADING.match(text, start, end)
        or (line.isupper() and len(line.split()) <= 12)
    )


def _scan_blocks(
    text: str,
    body: int,
    lowered: str | None,
    intro_lines: list[tuple[int, int]],
    context_lines: list[tuple[int, int]],
) -> Iterator[tuple[int, int, int, int]]:
    """Definitions-block items as (term_start, term_end, definition_start, definition_end).

    Blocks start at an introduction ("se entenderá por:") or at a heading or label line that names definitions,
    both found by one search over the text; only the lines of those blocks are read one by one."""
    triggers: list[tuple[int, int]] = []  # (offset where items may start, kind: 0 heading, 1 intro)
    for start, end in context_lines:
        if _is_block_heading(text, start, end) and _CONTEXT_HEADING.search(text, start, end):
            triggers.append((end + 1, 0))
    for start, end in intro_lines:
        match = _INTRO.search(text, start, end) if _may_hold(lowered, start, end, _INTRO_NEEDS) else None
        if match:
            triggers.append((match.end(), 1))
    triggers.sort()
    done = body
    length = len(text)
    for offset, kind in triggers:
        if offset < done or offset > length:
            continue
        position = offset
        if kind == 1:
            line_end = _line_end(text, position)
            if text[position:line_end].strip():
                yield from _inline_items(text, position, line_end)
            position = line_end + 1
        while position < length:
            line_end = _line_end(text, position)
            if _is_block_heading(text, position, line_end) or (
                _may_hold(lowered, position, line_end, _INTRO_NEEDS) and _INTRO.search(text, position, line_end)
            ):
                break
            if text[position:line_end].strip():
                marker = _ITEM_MARKER.match(text, position, line_end)
                item_start = marker.end() if marker else position
                parsed = _item_definition(text, item_start, line_end, allow_period=bool(marker))
                if parsed:
                    yield parsed[0], parsed[1], parsed[2], line_end
            position = line_end + 1
        done = position


def _inline_items(text: str, start: int, end: int) -> Iterator[tuple[int, int, int, int]]:
    markers = list(_INLINE_ITEM.finditer(text, start, end))
    for index, marker in enumerate(markers):
        item_end = markers[index + 1].start() if index + 1 < len(markers) else end
        parsed = _item_definition(text, marker.end(), item_end, allow_period=True)
        if parsed:
            definition_end = item_end
            while definition_end > parsed[2] and text[definition_end - 1].isspace():
                definition_end -= 1
            yield parsed[0], parsed[1], parsed[2], definition_end


def _scan_inline(
    text: str,
    body: int,
    lowered: str | None,
    intro_lines: list[tuple[int, int]],
    lines: list[tuple[int, int]],
) -> Iterator[tuple[int, int, int, int, str]]:
    """Definitions by "en adelante" (in ``lines``, the lines holding "adelante") and by "se entiende por"
    (in ``intro_lines``)."""
    seen: set[int] = set()
    for pattern in (_EN_ADELANTE_QUOTED, _EN_ADELANTE_PAREN, _EN_ADELANTE_COMMA):
        for match in (m for start, end in lines for m in pattern.finditer(text, max(body, start - 2), end)):
            t_start, t_end = _strip_span(text, match.start(1), match.end(1))
            article = _LEADING_ARTICLE.match(text, t_start, t_end)
            if article:
                t_start = article.end()
            if t_start in seen or not _valid_term(text[t_start:t_end]):
                continue
            seen.add(t_start)
            anchor = match.start()
            if anchor > 0 and text[anchor - 1] == "(":
                anchor -= 1
            clause = max((m.end() for m in _CLAUSE_START.finditer(text, max(body, anchor - 200), anchor)), default=None)
            d_start = clause if clause is not None else max(body, anchor - 200)
            d_start, d_end = _strip_span(text, d_start, anchor, " \t,(")
            yield t_start, t_end, d_start, max(d_start, d_end), "en_adelante"
    matches = (
        m
        for start, end in intro_lines
        if _may_hold(lowered, start, end, _SE_ENTIENDE_NEEDS)
        for m in _SE_ENTIENDE.finditer(text, start, end)
    )
    for match in matches:
        line_end = _line_end(text, match.end())
        stop = _TERM_END.search(text, match.end(), line_end)
        if not stop:
            continue
        t_start, t_end = _strip_span(text, match.end(), stop.start())
        if not _valid_term(text[t_start:t_end]):
            continue
        d_start = stop.end() if text[stop.start() : stop.end()].strip() in ",:;" else stop.start()
        while d_start < line_end and text[d_start].isspace():
            d_start += 1
        sentence_end = _SENTENCE_END.search(text, d_start)
        d_end = sentence_end.start() if sentence_end else len(text)
        yield t_start, t_end, d_start, max(d_start, d_end), "se_entiende"


_definitions_cache: list[Any] = [None, None]


def find_definitions(document: Document) -> list[Definition]:
    """Every definition in ``document``, in text order (the result for the last document is cached).

    >>> from regdesign.model import Document
    >>> text = "Para efectos del presente acuerdo se entenderá por:\\n1. Dato abierto: dato primario."
    >>> [d.term for d in find_definitions(Document(path="x.md", text=text, type=None))]
    ['Dato abierto']
    """
    if _definitions_cache[0] is document:
        return list(_definitions_cache[1])
    text = document.text
    body = min(max(document.body_start, 0), len(text))
    found: dict[int, Definition] = {}
    lowered = document_lowered(document)
    # the lines that may hold an introduction, a definitions heading or "en adelante", found in one set of passes
    intro_lines, context_lines, adelante_lines = _lines_containing_each(
        text, body, (_INTRO_LITERALS, _CONTEXT_LITERALS, _ADELANTE_LITERALS), lowered
    )
    for t_start, t_end, d_start, d_end in _scan_blocks(text, body, lowered, intro_lines, context_lines):
        found.setdefault(t_start, _make(document, t_start, t_end, d_start, d_end, "block"))
    for t_start, t_end, d_start, d_end, source in _scan_inline(text, body, lowered, intro_lines, adelante_lines):
        found.setdefault(t_start, _make(document, t_start, t_end, d_start, d_end, source))
    definitions = [found[key] for key in sorted(found)]
    _definitions_cache[0], _definitions_cache[1] = document, tuple(definitions)
    return definitions


def _make(document: Document, t_start: int, t_end: int, d_start: int, d_end: int, source: str) -> Definition:
    provision = document.provision_at(t_start) if document.provisions else None
    return Definition(
        term=document.text[t_start:t_end],
        start=t_start,
        end=t_end,
        definition_start=d_start,
        definition_end=max(d_start, d_end),
        provision=provision.id if provision else None,
        source=source,
    )


# --- term usage ------------------------------------------------------------------------------------------------

_ACCENT_CLASS = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]", "n": "[nñ]"}


def _term_pattern(key: str) -> str:
    words = []
    for word in key.split():
        stem = "".join(_ACCENT_CLASS.get(char, re.escape(char)) for char in word)
        words.append(stem + "(?:es|s)?")
    return r"\s+".join(words)


# Characters for which a case-insensitive pattern matches more than ``str.lower`` gives (micro sign and Greek mu);
# a key with one of them, or with a character beyond Latin-1, is matched case-insensitively in the text itself.
_LOWERED_UNSAFE = frozenset("\u00b5")


@lru_cache(maxsize=64)
def _usage_regex(keys: tuple[str, ...], lowered: bool) -> re.Pattern[str]:
    r"""The combined pattern of ``keys`` (in that order: alternation takes the first that matches), one named group
    ``t<i>`` per key.

    With ``lowered``, the pattern is for the lowercased text and starts with the class of every key's first
    character (``re`` then skips to those characters without trying each alternative everywhere): each
    alternative checks its own first character with a lookbehind, the word boundary before the match becomes
    ``(?<!\w.)``. It matches in the lowercased text exactly where the case-insensitive pattern matches in the text.
    """
    if not lowered:
        return re.compile(
            r"(?<!\w)(?:" + "|".join(f"(?P<t{i}>{_term_pattern(key)})" for i, key in enumerate(keys)) + r")(?!\w)",
            re.IGNORECASE,
        )
    first_chars: set[str] = set()
    branches = []
    for index, key in enumerate(keys):
        head = key[0]
        first = _ACCENT_CLASS.get(head)
        if first is None:
            first = re.escape(head)
            first_chars.add(head)
        else:
            first_chars.update(first[1:-1])
        pattern = _term_pattern(key)
        branches.append(f"(?<={first})(?P<t{index}>{pattern[len(first) :]})")
    head_class = "[" + "".join(re.escape(char) for char in sorted(first_chars)) + "]"
    return re.compile(head_class + r"(?<!\w.)(?:" + "|".join(branches) + r")(?!\w)")


def term_usage(document: Document, definitions: list[Definition]) -> dict[str, list[int]]:
    """Offsets where each defined term (by :func:`term_key`) occurs in the body, outside its definitions' own
    spans; one pass of one combined regular expression (longest terms first)."""
    keys = sorted({d.key for d in definitions if d.key}, key=len, reverse=True)
    usage: dict[str, list[int]] = {key: [] for key in keys}
    if not keys:
        return usage
    lowered = document_lowered(document)
    use_lowered = lowered is not None and all(
        ord(char) < 0x100 and char not in _LOWERED_UNSAFE for key in keys for char in key
    )
    regex = _usage_regex(tuple(keys), use_lowered)
    haystack = lowered if use_lowered and lowered is not None else document.text
    # The definitions' own spans may overlap: an offset lies inside one of them when the furthest end among the
    # spans starting at or before it lies beyond it (one bisect instead of a test of every span).
    own = sorted((d.start, max(d.end, d.definition_end)) for d in definitions)
    own_starts = [start for start, _ in own]
    furthest: list[int] = []
    reach = -1
    for _, end in own:
        reach = max(reach, end)
        furthest.append(reach)
    groups = {f"t{index}": usage[key] for index, key in enumerate(keys)}
    body = max(document.body_start, 0)
    for match in regex.finditer(haystack, body):
        offset = match.start()
        index = bisect.bisect_right(own_starts, offset) - 1
        if index >= 0 and furthest[index] > offset:
            continue
        groups[match.lastgroup or ""].append(offset)
    return usage


# --- checks ----------------------------------------------------------------------------------------------------


@register_check("unused_definition")
def check_unused_definition(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Terms that the document defines and never uses again."""
    definitions = find_definitions(document)
    if not definitions:
        return
    usage = term_usage(document, definitions)
    reported: set[str] = set()
    for definition in definitions:
        if definition.key in reported or usage.get(definition.key):
            continue
        reported.add(definition.key)
        yield Hit(definition.start, definition.end, {"term": definition.term})


def _normal_definition(text: str) -> str:
    return " ".join(text.translate(_ACCENTS).lower().split()).rstrip(" .;,")


@register_check("duplicate_definition")
def check_duplicate_definition(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Terms defined more than once. ``mode: different`` (default) reports a second definition whose text differs
    from the first; ``mode: same`` reports a repeated identical definition."""
    want_different = options.get("mode", "different") != "same"
    text = document.text
    first: dict[str, Definition] = {}
    for definition in find_definitions(document):
        earlier = first.get(definition.key)
        if earlier is None:
            first[definition.key] = definition
            continue
        same = _normal_definition(text[earlier.definition_start : earlier.definition_end]) == _normal_definition(
            text[definition.definition_start : definition.definition_end]
        )
        if same != want_different:
            line, _ = document.line_col(earlier.start)
            yield Hit(definition.start, definition.end, {"term": definition.term, "first_line": line})


_CAPITALISED_TERM = re.compile(
    r"(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as|del|al)\s+((?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,})(?:\s+(?:(?:de|del|de\s+la|de\s+los|y|para)\s+)?"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,})+)"
)
PROPER_NAME_HEADS = frozenset(
    str.split("""
    ley leyes decreto decretos acuerdo acuerdos resolucion resoluciones constitucion codigo articulo articulos
    sentencia conpes circular acto concejo alcaldia alcalde alcaldesa secretaria secretario departamento
    ministerio ministro ministra superintendencia superintendente gobierno congreso consejo corte tribunal agencia
    distrito municipio gobernacion gobernador contraloria procuraduria personeria registraduria fiscalia
    defensoria policia banco universidad fondo comision instituto unidad direccion director directora oficina
    subsecretaria sistema plan presidente presidencia republica estado nacion asamblea camara senado programa
    politica centro servicio empresa empresas area red parque registro portal titulo capitulo paragrafo seccion
    libro parte numeral literal anexo tienda colombia compra laboratorio observatorio escuela hospital
    """)
)
PROPER_NAME_WORDS = frozenset(
    str.split("""
    medellin colombia colombiano colombiana nacion republica antioquia bogota cali barranquilla cartagena aburra valle nacional
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    lunes martes miercoles jueves viernes sabado domingo
    """)
)


# Where a _CAPITALISED_TERM match can put its first capital: a capitalised word after whitespace, followed by a
# second one. A necessary condition only, found by one scan that starts with a character class (``re`` skips to
# capitals quickly) and consumes one character per candidate, so that no candidate hides another.
_TERM_CAPITAL = re.compile(
    r"[A-ZÁÉÍÓÚÑ](?<=\s.)(?=[a-záéíóúñ]{2,}\s+(?:(?:de|del|de\s+la|de\s+los|y|para)\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2})"
)


def _capitalised_terms(document: Document) -> Iterator[re.Match[str]]:
    """The matches of ``_CAPITALISED_TERM.finditer(text, start, end)`` over every prose sentence (the sentences
    that are not headings: :func:`~regdesign.nlp.sentences.document_prose_sentences`), in order, found without
    scanning every sentence.

    A match is an article (two or three letters), whitespace and a capital: it can only start two or three
    characters before the whitespace that precedes a :data:`_TERM_CAPITAL` candidate. Candidates are looked for
    only in runs of consecutive prose sentences (headings, often in capitals, are left out; a run may reach a little
    past a sentence's end, which only adds candidates), and each candidate's start is tried with ``match`` in text
    order, skipping any inside the previous match of the same sentence, which is what ``finditer`` does."""
    text = document.text
    sentences = document_prose_sentences(document)
    if not sentences:
        return
    starts = [start for start, _ in sentences]
    runs: list[list[int]] = []
    for start, end in sentences:
        if runs and start - runs[-1][1] <= 2:
            runs[-1][1] = end
        else:
            runs.append([start, end])
    match_at = _CAPITALISED_TERM.match
    current = -1
    sentence_start = sentence_end = position = 0
    for run_start, run_end in runs:
        for candidate in _TERM_CAPITAL.finditer(text, run_start, run_end):
            capital = candidate.start()
            if not (sentence_start <= capital < sentence_end):
                index = bisect.bisect_right(starts, capital) - 1
                if index < 0 or capital >= sentences[index][1]:
                    continue
                if index != current:
                    current = index
                    sentence_start, sentence_end = sentences[index]
                    position = sentence_start
            space = capital - 1
            while space > sentence_start and text[space - 1].isspace():
                space -= 1
            for start in (space - 3, space - 2):
                if start < position:
                    continue
                match = match_at(text, start, sentence_end)
                if match:
                    position = match.end()
                    yield match


class _TermTable(dict[str, tuple[str, bool]]):
    """A capitalised term's key and whether it is a proper name (entity, norm, place, month), per term as written."""

    def __missing__(self, term: str) -> tuple[str, bool]:
        key = term_key(term)
        raw = term.translate(_ACCENTS).lower().split()
        proper = (
            key.split()[0] in PROPER_NAME_HEADS
            or raw[0] in PROPER_NAME_HEADS
            or any(w in PROPER_NAME_WORDS for w in raw)
        )
        if len(self) > 50_000:
            self.clear()
        value = self[term] = (key, proper)
        return value


_TERMS = _TermTable()


@register_check("undefined_term")
def check_undefined_term(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Capitalised multi-word terms used as defined terms ("el Operador Tecnológico") at least ``min_uses`` times
    (default 2) in running text without a definition. Names of entities, norms, places and months, headings and
    quoted titles are left alone."""
    try:
        min_uses = max(1, int(options.get("min_uses", 2)))
    except (TypeError, ValueError):
        min_uses = 2
    text = document.text
    defined = {d.key for d in find_definitions(document)}
    first: dict[str, tuple[int, int, str]] = {}
    uses: dict[str, int] = {}
    terms = _TERMS
    for match in _capitalised_terms(document):
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in ("«", "“", '"')):
            continue
        term = match.group(1)
        key, proper = terms[term]
        if proper or key in defined:
            continue
        uses[key] = uses.get(key, 0) + 1
        if key not in first:
            first[key] = (match.start(1), match.end(1), term)
    for key, (start, end, term) in first.items():
        if uses[key] >= min_uses:
            yield Hit(start, end, {"term": term, "uses": uses[key], **uses_phrases(uses[key])})
