"""Restriction counts: the Spanish counterpart of RegData's count of binding words.

RegData (Mercatus Center) measures how much a rule restricts by counting the words and phrases that create
obligations or prohibitions ("shall", "must", "may not", "required", "prohibited"). This module counts their
usual Colombian legal-Spanish equivalents, so that bills, versions of a bill and provisions can be compared.

Counted expressions (case- and accent-insensitive, whole words; each occurrence counts once, the longest
expression wins where two overlap, e.g. "no podrá" is one restriction and "sólo podrá" another):

* obligation: ``debe``, ``deben``, ``deberá``, ``deberán``, ``tendrá que``, ``tendrán que``, ``tiene que``,
  ``tienen que``, ``es obligación``, ``será obligación``, ``estará obligado/a(s)``, ``estarán obligados/as``,
  ``está(n) obligado/a(s)``, ``obligatorio/a(s)``;
* requirement: ``se requiere(n)``, ``se requerirá(n)``, ``requerirá(n)``, ``será requisito``, ``es requisito``;
* prohibition: ``no podrá(n)``, ``no puede(n)``, ``se prohíbe(n)``, ``prohibido/a(s)``, ``queda(n) prohibido``
  (counted once, as "prohibido"), ``en ningún caso``;
* limitation: ``únicamente``, ``exclusivamente``, ``sólo/solo podrá(n)``, ``solamente podrá(n)``.

Not counted: "podrá" (permission), "deber" as a noun ("el deber de"), "exigir" and its forms (they describe
requirements rather than impose them; the barrier packs look at those).

Counting works on the document's lowercased text (see :func:`regdesign.nlp.sentences.document_lowered`; the
case-insensitive pattern over the text itself when lowercasing would move offsets). Restriction expressions are
rare (about one per 1,200 characters), so the pattern is not run at every position: every expression holds one of
a few literals at a known place (:data:`_LITERALS`), ``str.find`` finds those literals, and the pattern is tried
only where a match holding each one would start. Trying those positions in text order, each from the end of the
previous match, gives exactly ``findall``'s matches (see :func:`_matches`).
"""

from __future__ import annotations

import bisect
import re

from regdesign.model import Document
from regdesign.nlp.sentences import document_lowered

RESTRICTION_EXPRESSIONS: tuple[str, ...] = (
    r"deber[aá]n?",
    r"deben?",
    r"tendr[aá]n?\s+que",
    r"tienen?\s+que",
    r"(?:es|ser[aá])\s+obligaci[oó]n",
    r"est(?:ar[aá]n?|[aá]n?)\s+obligad[oa]s?",
    r"obligatori[oa]s?",
    r"se\s+requier(?:e|en)",
    r"(?:se\s+)?requerir[aá]n?",
    r"(?:es|ser[aá])\s+requisito",
    r"no\s+podr[aá]n?",
    r"no\s+pueden?",
    r"se\s+proh[ií]ben?",
    r"prohibid[oa]s?",
    r"en\s+ning[uú]n\s+caso",
    r"[uú]nicamente",
    r"exclusivamente",
    r"(?:s[oó]lo|solamente)\s+podr[aá]n?",
)

RESTRICTION_RE = re.compile(r"\b(?:" + "|".join(RESTRICTION_EXPRESSIONS) + r")\b", re.IGNORECASE)
"""One alternation of every counted expression, for ``finditer`` over any text."""

_RESTRICTION_LOWER = re.compile(r"\b(?:" + "|".join(RESTRICTION_EXPRESSIONS) + r")\b")
"""The same expressions without ``re.IGNORECASE``, for the lowercased text (about three times faster)."""


def count_restrictions(text: str) -> int:
    """Number of restriction expressions in ``text``.

    >>> count_restrictions("El operador deberá informar. No podrá cobrar. Sólo podrá usar datos abiertos.")
    3
    """
    return len(RESTRICTION_RE.findall(text))


# Where each expression puts a literal that ``str.find`` can look for, lowercased, as (literal, offset, second):
# ``offset`` is the literal's place from the start of a match that opens with it ("deberá", "obligatorio",
# "prohibido", "únicamente" at 1), None if no expression opens with it; ``second`` says whether the literal also
# opens the second word of an expression, after a short first word and whitespace ("no podrá", "se requiere",
# "será obligación", "estarán obligados", "en ningún caso", "solamente podrá"). Every expression is covered; keep
# this in step with RESTRICTION_EXPRESSIONS (tests compare the counts with plain ``findall``).
_LITERALS: tuple[tuple[str, int | None, bool], ...] = (
    ("deb", 0, False),
    ("tendr", 0, False),
    ("tien", 0, False),
    ("oblig", 0, True),
    ("requ", 0, True),
    ("proh", 0, True),
    ("nicamente", 1, False),
    ("exclusivamente", 0, False),
    ("podr", None, True),
    ("pued", None, True),
    ("ning", None, True),
)
_FIRST_WORD_MAX = len("solamente")
"""The longest first word of a two-word expression: a longer word before a second-word literal opens no match."""


def _candidate_starts(lowered: str, start: int) -> list[int]:
    """Sorted positions (at or after ``start``, and a few before it) from which a restriction match can start.

    Every match of the lowercase pattern in ``lowered`` at or after ``start`` starts at one of them: it holds a
    literal of :data:`_LITERALS` at its offset, or as its second word after whitespace and a first word of at
    most :data:`_FIRST_WORD_MAX` word characters. Extra positions are harmless: the pattern decides."""
    found: set[int] = set()
    add = found.add
    find = lowered.find
    for literal, offset, second in _LITERALS:
        position = find(literal, start)
        while position != -1:
            if offset is not None:
                add(position - offset)
            if second:
                gap = position
                while gap > 0 and lowered[gap - 1].isspace():
                    gap -= 1
                if gap < position:
                    word = gap
                    floor = max(gap - _FIRST_WORD_MAX - 1, 0)
                    # ``re``'s \w (what \b looks at) is ``isalnum()`` or "_"
                    while word > floor and (lowered[word - 1].isalnum() or lowered[word - 1] == "_"):
                        word -= 1
                    add(word)
            position = find(literal, position + 1)
    return sorted(found)


def _matches(lowered: str, candidates: list[int], spans: list[tuple[int, int]]) -> list[int]:
    """Number of matches of the lowercase pattern in each span (sorted, non-overlapping), each counted as
    ``_RESTRICTION_LOWER.findall(lowered, start, end)`` counts them.

    ``findall(text, start, end)`` tries ``match(text, i, end)`` at ``i = start, start + 1, …`` and resumes after
    each match; a position where no match can start may be skipped, so trying only the candidates inside the
    span, in order and not before the end of the previous match, gives the same matches."""
    counts = [0] * len(spans)
    if not candidates or not spans:
        return counts
    starts = [start for start, _ in spans]
    match = _RESTRICTION_LOWER.match
    resume = 0
    for candidate in candidates:
        if candidate < resume:
            continue
        index = bisect.bisect_right(starts, candidate) - 1
        if index < 0:
            continue
        end = spans[index][1]
        if candidate >= end:
            continue
        found = match(lowered, candidate, end)
        if found:
            counts[index] += 1
            resume = found.end()
    return counts


def _own_spans(document: Document) -> tuple[list[str], list[int], list[tuple[int, int]]]:
    """Provision ids in text order (:meth:`Document.iter_provisions`), and each provision's own spans (as
    :meth:`Provision.own_spans`, without building SourceSpans) with the index of the provision holding each."""
    ids: list[str] = []
    owners: list[int] = []
    spans: list[tuple[int, int]] = []
    # depth first in text order with an explicit stack (reversed children), as iter_provisions walks them
    stack = list(reversed(document.provisions))
    while stack:
        provision = stack.pop()
        index = len(ids)
        ids.append(provision.id)
        cursor = provision.body.start
        children = provision.children
        for child in children:
            child_start = child.span.start
            if child_start > cursor:
                owners.append(index)
                spans.append((cursor, child_start))
            cursor = max(cursor, child.span.end)
        if provision.body.end > cursor:
            owners.append(index)
            spans.append((cursor, provision.body.end))
        if children:
            stack.extend(reversed(children))
    return ids, owners, spans


def restrictions_by_provision(document: Document) -> dict[str, int]:
    """Restrictions in each provision's own words (its body without its children, label and epigraph), keyed by
    provision id, for every provision in text order. The values add up to the restrictions inside provisions."""
    ids, owners, spans = _own_spans(document)
    counts = dict.fromkeys(ids, 0)
    if not spans:
        return counts
    lowered = document_lowered(document)
    if lowered is None:
        text = document.text
        for owner, (start, end) in zip(owners, spans, strict=True):
            counts[ids[owner]] += len(RESTRICTION_RE.findall(text, start, end))
        return counts
    # Own spans of different provisions do not overlap in a parsed document (a child lies outside its parent's
    # own spans); should a hand-built document break that, count span by span as findall does.
    order = sorted(range(len(spans)), key=spans.__getitem__)
    sorted_spans = [spans[i] for i in order]
    if any(sorted_spans[i][1] > sorted_spans[i + 1][0] for i in range(len(sorted_spans) - 1)):
        for owner, (start, end) in zip(owners, spans, strict=True):
            counts[ids[owner]] += len(_RESTRICTION_LOWER.findall(lowered, start, end))
        return counts
    found = _matches(lowered, _candidate_starts(lowered, sorted_spans[0][0]), sorted_spans)
    for position, number in zip(order, found, strict=True):
        if number:
            counts[ids[owners[position]]] += number
    return counts


def document_restrictions(document: Document) -> int:
    """Restrictions in the whole body of ``document`` (everything after the front matter, headings included, as
    RegData counts whole texts)."""
    lowered = document_lowered(document)
    body = max(document.body_start, 0)
    if lowered is None:
        return len(RESTRICTION_RE.findall(document.text, body))
    return _matches(lowered, _candidate_starts(lowered, body), [(body, len(lowered))])[0]
