"""The functions interviews call: answer validators, literal text for templates, and the barrier review.

Interviews name these in ``validate:`` and ``code:`` blocks (``modules: [regdesign.interviews.validators]``).
The module is standard-library only at import time, so it can be vendored into the docassemble package
``docassemble.medeinn`` unchanged (see :mod:`regdesign.interviews.package`).

Guarantees:
* every ``validar_*`` function returns ``True`` for a valid answer and otherwise raises docassemble's
  ``DAValidationError`` (or ``ValueError`` when docassemble is not importable) with a plain Spanish message, which
  the interview shows above the question that is asked again;
* :func:`literal` turns any answer into Markdown that renders as exactly the characters typed: template syntax
  (``${…}``, ``{{ }}``, ``<% %>``, ``%`` at line start), Markdown and docassemble markup (``[FILE …]``) stay text.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NoReturn

NIT_WEIGHTS = (3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71)


def _reject(message: str) -> NoReturn:
    try:
        from docassemble.base.error import DAValidationError
    except ImportError:  # used outside docassemble
        raise ValueError(message) from None
    raise DAValidationError(message)


# ----------------------------------------------------------------------------------------------------------- NIT


def nit_check_digit(number: str) -> int:
    """DIAN's verification digit of a NIT (without the digit).

    Weights 3, 7, 13, … 71 apply right to left; ``r = sum mod 11``; the digit is ``11 - r`` when ``r > 1``, else ``r``.

    >>> nit_check_digit("890905211")
    1
    """
    digits = re.sub(r"\D", "", str(number))
    if not digits or len(digits) > len(NIT_WEIGHTS):
        raise ValueError(f"NIT inválido: {number!r}")
    total = sum(int(d) * w for d, w in zip(reversed(digits), NIT_WEIGHTS, strict=False))
    remainder = total % 11
    return 11 - remainder if remainder > 1 else remainder


def split_nit(text: str) -> tuple[str, str | None]:
    """``"890.905.211-1"`` → ``("890905211", "1")``; no digit given → ``(number, None)``."""
    value = re.sub(r"[\s.]", "", str(text))
    match = re.fullmatch(r"(\d{6,15})(?:-(\d))?", value)
    if not match:
        raise ValueError(
            "El NIT debe tener entre 6 y 15 dígitos y, si lo escribe, el dígito de verificación tras un guion."
        )
    return match.group(1), match.group(2)


def is_valid_nit(text: str) -> bool:
    """True when ``text`` is a NIT whose written verification digit (required) matches DIAN's."""
    try:
        number, digit = split_nit(text)
    except ValueError:
        return False
    return digit is not None and int(digit) == nit_check_digit(number)


def validar_nit(text: Any) -> bool:
    """Validator for a NIT written with its verification digit, as ``900123456-8``."""
    try:
        number, digit = split_nit(str(text))
    except ValueError as error:
        _reject(str(error))
    if digit is None:
        _reject(
            f"Escriba el NIT con su dígito de verificación después de un guion, por ejemplo {number}-{nit_check_digit(number)}."
        )
    expected = nit_check_digit(number)
    if int(digit) != expected:
        _reject(
            f"El dígito de verificación del NIT {number} no es {digit}: según la DIAN debe ser {expected}. Revise el número."
        )
    return True


# ------------------------------------------------------------------------------------------------ cédula, e-mail


def validar_cedula(text: Any) -> bool:
    """Colombian cédula de ciudadanía: 5 to 10 digits (dots allowed), not starting with 0."""
    value = re.sub(r"[\s.]", "", str(text))
    if not re.fullmatch(r"[1-9]\d{4,9}", value):
        _reject("La cédula debe tener entre 5 y 10 dígitos, sin letras (puede usar puntos: 1.020.304.050).")
    return True


def validar_identificacion(text: Any, tipo: str = "cedula") -> bool:
    """NIT for legal persons, cédula for natural persons."""
    return validar_nit(text) if str(tipo).lower().startswith("nit") or tipo == "juridica" else validar_cedula(text)


_EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+"
)


def validar_correo(text: Any) -> bool:
    value = str(text).strip()
    if not _EMAIL.fullmatch(value) or ".." in value:
        _reject("Escriba un correo electrónico válido, por ejemplo nombre@dominio.co.")
    return True


def normalize_phone(text: Any) -> str:
    """Digits of a Colombian number without the country code (``+57 300 123 4567`` → ``3001234567``)."""
    digits = re.sub(r"[\s().-]", "", str(text))
    if digits.startswith("+57"):
        digits = digits[3:]
    elif digits.startswith("0057"):
        digits = digits[4:]
    elif digits.startswith("57") and len(digits) == 12:
        digits = digits[2:]
    return digits


def validar_telefono(text: Any) -> bool:
    """Colombian mobile (10 digits starting with 3) or landline (10 digits starting with 60: 601 Bogotá, 604 Medellín)."""
    digits = normalize_phone(text)
    if re.fullmatch(r"3\d{9}", digits) or re.fullmatch(r"60[1-8]\d{7}", digits):
        return True
    _reject(
        "Escriba un celular colombiano de 10 dígitos que empiece por 3 (300 123 4567) o un fijo de 10 dígitos que "
        "empiece por 60 y el indicativo de la región (604 444 5555)."
    )
    return False


# ------------------------------------------------------------------------------------------------ dates, amounts


def as_date(value: Any) -> _dt.date:
    """A date from a docassemble DADateTime, a datetime/date or an ISO string."""
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])


SCHEDULE_ORDER = (
    ("publication", "publicación"),
    ("questions_until", "cierre de preguntas"),
    ("answers", "publicación de respuestas"),
    ("closing", "cierre de la convocatoria"),
    ("evaluation", "evaluación"),
    ("award", "adjudicación"),
)


def schedule_problems(schedule: Mapping[str, Any]) -> list[str]:
    """Messages for dates out of order (each step on or after the one before)."""
    problems = []
    previous: tuple[str, _dt.date] | None = None
    for key, label in SCHEDULE_ORDER:
        if schedule.get(key) in (None, ""):
            continue
        current = as_date(schedule[key])
        if previous and current < previous[1]:
            problems.append(
                f"La fecha de {label} ({current.isoformat()}) es anterior a la de {previous[0]} ({previous[1].isoformat()})."
            )
        previous = (label, current)
    return problems


def validar_cronograma(schedule: Mapping[str, Any]) -> bool:
    problems = schedule_problems(schedule)
    if problems:
        _reject(" ".join(problems))
    return True


def validar_monto(value: Any, maximo: float | None = None, minimo: float = 0.0) -> bool:
    """An amount greater than ``minimo`` and at most ``maximo`` (the call's maximum per proposal)."""
    try:
        amount = float(value)
    except (TypeError, ValueError):
        _reject("Escriba el valor en números, sin letras.")
    if amount <= minimo:
        _reject("El valor debe ser mayor que cero.")
    if maximo is not None and amount > float(maximo):
        _reject(
            f"El valor solicitado ({pesos(amount)}) supera el máximo por propuesta de la convocatoria ({pesos(maximo)})."
        )
    return True


def pesos(value: Any, currency: str = "COP") -> str:
    """``150000000`` → ``$150.000.000 COP`` (Colombian thousands separator, no locale needed)."""
    amount = float(value)
    whole = f"{round(amount):,}".replace(",", ".")
    return f"${whole} {currency}".strip()


def criteria_points_problem(points: Iterable[Any]) -> str | None:
    total = sum(float(p or 0) for p in points)
    if abs(total - 100) > 1e-9:
        return f"Los puntajes de los criterios suman {total:g}; deben sumar 100."
    return None


def validar_puntajes(points: Iterable[Any]) -> bool:
    problem = criteria_points_problem(points)
    if problem:
        _reject(problem)
    return True


# --------------------------------------------------------------------------------------------------- literal text

_MD_INLINE = re.compile(r"([\\`*_{}\[\]<>$|~^&])")
_MD_LINE_START = re.compile(r"^(\s*)(\d+(?=[.)])|)([#+=%:.)-])")


_ENTITIES = {"[": "&#91;", "]": "&#93;"}


def _escape_char(match: re.Match[str]) -> str:
    # Brackets become entities, not backslash escapes: docassemble's DOCX filter matches "[FILE x]" even after "\\".
    char = match.group(1)
    return _ENTITIES.get(char, "\\" + char)


def literal(value: Any) -> str:
    """Markdown for ``value`` that renders as exactly its characters and that no template engine will run.

    Markdown/TeX/HTML-significant punctuation (``\\ ` * _ { } [ ] < > $ | ~ ^ &``) is backslash-escaped, and so is a
    line-starting ``#``, ``-``, ``+``, ``=``, ``%``, ``:`` or list number; brackets become ``&#91;``/``&#93;``
    (docassemble's markup filters run before pandoc and ignore backslashes); line breaks become hard breaks. So
    ``${…}``, ``{{ }}``, ``<% %>``, ``% if`` and docassemble's ``[FILE …]`` reach the reader as typed (pandoc and
    Python-Markdown print escaped characters literally) and no generated line starts with a Mako ``%``.
    """
    text = "" if value is None else str(value)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in text.split("\n"):
        line = _MD_INLINE.sub(_escape_char, line.strip())
        lines.append(_MD_LINE_START.sub(lambda m: m.group(1) + m.group(2) + "\\" + m.group(3), line))
    return "\\\n".join(line for line in lines if line)


def plain(value: Any) -> str:
    """The value as one line of plain text (for front matter values, which YAML quotes itself)."""
    return re.sub(r"\s+", " ", "" if value is None else str(value)).strip()


# ------------------------------------------------------------------------------------------------ barrier review


def review_texts(texts: Mapping[str, str]) -> list[dict[str, Any]]:
    """Run the barrier rules on each answer; one dict per finding with the variable it came from.

    Uses ``regdesign.rules.engine.analyze_text(text, load_rules())``. When regdesign's rule engine is not
    installed (a docassemble server without regdesign), returns ``[]``; :func:`review_available` says so.
    """
    engine = _rule_engine()
    if engine is None:
        return []
    analyze_text, rules = engine
    results: list[dict[str, Any]] = []
    for variable, text in texts.items():
        if not text or not str(text).strip():
            continue
        for finding in analyze_text(str(text), rules, "terminos_de_referencia"):
            start, end = int(getattr(finding, "start", 0) or 0), int(getattr(finding, "end", 0) or 0)
            results.append(
                {
                    "variable": variable,
                    "rule": str(getattr(finding, "rule", "")),
                    "severity": str(getattr(finding, "severity", "warning")),
                    "message": str(getattr(finding, "message", "")),
                    "basis": str(getattr(finding, "basis", "")),
                    "suggestion": str(getattr(finding, "suggestion", "")),
                    "category": str(getattr(finding, "category", "")),
                    "excerpt": str(text)[start:end] if 0 <= start < end <= len(str(text)) else "",
                }
            )
    return results


_ENGINE_CACHE: list[Any] = []
REVIEW_PROBLEMS: list[str] = []


def _rule_engine() -> tuple[Any, Any] | None:
    if _ENGINE_CACHE:
        return _ENGINE_CACHE[0]
    try:
        from regdesign.rules import engine as rules_engine

        result: tuple[Any, Any] | None = (rules_engine.analyze_text, rules_engine.load_rules())
    except ImportError as error:  # regdesign (or one of its stages) is not installed where the interview runs
        REVIEW_PROBLEMS.append(f"revisión de barreras no disponible: {error}")
        result = None
    _ENGINE_CACHE.append(result)
    return result


def review_available() -> bool:
    return _rule_engine() is not None


def variables_with_findings(findings: Sequence[Mapping[str, Any]]) -> list[str]:
    """The variables to ask again when the author chooses to edit, in first-seen order."""
    seen: list[str] = []
    for finding in findings:
        if finding["variable"] not in seen:
            seen.append(finding["variable"])
    return seen


# ----------------------------------------------------------------------------------------- bidder interview help

_PERSON_WORDS = {
    "natural": ("natural",),
    "juridica": ("jurídica", "juridica", "empresa", "entidad"),
    "union": ("unión", "union", "consorcio", "temporal"),
}
PERSON_LABELS = {"natural": "persona natural", "juridica": "persona jurídica", "union": "unión temporal o consorcio"}


def participante_admitido(call: Mapping[str, Any], kind: str) -> bool:
    """Whether the call's ``participants`` admit a bidder of ``kind`` (natural, juridica, union); no list admits all."""
    participants = [str(p).lower() for p in call.get("participants") or ()]
    if not participants:
        return True
    words = _PERSON_WORDS.get(kind, (kind,))
    return any(word in participant for participant in participants for word in words)


def etiqueta_persona(kind: str) -> str:
    return PERSON_LABELS.get(kind, str(kind))


def requisito_por_id(call: Mapping[str, Any], requirement_id: str) -> dict[str, Any]:
    for item in call.get("eligibility") or ():
        if item.get("id") == requirement_id:
            return dict(item)
    return {"id": requirement_id, "text": "", "question": requirement_id}


def documento_por_id(call: Mapping[str, Any], document_id: str) -> dict[str, Any]:
    for item in call.get("documents") or ():
        if item.get("id") == document_id:
            return dict(item)
    return {"id": document_id, "name": document_id, "formats": []}


def numeral(section: Any) -> str:
    """``sec_4_1`` → ``4.1``; no section → ``4`` (requisitos habilitantes)."""
    if not section:
        return "4"
    return ".".join(re.findall(r"\d+", str(section))) or str(section)
