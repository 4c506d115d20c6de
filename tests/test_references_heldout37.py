"""Held-out set 37 (tests/data/references/heldout37/): gold normative references for issue #3, written blind (a
resolución of a Corporación Autónoma Regional (Corantioquia) deciding an environmental sanctioning procedure under Ley
1333 de 2009, an acta of a municipal Secretaría de Salud's sanitary inspection (IVC) applying a medida sanitaria de
seguridad, an acta of an extrajudicial conciliation hearing before a Procuraduría Judicial para Asuntos Administrativos,
and a rectoral resolución of a public university assigning salary points under Decreto 1279 de 2002).

Particular to set 37, here: its tables, its type mix and two checks of its conventions (possessive and relative
anaphora spans start at the unit word; the actas' own numbered sections are internal units without an article). No text
carries compiler notes '<…>' (the shared no-notes check applies to all four). The data only: no extractor and no FLOORS
(the lead adds the measurement once). The checks all sets share run in tests/test_reference_sets.py.
"""

from __future__ import annotations

from pathlib import Path

from refcontract import load_gold, type_mix

HERE = Path(__file__).parent / "data" / "references" / "heldout37"

_CAR = "resolucion_car_sancion_ambiental_aprovechamiento_forestal"
_IVC = "acta_visita_ivc_sanitaria_medida_seguridad_restaurante"
_CON = "acta_conciliacion_extrajudicial_procuraduria_controversia_contractual"
_RECT = "resolucion_rectoral_puntos_salariales_productividad_docente"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {_CAR: 50, _CON: 33, _IVC: 35, _RECT: 39}
# Pinned (external, internal) split per text.
SCOPES = {_CAR: (46, 4), _CON: (29, 4), _IVC: (30, 5), _RECT: (34, 5)}

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_CAR, "RESOLUCIÓN No. 160TH-RES2611-05873"),
    (_CAR, "Por medio de la cual se resuelve un procedimiento sancionatorio ambiental"),
    (_CAR, "Expediente: 160TH-SAN-2024-0391"),
    (_CAR, "NIT 901.336.450-8"),
    (_CAR, "Mediante Auto 160TH-AUT2405-2318"),
    (_CAR, "Con Auto 160TH-AUT2409-4120"),
    (_CAR, "Por auto del 3 de febrero de 2025"),
    (_CAR, "informe técnico No. 160TH-IT2502-0877"),
    (_CAR, "sin perjuicio de las competencias atribuidas por la ley"),
    (_CAR, "la ley de la oferta y la demanda"),
    (_CAR, "el decreto de una inspección ocular"),
    (_CAR, "cuyo resultado consta"),
    (_CAR, "fijada el año anterior"),
    (_CAR, "de acuerdo con"),
    (_CAR, "CARGO ÚNICO."),
    (_CAR, "Registro Único de Infractores Ambientales"),
    (_CAR, "ARTÍCULO PRIMERO. Declarar"),
    (_CAR, "PARÁGRAFO. El valor"),
    (_CAR, "Contra la presente resolución"),
    (_IVC, "Acta No. IVC-ALI-2026-03311"),
    (_IVC, "C.C. 71.684.225"),
    (_IVC, "Inscripción sanitaria: 5631-ALI-0457"),
    (_IVC, "radicada con el No. 2026-PQRS-08841"),
    (_IVC, "artículos de aseo"),
    (_IVC, "en el mismo estante"),
    (_IVC, "registros de capacitación del año anterior"),
    (_IVC, "durante el año anterior"),
    (_IVC, "acta de decomiso No. DEC-2026-0719"),
    (_IVC, "anexa a la presente"),
    (_IVC, "sellos Nos. 004512 a 004515"),
    (_IVC, "de acuerdo con"),
    (_IVC, "CONCEPTO SANITARIO DESFAVORABLE"),
    (_IVC, "Copia de la presente acta"),
    (_IVC, "Se deja copia de esta acta"),
    (_CON, "Radicación SIGDEA No. E-2026-538214"),
    (_CON, "T.P. No. 187.442"),
    (_CON, "Acta No. 19 del 5 de noviembre de 2026"),
    (_CON, "contrato de obra No. 0412 de 2024"),
    (_CON, "la ley de la oferta y la demanda"),
    (_CON, "de acuerdo con"),
    (_CON, "4. ACUERDO CONCILIATORIO"),
    (_CON, "de mutuo acuerdo"),
    (_CON, "previa aprobación judicial del acuerdo"),
    (_CON, "Si el acuerdo es improbado"),
    (_CON, "actas de recibo parcial 7 a 9"),
    (_CON, "al decreto de pruebas"),
    (_CON, "en los términos de la ley"),
    (_CON, "la presente constancia"),
    (_CON, "ordena remitir el acta"),
    (_RECT, "RESOLUCIÓN RECTORAL 4418"),
    (_RECT, "Por la cual se asignan puntos salariales"),
    (_RECT, "por acuerdo ni por decreto interno"),
    (_RECT, "a las normas que la desarrollen"),
    (_RECT, "los artículos publicados en revistas especializadas"),
    (_RECT, "puntos por artículo en revista A1"),
    (_RECT, "6.1. Artículo «Modelación"),
    (_RECT, "6.2. Capítulo de libro"),
    (_RECT, "(Acta 22 de 2026)"),
    (_RECT, "presentada el año anterior"),
    (_RECT, "certificado de disponibilidad presupuestal No. 2026-00871"),
    (_RECT, "C.C. 98.667.412"),
    (_RECT, "de acuerdo con el calendario del CIARP"),
    (_RECT, "Comité Interno de Asignación y Reconocimiento de Puntaje"),
    (_RECT, "ARTÍCULO PRIMERO. Asignar"),
    (_RECT, "PARÁGRAFO. La bonificación"),
    (_RECT, "Contra la presente resolución"),
]

#: (text, span, fields) annotated exactly so (every gold reference with that span)
HARD_CASES = [
    (_CAR, "artículo 80 de la misma Carta", {"type": "constitución", "number": None, "article": "80"}),
    (_CAR, "parágrafo", {"type": "ley", "number": "1333", "article": "1", "sub": "parágrafo"}),
    (_CAR, "artículo 24 ibídem", {"type": "ley", "number": "1333", "year": 2009, "article": "24"}),
    (
        _CAR,
        "artículos 2.2.1.1.4.1 y 2.2.1.1.4.4 del Decreto 1076 de 2015",
        {"type": "decreto", "number": "1076", "articles": ["2.2.1.1.4.1", "2.2.1.1.4.4"]},
    ),
    (_CAR, "artículo 25 de la misma ley", {"type": "ley", "number": "1333", "article": "25"}),
    (
        _CAR,
        "Código de Recursos Naturales Renovables, Decreto Ley 2811 de 1974",
        {"type": "decreto ley", "number": "2811", "year": 1974, "article": None},
    ),
    (_CAR, "Leyes 99 de 1993", {"type": "ley", "number": "99", "year": 1993}),
    (_CAR, "165 de 1994", {"type": "ley", "number": "165", "year": 1994}),
    (_CAR, "artículo 2.2.1.1.7.1 ibídem", {"type": "decreto", "number": "1076", "article": "2.2.1.1.7.1"}),
    (
        _CAR,
        "Sección 7 del Capítulo 1 del Título 2 de la Parte 2 del Libro 2 del mismo decreto",
        {"type": "decreto", "number": "1076", "article": None, "sub": "Sección 7"},
    ),
    (_CAR, "numerales 1 y 5", {"type": "ley", "number": "1333", "article": "40", "sub": "numerales 1 y 5"}),
    (
        _CAR,
        "artículos 2.2.10.1.2.1 a 2.2.10.1.2.5 del Decreto 1076 de 2015",
        {
            "number": "1076",
            "articles": ["2.2.10.1.2.1", "2.2.10.1.2.2", "2.2.10.1.2.3", "2.2.10.1.2.4", "2.2.10.1.2.5"],
        },
    ),
    (_CAR, "artículo 4", {"type": "resolución", "number": "2086", "year": 2010, "article": "4"}),
    (_CAR, "artículo 6 ibídem", {"type": "ley", "number": "1333", "article": "6"}),
    (
        _CAR,
        "sentencia del Consejo de Estado, Sección Primera, del 16 de mayo de 2019, radicado 05001-23-31-000-2012-00541-01",
        {"type": "otro", "number": None, "year": 2019},
    ),
    (
        _CAR,
        "numeral 1 del artículo anterior",
        {"scope": "internal", "relative": "anterior", "article": None, "sub": "numeral 1"},
    ),
    (_CAR, "numeral 2 del artículo segundo", {"scope": "internal", "article": "2", "sub": "numeral 2"}),
    (_CAR, "artículos primero a tercero de esta resolución", {"scope": "internal", "articles": ["1", "2", "3"]}),
    (
        _CAR,
        "artículos 74 y 76 del Código de Procedimiento Administrativo y de lo Contencioso Administrativo",
        {"type": "código", "number": None, "articles": ["74", "76"]},
    ),
    (
        _IVC,
        "numeral 44.3.5 del artículo 44 de la Ley 715 de 2001",
        {"type": "ley", "number": "715", "article": "44", "sub": "numeral 44.3.5"},
    ),
    (_IVC, "Leyes 9 de 1979", {"type": "ley", "number": "9", "year": 1979, "article": None}),
    (_IVC, "1122 de 2007", {"type": "ley", "number": "1122", "year": 2007}),
    (_IVC, "artículo 34", {"type": "ley", "number": "1122", "year": 2007, "article": "34"}),
    (
        _IVC,
        "Decreto 780 de 2016, Único Reglamentario del Sector Salud y Protección Social",
        {"type": "decreto", "number": "780", "year": 2016},
    ),
    (
        _IVC,
        "artículos 6 a 9, 12 a 15 y 32 a 35",
        {
            "type": "resolución",
            "number": "2674",
            "articles": ["6", "7", "8", "9", "12", "13", "14", "15", "32", "33", "34", "35"],
        },
    ),
    (_IVC, "artículo 126 del Decreto Ley 019 de 2012", {"type": "decreto ley", "number": "19", "article": "126"}),
    (_IVC, "artículo 8 ibídem", {"type": "resolución", "number": "2674", "article": "8"}),
    (
        _IVC,
        "literal c) del numeral 4 del artículo 28 de la citada resolución",
        {"type": "resolución", "number": "2674", "article": "28", "sub": "literal c)"},
    ),
    (_IVC, "artículo 12 de la misma resolución", {"type": "resolución", "number": "2674", "article": "12"}),
    (
        _IVC,
        "numerales 2.1 a 2.6 de la presente acta",
        {"scope": "internal", "article": None, "sub": "numerales 2.1 a 2.6"},
    ),
    (_IVC, "artículo 2.8.8.1.4.3 del Decreto 780 de 2016", {"number": "780", "article": "2.8.8.1.4.3"}),
    (_IVC, "numeral anterior", {"scope": "internal", "relative": "anterior", "sub": "numeral"}),
    (
        _IVC,
        "parágrafo 1 del artículo 576 de la misma ley",
        {"type": "ley", "number": "9", "year": 1979, "article": "576", "sub": "parágrafo 1"},
    ),
    (_IVC, "artículo 368 del Código Penal", {"type": "código", "number": None, "article": "368"}),
    (_CON, "Ley 2220 de 2022, Estatuto de Conciliación", {"type": "ley", "number": "2220", "year": 2022}),
    (
        _CON,
        "artículos 89 a 95",
        {"type": "ley", "number": "2220", "articles": ["89", "90", "91", "92", "93", "94", "95"]},
    ),
    (
        _CON,
        "numeral 8 del artículo 4 y el numeral 1 del artículo 5 de la misma ley",
        {"type": "ley", "number": "80", "articles": ["4", "5"], "sub": "numeral 8"},
    ),
    (_CON, "artículo 1602 del Código Civil", {"type": "código", "number": None, "article": "1602"}),
    (_CON, "artículo 2.2.4.3.1.2.6 ibídem", {"type": "decreto", "number": "1069", "article": "2.2.4.3.1.2.6"}),
    (_CON, "numeral 1 del artículo 161 del CPACA", {"type": "código", "article": "161", "sub": "numeral 1"}),
    (_CON, "artículo 42A a la Ley 270 de 1996", {"type": "ley", "number": "270", "year": 1996, "article": "42A"}),
    (_CON, "Carta", {"type": "constitución", "number": None, "article": None}),
    (_CON, "Sentencias C-1195 de 2001", {"type": "sentencia", "number": "C-1195", "year": 2001}),
    (_CON, "C-713 de 2008", {"type": "sentencia", "number": "C-713", "year": 2008}),
    (
        _CON,
        "inciso final del artículo 73 de la Ley 446 de 1998",
        {"type": "ley", "number": "446", "article": "73", "sub": "inciso final"},
    ),
    (
        _CON,
        "literal j) del numeral 2 del artículo 164 del mismo ordenamiento",
        {"type": "código", "number": None, "article": "164", "sub": "literal j)"},
    ),
    (_CON, "literal c) del numeral 4 de esta acta", {"scope": "internal", "article": None, "sub": "literal c)"}),
    (_CON, "artículo 4", {"type": "ley", "number": "678", "year": 2001, "article": "4"}),
    (_CON, "numeral anterior", {"scope": "internal", "relative": "anterior", "sub": "numeral"}),
    (_CON, "inciso segundo del mismo artículo", {"type": "ley", "number": "2220", "article": "113", "sub": "inciso 2"}),
    (
        _CON,
        "sentencia del Consejo de Estado, Sección Tercera, del 28 de julio de 2011, radicado 52001-23-31-000-2009-00417-01",
        {"type": "otro", "number": None, "year": 2011},
    ),
    (
        _RECT,
        "literal h) del artículo 38 del Acuerdo Superior 012 de 2015, Estatuto General de la Universidad",
        {"type": "acuerdo", "number": "12", "year": 2015, "article": "38", "sub": "literal h)"},
    ),
    (_RECT, "artículo 69 de la Carta", {"type": "constitución", "article": "69"}),
    (_RECT, "Sentencias C-220 de 1997", {"type": "sentencia", "number": "C-220", "year": 1997}),
    (_RECT, "T-310 de 1999", {"type": "sentencia", "number": "T-310", "year": 1999}),
    (_RECT, "Sentencia SU-566 de 2019", {"type": "sentencia", "number": "SU-566", "year": 2019}),
    (_RECT, "Ley 4ª de 1992", {"type": "ley", "number": "4", "year": 1992, "article": None}),
    (_RECT, "literal a)", {"type": "decreto", "number": "1279", "article": "10", "sub": "literal a)"}),
    (
        _RECT,
        "literales b) a e) del mismo artículo",
        {"type": "decreto", "number": "1279", "article": "10", "sub": "literales b) a e)"},
    ),
    (_RECT, "artículos 19 y 20 ibídem", {"type": "decreto", "number": "1279", "articles": ["19", "20"]}),
    (_RECT, "Acuerdo 001 de 2004", {"type": "acuerdo", "number": "1", "year": 2004}),
    (_RECT, "Acuerdo Superior 018 de 2016, Estatuto Profesoral", {"type": "acuerdo", "number": "18", "year": 2016}),
    (_RECT, "numeral 6 de su artículo 64", {"type": "acuerdo", "number": "18", "article": "64", "sub": "numeral 6"}),
    (
        _RECT,
        "numeral 3 del literal d) del artículo 20 del Decreto 1279 de 2002",
        {"type": "decreto", "number": "1279", "article": "20", "sub": "numeral 3"},
    ),
    (_RECT, "Resolución Rectoral 3987 de 2025", {"type": "resolución", "number": "3987", "year": 2025}),
    (_RECT, "Decreto 0571 de 2026", {"type": "decreto", "number": "571", "year": 2026}),
    (
        _RECT,
        "artículo 71 del Decreto 111 de 1996, Estatuto Orgánico del Presupuesto",
        {"type": "decreto", "number": "111", "year": 1996, "article": "71"},
    ),
    (_RECT, "numeral 6.2 del considerando sexto", {"scope": "internal", "article": None, "sub": "numeral 6.2"}),
    (_RECT, "presente artículo", {"scope": "internal", "relative": "presente", "article": None}),
    (_RECT, "artículo anterior", {"scope": "internal", "relative": "anterior", "article": None}),
    (_RECT, "artículos primero y segundo", {"scope": "internal", "articles": ["1", "2"]}),
    (_RECT, "parágrafo del artículo segundo", {"scope": "internal", "article": "2", "sub": "parágrafo"}),
    (_RECT, "artículos 74 y 76 de la citada ley", {"type": "ley", "number": "1437", "articles": ["74", "76"]}),
]


def test_type_mix():
    mix = type_mix(HERE, EXPECTED)
    types = mix["types"]
    assert {"ley", "decreto", "decreto ley", "resolución", "acuerdo", "constitución", "código"} <= set(types)
    assert {"sentencia", "otro"} <= set(types)
    assert types["ley"] >= 61 and types["decreto"] >= 31 and types["resolución"] >= 19
    assert types["código"] >= 7 and types["sentencia"] >= 7 and types["acuerdo"] >= 5 and types["constitución"] >= 5
    assert mix["lists"] >= 17
    assert mix["decimal"] >= 7  # DUR decimal articles (Decretos 1076/2015, 780/2016, 1069/2015)
    assert mix["longest"] >= 12  # "artículos 6 a 9, 12 a 15 y 32 a 35" (Resolución 2674 de 2013)
    assert {"presente", "anterior"} <= mix["relatives"]


def test_actas_number_their_own_sections_without_articles():
    """The two actas have numbered sections, not articles: their internal references carry a ``sub`` and no
    ``article``."""
    for name in (_IVC, _CON):
        internal = [d for d in load_gold(HERE, name) if d["scope"] == "internal"]
        assert internal, name
        assert all(d["article"] is None and d.get("sub") for d in internal), name


DATE = "2026-12-02"  # the day it was written, as its README says


#: hard-case spans written more than once in their text (all annotated alike; the shared check counts them)
REPEATED_SPANS: dict[str, int] = {"Ley 4ª de 1992": 2}


#: possessive and relative anaphora ("su parágrafo", "cuyo artículo 4") are annotated from the unit word, as most earlier
#: sets do; one such place of the set, checked in tests/test_reference_sets.py
POSSESSIVE_FROM_UNIT = (_CAR, "cuyo artículo 4")


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-12-02, sixteenth session, after grammar round 34), blind: the annotator never opened
# the extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) before
# it was written:
#   (a) span+scope       P 0.975 R 0.975 F1 0.975
#   (b) type+number+year P 0.964 R 0.957 F1 0.960
#   (c) article          P 0.990 R 0.990 F1 0.990   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: "artículo 80 de la misma Carta" (the Constitution by its other name, read as an own article) and a bare "la
# Carta" in a text that had not named the Constitution before; two Consejo de Estado rulings written with the court
# and its chamber between "sentencia" and the date ("sentencia del Consejo de Estado, Sección Tercera, del 28 de julio
# de 2011, radicado …"); the own titles "RESOLUCIÓN No. 160TH-RES2611-05873" (read as resolución 160) and "RESOLUCIÓN
# RECTORAL 4418" under an issuer with a sentence-case subtitle; "Código de Recursos Naturales Renovables, Decreto Ley
# 2811 de 1974" read as two references (a doubt); "del mismo ordenamiento" given to the law cited last when the
# annotator's antecedent was the CPACA named by its acronym (a doubt), and one "artículo 10" given to the decree, not
# to Ley 4 de 1992.
# Floors: those figures minus 0.02. (Grammar round 35, made from these misses and so no longer blind: "la misma Carta"
# capitalised is the Constitution, a Consejo de Estado ruling may name the court and its chamber before the date, a
# number glued to letters is a file's code, and an issuer's name may stand over a sentence-case subtitle in the own
# title's header: 0.994 / 0.978 / 1.000.)
FLOORS = {"a": 0.975 - 0.02, "b": 0.960 - 0.02, "c": 0.990 - 0.02}
