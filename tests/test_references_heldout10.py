"""Held-out set 10 (tests/data/references/heldout10/): gold normative references for issue #3, written blind (a district
resolution, a Colombia Compra Eficiente guide, a nulidad ruling and a bill amending Law 1955).

Particular to set 10, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run
in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

from refcontract import (
    load_gold,
)

HERE = Path(__file__).parent / "data" / "references" / "heldout10"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "guia_cce_minima_cuantia_mipymes_2026": 44,
    "proyecto_ley_gobierno_digital_modifica_leyes_1955_1341": 36,
    "resolucion_secretaria_movilidad_medellin_programa_bici_empresarial_2026": 43,
    "sentencia_tribunal_antioquia_nulidad_decreto_municipal_rionegro": 35,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "guia_cce_minima_cuantia_mipymes_2026": (42, 2),
    "proyecto_ley_gobierno_digital_modifica_leyes_1955_1341": (26, 10),
    "resolucion_secretaria_movilidad_medellin_programa_bici_empresarial_2026": (32, 11),
    "sentencia_tribunal_antioquia_nulidad_decreto_municipal_rionegro": (34, 1),
}
NAMES = sorted(EXPECTED)
_RES = "resolucion_secretaria_movilidad_medellin_programa_bici_empresarial_2026"
_GUIA = "guia_cce_minima_cuantia_mipymes_2026"
_SENT = "sentencia_tribunal_antioquia_nulidad_decreto_municipal_rionegro"
_PL = "proyecto_ley_gobierno_digital_modifica_leyes_1955_1341"

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_RES, "ley de la oferta y la demanda"),
    (_GUIA, "ley de la oferta y la demanda"),
    (_SENT, "ley de la oferta y la demanda"),
    (_PL, "ley de la oferta y la demanda"),
    (_RES, "artículos de oficina"),
    (_GUIA, "artículos de oficina"),
    (_RES, "un nuevo decreto"),
    (_GUIA, "un decreto reglamentario"),
    (_SENT, "decreto de pruebas"),
    (_GUIA, "Acuerdo Marco de Precios"),
    (_SENT, "acuerdo previo del Concejo"),
    (_RES, "circular libremente"),
    (_RES, "RESOLUCIÓN No. 202650087421 DE 2026"),
    (_PL, "PROYECTO DE LEY No. 214 DE 2026 CÁMARA"),
    (_SENT, "SENTENCIA No. 187"),
    (_SENT, "auto del 3 de marzo de 2026"),
    (_RES, "ARTÍCULO 4. REQUISITOS DE INSCRIPCIÓN."),
    (_PL, '"ARTÍCULO 147. TRANSFORMACIÓN DIGITAL PÚBLICA.'),
    (_PL, '"PARÁGRAFO 3.'),
]

#: (text, span, fields) annotated exactly so (each span once)
HARD_CASES = [
    (_RES, "artículo 82 ibídem", {"type": "constitución", "article": "82"}),
    (
        _RES,
        "artículos 2.3.1.2 a 2.3.1.4 del mismo decreto",
        {"number": "1079", "articles": ["2.3.1.2", "2.3.1.3", "2.3.1.4"]},
    ),
    (_RES, "85 de 2018", {"type": "acuerdo", "number": "85", "year": 2018}),
    (_RES, "Acuerdo 01 de 2024", {"number": "1"}),
    (_RES, "parágrafo anterior", {"scope": "internal", "relative": "anterior", "sub": "parágrafo"}),
    (_RES, "numeral 1 del artículo 4", {"scope": "internal", "article": "4", "sub": "numeral 1"}),
    (_GUIA, "numeral 5 al artículo 2 de la Ley 1150 de 2007", {"article": "2", "sub": "numeral 5"}),
    (_GUIA, "literal b) del numeral 2 del artículo 2 de la misma ley", {"number": "1150", "sub": "literal b)"}),
    (_GUIA, "artículo 2.2.1.1.1.3.1 ibídem", {"type": "decreto", "number": "1082", "year": 2015}),
    (_GUIA, "sentencia del 14 de marzo de 2013", {"type": "otro", "number": None, "year": 2013}),
    (_GUIA, "Circular Conjunta 100-001 de 2024", {"type": "circular", "number": None, "year": 2024}),
    (_SENT, "norma acusada", {"type": "decreto", "number": "415", "year": 2025}),
    (_SENT, "artículo 182A del CPACA", {"type": "código", "number": None, "article": "182A"}),
    (_SENT, "Sentencia C-035 de 2016", {"number": "C-35"}),
    (_SENT, "inciso final ibídem", {"type": "constitución", "article": "333", "sub": "inciso final"}),
    (_PL, "artículo 147A a la Ley 1955 de 2019", {"article": "147A"}),
    (_PL, "numeral 3 del presente artículo", {"scope": "internal", "sub": "numeral 3"}),
    (_PL, "artículos 2 a 5 de la presente ley", {"scope": "internal", "articles": ["2", "3", "4", "5"]}),
    (_PL, "17 del Decreto Ley 2106 de 2019", {"type": "decreto ley", "number": "2106", "article": "17"}),
]


def test_type_mix():
    refs = [r for name in NAMES for r in load_gold(HERE, name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "decreto ley", "ley estatutaria", "acuerdo", "constitución", "sentencia"} <= set(types)
    assert {"código", "estatuto", "circular", "resolución", "otro"} <= set(types)
    assert types["acuerdo"] >= 4 and types["sentencia"] >= 4 and types["código"] >= 5 and types["circular"] >= 3
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR decimal articles
    assert sum(1 for r in refs if r["article"] and re.search(r"[A-Z]$", r["article"])) >= 2  # 147A, 182A
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior", "siguiente"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, fifth session, after grammar round 6), blind: the annotator never opened the
# extractor and never ran it, and no grammar change had seen the set: F1 (a) 0.968, (b) 0.943, (c) 0.975 (below the
# issue's 0.95 at level b). Grammar round 7 then took its misses as concepts (the set is no longer blind): the norm
# under review ("la norma acusada", "artículo 2 del decreto acusado"), "artículo 313, numeral 7, superior", "inciso
# final ibídem", a unit in a phrase inserted after the subject norm, "su artículo" after a subject norm across ";",
# the own title under title-case issuer lines: F1 1.000 / 0.993 / 1.000 (the one miss left is the hyphenated circular
# number, an open contract question). Floors: those figures minus 0.02, to keep the gain.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 1.000 - 0.02, "b": 0.993 - 0.02, "c": 1.000 - 0.02}
