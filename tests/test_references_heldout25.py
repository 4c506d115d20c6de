"""Held-out set 25 (tests/data/references/heldout25/): gold normative references for issue #3, written blind (a
family court's ruling on alimentos and custody, an ICA resolution on seed producers, an Envigado decree on parking and
tow trucks, and a DAFP concepto on public employees' vacations).

Particular to set 25, here: its tables, its type mix, and its measurement with FLOORS. The
checks all sets share run in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import (
    load_gold,
)

HERE = Path(__file__).parent / "data" / "references" / "heldout25"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "concepto_dafp_vacaciones_empleados_publicos": 30,
    "decreto_alcaldia_envigado_estacionamiento_gruas": 34,
    "resolucion_ica_registro_productores_semilla": 27,
    "sentencia_juzgado_familia_envigado_alimentos_custodia": 27,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "concepto_dafp_vacaciones_empleados_publicos": (27, 3),
    "decreto_alcaldia_envigado_estacionamiento_gruas": (31, 3),
    "resolucion_ica_registro_productores_semilla": (21, 6),
    "sentencia_juzgado_familia_envigado_alimentos_custodia": (24, 3),
}
NAMES = sorted(EXPECTED)

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    ("sentencia_juzgado_familia_envigado_alimentos_custodia", "ley de la oferta y la demanda"),
    ("resolucion_ica_registro_productores_semilla", "ley de la oferta y la demanda"),
    ("decreto_alcaldia_envigado_estacionamiento_gruas", "ley de la oferta y la demanda"),
    ("concepto_dafp_vacaciones_empleados_publicos", "ley de la oferta y la demanda"),
    ("resolucion_ica_registro_productores_semilla", "artículos de oficina"),
    ("decreto_alcaldia_envigado_estacionamiento_gruas", "artículos de oficina"),
    ("sentencia_juzgado_familia_envigado_alimentos_custodia", "artículos de aseo y de oficina"),
    ("sentencia_juzgado_familia_envigado_alimentos_custodia", "el decreto de pruebas"),
    ("resolucion_ica_registro_productores_semilla", "sin expedir un nuevo decreto"),
    ("decreto_alcaldia_envigado_estacionamiento_gruas", "expedir un decreto que reúna"),
    ("concepto_dafp_vacaciones_empleados_publicos", '"decreto de vacaciones colectivas"'),
    ("concepto_dafp_vacaciones_empleados_publicos", "no es un decreto en sentido técnico"),
    ("sentencia_juzgado_familia_envigado_alimentos_custodia", "la presente sentencia"),
    ("sentencia_juzgado_familia_envigado_alimentos_custodia", "SENTENCIA No. 214"),
    ("resolucion_ica_registro_productores_semilla", "RESOLUCIÓN No. 00098712"),
    ("decreto_alcaldia_envigado_estacionamiento_gruas", "DECRETO No. 0412 DE 2026"),
    ("decreto_alcaldia_envigado_estacionamiento_gruas", "CAPÍTULO I. DISPOSICIONES GENERALES"),
    ("concepto_dafp_vacaciones_empleados_publicos", "Concepto 20266000512341 de 2026"),
    ("concepto_dafp_vacaciones_empleados_publicos", "Radicado No. 20269000874512"),
    ("resolucion_ica_registro_productores_semilla", "ARTÍCULO 1. OBJETO."),
]

#: (text, span, fields) annotated exactly so (each span once in its text unless REPEATED_SPANS says otherwise)
HARD_CASES = [
    (
        "sentencia_juzgado_familia_envigado_alimentos_custodia",
        "numeral 7 del artículo 21 y el numeral 2 del artículo 28 del Código General del Proceso",
        {"type": "código", "article": "21", "articles": ["21", "28"], "sub": "numeral 7"},
    ),
    (
        "sentencia_juzgado_familia_envigado_alimentos_custodia",
        "artículos 411 y 413 del Código Civil",
        {"type": "código", "number": None, "articles": ["411", "413"]},
    ),
    (
        "sentencia_juzgado_familia_envigado_alimentos_custodia",
        "numerales 6 y 7",
        {"type": "código", "article": "397", "sub": "numerales 6 y 7"},
    ),
    ("sentencia_juzgado_familia_envigado_alimentos_custodia", "C-017 de 2019", {"type": "sentencia", "number": "C-17"}),
    (
        "sentencia_juzgado_familia_envigado_alimentos_custodia",
        "artículos 3 a 6",
        {"number": "2097", "articles": ["3", "4", "5", "6"]},
    ),
    ("sentencia_juzgado_familia_envigado_alimentos_custodia", "numeral anterior", {"relative": "anterior"}),
    (
        "resolucion_ica_registro_productores_semilla",
        "artículos 2.13.1.3.5 a 2.13.1.3.7 ibídem",
        {"number": "1071", "articles": ["2.13.1.3.5", "2.13.1.3.6", "2.13.1.3.7"]},
    ),
    (
        "resolucion_ica_registro_productores_semilla",
        "artículo 2.13.1.3.4 del mismo decreto",
        {"type": "decreto", "number": "1071", "year": 2015},
    ),
    ("resolucion_ica_registro_productores_semilla", "artículo anterior", {"scope": "internal", "relative": "anterior"}),
    (
        "resolucion_ica_registro_productores_semilla",
        "literal a) del artículo 26 de la Decisión 345 de 1993",
        {"type": "otro", "number": "345", "article": "26", "sub": "literal a)"},
    ),
    (
        "decreto_alcaldia_envigado_estacionamiento_gruas",
        "inciso 2 del parágrafo 1 del artículo 125 de la Ley 769 de 2002",
        {"article": "125", "sub": "inciso 2"},
    ),
    ("decreto_alcaldia_envigado_estacionamiento_gruas", "Acuerdo 021 de 2024", {"type": "acuerdo", "number": "21"}),
    ("decreto_alcaldia_envigado_estacionamiento_gruas", "artículo 13 de la Ley 1383 de 2010", {"number": "1383"}),
    (
        "decreto_alcaldia_envigado_estacionamiento_gruas",
        "Acuerdo Municipal 021 de 2024",
        {"type": "acuerdo", "number": "21", "year": 2024, "article": None},
    ),
    (
        "concepto_dafp_vacaciones_empleados_publicos",
        "artículos 12 a 15 del mismo decreto",
        {"type": "decreto ley", "number": "1045", "articles": ["12", "13", "14", "15"]},
    ),
    ("concepto_dafp_vacaciones_empleados_publicos", "artículo 13 del Decreto 1045 de 1978", {"type": "decreto"}),
    ("concepto_dafp_vacaciones_empleados_publicos", "1960 de 2019", {"type": "ley", "number": "1960"}),
    ("concepto_dafp_vacaciones_empleados_publicos", "inciso anterior", {"relative": "anterior", "sub": "inciso"}),
    ("concepto_dafp_vacaciones_empleados_publicos", "Sentencia C-669 de 1998", {"number": "C-669", "year": 1998}),
    ("concepto_dafp_vacaciones_empleados_publicos", "artículo 125 de la Carta", {"type": "constitución"}),
]
#: spans annotated more than once in their text, with their count
REPEATED_SPANS = {"Acuerdo Municipal 021 de 2024": 2}


def test_type_mix():
    refs = [r for name in NAMES for r in load_gold(HERE, name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    wanted = {"ley", "decreto", "decreto ley", "código", "constitución", "resolución", "acuerdo", "sentencia"}
    assert wanted <= set(types)
    assert types["código"] >= 10 and types["otro"] >= 3  # named codes; Decisión 345 and DAFP conceptos
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 6  # DUR decimal articles
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, ninth session, after grammar round 22), blind: the annotator never opened the
# extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.983 R 0.992 F1 0.987
#   (b) type+number+year P 0.961 R 0.961 F1 0.961
#   (c) article          P 0.978 R 0.978 F1 0.978   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: three anaphoras ("artículo 8", "del mismo decreto", "ibídem") given to the DUR 1083 cited in between where the
# set gives them to the Decreto Ley 1045 de 1978 the concepto is about; "parágrafo 3 del artículo 6" after the Código
# Nacional de Tránsito read as the decree's own; a DUR's and a Decisión andina's long appositive names cut short (sets
# disagree on appositive names); "numeral 7 del artículo 21 y el numeral 2 del artículo 28 del Código General del
# Proceso" split in two where the set keeps one reference. Floors: those figures minus 0.02.
FLOORS = {"a": 0.987 - 0.02, "b": 0.961 - 0.02, "c": 0.978 - 0.02}
