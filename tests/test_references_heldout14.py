"""Held-out set 14 (tests/data/references/heldout14/): gold normative references for issue #3, written blind (a
Consejo de Estado Sala de Consulta concept, a CREG tariff resolution, a Medellín inter-administrative agreement and a
Tribunal Administrativo de Antioquia ruling on an acción popular).

Particular to set 14, here: its tables, its type mix and genre markers, and its measurement with FLOORS. The checks
all sets share run in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import (
    load_gold,
    load_text,
)

HERE = Path(__file__).parent / "data" / "references" / "heldout14"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "concepto_consejo_estado_sala_consulta_encargo_carrera": 35,
    "convenio_interadministrativo_medellin_edu_sedes_medeinn": 40,
    "resolucion_creg_opcion_tarifaria_usuarios_regulados_2026": 45,
    "sentencia_tribunal_antioquia_accion_popular_andenes_bello": 38,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "concepto_consejo_estado_sala_consulta_encargo_carrera": (34, 1),
    "convenio_interadministrativo_medellin_edu_sedes_medeinn": (31, 9),
    "resolucion_creg_opcion_tarifaria_usuarios_regulados_2026": (37, 8),
    "sentencia_tribunal_antioquia_accion_popular_andenes_bello": (36, 2),
}

_CONCEPTO = "concepto_consejo_estado_sala_consulta_encargo_carrera"
_CONVENIO = "convenio_interadministrativo_medellin_edu_sedes_medeinn"
_CREG = "resolucion_creg_opcion_tarifaria_usuarios_regulados_2026"
_TRIBUNAL = "sentencia_tribunal_antioquia_accion_popular_andenes_bello"

#: (text, phrase) written in the texts and NOT annotated (first occurrence checked)
NEAR_MISSES = [
    (_CONCEPTO, "ley de la oferta y la demanda"),
    (_CONVENIO, "ley de la oferta y la demanda"),
    (_CREG, "ley de la oferta y la demanda"),
    (_TRIBUNAL, "ley de la oferta y la demanda"),
    (_CONVENIO, "artículos de oficina"),
    (_TRIBUNAL, "artículos de oficina"),
    (_CONCEPTO, "el decreto de encargo"),
    (_CONCEPTO, "un decreto o en una comunicación interna"),
    (_CREG, "expedir un decreto ni un nuevo acto"),
    (_CONVENIO, "expedir un decreto, una resolución u otro acto"),
    (_TRIBUNAL, "auto de decreto de pruebas"),
    (_CONCEPTO, "Radicación número: 11001-03-06-000-2026-00214-00 (2631)"),
    (_CREG, "RESOLUCIÓN No. 101 118 DE 2026"),
    (_CREG, "ARTÍCULO 1. OBJETO."),
    (_CREG, "concepto del 3 de octubre de 2026"),
    (_CONVENIO, "CONVENIO INTERADMINISTRATIVO No. 4600104233 DE 2026"),
    (_CONVENIO, "CLÁUSULA SEGUNDA. ALCANCE."),
    (_CONVENIO, "de común acuerdo"),
    (_CONVENIO, 'Plan de Desarrollo Distrital 2024-2027 "Medellín te quiere"'),
    (_TRIBUNAL, "SENTENCIA No. 214"),
    (_TRIBUNAL, "Radicado: 05001-23-33-000-2025-00731-00"),
]

#: (text, span, fields) annotated exactly so (each span once in its gold file, unless REPEATED_SPANS says otherwise)
HARD_CASES = [
    (_CONCEPTO, "Conceptos 2324 de 2017", {"type": "otro", "number": "2324", "year": 2017}),
    (
        _CONCEPTO,
        "concepto con radicación 11001-03-06-000-2021-00056-00 (2465)",
        {"type": "otro", "number": "2465", "year": 2021},
    ),
    (_CONCEPTO, "artículo 2.2.2.5.1 ibídem", {"type": "decreto", "number": "1083", "article": "2.2.2.5.1"}),
    (_CONCEPTO, "artículo 25 del citado Decreto Ley", {"type": "decreto ley", "number": "785", "article": "25"}),
    (
        _CONCEPTO,
        "artículos 2.2.5.3.1 a 2.2.5.3.4 del Decreto 1083 de 2015",
        {"articles": ["2.2.5.3.1", "2.2.5.3.2", "2.2.5.3.3", "2.2.5.3.4"]},
    ),
    (_CONCEPTO, "Sentencia C-034 de 2015", {"number": "C-34", "year": 2015}),
    (
        _CONVENIO,
        "literal c) del numeral 4 del artículo 2 de la Ley 1150 de 2007",
        {"article": "2", "sub": "literal c)"},
    ),
    (_CONVENIO, "Cláusula Quinta", {"scope": "internal", "sub": "cláusula 5"}),
    (_CONVENIO, "cláusula anterior", {"scope": "internal", "relative": "anterior"}),
    (_CONVENIO, "artículos 14 a 18 de la Ley 80 de 1993", {"articles": ["14", "15", "16", "17", "18"]}),
    (_CREG, "Resolución CREG 101 029 de 2026", {"type": "resolución", "number": "101029"}),
    (_CREG, "artículo 74.1 de la misma ley", {"number": "142", "article": "74", "sub": "numeral 74.1"}),
    (_CREG, "Leyes 142", {"type": "ley", "number": "142", "year": 1994}),
    (_CREG, "artículos 2.2.3.2.4.1 y siguientes del mismo decreto", {"number": "1073", "article": "2.2.3.2.4.1"}),
    (_CREG, "inciso primero del presente artículo", {"scope": "internal", "sub": "inciso 1", "relative": "presente"}),
    (_TRIBUNAL, "artículo 144 del CPACA", {"type": "código", "number": None, "article": "144"}),
    (
        _TRIBUNAL,
        "artículos 226 a 228 del Código General del Proceso",
        {"type": "código", "articles": ["226", "227", "228"]},
    ),
    (_TRIBUNAL, "Sentencia SU-1116 de 2001", {"type": "sentencia", "number": "SU-1116"}),
    (
        _TRIBUNAL,
        "sentencia del 9 de agosto de 2018, radicado 05001-23-33-000-2016-01215-01(AP)",
        {"type": "otro", "number": None, "year": 2018},
    ),
    (_TRIBUNAL, "artículos 13 y 47 superiores", {"type": "constitución", "articles": ["13", "47"]}),
]
#: spans that occur more than once in one gold file, with their count
REPEATED_SPANS = {"cláusula anterior": 2}


def _refs(name: str) -> list[dict]:
    return load_gold(HERE, name)


def test_type_mix():
    refs = [r for name in EXPECTED for r in _refs(name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "decreto", "decreto ley", "resolución", "acuerdo", "constitución"} <= set(types)
    assert {"código", "sentencia", "otro"} <= set(types)
    assert types["resolución"] >= 10 and types["código"] >= 5 and types["decreto ley"] >= 3
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR decimal articles
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
    texts = {name: load_text(HERE, name) for name in EXPECTED}
    # the brief's genre markers are written where the genre puts them
    assert "CLÁUSULA SEGUNDA" in texts[_CONVENIO] and "la Sala" in texts[_CONCEPTO]
    assert "la presente resolución" in texts[_CREG] and "artículo 88 de la Constitución Política" in texts[_TRIBUNAL]


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, sixth session, after grammar round 10), blind: the annotator never opened the
# extractor and never ran it, no grammar change had seen the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.974 R 0.937 F1 0.955
#   (b) type+number+year P 0.957 R 0.957 F1 0.957
#   (c) article          P 0.967 R 0.989 F1 0.978   (issue's targets: 0.95 / 0.95 / 0.93)
# Its misses: a contract's own cláusulas ("la cláusula anterior", "numeral 1 de la Cláusula Segunda"); "el numeral 2
# anterior" read as external; "artículo 24 citado" and "el citado Decreto Ley" taking the wrong norm; a unit of a
# norm's annex ("numeral 3.2 del Anexo General de la Resolución CREG 015 de 2018"); CREG numbers written with a space
# ("101 029"); a radicado's "(AP)" suffix; "artículo 74.1" of a law; Sala de Consulta conceptos by number. Grammar
# round 11 then took them as concepts (the set is no longer blind): F1 0.997 / 0.996 / 1.000. Floors: those figures
# minus 0.02.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 0.997 - 0.02, "b": 0.996 - 0.02, "c": 1.000 - 0.02}
