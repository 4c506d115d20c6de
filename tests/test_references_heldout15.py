"""Held-out set 15 (tests/data/references/heldout15/): gold normative references for issue #3, written blind (an
arbitration award on a public works contract, a public university's procurement statute, a MinTIC interoperability
resolution and a Gobernación de Antioquia calamity decree).

Particular to set 15, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run
in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import load_gold

HERE = Path(__file__).parent / "data" / "references" / "heldout15"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "acuerdo_superior_estatuto_contratacion_universidad_bajo_cauca": 38,
    "decreto_gobernacion_antioquia_calamidad_publica_2026": 36,
    "laudo_arbitral_contrato_obra_publica_variante_oriente": 40,
    "resolucion_mintic_marco_interoperabilidad_2026": 42,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "acuerdo_superior_estatuto_contratacion_universidad_bajo_cauca": (30, 8),
    "decreto_gobernacion_antioquia_calamidad_publica_2026": (30, 6),
    "laudo_arbitral_contrato_obra_publica_variante_oriente": (34, 6),
    "resolucion_mintic_marco_interoperabilidad_2026": (34, 8),
}

#: (text, phrase) written in the texts and NOT annotated (no gold span overlaps any occurrence)
NEAR_MISSES = [
    ("laudo_arbitral_contrato_obra_publica_variante_oriente", "ley de la oferta y la demanda"),
    ("acuerdo_superior_estatuto_contratacion_universidad_bajo_cauca", "ley de la oferta y la demanda"),
    ("decreto_gobernacion_antioquia_calamidad_publica_2026", "ley de la oferta y la demanda"),
    ("laudo_arbitral_contrato_obra_publica_variante_oriente", "artículos de oficina"),
    ("acuerdo_superior_estatuto_contratacion_universidad_bajo_cauca", "artículos de oficina"),
    ("decreto_gobernacion_antioquia_calamidad_publica_2026", "artículos de oficina"),
    ("laudo_arbitral_contrato_obra_publica_variante_oriente", "el decreto de pruebas"),
    ("resolucion_mintic_marco_interoperabilidad_2026", "un decreto adicional"),
    ("decreto_gobernacion_antioquia_calamidad_publica_2026", "un decreto distinto"),
    ("laudo_arbitral_contrato_obra_publica_variante_oriente", "CAPÍTULO III. EL RÉGIMEN JURÍDICO APLICABLE"),
    ("laudo_arbitral_contrato_obra_publica_variante_oriente", "el contrato es ley para las partes"),
    ("acuerdo_superior_estatuto_contratacion_universidad_bajo_cauca", "ACUERDO SUPERIOR No. 512 DE 2026"),
    ("acuerdo_superior_estatuto_contratacion_universidad_bajo_cauca", "El presente estatuto"),
    ("acuerdo_superior_estatuto_contratacion_universidad_bajo_cauca", "resolución rectoral"),
    ("resolucion_mintic_marco_interoperabilidad_2026", "RESOLUCIÓN NÚMERO 03120 DE 2026"),
    ("resolucion_mintic_marco_interoperabilidad_2026", "con indicación del artículo, numeral o literal"),
    ("decreto_gobernacion_antioquia_calamidad_publica_2026", "DECRETO NÚMERO 2026070009876 DE 2026"),
    ("decreto_gobernacion_antioquia_calamidad_publica_2026", "ARTÍCULO PRIMERO. DECLARATORIA."),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (
        "laudo_arbitral_contrato_obra_publica_variante_oriente",
        "SU-033 de 2018",
        {"type": "sentencia", "number": "SU-33"},
    ),
    (
        "laudo_arbitral_contrato_obra_publica_variante_oriente",
        "4 de la Ley 1150 de 2007",
        {"type": "ley", "number": "1150", "article": "4"},
    ),
    (
        "laudo_arbitral_contrato_obra_publica_variante_oriente",
        "sentencia del 18 de septiembre de 2003, expediente 15119",
        {"type": "otro", "number": "15119", "year": 2003},
    ),
    ("laudo_arbitral_contrato_obra_publica_variante_oriente", "capítulo III de este laudo", {"scope": "internal"}),
    (
        "laudo_arbitral_contrato_obra_publica_variante_oriente",
        "artículos 1618 a 1624 del mismo código",
        {"type": "código"},
    ),
    (
        "acuerdo_superior_estatuto_contratacion_universidad_bajo_cauca",
        "numeral 6 del artículo 195 de la Ley 100 de 1993",
        {"article": "195", "sub": "numeral 6"},
    ),
    ("acuerdo_superior_estatuto_contratacion_universidad_bajo_cauca", "310 de 2017", {"type": "acuerdo", "year": 2017}),
    ("acuerdo_superior_estatuto_contratacion_universidad_bajo_cauca", "artículo anterior", {"relative": "anterior"}),
    (
        "resolucion_mintic_marco_interoperabilidad_2026",
        "artículos 2.2.9.1.1.1 a 2.2.9.1.1.3",
        {"articles": ["2.2.9.1.1.1", "2.2.9.1.1.2", "2.2.9.1.1.3"]},
    ),
    ("resolucion_mintic_marco_interoperabilidad_2026", "artículo 148 ibídem", {"number": "1955", "year": 2019}),
    ("resolucion_mintic_marco_interoperabilidad_2026", "Ley Estatutaria 1581 de 2012", {"type": "ley estatutaria"}),
    ("resolucion_mintic_marco_interoperabilidad_2026", "artículo siguiente", {"relative": "siguiente"}),
    (
        "decreto_gobernacion_antioquia_calamidad_publica_2026",
        "2, numeral 4, literal a), de la Ley 1150 de 2007",
        {"article": "2", "sub": "literal a)"},
    ),
    ("decreto_gobernacion_antioquia_calamidad_publica_2026", "Ordenanza 28 de 2025", {"type": "otro", "number": "28"}),
    ("decreto_gobernacion_antioquia_calamidad_publica_2026", "artículos primero a cuarto", {"scope": "internal"}),
]


def _names() -> set[str]:
    return set(EXPECTED)


def test_type_mix():
    refs = [r for name in EXPECTED for r in load_gold(HERE, name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "código", "otro", "acuerdo", "constitución", "resolución", "sentencia", "conpes"} <= set(
        types
    )
    assert types["acuerdo"] >= 5 and types["código"] >= 5 and types["otro"] >= 5
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 8  # DUR decimal articles
    assert sum(1 for r in refs if "ibídem" in r["text"]) >= 8
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior", "siguiente"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, sixth session, after grammar round 11), blind: the annotator never opened the
# extractor and never ran it, no grammar change had seen the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.967 R 0.942 F1 0.955
#   (b) type+number+year P 0.959 R 0.906 F1 0.932   (below the 0.95)
#   (c) article          P 0.979 R 0.968 F1 0.973   (issue's targets: 0.95 / 0.95 / 0.93)
# Its misses: qualified norm names ("Acuerdo Superior 1 de 1994", "Acuerdos Superiores 095 de 2015 y 310 de 2017");
# "causal(es) de(l) <unit>" with "causal" in the span; two unit chains before one norm read as one; the document's own
# parts ("capítulo III de este laudo", "numeral 10 de la parte motiva", "anexo del presente decreto"); clauses of the
# contract under discussion read as the document's own; "artículo 64 ibídem" after an ordenanza; a law's name after
# it. Grammar round 12 then took them as concepts (the set is no longer blind): F1 1.000 / 0.977 / 1.000 (left: rulings
# cited by date with "expediente N", whose number the sets annotate differently). Floors: those figures minus 0.02.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 1.000 - 0.02, "b": 0.977 - 0.02, "c": 1.000 - 0.02}
