"""Well-formedness of held-out set 9 (tests/data/references/heldout9/): gold normative references, issue #3.

Owns only checks of the annotated data itself, what is particular to this set: its pinned counts (EXPECTED, SCOPES),
near misses, hard cases and type mix. The checks every set must pass (pairing of texts and gold files, file hygiene and
size, the gold contract's checks, exact offsets, span hygiene, notes, the README's consistency with the gold, the
contract's own ``verify.py``) are in tests/test_reference_sets.py, which also checks this module's tables (pinned counts,
NEAR_MISSES, HARD_CASES) and the floors of the extractor's F1 on this set (FLOORS: see the measurement section for how
they were set).
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import load_gold

HERE = Path(__file__).parent / "data" / "references" / "heldout9"

DECREE = "decreto_mintic_adiciona_capitulo_dur_1078_ia_2026"
CONCEPT = "concepto_sic_datos_personales_videovigilancia_2026"
MOTIVES = "exposicion_motivos_concejo_medellin_gobierno_digital_2026"
CIRCULAR = "circular_procuraduria_contratacion_ley_garantias_2026"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {DECREE: 52, CONCEPT: 36, MOTIVES: 48, CIRCULAR: 40}
# Pinned (external, internal) split per text.
SCOPES = {DECREE: (43, 9), CONCEPT: (33, 3), MOTIVES: (42, 6), CIRCULAR: (37, 3)}


#: (text, phrase) written in the texts and NOT annotated: checked in tests/test_reference_sets.py
NEAR_MISSES = [
    *[(name, "ley de la oferta y la demanda") for name in (DECREE, CONCEPT, MOTIVES, CIRCULAR)],
    *[(name, "artículos de oficina") for name in (DECREE, CONCEPT, MOTIVES, CIRCULAR)],
    (DECREE, "el proyecto de decreto"),
    (DECREE, "DECRETO NÚMERO 0457 DE 2026"),
    (DECREE, "ARTÍCULO 2.2.2.5.4. Evaluación de impacto algorítmico."),
    (DECREE, "Acuerdos Marco de Precios"),
    (DECREE, "El presente decreto rige"),
    (CONCEPT, "el decreto de una prueba"),
    (CONCEPT, "proyecto de ley estatutaria"),
    (CONCEPT, "Radicación 26-048213-0"),
    (MOTIVES, "PROYECTO DE ACUERDO No. 142 DE 2026"),
    (MOTIVES, "El decreto que reglamente la política"),
    (MOTIVES, "3. MARCO JURÍDICO"),
    (CIRCULAR, "CIRCULAR No. 004 DE 2026"),
    (CIRCULAR, "La presente circular"),
]


#: spans a hard case names that the text cites more than once (the decree names its new chapter three times)
REPEATED_SPANS = {"Capítulo 5 al Título 2 de la Parte 2 del Libro 2 del Decreto 1078 de 2015": 3}
#: (text, span, fields) annotated exactly so, each span once unless REPEATED_SPANS says otherwise: checked in
#: tests/test_reference_sets.py
HARD_CASES = [
    (
        DECREE,
        "Capítulo 5 al Título 2 de la Parte 2 del Libro 2 del Decreto 1078 de 2015",
        {"number": "1078", "article": None, "sub": "Capítulo 5"},
    ),
    (DECREE, "artículo 2.2.1.2.1.2.7 ibídem", {"type": "decreto", "number": "1082", "year": 2015}),
    (DECREE, "artículo 2.2.2.5.6 del presente Capítulo", {"scope": "internal", "article": "2.2.2.5.6"}),
    (DECREE, "numeral 3 del artículo 18 de la misma ley", {"number": "1341", "sub": "numeral 3"}),
    (DECREE, "4144 de 2025", {"type": "conpes", "year": 2025}),
    (CONCEPT, "Sentencia C-748 de 2011", {"type": "sentencia", "number": "C-748"}),
    (CONCEPT, "T-729 de 2002", {"type": "sentencia", "number": "T-729", "year": 2002}),
    (CONCEPT, "artículos 2.2.2.25.3.2 y 2.2.2.25.3.3 del mismo decreto", {"number": "1074"}),
    (CONCEPT, "Circular Externa 002 de 2024", {"type": "circular", "number": "2"}),
    (CONCEPT, "numeral anterior", {"scope": "internal", "relative": "anterior"}),
    (MOTIVES, "artículos 2.2.9.1.1.1 a 2.2.9.1.1.3", {"articles": ["2.2.9.1.1.1", "2.2.9.1.1.2", "2.2.9.1.1.3"]}),
    (MOTIVES, "numerales 1 y 2 del artículo 313 de la Carta", {"type": "constitución", "article": "313"}),
    (MOTIVES, "Acuerdo 02 de 2024", {"type": "acuerdo", "number": "2"}),
    (MOTIVES, "Decreto Municipal 0863 de 2020", {"type": "decreto", "number": "863"}),
    (MOTIVES, "Ese decreto", {"number": "883", "year": 2015}),
    (
        CIRCULAR,
        "literal c) del numeral 4 del artículo 2 de la Ley 1150 de 2007",
        {"article": "2", "sub": "literal c)"},
    ),
    (CIRCULAR, "artículos 32 y 33 de la misma ley", {"number": "2195", "articles": ["32", "33"]}),
    (CIRCULAR, "artículos 408, 409 y 410 del Código Penal", {"type": "código", "number": None}),
    (CIRCULAR, "Decreto Ley 4170 de 2011", {"type": "decreto ley", "number": "4170"}),
]


def test_type_mix():
    refs = [
        r for name in EXPECTED for r in load_gold(HERE, name)
    ]  # their number and share of doubts: tests/test_reference_sets.py
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "decreto", "decreto ley", "constitución", "sentencia", "conpes"} <= set(types)
    assert {"acuerdo", "circular", "código", "estatuto", "otro"} <= set(types)
    assert types["sentencia"] >= 5 and types["conpes"] >= 3 and types["circular"] >= 3
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR decimal articles
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, fourth session, after grammar round 5), blind: the annotator never opened the
# extractor and never ran it, and no grammar change had seen the set: (a) P 0.970 R 0.932 F1 0.951, (b) P 0.979
# R 0.910 F1 0.943, (c) P 0.935 R 0.896 F1 0.915 (below the 0.95 and 0.93 at levels b and c). Grammar round 6
# then took its misses as concepts (the set is no longer blind): F1 0.991 / 0.977 / 0.990. Floors: those figures minus
# 0.02, to keep the gain.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 0.991 - 0.02, "b": 0.977 - 0.02, "c": 0.990 - 0.02}
