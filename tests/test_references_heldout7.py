"""Well-formedness of held-out set 7 (tests/data/references/heldout7/): gold normative references, issue #3.

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

HERE = Path(__file__).parent / "data" / "references" / "heldout7"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "circular_externa_supersociedades_ptee_2026": 42,
    "concepto_oaj_mintic_notificacion_electronica": 42,
    "decreto_medellin_reglamenta_acuerdo_compras_innovacion": 47,
    "ponencia_primer_debate_pl_sandbox_regulatorio": 55,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "circular_externa_supersociedades_ptee_2026": (35, 7),
    "concepto_oaj_mintic_notificacion_electronica": (41, 1),
    "decreto_medellin_reglamenta_acuerdo_compras_innovacion": (39, 8),
    "ponencia_primer_debate_pl_sandbox_regulatorio": (44, 11),
}


#: (text, phrase) written in the texts and NOT annotated: checked in tests/test_reference_sets.py
NEAR_MISSES = [
    ("decreto_medellin_reglamenta_acuerdo_compras_innovacion", "ley de la oferta y la demanda"),
    ("ponencia_primer_debate_pl_sandbox_regulatorio", "ley de la oferta y la demanda"),
    ("concepto_oaj_mintic_notificacion_electronica", "ley de la oferta y la demanda"),
    ("circular_externa_supersociedades_ptee_2026", "artículos de oficina"),
    ("decreto_medellin_reglamenta_acuerdo_compras_innovacion", "artículos de oficina"),
    ("ponencia_primer_debate_pl_sandbox_regulatorio", "el decreto, como forma de acto"),
    ("decreto_medellin_reglamenta_acuerdo_compras_innovacion", "DECRETO NÚMERO 0847 DE 2026"),
]


def test_type_mix():
    refs = [
        r for name in EXPECTED for r in load_gold(HERE, name)
    ]  # their number and share of doubts: tests/test_reference_sets.py
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "código", "sentencia", "constitución", "acuerdo", "circular", "otro"} <= set(types)
    assert types["código"] >= 10 and types["sentencia"] >= 10 and types["acuerdo"] >= 5 and types["circular"] >= 5
    assert sum(1 for r in refs if "articles" in r) >= 20
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR decimal articles
    assert sum(1 for r in refs if r["type"] == "sentencia" and r["number"].startswith("SU-")) >= 2
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior", "siguiente"} <= set(relatives)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, third session, after its speed round; parser unchanged in what it emits),
# blind: the annotator never opened the extractor and never ran it: (a) P 0.962 R 0.962 F1 0.962, (b) P 0.950
# R 0.950 F1 0.950, (c) P 0.972 R 0.963 F1 0.967.
# The fourth session's grammar round then took its misses as concepts (so the set is no longer blind): F1 0.995 /
# 0.984 / 1.000. Floors: those figures minus 0.02, to keep the gain; held-out set 8 took over the blind measurement.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 0.995 - 0.02, "b": 0.984 - 0.02, "c": 1.000 - 0.02}
