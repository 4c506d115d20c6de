"""Structural checks of a parsed document: numbering, empty provisions, parágrafos, epigraphs, and the call data
of terms of reference (points, schedule, deadlines).

This module owns the rules ``ESTRUCTURA-NUMERACION``, ``ESTRUCTURA-DUPLICADO``, ``ESTRUCTURA-VACIO``,
``ESTRUCTURA-PARAGRAFO``, ``ESTRUCTURA-EPIGRAFE``, ``TDR-PUNTAJE``, ``TDR-CRONOGRAMA`` and ``TDR-PLAZO``.

Guarantees:

* :func:`check_structure` never raises on a :class:`~regdesign.model.Document` built by the parser, and it does not
  repeat the parser's own findings (``Document.problems``): the caller merges both lists.
* every finding points at the offending provision's label (``text[start:end] == provision.label``) or at the
  front-matter key it is about, with the 1-based line and column of ``start``.
* plain-text laws (``type`` None, a law as published) get only the numbering and duplicate checks.

Example:
    >>> from regdesign.parse import parse_document
    >>> doc = parse_document("ARTÍCULO 1. A. Uno.\\nARTÍCULO 3. B. Tres.\\n")
    >>> [f.message for f in check_structure(doc)]
    ['Falta el artículo 2: la numeración salta del 1 al 3']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from regdesign.calendar import add_business_days, as_date, business_days_between
from regdesign.model import Document, Finding, LineIndex, Provision
from regdesign.parse import metadata_key_span

CATEGORY = "ESTRUCTURA"
MANUAL = (
    "Decreto 1081 de 2015, Anexo 1 (Manual para la elaboración de textos normativos, "
    "modificado por el Decreto 1609 de 2015)"
)
BASIS_POINTS = (
    "Ley 1150 de 2007, art. 5 (selección objetiva: factores de escogencia y su ponderación precisa y "
    "detallada); Ley 80 de 1993, art. 24 num. 5 (reglas objetivas, justas, claras y completas)"
)
BASIS_SCHEDULE = (
    "Ley 80 de 1993, art. 24 num. 5 (reglas claras) y art. 30 (etapas y plazos del proceso de "
    "selección); Ley 1150 de 2007, art. 5"
)
BASIS_DEADLINE = (
    "Ley 80 de 1993, art. 30 num. 5 (plazo entre la apertura y el cierre para preparar ofertas); "
    "Constitución Política, art. 209 (principio de publicidad)"
)
EPIGRAPH_TYPES = ("proyecto_de_acuerdo", "proyecto_de_ley", "decreto")
SCHEDULE_ORDER = ("publication", "questions_until", "answers", "closing", "evaluation", "award")
SCHEDULE_NAMES = {
    "publication": ("publicación", "publication"),
    "questions_until": ("límite de preguntas", "questions deadline"),
    "answers": ("respuestas", "answers"),
    "closing": ("cierre", "closing"),
    "evaluation": ("evaluación", "evaluation"),
    "award": ("adjudicación", "award"),
}
_NOTES_ONLY = re.compile(r"(?:\s|<[^<>]*>|[*_#>\[\]….])*")
_INT = re.compile(r"\d+")
_KIND_ES = {
    "articulo": "El artículo",
    "paragrafo": "El parágrafo",
    "numeral": "El numeral",
    "literal": "El literal",
    "titulo": "El título",
    "capitulo": "El capítulo",
    "seccion": "La sección",
    "seccion_tdr": "La sección",
    "libro": "El libro",
    "parte": "La parte",
    "inciso": "El inciso",
}
_KIND_EN = {
    "articulo": "Article",
    "paragrafo": "Paragraph",
    "numeral": "Numeral",
    "literal": "Literal",
    "titulo": "Title",
    "capitulo": "Chapter",
    "seccion": "Section",
    "seccion_tdr": "Section",
    "libro": "Book",
    "parte": "Part",
    "inciso": "Clause",
}


class _Emitter:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.index = LineIndex(document.text)
        self.findings: list[Finding] = []

    def at(
        self,
        rule: str,
        severity: str,
        message: str,
        message_en: str,
        start: int,
        end: int,
        *,
        provision: str | None = None,
        basis: str = MANUAL,
        suggestion: str = "",
    ) -> None:
        line, column = self.index.line_col(start)
        self.findings.append(
            Finding(
                rule=rule,
                severity=severity,
                message=message,
                message_en=message_en,
                path=self.document.path,
                start=start,
                end=end,
                line=line,
                column=column,
                provision=provision,
                category=CATEGORY,
                basis=basis,
                suggestion=suggestion,
            )
        )

    def on(
        self,
        provision: Provision,
        rule: str,
        severity: str,
        message: str,
        message_en: str,
        *,
        basis: str = MANUAL,
        suggestion: str = "",
    ) -> None:
        start = provision.span.start
        end = start + len(provision.label) if provision.label else min(provision.span.end, start + 1)
        self.at(
            rule, severity, message, message_en, start, end, provision=provision.id, basis=basis, suggestion=suggestion
        )

    def on_key(
        self,
        path: list[str | int],
        rule: str,
        severity: str,
        message: str,
        message_en: str,
        *,
        basis: str,
        suggestion: str = "",
    ) -> None:
        span = metadata_key_span(self.document, path) or metadata_key_span(self.document, path[:1])
        start, end = span if span is not None else (0, 0)
        self.at(rule, severity, message, message_en, start, end, basis=basis, suggestion=suggestion)


def _articles(document: Document) -> list[Provision]:
    """The document's articles in text order (articles nest only in containers, never in one another)."""
    return [p for p in document.iter_provisions() if p.kind == "articulo"]


def _leading_int(number: str | None) -> int | None:
    if number is None or not number[:1].isdigit() or "." in number:
        return None
    match = _INT.match(number)
    return int(match.group(0)) if match else None


def _is_placeholder(document: Document, provision: Provision) -> bool:
    """An article whose text is only compiler notes (``<Artículo INEXEQUIBLE>``): a struck-down or unpublished one."""
    body = document.text[provision.body.start : provision.body.end]
    return not provision.children and "<" in body and _NOTES_ONLY.fullmatch(body) is not None


def _check_numbering(document: Document, out: _Emitter, typed: bool) -> None:
    articles = _articles(document)
    seen: dict[str, Provision] = {}
    previous: int | None = None
    previous_number: str | None = None
    for index, article in enumerate(articles):
        number = article.number
        if number is not None and number in seen:
            first = seen[number]
            if not (_is_placeholder(document, first) or _is_placeholder(document, article)):
                out.on(
                    article,
                    "ESTRUCTURA-DUPLICADO",
                    "error",
                    f"El artículo {number} está repetido (ya aparece en la línea {first.line})",
                    f"Article {number} is repeated (it already appears on line {first.line})",
                    suggestion="Renumere los artículos para que cada número aparezca una sola vez.",
                )
            continue
        if number is not None:
            seen[number] = article
        value = _leading_int(number)
        if value is None:
            continue
        if previous is None:
            if typed and index == 0 and value != 1:
                missing = "el artículo 1" if value == 2 else f"los artículos 1 a {value - 1}"
                missing_en = "article 1" if value == 2 else f"articles 1 to {value - 1}"
                out.on(
                    article,
                    "ESTRUCTURA-NUMERACION",
                    "error",
                    f"Falta {missing}: la numeración empieza en el {value}",
                    f"Missing {missing_en}: numbering starts at {value}",
                    suggestion="Numere los artículos de forma consecutiva desde el 1.",
                )
        elif value > previous + 1:
            if value == previous + 2:
                message = f"Falta el artículo {previous + 1}: la numeración salta del {previous} al {value}"
                message_en = f"Article {previous + 1} is missing: numbering jumps from {previous} to {value}"
            else:
                joint, joint_en = (" y ", " and ") if value == previous + 3 else (" a ", " to ")
                message = (
                    f"Faltan los artículos {previous + 1}{joint}{value - 1}: la numeración salta del "
                    f"{previous} al {value}"
                )
                message_en = (
                    f"Articles {previous + 1}{joint_en}{value - 1} are missing: numbering jumps from "
                    f"{previous} to {value}"
                )
            out.on(
                article,
                "ESTRUCTURA-NUMERACION",
                "error",
                message,
                message_en,
                suggestion="Numere los artículos de forma consecutiva.",
            )
        elif value < previous or (value == previous and number == previous_number):
            out.on(
                article,
                "ESTRUCTURA-NUMERACION",
                "error",
                f"La numeración retrocede: el artículo {number} viene después del {previous_number}",
                f"Numbering goes backwards: article {number} comes after {previous_number}",
                suggestion="Ordene y numere los artículos de forma consecutiva.",
            )
        previous, previous_number = value, number


def _is_empty(document: Document, provision: Provision) -> bool:
    if provision.children:
        return False
    body = document.text[provision.body.start : provision.body.end]
    return body.strip(" \t\r\n*_#>|-:.") == ""


def _check_empty(document: Document, out: _Emitter) -> None:
    for provision in document.iter_provisions():
        if provision.kind in ("inciso", "seccion") or not _is_empty(document, provision):
            continue
        what, what_en = _KIND_ES.get(provision.kind, "La disposición"), _KIND_EN.get(provision.kind, "Provision")
        name = provision.label.rstrip(" .:-—–") or provision.id
        out.on(
            provision,
            "ESTRUCTURA-VACIO",
            "error",
            f"{what} «{name}» no tiene texto",
            f"{what_en} '{name}' has no text",
            suggestion="Escriba el contenido de la disposición o elimínela y renumere.",
        )


def _check_paragraphs(document: Document, out: _Emitter) -> None:
    for article in _articles(document):
        paragraphs = [c for c in article.children if c.kind == "paragrafo"]
        if not paragraphs:
            continue
        for transitory in (False, True):
            group = [p for p in paragraphs if ("__par_trans" in p.id) == transitory]
            numbered = [p for p in group if p.number is not None]
            unnumbered = [p for p in group if p.number is None]
            name = "parágrafos transitorios" if transitory else "parágrafos"
            if numbered and unnumbered:
                for paragraph in unnumbered:
                    out.on(
                        paragraph,
                        "ESTRUCTURA-PARAGRAFO",
                        "warning",
                        f"El artículo {article.number} mezcla un parágrafo sin número (único) con {name} numerados",
                        f"Article {article.number} mixes an unnumbered (sole) paragraph with numbered ones",
                        suggestion="Numere todos los parágrafos (Parágrafo 1, Parágrafo 2…).",
                    )
            if len(unnumbered) > 1:
                for paragraph in unnumbered[1:]:
                    out.on(
                        paragraph,
                        "ESTRUCTURA-PARAGRAFO",
                        "warning",
                        f"El artículo {article.number} tiene varios parágrafos sin número",
                        f"Article {article.number} has several unnumbered paragraphs",
                        suggestion="Cuando hay más de un parágrafo, numérelos (Parágrafo 1, Parágrafo 2…).",
                    )
            if len(group) == 1 and numbered and document.type is not None:
                out.on(
                    numbered[0],
                    "ESTRUCTURA-PARAGRAFO",
                    "warning",
                    f"El artículo {article.number} tiene un solo parágrafo y está numerado",
                    f"Article {article.number} has a single paragraph, and it is numbered",
                    suggestion="Un parágrafo único no se numera: escriba «Parágrafo.»",
                )
            expected = 1
            seen: set[str] = set()
            for paragraph in numbered if not unnumbered else ():
                number = paragraph.number or ""
                value = _leading_int(number)
                if number in seen:
                    out.on(
                        paragraph,
                        "ESTRUCTURA-PARAGRAFO",
                        "warning",
                        f"El parágrafo {number} del artículo {article.number} está repetido",
                        f"Paragraph {number} of article {article.number} is repeated",
                        suggestion="Numere los parágrafos de forma consecutiva.",
                    )
                elif value is not None and value != expected:
                    out.on(
                        paragraph,
                        "ESTRUCTURA-PARAGRAFO",
                        "warning",
                        f"Numeración de {name} del artículo {article.number}: se esperaba el {expected} y "
                        f"aparece el {number}",
                        f"Paragraph numbering of article {article.number}: expected {expected}, found {number}",
                        suggestion="Numere los parágrafos de forma consecutiva desde el 1.",
                    )
                seen.add(number)
                if value is not None:
                    expected = value + 1


def _check_epigraphs(document: Document, out: _Emitter) -> None:
    for article in _articles(document):
        if article.heading:
            continue
        name = f"El artículo {article.number}" if article.number else "Un artículo"
        out.on(
            article,
            "ESTRUCTURA-EPIGRAFE",
            "warning",
            f"{name} no tiene epígrafe (un título corto que anuncie su contenido)",
            f"Article {article.number or ''} has no heading (epigraph)".replace("  ", " "),
            suggestion="Agregue un epígrafe después del número: «Artículo 5. Objeto.»",
        )


def _check_points(document: Document, out: _Emitter) -> None:
    criteria = document.metadata.get("criteria")
    if not isinstance(criteria, list) or not criteria:
        return
    points = [item.get("points") for item in criteria if isinstance(item, Mapping)]
    numbers = [p for p in points if isinstance(p, int | float) and not isinstance(p, bool)]
    if not numbers:
        return
    total = sum(numbers)
    if abs(total - 100) > 1e-9:
        shown = f"{total:g}"
        out.on_key(
            ["criteria"],
            "TDR-PUNTAJE",
            "error",
            f"Los puntajes de los criterios de evaluación suman {shown}, no 100",
            f"Evaluation criteria points add up to {shown}, not 100",
            basis=BASIS_POINTS,
            suggestion="Ajuste los puntajes para que sumen 100 y publique la regla de ponderación.",
        )


def _schedule(document: Document) -> list[tuple[str, dt.date]]:
    schedule = document.metadata.get("schedule")
    if not isinstance(schedule, Mapping):
        return []
    found = []
    for key in SCHEDULE_ORDER:
        day = as_date(schedule.get(key))
        if day is not None:
            found.append((key, day))
    return found


def _check_schedule(document: Document, out: _Emitter) -> None:
    dates = _schedule(document)
    for (key_before, before), (key, day) in zip(dates, dates[1:], strict=False):
        if day < before:
            name, name_en = SCHEDULE_NAMES[key]
            before_name, before_en = SCHEDULE_NAMES[key_before]
            out.on_key(
                ["schedule", key],
                "TDR-CRONOGRAMA",
                "error",
                f"Cronograma fuera de orden: la fecha de {name} ({day.isoformat()}) es anterior a la de "
                f"{before_name} ({before.isoformat()})",
                f"Schedule out of order: {name_en} ({day.isoformat()}) is before {before_en} ({before.isoformat()})",
                basis=BASIS_SCHEDULE,
                suggestion="Ordene las fechas: publicación, preguntas, respuestas, cierre, evaluación, adjudicación.",
            )


def _check_deadline(document: Document, out: _Emitter, min_business_days: int) -> None:
    dates = dict(_schedule(document))
    publication, closing = dates.get("publication"), dates.get("closing")
    if publication is None or closing is None or closing < publication:
        return  # out of order is TDR-CRONOGRAMA's finding
    days = business_days_between(publication, closing)
    if days < min_business_days:
        earliest = add_business_days(publication, min_business_days)
        out.on_key(
            ["schedule", "closing"],
            "TDR-PLAZO",
            "warning",
            f"Entre la publicación ({publication.isoformat()}) y el cierre ({closing.isoformat()}) hay solo "
            f"{days} día(s) hábil(es); se esperan al menos {min_business_days}",
            f"Only {days} business day(s) between publication and closing; at least {min_business_days} expected",
            basis=BASIS_DEADLINE,
            suggestion=f"Mueva el cierre al {earliest.isoformat()} o después, para que más proponentes "
            "puedan preparar su oferta.",
        )


def check_structure(document: Document, *, min_business_days: int = 10) -> list[Finding]:
    """Structural findings of ``document``, sorted by position (parser problems are not repeated).

    Args:
        document: a parsed document (:func:`regdesign.parse.parse_document`).
        min_business_days: fewest Colombian business days between publication and closing of a call (TDR-PLAZO).
    """
    out = _Emitter(document)
    typed = document.type is not None
    _check_numbering(document, out, typed)
    if typed:
        _check_empty(document, out)
        _check_paragraphs(document, out)
        if document.type in EPIGRAPH_TYPES:
            _check_epigraphs(document, out)
        if document.type == "terminos_de_referencia":
            _check_points(document, out)
            _check_schedule(document, out)
            _check_deadline(document, out, min_business_days)
    return sorted(out.findings, key=lambda f: (f.start, f.end, f.rule))


__all__ = ["check_structure"]
