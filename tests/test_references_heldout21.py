"""Held-out set 21 (tests/data/references/heldout21/): gold normative references for issue #3, written blind (a
resolución of a Sala of the Jurisdicción Especial para la Paz, a resolución of the Agencia Nacional de Minería on a
mining title, an Acuerdo Metropolitano of the Área Metropolitana del Valle de Aburrá on air-quality episodes, and a
labour inspector's sanction resolution).

Particular to set 21, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run
in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import load_gold

HERE = Path(__file__).parent / "data" / "references" / "heldout21"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "acuerdo_metropolitano_amva_episodios_calidad_aire_2026": 33,
    "resolucion_anm_caducidad_contrato_concesion_2026": 34,
    "resolucion_jep_sdsj_libertad_condicionada_2026": 34,
    "resolucion_mintrabajo_inspector_sancion_jornada_2026": 37,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "acuerdo_metropolitano_amva_episodios_calidad_aire_2026": (26, 7),
    "resolucion_anm_caducidad_contrato_concesion_2026": (32, 2),
    "resolucion_jep_sdsj_libertad_condicionada_2026": (32, 2),
    "resolucion_mintrabajo_inspector_sancion_jornada_2026": (35, 2),
}

_JEP = "resolucion_jep_sdsj_libertad_condicionada_2026"
_ANM = "resolucion_anm_caducidad_contrato_concesion_2026"
_AMVA = "acuerdo_metropolitano_amva_episodios_calidad_aire_2026"
_MT = "resolucion_mintrabajo_inspector_sancion_jornada_2026"

#: (text, phrase) written in the texts and NOT annotated (first occurrence)
NEAR_MISSES = [
    (_JEP, "RESOLUCIÓN SDSJ No. 2418 DE 2026"),
    (_JEP, "ley de la oferta y la demanda"),
    (_JEP, "un decreto de pruebas"),
    (_JEP, "la presente resolución"),
    (_JEP, "proyecto de ley estatutaria"),
    (_ANM, "RESOLUCIÓN VSC No. 000611 DE 2026"),
    (_ANM, "ley de la oferta y la demanda"),
    (_ANM, "artículos de oficina"),
    (_ANM, "decreto alguno"),
    (_ANM, "resolución de trámite"),
    (_ANM, "Contrato de Concesión No. HKT-08461"),
    (_ANM, "Concepto Técnico PARM No. 0772"),
    (_ANM, "cláusula vigésima del mismo"),
    (_ANM, "ARTÍCULO PRIMERO. DECLARAR"),
    (_AMVA, "ACUERDO METROPOLITANO No. 09 DE 2026"),
    (_AMVA, "ley de la oferta y la demanda"),
    (_AMVA, "acuerdo de voluntades"),
    (_AMVA, "artículos de oficina"),
    (_AMVA, "mediante resolución motivada"),
    (_AMVA, "ARTÍCULO 3. NIVELES DE EPISODIO"),
    (_AMVA, "PARÁGRAFO 2."),
    (_AMVA, "El presente Acuerdo Metropolitano"),
    (_AMVA, "Gaceta Metropolitana"),
    (_MT, "RESOLUCIÓN No. 05-3318 DE 2026"),
    (_MT, "artículos de oficina"),
    (_MT, "ley de la oferta y la demanda"),
    (_MT, "NIT 901.233.874-1"),
    (_MT, "de común acuerdo"),
    (_MT, "ARTÍCULO PRIMERO. SANCIONAR"),
]

#: (text, span, fields) annotated exactly so (the span occurs once in the gold of that text)
HARD_CASES = [
    (_JEP, "artículos 27A, 27B y 27D de la misma ley", {"number": "1922", "articles": ["27A", "27B", "27D"]}),
    (_JEP, "Sentencias C-007", {"type": "sentencia", "number": "C-7", "year": 2018}),
    (_JEP, "artículo 84, literal f), de la Ley 1957 de 2019", {"type": "ley", "article": "84", "sub": "literal f)"}),
    (
        _JEP,
        "numerales 1 y 3 del artículo 63 de la misma ley estatutaria",
        {"type": "ley estatutaria", "number": "1957", "article": "63", "sub": "numerales 1 y 3"},
    ),
    (_JEP, "Auto TP-SA 019 de 2018", {"type": "otro", "number": "19", "year": 2018}),
    (_JEP, "artículo transitorio 17 del mismo Acto Legislativo", {"number": "1", "year": 2017, "article": "17"}),
    (_JEP, "numeral anterior", {"scope": "internal", "relative": "anterior", "sub": "numeral"}),
    (
        _ANM,
        "artículos 2.2.5.1.2.4 a 2.2.5.1.2.6 del mismo decreto",
        {"number": "1073", "articles": ["2.2.5.1.2.4", "2.2.5.1.2.5", "2.2.5.1.2.6"]},
    ),
    (_ANM, "artículo 287 ibídem", {"type": "código", "number": None, "article": "287"}),
    (_ANM, "artículo 112 de la Ley 685 de 2001, Código de Minas", {"type": "ley", "number": "685"}),
    (_ANM, "223 de 2021", {"type": "resolución", "number": "223", "year": 2021}),
    (_ANM, "Resolución VSC 000254 de 2024", {"number": "254"}),
    (_ANM, "artículos 67 y siguientes de la Ley 1437 de 2011", {"article": "67", "articles": None}),
    (_ANM, "artículo anterior", {"scope": "internal", "relative": "anterior"}),
    (_AMVA, "artículo 10", {"type": "resolución", "number": "2254", "year": 2017}),
    (_AMVA, "inciso primero del presente artículo", {"relative": "presente", "sub": "inciso 1"}),
    (_AMVA, "artículos 3 y 4 del presente Acuerdo", {"scope": "internal", "articles": ["3", "4"], "relative": None}),
    (_AMVA, "numerales 10, 11 y 12 del artículo 31 de la misma ley", {"number": "99", "article": "31"}),
    (_AMVA, "Acuerdo Metropolitano 04 de 2018", {"type": "acuerdo", "number": "4"}),
    (_AMVA, "Anexo 1 de la misma resolución", {"number": "2254", "article": None, "sub": "Anexo 1"}),
    (_MT, "artículos 47 a 50 de la Ley 1437 de 2011", {"articles": ["47", "48", "49", "50"]}),
    (
        _MT,
        "numeral 2 del artículo 486 del Código Sustantivo del Trabajo",
        {"type": "código", "number": None, "article": "486", "sub": "numeral 2"},
    ),
    (_MT, "artículos 161, 167A y 168 del Código Sustantivo del Trabajo", {"articles": ["161", "167A", "168"]}),
    (_MT, "literales a) a d) de dicho artículo", {"article": "161", "sub": "literales a) a d)"}),
    (_MT, "artículo 167A del mismo código", {"type": "código", "article": "167A"}),
    (_MT, "numeral anterior", {"scope": "internal", "relative": "anterior", "sub": "numeral"}),
]


def _refs() -> list[dict]:
    return [r for name in sorted(EXPECTED) for r in load_gold(HERE, name)]


def test_type_mix():
    refs = _refs()
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "acto legislativo", "decreto", "decreto ley", "resolución", "acuerdo"} <= set(
        types
    )
    assert {"constitución", "código", "sentencia", "otro"} <= set(types)
    assert types["código"] >= 10 and types["resolución"] >= 10 and types["sentencia"] >= 4
    assert sum(1 for r in refs if "articles" in r) >= 15
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 8  # DUR decimal articles
    lettered = [r for r in refs if any(a[-1].isalpha() for a in r.get("articles") or [r["article"] or "0"])]
    assert len(lettered) >= 4  # Ley 1922 arts. 27A-27D, CST art. 167A
    assert sum(1 for r in refs if "ibídem" in r["text"]) >= 8
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, eighth session, after grammar round 18), blind: the annotator never opened the
# extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.985 R 0.957 F1 0.971
#   (b) type+number+year P 0.975 R 0.944 F1 0.959
#   (c) article          P 0.959 R 0.969 F1 0.964   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: this set annotates the proceeding's own autos ("Mediante Auto SDSJ 0932 de 2026 la Sala avocó", "Mediante
# Auto 2418 de 2025 se ordenó"), which set 18 does not (grammar round 15 followed set 18: a disagreement between the
# sets); "artículo transitorio 5" gives article "transitorio 5" where the gold gives "5"; a JEP "Sentencia
# Interpretativa TP-SA-SENIT 1 de 2019"; the resolution's own title in capitals; "cláusula vigésima del mismo" (a
# contract) read as a code's article; one "misma ley" antecedent. Floors: those figures minus 0.02.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 0.971 - 0.02, "b": 0.959 - 0.02, "c": 0.964 - 0.02}
