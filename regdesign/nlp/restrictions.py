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

Counting is one pass of one compiled regular expression over the document's lowercased text (see
:func:`regdesign.nlp.sentences.document_lowered`; the case-insensitive pattern when lowercasing would move offsets).
"""

from __future__ import annotations

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


def restrictions_by_provision(document: Document) -> dict[str, int]:
    """Restrictions in each provision's own words (its body without its children, label and epigraph), keyed by
    provision id, for every provision in text order. The values add up to the restrictions inside provisions."""
    lowered = document_lowered(document)
    findall = RESTRICTION_RE.findall if lowered is None else _RESTRICTION_LOWER.findall
    text = document.text if lowered is None else lowered
    counts: dict[str, int] = {}
    for provision in document.iter_provisions():
        counts[provision.id] = sum(len(findall(text, part.start, part.end)) for part in provision.own_spans())
    return counts


def document_restrictions(document: Document) -> int:
    """Restrictions in the whole body of ``document`` (everything after the front matter, headings included, as
    RegData counts whole texts)."""
    lowered = document_lowered(document)
    if lowered is None:
        return len(RESTRICTION_RE.findall(document.text, max(document.body_start, 0)))
    return len(_RESTRICTION_LOWER.findall(lowered, max(document.body_start, 0)))
