"""The ``regdesign_barriers`` spaCy component: text matching of rule-pack rules (phrases, token patterns, regexes).

This module owns the *matching* half of the rule engine (``regdesign.rules.engine`` owns loading, configuration and
turning matches into findings). Guarantees:

* matching is accent-insensitive and case-insensitive: texts are folded with :func:`fold_accents`, which maps each
  accented Latin letter to its base letter one code point for one code point, so offsets in the folded text are
  offsets in the original text; phrases match on the LOWER attribute and regexes run on the lower-cased folded
  text (write them in lower case without accents);
* every match is ``(rule_id, start, end, params)`` with ``start``/``end`` character offsets into ``doc.text``;
  phrase and token-pattern matches cover whole tokens, regex matches cover exactly the regex match (or its
  ``hit`` group);
* context constraints are applied per sentence (``requires_any`` may also look at the sentence before and after, in
  the same paragraph, when a rule says ``neighbours: true``): ``requires_any`` / ``excludes_any`` words (each found
  where it starts a word: "mas de" is not in "plataformas de") and, unless a rule says
  ``negation: false``, the default negation cues written before the match ("no se exigirá", "se prohíbe exigir",
  "sin necesidad de" …) — "No se exigirán copias autenticadas" is not a barrier — and the limitation cues anywhere
  in the sentence (:data:`LIMITATION_CUES`: "solo se exigirá cuando la ley lo requiera", "a quien lo solicite",
  "si lo prefiere"), which make the requirement one the law already orders or an option of the citizen;
* the component is serialisable: ``to_bytes``/``from_bytes`` and ``to_disk``/``from_disk`` carry the rule specs,
  so a pipeline restored from bytes matches exactly as the original;
* speed never changes results: every rule gets, derived automatically from its regex, phrases or token patterns
  (:func:`required_alternatives`), word-level *necessary* conditions (pieces that must occur inside a
  whitespace-delimited word, possibly anchored at a word edge or a ``\b``); ``_Prefilter`` uses them, with a cache
  per word form, to skip paragraphs and rules that cannot match, so most paragraphs are neither tokenized nor
  scanned; a regex whose matches must start with known literals (:func:`match_prefixes`) is tried only where
  those literals occur, and a literal is searched only when its first word-chunk lies inside one of the words.
  ``tests/test_barrier_prefilter.py`` checks both against plain matching.

As a pipeline component it writes its matches to ``doc.spans["regdesign_barriers"]`` (label = rule id).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache, reduce
from operator import or_
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from regdesign.nlp import patterncache

SPANS_KEY = "regdesign_barriers"

# Default negation cues (on folded, lower-cased text) that, written before a match in the same sentence, mean the
# clause forbids or waives the requirement instead of imposing it.
NEGATION_CUES = (
    r"\bno\s+(?:se\s+)?(?:le\s+|les\s+)?(?:exig|requ|solicit|pid|pedir|cobr|necesit)\w*",
    r"\bno\s+(?:debera|deberan|tendra\s+que|tendran\s+que|estara\s+obligad\w*|estaran\s+obligad\w*)\b",
    r"\bno\s+(?:se\s+)?(?:podra|podran|debera|deberan)\s+(?:exigir|requerir|solicitar|pedir|cobrar|imponer|establecer)",
    r"\bno\s+(?:es|son|sera|seran|resulta|resultan)\s+(?:objeto\s+de|necesari|obligatori|exigible|requisito|causal|requerid|"
    r"exigid|solicitad|indispensable|condicion)",
    r"\bno\s+(?:habra\s+lugar|tendra|tendran|genera|generara|constituye|constituyen|constituira|obliga|implica)",
    r"\bni\s+(?:se\s+)?(?:exig|requer|solicit|pedir|cobr)",
    r"\bsin\s+(?:necesidad|que\s+(?:se\s+)?(?:requiera|exija|sea\s+necesari|medie)|exigir|requerir|costo|cobro)",
    r"\bse\s+prohiben?\b|\bprohib[ae]se\b|\bqueda(?:n)?\s+prohibid|\besta(?:n)?\s+prohibid|\bprohibido\s+exigir",
    r"\bninguna?\s+(?:autoridad|entidad|dependencia|servidor|funcionario)",
    r"\bno\s+se\s+(?:tendra|tendran)\s+en\s+cuenta\b|\bni\s+(?:daran?|dara)\s+lugar\s+a\b",
    r"\ben\s+ningun\s+caso\b|\bse\s+abstendra|\bse\s+entiende[n]?\s+suprimid",
    r"\bsuprimase\b|\bsuprimese\b|\beliminase\b|\beliminese\b|\bderogase\b|\bderoguese\b",
)
NEGATION_RE = re.compile("|".join(f"(?:{cue})" for cue in NEGATION_CUES))

# Default cues that, anywhere in the sentence of a match, limit the requirement to what a law already orders or make
# it an option of the citizen: "solo se exigirá en los casos previstos en el artículo 18", "cuando la ley lo
# requiera", "a quien lo solicite", "podrá … si lo prefiere". Checked together with the negation cues.
LIMITATION_CUES = (
    r"\b(?:solo|solamente|unicamente|exclusivamente)\s+(?:se\s+)?(?:le\s+|les\s+)?(?:exigira|exigiran|requerira|requeriran"
    r"|solicitara|solicitaran|pedira|pediran|aplicara|aplicaran|procedera|procederan|sera\s+exigid\w*|seran\s+exigid\w*"
    r"|sera\s+exigible|seran\s+exigibles|sera\s+obligatori\w*|seran\s+obligatori\w*|podra\s+(?:exigir|requerir)se"
    r"|podran\s+(?:exigir|requerir)se)\s+(?:[^\s.;]+\s+){0,6}?(?:en\s+los\s+(?:casos|eventos)|cuando|si\s+|siempre\s+que"
    r"|para\s+los\s+(?:casos|tramites)|en\s+las\s+situaciones)",
    r"\b(?:cuando|si|siempre\s+que|en\s+los\s+casos\s+en\s+que|salvo\s+(?:cuando|que))\s+(?:asi\s+)?(?:la|una|el|un)\s+"
    r"(?:ley|norma\s+(?:legal|especial)|ley\s+especial|disposicion\s+legal|decreto\s+ley)\s+(?:\w+\s+)?"
    r"(?:lo|la|los|las|asi\s+lo)?\s*(?:exija|exijan|requiera|requieran|ordene|ordenen|disponga|dispongan|establezca"
    r"|establezcan|autorice|autoricen|imponga|impongan)\b",
    r"\ben\s+los\s+(?:casos|eventos)\s+(?:expresamente\s+)?(?:previstos|senalados|establecidos|contemplados|autorizados"
    r"|exceptuados)\s+(?:en|por)\s+(?:la\s+ley|el\s+articulo|los\s+articulos|el\s+decreto|la\s+norma|el\s+numeral)",
    # a requirement created by a national norm cited by number is not a local barrier ("conforme al Decreto 1079 de 2015")
    # ("además de los requisitos previstos en el Decreto 1077 de 2015, …" adds to the national norm: still a barrier;
    # so does "sin perjuicio de lo previsto en la Ley 1150 de 2007": the local requirement applies on top of the law)
    r"(?<!requisitos\s)(?<!los\s)(?<!las\s)(?<!perjuicio\sde\slo\s)\b(?:conforme|de\s+conformidad\s+con|en\s+los\s+terminos\s+de|segun|previst[oa]s?\s+en|establecid[oa]s?\s+en|"
    r"exigid[oa]s?\s+(?:en|por)|de\s+que\s+trata|reglamentad[oa]s?\s+(?:en|por))\s+(?:a\s+|al\s+|con\s+)?"
    r"(?:lo\s+(?:dispuesto|previsto|establecido)\s+(?:en|por)\s+)?(?:el\s+|la\s+)?(?:decreto(?:\s+unico\s+reglamentario|\s+ley"
    r"|\s+nacional)?|ley)\s+\d[\d.]*\s+de\s+(?:19|20)\d\d\b",
    r"\ba\s+quien(?:es)?\s+(?:asi\s+)?lo\s+(?:solicite|soliciten|pida|pidan|requiera|requieran|prefiera|prefieran)\b",
    r"\bsi\s+(?:asi\s+)?lo\s+(?:prefiere|prefieren|desea|desean|solicita|solicitan|elige|eligen|estima\s+conveniente)\b",
    r"\bcuando\s+(?:el\s+\w+\s+|la\s+\w+\s+|asi\s+)?lo\s+(?:solicite|soliciten|prefiera|prefieran|desee|deseen|pida|pidan)\b",
    r"\b(?:a|por)\s+(?:solicitud|peticion|eleccion|opcion)\s+(?:expresa\s+)?(?:del|de\s+la|de\s+los|de\s+las)\s+"
    r"(?:interesad|solicitante|usuari|ciudadan|proponente|peticionari|titular|beneficiari)\w*",
)
LIMITATION_RE = re.compile("|".join(f"(?:{cue})" for cue in LIMITATION_CUES))

# Sentence ends: ".", ";", "!" or "?" followed by whitespace, or a line break; colons do not end a sentence
# ("deberán aportar: a) copia autenticada…" is one requirement).
_SENTENCE_END = re.compile(r"[.;!?](?=\s)|\n")

_NUMBER_WORDS = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "cien": 100,
}  # fmt: skip

_REGEX_FLAGS = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL, "VERBOSE": re.VERBOSE}


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD_TABLE = _build_fold_table()


# The same map on Latin-1 code points as a byte table: most texts are Latin-1 (Spanish letters), and
# ``bytes.translate`` folds them in one C pass instead of one Python call per accented run.
_LATIN1_FOLD = bytes(ord(_FOLD_TABLE.get(code, chr(code))) for code in range(256))
# Runs of characters outside Latin-1 ("—", "…", "ā"); they are folded with ``str.translate`` (few, short).
_NON_LATIN1 = re.compile("([^\x00-\xff]+)")


def fold_accents(text: str) -> str:
    """Strip accents from Latin letters, one code point for one code point (``len`` and offsets are kept).

    Every character of U+00C0–U+024F whose canonical decomposition starts with an ASCII letter becomes that
    letter; every other character stays as it is.

    >>> fold_accents("Autenticación ÑANDÚ")
    'Autenticacion NANDU'
    """
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").translate(_LATIN1_FOLD).decode("latin-1")
    except UnicodeEncodeError:
        pass
    # split keeps the separators: even items are Latin-1 runs, odd items the runs outside it
    parts = _NON_LATIN1.split(text)
    parts[0::2] = [part.encode("latin-1").translate(_LATIN1_FOLD).decode("latin-1") for part in parts[0::2]]
    parts[1::2] = [part.translate(_FOLD_TABLE) for part in parts[1::2]]
    return "".join(parts)


def parse_number(value: str) -> int | None:
    """``"5"`` → 5, ``"cinco"`` → 5; anything else → None."""
    value = value.strip().lower()
    if value.isdigit():
        return int(value)
    return _NUMBER_WORDS.get(fold_accents(value))


def lower_keeping_length(text: str) -> str:
    """``text.lower()``, except characters whose lower case has another length (e.g. "İ") stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``[start, end)``: from after the previous sentence end to the next one."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return left, right


def paragraph_window(text: str, left: int, right: int) -> str:
    """The sentence ``text[left:right]`` with the sentence before and the one after it, never across a line break."""
    start, end = paragraph_window_bounds(text, left, right)
    return text[start:end]


def paragraph_window_bounds(text: str, left: int, right: int) -> tuple[int, int]:
    """Where :func:`paragraph_window` lies in ``text``: ``paragraph_window(text, left, right) == text[start:end]``."""
    start = left
    if left > 0 and text[left - 1] != "\n":
        start = sentence_bounds(text, left - 1, left - 1)[0]
    end = right
    if right < len(text) and text[right] != "\n":
        end = sentence_bounds(text, right + 1, right + 1)[1]
    return start, end


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Literal strings of which every match of ``pattern`` contains at least one (lower case), or None if unknown.

    >>> required_literals(r"\\bcopias?\\s+autenticad[oa]s?")
    ('autenticad',)
    """
    clauses = required_clauses(pattern)
    if not clauses:
        return None
    best = max(clauses, key=_clause_rank)
    return tuple(sorted({_piece_parts(piece)[0] for piece in best}))


# Anchors of a piece (a string that a match must contain): 0 anywhere in a word, 1 at a regex word boundary (\b),
# 2 at the edge of a whitespace-delimited word. Encoded in the piece string by marker characters.
_MARKERS = ("", "\x02", "\x03")


def _piece(text: str, start: int, end: int) -> str:
    if start == 1 and not _is_word_char(text[0]):
        start = 0
    if end == 1 and not _is_word_char(text[-1]):
        end = 0
    return _MARKERS[start] + text + _MARKERS[end]


def _piece_parts(piece: str) -> tuple[str, int, int]:
    start = end = 0
    if piece[:1] in ("\x02", "\x03"):
        start, piece = _MARKERS.index(piece[0]), piece[1:]
    if piece[-1:] in ("\x02", "\x03"):
        end, piece = _MARKERS.index(piece[-1]), piece[:-1]
    return piece, start, end


def _is_word_char(char: str) -> bool:
    r"""What ``\w`` matches in a str pattern."""
    return char.isalnum() or char == "_"


def required_clauses(pattern: str, flags: int = 0) -> tuple[frozenset[str], ...]:
    """Necessary conditions of ``pattern`` as clauses of pieces, for lower-cased text (a conjunction).

    Every match of ``pattern`` on lower-cased text contains, for each clause, at least one of its pieces inside one
    whitespace-delimited word; a piece may be anchored at a word boundary or a word edge (see :func:`_piece`). An
    empty tuple means nothing is known (the rule must always run). Patterns compiled with IGNORECASE are not
    analysed (case folding matches characters that lower-casing does not map).

    >>> sorted(_piece_parts(p)[0] for c in required_clauses(r"\\bpago\\s+de\\s+(?:la\\s+)?(?:tasa|tarifa)") for p in c)
    ['de', 'pago', 'tarifa', 'tasa']
    """
    parsed = _parse(pattern, flags)
    if parsed is None:
        return ()
    items, constants = parsed
    clauses = {clause for clause in _clauses_of_sequence(items, constants, 0, 0) if _usable(clause)}
    return tuple(sorted(clauses, key=sorted))


def _parse(pattern: str, flags: int) -> tuple[list[Any], Any] | None:
    if flags & re.IGNORECASE:
        return None
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_parse  # type: ignore[no-redef]
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:  # an inline (?i)
        return None
    constants = sre_parse._constants if hasattr(sre_parse, "_constants") else sre_parse
    return list(parsed), constants


def _case_insensitive_group(value: Any) -> bool:
    """A ``(?i:...)`` group: its literals match other cases, so nothing is derived from it."""
    return bool(len(value) == 4 and value[1] & re.IGNORECASE)


MAX_ALTERNATIVES = 64


@lru_cache(maxsize=4096)  # rule sets are built more than once per process (validation, configurations): analyse once
def required_alternatives(pattern: str, flags: int = 0) -> tuple[tuple[frozenset[str], ...], ...]:
    """Necessary conditions of ``pattern`` as alternatives of clauses (a disjunction of :func:`required_clauses`).

    Every match of ``pattern`` on lower-cased text satisfies every clause of at least one alternative; the
    alternatives come from expanding ``|`` (up to :data:`MAX_ALTERNATIVES`). Empty when nothing is known, and an
    alternative without clauses makes the whole pattern unknown.

    >>> alternatives = required_alternatives(r"\\bsello\\s+seco|\\bfirma\\s+ante")
    >>> [sorted(_piece_parts(p)[0] for c in alt for p in c) for alt in alternatives]
    [['ante', 'firma'], ['seco', 'sello']]
    """
    parsed = _parse(pattern, flags)
    if parsed is None:
        return ()
    items, constants = parsed
    result = []
    for alternative in _alternatives_of_sequence(items, constants, 0, 0):
        clauses = tuple(sorted({clause for clause in alternative if _usable(clause)}, key=sorted))
        if not clauses:
            return ()
        result.append(clauses)
    return _prune(result)


def _merge(alternatives: list[tuple[frozenset[str], ...]]) -> list[tuple[frozenset[str], ...]]:
    """Join alternatives that differ in one clause: (A and B) or (A and C) is A and (B or C)."""
    current = {frozenset(alternative) for alternative in alternatives}
    changed = True
    while changed:
        changed = False
        groups: dict[frozenset[frozenset[str]], list[frozenset[frozenset[str]]]] = {}
        for alternative in sorted(current, key=lambda alt: sorted(map(sorted, alt))):
            for clause in alternative:
                groups.setdefault(alternative - {clause}, []).append(alternative)
        for rest, members in sorted(groups.items(), key=lambda item: -len(item[1])):
            if len(members) < 2 or not all(member in current for member in members):
                continue
            union = frozenset().union(*(member - rest for member in members))
            for member in members:
                current.discard(member)
            current.add(rest | {frozenset().union(*union)})
            changed = True
            break
    return [tuple(sorted(alternative, key=sorted)) for alternative in current]


def _prune(alternatives: list[tuple[frozenset[str], ...]]) -> tuple[tuple[frozenset[str], ...], ...]:
    """Drop alternatives that demand everything another one demands and more (they add nothing to an "or"), and
    join the ones that differ in a single clause."""
    unique = sorted(set(_merge(alternatives)), key=lambda alt: (len(alt), sorted(map(sorted, alt))))
    kept: list[tuple[frozenset[str], ...]] = []
    for alternative in unique:
        if not any(set(other) <= set(alternative) for other in kept):
            kept.append(alternative)
    return tuple(kept)


def _is_space_class(item: Any, constants: Any) -> bool:
    r"""``\s`` (or a one-character class of whitespace): every character it matches is whitespace."""
    op, value = item
    if op == constants.IN:
        return all(
            (kind == constants.CATEGORY and arg in (constants.CATEGORY_SPACE, constants.CATEGORY_UNI_SPACE))
            or (kind == constants.LITERAL and chr(arg).isspace())
            for kind, arg in value
        )
    return op == constants.LITERAL and chr(value).isspace()


def _edge_after(item: Any, constants: Any) -> int:
    """Anchor level that ``item`` gives to the position right after it."""
    op, value = item
    if op == constants.AT:
        if value in (constants.AT_BOUNDARY,):
            return 1
        if value in (constants.AT_BEGINNING, constants.AT_BEGINNING_STRING, constants.AT_BEGINNING_LINE):
            return 2
        return 0
    if _is_space_class(item, constants):
        return 2
    if op in _repeats(constants) and value[0] >= 1 and value[2]:
        return _edge_after(list(value[2])[-1], constants)
    return 0


def _edge_before(item: Any, constants: Any) -> int:
    """Anchor level that ``item`` gives to the position right before it."""
    op, value = item
    if op == constants.AT:
        if value in (constants.AT_BOUNDARY,):
            return 1
        if value in (constants.AT_END, constants.AT_END_STRING, constants.AT_END_LINE):
            return 2
        return 0
    if _is_space_class(item, constants):
        return 2
    if op in _repeats(constants) and value[0] >= 1 and value[2]:
        return _edge_before(list(value[2])[0], constants)
    return 0


def _repeats(constants: Any) -> tuple[Any, ...]:
    return tuple(
        op
        for op in (constants.MAX_REPEAT, constants.MIN_REPEAT, getattr(constants, "POSSESSIVE_REPEAT", None))
        if op is not None
    )


def _edges(items: list[Any], index: int, start: int, end: int, constants: Any) -> tuple[int, int]:
    """Anchor levels right before and right after ``items[index]`` (``start``/``end`` at the sequence's edges).

    An optional repeat next to it (``\\s+(?:\\w+\\s+){0,3}``) gives the weaker of its own edge and what lies
    beyond it, since it may match nothing."""
    return _level_before(items, index, start, constants), _level_after(items, index, end, constants)


def _level_before(items: list[Any], index: int, start: int, constants: Any) -> int:
    if index == 0:
        return start
    previous = items[index - 1]
    if not _optional(previous, constants):
        return _edge_after(previous, constants)
    body = list(previous[1][2])
    own = _edge_after(body[-1], constants) if body else 0
    return min(own, _level_before(items, index - 1, start, constants)) if own else 0


def _level_after(items: list[Any], index: int, end: int, constants: Any) -> int:
    if index == len(items) - 1:
        return end
    following = items[index + 1]
    if not _optional(following, constants):
        return _edge_before(following, constants)
    body = list(following[1][2])
    own = _edge_before(body[0], constants) if body else 0
    return min(own, _level_after(items, index + 1, end, constants)) if own else 0


def _optional(item: Any, constants: Any) -> bool:
    return item[0] in _repeats(constants) and item[1][0] == 0


def _alternatives_of_sequence(items: list[Any], constants: Any, start: int, end: int) -> list[list[frozenset[str]]]:
    """Expand ``|`` of this sequence (and of groups in it, one level) into alternatives, each a list of clauses."""
    items = _unfactor(items, constants)
    alternatives: list[list[frozenset[str]]] = [[]]
    pending: list[int] = []  # indexes of items analysed as a plain sequence (no expansion)

    def flush() -> None:
        if pending:
            first, last = pending[0], pending[-1]
            left = _level_before(items, first, start, constants)
            right = _level_after(items, last, end, constants)
            clauses = _clauses_of_sequence([items[i] for i in pending], constants, left, right)
            for alternative in alternatives:
                alternative.extend(clauses)
            pending.clear()

    for index, (op, value) in enumerate(items):
        before, after = _edges(items, index, start, end, constants)
        inner: list[list[frozenset[str]]] | None = None
        if op == constants.BRANCH:
            # one alternative per branch (no deeper expansion); branches of one clause each are as good as their union
            plain = [_clauses_of_sequence(list(branch), constants, before, after) for branch in value[1]]
            if all(sum(1 for clause in branch if _usable(clause)) <= 1 for branch in plain):
                inner = None
            else:
                inner = [
                    alternative
                    for branch in value[1]
                    for alternative in _alternatives_of_sequence(list(branch), constants, before, after)
                ]
                if len(inner) > MAX_ALTERNATIVES:
                    inner = plain
        elif op == constants.SUBPATTERN and not _case_insensitive_group(value):
            inner = _alternatives_of_sequence(list(value[-1]), constants, before, after)
            if len(inner) == 1:
                inner = None
        if inner is None or len(alternatives) * len(inner) > MAX_ALTERNATIVES:
            pending.append(index)
            continue
        flush()
        alternatives = [current + extra for current in alternatives for extra in inner]
    flush()
    return alternatives


def _unfactor(items: list[Any], constants: Any) -> list[Any]:
    """Undo the parser's factoring of a common literal prefix out of ``|`` (``ta(?:sa|rifa)`` → ``tasa|tarifa``)."""
    result: list[Any] = []
    for op, value in items:
        if op == constants.BRANCH and result and result[-1][0] == constants.LITERAL:
            prefix: list[Any] = []
            while result and result[-1][0] == constants.LITERAL:
                prefix.insert(0, result.pop())
            value = (value[0], [[*prefix, *branch] for branch in value[1]])
        result.append((op, value))
    return result


def _usable(clause: frozenset[str]) -> bool:
    return bool(clause) and all(len(_piece_parts(item)[0]) >= 2 for item in clause)


def _piece_rank(piece: str) -> tuple[int, int]:
    text, start, end = _piece_parts(piece)
    return len(text), start + end


def _clause_rank(clause: frozenset[str]) -> tuple[tuple[int, int], int]:
    """Which clause of a rule is the most selective trigger: long pieces, then anchored ones, then few of them."""
    return (min(_piece_rank(item) for item in clause), -len(clause))


def _clauses_of_sequence(items: list[Any], constants: Any, start: int, end: int) -> list[frozenset[str]]:
    """Clauses every match of the sequence satisfies; ``start``/``end``: anchor levels at its edges."""
    items = _unfactor(items, constants)
    clauses: list[frozenset[str]] = []
    run: list[str] = []
    run_start = 0

    def flush(after: int) -> None:
        text = "".join(run)
        run.clear()
        pieces = text.split()
        for i, piece in enumerate(pieces):
            if "\x02" in piece or "\x03" in piece:
                continue
            left = 2 if i > 0 or text[:1].isspace() else run_start
            right = 2 if i < len(pieces) - 1 or text[-1:].isspace() else after
            clauses.append(frozenset([_piece(piece, left, right)]))

    for index, (op, value) in enumerate(items):
        before, after = _edges(items, index, start, end, constants)
        if op == constants.LITERAL:
            char = chr(value)
            if len(char.lower()) == 1:
                if not run:
                    run_start = before
                run.append(char.lower())
                if index == len(items) - 1 or items[index + 1][0] != constants.LITERAL:
                    flush(after)
                continue
        if run:
            flush(0)
        if op == constants.SUBPATTERN:
            if not _case_insensitive_group(value):
                clauses += _clauses_of_sequence(list(value[-1]), constants, before, after)
        elif op == getattr(constants, "ATOMIC_GROUP", None):
            clauses += _clauses_of_sequence(list(value), constants, before, after)
        elif op == constants.BRANCH:
            branches = [
                [clause for clause in _clauses_of_sequence(list(branch), constants, before, after) if _usable(clause)]
                for branch in value[1]
            ]
            if all(branches):
                clauses.append(frozenset().union(*(max(branch, key=_clause_rank) for branch in branches)))
        elif op in _repeats(constants) and value[0] >= 1:
            clauses += _clauses_of_sequence(list(value[2]), constants, 0, 0)
    if run:
        flush(end)
    return clauses


def _words_of(value: str) -> list[str]:
    return lower_keeping_length(fold_accents(value)).split()


def _phrase_alternatives(phrases: Iterable[Any], tokenizer: Any) -> tuple[tuple[frozenset[str], ...], ...]:
    """One alternative per phrase: each of its tokens (lower case, accent-folded) must occur inside a word."""
    result = []
    for phrase in phrases:
        tokens = [token.text for token in tokenizer(fold_accents(str(phrase)))]
        words = [word for token in tokens for word in _words_of(token)]
        clauses = tuple(sorted({frozenset([word]) for word in words if len(word) >= 2}, key=sorted))
        if len(words) != len(tokens) or not clauses:
            return ()
        result.append(clauses)
    return _prune(result)


def _pattern_alternatives(
    patterns: Iterable[Sequence[Mapping[str, Any]]],
) -> tuple[tuple[frozenset[str], ...], ...]:
    """One alternative per token pattern: each required token with literal LOWER values gives a clause."""
    result = []
    for pattern in patterns:
        clauses: set[frozenset[str]] = set()
        for token in pattern:
            if token.get("OP", "1") not in ("1", "+") or "LOWER" not in token:
                continue
            value = token.get("LOWER")
            if isinstance(value, Mapping) and set(value) == {"IN"} and isinstance(value["IN"], list):
                values = value["IN"]
            elif isinstance(value, Mapping) and set(value) == {"=="}:
                values = [value["=="]]
            elif isinstance(value, str):
                values = [value]
            else:
                continue
            if not all(isinstance(item, str) and len(_words_of(item)) == 1 for item in values):
                continue
            clause = frozenset(_words_of(item)[0] for item in values)
            if _usable(clause):
                clauses.add(clause)
        if not clauses:
            return ()
        result.append(tuple(sorted(clauses, key=sorted)))
    return _prune(result)


def _requires_clause(words: Iterable[str]) -> frozenset[str] | None:
    """``requires_any`` as a clause: the longest whitespace-free part of each word."""
    chosen: set[str] = set()
    for word in words:
        parts = lower_keeping_length(word).split()
        if not parts:
            return None
        chosen.add(max(parts, key=len))
    clause = frozenset(chosen)
    return clause if _usable(clause) else None


class WordStarts:
    """Whether one of ``words`` occurs in a text where it starts a word (a word may end inside a longer one: "no
    exclusiv" finds "no exclusiva"; it never starts inside one: "mas de" is not found in "plataformas de"). A word
    that starts with punctuation may start anywhere; an empty word is found in every text.

    The test is ``str.find`` per word plus a look at the character before each occurrence: for the short sentences
    of context checks this is several times faster than one alternation with a ``(?<!\\w)`` lookbehind per branch,
    which the regex engine must try at every position. Exactly the same answer (``tests/test_barrier_prefilter.py``).
    """

    __slots__ = ("words", "_always", "_needles")

    def __init__(self, words: Iterable[str]) -> None:
        # longer words first, as in the alternation this replaces (the answer does not depend on the order)
        self.words = tuple(sorted(set(words), key=lambda word: (-len(word), word)))
        self._always = "" in self.words
        # (word, whether it starts with a word character: then an occurrence must not follow one)
        self._needles = tuple((word, _is_word_char(word[0])) for word in self.words if word)

    def search(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """True when a word occurs inside ``text[start:end]`` where it starts a word of that slice (an occurrence at
        ``start`` starts a word whatever lies before it, as in the slice)."""
        if self._always:
            return True
        if end is None:
            end = len(text)
        find = text.find
        for word, leads in self._needles:
            at = find(word, start, end)
            while at != -1:
                if not leads or at == start:
                    return True
                before = text[at - 1]
                if not (before.isalnum() or before == "_"):
                    return True
                at = find(word, at + 1, end)
        return False


def _compile_regex(spec: Mapping[str, Any]) -> re.Pattern[str]:
    # Patterns run on lower-cased, accent-folded text: no IGNORECASE needed (it makes Python's re several times slower).
    flags = 0
    for name in spec.get("flags") or ():
        flags |= _REGEX_FLAGS[name]
    return _compiled(fold_accents(spec["regex"]), flags)


@lru_cache(maxsize=4096)
def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile``, kept for the process (``re``'s own cache of 512 patterns is smaller than a rule set, so a
    second matcher compiled every pattern again) and between processes (:mod:`regdesign.nlp.patterncache`)."""
    return patterncache.store().compile(pattern, flags)


def _stored_alternatives(pattern: str, flags: int) -> tuple[tuple[frozenset[str], ...], ...]:
    """:func:`required_alternatives`, kept between processes."""
    stored = patterncache.store().analysis("alternatives", pattern, flags, _alternatives_as_json)
    return tuple(tuple(frozenset(clause) for clause in alternative) for alternative in stored)


def _alternatives_as_json(pattern: str, flags: int) -> list[list[list[str]]]:
    return [[sorted(clause) for clause in alternative] for alternative in required_alternatives(pattern, flags)]


def _stored_prefixes(pattern: str, flags: int) -> tuple[str, ...] | None:
    """:func:`match_prefixes`, kept between processes."""
    stored = patterncache.store().analysis("prefixes", pattern, flags, _prefixes_as_json)
    return None if stored is None else tuple(stored)


def _prefixes_as_json(pattern: str, flags: int) -> list[str] | None:
    prefixes = match_prefixes(pattern, flags)
    return None if prefixes is None else list(prefixes)


@lru_cache(maxsize=4096)
def match_prefixes(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` (on lower-cased text) starts with, or None if unknown.

    >>> match_prefixes(r"\\b(?:sello|firma)s?\\s+seco")
    ('firma', 'sello')
    """
    parsed = _parse(pattern, flags)
    if parsed is None:
        return None
    items, constants = parsed
    prefixes = _prefixes_of_sequence(items, constants)
    if not prefixes or any(len(prefix) < 2 for prefix in prefixes):
        return None
    return tuple(sorted(prefixes))


def _prefixes_of_sequence(items: list[Any], constants: Any) -> set[str] | None:
    items = _unfactor(items, constants)
    zero_width = (constants.AT, constants.ASSERT, constants.ASSERT_NOT)
    index = 0
    while index < len(items) and items[index][0] in zero_width:
        index += 1
    if index == len(items):
        return None
    op, value = items[index]
    if op == constants.LITERAL:
        run = []
        while index < len(items) and items[index][0] == constants.LITERAL:
            char = chr(items[index][1])
            if len(char.lower()) != 1:
                break
            run.append(char.lower())
            index += 1
        return {"".join(run)} if run else None
    if op == constants.BRANCH:
        found: set[str] = set()
        for branch in value[1]:
            prefixes = _prefixes_of_sequence(list(branch), constants)
            if not prefixes:
                return None
            found |= prefixes
        return found
    if op == constants.SUBPATTERN:
        return None if _case_insensitive_group(value) else _prefixes_of_sequence(list(value[-1]), constants)
    if op in _repeats(constants):
        body = _prefixes_of_sequence(list(value[2]), constants)
        if body is None or value[0] >= 1:
            return body
        rest = _prefixes_of_sequence(items[index + 1 :], constants)  # the group may be skipped
        return body | rest if rest is not None else None
    return None


class _CompiledRule:
    """One text rule ready to match: its spec as data plus compiled context words."""

    __slots__ = (
        "id",
        "kind",
        "spec",
        "regex",
        "requires",
        "excludes",
        "negation",
        "neighbours",
        "threshold",
        "options",
        "alternatives",
        "prefixes",
        "requires_any",
        "excludes_any",
    )

    def __init__(self, spec: Mapping[str, Any], tokenizer: Any) -> None:
        self.id: str = spec["id"]
        self.spec = dict(spec)
        self.kind = next(kind for kind in ("phrases", "patterns", "regex") if kind in spec)
        context = spec.get("context") or {}
        self.requires = tuple(fold_accents(word).lower() for word in context.get("requires_any") or ())
        self.excludes = tuple(fold_accents(word).lower() for word in context.get("excludes_any") or ())
        self.requires_any = WordStarts(self.requires) if self.requires else None
        self.excludes_any = WordStarts(self.excludes) if self.excludes else None
        self.negation = bool(context.get("negation", True))
        self.neighbours = bool(context.get("neighbours", False))
        self.threshold = context.get("threshold")
        self.options = dict(spec.get("options") or {})
        self.regex = _compile_regex(spec) if self.kind == "regex" else None
        self.alternatives = self._alternatives(tokenizer)
        self.prefixes: tuple[str, ...] | None = None
        if self.regex is not None:
            try:
                self.prefixes = _stored_prefixes(self.regex.pattern, self.regex.flags)
            except Exception:  # noqa: BLE001 - unknown prefixes: scan every position
                self.prefixes = None

    def finditer(
        self,
        lowered: str,
        found: dict[str, list[int]] | None = None,
        groups: Sequence[tuple[int, Sequence[str]]] | None = None,
        present: int = -1,
    ) -> Iterator[re.Match[str]]:
        """``self.regex.finditer(lowered)``, trying only where one of the match prefixes occurs when they are known.

        Every match starts with a prefix, so trying those positions in order (skipping the ones inside the previous
        match) finds the same matches as scanning every position. ``found`` caches the positions of each prefix in
        ``lowered`` across the rules matched on the same text (many rules share prefixes such as "deberan").
        ``groups`` are the rule's prefixes by chunk bit (:attr:`_Prefilter.prefix_groups`) and ``present`` the chunk
        bits of the text's words (:meth:`_Prefilter.chunks_present`): a group whose chunk is absent from every word
        cannot occur in ``lowered``, so it is not searched.
        """
        assert self.regex is not None
        if self.prefixes is None:
            yield from self.regex.finditer(lowered)
            return
        if found is None:
            found = {}
        positions: set[int] = set()
        for bit, prefixes in groups if groups is not None else ((0, self.prefixes),):
            if bit and not present & bit:
                continue
            for prefix in prefixes:
                cached = found.get(prefix)
                if cached is None:
                    cached = []
                    position = lowered.find(prefix)
                    while position != -1:
                        cached.append(position)
                        position = lowered.find(prefix, position + 1)
                    found[prefix] = cached
                positions.update(cached)
        if not positions:
            return
        match_at = self.regex.match
        cursor = 0
        for position in sorted(positions):
            if position < cursor:
                continue
            match = match_at(lowered, position)
            if match is not None:
                yield match
                cursor = match.end() if match.end() > position else position + 1

    def _alternatives(self, tokenizer: Any) -> tuple[tuple[frozenset[str], ...], ...]:
        """Word-level necessary conditions of a match (see :func:`required_alternatives`); empty when unknown."""
        try:
            return self._derive_alternatives(tokenizer)
        except Exception:  # noqa: BLE001 - an unanalysable rule simply runs on every paragraph
            return ()

    def _derive_alternatives(self, tokenizer: Any) -> tuple[tuple[frozenset[str], ...], ...]:
        if self.regex is not None:
            alternatives = _stored_alternatives(self.regex.pattern, self.regex.flags)
        elif self.kind == "phrases":
            alternatives = _phrase_alternatives(self.spec["phrases"], tokenizer)
        else:
            alternatives = _pattern_alternatives([_fold_pattern(pattern) for pattern in self.spec["patterns"]])
        requires = _requires_clause(self.requires) if self.requires else None
        if requires:
            alternatives = tuple((*alternative, requires) for alternative in alternatives)
        return alternatives


def _leading_chunk(prefix: str) -> str:
    """``prefix`` up to its first whitespace character (what must lie inside one whitespace-delimited word)."""
    for index, char in enumerate(prefix):
        if char.isspace():
            return prefix[:index]
    return prefix


def _negated(rank: tuple[tuple[int, int], int]) -> tuple[int, int, int]:
    (length, anchors), count = rank
    return -length, -anchors, -count


# Shorter chunks ("de", "no", "que") lie inside nearly every text: testing them costs more than it saves.
MIN_CHUNK = 4


class _Prefilter:
    """Which rules can match a text, from the words it contains: the cheap first pass of matching.

    Each rule has alternatives of clauses of pieces (:func:`required_alternatives`, phrase and token literals,
    ``requires_any``); a rule is a candidate for a text only when every clause of one of its alternatives has a
    piece inside one of the text's whitespace-delimited words (accent-folded, lower case, anchored as the piece
    says). The test is necessary, never sufficient, so skipping non-candidates never changes what matches.

    Words are looked up once per word form (cached across calls) into a mask with one bit per clause. Each
    alternative has a *trigger*, its rarest clause (re-estimated from the words seen in the first texts); a text none
    of whose words holds a trigger is rejected by one set operation, without looking at its words one by one. Each
    word holding a trigger keeps the list of alternatives it triggers with the bits of their other rare clauses, so a
    text's candidates are found from its few triggering words; one OR of the words' masks (only when an alternative
    needs more than its trigger) tests the rest. The same per-word cache records which leading chunks of regex match
    prefixes (:attr:`prefix_groups`) a word holds, so prefix search skips prefixes absent from a text.
    """

    MAX_CACHED_WORDS = 500_000
    RESELECT_AT = (20_000, 200_000)  # words seen when triggers are re-chosen from observed frequencies

    def __init__(self, rules: Iterable[_CompiledRule]) -> None:
        rules = list(rules)
        self._rules_with_prefixes = [rule for rule in rules if rule.prefixes]
        # One bit per distinct clause (a set of pieces): a word's mask holds the bits of the clauses it satisfies, so
        # an alternative holds in a text exactly when ``mask & need == need`` for the OR ``mask`` of its words.
        clause_bits: dict[frozenset[str], int] = {}
        piece_masks: dict[str, int] = {}  # piece → bits of the clauses it belongs to
        self.always: list[str] = []
        # (rule id, clause bits, clause ranks) per alternative
        self._alternatives: list[tuple[str, tuple[int, ...], tuple[tuple[tuple[int, int], int], ...]]] = []
        for rule in rules:
            if not rule.alternatives:
                self.always.append(rule.id)
                continue
            for alternative in rule.alternatives:
                masks = []
                for clause in alternative:
                    bit = clause_bits.setdefault(clause, 1 << len(clause_bits))
                    for piece in clause:
                        piece_masks[piece] = piece_masks.get(piece, 0) | bit
                    masks.append(bit)
                ranks = tuple(_clause_rank(clause) for clause in alternative)
                self._alternatives.append((rule.id, tuple(masks), ranks))
        self._by_bigram: dict[str, list[tuple[str, int, int, int]]] = {}
        for piece, mask in piece_masks.items():
            text, start, end = _piece_parts(piece)
            self._by_bigram.setdefault(text[:2], []).append((text, start, end, mask))
        # Match prefixes of regex rules (see :func:`match_prefixes`), grouped by their first whitespace-free chunk: a
        # prefix can occur in a text only if its chunk occurs inside one of the text's words. ``prefix_groups`` maps a
        # rule id to ``(chunk bit, prefixes)`` pairs, bit 0 for prefixes without a usable chunk (always searched).
        chunk_bits: dict[str, int] = {}
        self.prefix_groups: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {}
        for rule in self._rules_with_prefixes:
            groups: dict[int, list[str]] = {}
            for prefix in rule.prefixes or ():
                chunk = _leading_chunk(prefix)
                bit = chunk_bits.setdefault(chunk, 1 << len(chunk_bits)) if len(chunk) >= MIN_CHUNK else 0
                groups.setdefault(bit, []).append(prefix)
            self.prefix_groups[rule.id] = tuple((bit, tuple(prefixes)) for bit, prefixes in sorted(groups.items()))
        self._chunk_by_bigram: dict[str, list[tuple[str, int, int, int]]] = {}
        for chunk, bit in chunk_bits.items():
            self._chunk_by_bigram.setdefault(chunk[:2], []).append((chunk, 0, 0, bit))
        self._chunk_masks: dict[str, int] = {}  # word → bits of the prefix chunks inside it (non-zero only)
        self._chunked: set[str] = set()
        self._masks: dict[str, int] = {}
        self._known: set[str] = set()
        # (hot words, their entries): the words holding a trigger and, for each, the alternatives it triggers
        self._state: tuple[set[str], dict[str, tuple[tuple[str, int], ...]]] = (set(), {})
        self._masked: set[str] = set()  # words holding a piece of a clause in use
        self._frequency: dict[int, int] = {}  # clause bit → words seen holding it
        self._seen = 0
        self._choose_triggers()

    def _choose_triggers(self) -> None:
        """Pick each alternative's trigger: the clause seen least often so far (longest, anchored pieces first)."""
        frequency = self._frequency
        trigger_mask = 0
        by_trigger: dict[int, list[tuple[str, int]]] = {}  # trigger bit → (rule id, other clause bits to test)
        common = max(self._seen // 100, 1) if self._seen else None  # clauses met in ≥ 1% of words filter little
        used = 0
        for rule_id, masks, ranks in self._alternatives:
            best = min(range(len(masks)), key=lambda i: (frequency.get(masks[i], 0), _negated(ranks[i])))  # noqa: B023
            trigger = masks[best]
            rest = 0  # the other clauses rare enough to be worth testing
            for i, mask in enumerate(masks):
                if i != best and (common is None or frequency.get(mask, 0) < common):
                    rest |= mask
            rest &= ~trigger
            used |= trigger | rest
            trigger_mask |= trigger
            by_trigger.setdefault(trigger, []).append((rule_id, rest))
        # replaced whole, never changed in place: a reader sees one consistent choice
        self._triggers = (trigger_mask, by_trigger)
        self._used = used
        entries = {word: self._entries_of(mask) for word, mask in self._masks.items() if mask & trigger_mask}
        self._state = (set(entries), entries)
        self._masked = {word for word, mask in self._masks.items() if mask & used}

    def _entries_of(self, mask: int) -> tuple[tuple[str, int], ...]:
        """The alternatives a word of clause bits ``mask`` triggers: (rule id, other clause bits to test)."""
        trigger_mask, by_trigger = self._triggers
        hits = mask & trigger_mask
        found: list[tuple[str, int]] = []
        while hits:
            low = hits & -hits
            hits ^= low
            found += by_trigger[low]
        return tuple(found)

    @property
    def trigger_mask(self) -> int:
        return self._triggers[0]

    def _mask(self, word: str, by_bigram: dict[str, list[tuple[str, int, int, int]]] | None = None) -> int:
        """OR of the bits of the pieces of ``by_bigram`` (default: the clause pieces) that ``word`` holds."""
        folded = lower_keeping_length(fold_accents(word))
        mask = 0
        size = len(folded)
        if by_bigram is None:
            by_bigram = self._by_bigram
        for i in range(size - 1):
            for text, start, end, bit in by_bigram.get(folded[i : i + 2], ()):
                if not folded.startswith(text, i):
                    continue
                if start and i and (start == 2 or _is_word_char(folded[i - 1])):
                    continue
                stop = i + len(text)
                if end and stop < size and (end == 2 or _is_word_char(folded[stop])):
                    continue
                mask |= bit
        return mask

    def learn(self, text: str) -> None:
        """Look up every word form of ``text`` once (optional: :meth:`is_cold` learns the words it meets)."""
        self._learn(text.split())

    def _learn(self, words: list[str]) -> None:
        if len(self._known) > self.MAX_CACHED_WORDS:
            self._masks.clear()
            self._known.clear()
            self._state = (set(), {})
            self._masked.clear()
            self._chunk_masks.clear()
            self._chunked.clear()
        new = set(words) - self._known
        if new:
            self._known |= new
            trigger = self.trigger_mask
            hot, entries = self._state
            chunk_by_bigram = self._chunk_by_bigram
            for word in new:
                if chunk_by_bigram:
                    chunks = self._mask(word, chunk_by_bigram)
                    if chunks:
                        self._chunk_masks[word] = chunks
                        self._chunked.add(word)
                mask = self._mask(word)
                if mask:
                    self._masks[word] = mask
                    if mask & self._used:
                        self._masked.add(word)
                    if mask & trigger:
                        entries[word] = self._entries_of(mask)  # before ``hot``: a word in ``hot`` has its entries
                        hot.add(word)
        if self._seen < self.RESELECT_AT[-1]:
            self._observe(words)

    def _observe(self, words: list[str]) -> None:
        before = self._seen
        self._seen += len(words)
        masks = self._masks
        frequency = self._frequency
        for word, count in Counter(words).items():
            mask = masks.get(word)
            while mask:
                low = mask & -mask
                frequency[low] = frequency.get(low, 0) + count
                mask ^= low
        if any(before < limit <= self._seen for limit in self.RESELECT_AT):
            self._choose_triggers()

    def chunks_present(self, words: list[str]) -> int:
        """Bits of the prefix chunks (see ``prefix_groups``) inside ``words``."""
        if not self._known.issuperset(words):
            self._learn(words)
        chunked = self._chunked.intersection(words)
        return reduce(or_, map(self._chunk_masks.__getitem__, chunked)) if chunked else 0

    def is_cold(self, words: list[str]) -> bool:
        """True when no rule can match a text of ``words`` (``text.split()``): none of them holds a trigger."""
        if not self._known.issuperset(words):
            self._learn(words)
        return not self.always and self._state[0].isdisjoint(words)

    def candidates(self, words: list[str], learned: bool = False) -> list[str]:
        """Ids of the rules that may match a text of ``words`` (``text.split()``): every clause of an alternative
        satisfied; plus the rules with no clauses. ``learned``: :meth:`is_cold` has just seen these words."""
        if not learned and not self._known.issuperset(words):
            self._learn(words)
        found = list(self.always)
        hot, entries = self._state
        triggering = hot.intersection(words)
        if not triggering:
            return found
        seen = set(found)
        mask = None  # OR of the clause bits of the words, computed when an entry needs more than its trigger
        for word in triggering:
            for rule_id, rest in entries[word]:
                if rule_id in seen:
                    continue
                if rest:
                    if mask is None:
                        # in C: ``reduce`` over ``map`` instead of a Python loop per word
                        mask = reduce(or_, map(self._masks.__getitem__, self._masked.intersection(words)), 0)
                    if mask & rest != rest:
                        continue
                seen.add(rule_id)
                found.append(rule_id)
        return found


class BarrierMatcher:
    """Matches text rules on a Doc. Used directly by the engine (:meth:`find`) and as the pipeline component."""

    def __init__(self, nlp: Language, name: str = SPANS_KEY, rules: Iterable[Mapping[str, Any]] = ()) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self._prefilter: _Prefilter | None = None
        self._reset()
        self.add_rules(rules)

    # -- building -------------------------------------------------------------------------------------------------
    def add_rules(self, specs: Iterable[Mapping[str, Any]]) -> None:
        """Add rule specs (``id`` + one of ``phrases``/``patterns``/``regex``, optional ``context``, ``flags``).

        Raises:
            ValueError: a spec is malformed (bad regex, bad token pattern, duplicate id).
        """
        for spec in specs:
            rule = _CompiledRule(spec, self.tokenizer)
            if rule.id in self._rules:
                raise ValueError(f"rule {rule.id!r} added twice")
            if rule.kind == "phrases":
                docs = [self.tokenizer(fold_accents(str(phrase))) for phrase in spec["phrases"]]
                self._phrase_matcher.add(rule.id, docs)
            elif rule.kind == "patterns":
                patterns = [_fold_pattern(pattern) for pattern in spec["patterns"]]
                self._matcher.add(rule.id, patterns)
            else:
                self._regex_rules.append(rule)
            self._rules[rule.id] = rule
            self._specs.append(dict(spec))
            self._prefilter = None
        patterncache.store().save()

    @property
    def rule_ids(self) -> list[str]:
        return list(self._rules)

    @property
    def prefilter(self) -> _Prefilter:
        """The word-level first pass (built on first use; rebuilt when rules are added)."""
        if self._prefilter is None:
            self._prefilter = _Prefilter(self._rules.values())
        return self._prefilter

    # -- matching -------------------------------------------------------------------------------------------------
    def find(self, doc: Doc, text: str | None = None) -> list[tuple[str, int, int, dict[str, Any]]]:
        """Matches on ``doc`` whose text is already folded; ``(rule_id, start, end, params)`` in text order.

        ``text`` may pass ``doc.text`` when the caller has it (building it from the tokens costs more than matching).
        """
        text = doc.text if text is None else text
        return self._find(text, doc, self.prefilter.candidates(text.split()))

    def find_text(
        self, text: str, candidates: Sequence[str] | None = None, words: list[str] | None = None
    ) -> list[tuple[str, int, int, dict[str, Any]]]:
        """Like :meth:`find` on already-folded ``text``; tokenizes only when a phrase or token rule may match.

        ``candidates`` are the rule ids of :meth:`_Prefilter.candidates` when the caller already has them;
        ``words`` the whitespace-delimited words of ``text`` (or of the text it was folded from) when it has them.
        """
        if candidates is None:
            words = text.split() if words is None else words
            candidates = self.prefilter.candidates(words)
        return self._find(text, None, candidates, words=words) if candidates else []

    def _find(
        self,
        text: str,
        doc: Doc | None,
        candidates: Sequence[str],
        plain: bool = False,
        words: list[str] | None = None,
    ) -> list[tuple[str, int, int, dict[str, Any]]]:
        """Matches of the ``candidates`` rules; ``plain`` scans every position (the reference for tests).

        ``words``: ``text.split()`` (of ``text`` or of the unfolded text it came from) if the caller has it.
        """
        if not candidates:
            return []
        rules = self._rules
        wanted = set(candidates)
        lowered = lower_keeping_length(text)
        raw: list[tuple[str, int, int, dict[str, Any]]] = []
        token_kinds = [rules[rule_id].kind for rule_id in wanted if rules[rule_id].kind != "regex"]
        if token_kinds:
            if doc is None:
                doc = self.tokenizer(text)
            strings = self.vocab.strings
            matchers: list[Any] = []
            if "phrases" in token_kinds and len(self._phrase_matcher):
                matchers.append(self._phrase_matcher)
            if "patterns" in token_kinds and len(self._matcher):
                matchers.append(self._matcher)
            for matcher in matchers:
                for match_id, start, end in matcher(doc):
                    rule_id = strings[match_id]
                    if rule_id in wanted:
                        span = doc[start:end]
                        raw.append((rule_id, span.start_char, span.end_char, {}))
        found: dict[str, list[int]] = {}  # prefix → positions in ``lowered``, shared by the rules below
        present: int | None = None  # prefix chunks inside the words of ``text`` (computed on first need)
        prefilter = self.prefilter
        groups_of = prefilter.prefix_groups
        # candidates in any order: the matches are sorted below by position, length and rule id
        for rule_id in wanted:
            rule = rules[rule_id]
            if rule.regex is None:
                continue
            groups = groups_of.get(rule_id)
            if plain:
                matches: Iterator[re.Match[str]] = rule.regex.finditer(lowered)
            elif groups is None:
                matches = rule.finditer(lowered, found)
            else:
                if present is None:
                    present = prefilter.chunks_present(text.split() if words is None else words)
                matches = rule.finditer(lowered, found, groups, present)
            for match in matches:
                params = {key: value for key, value in match.groupdict().items() if value is not None}
                start, end = match.span("hit") if "hit" in rule.regex.groupindex else match.span()
                if start < end:
                    raw.append((rule.id, start, end, params))
        if not raw:
            return []
        kept: list[tuple[str, int, int, dict[str, Any]]] = []
        seen: set[tuple[str, int, int]] = set()
        limited: dict[tuple[int, int], bool] = {}  # sentence → limitation cue in it (shared by the rules)
        for rule_id, start, end, params in sorted(raw, key=lambda item: (item[1], -item[2], item[0])):
            rule = rules[rule_id]
            if not self._context_ok(rule, lowered, start, end, params, limited):
                continue
            # one finding per rule per sentence region: drop matches nested in an earlier match of the same rule
            key = (rule_id, start, end)
            if key in seen or any(r == rule_id and s <= start and end <= e for r, s, e, _ in kept):
                continue
            seen.add(key)
            params.setdefault("match", text[start:end])
            kept.append((rule_id, start, end, params))
        return kept

    def _context_ok(
        self,
        rule: _CompiledRule,
        lowered: str,
        start: int,
        end: int,
        params: dict[str, Any],
        limited: dict[tuple[int, int], bool] | None = None,
    ) -> bool:
        """Whether a match of ``rule`` at ``[start, end)`` of ``lowered`` passes its context constraints.

        ``limited`` caches, per sentence ``(left, right)`` of ``lowered``, whether :data:`LIMITATION_RE` occurs in it:
        every rule matched in the same sentence asks the same question. Pure checks first, the threshold (which
        writes ``params``) last, as before.
        """
        left, right = sentence_bounds(lowered, start, end)
        if rule.requires_any is not None:
            # ``neighbours: true``: the requirement may be stated in the sentence before or after the match, inside the
            # same paragraph ("Se exigirá la certificación de funcionamiento. Será condición para la apertura.").
            low, high = paragraph_window_bounds(lowered, left, right) if rule.neighbours else (left, right)
            if not rule.requires_any.search(lowered, low, high):
                return False
        if rule.excludes_any is not None and rule.excludes_any.search(lowered, left, right):
            return False
        if rule.negation:
            if NEGATION_RE.search(lowered, left, start):
                return False
            key = (left, right)
            found = limited.get(key) if limited is not None else None
            if found is None:
                found = LIMITATION_RE.search(lowered, left, right) is not None
                if limited is not None:
                    limited[key] = found
            if found:
                return False
        if rule.threshold:
            value = parse_number(str(params.get(rule.threshold["group"], "")))
            limit = rule.options.get(rule.threshold["option"])
            if value is None or limit is None or value <= float(limit):
                return False
            params[rule.threshold["group"]] = value
            params[rule.threshold["option"]] = limit
        return True

    # -- pipeline component ---------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        folded = fold_accents(doc.text)
        target = doc if folded == doc.text else self.tokenizer(folded)
        spans = []
        for rule_id, start, end, _params in self.find(target):
            span = doc.char_span(start, end, label=rule_id, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.name] = spans
        return doc

    def to_bytes(self, *, exclude: Sequence[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"rules": self._specs})

    def from_bytes(self, data: bytes, *, exclude: Sequence[str] = ()) -> BarrierMatcher:
        specs = srsly.msgpack_loads(data)["rules"]
        self._reset()
        self.add_rules(specs)
        return self

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "rules.json", self._specs)

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> BarrierMatcher:
        specs = srsly.read_json(Path(path) / "rules.json")
        self._reset()
        self.add_rules(specs)
        return self

    def _reset(self) -> None:
        self._specs: list[dict[str, Any]] = []
        self._rules: dict[str, _CompiledRule] = {}
        self._phrase_matcher = PhraseMatcher(self.vocab, attr="LOWER")
        self._matcher = Matcher(self.vocab)
        self._regex_rules: list[_CompiledRule] = []
        self._prefilter = None


def _fold_pattern(pattern: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Fold accents in the string values of a token pattern, so patterns match folded text."""

    def fold_value(value: Any) -> Any:
        if isinstance(value, str):
            return fold_accents(value).lower()
        if isinstance(value, list):
            return [fold_value(item) for item in value]
        if isinstance(value, dict):
            return {
                key: fold_value(item) if key in ("IN", "NOT_IN", "==", "!=") else item for key, item in value.items()
            }
        return value

    folded = []
    for token in pattern:
        new_token = {}
        for key, value in token.items():
            if key in ("LOWER", "NORM", "ORTH", "TEXT"):
                new_token["LOWER"] = fold_value(value)
            else:
                new_token[key] = value
        folded.append(new_token)
    return folded


@Language.factory(
    "regdesign_barriers",
    default_config={"load_packs": True},
)
def make_barriers_component(nlp: Language, name: str, load_packs: bool) -> BarrierMatcher:
    """Factory of ``regdesign_barriers``. With ``load_packs`` it loads the text rules of every rule pack."""
    specs: list[dict[str, Any]] = []
    if load_packs:
        from regdesign.rules.engine import load_rules  # the engine imports this module: import late

        specs = load_rules().text_rule_specs()
    return BarrierMatcher(nlp, name, specs)
