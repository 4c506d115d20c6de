"""Held-out set 27 (tests/data/references/heldout27/): gold normative references for issue #3, written blind (a
Corte Constitucional SU ruling on reinforced job stability, an ANLA resolution modifying an environmental licence, a
DIAN resolution on electronic invoicing, and a building's propiedad horizontal rules).

Particular to set 27, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run in
tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import load_gold

HERE = Path(__file__).parent / "data" / "references" / "heldout27"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "reglamento_propiedad_horizontal_edificio_mirador_laureles": 41,
    "resolucion_anla_modificacion_licencia_ambiental_vial_2026": 30,
    "resolucion_dian_factura_electronica_2026": 32,
    "sentencia_su_cc_estabilidad_laboral_reforzada_2026": 37,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "reglamento_propiedad_horizontal_edificio_mirador_laureles": (30, 11),
    "resolucion_anla_modificacion_licencia_ambiental_vial_2026": (27, 3),
    "resolucion_dian_factura_electronica_2026": (30, 2),
    "sentencia_su_cc_estabilidad_laboral_reforzada_2026": (33, 4),
}
NAMES = sorted(EXPECTED)

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "SENTENCIA SU-261 DE 2026"),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "expedientes T-9.812.334 y T-9.840.117"),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "ley de la oferta y la demanda"),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "el decreto de pruebas"),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "Los efectos de la presente providencia"),
    ("resolucion_anla_modificacion_licencia_ambiental_vial_2026", "RESOLUCIÓN No. 02417"),
    ("resolucion_anla_modificacion_licencia_ambiental_vial_2026", "ley de la oferta y la demanda"),
    ("resolucion_anla_modificacion_licencia_ambiental_vial_2026", "Auto 04321 del 12 de mayo de 2026"),
    ("resolucion_anla_modificacion_licencia_ambiental_vial_2026", "Concepto Técnico 06512 del 30 de agosto de 2026"),
    ("resolucion_anla_modificacion_licencia_ambiental_vial_2026", "ARTÍCULO PRIMERO. Modificar"),
    ("resolucion_dian_factura_electronica_2026", "RESOLUCIÓN NÚMERO 000187"),
    ("resolucion_dian_factura_electronica_2026", "artículos de oficina"),
    ("resolucion_dian_factura_electronica_2026", '"Artículo 7. Requisitos de la factura electrónica de venta.'),
    ("resolucion_dian_factura_electronica_2026", '"Parágrafo 3.'),
    ("reglamento_propiedad_horizontal_edificio_mirador_laureles", "artículos de oficina"),
    ("reglamento_propiedad_horizontal_edificio_mirador_laureles", "ley de la oferta y la demanda"),
    ("reglamento_propiedad_horizontal_edificio_mirador_laureles", "CAPÍTULO V\nDE LA TENENCIA DE MASCOTAS"),
    ("reglamento_propiedad_horizontal_edificio_mirador_laureles", "Escritura Pública 2.145"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (
        "sentencia_su_cc_estabilidad_laboral_reforzada_2026",
        "artículo 86 y el numeral 9 del artículo 241 de la Constitución Política",
        {"type": "constitución", "articles": ["86", "241"], "sub": "numeral 9"},
    ),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "fundamento jurídico 5 supra", {"scope": "internal"}),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "SU-087 de 2022", {"number": "SU-87", "year": 2022}),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "Sentencias T-317", {"number": "T-317", "year": 2020}),
    (
        "sentencia_su_cc_estabilidad_laboral_reforzada_2026",
        "Ley Estatutaria 1618 de 2013",
        {"type": "ley estatutaria", "number": "1618"},
    ),
    (
        "sentencia_su_cc_estabilidad_laboral_reforzada_2026",
        "numeral 15 del literal A) del artículo 62 del Código Sustantivo del Trabajo",
        {"type": "código", "article": "62", "sub": "numeral 15"},
    ),
    (
        "resolucion_anla_modificacion_licencia_ambiental_vial_2026",
        "numeral 1",
        {"type": "decreto", "number": "1076", "article": "2.2.2.3.7.1"},
    ),
    (
        "resolucion_anla_modificacion_licencia_ambiental_vial_2026",
        "Resoluciones 0874 del 9 de julio de 2018",
        {"type": "resolución", "number": "874", "year": 2018},
    ),
    (
        "resolucion_anla_modificacion_licencia_ambiental_vial_2026",
        "artículos 2.2.9.3.1.1 y siguientes del mismo decreto",
        {"article": "2.2.9.3.1.1", "number": "1076"},
    ),
    (
        "resolucion_dian_factura_electronica_2026",
        "artículos 616-1, 771-2 y 771-6 del Estatuto Tributario",
        {"type": "estatuto", "number": None, "articles": ["616-1", "771-2", "771-6"]},
    ),
    (
        "resolucion_dian_factura_electronica_2026",
        "parágrafo transitorio del artículo anterior",
        {"scope": "internal", "relative": "anterior", "sub": "parágrafo transitorio"},
    ),
    (
        "resolucion_dian_factura_electronica_2026",
        "literales a), b), c) y d)",
        {"type": "estatuto", "article": "617"},
    ),
    (
        "reglamento_propiedad_horizontal_edificio_mirador_laureles",
        "artículos 37 a 45 de la Ley 675 de 2001",
        {"articles": [str(n) for n in range(37, 46)]},
    ),
    (
        "reglamento_propiedad_horizontal_edificio_mirador_laureles",
        "Capítulo VI del presente reglamento",
        {"scope": "internal", "sub": "Capítulo VI"},
    ),
]


def _refs(name: str) -> list[dict]:
    return load_gold(HERE, name)


def test_type_mix():
    refs = [r for name in NAMES for r in _refs(name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "decreto", "decreto ley", "resolución", "constitución", "código"} <= set(types)
    assert {"estatuto", "sentencia"} <= set(types)
    assert types["resolución"] >= 10 and types["sentencia"] >= 5 and types["estatuto"] >= 5
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 8  # DUR decimal articles
    assert sum(1 for r in refs if r["article"] and "-" in r["article"]) >= 3  # Estatuto Tributario 616-1, 771-2 …
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-12-01, tenth session, after grammar round 24), blind: the annotator never opened the
# extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.993 R 1.000 F1 0.996
#   (b) type+number+year P 0.975 R 0.983 F1 0.979
#   (c) article          P 1.000 R 1.000 F1 1.000   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: a DUR's name after its number ("Decreto 1625 de 2016, Único Reglamentario en Materia Tributaria", which the
# set keeps in the span, as sets 22 and 25 do); "de la citada resolución" and a bare "artículo 20" given to the
# resolution cited last rather than to the one the text amends; an authority's own procedural "Auto 04321 del 12 de
# mayo de 2026" read as a norm. Floors: those figures minus 0.02.
FLOORS = {"a": 0.996 - 0.02, "b": 0.979 - 0.02, "c": 1.000 - 0.02}
