"""Held-out set 17 (tests/data/references/heldout17/): gold normative references for issue #3, written blind (a
Medellín Secretaría's answer to a derecho de petición, a police inspector's decision under Ley 1801 de 2016, a public
hospital's contracting manual and a DIAN doctrinal oficio).

Particular to set 17, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run
in tests/test_reference_sets.py (``PERIOD_ENDINGS``: the spans that may end in a period, "artículo 631-3 del E.T.").
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import load_gold

HERE = Path(__file__).parent / "data" / "references" / "heldout17"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "decision_inspeccion_policia_espacio_publico_medellin": 32,
    "manual_contratacion_ese_hospital_publico": 41,
    "oficio_dian_concepto_tarifa_zona_franca": 38,
    "oficio_respuesta_derecho_peticion_secretaria_medellin": 39,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "decision_inspeccion_policia_espacio_publico_medellin": (31, 1),
    "manual_contratacion_ese_hospital_publico": (31, 10),
    "oficio_dian_concepto_tarifa_zona_franca": (37, 1),
    "oficio_respuesta_derecho_peticion_secretaria_medellin": (36, 3),
}
#: spans that may end in a period (the abbreviation 'E.T.' of the Estatuto Tributario keeps its final period)
PERIOD_ENDINGS = ("E.T.",)

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    ("oficio_respuesta_derecho_peticion_secretaria_medellin", "ley de la oferta y la demanda"),
    ("oficio_respuesta_derecho_peticion_secretaria_medellin", "artículos de oficina"),
    ("oficio_respuesta_derecho_peticion_secretaria_medellin", "un decreto municipal"),
    ("oficio_respuesta_derecho_peticion_secretaria_medellin", "un decreto de carácter general"),
    ("oficio_respuesta_derecho_peticion_secretaria_medellin", "El presente oficio"),
    ("oficio_respuesta_derecho_peticion_secretaria_medellin", "(en adelante, CPACA)"),
    ("oficio_respuesta_derecho_peticion_secretaria_medellin", "proyecto de ley estatutaria"),
    ("oficio_respuesta_derecho_peticion_secretaria_medellin", "1. MARCO NORMATIVO"),
    ("decision_inspeccion_policia_espacio_publico_medellin", "DECISIÓN No. 0457 DE 2026"),
    ("decision_inspeccion_policia_espacio_publico_medellin", "el decreto y práctica de pruebas"),
    ("decision_inspeccion_policia_espacio_publico_medellin", "Un decreto de reubicación"),
    ("decision_inspeccion_policia_espacio_publico_medellin", "ley de la oferta y la demanda"),
    ("decision_inspeccion_policia_espacio_publico_medellin", "artículos de oficina"),
    ("decision_inspeccion_policia_espacio_publico_medellin", "Corte Constitucional"),
    ("manual_contratacion_ese_hospital_publico", "CAPÍTULO 5. MODALIDADES DE SELECCIÓN"),
    ("manual_contratacion_ese_hospital_publico", "5.3 Contratación directa."),
    ("manual_contratacion_ese_hospital_publico", "artículos de oficina"),
    ("manual_contratacion_ese_hospital_publico", "ley de la oferta y la demanda"),
    ("manual_contratacion_ese_hospital_publico", "un estatuto de contratación"),
    ("manual_contratacion_ese_hospital_publico", "mediante resolución motivada"),
    ("manual_contratacion_ese_hospital_publico", "del acuerdo que lo adopta"),
    ("oficio_dian_concepto_tarifa_zona_franca", "100208192-1547"),
    ("oficio_dian_concepto_tarifa_zona_franca", "ley de la oferta y la demanda"),
    ("oficio_dian_concepto_tarifa_zona_franca", "un decreto reglamentario"),
    ("oficio_dian_concepto_tarifa_zona_franca", "artículos de oficina"),
    ("oficio_dian_concepto_tarifa_zona_franca", "por resolución"),
]

#: (text, span, fields) annotated exactly so (each span once in its text)
HARD_CASES = [
    (
        "oficio_respuesta_derecho_peticion_secretaria_medellin",
        "artículos 13 a 33 del Código de Procedimiento Administrativo y de lo Contencioso Administrativo",
        {"type": "código", "article": "13"},
    ),
    (
        "oficio_respuesta_derecho_peticion_secretaria_medellin",
        "artículos 2.1.1.5.1.1 a 2.1.1.5.1.3 ibídem",
        {"number": "1081", "articles": ["2.1.1.5.1.1", "2.1.1.5.1.2", "2.1.1.5.1.3"]},
    ),
    ("oficio_respuesta_derecho_peticion_secretaria_medellin", "T-206 de 2018", {"type": "sentencia", "year": 2018}),
    ("oficio_respuesta_derecho_peticion_secretaria_medellin", "artículo 21 de la norma citada", {"number": "1712"}),
    (
        "oficio_respuesta_derecho_peticion_secretaria_medellin",
        "Ley Estatutaria 1755 de 2015",
        {"type": "ley estatutaria"},
    ),
    (
        "decision_inspeccion_policia_espacio_publico_medellin",
        "numerales 4 y 6 del artículo 140 de la Ley 1801 de 2016",
        {"article": "140", "sub": "numerales 4 y 6"},
    ),
    ("decision_inspeccion_policia_espacio_publico_medellin", "artículo 222 ibídem", {"type": "código"}),
    ("decision_inspeccion_policia_espacio_publico_medellin", "Decreto 0883 de 2015", {"number": "883"}),
    ("decision_inspeccion_policia_espacio_publico_medellin", "Sentencia SU-360 de 1999", {"number": "SU-360"}),
    (
        "manual_contratacion_ese_hospital_publico",
        "numeral 6 del artículo 195 de la Ley 100",
        {"number": "100", "year": None, "sub": "numeral 6"},
    ),
    ("manual_contratacion_ese_hospital_publico", "capítulo anterior", {"scope": "internal", "relative": "anterior"}),
    (
        "manual_contratacion_ese_hospital_publico",
        "literal a) del numeral 5.3 de este manual",
        {"scope": "internal", "sub": "literal a)"},
    ),
    ("manual_contratacion_ese_hospital_publico", "artículos 4 a 7 de dicha resolución", {"number": "5185"}),
    (
        "oficio_dian_concepto_tarifa_zona_franca",
        "artículos 631 a 631-3 del Estatuto Tributario",
        {"articles": ["631", "631-1", "631-2", "631-3"]},
    ),
    ("oficio_dian_concepto_tarifa_zona_franca", "artículo 631-3 del E.T.", {"type": "estatuto"}),
    ("oficio_dian_concepto_tarifa_zona_franca", "Concepto General Unificado No. 0912 de 2018", {"number": "912"}),
    ("oficio_dian_concepto_tarifa_zona_franca", "parágrafo 6 del citado artículo", {"article": "240-1"}),
    (
        "oficio_dian_concepto_tarifa_zona_franca",
        "artículos 1.6.1.13.2.5 y 1.6.1.13.2.11 del Decreto 1625 de 2016",
        {"articles": ["1.6.1.13.2.5", "1.6.1.13.2.11"]},
    ),
]


def _all_refs() -> list[dict]:
    return [r for name in sorted(EXPECTED) for r in load_gold(HERE, name)]


def test_type_mix():
    refs = _all_refs()
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "decreto", "resolución", "acuerdo", "circular", "constitución"} <= set(types)
    assert {"código", "estatuto", "sentencia", "otro"} <= set(types)
    assert types["sentencia"] >= 5 and types["código"] >= 10 and types["estatuto"] >= 10 and types["otro"] >= 5
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR decimal articles
    assert sum(1 for r in refs if r["article"] and "-" in r["article"]) >= 5  # Estatuto Tributario 240-1, 631-3
    rulings = {r["number"][:2] for r in refs if r["type"] == "sentencia"}
    assert {"T-", "C-", "SU"} <= rulings
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, seventh session, after grammar round 13), blind: the annotator never opened the
# extractor and never ran it, no grammar change had seen the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.986 R 0.960 F1 0.973
#   (b) type+number+year P 0.970 R 0.941 F1 0.955
#   (c) article          P 0.990 R 0.990 F1 0.990   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses at level (b): the DIAN's own numbered oficios and conceptos ("Oficio No. 906453 de 2023", "Concepto General
# Unificado No. 0912 de 2018"), "artículo 631-3 del E.T." (the abbreviation's period), and two antecedents of "la
# norma citada" / "ibídem" (Ley 1581 taken where the gold has Ley 1712).
# Floors: those figures minus 0.02.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 0.973 - 0.02, "b": 0.955 - 0.02, "c": 0.990 - 0.02}
