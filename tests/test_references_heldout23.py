"""Held-out set 23 (tests/data/references/heldout23/): gold normative references for issue #3, written blind (a
sentencia of the Tribunal Administrativo de Antioquia in an acción de cumplimiento, a sentencia of the Corte Suprema de
Justicia, Sala de Casación Civil, in a contract dispute, a decreto of the Gobernación de Antioquia on games of chance,
and a resolución of the Unidad para las Víctimas on an indemnización administrativa).

Particular to set 23, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run
in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import (
    load_gold,
)

HERE = Path(__file__).parent / "data" / "references" / "heldout23"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "decreto_gobernacion_antioquia_juegos_suerte_azar": 49,
    "resolucion_uariv_indemnizacion_administrativa": 36,
    "sentencia_csj_casacion_civil_suministro": 31,
    "sentencia_tribunal_antioquia_accion_cumplimiento_bello": 38,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "decreto_gobernacion_antioquia_juegos_suerte_azar": (43, 6),
    "resolucion_uariv_indemnizacion_administrativa": (34, 2),
    "sentencia_csj_casacion_civil_suministro": (30, 1),
    "sentencia_tribunal_antioquia_accion_cumplimiento_bello": (37, 1),
}

_TRIBUNAL = "sentencia_tribunal_antioquia_accion_cumplimiento_bello"
_CSJ = "sentencia_csj_casacion_civil_suministro"
_DECRETO = "decreto_gobernacion_antioquia_juegos_suerte_azar"
_RESOLUCION = "resolucion_uariv_indemnizacion_administrativa"

#: (text, phrase) written in the texts and NOT annotated (its first occurrence overlaps no gold span)
NEAR_MISSES = [
    (_TRIBUNAL, "ley de la oferta y la demanda"),
    (_TRIBUNAL, "artículos de oficina"),
    (_TRIBUNAL, "decreto de pruebas"),
    (_TRIBUNAL, "SENTENCIA No. 214"),
    (_TRIBUNAL, "la presente sentencia"),
    (_TRIBUNAL, "los acuerdos municipales"),
    (_CSJ, "ley de la oferta y la demanda"),
    (_CSJ, "SC3127-2026"),
    (_CSJ, "el cargo anterior"),
    (_CSJ, "una ley para los contratantes"),
    (_CSJ, "la ley del contrato"),
    (_CSJ, "el decreto de pruebas"),
    (_DECRETO, "ley de la oferta y la demanda"),
    (_DECRETO, "DECRETO NÚMERO D 2026070004512 DE 2026"),
    (_DECRETO, "artículos de oficina"),
    (_DECRETO, "el proyecto de decreto"),
    (_DECRETO, "ARTÍCULO 1. OBJETO."),
    (_DECRETO, "CAPÍTULO II"),
    (_RESOLUCION, "ley de la oferta y la demanda"),
    (_RESOLUCION, "RESOLUCIÓN No. 04102026-118734 DE 2026"),
    (_RESOLUCION, "decreto de pruebas"),
    (_RESOLUCION, "ARTÍCULO PRIMERO."),
    (_RESOLUCION, "PARÁGRAFO 2."),
]

#: (text, span, fields) annotated exactly so (the span occurs once in the text's gold)
HARD_CASES = [
    (_TRIBUNAL, "153 de la Ley 1437 de 2011", {"scope": "external", "type": "ley", "number": "1437", "article": "153"}),
    (_TRIBUNAL, "parágrafo del artículo 9 ejusdem", {"number": "393", "article": "9", "sub": "parágrafo"}),
    (
        _TRIBUNAL,
        "artículos 4, 6 y 9 del Acuerdo Municipal 018 de 2023",
        {"type": "acuerdo", "number": "18", "year": 2023, "articles": ["4", "6", "9"]},
    ),
    (_TRIBUNAL, "Sentencias C-193", {"type": "sentencia", "number": "C-193", "year": 1998}),
    (_TRIBUNAL, "artículo 10, numeral 5, de la Ley 393 de 1997", {"article": "10", "sub": "numeral 5"}),
    (_TRIBUNAL, "numeral 3.2 de esta providencia", {"scope": "internal", "sub": "numeral 3.2", "relative": None}),
    (_CSJ, "870 del Código de Comercio", {"type": "código", "number": None, "article": "870"}),
    (_CSJ, "SC1905-2019", {"type": "sentencia", "number": "SC-1905", "year": 2019}),
    (_CSJ, "artículo 870 de ese estatuto", {"type": "código", "article": "870"}),
    (_CSJ, "numeral 1 del mismo artículo", {"type": "código", "article": "336", "sub": "numeral 1"}),
    (_CSJ, "Título XII del Libro Cuarto del Código Civil", {"type": "código", "article": None, "sub": "Título XII"}),
    (
        _CSJ,
        "artículo 344, numeral 2, literal a), del Código General del Proceso",
        {"type": "código", "article": "344", "sub": "literal a)"},
    ),
    (
        _DECRETO,
        "artículos 2.7.2.3.1 a 2.7.2.3.4 del Decreto 1068 de 2015",
        {"number": "1068", "articles": ["2.7.2.3.1", "2.7.2.3.2", "2.7.2.3.3", "2.7.2.3.4"]},
    ),
    (_DECRETO, "Acuerdos 01", {"type": "acuerdo", "number": "1", "year": 2023}),
    (_DECRETO, "03 de 2023", {"type": "acuerdo", "number": "3", "year": 2023}),
    (_DECRETO, "artículo 2.7.2.4.1 del mismo decreto", {"scope": "external", "number": "1068", "year": 2015}),
    (_DECRETO, "artículos 3 y 5", {"type": "otro", "number": "32", "articles": ["3", "5"]}),
    (_DECRETO, "parágrafo anterior", {"scope": "internal", "relative": "anterior"}),
    (_DECRETO, "literal a)", {"number": "643", "article": "7", "sub": "literal a)"}),
    (_RESOLUCION, "Sentencia T-025 de 2004", {"number": "T-25", "year": 2004}),
    (_RESOLUCION, "Resolución 01049 de 2019", {"type": "resolución", "number": "1049"}),
    (_RESOLUCION, "artículos 74 a 76 de la Ley 1437 de 2011", {"article": "74", "articles": ["74", "75", "76"]}),
    (_RESOLUCION, "331 de 2019", {"type": "otro", "number": "331", "year": 2019}),
    (_RESOLUCION, "parágrafo 4", {"scope": "external", "number": "1448", "article": "132", "sub": "parágrafo 4"}),
    (_RESOLUCION, "artículo primero de la presente resolución", {"scope": "internal", "article": "1"}),
]


def test_type_mix():
    refs = [r for name in EXPECTED for r in load_gold(HERE, name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "resolución", "acuerdo", "constitución", "sentencia", "código", "otro"} <= set(types)
    assert types["código"] >= 15 and types["acuerdo"] >= 10 and types["sentencia"] >= 8
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 5  # DUR decimal articles
    assert sum(1 for r in refs if r["type"] == "sentencia" and r["number"].startswith("SC-")) >= 4
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, ninth session, after grammar round 20), blind: the annotator never opened the
# extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement (except one: the round-20 helper's own F1 script globbed every
# held-out folder and printed this set's aggregate line once, after its code was final; nothing changed after it):
#   (a) span+scope       P 0.981 R 0.987 F1 0.984
#   (b) type+number+year P 0.979 R 0.972 F1 0.976
#   (c) article          P 0.981 R 0.981 F1 0.981   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: "en el Título 2 de la Parte 7 del Libro 2" after a DUR named in the same sentence, read as the document's
# own; "artículo 870 de ese estatuto" after the Código de Comercio; "numeral 2 supra" (the ruling's own part) cut
# before "supra"; a Sala Civil ruling's own id "SC3127-2026" under its heading; "artículo 336" of the Código General
# del Proceso typed as Ley 1564 de 2012 (the code's law; the set types it código); "artículo 6 del Acuerdo" without
# "del Acuerdo" in the span. Floors: those figures minus 0.02.
FLOORS = {"a": 0.984 - 0.02, "b": 0.976 - 0.02, "c": 0.981 - 0.02}
