"""Held-out set 34 (tests/data/references/heldout34/): gold normative references for issue #3, written blind (a
requerimiento especial of the DIAN proposing to modify an income-tax return, a citizen's escrito de acción de tutela
against an EPS, a resolución of a Comisaría de Familia deciding a medida de protección for domestic violence, and an
adenda to the pliego de condiciones of a municipal licitación pública).

Particular to set 34, here: its tables and its type mix. The data only: no extractor and no FLOORS (the lead adds the
measurement once). The checks all sets share run in tests/test_reference_sets.py.
"""

from __future__ import annotations

from pathlib import Path

from refcontract import type_mix

HERE = Path(__file__).parent / "data" / "references" / "heldout34"

_REQ = "requerimiento_especial_dian_renta_costos_no_procedentes"
_TUT = "escrito_accion_tutela_salud_medicamento_oncologico"
_CFA = "medida_proteccion_comisaria_familia_violencia_intrafamiliar"
_ADE = "adenda_pliego_licitacion_publica_obra_vial"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {_ADE: 42, _CFA: 44, _REQ: 51, _TUT: 42}
# Pinned (external, internal) split per text.
SCOPES = {_ADE: (35, 7), _CFA: (38, 6), _REQ: (46, 5), _TUT: (42, 0)}

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_REQ, "ley de la oferta y la demanda"),
    (_TUT, "ley de la oferta y la demanda"),
    (_ADE, "ley de la oferta y la demanda"),
    (_REQ, "artículos de oficina"),
    (_TUT, "artículos de oficina"),
    (_ADE, "artículos de oficina"),
    (_REQ, "de acuerdo con"),
    (_TUT, "de acuerdo con"),
    (_CFA, "de acuerdo con"),
    (_ADE, "de acuerdo con"),
    (_REQ, "El decreto y la práctica de las pruebas"),
    (_TUT, "solicito el decreto de una medida provisional"),
    (_REQ, "REQUERIMIENTO ESPECIAL No. 112382026000147"),
    (_REQ, "formulario 110"),
    (_REQ, "Auto de Apertura No. 112382025000911"),
    (_REQ, "requerimiento ordinario del 14 de octubre de 2025"),
    (_REQ, "formato 2516"),
    (_REQ, "liquidación oficial de revisión"),
    (_REQ, "Auto de Comisión No. 0387 de 2025"),
    (_REQ, "profiere el presente requerimiento especial"),
    (_REQ, "1. ANTECEDENTES"),
    (_REQ, "en los dos años anteriores"),
    (_TUT, "ACCIÓN DE TUTELA con solicitud de medida provisional"),
    (_TUT, "radicado 20262100012874"),
    (_TUT, "barreras administrativas que la ley prohíbe"),
    (_TUT, "Corte Constitucional"),
    (_TUT, "Superintendencia Nacional de Salud"),
    (_TUT, "PRIMERA. Tutelar los derechos fundamentales invocados."),
    (_TUT, "auto admisorio"),
    (_TUT, "herramienta MIPRES"),
    (_CFA, "RESOLUCIÓN No. 0418 DE 2026"),
    (_CFA, "Historia de atención: MP-2026-0731"),
    (_CFA, "Mediante auto de la misma fecha"),
    (_CFA, "será sancionada conforme a la ley"),
    (_CFA, "la ley del más fuerte"),
    (_CFA, "interés superior de los niños"),
    (_CFA, "No hubo acuerdo entre las partes"),
    (_CFA, "ARTÍCULO SEGUNDO. IMPONER"),
    (_CFA, "PARÁGRAFO. El"),
    (_CFA, "el IPC del año anterior"),
    (_CFA, "el día anterior"),
    (_ADE, "ADENDA No. 2"),
    (_ADE, "PROCESO DE LICITACIÓN PÚBLICA No. LP-SIF-014-2026"),
    (_ADE, "Adenda No. 1 del 6 de noviembre de 2026"),
    (_ADE, "expide la presente adenda"),
    (_ADE, "contrario a la presente adenda"),
    (_ADE, "en virtud de un Acuerdo Comercial"),
    (_ADE, "Documentos Tipo"),
    (_ADE, "en los casos previstos en la ley"),
    (_ADE, "ARTÍCULO PRIMERO. Modificar"),
    (_ADE, '"3.5.2. Experiencia acreditada.'),
    (_ADE, "Parágrafo. La ausencia"),
    (_ADE, "Por lo anterior"),
]

#: (text, span, fields) annotated exactly so (the first gold reference with that span)
HARD_CASES = [
    (
        _REQ,
        "artículos 684, 688 y 703 del Estatuto Tributario",
        {"type": "estatuto", "number": None, "articles": ["684", "688", "703"]},
    ),
    (
        _REQ,
        "numeral 2 del artículo 60 del Decreto 1742 de 2020",
        {"type": "decreto", "number": "1742", "year": 2020, "article": "60", "sub": "numeral 2"},
    ),
    (_REQ, "Resolución DIAN 000070 de 2021", {"type": "resolución", "number": "70", "year": 2021}),
    (_REQ, "artículo 684 del mismo Estatuto", {"type": "estatuto", "article": "684"}),
    (_REQ, "artículo 705 del mismo Estatuto", {"type": "estatuto", "article": "705"}),
    (
        _REQ,
        "literales b), c), d), e), f) y g) de los artículos 617 y 618 ibídem",
        {"type": "estatuto", "articles": ["617", "618"], "sub": "literales b), c), d), e), f) y g)"},
    ),
    (_REQ, "parágrafo 2", {"type": "estatuto", "article": "771-2", "sub": "parágrafo 2"}),
    (_REQ, "artículo 616-1 ejusdem", {"type": "estatuto", "article": "616-1"}),
    (
        _REQ,
        "artículos 1.6.1.4.1 a 1.6.1.4.6 del Decreto 1625 de 2016, Único Reglamentario en Materia Tributaria",
        {"type": "decreto", "number": "1625", "year": 2016, "article": "1.6.1.4.1"},
    ),
    (_REQ, "artículo 568 ibídem", {"type": "estatuto", "article": "568"}),
    (
        _REQ,
        "sentencia de unificación 2020CE-SUJ-4-005 del 26 de noviembre de 2020",
        {"type": "otro", "number": None, "year": 2020},
    ),
    (
        _REQ,
        "artículos 260-1 a 260-11 del Estatuto Tributario",
        {"type": "estatuto", "article": "260-1"},
    ),
    (_REQ, "artículos 406 y 408 del mismo ordenamiento", {"type": "estatuto", "articles": ["406", "408"]}),
    (_REQ, "numeral 1.2 del presente requerimiento", {"scope": "internal", "article": None, "sub": "numeral 1.2"}),
    (
        _REQ,
        "numerales 2.1 a 2.3 anteriores",
        {"scope": "internal", "relative": "anterior", "sub": "numerales 2.1 a 2.3"},
    ),
    (_REQ, "numeral 1", {"type": "estatuto", "article": "640", "sub": "numeral 1"}),
    (_REQ, "parágrafo 1 del artículo 648", {"type": "estatuto", "article": "648", "sub": "parágrafo 1"}),
    (_REQ, "artículos 742 a 746 ibídem", {"articles": ["742", "743", "744", "745", "746"]}),
    (_REQ, "Código General del Proceso", {"type": "código", "number": None, "article": None}),
    (_REQ, "artículos 565 y 566-1 del Estatuto Tributario", {"articles": ["565", "566-1"]}),
    (
        _TUT,
        "inciso segundo del artículo 10 del Decreto 2591 de 1991",
        {"type": "decreto", "number": "2591", "year": 1991, "article": "10", "sub": "inciso 2"},
    ),
    (_TUT, "Resolución 1885 de 2018", {"type": "resolución", "number": "1885", "year": 2018}),
    (
        _TUT,
        "Ley Estatutaria 1751 de 2015",
        {"type": "ley estatutaria", "number": "1751", "year": 2015, "article": None},
    ),
    (_TUT, "artículo 11 Superior", {"type": "constitución", "article": "11"}),
    (_TUT, "artículo 48 ibídem", {"type": "constitución", "article": "48"}),
    (_TUT, "artículo 46 de la Carta", {"type": "constitución", "article": "46"}),
    (_TUT, "artículo 41", {"type": "ley", "number": "1122", "year": 2007, "article": "41"}),
    (_TUT, "Sentencias T-224 de 2020", {"type": "sentencia", "number": "T-224", "year": 2020}),
    (_TUT, "SU-508 de 2020", {"type": "sentencia", "number": "SU-508", "year": 2020}),
    (_TUT, "Ley 1751 de 2015", {"type": "ley", "number": "1751", "year": 2015, "article": None}),
    (_TUT, "artículo 2", {"type": "ley", "number": "1751", "article": "2"}),
    (
        _TUT,
        "literales c) y d) del artículo 6 de la misma ley",
        {"type": "ley", "number": "1751", "article": "6", "sub": "literales c) y d)"},
    ),
    (_TUT, "artículo 8 ibídem", {"type": "ley", "number": "1751", "article": "8"}),
    (_TUT, "T-259 de 2019", {"type": "sentencia", "number": "T-259", "year": 2019}),
    (_TUT, "artículo 2.5.3.4.1.1 del Decreto 780 de 2016", {"number": "780", "article": "2.5.3.4.1.1"}),
    (_TUT, "artículo 107 de la Resolución 2366 de 2023", {"type": "resolución", "number": "2366", "article": "107"}),
    (_TUT, "artículos 13 y 46 de la Constitución Política", {"type": "constitución", "articles": ["13", "46"]}),
    (
        _TUT,
        "numeral 1 del artículo 2.2.3.1.2.1 del Decreto 1069 de 2015",
        {"number": "1069", "article": "2.2.3.1.2.1", "sub": "numeral 1"},
    ),
    (
        _TUT,
        "numeral 1 del artículo 6 del mismo decreto",
        {"type": "decreto", "number": "2591", "year": 1991, "article": "6", "sub": "numeral 1"},
    ),
    (_TUT, "inciso segundo del artículo 37 del Decreto 2591 de 1991", {"article": "37", "sub": "inciso 2"}),
    (
        _CFA,
        "artículos 4 y 5 de la Ley 294 de 1996",
        {"type": "ley", "number": "294", "year": 1996, "articles": ["4", "5"]},
    ),
    (_CFA, "artículos 16 y 17 de la Ley 1257 de 2008", {"number": "1257", "articles": ["16", "17"]}),
    (_CFA, "artículos 12 a 14 de la Ley 294 de 1996", {"articles": ["12", "13", "14"]}),
    (_CFA, "artículo 5", {"type": "ley", "number": "2126", "year": 2021, "article": "5"}),
    (
        _CFA,
        "parágrafo del artículo 16 de la misma ley",
        {"type": "ley", "number": "2126", "article": "16", "sub": "parágrafo"},
    ),
    (_CFA, "artículo 8 del Código de la Infancia y la Adolescencia", {"type": "código", "article": "8"}),
    (_CFA, "artículo 229 del Código Penal", {"type": "código", "number": None, "article": "229"}),
    (
        _CFA,
        "literales a), b), d) y n)",
        {"type": "ley", "number": "294", "article": "5", "sub": "literales a), b), d) y n)"},
    ),
    (_CFA, "artículo 7 de la misma ley", {"type": "ley", "number": "294", "year": 1996, "article": "7"}),
    (_CFA, "artículo 411 del Código Civil", {"type": "código", "article": "411"}),
    (_CFA, "numeral 2 del presente artículo", {"scope": "internal", "relative": "presente", "sub": "numeral 2"}),
    (
        _CFA,
        "numerales 1 y 2 del artículo anterior",
        {"scope": "internal", "relative": "anterior", "article": None, "sub": "numerales 1 y 2"},
    ),
    (_CFA, "numeral 4 del artículo segundo", {"scope": "internal", "article": "2", "sub": "numeral 4"}),
    (_CFA, "artículos segundo a cuarto de esta resolución", {"scope": "internal", "articles": ["2", "3", "4"]}),
    (_CFA, "artículo 17 ibídem", {"type": "ley", "number": "294", "article": "17"}),
    (_CFA, "considerando 2 de esta resolución", {"scope": "internal", "sub": "considerando 2"}),
    (_ADE, "Decreto Municipal 112 de 2024", {"type": "decreto", "number": "112", "year": 2024}),
    (
        _ADE,
        "inciso segundo del numeral 5 del artículo 30 de la Ley 80 de 1993",
        {"type": "ley", "number": "80", "article": "30", "sub": "inciso 2"},
    ),
    (_ADE, "artículo 2.2.1.1.2.1.1 del mismo decreto", {"type": "decreto", "number": "1082", "year": 2015}),
    (
        _ADE,
        "numerales 3.5.2 y 4.2 del pliego de condiciones",
        {"scope": "internal", "article": None, "sub": "numerales 3.5.2 y 4.2"},
    ),
    (_ADE, "artículos 31 y 32", {"type": "ley", "number": "2069", "year": 2020, "articles": ["31", "32"]}),
    (
        _ADE,
        "artículos 2.2.1.2.4.2.14 a 2.2.1.2.4.2.17 del Decreto 1082 de 2015",
        {"articles": ["2.2.1.2.4.2.14", "2.2.1.2.4.2.15", "2.2.1.2.4.2.16", "2.2.1.2.4.2.17"]},
    ),
    (_ADE, "artículo 35 de la misma ley", {"type": "ley", "number": "2069", "article": "35"}),
    (_ADE, "artículos 24, 25 y 26 de la Ley 80 de 1993", {"articles": ["24", "25", "26"]}),
    (_ADE, "numeral 3.5.1", {"scope": "internal", "sub": "numeral 3.5.1"}),
    (
        _ADE,
        "artículo 221 del Decreto Ley 019 de 2012",
        {"type": "decreto ley", "number": "19", "year": 2012, "article": "221"},
    ),
    (_ADE, "parágrafo 1 del artículo 5 de la Ley 1150 de 2007", {"article": "5", "sub": "parágrafo 1"}),
    (_ADE, "artículos 2.2.1.2.4.2.1 y siguientes del Decreto 1082 de 2015", {"article": "2.2.1.2.4.2.1"}),
    (
        _ADE,
        "Manual para el manejo de los Acuerdos Comerciales en Procesos de Contratación",
        {"type": "otro", "number": None, "year": None},
    ),
    (
        _ADE,
        "numeral 1 del citado artículo 2.2.1.2.4.2.6",
        {"number": "1082", "article": "2.2.1.2.4.2.6", "sub": "numeral 1"},
    ),
    (_ADE, "artículos primero a tercero de esta adenda", {"scope": "internal", "articles": ["1", "2", "3"]}),
    (_ADE, "artículo anterior", {"scope": "internal", "relative": "anterior", "article": None}),
]


def test_type_mix():
    mix = type_mix(HERE, EXPECTED)
    types = mix["types"]
    assert {"ley", "ley estatutaria", "decreto", "decreto ley", "resolución", "constitución", "código"} <= set(types)
    assert {"estatuto", "sentencia", "otro"} <= set(types)
    assert types["ley"] >= 60 and types["decreto"] >= 30 and types["estatuto"] >= 30
    assert types["constitución"] >= 8 and types["resolución"] >= 7 and types["sentencia"] >= 7 and types["código"] >= 6
    assert mix["lists"] >= 19
    assert mix["decimal"] >= 19  # DUR decimal articles (Decretos 1625/2016, 1082/2015, 1069/2015, 780/2016)
    assert mix["longest"] >= 11  # "artículos 260-1 a 260-11 del Estatuto Tributario"
    assert {"presente", "anterior"} <= mix["relatives"]


DATE = "2026-12-02"  # the day it was written, as its README says


#: hard-case spans written more than once in their text (all annotated alike; the shared check counts them)
REPEATED_SPANS: dict[str, int] = {}


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-12-02, fifteenth session, after grammar round 30), blind: the annotator never opened
# the extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) before
# it was written:
#   (a) span+scope       P 0.989 R 0.989 F1 0.989
#   (b) type+number+year P 0.994 R 0.981 F1 0.988
#   (c) article          P 0.993 R 0.993 F1 0.993   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: a Consejo de Estado unification ruling by its id ("sentencia de unificación 2020CE-SUJ-4-005 del 26 de
# noviembre de 2020") and a Colombia Compra Eficiente manual cited by its title (a doubt) not read; "formato 2516" (a
# DIAN form) and a fraction ("la cuarta parte") read as own units; "su parágrafo 2" given to the nearer article (the
# annotator's doubt). Span extent only (not counted at these levels): the citing document's own tail when it is an
# adenda, a pliego de condiciones or a requerimiento ("numeral 4.2 del pliego de condiciones", "artículos primero a
# tercero de esta adenda", "numeral 1.2 del presente requerimiento") and "del Estatuto" / "del mismo ordenamiento"
# after an article of the Estatuto Tributario left out of the span.
# Floors: those figures minus 0.02. (Grammar round 31, made from these misses and so no longer blind: an adenda's
# and a requerimiento's own tails in the span, "a la cuarta parte" a fraction, the unification ruling by its id:
# 0.994 / 0.991 / 0.993; round 32, a form with a three-digit or longer number is a catalogue code, not an own
# form: 0.997 / 0.991 / 0.993.)
FLOORS = {"a": 0.989 - 0.02, "b": 0.988 - 0.02, "c": 0.993 - 0.02}
