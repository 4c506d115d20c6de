"""Plain-language checks (DNP, *Guía de lenguaje claro para servidores públicos de Colombia*, 2015).

This module owns the Python checks that the ``lenguaje_claro.yml`` rule pack names with ``check: <name>``.
Importing it registers them in :data:`regdesign.rules.checks.CHECKS`:

================================  ==========================================================================
``sentence_length``               sentences longer than ``max_words`` (default 30; ``max_words_by_type`` per
                                  document type, e.g. 20 for terms of reference as the DNP guide asks)
``paragraph_length``              paragraphs longer than ``max_lines`` rendered lines of ``line_chars`` characters
``double_negative``               ``mode: logical`` ("no es improcedente", "no deja de", "ninguno … no") or
                                  ``mode: concord`` ("no … ningún/nada/nunca/nadie/tampoco/jamás", "no … sin")
``gerund_posteriority``           "se expidió el decreto, derogando …": a gerund after a comma that follows a
                                  finite past verb in the same sentence
``unexplained_acronym``           ALL-CAPS acronyms used before (or without) an expansion such as
                                  "Departamento Nacional de Planeación (DNP)" or "DNP (Departamento …)"
``passive_voice``                 provisions (or paragraphs) where the share of sentences in the passive voice
                                  ("ser" + participle, "se" + verb) is above ``max_ratio``
``legalese``                      one legal-jargon expression (``pattern``) with its plain alternative (``plain``)
``readability``                   provisions (or paragraphs) whose Szigriszt-Pazos score is below ``min_score``
================================  ==========================================================================

Guarantees: every hit lies inside ``document.text`` (``text[start:end]`` is the sentence, paragraph, expression or
provision the message talks about), checks never raise on any text, work on a document without provisions or type
(one paragraph), and use compiled regular expressions over sentences computed once per document.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

from regdesign.model import Document
from regdesign.nlp.sentences import (
    DocumentArtefacts,
    Span,
    count_words,
    document_artefacts,
    document_folded,
    document_lowered,
    document_paragraphs,
    document_prose_sentences,
    document_sentences,
    fold,
    in_spans,
    is_heading,
    rendered_length,
)
from regdesign.rules.checks import Hit, register_check, uses_phrases

RECOMMENDED_MAX_WORDS = 20  # DNP guide, step 4: "frases de máximo 20 palabras"

prose_sentences = document_prose_sentences


def _int_option(options: Mapping[Any, Any], name: str | None, default: int) -> int:
    try:
        value = int(options.get(name, default))
    except (TypeError, ValueError):
        return default
    return value if value > 0 else default


def _float_option(options: Mapping[str, Any], name: str, default: float) -> float:
    try:
        return float(options.get(name, default))
    except (TypeError, ValueError):
        return default


# ---------------------------------------------------------------------------------------------------------------
# Fast scanning: the same matches as ``regex.finditer``, found from literals that every match must contain


_ZERO_WIDTH = frozenset({_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT})


_MAXREPEAT = int(_constants.MAXREPEAT)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
_BIG_RANGE = 64
_ANY = None

# What the items before an anchor may consume: (characters or None for any, whether whitespace counts, max width)
_Reach = tuple[frozenset[str] | None, bool, int]
_NOTHING: _Reach = (frozenset(), False, 0)


def _join(first: _Reach, second: _Reach) -> _Reach:
    chars = None if first[0] is None or second[0] is None else first[0] | second[0]
    return chars, first[1] or second[1], min(first[2] + second[2], _MAXREPEAT)


def _class_reach(av: Any) -> _Reach:
    chars: set[str] = set()
    space = False
    for op, value in av:
        if op is _constants.LITERAL:
            chars.add(chr(value))
        elif op is _constants.RANGE and value[1] - value[0] <= _BIG_RANGE:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        elif op is _constants.CATEGORY and value is _constants.CATEGORY_SPACE:
            space = True
        else:
            return None, False, 1
    return frozenset(chars), space, 1


def _reach(items: Any) -> _Reach:
    """Characters and maximum width of what the parsed sequence ``items`` can consume."""
    total = _NOTHING
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _constants.LITERAL:
            part: _Reach = (frozenset(chr(av)), False, 1)
        elif op is _constants.IN:
            part = _class_reach(av)
        elif op is _constants.SUBPATTERN and not av[1] and not av[2]:
            part = _reach(av[3].data)
        elif op is _constants.ATOMIC_GROUP:
            part = _reach(av.data)
        elif op is _constants.BRANCH:
            part = _NOTHING
            for branch in av[1]:
                inner = _reach(branch.data)
                part = _join(part, (inner[0], inner[1], 0))
                part = (part[0], part[1], max(part[2], inner[2]))
        elif op in _REPEATS:
            inner = _reach(av[2].data)
            width = _MAXREPEAT if av[1] >= _MAXREPEAT else min(inner[2] * av[1], _MAXREPEAT)
            part = (inner[0], inner[1], width)
        else:
            part = (None, False, _MAXREPEAT)
        total = _join(total, part)
    return total


# An anchor: a literal that every match of one alternative contains, and what may come before it in the match
_Anchor = tuple[str, frozenset[str] | None, bool, int]


def _anchors(items: Any) -> list[_Anchor] | None:
    """Anchors of the parsed sequence ``items``: every match contains, for one of them, its literal at a place
    where the match's text before it is made of the anchor's characters (or whitespace) and is at most its width
    long. The anchors with the longest literals are chosen; None when no usable set is found."""
    best: list[_Anchor] | None = None
    best_score = (0, 0)
    before = _NOTHING
    index = 0
    items = list(items)
    while index < len(items):
        op, av = items[index]
        found: list[_Anchor] | None = None
        if op is _constants.LITERAL:
            run = index
            while run < len(items) and items[run][0] is _constants.LITERAL:
                run += 1
            literal = "".join(chr(value) for _, value in items[index:run])
            found = [(literal, *before)]
            consumed: _Reach = (frozenset(literal), False, len(literal))
            next_index = run
        else:
            next_index = index + 1
            inner: list[_Anchor] | None = None
            if op is _constants.SUBPATTERN and not av[1] and not av[2]:
                inner = _anchors(av[3].data)
            elif op is _constants.BRANCH:
                inner = []
                for branch in av[1]:
                    more = _anchors(branch.data)
                    if more is None:
                        inner = None
                        break
                    inner += more
            elif op in _REPEATS and av[0] >= 1:
                inner = _anchors(av[2].data)
            if inner:
                found = [(literal, *_join(before, (chars, space, width))) for literal, chars, space, width in inner]
            consumed = _reach([items[index]])
        if found and all(chars is not None or width < _MAXREPEAT for _, chars, _, width in found):
            score = (min(len(anchor[0]) for anchor in found), -len(found))
            if score > best_score:
                best, best_score = found, score
        before = _join(before, consumed)
        index = next_index
    return best


def _of_group(op: Any, av: Any, analyse: Callable[[Any], set[str] | None]) -> set[str] | None:
    """``analyse`` applied through a plain group (its contents) or an alternation (the union over its branches, None
    when one branch gives None); None for any other item."""
    if op is _constants.SUBPATTERN and not av[1] and not av[2]:
        return analyse(av[3].data)
    if op is _constants.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = analyse(branch.data)
            if found is None:
                return None
            union |= found
        return union
    return None


def _factors(items: Any) -> set[str] | None:
    """Literal strings one of which occurs inside every match of the parsed sequence ``items`` (None when
    unknown): the best of its literal runs, groups, alternations and repeated items."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _constants.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        found = _of_group(op, av, _factors)
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _factors(av[2].data)
        if found:
            options.append(found)
    if run:
        options.append({run})
    if not options:
        return None
    return max(options, key=lambda option: (min(map(len, option)), -len(option)))


@lru_cache(maxsize=256)
def _scan_plan(
    regex: re.Pattern[str],
) -> tuple[tuple[str, ...], tuple[_Anchor, ...], frozenset[str] | None] | None:
    """(factors, anchors, first) of ``regex``: literals every match contains, :func:`_anchors` (empty when
    unknown) and :func:`_first_chars`; None when the pattern cannot be analysed or may match the empty string."""
    if regex.flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
        if parsed.getwidth()[0] == 0:
            return None
        factors = _factors(parsed.data) or set()
        anchors = _anchors(parsed.data) or []
        first = _first_chars(parsed.data)
    except Exception:  # noqa: BLE001 - an internal parser change only costs speed: fall back to finditer
        return None
    if len(anchors) > _MAX_ANCHORS:
        anchors = []  # many anchors would each cost a scan of the text
    elif _leads_with_literal(parsed.data) and not (len(anchors) == 1 and len(anchors[0][0]) >= _MIN_ANCHOR):
        # ``re`` already jumps from one occurrence of a leading literal to the next; an anchor pays off over it only
        # when it is one and rare (long): then one scan for it replaces the factor test and ``re``'s own scan
        anchors = []
    if not anchors and not _leads_with_literal(parsed.data):
        # every alternative starts with a literal ("no\\s+…|ning[uú]n…|sin\\s+…"): ``re`` only has a set of first
        # characters to skip by, and tries the alternatives at each of those (common) letters; finding the
        # literals with ``str.find`` is several times faster. A match starts exactly at one of them.
        leading = _leading_literals(parsed.data)
        if leading and len(leading) <= _MAX_ANCHORS:
            # a literal that extends another ("ningun" after "ning") starts where that one does: one scan less
            shortest = {a for a in leading if not any(b != a and a.startswith(b) for b in leading)}
            anchors = [(literal, frozenset(), False, 0) for literal in sorted(shortest)]
    return tuple(sorted(factors)), tuple(anchors), first


_MAX_ANCHORS = 16
_MIN_ANCHOR = 4


def _first_chars(items: Any) -> frozenset[str] | None:
    """The characters every match of the parsed sequence ``items`` can start with (None when unknown or many):
    those of its first item that consumes a character, zero-width assertions before it passed over."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _constants.LITERAL:
            return frozenset(chr(av))
        if op is _constants.IN:
            chars, space, _width = _class_reach(av)
            return None if chars is None or space else chars
        if op is _constants.SUBPATTERN and not av[1] and not av[2]:
            return _first_chars(av[3].data)
        if op in _REPEATS and av[0] >= 1:
            return _first_chars(av[2].data)
        if op is _constants.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                inner = _first_chars(branch.data)
                if inner is None:
                    return None
                found |= inner
            return frozenset(found)
        return None
    return None


def _leading_literals(items: Any) -> set[str] | None:
    """Non-empty literals one of which every match of the parsed sequence ``items`` starts with (None when some
    alternative does not start with a literal). Zero-width assertions before the first literal are passed over:
    they do not move the start of the match."""
    run = ""
    for op, av in items:
        if op is _constants.LITERAL:
            run += chr(av)
            continue
        if not run and op in _ZERO_WIDTH:
            continue
        inner = _of_group(op, av, _leading_literals)
        if inner:
            return {run + literal for literal in inner}  # the run, then one of the inner item's first literals
        return {run} if run else None
    return {run} if run else None


def _leads_with_literal(items: Any) -> bool:
    for op, av in items:
        if op is _constants.LITERAL:
            return True
        if op is _constants.SUBPATTERN and not av[1] and not av[2]:
            return _leads_with_literal(av[3].data)
        return False
    return False


def _candidates(
    haystack: str, start: int, end: int, anchors: tuple[_Anchor, ...], first_chars: frozenset[str] | None = None
) -> list[int] | None:
    """Every offset in ``[start, end)`` where a match may begin: before each occurrence of an anchor's literal,
    back over the characters the anchor allows (at most its width), holding one of ``first_chars`` (the
    characters a match starts with, when known); None when they are too many to pay off."""
    budget = (end - start) >> 6
    positions: set[int] = set()
    find = haystack.find
    for literal, chars, space, width in anchors:
        position = find(literal, start, end)
        while position != -1:
            low = start if width >= _MAXREPEAT else max(start, position - width)
            first = position
            if chars is None:
                first = low
            else:
                while first > low and (haystack[first - 1] in chars or (space and haystack[first - 1].isspace())):
                    first -= 1
            if first == position:
                # the usual case (a leading literal, or nothing allowed before the anchor): one offset, no generator
                if first_chars is None or haystack[position] in first_chars:
                    positions.add(position)
            elif first_chars is not None:
                positions.update(offset for offset in range(first, position + 1) if haystack[offset] in first_chars)
            else:
                positions.update(range(first, position + 1))
            if len(positions) > budget:
                return None
            position = find(literal, position + 1, end)
    return sorted(positions)


def fast_finditer(regex: re.Pattern[str], haystack: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Exactly the matches of ``regex.finditer(haystack, start, end)``, faster when the pattern has literals.

    When no literal that every match contains occurs in the range there is nothing to find; when every match
    contains one of a few literals that occur rarely (see :func:`_anchors`), ``regex.match`` is tried only at the
    offsets where a match holding one of them could begin (in text order, from the end of the previous match: the
    same leftmost, non-overlapping matches); else ``finditer``.
    """
    plan = _scan_plan(regex)
    if plan is None:
        yield from regex.finditer(haystack, start, end)
        return
    factors, anchors, first_chars = plan
    # with anchors, finding their literals already tells whether any occurs (no candidates: no match); the factor
    # test would scan the text once more for each factor
    if not anchors and factors and all(haystack.find(factor, start, end) == -1 for factor in factors):
        return
    candidates = _candidates(haystack, start, end, anchors, first_chars) if anchors else None
    if candidates is None:
        yield from regex.finditer(haystack, start, end)
        return
    last_end = start
    match_at = regex.match
    for position in candidates:
        if position < last_end:
            continue
        match = match_at(haystack, position, end)
        if match is not None:
            last_end = match.end()
            yield match


# ---------------------------------------------------------------------------------------------------------------
# Sentence and paragraph length


@register_check("sentence_length")
def check_sentence_length(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Sentences with more than ``max_words`` words. Options: ``max_words`` (default 30),
    ``max_words_by_type`` (``{document type: limit}``, overrides ``max_words`` for that type)."""
    limit = _int_option(options, "max_words", 30)
    by_type = options.get("max_words_by_type") or {}
    if isinstance(by_type, Mapping) and document.type in by_type:
        limit = _int_option(by_type, document.type, limit)
    text = document.text
    for start, end in prose_sentences(document):
        if end - start <= limit * 2:  # a word takes at least two characters with its space: too short to exceed
            continue
        if text.count(" ", start, end) + text.count("\n", start, end) < limit:  # fewer gaps than words needed
            continue
        words = count_words(text, start, end)
        if words > limit:
            yield Hit(start, end, {"words": words, "max_words": limit, "recommended": RECOMMENDED_MAX_WORDS})


_TABLE_OR_CODE = re.compile(r"[ \t]*(?:\||```|~~~|<)")


@register_check("paragraph_length")
def check_paragraph_length(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Paragraphs longer than ``max_lines`` (default 5) lines of ``line_chars`` (default 90) rendered characters."""
    max_lines = _int_option(options, "max_lines", 5)
    line_chars = _int_option(options, "line_chars", 90)
    threshold = max_lines * line_chars
    text = document.text
    for start, end in document_paragraphs(document):
        if end - start <= threshold or _TABLE_OR_CODE.match(text, start, end) or is_heading(text, start, end):
            continue
        characters = rendered_length(text, start, end)
        lines = math.ceil(characters / line_chars)
        if lines > max_lines:
            yield Hit(start, end, {"lines": lines, "max_lines": max_lines, "characters": characters})


# ---------------------------------------------------------------------------------------------------------------
# Double negatives

_NEG_WORDS = r"(?:ning[uú]n|ningun[oa]s?|nada|nunca|tampoco|nadie|jam[aá]s)"
_CLAUSE_GAP = r"[^,;:.()\n¿?!¡]{0,80}?"
_NEGATIVE_ADJECTIVES = (
    r"improcedentes?|inadmisibles?|ilegal(?:es)?|il[ií]cit[oa]s?|imposibles?|innecesari[oa]s?|incompatibles?|"
    r"inv[aá]lid[oa]s?|ineficaz|ineficaces|inexistentes?|inexequibles?|inaplicables?|inoportun[oa]s?|"
    r"incorrect[oa]s?|injustificad[oa]s?|irregular(?:es)?|indebid[oa]s?|infrecuentes?|inusual(?:es)?|"
    r"desconocid[oa]s?|desproporcionad[oa]s?|inconvenientes?|improbables?|imprescindibles?|insuficientes?|"
    r"ilimitad[oa]s?|inv[aá]lid[oa]s?|inadecuad[oa]s?|incierto|incierta|ajen[oa]s?"
)
_LOGICAL_SOURCE = (
    r"no\s+(?:es|son|ser[aá]n?|sea|sean|resulta|resultan|resultar[aá]n?|parece|parecen|fue|fueron|era|eran|"
    r"est[aá]n?|estar[aá]n?)\s+(?:del\s+todo\s+|muy\s+|tan\s+|totalmente\s+)?(?:" + _NEGATIVE_ADJECTIVES + r")\b"
    r"|no\s+(?:deja|dejan|dejar[aá]n?|dej[oó]|dejaron|debe\s+dejar|deber[aá]n?\s+dejar|podr[aá]n?\s+dejar)\s+de\b"
    r"|no\s+es\s+(?:cierto|verdad)\s+que\s+no\b"
    r"|no\s+(?:podr[aá]n?|deber[aá]n?|puede|pueden|debe|deben)\s+no\b"
    r"|(?:ning[uú]n|ningun[oa]s?|nadie|nunca|jam[aá]s|tampoco)\b"
    + _CLAUSE_GAP
    + r"(?<!\bo )(?<!\bsi )\bno\s+(?!solo\b|s[oó]lo\b|en\b|de\b|a\b|por\b|para\b|con\b)[a-záéíóúñ]+"
    r"|sin\s+que\s+no\b|sin\s+no\b"
)
_CONCORD_SOURCE = r"no\s+" + _CLAUSE_GAP + r"\b" + _NEG_WORDS + r"\b" + r"|no\s+" + _CLAUSE_GAP + r"\bsin\b"
# Folded text (lowercase, no accents) is searched with the plain patterns; the IGNORECASE ones are the fallback.
_NEGATIVES = {
    ("logical", True): re.compile(_LOGICAL_SOURCE),
    ("logical", False): re.compile(_LOGICAL_SOURCE, re.IGNORECASE),
    ("concord", True): re.compile(_CONCORD_SOURCE),
    ("concord", False): re.compile(_CONCORD_SOURCE, re.IGNORECASE),
}


@register_check("double_negative")
def check_double_negative(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Double negatives inside one clause. ``mode: logical`` (default): negations that cancel out or a negated
    negative ("no es improcedente", "no deja de", "no podrá no", "ninguna entidad no podrá", "sin que no");
    ``mode: concord``: "no" with a second negative word or "sin" in the same clause ("no se exigirá ningún …")."""
    folded = document_folded(document)
    pattern = _NEGATIVES[("concord" if options.get("mode") == "concord" else "logical", folded is not None)]
    text = document.text
    for match in _prose_hits(document, pattern, folded if folded is not None else text):
        yield Hit(match.start(), match.end(), {"found": text[match.start() : match.end()]})


# ---------------------------------------------------------------------------------------------------------------
# Gerund of posteriority

_GERUND_AFTER_COMMA = re.compile(
    r",\s+([a-záéíóúñ]*(?:[aá]ndo|i[eé]ndo|y[eé]ndo)(?:se|l[oae]s?|nos)?)\b",
)
_PAST_VERB = re.compile(r"\b(?:[a-záéíóúñ]{2,}(?:ó|aron|ieron|yeron)|fue|fueron)\b", re.IGNORECASE)
_NOT_POSTERIOR = frozenset(
    str.split("""
    cuando mando comando bando blando ando demando expando nefando fernando orlando rolando armando
    entiendo atiendo extiendo defiendo tiendo desatiendo
    siendo estando teniendo habiendo considerando atendiendo tomando sabiendo contando observando
    incluyendo excluyendo conforme actuando obrando
    """)
)


@register_check("gerund_posteriority")
def check_gerund_posteriority(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A gerund right after a comma, in a sentence whose earlier clause has a finite past verb ("se expidió el
    decreto, derogando la norma anterior"): the gerund then tells what happened afterwards, which Spanish grammar
    (RAE, *Nueva gramática*, §27.3) and the plain-language guide ask to write as a new finite verb. Gerunds of
    manner or simultaneity ("siendo", "teniendo en cuenta", "considerando") are left alone."""
    text = document.text
    for start, end in prose_sentences(document):
        if "," not in text[start:end]:
            continue
        for match in _GERUND_AFTER_COMMA.finditer(text, start, end):
            gerund = match.group(1)
            if gerund.lower() in _NOT_POSTERIOR or len(gerund) < 6:
                continue
            if _PAST_VERB.search(text, start, match.start()):
                yield Hit(match.start(1), match.end(1), {"gerund": gerund})
                break


# ---------------------------------------------------------------------------------------------------------------
# Acronyms

_ACRONYM = re.compile(r"([A-ZÑ](?<![\w./@#&-][A-ZÑ])[A-ZÑ]{1,7})(?![\w@/&-]|\.[A-Za-z0-9])")
_PAREN_ACRONYM = re.compile(
    r"\(\s*(?:en\s+adelante,?\s*(?:el|la|los|las)?\s*|sigla\s+|por\s+sus\s+siglas,?\s*)?[«\"“'*]*([A-ZÑ]{2,8})"
    r"[»\"”'*]*\s*[,;)]",
    re.IGNORECASE,
)
_ACRONYM_THEN_EXPANSION = re.compile(
    r"\b([A-ZÑ]{2,8})\s*(?:\(|,\s+(?:sigla\s+de|es\s+decir|esto\s+es)\s+)\s*[«\"“]?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]"
)
_GLOSSARY_ITEM = (
    r"[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+|[a-z][.)][ \t]+)?(?:\*\*|__)?([A-ZÑ]{2,8})(?:\*\*|__)?[ \t]*[:.–—-][ \t]*"
    r"(?:\*\*|__)?[ \t]*[A-ZÁÉÍÓÚÑ]"
)
_GLOSSARY_LINE = re.compile(r"^" + _GLOSSARY_ITEM, re.MULTILINE)
_GLOSSARY_AFTER_NEWLINE = re.compile(r"\n" + _GLOSSARY_ITEM)
""":data:`_GLOSSARY_LINE` after a line break: led by a literal, which ``re`` finds far faster than it tries ``^`` at
every offset. No match contains a line break, so each ``^`` match after a line break is one of these, one
character later (see :func:`_glossary_matches`)."""


def _glossary_matches(text: str, start: int) -> Iterator[tuple[str, int]]:
    """(acronym, offset) of each match of :data:`_GLOSSARY_LINE` in ``text[start:]``, in text order."""
    if start == 0 or text[start - 1] == "\n":
        first = _GLOSSARY_LINE.match(text, start)
        if first is not None:
            yield first.group(1), first.start()
    for match in _GLOSSARY_AFTER_NEWLINE.finditer(text, start):
        yield match.group(1), match.start() + 1


_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
UNITS = frozenset(
    str.split("KM CM MM KG MG ML KB MB GB TB PB KW KWH MW MWH GW HZ KHZ MHZ GHZ HA DB AM PM UTC GMT HTTP HTTPS WWW")
)
NOT_ACRONYMS = frozenset(
    str.split("""
    NO SI Y O A E U DE DEL LA LAS EL LOS EN AL UN UNA POR PARA CON SIN SE QUE ES SU SUS LO LE LES
    OBJETO ACUERDA DECRETA RESUELVE ORDENA CONSIDERANDO CONSIDERANDOS ANEXO ANEXOS NOTA NOTAS TOTAL VISTO VISTOS
    LIBRO PARTE FIN NIVEL FASE ETAPA OK
    """)
)
DEFAULT_KNOWN_ACRONYMS = ("NIT", "RUT", "IVA", "COP", "USD", "PDF", "URL", "ISBN", "ISO")


def _defined_acronyms(document: Document) -> dict[str, int]:
    """Where each acronym is expanded first (offset), from parentheticals, "SIGLA (Nombre …)", glossary lines and
    the document's definitions."""
    from regdesign.nlp.definitions import find_definitions  # local: definitions imports this module's siblings

    text = document.text
    body = max(document.body_start, 0)
    defined: dict[str, int] = {}

    def note(acronym: str, offset: int) -> None:
        if acronym.isupper() and offset < defined.get(acronym, len(text) + 1):
            defined[acronym] = offset

    for pattern in (_PAREN_ACRONYM, _ACRONYM_THEN_EXPANSION):
        for match in fast_finditer(pattern, text, body, len(text)):
            note(match.group(1), match.start())
    for acronym, offset in _glossary_matches(text, body):
        note(acronym, offset)
    for definition in find_definitions(document):
        if definition.term.isupper():
            note(definition.term, definition.start)
    return defined


@register_check("unexplained_acronym")
def check_unexplained_acronym(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """The first use of each ALL-CAPS acronym (2 to 8 letters) that no expansion precedes. Roman numerals, units,
    words written in capitals, headings and the ``known`` option's acronyms are left alone."""
    known = set(options.get("known") or DEFAULT_KNOWN_ACRONYMS)
    text = document.text
    body = max(document.body_start, 0)
    if not _ACRONYM.search(text, body):
        return
    defined: dict[str, int] | None = None  # made on first need: most documents use few acronyms
    first_use: dict[str, int] = {}
    uses: dict[str, int] = {}
    settled: set[str] = set()  # not acronyms, or explained before their first counted use: nothing left to count
    # ``search`` from the end of each match finds what ``finditer`` finds, in the same order; it also lets the
    # scan jump over the rest of a line in capitals: none of that line's matches would be counted, and the ones a
    # skipped match would settle (units, numerals, …) are settled by the same test at their next use
    search = _ACRONYM.search
    position = body
    line_start = line_end = -1  # the line of the last match that reached the line test (``line_end``: its "\n")
    caps_line = False
    while (match := search(text, position)) is not None:
        position = match.end()
        token = match.group(1)
        if token in settled:
            continue
        if token in known or token in UNITS or token in NOT_ACRONYMS or _ROMAN.fullmatch(token):
            settled.add(token)
            continue
        start = match.start()
        if start > line_end:  # a match never holds a line break: a later line (each line is looked at once)
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end == -1 else line_end
            line = text[line_start:line_end]
            caps_line = _more_upper_than_lower(line) or line.lstrip().startswith("#")
        if caps_line:
            position = line_end
            continue
        if _in_caps_run(text, match) or _AFTER_LABEL.search(text, max(line_start, start - 30), start):
            continue
        uses[token] = uses.get(token, 0) + 1
        if token in first_use:
            continue
        if defined is None:
            defined = _defined_acronyms(document)
        if defined.get(token, len(text) + 1) <= start + 1 or _is_expansion_site(text, match):
            first_use[token] = -1
            settled.add(token)
            continue
        first_use[token] = start
    for token, offset in first_use.items():
        if offset >= 0:
            count = uses.get(token, 1)
            yield Hit(offset, offset + len(token), {"acronym": token, "uses": count, **uses_phrases(count)})


_LATIN1_UPPER = bytes(code for code in range(256) if chr(code).isupper())
_LATIN1_LOWER = bytes(code for code in range(256) if chr(code).islower())
_NOT_LATIN1 = re.compile(r"[^\x00-\xff]")


def _more_upper_than_lower(line: str) -> bool:
    """Whether ``line`` has more uppercase than lowercase characters (``str.isupper`` / ``str.islower`` of each).
    Its Latin-1 characters (most Spanish text) are counted by ``bytes.translate``, the few others one by one."""
    raw = line.encode("latin-1", "ignore")
    size = len(raw)
    uppers = size - len(raw.translate(None, _LATIN1_UPPER))
    lowers = size - len(raw.translate(None, _LATIN1_LOWER))
    if size != len(line):
        others = _NOT_LATIN1.findall(line)
        uppers += sum(map(str.isupper, others))
        lowers += sum(map(str.islower, others))
    return uppers > lowers


# A capital word of two letters or more next to the token, across one-letter capital words between them
# ("TRANSPARENCIA Y ACCESO A LA INFORMACIÓN": "Y" and "A" are a heading's conjunction and preposition)
_CAPS_WORD_BEFORE = re.compile(r"(?:^|[\s(])([A-ZÁÉÍÓÚÑÜ]{2,})(?:[ \t]+[A-ZÁÉÍÓÚÑÜ])*[ \t]+$")
_CAPS_WORD_AFTER = re.compile(r"(?:[ \t]+[A-ZÁÉÍÓÚÑÜ](?=[ \t]))*[ \t]+([A-ZÁÉÍÓÚÑÜ]{2,})(?![a-záéíóúñü])")
_AFTER_LABEL = re.compile(
    r"(?:ART[IÍ]CULO|PAR[AÁ]GRAFO|CAP[IÍ]TULO|T[IÍ]TULO|SECCI[OÓ]N|Art[ií]culo|Par[aá]grafo)\s+[\w°º-]*\.?\s*(?:\*\*)?$"
)


def _in_caps_run(text: str, match: re.Match[str]) -> bool:
    """The token sits next to another word in capitals ("CONCEPTO DEL DERECHO"): a heading, not an acronym."""
    before = _CAPS_WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
    if before and not _ROMAN.fullmatch(before.group(1)):
        return True
    after = _CAPS_WORD_AFTER.match(text, match.end(), match.end() + 20)
    return bool(after and not _ROMAN.fullmatch(after.group(1)))


def _is_expansion_site(text: str, match: re.Match[str]) -> bool:
    """The acronym stands right where it is expanded: "(DNP)" after its name, or "DNP (Departamento …)"."""
    before = text[max(0, match.start() - 30) : match.start()]
    return bool(re.search(r"\(\s*(?:en\s+adelante,?\s*(?:el|la|los|las)?\s*)?[«\"“]?$", before, re.IGNORECASE))


# ---------------------------------------------------------------------------------------------------------------
# Passive voice

_PARTICIPLE = (
    r"(?:[a-zñ]+(?:ad|id)[oa]s?|hech[oa]s?|dich[oa]s?|puest[oa]s?|vist[oa]s?|escrit[oa]s?|impuest[oa]s?|"
    r"expuest[oa]s?|dispuest[oa]s?|resuelt[oa]s?|devuelt[oa]s?|abiert[oa]s?|cubiert[oa]s?|previst[oa]s?|"
    r"provist[oa]s?|suscrit[oa]s?|inscrit[oa]s?|descrit[oa]s?|prescrit[oa]s?|impres[oa]s?|electos?|elect[oa]s?)"
)
PASSIVE_RE = re.compile(
    r"\b(?:es|son|ser[aá]n?|sea|sean|fue|fueron|sido|ser|era|eran|ser[ií]an?|fuer[ae]n?)\s+(?:[a-zñ]+mente\s+)?"
    + _PARTICIPLE
    + r"\b|\bse\s+(?:l[aeo]s?\s+)?[a-záéíóúñ]{2,}",
    re.IGNORECASE,
)
""""ser" + participle (periphrastic passive) or "se" + verb (pasiva refleja and impersonal "se")."""

_UNIT_KINDS = frozenset({"articulo"})


def _passive_units(document: Document) -> list[Span]:
    """Articles and leaf ToR sections when the document has provisions; paragraphs otherwise."""
    units: list[Span] = []
    for provision in document.iter_provisions():
        if provision.kind in _UNIT_KINDS or (
            provision.kind == "seccion_tdr" and not any(c.kind == "seccion_tdr" for c in provision.children)
        ):
            units.append((provision.body.start, provision.body.end))
    if units:
        return units
    return list(document_paragraphs(document))


def _sentences_within(sentences: list[Span], starts: list[int], start: int, end: int) -> list[Span]:
    index = bisect.bisect_left(starts, start)
    found: list[Span] = []
    while index < len(sentences) and sentences[index][1] <= end:
        found.append(sentences[index])
        index += 1
    return found


_FOUR_WORDS = re.compile(r"(?>[^\W_]+(?:[-'’.,][^\W_]+)*)(?:[\W_]+(?>[^\W_]+(?:[-'’.,][^\W_]+)*)){3}")
"""Matches exactly where ``WORD_RE`` finds at least four words (atomic groups: the same greedy words)."""
_PASSIVE_HEAD = re.compile(r"(?:es|son|ser[aá]n?|sea|sean|fue|fueron|sido|ser|era|eran|ser[ií]an?|fuer[ae]n?|se)\s")
"""On the lowercased text: every place where :data:`PASSIVE_RE` can start (a superset: no word boundary)."""


def _is_passive(text: str, lowered: str | None, span: Span) -> bool:
    """Whether :data:`PASSIVE_RE` finds a match in ``text[start:end]`` (``PASSIVE_RE.search(text, start, end)``).

    With the lowered text, ``PASSIVE_RE`` is only tried where :data:`_PASSIVE_HEAD` matches in the sentence, and
    the scan stops at the first passive: every match of ``PASSIVE_RE`` starts where the head matches, and no head
    match hides such a start (a head ends in whitespace, and a start inside one would follow a letter, where the
    ``\\b`` of ``PASSIVE_RE`` fails)."""
    start, end = span
    if lowered is None:
        return PASSIVE_RE.search(text, start, end) is not None
    match = PASSIVE_RE.match
    return any(match(text, head.start(), end) for head in _PASSIVE_HEAD.finditer(lowered, start, end))


def _make_worded_sentences(artefacts: DocumentArtefacts) -> list[Span]:
    text = artefacts.document.text
    search = _FOUR_WORDS.search
    return [span for span in prose_sentences(artefacts.document) if search(text, *span)]


def _make_passive_units(artefacts: DocumentArtefacts) -> list[Span]:
    return _passive_units(artefacts.document)


@register_check("passive_voice")
def check_passive_voice(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Articles (or paragraphs) where more than ``max_ratio`` (default 0.6) of the sentences with at least four
    words are passive; units with fewer than ``min_sentences`` (default 3) such sentences are skipped."""
    max_ratio = _float_option(options, "max_ratio", 0.6)
    min_sentences = _int_option(options, "min_sentences", 3)
    artefacts = document_artefacts(document)
    sentences = artefacts.get("worded_sentences", _make_worded_sentences)
    starts = [span[0] for span in sentences]
    text = document.text
    lowered = document_lowered(document)
    for unit_start, unit_end in artefacts.get("passive_units", _make_passive_units):
        inside = _sentences_within(sentences, starts, unit_start, unit_end)
        if len(inside) < min_sentences:
            continue
        passive = sum(1 for span in inside if _is_passive(text, lowered, span))
        ratio = passive / len(inside)
        if ratio > max_ratio:
            yield Hit(
                inside[0][0],
                inside[-1][1],
                {
                    "passive": passive,
                    "sentences": len(inside),
                    "percent": round(100 * ratio),
                    "max_percent": round(100 * max_ratio),
                    "ratio": round(ratio, 2),
                },
            )


# ---------------------------------------------------------------------------------------------------------------
# Legalese


_ESCAPE_OR_UPPER = re.compile(r"\\.|[^\\]+")


def _fold_pattern(pattern: str) -> str:
    """Fold the literal parts of a regular expression like the text (escapes such as ``\\S`` are kept)."""
    return "".join(part if part.startswith("\\") else fold(part) for part in _ESCAPE_OR_UPPER.findall(pattern))


@lru_cache(maxsize=256)
def _compile_legalese(pattern: str, folded: bool) -> re.Pattern[str]:
    if folded:
        return re.compile(r"(?:" + _fold_pattern(pattern) + r")(?!\w)")
    return re.compile(r"(?:" + pattern + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=256)
def _compile_not_after(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s*$", re.IGNORECASE)


def _make_prose_starts(artefacts: DocumentArtefacts) -> list[int]:
    return [span[0] for span in prose_sentences(artefacts.document)]


def _prose_hits(document: Document, regex: re.Pattern[str], haystack: str) -> Iterator[re.Match[str]]:
    """Matches of ``regex`` in ``haystack`` (the text or its folded view) that start a word inside a prose
    sentence: one scan of the body instead of one per sentence."""
    sentences = prose_sentences(document)
    if not sentences:
        return
    starts = document_artefacts(document).get("prose_starts", _make_prose_starts)
    for match in fast_finditer(regex, haystack, sentences[0][0], sentences[-1][1]):
        offset = match.start()
        if offset > 0 and haystack[offset - 1].isalnum():
            continue
        if in_spans(sentences, starts, offset):
            yield match


@register_check("legalese")
def check_legalese(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Occurrences of one jargon expression. Options: ``pattern`` (a regular expression matched as whole words,
    without regard to case or accents), ``plain`` (the plain alternative, passed to the message) and
    ``not_after`` (words that, right before the match, mean it is not the jargon use: "lo dicho", "ha dicho")."""
    pattern = options.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        return
    folded = document_folded(document)
    try:
        regex = _compile_legalese(pattern, folded is not None)
    except re.error:
        return
    not_after = _compile_not_after(tuple(options.get("not_after") or ()))
    plain = str(options.get("plain", ""))
    text = document.text
    for match in _prose_hits(document, regex, folded if folded is not None else text):
        if not_after is not None and not_after.search(text, max(0, match.start() - 40), match.start()):
            continue
        found = text[match.start() : match.end()].strip()
        yield Hit(match.start(), match.start() + len(found), {"found": found, "plain": plain})


# ---------------------------------------------------------------------------------------------------------------
# Readability


def _make_prose_count_sums(artefacts: DocumentArtefacts) -> tuple[list[int], ...]:
    """Running totals of (words, sentences with words, syllables, letters) over the prose sentences."""
    from regdesign.readability import document_sentence_counts

    document = artefacts.document
    by_span = dict(zip(document_sentences(document), document_sentence_counts(document), strict=True))
    words, sentences, syllables, letters = [0], [0], [0], [0]
    for span in prose_sentences(document):
        count = by_span[span]
        words.append(words[-1] + count[0])
        sentences.append(sentences[-1] + (1 if count[0] else 0))
        syllables.append(syllables[-1] + count[1])
        letters.append(letters[-1] + count[2])
    return words, sentences, syllables, letters


@register_check("readability")
def check_readability(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Articles (or paragraphs) with at least ``min_words`` words (default 40) whose Szigriszt-Pazos score is below
    ``min_score`` (default 40: "muy difícil" on the INFLESZ scale)."""
    from regdesign.readability import score_counts  # local: keeps the check registry's imports light

    min_score = _float_option(options, "min_score", 40.0)
    min_words = _int_option(options, "min_words", 40)
    artefacts = document_artefacts(document)
    sentences = prose_sentences(document)
    starts = artefacts.get("prose_starts", _make_prose_starts)
    sums = artefacts.get("prose_count_sums", _make_prose_count_sums)
    for unit_start, unit_end in artefacts.get("passive_units", _make_passive_units):
        first = bisect.bisect_left(starts, unit_start)
        last = first
        while last < len(sentences) and sentences[last][1] <= unit_end:
            last += 1
        if last == first:
            continue
        score = score_counts(*(column[last] - column[first] for column in sums))
        if score.words < min_words or score.szigriszt_pazos is None:
            continue
        if score.szigriszt_pazos < min_score:
            yield Hit(
                sentences[first][0],
                sentences[last - 1][1],
                {
                    "score": score.szigriszt_pazos,
                    "inflesz": score.inflesz,
                    "min_score": min_score,
                    "words_per_sentence": round(score.words / max(score.sentences, 1), 1),
                    "syllables_per_word": round(score.syllables / score.words, 2),
                },
            )


def iter_checks() -> Iterable[str]:
    """Names of the checks this module registers."""
    return (
        "sentence_length",
        "paragraph_length",
        "double_negative",
        "gerund_posteriority",
        "unexplained_acronym",
        "passive_voice",
        "legalese",
        "readability",
    )
