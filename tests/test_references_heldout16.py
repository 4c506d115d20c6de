"""Held-out set 16 (tests/data/references/heldout16/): gold normative references for issue #3, written blind (a
Supersolidaria circular, a Concejo de Medellín tax-incentive acuerdo, a Constitutional Court follow-up auto and a
district entity's data-protection policy).

Particular to set 16, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run
in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import (
    load_gold,
)

HERE = Path(__file__).parent / "data" / "references" / "heldout16"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "acuerdo_concejo_medellin_incentivo_tributario_empresas_tecnologia": 33,
    "auto_seguimiento_cc_estado_cosas_inconstitucional_carcelario_extractos": 40,
    "circular_externa_supersolidaria_insolvencia_cooperativas_2026": 36,
    "politica_tratamiento_datos_personales_entidad_distrital_medellin": 38,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "acuerdo_concejo_medellin_incentivo_tributario_empresas_tecnologia": (24, 9),
    "auto_seguimiento_cc_estado_cosas_inconstitucional_carcelario_extractos": (35, 5),
    "circular_externa_supersolidaria_insolvencia_cooperativas_2026": (31, 5),
    "politica_tratamiento_datos_personales_entidad_distrital_medellin": (34, 4),
}

_CIRCULAR = "circular_externa_supersolidaria_insolvencia_cooperativas_2026"
_ACUERDO = "acuerdo_concejo_medellin_incentivo_tributario_empresas_tecnologia"
_AUTO = "auto_seguimiento_cc_estado_cosas_inconstitucional_carcelario_extractos"
_POLITICA = "politica_tratamiento_datos_personales_entidad_distrital_medellin"

#: (text, phrase) written in the texts and NOT annotated (no gold span overlaps any occurrence)
NEAR_MISSES = [
    (_CIRCULAR, "ley de la oferta y la demanda"),
    (_ACUERDO, "ley de la oferta y la demanda"),
    (_POLITICA, "ley de la oferta y la demanda"),
    (_CIRCULAR, "artículos de oficina"),
    (_ACUERDO, "artículos de oficina"),
    (_AUTO, "artículos de oficina"),
    (_POLITICA, "artículos de oficina"),
    (_CIRCULAR, "el decreto de embargo"),
    (_AUTO, "decreto de pruebas"),
    (_ACUERDO, "el decreto reglamentario"),
    (_CIRCULAR, "acuerdo de reorganización"),
    (_CIRCULAR, "CIRCULAR EXTERNA No. 41 DE 2026"),
    (_CIRCULAR, "La presente circular"),
    (_CIRCULAR, "7. REPORTE EN SITUACIONES DE INSOLVENCIA."),
    (_ACUERDO, "ACUERDO No. 45 DE 2026"),
    (_ACUERDO, "ARTÍCULO 1. OBJETO."),
    (_ACUERDO, '"Parágrafo 4.'),
    (_ACUERDO, "El presente Acuerdo"),
    (_AUTO, "AUTO 2118 DE 2026"),
    (_AUTO, "La Sala Especial"),
    (_AUTO, "auto del 14 de agosto de 2026"),
    (_POLITICA, "6. DERECHOS DE LOS TITULARES"),
    (_POLITICA, "Código GJ-PO-04"),
    (_POLITICA, "Registro Nacional de Bases de Datos"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (_CIRCULAR, "artículo 13 ibídem", {"type": "ley", "number": "1116", "year": 2006, "article": "13"}),
    (_CIRCULAR, "artículos 30 y 31 ejusdem", {"number": "1116", "articles": ["30", "31"]}),
    (
        _CIRCULAR,
        "artículos 2.2.2.11.1.1 a 2.2.2.11.1.4 del Decreto 1074 de 2015",
        {"articles": ["2.2.2.11.1.1", "2.2.2.11.1.2", "2.2.2.11.1.3", "2.2.2.11.1.4"]},
    ),
    (_CIRCULAR, "Circulares Externas 6", {"type": "circular", "number": "6", "year": 2024}),
    (_CIRCULAR, "numeral 4.1 de la presente circular", {"scope": "internal", "sub": "numeral 4.1"}),
    (_ACUERDO, "artículo 61 del Acuerdo 066 de 2017", {"type": "acuerdo", "number": "66", "article": "61"}),
    (_ACUERDO, "artículo 235-2 del Estatuto Tributario", {"type": "estatuto", "number": None, "article": "235-2"}),
    (_ACUERDO, "artículos 287, 313 numeral 4 y 338 de la Constitución Política", {"sub": "numeral 4"}),
    (_ACUERDO, "este artículo", {"scope": "internal", "relative": "presente"}),
    (_AUTO, "Sentencia T-025 de 2004", {"type": "sentencia", "number": "T-25", "year": 2004}),
    (_AUTO, "SU-092 de 2021", {"number": "SU-92"}),
    (_AUTO, "Auto 373 de 2016", {"type": "otro", "number": "373"}),
    (_AUTO, "artículo 23 ibídem", {"type": "decreto", "number": "2591", "article": "23"}),
    (_AUTO, "artículo 29 superior", {"type": "constitución", "article": "29"}),
    (_POLITICA, "literales a) a h) del artículo 4 de la Ley 1581 de 2012", {"sub": "literales a) a h)"}),
    (_POLITICA, "numeral 4.2 de esta política", {"scope": "internal", "sub": "numeral 4.2"}),
    (_POLITICA, "Ley Estatutaria 1581 de 2012", {"type": "ley estatutaria", "number": "1581"}),
    (_POLITICA, "artículo 18", {"type": "ley", "number": "1581", "article": "18"}),
]


def test_type_mix():
    refs = [r for name in EXPECTED for r in load_gold(HERE, name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "circular", "acuerdo", "constitución", "sentencia", "estatuto", "otro"} <= set(types)
    assert {"código", "resolución", "ley estatutaria"} <= set(types)
    assert types["circular"] >= 5 and types["acuerdo"] >= 5 and types["sentencia"] >= 5
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 6  # DUR decimal articles
    assert sum(1 for r in refs if r["article"] and "-" in r["article"]) >= 1  # Estatuto Tributario 235-2
    assert {r["number"] for r in refs if r["type"] == "sentencia"} >= {"T-25", "SU-122", "SU-92", "C-748"}
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, sixth session, after grammar round 12), blind: the annotator never opened the
# extractor and never ran it, no grammar change had seen the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.980 R 0.973 F1 0.976
#   (b) type+number+year P 0.976 R 0.968 F1 0.972
#   (c) article          P 1.000 R 1.000 F1 1.000   (issue's targets: 0.95 / 0.95 / 0.93)
# Floors: those figures minus 0.02.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 0.976 - 0.02, "b": 0.972 - 0.02, "c": 1.000 - 0.02}
