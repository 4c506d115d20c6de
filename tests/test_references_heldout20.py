"""Held-out set 20 (tests/data/references/heldout20/): gold normative references for issue #3, written blind (a
Superintendencia de Transporte sanction resolution, a Juzgado Penal del Circuito ruling approving a preacuerdo, a
Consejo Nacional Electoral resolution on a campaign-finance report, and a public university's reglamento estudiantil).

Particular to set 20, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run
in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import load_gold

HERE = Path(__file__).parent / "data" / "references" / "heldout20"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "reglamento_estudiantil_universidad_publica_acuerdo_superior": 32,
    "resolucion_cne_informe_ingresos_gastos_campana_2026": 36,
    "resolucion_supertransporte_sancion_empresa_buses_2026": 35,
    "sentencia_juzgado_penal_circuito_aprobacion_preacuerdo": 29,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "reglamento_estudiantil_universidad_publica_acuerdo_superior": (22, 10),
    "resolucion_cne_informe_ingresos_gastos_campana_2026": (32, 4),
    "resolucion_supertransporte_sancion_empresa_buses_2026": (33, 2),
    "sentencia_juzgado_penal_circuito_aprobacion_preacuerdo": (26, 3),
}

_REGL = "reglamento_estudiantil_universidad_publica_acuerdo_superior"
_CNE = "resolucion_cne_informe_ingresos_gastos_campana_2026"
_ST = "resolucion_supertransporte_sancion_empresa_buses_2026"
_PEN = "sentencia_juzgado_penal_circuito_aprobacion_preacuerdo"

#: (text, phrase) written in the texts and NOT annotated (first occurrence checked)
NEAR_MISSES = [
    (_ST, "RESOLUCIÓN No. 20265330014785 DE 2026"),
    (_ST, "ley de la oferta y la demanda"),
    (_ST, "el decreto de pruebas"),
    (_ST, "decreto alguno"),
    (_ST, "Informe Único de Infracciones al Transporte No. 15467"),
    (_ST, "ARTÍCULO PRIMERO. DECLARAR"),
    (_ST, "la presente resolución"),
    (_PEN, "Sentencia No. 087"),
    (_PEN, "Radicación (CUI): 05088 60 00201 2025 01234"),
    (_PEN, "artículos personales"),
    (_PEN, "ley de la oferta y la demanda"),
    (_PEN, "por autoridad de la ley"),
    (_CNE, "RESOLUCIÓN No. 4231 DE 2026"),
    (_CNE, "formularios 5B, 6B y 7B"),
    (_CNE, "ley de la oferta y la demanda"),
    (_CNE, "un decreto de gasto público"),
    (_CNE, "Acta 058"),
    (_REGL, "ACUERDO SUPERIOR No. 512 DE 2026"),
    (_REGL, "de acuerdo con la ley"),
    (_REGL, "El presente reglamento"),
    (_REGL, "PARÁGRAFO 2."),
    (_REGL, "CAPÍTULO IV\nRÉGIMEN DISCIPLINARIO"),
    (_REGL, "artículos de oficina"),
    (_REGL, "decreto de pruebas"),
    (_REGL, "El presente Acuerdo"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (_ST, "parágrafo del artículo 46 ibídem", {"number": "336", "article": "46", "sub": "parágrafo"}),
    (
        _ST,
        "artículos 2.2.1.8.3.1 a 2.2.1.8.3.3 del mismo decreto",
        {"number": "1079", "articles": ["2.2.1.8.3.1", "2.2.1.8.3.2", "2.2.1.8.3.3"]},
    ),
    (_ST, "literal a) del parágrafo del artículo 46 de la Ley 336 de 1996", {"article": "46", "sub": "literal a)"}),
    (_ST, "Sentencia C-030 de 2012", {"type": "sentencia", "number": "C-30", "year": 2012}),
    (_ST, "C-699 de 2015", {"type": "sentencia", "number": "C-699", "year": 2015}),
    (_ST, "artículo anterior", {"scope": "internal", "relative": "anterior"}),
    (_ST, "Resolución 20223040045295 de 2022", {"type": "resolución", "number": "20223040045295"}),
    (_PEN, "inciso cuarto del mismo artículo", {"number": "906", "article": "351", "sub": "inciso 4"}),
    (_PEN, "CSJ SP2073-2020, rad. 52227", {"type": "sentencia", "number": "SP-2073", "year": 2020}),
    (_PEN, "Sentencia SU-479 de 2019", {"number": "SU-479"}),
    (
        _PEN,
        "artículos 239, 240 numeral 2 y 241 numeral 10 del Código Penal",
        {"type": "código", "articles": ["239", "240", "241"], "sub": "numeral 2"},
    ),
    (_PEN, "dicho artículo", {"type": "código", "article": "349"}),
    (_PEN, "numeral anterior", {"scope": "internal", "relative": "anterior"}),
    (_PEN, "artículo 68A del Código Penal", {"article": "68A"}),
    (_CNE, "01 de 2009", {"type": "acto legislativo", "number": "1", "year": 2009}),
    (_CNE, "misma ley estatutaria", {"type": "ley estatutaria", "number": "1909", "year": 2018}),
    (_CNE, "numerales 1 y 2 del artículo 12 de la misma ley", {"number": "1475", "sub": "numerales 1 y 2"}),
    (_CNE, "Decreto 2241 de 1986, Código Electoral", {"type": "decreto", "number": "2241"}),
    (_CNE, "artículo 183 del Código Electoral", {"type": "código", "number": None}),
    (_CNE, "parágrafo del artículo segundo de la presente resolución", {"scope": "internal", "article": "2"}),
    (_REGL, "capítulo IV de este reglamento", {"scope": "internal", "sub": "capítulo IV"}),
    (_REGL, "parágrafo anterior", {"relative": "anterior", "sub": "parágrafo"}),
    (_REGL, "artículos 2.5.3.2.3.2.1 y siguientes", {"number": "1075", "article": "2.5.3.2.3.2.1"}),
    (_REGL, "artículo 2.5.3.2.3.2.6 ibídem", {"type": "decreto", "number": "1075"}),
    (_REGL, "literales d) y e) del mismo artículo", {"scope": "internal", "article": "22"}),
    (_REGL, "388 de 2016", {"type": "acuerdo", "number": "388", "year": 2016}),
    (_REGL, "Acuerdo Superior 01 de 1997", {"type": "acuerdo", "number": "1", "year": 1997}),
]
#: spans that are annotated more than once, with their count
REPEATED_SPANS = {"Acuerdo Superior 01 de 1997": 2}


def test_type_mix():
    refs = [r for name in sorted(EXPECTED) for r in load_gold(HERE, name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "decreto", "resolución", "acuerdo", "acto legislativo"} <= set(types)
    assert {"constitución", "código", "sentencia", "otro"} <= set(types)
    assert types["sentencia"] >= 5 and types["resolución"] >= 5 and types["acuerdo"] >= 3
    assert sum(1 for r in refs if "articles" in r) >= 8
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 4  # DUR decimal articles
    sentencias = [r["number"] for r in refs if r["type"] == "sentencia"]
    assert any(n.startswith("SU-") for n in sentencias) and any(n.startswith("SP-") for n in sentencias)
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, eighth session, after grammar round 17), blind: the annotator never opened the
# extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.985 R 1.000 F1 0.993
#   (b) type+number+year P 0.974 R 0.974 F1 0.974
#   (c) article          P 1.000 R 0.987 F1 0.993   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: "misma ley estatutaria" (span ends at "ley"), "inciso 2 del artículo 351 del mismo código" typed by the word
# "código" instead of its antecedent (Ley 906 de 2004), a DUR's name after it in the span, the radicado after "CSJ
# SP2073-2020, rad. 52227", and "tercera parte" / "cuarta parte" (of a penalty) read as the document's own parts.
# Floors: those figures minus 0.02.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 0.993 - 0.02, "b": 0.974 - 0.02, "c": 0.993 - 0.02}
