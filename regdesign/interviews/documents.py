"""The Markdown documents that interviews assemble from answers: terms of reference (ToR) per docs/FORMAT.md.

Standard library plus PyYAML only, so the module can be vendored into the docassemble package.

Guarantees: :func:`build_tor_markdown` writes front matter with exactly the keys of FORMAT.md's
``terminos_de_referencia`` (YAML written by ``yaml.safe_dump``, so answers are data, never syntax), numbered
sections ``## 1. PRESENTACIÓN`` … with ``### 4.1.`` sub-sections for requirements, and body text passed through
:func:`~regdesign.interviews.validators.literal` (answers appear as typed, no template syntax survives as syntax).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

try:  # vendored copy in docassemble.medeinn imports its sibling
    from regdesign.interviews.validators import literal, pesos, plain
except ImportError:  # pragma: no cover - only inside the docassemble package
    from .validators import literal, pesos, plain  # type: ignore[no-redef]

KIND_LABELS = {
    "juridico": "Jurídico",
    "experiencia": "Experiencia",
    "financiero": "Financiero",
    "tecnico": "Técnico",
    "otro": "Otro",
}
SCHEDULE_LABELS = (
    ("publication", "Publicación de los términos de referencia"),
    ("questions_until", "Plazo para presentar preguntas"),
    ("answers", "Publicación de respuestas"),
    ("closing", "Cierre de la convocatoria y entrega de propuestas"),
    ("evaluation", "Evaluación de propuestas"),
    ("award", "Publicación de resultados y adjudicación"),
)


def _iso(value: Any) -> str:
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)[:10]


def _number(value: Any) -> int | float:
    number = float(value)
    return int(number) if number == int(number) else number


def tor_metadata(data: Mapping[str, Any]) -> dict[str, Any]:
    """Normalise the author's answers into FORMAT.md's front matter mapping (ordered as FORMAT.md lists it)."""
    eligibility = []
    for position, item in enumerate(data.get("eligibility") or (), start=1):
        entry: dict[str, Any] = {
            "id": f"REQ-{position}",
            "kind": str(item.get("kind") or "otro"),
            "text": plain(item.get("text")),
            "question": plain(item.get("question")),
            "section": f"sec_4_{position}",
        }
        if item.get("years") not in (None, "", 0):
            entry["years"] = int(float(item["years"]))
        eligibility.append(entry)
    documents = []
    for position, item in enumerate(data.get("documents") or (), start=1):
        formats = item.get("formats") or ["pdf"]
        if isinstance(formats, str):
            formats = [f.strip().lower().lstrip(".") for f in formats.replace(";", ",").split(",") if f.strip()]
        documents.append(
            {
                "id": f"DOC-{position}",
                "name": plain(item.get("name")),
                "required": bool(item.get("required", True)),
                "formats": list(formats),
            }
        )
    criteria = [
        {"id": f"CRIT-{position}", "name": plain(item.get("name")), "points": _number(item.get("points") or 0)}
        for position, item in enumerate(data.get("criteria") or (), start=1)
    ]
    guarantees = [
        {
            "type": plain(item.get("type")),
            "percent": _number(item.get("percent")),
            "months": int(float(item.get("months"))),
        }
        for item in data.get("guarantees") or ()
    ]
    schedule = {key: _dt.date.fromisoformat(_iso(data["schedule"][key])) for key, _ in SCHEDULE_LABELS}
    contact = {"email": plain(data.get("contact", {}).get("email"))}
    if data.get("contact", {}).get("url"):
        contact["url"] = plain(data["contact"]["url"])
    entity = data.get("entity") or {}
    budget = data.get("budget") or {}
    return {
        "type": "terminos_de_referencia",
        "title": plain(data.get("title")),
        "number": plain(data.get("number")),
        "entity": {
            "name": plain(entity.get("name")),
            "nit": plain(entity.get("nit")),
            "city": plain(entity.get("city")),
        },
        "object": plain(data.get("object")),
        "participants": [plain(p) for p in data.get("participants") or () if plain(p)],
        "budget": {
            "total": _number(budget.get("total")),
            "currency": plain(budget.get("currency") or "COP"),
            "max_per_proposal": _number(budget.get("max_per_proposal")),
        },
        "schedule": schedule,
        "eligibility": eligibility,
        "documents": documents,
        "criteria": criteria,
        "guarantees": guarantees,
        "contact": contact,
    }


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def build_tor_markdown(data: Mapping[str, Any]) -> str:
    """The terms of reference as Markdown with FORMAT.md front matter, from the author interview's answers.

    ``data`` keys: title, number, entity{name,nit,city}, object, participants[], budget{total,currency,
    max_per_proposal}, schedule{publication…award}, eligibility[{kind,text,question,years?}], documents[{name,
    required,formats}], criteria[{name,points}], guarantees[{type,percent,months}], contact{email,url?}.
    """
    meta = tor_metadata(data)
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=False)
    entity = meta["entity"]
    currency = meta["budget"]["currency"]
    parts = [
        f"---\n{front}---\n",
        f"# {literal(meta['title'])}\n",
        f"**{literal(entity['name'])}**\n",
        f"Convocatoria No. {literal(meta['number'])}\n",
    ]
    parts.append(
        "## 1. PRESENTACIÓN\n\n"
        f"{literal(entity['name'])} (NIT {literal(entity['nit'])}), con sede en {literal(entity['city'])}, abre la "
        f"convocatoria {literal(meta['title'])} y publica estos términos de referencia, que fijan las reglas de "
        "participación, evaluación y selección.\n"
    )
    parts.append(f"## 2. OBJETO\n\n{literal(meta['object'])}\n")
    participants = "\n".join(f"- {literal(p)}" for p in meta["participants"]) or "- Cualquier persona interesada."
    parts.append(f"## 3. DIRIGIDA A\n\nPueden presentar propuestas:\n\n{participants}\n")
    requirements = [
        "## 4. REQUISITOS HABILITANTES\n\nLas propuestas que cumplan todos los requisitos siguientes pasan a la "
        "evaluación. La entidad podrá pedir aclaraciones o documentos que subsanen requisitos antes de evaluar.\n"
    ]
    for position, req in enumerate(meta["eligibility"], start=1):
        years = f" Años de experiencia exigidos: {req['years']}." if "years" in req else ""
        requirements.append(
            f"### 4.{position}. Requisito {KIND_LABELS.get(req['kind'], 'Otro').lower()} ({req['id']})\n\n"
            f"{literal(req['text'])}{years}\n"
        )
    parts.append("\n".join(requirements))
    docs = [
        f"### 5.{n}. {literal(d['name'])} ({d['id']})\n\n"
        f"{'Obligatorio' if d['required'] else 'Opcional'}. Formatos: {', '.join(d['formats'])}.\n"
        for n, d in enumerate(meta["documents"], start=1)
    ]
    parts.append("## 5. DOCUMENTOS DE LA PROPUESTA\n\n" + "\n".join(docs))
    budget = meta["budget"]
    parts.append(
        "## 6. PRESUPUESTO Y FINANCIACIÓN\n\n"
        f"El presupuesto total de la convocatoria es de {pesos(budget['total'], currency)}. Cada propuesta podrá "
        f"solicitar hasta {pesos(budget['max_per_proposal'], currency)}.\n"
    )
    rows = [[label, meta["schedule"][key].isoformat()] for key, label in SCHEDULE_LABELS]
    parts.append("## 7. CRONOGRAMA\n\n" + _table(["Actividad", "Fecha"], rows) + "\n")
    crit_rows = [[c["id"], literal(c["name"]), str(c["points"])] for c in meta["criteria"]]
    total = sum(c["points"] for c in meta["criteria"])
    parts.append(
        "## 8. CRITERIOS DE EVALUACIÓN\n\n"
        + _table(["Id", "Criterio", "Puntaje máximo"], crit_rows + [["", "Total", str(_number(total))]])
        + "\n"
    )
    if meta["guarantees"]:
        lines = [
            f"- Garantía de {literal(g['type'])}: {g['percent']} % del valor, vigencia de {g['months']} meses."
            for g in meta["guarantees"]
        ]
        guarantees = "El proponente seleccionado constituirá las siguientes garantías:\n\n" + "\n".join(lines)
    else:
        guarantees = "Esta convocatoria no exige garantías."
    parts.append(f"## 9. GARANTÍAS\n\n{guarantees}\n")
    parts.append(
        "## 10. ACEPTACIÓN DE TÉRMINOS Y VERACIDAD\n\nAl presentar la propuesta, el proponente acepta estos términos "
        "de referencia y declara que la información entregada es veraz.\n"
    )
    contact = meta["contact"]
    url = f" y en {literal(contact['url'])}" if contact.get("url") else ""
    parts.append(f"## 11. MÁS INFORMACIÓN\n\nPreguntas y comunicaciones: {literal(contact['email'])}{url}.\n")
    return "\n".join(parts)
