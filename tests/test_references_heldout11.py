"""Held-out set 11 (tests/data/references/heldout11/): gold normative references for issue #3, written blind (an SIC
competition resolution, a Función Pública concept, a district tax statute and a tutela ruling).

Particular to set 11, here: its tables, its type mix, a control that the contract checker catches a shifted offset,
and its measurement with FLOORS. The checks all sets share run in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import (
    contract_errors,
    load_gold,
    load_text,
)

HERE = Path(__file__).parent / "data" / "references" / "heldout11"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "acuerdo_estatuto_tributario_distrital_ica_extracto_2026": 45,
    "concepto_dafp_racionalizacion_tramites_alcaldia_2026": 36,
    "resolucion_sic_sancion_cartel_precios_concreto_2026": 50,
    "sentencia_cc_t_2026_peticion_habeas_data_extracto": 40,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "acuerdo_estatuto_tributario_distrital_ica_extracto_2026": (37, 8),
    "concepto_dafp_racionalizacion_tramites_alcaldia_2026": (34, 2),
    "resolucion_sic_sancion_cartel_precios_concreto_2026": (46, 4),
    "sentencia_cc_t_2026_peticion_habeas_data_extracto": (38, 2),
}
NAMES = sorted(EXPECTED)

_SIC = "resolucion_sic_sancion_cartel_precios_concreto_2026"
_DAFP = "concepto_dafp_racionalizacion_tramites_alcaldia_2026"
_ACUERDO = "acuerdo_estatuto_tributario_distrital_ica_extracto_2026"
_TUTELA = "sentencia_cc_t_2026_peticion_habeas_data_extracto"

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_SIC, "ley de la oferta y la demanda"),
    (_DAFP, "ley de la oferta y la demanda"),
    (_ACUERDO, "ley de la oferta y la demanda"),
    (_TUTELA, "ley de la oferta y la demanda"),
    (_SIC, "artículos de oficina"),
    (_DAFP, "artículos de oficina"),
    (_ACUERDO, "artículos de oficina"),
    (_SIC, "el decreto de pruebas"),
    (_TUTELA, "decreto de pruebas de oficio"),
    (_DAFP, "un decreto municipal"),
    (_DAFP, "por medio de un decreto ni de ningún otro acto"),
    (_ACUERDO, "mediante decreto"),
    (_SIC, "acuerdo de beneficios por colaboración"),
    (_SIC, "RESOLUCIÓN NÚMERO 61874 DE 2026"),
    (_DAFP, "Concepto 318842 de 2026"),
    (_ACUERDO, "ACUERDO No. 093 DE 2026"),
    (_ACUERDO, "ARTÍCULO 313. REGISTRO DE INFORMACIÓN TRIBUTARIA."),
    (_ACUERDO, "el presente Estatuto"),
    (_ACUERDO, "código CIIU"),
    (_TUTELA, "Sentencia T-438 de 2026"),
    (_TUTELA, "Expediente T-10.214.377"),
    (_TUTELA, "la sentencia del 12 de junio de 2026"),
    (_TUTELA, "proyecto de ley estatutaria"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (
        _SIC,
        "artículos 45, numeral 6, 48, numeral 2, y 50, numeral 1, del Decreto 2153 de 1992",
        {"articles": ["45", "48", "50"], "sub": "numeral 6"},
    ),
    (_SIC, "artículos 45 a 48 del Decreto 2153 de 1992", {"articles": ["45", "46", "47", "48"]}),
    (_SIC, "artículo 50 ibídem", {"type": "decreto", "number": "2153", "year": 1992}),
    (_SIC, "misma resolución", {"type": "resolución", "number": "30512", "year": 2024}),
    (_SIC, "81391 de 2017", {"type": "resolución", "number": "81391", "year": 2017}),
    (_SIC, "artículo 155 del Decreto Ley 019 de 2012", {"type": "decreto ley", "number": "19"}),
    (_SIC, "artículo primero de la presente resolución", {"scope": "internal", "article": "1"}),
    (_DAFP, "numeral 8 del artículo 8 de la Ley 1437 de 2011", {"article": "8", "sub": "numeral 8"}),
    (_DAFP, "Documento CONPES 3816 de 2014", {"type": "conpes", "number": "3816", "year": 2014}),
    (_DAFP, "artículos 2.2.24.1 y siguientes", {"type": "decreto", "number": "1083", "article": "2.2.24.1"}),
    (_DAFP, "4 de la Ley 2052 de 2020", {"type": "ley", "article": "4"}),
    (_ACUERDO, "artículo 771-2 del Estatuto Tributario Nacional", {"type": "estatuto", "article": "771-2"}),
    (_ACUERDO, "artículo 555-1 ibídem", {"type": "estatuto", "article": "555-1"}),
    (
        _ACUERDO,
        "artículos 641, 642 y 644 a 647 del Estatuto Tributario",
        {"articles": ["641", "642", "644", "645", "646", "647"]},
    ),
    (_ACUERDO, "parágrafo 1 del artículo 342 de la misma ley", {"number": "1819", "sub": "parágrafo 1"}),
    (_ACUERDO, "014 de 2022", {"type": "acuerdo", "number": "14"}),
    (_ACUERDO, "numerales 1 a 3 del presente artículo", {"scope": "internal", "relative": "presente"}),
    (_TUTELA, "numeral 6 del citado artículo", {"type": "decreto", "number": "2591", "article": "42"}),
    (_TUTELA, "citado artículo", {"type": "constitución", "article": "23"}),
    (_TUTELA, "Sentencias T-077 de 2018", {"type": "sentencia", "number": "T-77", "year": 2018}),
    (_TUTELA, "SU-213 de 2021", {"type": "sentencia", "number": "SU-213"}),
    (_TUTELA, "artículo 16 de la Ley Estatutaria 1581 de 2012", {"type": "ley estatutaria", "number": "1581"}),
    (_TUTELA, "literal b) ibídem", {"article": "4", "sub": "literal b)"}),
]


def _refs() -> list[dict]:
    return [r for name in NAMES for r in load_gold(HERE, name)]


def test_contract_checker_catches_a_shifted_offset():
    """The checker used above is not vacuous on this set: one shifted span is reported."""
    text = load_text(HERE, _SIC)
    refs = [dict(r) for r in load_gold(HERE, _SIC)]
    refs[0]["start"] += 1
    assert contract_errors(text, refs)


def test_type_mix():
    refs = _refs()
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "decreto", "decreto ley", "resolución", "acuerdo", "conpes"} <= set(types)
    assert {"constitución", "código", "estatuto", "sentencia"} <= set(types)
    assert types["sentencia"] >= 5 and types["resolución"] >= 5 and types["estatuto"] >= 5
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 5  # DUR decimal articles
    assert sum(1 for r in refs if r["article"] and "-" in r["article"]) >= 4  # Estatuto Tributario 771-2, 555-2 …
    rulings = {r["number"].split("-")[0] for r in refs if r["type"] == "sentencia"}
    assert {"T", "SU", "C"} <= rulings
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, fifth session, after grammar round 7), blind: the annotator never opened the
# extractor and never ran it, and no grammar change had seen the set: F1 (a) 0.980, (b) 0.964, (c) 0.974 (above the
# issue's 0.95 / 0.95 / 0.93). The lead had seen one prediction on one of its texts before (a parity run over the test
# data while the set was being written showed the own title "RESOLUCIÓN NÚMERO 61874 DE 2026" read as a citation) and
# changed nothing for it. Its misses: "de la misma ley" taking the older law, bare "numeral 1 del artículo 47" /
# "inciso segundo del artículo 26" read as internal in a resolution that has articles, "artículo 14" given to the code
# named last instead of the law under discussion, literals of an article named before, the compiled title. Grammar
# round 8 then took the general ones as concepts (the set is no longer blind): a bare article far beyond the
# document's own articles, "cuyo artículo" as a new reference, a parenthesised sub-unit taking the article cited just
# before, own titles under issuer lines with blank lines and "se compila … el Estatuto … del Distrito": F1 1.000 /
# 0.981 / 1.000 (the doubt-flagged "misma ley" and "artículo 14" readings left alone). Floors: those minus 0.02.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 1.000 - 0.02, "b": 0.981 - 0.02, "c": 1.000 - 0.02}
