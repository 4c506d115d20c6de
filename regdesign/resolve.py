"""Resolution of references: what each citation of a document points to, and whether that still stands.

This module owns turning the extractor's :class:`~regdesign.model.Reference` objects into resolved ones:

* ``provision``: the id of the innermost provision of the citing document that contains the reference;
* internal references (``"el artículo anterior"``, ``"el parágrafo 2 del artículo 7"``, ``"del presente artículo"``,
  ``"el numeral 3"``) get ``target`` = the provision id they point to, or ``None`` and an error
  ``REF-INTERNA-ROTA`` when the document has no such provision;
* an internal reference written inside the new text of a norm the document amends ("Modifíquese el artículo 2 de la
  Ley 1150 de 2007, el cual quedará así: «… el numeral 2 del presente artículo …»") speaks of the amended norm, not
  of the document: it gets that norm's target (``ley/1150/2007#art_2``) when the amending citation names it, and
  never a ``REF-INTERNA-ROTA``;
* external references get ``target`` = ``<norm key>#art_<n>`` (``ley/1955/2019#art_147``; the norm key alone when no
  article is named) and ``status`` from the norm index; an article the norm does not have is an error
  ``REF-ARTICULO-INEXISTENTE``; a derogated or unconstitutional article a warning (``REF-NORMA-DEROGADA``,
  ``REF-INEXEQUIBLE``); an amended one an info (``REF-NORMA-MODIFICADA``). Norms not in the index get no status and no
  finding.

Guarantees: resolution is one pass over the references after one pass over the provisions (O(n)); it never raises on
odd references; every finding carries the reference's exact span, line, column and provision.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from regdesign.laws.index import (
    Norm,
    NormIndex,
    fold,
    load_default_index,
    norm_key,
    normalise_article,
    status_rank,
)
from regdesign.model import Document, Finding, LineIndex, Provision, Reference

CATEGORY = "REFERENCIAS"
TECHNIQUE_BASIS = (
    "Directrices de técnica normativa (Decreto 1081 de 2015, anexo 1, modificado por el Decreto 1609 de 2015): "
    "las remisiones deben señalar disposiciones existentes"
)

# Words for units of a provision, folded (lower case, no accents), singular and plural.
_UNIT_WORDS = {
    "articulo": "articulo",
    "articulos": "articulo",
    "paragrafo": "paragrafo",
    "paragrafos": "paragrafo",
    "numeral": "numeral",
    "numerales": "numeral",
    "literal": "literal",
    "literales": "literal",
    "inciso": "inciso",
    "incisos": "inciso",
    "capitulo": "capitulo",
    "capitulos": "capitulo",
    "titulo": "titulo",
    "titulos": "titulo",
    "seccion": "seccion",
    "secciones": "seccion",
    "subnumeral": "numeral",
}
_UNIT_NAMES = {
    "articulo": "artículo",
    "paragrafo": "parágrafo",
    "numeral": "numeral",
    "literal": "literal",
    "inciso": "inciso",
    "capitulo": "capítulo",
    "titulo": "título",
    "seccion": "sección",
}
_ID_PREFIX = {
    "paragrafo": "par",
    "numeral": "num",
    "literal": "lit",
    "inciso": "inc",
    "capitulo": "cap",
    "titulo": "tit",
}
_RELATIVE_WORDS = {
    "anterior": "anterior",
    "anteriores": "anterior",
    "precedente": "anterior",
    "presente": "presente",
    "este": "presente",
    "esta": "presente",
    "mismo": "presente",
    "siguiente": "siguiente",
    "siguientes": "siguiente",
}
_UNIT_RE = re.compile(
    r"\b(?P<unit>" + "|".join(sorted(_UNIT_WORDS, key=len, reverse=True)) + r")\b"
    r"(?:\s+(?P<number>transitorio(?:\s+\d+)?|unico|\d+(?:[.-]\d+)*[a-z]?(?:\s?[o°º])?|[a-z]\)|[a-z]{1,2}|"
    r"primero|segundo|tercero|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|[ivxlc]+)(?!\w))?",
)
_NOT_NUMBERS = frozenset({"de", "del", "y", "o", "a", "la", "el", "al", "en", "se", "lo", "los", "las", "su", "e", "u"})


@dataclass(frozen=True, slots=True)
class _Unit:
    kind: str
    number: str | None
    relative: str | None


def parse_units(text: str) -> list[_Unit]:
    """Units named in an internal reference, smallest first: ``"inciso 2 del literal a) del numeral 2 del presente
    artículo"`` → inciso 2, literal a, numeral 2, artículo (presente)."""
    folded = fold(text)
    units: list[_Unit] = []
    for match in _UNIT_RE.finditer(folded):
        kind = _UNIT_WORDS[match.group("unit")]
        number = match.group("number")
        before = folded[max(0, match.start() - 12) : match.start()].split()
        after = folded[match.end() : match.end() + 14].split()
        relative = None
        if before and before[-1] in _RELATIVE_WORDS:
            relative = _RELATIVE_WORDS[before[-1]]
        elif number is None and after and after[0] in _RELATIVE_WORDS:
            relative = _RELATIVE_WORDS[after[0]]
        if number is not None:
            number = number.strip()
            if kind in ("literal",):
                number = number.rstrip(")")
            letter = kind == "literal" and len(number) == 1
            if number in _RELATIVE_WORDS or (number in _NOT_NUMBERS and not letter):
                if number in _RELATIVE_WORDS and relative is None:
                    relative = _RELATIVE_WORDS[number]
                number = None
        units.append(_Unit(kind, _normalise_number(number) if number else None, relative))
    return units


def _normalise_number(number: str) -> str:
    number = fold(number).strip(" .)")
    if number.startswith("transitorio"):
        rest = number[len("transitorio") :].strip()
        return f"trans_{rest}" if rest else "trans"
    return normalise_article(number).lower()


class _Structure:
    """Parents, kinds and order of a document's provisions, built in one pass."""

    def __init__(self, document: Document) -> None:
        self.parent: dict[str, Provision | None] = {}
        self.by_id: dict[str, Provision] = {}
        self.articles: list[Provision] = []
        self.article_by_number: dict[str, Provision] = {}
        self.tor_sections: dict[str, Provision] = {}
        self.top = document.provisions
        stack: list[tuple[Provision | None, Iterable[Provision]]] = [(None, document.provisions)]
        while stack:
            parent, children = stack.pop()
            for provision in reversed(tuple(children)):
                self.parent[provision.id] = parent
                self.by_id[provision.id] = provision
                stack.append((provision, provision.children))
        for provision in document.iter_provisions():
            if provision.kind == "articulo":
                self.articles.append(provision)
                key = _provision_number(provision)
                self.article_by_number.setdefault(key, provision)
            elif provision.kind == "seccion_tdr" and provision.number:
                self.tor_sections.setdefault(provision.number.strip(" ."), provision)
        self.article_index = {provision.id: index for index, provision in enumerate(self.articles)}

    def ancestors(self, provision: Provision | None) -> Iterable[Provision]:
        while provision is not None:
            yield provision
            provision = self.parent.get(provision.id)

    def enclosing(self, provision: Provision | None, kind: str) -> Provision | None:
        for candidate in self.ancestors(provision):
            if candidate.kind == kind:
                return candidate
        return None

    def sibling(self, provision: Provision, step: int) -> Provision | None:
        if provision.kind == "articulo":
            index = self.article_index[provision.id] + step
            return self.articles[index] if 0 <= index < len(self.articles) else None
        parent = self.parent.get(provision.id)
        siblings = [p for p in (parent.children if parent else self.top) if p.kind == provision.kind]
        index = next(i for i, p in enumerate(siblings) if p.id == provision.id) + step
        return siblings[index] if 0 <= index < len(siblings) else None

    def descendant(self, provision: Provision, kind: str, number: str | None) -> Provision | None:
        candidates = [p for p in provision.iter() if p.kind == kind and p is not provision]
        if number is None:
            return candidates[0] if len(candidates) == 1 else None
        suffix = f"{_ID_PREFIX.get(kind, kind)}_{number}"
        for candidate in candidates:
            if _provision_number(candidate) == number or candidate.id.rsplit("__", 1)[-1].lower() == suffix.lower():
                return candidate
        return None


def _provision_number(provision: Provision) -> str:
    if provision.number is None:
        return ""
    return _normalise_number(provision.number)


@dataclass(frozen=True, slots=True)
class _Outcome:
    target: str | None
    problem: str | None = None  # Spanish description of what is missing
    problem_en: str | None = None


def _resolve_internal(reference: Reference, here: Provision | None, structure: _Structure) -> _Outcome | None:
    """The provision an internal reference points to; ``None`` when it names no provision (``"la presente ley"``)."""
    units: list[_Unit] = []
    for unit in parse_units(reference.text):
        if units and units[-1].kind == unit.kind:
            continue  # a list ("literales c) y e)", "artículos 3 y 4") resolves to its first member
        units.append(unit)
        if unit.kind == "articulo":
            break  # one chain per reference: "parágrafo 2 del artículo 7" (further units belong to a list)
    if reference.article and not any(unit.kind == "articulo" for unit in units):
        units.append(_Unit("articulo", normalise_article(reference.article).lower(), None))
    if not units:
        return None
    outer, inner = units[-1], list(reversed(units[:-1]))
    described = _describe(units)
    english = described.split(" ", 1)[1]
    if outer.relative is not None:
        anchor = structure.enclosing(here, outer.kind)
        if anchor is None:
            return None  # not inside such a unit: nothing the index of this document can say
        if outer.relative in ("anterior", "siguiente"):
            moved = structure.sibling(anchor, -1 if outer.relative == "anterior" else 1)
            if moved is None:
                name = _UNIT_NAMES[outer.kind]
                label = anchor.label.strip(" .*#") or anchor.id
                return _Outcome(
                    None,
                    f"No hay {name} {outer.relative} a «{label}»",
                    f"There is no {outer.relative} {outer.kind} next to {anchor.id}",
                )
            anchor = moved
    elif outer.number is None:
        container = structure.enclosing(here, "articulo")
        if outer.kind == "articulo" or container is None:
            return None
        anchor = structure.descendant(container, outer.kind, None)
        if anchor is None:
            return None  # "el parágrafo" in an article with none or several: ambiguous, not broken
    elif outer.kind == "articulo":
        anchor = structure.article_by_number.get(outer.number)
    else:
        container = structure.enclosing(here, "articulo")
        if container is None and structure.tor_sections:
            anchor = structure.tor_sections.get(outer.number)
        elif container is None:
            return None
        else:
            anchor = structure.descendant(container, outer.kind, outer.number)
            if anchor is None and outer.kind == "inciso" and _paragraphs_of_unit(here):
                return None  # "el inciso primero" inside a numeral or parágrafo: one of its own paragraphs
    if anchor is None:
        return _Outcome(None, f"{described} no existe en este documento", f"{english} does not exist in this document")
    for unit in inner:
        found = structure.descendant(anchor, unit.kind, unit.number)
        if found is None:
            return _Outcome(
                None, f"{described} no existe en este documento", f"{english} does not exist in this document"
            )
        anchor = found
    return _Outcome(anchor.id)


def _paragraphs_of_unit(here: Provision | None) -> bool:
    """Whether ``here`` is a numeral, literal or parágrafo without incisos of its own (its paragraphs are its
    incisos, unlabelled)."""
    return (
        here is not None
        and here.kind in ("numeral", "literal", "paragrafo")
        and not any(child.kind == "inciso" for child in here.children)
    )


def _describe(units: Sequence[_Unit]) -> str:
    """``"El inciso 2 del literal a del numeral 2 del presente artículo"`` (with its article, capitalised)."""
    parts = []
    for unit in units:
        name = _UNIT_NAMES.get(unit.kind, unit.kind)
        if unit.number:
            parts.append(f"{name} {unit.number.replace('trans_', 'transitorio ').replace('trans', 'transitorio')}")
        elif unit.relative == "presente":
            parts.append(f"presente {name}")
        elif unit.relative:
            parts.append(f"{name} {unit.relative}")
        else:
            parts.append(name)
    article = "La" if units and units[0].kind == "seccion" else "El"
    return f"{article} " + " del ".join(parts).replace(" del sección", " de la sección")


def _amended_norms(document: Document, references: Sequence[Reference]) -> dict[int, Reference | None]:
    """For each amended-norm text of the document (by its start), the external citation that announces it: the last
    one written before it in the same provision ("Modifíquese el artículo 2o de la Ley 1150 de 2007, el cual…")."""
    out: dict[int, Reference | None] = {}
    externals = [r for r in references if r.scope == "external" and r.type and not r.note]
    ends = [r.end for r in externals]
    for span in document.amendments:
        owner = document.provision_at(max(document.body_start, span.start - 1))
        floor = owner.span.start if owner is not None else max(0, span.start - 600)
        index = bisect.bisect_right(ends, span.start) - 1
        announced = externals[index] if index >= 0 and externals[index].start >= floor else None
        out[span.start] = announced
    return out


def _amended_target(reference: Reference, amended: Reference | None) -> str | None:
    """The target of an internal reference inside the new text of ``amended`` (see :func:`_amended_norms`): an
    article it names, "el presente artículo" (the amended article), or the norm itself ("la presente ley")."""
    if amended is None:
        return None
    key = norm_key(amended.type, amended.number, amended.year)
    if key is None:
        return None
    units = parse_units(reference.text)
    article = next((unit for unit in units if unit.kind == "articulo"), None)
    if article is not None and article.number:
        return f"{key}#art_{article.number}"
    if article is not None and article.relative != "presente":
        return None  # "el artículo anterior" of a text quoted alone: nothing to point to
    if (article is not None or units) and amended.article:
        return f"{key}#art_{normalise_article(amended.article).lower()}"
    return key


def _articles_of(reference: Reference) -> list[str]:
    numbers = [normalise_article(a) for a in reference.articles if a]
    if reference.article and normalise_article(reference.article) not in numbers:
        numbers.insert(0, normalise_article(reference.article))
    return numbers


def _external_target(reference: Reference, norm: Norm | None) -> str | None:
    key = norm.key if norm is not None else norm_key(reference.type, reference.number, reference.year)
    if key is None:
        return None
    article = normalise_article(reference.article) if reference.article else ""
    return f"{key}#art_{article}" if article else key


def _external_status(norm: Norm, articles: Sequence[str]) -> str | None:
    if norm.status in ("derogado", "inexequible"):
        return norm.status
    if not articles:
        return norm.status
    statuses = [info.status for number in articles if (info := norm.article(number)) is not None]
    known = [status for status in statuses if status]
    if not known:
        return None
    return min(known, key=status_rank)


_REPLACED_BY = re.compile(
    r"(?P<what>art[ií]culo\s+\d+\w*(?:\s+del?\s+|\s+de\s+la\s+)(?:Ley|Decreto(?:[- ]Ley| Legislativo)?|Acto Legislativo)"
    r"\s+\d+\s+de\s+\d{4})",
    re.IGNORECASE,
)


def _status_findings(reference: Reference, norm: Norm, articles: Sequence[str], make: _FindingMaker) -> list[Finding]:
    findings: list[Finding] = []
    checked = articles or [""]
    for number in checked:
        info = norm.article(number) if number else None
        status = (
            norm.status if norm.status in ("derogado", "inexequible") or not number else (info.status if info else None)
        )
        note = (
            norm.status_note
            if not number or norm.status in ("derogado", "inexequible")
            else info.status_note
            if info
            else None
        )
        if status in (None, "vigente"):
            continue
        what = f"El artículo {number} {norm.of_label}" if number else norm.definite[:1].upper() + norm.definite[1:]
        what_en = f"Article {number} of {norm.label}" if number else norm.label
        basis = note or f"{norm.label}: {status}"
        replaced = _REPLACED_BY.search(note or "")
        check_text = f"Consulte el {replaced.group('what')}" if replaced else "Consulte la norma que lo reemplazó"
        if status == "derogado":
            findings.append(
                make(
                    reference,
                    "REF-NORMA-DEROGADA",
                    "warning",
                    f"{what} está derogado: {note or 'sin detalle'}.",
                    f"{what_en} has been repealed.",
                    basis,
                    f"{check_text} y cite la disposición vigente que regula la materia.",
                )
            )
        elif status == "inexequible":
            findings.append(
                make(
                    reference,
                    "REF-INEXEQUIBLE",
                    "warning",
                    f"{what} fue declarado INEXEQUIBLE por la Corte Constitucional: {note or 'sin detalle'}.",
                    f"{what_en} was struck down by the Constitutional Court.",
                    basis,
                    "No se apoye en esa disposición; revise la sentencia y la norma que regula hoy la materia.",
                )
            )
        elif status == "suspendido":
            findings.append(
                make(
                    reference,
                    "REF-NORMA-DEROGADA",
                    "warning",
                    f"{what} tiene sus efectos suspendidos: {note or 'sin detalle'}.",
                    f"{what_en} is suspended.",
                    basis,
                    "Verifique el estado del proceso antes de apoyarse en esa disposición.",
                )
            )
        elif status == "condicionalmente exequible":
            findings.append(
                make(
                    reference,
                    "REF-EXEQUIBILIDAD-CONDICIONADA",
                    "info",
                    f"{what} fue declarado condicionalmente exequible: {note or 'sin detalle'}.",
                    f"{what_en} was upheld only under a conditional reading.",
                    basis,
                    "Lea la sentencia: la disposición sólo vale en el sentido que fijó la Corte.",
                )
            )
        else:  # modificado, parcialmente derogado, parcialmente inexequible
            findings.append(
                make(
                    reference,
                    "REF-NORMA-MODIFICADA",
                    "info",
                    f"{what} ha sido modificado ({status}): {note or 'sin detalle'}.",
                    f"{what_en} has been amended ({status}).",
                    basis,
                    f'{check_text} y cite el texto vigente ("modificado por …") si es lo que quiere decir.',
                )
            )
    return findings


_POSSESSIVE = re.compile(r"\b(?:su|sus)\s+$", re.IGNORECASE)


class _FindingMaker:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.lines = LineIndex(document.text)

    def __call__(
        self, reference: Reference, rule: str, severity: str, message: str, message_en: str, basis: str, suggestion: str
    ) -> Finding:
        line, column = self.lines.line_col(reference.start)
        return Finding(
            rule=rule,
            severity=severity,
            message=message,
            message_en=message_en,
            path=self.document.path,
            start=reference.start,
            end=reference.end,
            line=line,
            column=column,
            provision=reference.provision,
            category=CATEGORY,
            basis=basis,
            suggestion=suggestion,
        )


def resolve_references(
    document: Document, references: Sequence[Reference], index: NormIndex | None = None
) -> tuple[list[Reference], list[Finding]]:
    """Resolve every reference of ``document``; return the resolved references (same order) and the findings.

    >>> from regdesign.model import Document
    >>> refs, findings = resolve_references(Document("x.md", "artículo 400 de la Ley 1955 de 2019", None),
    ...     [Reference(0, 35, "artículo 400 de la Ley 1955 de 2019", "external", "ley", "1955", 2019, "400")])
    >>> refs[0].target, findings[0].rule
    ('ley/1955/2019#art_400', 'REF-ARTICULO-INEXISTENTE')
    """
    index = index if index is not None else load_default_index()
    structure = _Structure(document)
    make = _FindingMaker(document)
    resolved: list[Reference] = []
    findings: list[Finding] = []
    amended = _amended_norms(document, references) if document.amendments else {}
    for reference in references:
        here = document.provision_at(reference.start)
        provision = here.id if here else None
        # one copy per reference: its provision, target and status are set together (Reference.resolved)
        inside = document.amendment_at(reference.start) if amended else None
        if reference.scope == "internal" and inside is not None:
            target = _amended_target(reference, amended.get(inside.start))
            resolved.append(reference.resolved(provision, target, reference.status))
            continue
        if reference.scope == "internal":
            if _POSSESSIVE.search(document.text, max(0, reference.start - 8), reference.start):
                # "su artículo 147": the article of a norm named before, not of this one
                resolved.append(reference.resolved(provision, reference.target, reference.status))
                continue
            outcome = _resolve_internal(reference, here, structure)
            if outcome is None:
                reference = reference.resolved(provision, reference.target, reference.status)
            else:
                reference = reference.resolved(provision, outcome.target, reference.status)
                if outcome.target is None and outcome.problem and not reference.note:
                    findings.append(
                        make(
                            reference,
                            "REF-INTERNA-ROTA",
                            "error",
                            outcome.problem + ".",
                            (outcome.problem_en or outcome.problem) + ".",
                            TECHNIQUE_BASIS,
                            "Corrija el número de la disposición citada o cite la disposición correcta.",
                        )
                    )
            resolved.append(reference)
            continue
        norm = index.norm(reference.type, reference.number, reference.year) if reference.type else None
        articles = _articles_of(reference)
        target = _external_target(reference, norm)
        if norm is None:
            resolved.append(reference.resolved(provision, target, reference.status))
            continue
        missing = [number for number in articles if norm.article_exists(number) is False]
        present = [number for number in articles if number not in missing]
        status = _external_status(norm, present) if (present or not articles) else None
        reference = reference.resolved(provision, target, status)
        resolved.append(reference)
        if reference.note:
            continue  # compiler's notes in published texts are not the drafter's words
        for number in missing:
            count = f"{norm.article_count} artículos" if norm.article_count else "índice completo"
            subject = norm.definite[:1].upper() + norm.definite[1:]
            findings.append(
                make(
                    reference,
                    "REF-ARTICULO-INEXISTENTE",
                    "error",
                    f"{subject} no tiene artículo {number}.",
                    f"{norm.label} has no article {number}.",
                    f"{norm.label} ({count})",
                    f"Revise el número: {norm.definite} tiene {count}.",
                )
            )
        findings.extend(_status_findings(reference, norm, present, make))
    return resolved, findings


def _label_spans(document: Document) -> list[tuple[int, int]]:
    """Spans of the provisions' own labels (``Artículo 5.``, ``PARÁGRAFO 1o.``): words that are not references."""
    spans = []
    text = document.text
    for provision in document.iter_provisions():
        label = (provision.label or "").strip()
        limit = provision.heading_span.start if provision.heading_span else provision.body.start
        limit = max(limit, provision.span.start)
        if label:
            found = text.find(label, provision.span.start, max(limit, provision.span.start + len(label) + 8))
            if found != -1:
                spans.append((found, found + len(label)))
                continue
        if limit > provision.span.start:
            spans.append((provision.span.start, limit))
    return spans


def references_for_document(document: Document, index: NormIndex | None = None) -> list[Reference]:
    """Extract (skipping front matter and the document's own provision labels) and resolve the references of a
    document. The findings of resolution are left out; use :func:`check_references` to get them too."""
    return check_references(document, index)[0]


def check_references(document: Document, index: NormIndex | None = None) -> tuple[list[Reference], list[Finding]]:
    """:func:`references_for_document` with the findings of resolution."""
    from regdesign.nlp.references import extract_references

    text = document.text
    raw = list(extract_references(text, start=document.body_start))
    references = []
    for reference in raw:
        if text[reference.start : reference.end] != reference.text:
            shifted = reference.start + document.body_start
            if text[shifted : shifted + len(reference.text)] == reference.text:
                reference = replace(reference, start=shifted, end=shifted + len(reference.text))
            else:
                continue
        if reference.start < document.body_start:
            continue
        references.append(reference)
    labels = sorted(_label_spans(document))
    starts = [start for start, _ in labels]
    kept = []
    for ref in references:
        position = bisect.bisect_left(starts, ref.end) - 1
        overlapping = position >= 0 and labels[position][1] > ref.start
        if not overlapping:
            kept.append(ref)
    return resolve_references(document, kept, index)
