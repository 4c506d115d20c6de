"""Held-out set 26 (tests/data/references/heldout26/): gold normative references for issue #3, written blind (a
Consejo de Estado Sección Cuarta ruling on valorización and predial, a Superintendencia Financiera circular on financial
consumers, a company's reglamento interno de trabajo, and a public-works contract's bilateral liquidation record).

Particular to set 26, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run in
tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import load_gold

HERE = Path(__file__).parent / "data" / "references" / "heldout26"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "acta_liquidacion_bilateral_contrato_obra_publica_caldas": 29,
    "circular_externa_sfc_proteccion_consumidor_financiero_2026": 34,
    "reglamento_interno_trabajo_logistica_andina_sas": 39,
    "sentencia_ce_seccion_cuarta_predial_valorizacion_envigado": 41,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "acta_liquidacion_bilateral_contrato_obra_publica_caldas": (26, 3),
    "circular_externa_sfc_proteccion_consumidor_financiero_2026": (29, 5),
    "reglamento_interno_trabajo_logistica_andina_sas": (33, 6),
    "sentencia_ce_seccion_cuarta_predial_valorizacion_envigado": (38, 3),
}

_ACTA = "acta_liquidacion_bilateral_contrato_obra_publica_caldas"
_CIRC = "circular_externa_sfc_proteccion_consumidor_financiero_2026"
_RIT = "reglamento_interno_trabajo_logistica_andina_sas"
_SENT = "sentencia_ce_seccion_cuarta_predial_valorizacion_envigado"

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_SENT, "ley de la oferta y la demanda"),
    (_CIRC, "ley de la oferta y la demanda"),
    (_RIT, "ley de la oferta y la demanda"),
    (_ACTA, "ley de la oferta y la demanda"),
    (_SENT, "artículos de oficina"),
    (_CIRC, "artículos de oficina"),
    (_RIT, "artículos de oficina"),
    (_SENT, "el decreto de pruebas"),
    (_CIRC, "por decreto de esta entidad"),
    (_CIRC, "un decreto adicional"),
    (_RIT, "decreto interno alguno"),
    (_ACTA, "decreto de ajuste presupuestal"),
    (_CIRC, "CIRCULAR EXTERNA 031 DE 2026"),
    (_RIT, "ARTÍCULO 13."),
    (_RIT, "CAPÍTULO VII\nESCALA DE FALTAS"),
    (_ACTA, "cláusula décima del contrato"),
    (_ACTA, "cláusula sexta"),
    (_SENT, "La presente providencia"),
    (_CIRC, "Cartas Circulares"),
    (_SENT, "el acuerdo que la decreta"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (
        _SENT,
        "artículos 18, 19 y 22 del Acuerdo 030 de 2017",
        {"type": "acuerdo", "number": "30", "articles": ["18", "19", "22"]},
    ),
    (_SENT, "Decreto 624 de 1989", {"type": "decreto", "number": "624", "year": 1989}),
    (_SENT, "artículo 648 ibídem", {"type": "estatuto", "article": "648"}),
    (_SENT, "parágrafo 2 del mismo artículo", {"type": "acuerdo", "article": "19", "sub": "parágrafo 2"}),
    (_SENT, "C-304 de 2019", {"type": "sentencia", "number": "C-304", "year": 2019}),
    (_SENT, "sentencia del 11 de febrero de 2021, exp. 24871", {"type": "otro", "number": "24871", "year": 2021}),
    (_SENT, "numeral anterior", {"scope": "internal", "relative": "anterior"}),
    (_CIRC, "literales c), d) y h) del artículo 7 ibídem", {"number": "1328", "sub": "literales c), d) y h)"}),
    (
        _CIRC,
        "literal a) del numeral 3 del artículo 326 del Estatuto Orgánico del Sistema Financiero",
        {"sub": "literal a)"},
    ),
    (
        _CIRC,
        "numeral 2.1 del Capítulo I del Título III de la Parte I de la Circular Básica Jurídica",
        {"type": "circular", "number": None, "sub": "numeral 2.1"},
    ),
    (_CIRC, "Circular Externa 008 de 2017", {"type": "circular", "number": "8"}),
    (_CIRC, "artículo 2.35.1.2.1 del mismo Decreto", {"number": "2555", "article": "2.35.1.2.1"}),
    (_CIRC, "numerales 2.1 a 2.3 de esta circular", {"scope": "internal", "sub": "numerales 2.1 a 2.3"}),
    (_RIT, "artículos 76 a 80 del Código Sustantivo del Trabajo", {"articles": ["76", "77", "78", "79", "80"]}),
    (_RIT, "artículos 2.2.4.6.1 y siguientes del Decreto 1072 de 2015", {"article": "2.2.4.6.1"}),
    (_RIT, "este artículo", {"scope": "internal", "relative": "presente"}),
    (_RIT, "Capítulo VII del presente reglamento", {"scope": "internal", "sub": "Capítulo VII"}),
    (_RIT, "numerales 1, 2 y 6", {"type": "código", "article": "60"}),
    (_ACTA, "artículos 60 y 61 de la Ley 80 de 1993", {"articles": ["60", "61"]}),
    (_ACTA, "artículo 217 del Decreto Ley 019 de 2012", {"type": "decreto ley", "number": "19"}),
    (_ACTA, "inciso 3 del mismo artículo 11", {"number": "1150", "article": "11", "sub": "inciso 3"}),
    (_ACTA, "artículo 141 ibídem", {"number": "1437", "year": 2011}),
]


def _all_refs() -> list[dict]:
    return [r for name in EXPECTED for r in load_gold(HERE, name)]


def test_type_mix():
    refs = _all_refs()
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "decreto ley", "código", "estatuto", "acuerdo", "circular", "sentencia", "otro"} <= set(
        types
    )
    assert {"constitución", "resolución"} <= set(types)
    assert types["código"] >= 10 and types["acuerdo"] >= 5 and types["circular"] >= 3
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR decimal articles
    assert max(len(r.get("articles", ())) for r in refs) >= 20  # "artículos 104 a 125" expanded
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-12-01, tenth session, after grammar round 23), blind: the annotator never opened the
# extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.993 R 0.972 F1 0.982
#   (b) type+number+year P 0.951 R 0.921 F1 0.935   (below the 0.95 target)
#   (c) article          P 1.000 R 0.990 F1 0.995   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: a norm named in parentheses after a code's name ("del Estatuto Tributario (Decreto 624 de 1989)", the same
# with the Estatuto Orgánico del Sistema Financiero) kept in one span where the set annotates two references; Consejo
# de Estado rulings' numbers in parentheses or after "exp." left out; "del mismo estatuto" and "ibídem" after the
# Estatuto Tributario typed as code or decree; "del mismo acuerdo de valorización" given to the last acuerdo rather
# than the valorisation one; "la sentencia del 3 de marzo de 2023" (a ruling by date only) not read; two coordinated
# sub-units of two norms merged; "numeral 4 de las consideraciones" and "numeral primero de la presente acta" spanned
# short. Floors: those figures minus 0.02.
FLOORS = {"a": 0.982 - 0.02, "b": 0.935 - 0.02, "c": 0.995 - 0.02}
