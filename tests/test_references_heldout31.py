"""Held-out set 31 (tests/data/references/heldout31/): gold normative references for issue #3, written blind (a
resolución of the Instituto Colombiano de Bienestar Familiar modifying a lineamiento técnico of restablecimiento de
derechos, a sentencia of the Consejo de Estado, Sección Segunda, on the retiro of a provisional employee, a licencia de
construcción of a curaduría urbana of Medellín, and an excerpt of an APP concession contract of the Agencia Nacional de
Infraestructura).

Particular to set 31, here: its tables and its type mix. The data only: no extractor and no FLOORS (the lead adds the
measurement once). The checks all sets share run in tests/test_reference_sets.py.
"""

from __future__ import annotations

from pathlib import Path

from refcontract import type_mix

HERE = Path(__file__).parent / "data" / "references" / "heldout31"

_ICBF = "resolucion_icbf_lineamiento_restablecimiento_derechos"
_CE = "sentencia_consejo_estado_retiro_provisional"
_LIC = "licencia_construccion_curaduria_medellin"
_APP = "contrato_app_ani_concesion_vial_extracto"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {_APP: 51, _CE: 40, _ICBF: 49, _LIC: 39}
# Pinned (external, internal) split per text.
SCOPES = {_APP: (36, 15), _CE: (37, 3), _ICBF: (44, 5), _LIC: (33, 6)}

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_ICBF, "ley de la oferta y la demanda"),
    (_CE, "ley de la oferta y la demanda"),
    (_LIC, "ley de la oferta y la demanda"),
    (_APP, "ley de la oferta y la demanda"),
    (_ICBF, "artículos de oficina"),
    (_CE, "artículos de oficina"),
    (_LIC, "artículos de oficina"),
    (_APP, "artículos de oficina"),
    (_ICBF, "de acuerdo con"),
    (_CE, "De acuerdo con"),
    (_LIC, "de acuerdo con"),
    (_APP, "de acuerdo con"),
    (_ICBF, "El decreto de pruebas adicionales"),
    (_CE, "En el decreto de pruebas de la audiencia inicial"),
    (_APP, "ningún decreto, resolución u otro acto"),
    (_ICBF, "RESOLUCIÓN No. 4187 DE 2026"),
    (_ICBF, "ARTÍCULO 1. Objeto."),
    (_ICBF, "4.2. Verificación de la garantía de derechos."),
    (_ICBF, "PARÁGRAFO. Lo dispuesto"),
    (_ICBF, "las demás funciones que le asigne la ley"),
    (_ICBF, "la versión del lineamiento vigente"),
    (_ICBF, "La presente resolución rige"),
    (_ICBF, "Corte Constitucional"),
    (_CE, "Radicación número: 05001-23-33-000-2019-02154-01 (4321-2022)"),
    (_CE, "oficio 2019-0458"),
    (_CE, "código 219, grado 02"),
    (_CE, "SENTENCIA DE SEGUNDA INSTANCIA"),
    (_CE, "sentencia de primera instancia"),
    (_CE, "La sentencia apelada"),
    (_CE, "las demás causales previstas en la ley"),
    (_CE, "por autoridad de la ley"),
    (_CE, "por resolución motivada"),
    (_LIC, "RESOLUCIÓN C2-1187 DE 2026"),
    (_LIC, "Radicado: 05001-2-26-0412"),
    (_LIC, "matrícula inmobiliaria 001-884512"),
    (_LIC, "la resolución del Ministerio de Vivienda, Ciudad y Territorio"),
    (_LIC, "ARTÍCULO TERCERO. Obligaciones del titular."),
    (_LIC, "Contra la presente resolución"),
    (_LIC, "la responsabilidad que señale la ley"),
    (_APP, "CONTRATO DE CONCESIÓN BAJO EL ESQUEMA DE APP No. 009 DE 2026"),
    (_APP, "Contrato de Concesión No. 012 de 2015"),
    (_APP, "Sección 3.1 Valor del Contrato."),
    (_APP, "Los títulos de las Secciones"),
    (_APP, "CAPÍTULO IV. GARANTÍAS Y SANCIONES"),
    (_APP, "Sección 4.6 Cesión."),
    (_APP, '"Apéndice Técnico": significa'),
    (_APP, '"Ley Aplicable": significa la ley de la República de Colombia'),
    (_APP, "la resolución del Ministerio de Transporte"),
]

#: (text, span, fields) annotated exactly so (the first gold reference with that span)
HARD_CASES = [
    (_ICBF, "inciso tercero", {"type": "constitución", "article": "44", "sub": "inciso 3"}),
    (_ICBF, "Ley 1098 de 2006, Código de la Infancia y la Adolescencia", {"type": "ley", "number": "1098"}),
    (_ICBF, "artículos 51 a 60 de la misma ley", {"number": "1098", "articles": [str(n) for n in range(51, 61)]}),
    (_ICBF, "parágrafo 2 del citado artículo 100", {"type": "código", "article": "100", "sub": "parágrafo 2"}),
    (_ICBF, "artículo 103 de la misma codificación", {"type": "código", "number": None, "article": "103"}),
    (_ICBF, "artículos 57, 59 y 60 ibídem", {"number": "1098", "year": 2006, "articles": ["57", "59", "60"]}),
    (
        _ICBF,
        "artículos 2.4.1.1.1 a 2.4.1.1.4",
        {"number": "1084", "articles": ["2.4.1.1.1", "2.4.1.1.2", "2.4.1.1.3", "2.4.1.1.4"]},
    ),
    (_ICBF, "T-041 de 2020", {"type": "sentencia", "number": "T-41", "year": 2020}),
    (_ICBF, "2859 de 2021", {"type": "resolución", "number": "2859", "year": 2021}),
    (_ICBF, "artículo 3 de esta última", {"type": "resolución", "number": "2859", "article": "3"}),
    (_ICBF, "numeral 4.2 del presente lineamiento", {"scope": "internal", "sub": "numeral 4.2"}),
    (_ICBF, "parágrafo del artículo 2 de esta resolución", {"scope": "internal", "article": "2", "sub": "parágrafo"}),
    (_CE, "literal d) del numeral 2 del artículo 164 del CPACA", {"type": "código", "sub": "literal d)"}),
    (_CE, "SU-556 de 2014", {"type": "sentencia", "number": "SU-556", "year": 2014}),
    (_CE, "inciso cuarto", {"type": "constitución", "article": "125", "sub": "inciso 4"}),
    (_CE, "parágrafo 2", {"type": "ley", "number": "909", "article": "41", "sub": "parágrafo 2"}),
    (_CE, "artículos 208 a 212", {"number": "1952", "articles": ["208", "209", "210", "211", "212"]}),
    (
        _CE,
        "sentencia del 9 de septiembre de 2021, radicado 11001-03-25-000-2015-00412-00 (0852-2015)",
        {"type": "otro", "number": None, "year": 2021},
    ),
    (_CE, "sentencia de unificación CE-SUJ2-011-18 del 23 de agosto de 2018", {"type": "otro", "year": 2018}),
    (_CE, "artículo 188 ibídem", {"type": "ley", "number": "1437", "article": "188"}),
    (_CE, "numeral anterior", {"scope": "internal", "relative": "anterior", "sub": "numeral"}),
    (_LIC, "artículo 182 del Decreto Ley 019 de 2012", {"type": "decreto ley", "number": "19", "article": "182"}),
    (_LIC, "artículos 252 y 256 del mismo Acuerdo", {"type": "acuerdo", "number": "48", "year": 2014}),
    (_LIC, "Títulos J y K de la NSR-10", {"type": "otro", "number": None, "sub": "Títulos J y K"}),
    (_LIC, "parágrafo 1 del artículo 18 de la misma Ley 400", {"number": "400", "year": 1997, "sub": "parágrafo 1"}),
    (_LIC, "inciso segundo del mismo artículo", {"type": "decreto", "article": "2.2.6.1.2.4.1", "sub": "inciso 2"}),
    (_LIC, "considerando anterior", {"scope": "internal", "relative": "anterior", "sub": "considerando"}),
    (_LIC, "numerales 1 a 5 del presente artículo", {"scope": "internal", "relative": "presente", "article": None}),
    (_LIC, "artículos primero a tercero de esta resolución", {"scope": "internal", "articles": ["1", "2", "3"]}),
    (_APP, "numeral 4 del artículo 32 de la Ley 80 de 1993", {"number": "80", "article": "32", "sub": "numeral 4"}),
    (_APP, "Documento CONPES 3760 de 2013", {"type": "conpes", "number": "3760", "year": 2013}),
    (
        _APP,
        "Capítulo 1 del Título 2 de la Parte 2 del Libro 2 del Decreto 1082 de 2015",
        {"number": "1082", "article": None, "sub": "Capítulo 1"},
    ),
    (_APP, "artículo 4", {"type": "ley", "number": "1882", "year": 2018, "article": "4"}),
    (_APP, "artículo 2.2.2.1.2.4 ibídem", {"type": "decreto", "number": "1082", "year": 2015}),
    (_APP, "artículos 2.2.1.2.3.1.1 y siguientes del Decreto 1082 de 2015", {"article": "2.2.1.2.3.1.1"}),
    (_APP, "Sección 4.5 de la Parte Especial", {"scope": "internal", "sub": "Sección 4.5"}),
    (_APP, "numeral 2.3 del Apéndice Técnico 2", {"scope": "internal", "sub": "numeral 2.3"}),
    (_APP, "Sección siguiente", {"scope": "internal", "relative": "siguiente", "sub": "Sección"}),
    (_APP, "artículo 2.2.2.1.2.9 del citado Decreto 1082", {"number": "1082", "year": 2015}),
]


def test_type_mix():
    mix = type_mix(HERE, EXPECTED)
    types = mix["types"]
    assert {"ley", "decreto", "decreto ley", "resolución", "acuerdo", "conpes", "constitución"} <= set(types)
    assert {"código", "sentencia", "otro"} <= set(types)
    assert types["decreto"] >= 25 and types["sentencia"] >= 8 and types["resolución"] >= 5 and types["otro"] >= 5
    assert mix["lists"] >= 15
    assert mix["decimal"] >= 20  # DUR decimal articles (Decretos 1077, 1082, 1083, 1084 de 2015)
    assert mix["longest"] >= 10  # "artículos 51 a 60 de la misma ley"
    assert {"presente", "anterior", "siguiente"} <= mix["relatives"]


DATE = "2026-12-01"  # the day it was written, as its README says


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-12-01, twelfth session, after grammar round 27, which set 30 had measured; round 28
# was being written from set 30 and was not in the measured code), blind: the annotator never opened the extractor
# and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) before it was
# written, so that no evaluation run scored it before this measurement:
#   (a) span+scope       P 0.960 R 0.944 F1 0.952
#   (b) type+number+year P 0.993 R 0.960 F1 0.976
#   (c) article          P 1.000 R 1.000 F1 1.000   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: the concession contract's own units spanned short ("Sección 4.5" for "Sección 4.5 de la Parte Especial",
# "Capítulo IV" for "Capítulo IV de la Parte Especial", "Sección 3.9 de esta Parte" without "General"), its
# appendices not read as references ("Apéndice Técnico 1", "Apéndice Financiero 1", "numeral 2.3 del Apéndice Técnico
# 2"), and its section headings ("Sección 3.1 Valor del Contrato.") read as references; the NSR-10 and the ICBF's
# Lineamiento Técnico cited by their titles; the Consejo de Estado's unification id "CE-SUJ2-011-18". Where the sets
# disagree (no side taken): a DUR's or a POT's name after its number ("Decreto 1084 de 2015, Único Reglamentario del
# Sector …", "Acuerdo 48 de 2014, Plan de Ordenamiento Territorial de Medellín") kept in the span here, and a code's
# name and acronym after a numbered law ("Ley 1437 de 2011, Código … (CPACA)") as one reference.
# Floors: those figures minus 0.02.
FLOORS = {"a": 0.952 - 0.02, "b": 0.976 - 0.02, "c": 1.000 - 0.02}
