"""Held-out set 36 (tests/data/references/heldout36/): gold normative references for issue #3, written blind (a
sentencia of the Superintendencia de Industria y Comercio's Delegatura para Asuntos Jurisdiccionales in a consumer
protection action, a press comunicado of the Corte Constitucional reporting three C- rulings, a Secretaría de
Educación's resolución recognising partial cesantías of a teacher of the FOMAG, and a citizen's recurso de reposición y
en subsidio de apelación against a speed-camera fine).

Particular to set 36, here: its tables and its type mix. No text carries compiler notes '<…>' (the shared no-notes
check applies to all four). The data only: no extractor and no FLOORS (the lead adds the measurement once). The checks
all sets share run in tests/test_reference_sets.py.
"""

from __future__ import annotations

from pathlib import Path

from refcontract import load_gold, load_text, type_mix

HERE = Path(__file__).parent / "data" / "references" / "heldout36"

_SIC = "sentencia_sic_delegatura_jurisdiccional_garantia_motocicleta"
_COM = "comunicado_corte_constitucional_sentencias_c_codigo_policia_espacio_publico"
_CES = "resolucion_secretaria_educacion_cesantias_parciales_docente_fomag"
_REC = "recurso_reposicion_apelacion_fotodeteccion_transito"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {_CES: 39, _COM: 45, _REC: 32, _SIC: 47}
# Pinned (external, internal) split per text.
SCOPES = {_CES: (33, 6), _COM: (42, 3), _REC: (31, 1), _SIC: (42, 5)}

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_SIC, "SENTENCIA No. 11873"),
    (_SIC, "Radicación: 26-118452"),
    (_SIC, "código de referencia VX-200-26"),
    (_SIC, "factura electrónica No. FEMV-30991"),
    (_SIC, "órdenes de servicio OS-4471 y OS-4529"),
    (_SIC, "mediante auto del 4 de agosto de 2026"),
    (_SIC, "el decreto de pruebas"),
    (_SIC, "la ley de la oferta y la demanda"),
    (_SIC, "de acuerdo con"),
    (_SIC, "ordena a la ley regular"),
    (_SIC, "por autoridad de la ley"),
    (_SIC, "Consejo Superior de la Judicatura"),
    (_SIC, "PRIMERO: Declarar no probada"),
    (_SIC, "Contra esta sentencia no procede recurso alguno"),
    (_COM, "COMUNICADO 38"),
    (_COM, "EXPEDIENTE D-16.042"),
    (_COM, "EXPEDIENTE LAT-498"),
    (_COM, '"LEY 1801 DE 2016'),
    (_COM, "Por la cual se expide el Código Nacional de Seguridad y Convivencia Ciudadana."),
    (_COM, "ARTÍCULO 140. COMPORTAMIENTOS CONTRARIOS AL CUIDADO E INTEGRIDAD DEL ESPACIO PÚBLICO."),
    (_COM, "PARÁGRAFO 2. A quien incurra"),
    (_COM, "en violación de las normas vigentes"),
    (_COM, "la ley de la oferta y la demanda"),
    (_COM, "cosa juzgada constitucional"),
    (_COM, "mediante decreto"),
    (_COM, "ampliar por decreto"),
    (_COM, "el término decreto alude allí al reglamento"),
    (_COM, "principio de reserva de ley"),
    (_COM, "de acuerdo con la jurisprudencia reiterada"),
    (_COM, "el tratado objeto de revisión"),
    (_COM, "la multa general tipo 1"),
    (_CES, "RESOLUCIÓN No. 2026-004517"),
    (_CES, "radicado SAC BEL2026ER018263"),
    (_CES, "matrícula inmobiliaria 01N-5084412"),
    (_CES, "Escritura Pública No. 1.842 del 12 de mayo de 2019"),
    (_CES, "hoja de revisión No. 2026-CES-11834"),
    (_CES, "del año anterior"),
    (_CES, "artículos de ferretería"),
    (_CES, "salvo decreto de embargo judicial"),
    (_CES, "proyecto de resolución"),
    (_CES, "en los casos que la ley determine"),
    (_CES, "de acuerdo con"),
    (_CES, "ARTÍCULO PRIMERO. Reconocer"),
    (_CES, "PARÁGRAFO. El valor"),
    (_CES, "Contra la presente resolución"),
    (_CES, "En firme el presente acto"),
    (_REC, "Resolución No. SMI-2026-087412 del 2 de septiembre de 2026"),
    (_REC, "Comparendo: 05360000000041873925"),
    (_REC, "placa KMR-418"),
    (_REC, "infracción codificada como C29"),
    (_REC, "guía de envío No. 7012004587"),
    (_REC, "la resolución recurrida"),
    (_REC, "Durante el año anterior"),
    (_REC, "La ley de la oferta y la demanda"),
    (_REC, "de acuerdo con"),
    (_REC, "Solicito el decreto y la práctica"),
    (_REC, "PRIMERA. Revocar"),
    (_REC, "I. HECHOS"),
    (_REC, "Como se narró en el hecho 2 de este escrito"),
    (_REC, "las quejas mencionadas en el hecho 4"),
    (_REC, "C.C. 43.981.577"),
]

#: (text, span, fields) annotated exactly so (every gold reference with that span)
HARD_CASES = [
    (_SIC, "numeral 2 del artículo 278 del Código General del Proceso", {"type": "código", "article": "278"}),
    (_SIC, "numeral 10 del mismo artículo", {"type": "ley", "number": "1480", "article": "58", "sub": "numeral 10"}),
    (
        _SIC,
        "numeral 3 del artículo 16 del Estatuto del Consumidor",
        {"type": "estatuto", "number": None, "article": "16", "sub": "numeral 3"},
    ),
    (
        _SIC,
        "Decreto Legislativo 806 de 2020",
        {"type": "decreto legislativo", "number": "806", "year": 2020},
    ),
    (
        _SIC,
        "literal a) del numeral 1 del artículo 24 del Código General del Proceso",
        {"type": "código", "article": "24", "sub": "literal a)"},
    ),
    (
        _SIC,
        "numerales 1 a 3 del artículo 24 del Decreto 4886 de 2011",
        {"type": "decreto", "number": "4886", "article": "24", "sub": "numerales 1 a 3"},
    ),
    (_SIC, "artículo 6 del Decreto 092 de 2022", {"type": "decreto", "number": "92", "year": 2022, "article": "6"}),
    (_SIC, "parágrafo 3 del artículo 390 ibídem", {"type": "código", "article": "390", "sub": "parágrafo 3"}),
    (_SIC, "artículo 25 del CGP", {"type": "código", "number": None, "article": "25"}),
    (_SIC, "artículo 78 superior", {"type": "constitución", "article": "78"}),
    (_SIC, "Ley 1480 de 2011, Estatuto del Consumidor", {"type": "ley", "number": "1480", "article": None}),
    (_SIC, "artículo 1", {"type": "ley", "number": "1480", "year": 2011, "article": "1"}),
    (
        _SIC,
        "numerales 3, 9 y 11 del artículo 5 de la misma ley",
        {"type": "ley", "number": "1480", "article": "5", "sub": "numerales 3, 9 y 11"},
    ),
    (_SIC, "artículos 7 a 11", {"type": "ley", "number": "1480", "articles": ["7", "8", "9", "10", "11"]}),
    (_SIC, "artículo 8 ibídem", {"type": "ley", "number": "1480", "article": "8"}),
    (_SIC, "cuyo numeral 1", {"type": "ley", "number": "1480", "article": "11", "sub": "numeral 1"}),
    (
        _SIC,
        "artículos 2.2.2.32.2.1 a 2.2.2.32.2.4 del mismo decreto",
        {"number": "1074", "articles": ["2.2.2.32.2.1", "2.2.2.32.2.2", "2.2.2.32.2.3", "2.2.2.32.2.4"]},
    ),
    (_SIC, "Decreto 735 de 2013", {"type": "decreto", "number": "735", "year": 2013}),
    (
        _SIC,
        "Título II de la Circular Única de esta Superintendencia",
        {"type": "circular", "number": None, "sub": "Título II"},
    ),
    (_SIC, "Sentencia C-1141 de 2000", {"type": "sentencia", "number": "C-1141", "year": 2000}),
    (_SIC, "numeral 3 del citado artículo 16", {"type": "ley", "number": "1480", "article": "16"}),
    (_SIC, "artículos 164 y 191 del mismo estatuto procesal", {"type": "código", "articles": ["164", "191"]}),
    (_SIC, "numeral anterior", {"scope": "internal", "relative": "anterior", "sub": "numeral"}),
    (_SIC, "Acuerdo PSAA16-10554 de 2016", {"type": "acuerdo", "number": "10554", "year": 2016}),
    (_SIC, "numeral 2.3 de esta sentencia", {"scope": "internal", "article": None, "sub": "numeral 2.3"}),
    (_SIC, "ordinal anterior", {"scope": "internal", "relative": "anterior", "sub": "ordinal"}),
    (_SIC, "ordinal segundo de esta sentencia", {"scope": "internal", "article": None, "sub": "ordinal 2"}),
    (_COM, "SENTENCIA C-347 DE 2026", {"type": "sentencia", "number": "C-347", "year": 2026}),
    (
        _COM,
        "parágrafo 3 del presente artículo",
        {"scope": "internal", "relative": "presente", "sub": "parágrafo 3"},
    ),
    (_COM, "artículo 173 de este Código", {"scope": "internal", "type": None, "article": "173"}),
    (
        _COM,
        "numeral 6 del artículo 140 de la Ley 1801 de 2016",
        {"type": "ley", "number": "1801", "year": 2016, "article": "140", "sub": "numeral 6"},
    ),
    (
        _COM,
        "artículos 1, 13, 25 y 53 de la Constitución Política",
        {"type": "constitución", "articles": ["1", "13", "25", "53"]},
    ),
    (_COM, "numeral 4 del mismo artículo 140", {"type": "ley", "number": "1801", "article": "140"}),
    (_COM, "parágrafo 2 de esa disposición", {"number": "1801", "article": "140", "sub": "parágrafo 2"}),
    (_COM, "inciso tercero del artículo 6 ibídem", {"type": "decreto", "number": "2067", "sub": "inciso 3"}),
    (_COM, "Sentencias SU-360 de 1999", {"type": "sentencia", "number": "SU-360", "year": 1999}),
    (_COM, "T-772 de 2003", {"type": "sentencia", "number": "T-772", "year": 2003}),
    (
        _COM,
        "artículo 6 del Pacto Internacional de Derechos Económicos, Sociales y Culturales",
        {"type": "otro", "number": None, "year": None, "article": "6"},
    ),
    (_COM, "cuyo artículo 2", {"type": "ley", "number": "1988", "year": 2019, "article": "2"}),
    (
        _COM,
        "artículos 2.2.7.1.1 a 2.2.7.1.5 del Decreto 1066 de 2015",
        {"number": "1066", "articles": ["2.2.7.1.1", "2.2.7.1.2", "2.2.7.1.3", "2.2.7.1.4", "2.2.7.1.5"]},
    ),
    (_COM, "artículo 3 de la citada ley", {"type": "ley", "number": "1988", "article": "3"}),
    (_COM, "artículos 114 y 150 superiores", {"type": "constitución", "articles": ["114", "150"]}),
    (_COM, "numeral 1.2 de este comunicado", {"scope": "internal", "sub": "numeral 1.2"}),
    (
        _COM,
        "Acuerdo entre la República de Colombia y la República Oriental del Uruguay sobre Cooperación en Ciencia, "
        "Tecnología e Innovación",
        {"type": "otro", "number": None},
    ),
    (_COM, "artículos 145, 146 y 157 ibídem", {"type": "constitución", "articles": ["145", "146", "157"]}),
    (_COM, "inciso final del artículo 160 de la Carta", {"type": "constitución", "sub": "inciso final"}),
    (
        _COM,
        "artículo 8 del Acto Legislativo 01 de 2003",
        {"type": "acto legislativo", "number": "1", "year": 2003, "article": "8"},
    ),
    (_COM, "inciso primero del mismo artículo 160", {"type": "constitución", "article": "160", "sub": "inciso 1"}),
    (_COM, "Leyes 1286 de 2009", {"type": "ley", "number": "1286", "year": 2009}),
    (_COM, "1951 de 2019", {"type": "ley", "number": "1951", "year": 2019}),
    (
        _CES,
        "artículos 2.4.4.2.3.2.1 y siguientes del Decreto 1075 de 2015",
        {"type": "decreto", "number": "1075", "article": "2.4.4.2.3.2.1"},
    ),
    (_CES, "Decreto Municipal 0419 de 2024", {"type": "decreto", "number": "419", "year": 2024}),
    (
        _CES,
        "literal b) del numeral 3 del artículo 15 de la Ley 91 de 1989",
        {"type": "ley", "number": "91", "article": "15", "sub": "literal b)"},
    ),
    (
        _CES,
        "artículos 2.4.4.2.3.2.1 a 2.4.4.2.3.2.6 del Decreto 1075 de 2015, Único Reglamentario del Sector Educación",
        {"number": "1075", "article": "2.4.4.2.3.2.1"},
    ),
    (_CES, "numeral 7.3 del artículo 7 de la Ley 715 de 2001", {"number": "715", "article": "7", "sub": "numeral 7.3"}),
    (_CES, "artículos 4 y 5", {"type": "ley", "number": "1071", "year": 2006, "articles": ["4", "5"]}),
    (_CES, "Sentencia SU-336 de 2017", {"type": "sentencia", "number": "SU-336", "year": 2017}),
    (
        _CES,
        "sentencia de unificación SUJ-012-S2 del 18 de julio de 2018",
        {"type": "otro", "number": None, "year": 2018},
    ),
    (_CES, "cuyo parágrafo", {"type": "ley", "number": "1955", "article": "57", "sub": "parágrafo"}),
    (
        _CES,
        "numeral 2 del artículo 2.4.4.2.3.2.3 ibídem",
        {"type": "decreto", "number": "1075", "article": "2.4.4.2.3.2.3", "sub": "numeral 2"},
    ),
    (_CES, "presente artículo", {"scope": "internal", "relative": "presente", "article": None}),
    (_CES, "artículo anterior", {"scope": "internal", "relative": "anterior", "article": None}),
    (_CES, "artículo primero", {"scope": "internal", "article": "1"}),
    (_CES, "artículo 56 de la misma ley", {"type": "ley", "number": "1437", "article": "56"}),
    (_CES, "artículos primero y segundo de esta resolución", {"scope": "internal", "articles": ["1", "2"]}),
    (_CES, "parágrafo del artículo primero", {"scope": "internal", "article": "1", "sub": "parágrafo"}),
    (
        _REC,
        "literal C del artículo 131 de la Ley 769 de 2002, Código Nacional de Tránsito Terrestre",
        {"type": "ley", "number": "769", "year": 2002, "article": "131", "sub": "literal C"},
    ),
    (_REC, "artículo 136 del Código Nacional de Tránsito", {"type": "código", "number": None, "article": "136"}),
    (
        _REC,
        "artículo 205 del Decreto Ley 019 de 2012",
        {"type": "decreto ley", "number": "19", "year": 2012, "article": "205"},
    ),
    (_REC, "inciso cuarto del mismo artículo", {"type": "constitución", "article": "29", "sub": "inciso 4"}),
    (_REC, "Sentencia C-038 de 2020", {"type": "sentencia", "number": "C-38", "year": 2020}),
    (
        _REC,
        "sentencia del 27 de agosto de 2020, radicado 11001-03-24-000-2017-00125-00",
        {"type": "otro", "number": None, "year": 2020},
    ),
    (_REC, "artículo 137 del mismo código", {"type": "código", "article": "137"}),
    (_REC, "artículo 5", {"type": "ley", "number": "1843", "year": 2017, "article": "5"}),
    (_REC, "artículos 2 a 4 de la misma ley", {"type": "ley", "number": "1843", "articles": ["2", "3", "4"]}),
    (
        _REC,
        "Resolución 20203040011245 de 2020",
        {"type": "resolución", "number": "20203040011245", "year": 2020},
    ),
    (_REC, "cuyo artículo 10", {"type": "resolución", "number": "20203040011245", "article": "10"}),
    (_REC, "mismo código", {"type": "código", "number": None, "article": None}),
    (_REC, "artículo 161 ibídem", {"type": "código", "article": "161"}),
    (_REC, "numerales 2.1 a 2.3 de este recurso", {"scope": "internal", "sub": "numerales 2.1 a 2.3"}),
    (_REC, "artículo 159 de la misma ley", {"type": "ley", "number": "769", "year": 2002, "article": "159"}),
]


def test_type_mix():
    mix = type_mix(HERE, EXPECTED)
    types = mix["types"]
    assert {"ley", "decreto", "decreto ley", "decreto legislativo", "acto legislativo", "resolución"} <= set(types)
    assert {"acuerdo", "circular", "constitución", "código", "estatuto", "sentencia", "otro"} <= set(types)
    assert types["ley"] >= 69 and types["decreto"] >= 21 and types["constitución"] >= 18 and types["código"] >= 14
    assert types["sentencia"] >= 13 and types["otro"] >= 4 and types["resolución"] >= 3
    assert mix["lists"] >= 20
    assert mix["decimal"] >= 8  # DUR decimal articles (Decretos 1074/2015, 1066/2015, 1075/2015)
    assert mix["longest"] >= 6  # "artículos 2.4.4.2.3.2.1 a 2.4.4.2.3.2.6 del Decreto 1075 de 2015, …"
    assert {"presente", "anterior"} <= mix["relatives"]


def test_comunicado_reports_three_rulings_by_their_headings():
    """The comunicado's three section headings name the rulings it reports (annotated, each with a doubt), while the
    title block of the transcribed demanded law is not annotated (heldout6's rule for a transcribed norm)."""
    refs = load_gold(HERE, _COM)
    headings = [d for d in refs if d["text"].startswith("SENTENCIA C-34")]
    assert [d["number"] for d in headings] == ["C-347", "C-348", "C-349"]
    assert all("doubt" in d for d in headings)
    text = load_text(HERE, _COM)
    title = text.index('"LEY 1801 DE 2016')
    assert not any(d["start"] <= title + 1 < d["end"] for d in refs)


DATE = "2026-12-02"  # the day it was written, as its README says


#: hard-case spans written more than once in their text (all annotated alike; the shared check counts them)
REPEATED_SPANS: dict[str, int] = {"literal b) del numeral 3 del artículo 15 de la Ley 91 de 1989": 2}


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-12-02, sixteenth session, after grammar round 33), blind: the annotator never opened
# the extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) before
# it was written:
#   (a) span+scope       P 0.982 R 0.982 F1 0.982
#   (b) type+number+year P 0.966 R 0.966 F1 0.966
#   (c) article          P 1.000 R 0.991 F1 0.996   (issue's targets: 0.95 / 0.95 / 0.93)
# Four of the misses are a convention this annotator chose alone: "cuyo artículo 2", "cuyo parágrafo", "cuyo numeral 1"
# and "cuyo artículo 10" with "cuyo" in the span (every earlier set leaves the relative out of the span and keeps the
# possessive "su"/"sus" in; the extractor follows the earlier sets, so each is a miss and a false span at (a) and (b)).
# Other misses: a treaty named inside a law's title and the Pacto Internacional de Derechos Económicos, Sociales y
# Culturales cut at its first comma; a Consejo de Estado unification ruling by an id of another shape ("SUJ-012-S2");
# the own tails "de este comunicado" and "de este recurso" left out of the span; "de esta Superintendencia" after the
# Circular Única left out; a DUR's decimal articles "del mismo decreto" given to the decree cited last (set 30's rule
# wants the DUR); the appealed fine ("Resolución No. SMI-2026-087412 del 2 de septiembre de 2026", an act of the same
# proceeding) and the transcribed law's title block read as citations.
# Floors: those figures minus 0.02. (Grammar round 34, made from these misses and so no longer blind: a press release
# and an appeal are citing documents whose own sections keep the tail, and a unification ruling's id may end in the
# chamber's code ("SUJ-012-S2"): 0.985 / 0.970 / 0.996; an instrument's name may end in a list of plural capitalised
# words ("Pacto Internacional de Derechos Económicos, Sociales y Culturales"): its span is whole, the figures the same,
# as the scorer already took the cut span for the gold one; the decree a DUR compiled, "que compiló el Decreto 735 de
# 2013", is its modifier, so "del mismo decreto" is the DUR: 0.985 / 0.976 / 0.996.)
FLOORS = {"a": 0.982 - 0.02, "b": 0.966 - 0.02, "c": 0.996 - 0.02}
