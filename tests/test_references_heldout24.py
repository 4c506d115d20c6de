"""Held-out set 24 (tests/data/references/heldout24/): gold normative references for issue #3, written blind (a
sentencia of the Corte Constitucional in a tutela on consulta previa, a resolución of the CRA on a tariff methodology,
the statutes of a Junta de Acción Comunal in Medellín, and a resolución of the Ministerio de Salud adopting a sanitary
protocol).

Particular to set 24, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run
in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

from refcontract import load_gold

HERE = Path(__file__).parent / "data" / "references" / "heldout24"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "estatutos_jac_barrio_la_esperanza_medellin": 28,
    "resolucion_cra_metodologia_tarifaria_acueducto_2026": 39,
    "resolucion_minsalud_protocolo_sanitario_plazas_mercado_2026": 37,
    "sentencia_cc_t_2026_consulta_previa_resguardo_extractos": 40,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "estatutos_jac_barrio_la_esperanza_medellin": (19, 9),
    "resolucion_cra_metodologia_tarifaria_acueducto_2026": (35, 4),
    "resolucion_minsalud_protocolo_sanitario_plazas_mercado_2026": (30, 7),
    "sentencia_cc_t_2026_consulta_previa_resguardo_extractos": (37, 3),
}

_JAC = "estatutos_jac_barrio_la_esperanza_medellin"
_CRA = "resolucion_cra_metodologia_tarifaria_acueducto_2026"
_MSPS = "resolucion_minsalud_protocolo_sanitario_plazas_mercado_2026"
_CC = "sentencia_cc_t_2026_consulta_previa_resguardo_extractos"

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_CC, "ley de la oferta y la demanda"),
    (_CRA, "ley de la oferta y la demanda"),
    (_JAC, "ley de la oferta y la demanda"),
    (_MSPS, "ley de la oferta y la demanda"),
    (_CRA, "artículos de oficina"),
    (_JAC, "artículos de oficina"),
    (_MSPS, "artículos de aseo"),
    (_CC, "el decreto de pruebas"),
    (_CC, "Un decreto no puede"),
    (_CRA, "un decreto adicional"),
    (_JAC, "El decreto de una sanción"),
    (_MSPS, "Un decreto o una resolución posterior"),
    (_CC, "SENTENCIA T-214 DE 2026"),
    (_CC, "expediente T-9.874.321"),
    (_CC, "ordinal anterior"),
    (_CRA, "RESOLUCIÓN CRA 1012 DE 2026"),
    (_CRA, '"ARTÍCULO 9. COSTO MEDIO DE ADMINISTRACIÓN (CMA).'),
    (_CRA, '"PARÁGRAFO 3.'),
    (_MSPS, "RESOLUCIÓN NÚMERO 1487 DE 2026"),
    (_MSPS, "contenido en el anexo técnico"),
    (_JAC, "CAPÍTULO IV\nDE LOS DIGNATARIOS"),
    (_JAC, "PARÁGRAFO TRANSITORIO."),
    (_JAC, "la Directiva, la Comisión Empresarial"),
    (_JAC, "Estos estatutos solo podrán reformarse"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (
        _CC,
        "artículos 86 y 241, numeral 9, de la Constitución Política",
        {"articles": ["86", "241"], "sub": "numeral 9"},
    ),
    (_CC, "parágrafo del artículo 330", {"type": "constitución", "article": "330", "sub": "parágrafo"}),
    (_CC, "numeral 2 del artículo 15 ibídem", {"type": "otro", "number": "169", "article": "15"}),
    (_CC, "Sentencia C-030 de 2008", {"number": "C-30", "year": 2008}),
    (_CC, "T-129 de 2011", {"type": "sentencia", "number": "T-129"}),
    (_CC, "Decreto-Ley 4633 de 2011", {"type": "decreto ley", "number": "4633"}),
    (_CC, "artículo 27", {"type": "decreto ley", "number": "4633", "article": "27"}),
    (_CC, "Resolución 0457 del 14 de junio de 2024", {"number": "457", "year": 2024}),
    (_CC, "numeral 5 de esta providencia", {"scope": "internal", "sub": "numeral 5"}),
    (
        _CC,
        "artículos 2.5.3.1.1 a 2.5.3.1.4",
        {"number": "1066", "articles": ["2.5.3.1.1", "2.5.3.1.2", "2.5.3.1.3", "2.5.3.1.4"]},
    ),
    (_CRA, "numeral 73.22 del mismo artículo", {"number": "142", "article": "73", "sub": "numeral 73.22"}),
    (_CRA, "parágrafos 1 y 3", {"number": "1955", "article": "18", "sub": "parágrafos 1 y 3"}),
    (_CRA, "artículo 5.1.1.1.9 de la Resolución CRA 943 de 2021", {"type": "resolución", "article": "5.1.1.1.9"}),
    (_CRA, "parágrafo 3 al artículo 43 de la Resolución CRA 688 de 2014", {"article": "43", "sub": "parágrafo 3"}),
    (_CRA, "artículos 1 a 3 de la presente resolución", {"scope": "internal", "articles": ["1", "2", "3"]}),
    (_CRA, "artículo anterior", {"scope": "internal", "relative": "anterior", "article": None}),
    (_JAC, "literal k) del numeral 1 del artículo 19 de la Ley 2166", {"year": None, "sub": "literal k)"}),
    (_JAC, "literal anterior", {"relative": "anterior", "sub": "literal"}),
    (_JAC, "Capítulo IV de estos estatutos", {"scope": "internal", "sub": "Capítulo IV"}),
    (_JAC, "artículo 103 ibídem", {"type": "constitución", "article": "103"}),
    (_JAC, "artículos 27 a 30 de la Ley 2166 de 2021", {"articles": ["27", "28", "29", "30"]}),
    (_MSPS, "artículos 576 y siguientes de la Ley 9 de 1979", {"article": "576"}),
    (_MSPS, "Código Sanitario", {"type": "código", "number": None}),
    (_MSPS, "numerales 1 y 2 del presente artículo", {"relative": "presente", "sub": "numerales 1 y 2"}),
    (
        _MSPS,
        "literal c) del numeral 44.3 del artículo 44 de la Ley 715 de 2001",
        {"article": "44", "sub": "literal c)"},
    ),
]

# Spans that occur, identically, more than once in one text (each annotated identically).
REPEATED_SPANS = {
    "T-129 de 2011": 2,
    "Resolución 0457 del 14 de junio de 2024": 2,
}


def _refs(name: str) -> list[dict]:
    return load_gold(HERE, name)


def test_type_mix():
    refs = [r for name in EXPECTED for r in _refs(name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "decreto ley", "resolución", "constitución", "código", "sentencia", "otro"} <= set(types)
    assert types["resolución"] >= 10 and types["sentencia"] >= 5 and types["otro"] >= 5
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR / compiled decimal articles
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
    anaphora = re.compile(r"ibídem|mism[oa]|citad[oa]|dicha")
    assert sum(1 for r in refs if r["scope"] == "external" and anaphora.search(r["text"])) >= 10


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, ninth session, after grammar round 21), blind: the annotator never opened the
# extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.972 R 0.965 F1 0.969
#   (b) type+number+year P 0.983 R 0.942 F1 0.962
#   (c) article          P 0.976 R 0.964 F1 0.970   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: "de estos estatutos" (a JAC's statutes naming themselves) left out of three internal spans; "del anexo
# técnico" left out of four internal spans; "Convenio 169 de la OIT" and "los artículos 6, 7 y 15 del Convenio" (a
# treaty: no type in the contract, otro here) not read, and two anaphoras to it typed as the Constitution; "la
# Directiva" (bare, after "Directiva Presidencial 08 de 2020"); "conforme al numeral 87.4" after "sus numerales 87.1 a
# 87.7" read as the document's own; "parágrafo del artículo 330" after "la Constitución … (artículo 7)"; "Ley 1751 de
# 2015, estatutaria del derecho fundamental a la salud" (an appositive name: sets disagree); "ordinal anterior" (not a
# unit in the contract). Floors: those figures minus 0.02.
FLOORS = {"a": 0.969 - 0.02, "b": 0.962 - 0.02, "c": 0.970 - 0.02}
