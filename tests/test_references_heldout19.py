"""Held-out set 19 (tests/data/references/heldout19/): gold normative references for issue #3, written blind (a
Tribunal Superior de Medellín Sala Laboral ruling on an old-age pension, a Juzgado Civil Municipal tutela ruling on a
health service, a municipal Hacienda resolution deciding a recurso de reconsideración on industria y comercio, and a
company's reglamento of its Comité de Convivencia Laboral).

Particular to set 19, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run
in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import load_gold

HERE = Path(__file__).parent / "data" / "references" / "heldout19"

TRIBUNAL = "sentencia_tribunal_medellin_sala_laboral_pension_vejez_transicion"
TUTELA = "fallo_tutela_juzgado_civil_municipal_bello_salud"
HACIENDA = "resolucion_hacienda_itagui_reconsideracion_ica"
REGLAMENTO = "reglamento_comite_convivencia_laboral_confecciones_aburra"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {TRIBUNAL: 41, TUTELA: 39, HACIENDA: 39, REGLAMENTO: 41}
# Pinned (external, internal) split per text.
SCOPES = {TRIBUNAL: (40, 1), TUTELA: (37, 2), HACIENDA: (36, 3), REGLAMENTO: (34, 7)}

#: (text, phrase) written in the texts and NOT annotated (the phrase's first occurrence overlaps no gold span)
NEAR_MISSES = [
    (TRIBUNAL, "ley de la oferta y la demanda"),
    (TRIBUNAL, "el decreto de pruebas"),
    (TRIBUNAL, "presente Acto Legislativo"),
    (TRIBUNAL, "la sentencia proferida el 12 de mayo de 2026"),
    (TRIBUNAL, "(en adelante CPTSS)"),
    (TRIBUNAL, "radicación 70832"),
    (TRIBUNAL, "Radicado: 05001-31-05-012-2024-00387-01"),
    (TRIBUNAL, "por autoridad de la ley"),
    (TUTELA, "Sentencia de tutela No. 214"),
    (TUTELA, "el decreto de la medida"),
    (TUTELA, "artículos de aseo personal"),
    (TUTELA, "ley de la oferta y la demanda"),
    (TUTELA, "Plan de Beneficios en Salud"),
    (HACIENDA, "RESOLUCIÓN No. 2026-00871"),
    (HACIENDA, "Liquidación Oficial de Revisión No. LOR-0456"),
    (HACIENDA, "artículos de oficina"),
    (HACIENDA, "ley de la oferta y la demanda"),
    (HACIENDA, "el decreto oficioso de pruebas"),
    (HACIENDA, "(en adelante ETM)"),
    (HACIENDA, "radicado 05001-23-33-000-2016-02181-01"),
    (HACIENDA, "ARTÍCULO PRIMERO."),
    (HACIENDA, "la presente resolución"),
    (REGLAMENTO, "REGLAMENTO INTERNO DEL COMITÉ DE CONVIVENCIA LABORAL"),
    (REGLAMENTO, "CAPÍTULO III"),
    (REGLAMENTO, "ARTÍCULO 7. FUNCIONES DEL COMITÉ."),
    (REGLAMENTO, "artículos de oficina"),
    (REGLAMENTO, "expide decretos de ninguna clase"),
    (REGLAMENTO, "ley de la oferta y la demanda"),
    (REGLAMENTO, "el presente reglamento"),
    (REGLAMENTO, "por mutuo acuerdo"),
]

#: (text, span, fields) annotated exactly so (each span occurs once in its gold file)
HARD_CASES = [
    (TRIBUNAL, "sentencia CSJ SL1947-2020", {"type": "sentencia", "number": "SL-1947", "year": 2020}),
    (TRIBUNAL, "parágrafo transitorio 4 del artículo 48 superior", {"type": "constitución", "article": "48"}),
    (TRIBUNAL, "parágrafo transitorio 4 del Acto Legislativo 01 de 2005", {"number": "1", "article": None}),
    (TRIBUNAL, "artículos 151 del CPTSS", {"type": "código", "article": "151"}),
    (TRIBUNAL, "488 del Código Sustantivo del Trabajo", {"type": "código", "article": "488"}),
    (TRIBUNAL, "artículo 66A del CPTSS", {"article": "66A"}),
    (TRIBUNAL, "Decreto 758 del mismo año", {"number": "758", "year": 1990}),
    (TRIBUNAL, "artículo 9 ibídem", {"number": "797", "year": 2003}),
    (TRIBUNAL, "sentencia del 22 de julio de 2008", {"type": "otro", "number": None, "year": 2008}),
    (TRIBUNAL, "numeral 3 de los antecedentes de la presente providencia", {"scope": "internal", "sub": "numeral 3"}),
    (TUTELA, "artículo 86 superior", {"type": "constitución", "article": "86"}),
    (
        TUTELA,
        "numeral 1 del artículo 2.2.3.1.2.1 del Decreto 1069 de 2015",
        {"article": "2.2.3.1.2.1", "sub": "numeral 1"},
    ),
    (TUTELA, "numeral 2 del artículo 42 de ese decreto", {"number": "2591", "article": "42"}),
    (TUTELA, "T-014 de 2017", {"number": "T-14", "year": 2017}),
    (TUTELA, "literales a) a f) del artículo 15 de la Ley Estatutaria", {"number": "1751", "sub": "literales a) a f)"}),
    (TUTELA, "Resolución 1885 de 2018", {"type": "resolución", "number": "1885"}),
    (HACIENDA, "artículos 720, 722 y 730 del Estatuto Tributario", {"articles": ["720", "722", "730"]}),
    (HACIENDA, "numerales 1, 2 y 4 del artículo citado", {"type": "estatuto", "article": "722"}),
    (HACIENDA, "artículos 1.6.1.4.2 a 1.6.1.4.4 del mismo decreto", {"number": "1625", "article": "1.6.1.4.2"}),
    (HACIENDA, "artículo 771-5 del citado ordenamiento tributario", {"type": "estatuto", "article": "771-5"}),
    (HACIENDA, "sentencia del 26 de noviembre de 2020", {"type": "otro", "number": None, "year": 2020}),
    (HACIENDA, "artículo anterior", {"scope": "internal", "relative": "anterior"}),
    (HACIENDA, "artículo 415 del ETM", {"type": "estatuto", "number": None}),
    (REGLAMENTO, "Resoluciones 652", {"type": "resolución", "number": "652", "year": 2012}),
    (REGLAMENTO, "capítulo III de este reglamento", {"scope": "internal", "sub": "capítulo III", "article": None}),
    (REGLAMENTO, "artículos 3, 4, 9 y 14 de la Resolución 652 de 2012", {"articles": ["3", "4", "9", "14"]}),
    (REGLAMENTO, "literales a) a n) del artículo 7 de la misma ley", {"number": "1010", "article": "7"}),
    (REGLAMENTO, "numeral 7 del artículo 2.2.4.6.8 del Decreto 1072 de 2015", {"article": "2.2.4.6.8"}),
    (REGLAMENTO, "artículo siguiente", {"scope": "internal", "relative": "siguiente"}),
]


def test_type_mix():
    refs = [r for name in EXPECTED for r in load_gold(HERE, name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "decreto", "resolución", "acuerdo", "acto legislativo"} <= set(types)
    assert {"constitución", "código", "estatuto", "sentencia", "otro"} <= set(types)
    assert types["resolución"] >= 10 and types["estatuto"] >= 10 and types["sentencia"] >= 10
    assert sum(1 for r in refs if "articles" in r) >= 8
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 5  # DUR decimal articles
    assert sum(1 for r in refs if r["article"] and "-" in r["article"]) >= 3  # Estatuto Tributario 771-2, 771-5
    assert any(r["number"] and r["number"].startswith("SL-") for r in refs)  # Sala de Casación Laboral ids
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior", "siguiente"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, eighth session, after grammar round 16), blind: the annotator never opened the
# extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement. (The annotator read tests/test_reference_sets.py for the shape of
# the tables, and the other sets' READMEs for their conventions.)
#   (a) span+scope       P 0.981 R 0.981 F1 0.981
#   (b) type+number+year P 0.939 R 0.939 F1 0.939   (below the 0.95)
#   (c) article          P 0.982 R 0.973 F1 0.977   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses at level (b): "Ley 1751 de 2015" typed as the statutory law it was named as earlier in the text (four), a
# norm's units after it ("Ley Estatutaria 1751 de 2015 en su artículo 2" as two references), "de la Ley Estatutaria"
# and "de ese decreto" as the norm just named, "del ETM" after "(en adelante ETM)", "del citado ordenamiento
# tributario", "Decreto 758 del mismo año", "sentencia CSJ SL1947-2020" (span from "sentencia"), rulings by date
# whose radicado the gold leaves out of the span, an own "considerando 7" and "numeral 3 de los antecedentes de la
# presente providencia". Floors: those figures minus 0.02.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 0.981 - 0.02, "b": 0.939 - 0.02, "c": 0.977 - 0.02}
