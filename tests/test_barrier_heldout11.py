"""Well-formedness of the ELEVENTH held-out labelled set of barrier clauses (tests/data/barriers/heldout11_clauses.yml).

The set (123 clauses: 58 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 65 non-barriers: 33 ordinary clauses of the same documents
and 32 hard near misses), on services and infrastructure markets not used before (telecommunications infrastructure
and antenna siting, rooftop solar and electric-vehicle charging, funeral services and cemeteries, private security,
recicladores de oficio and bodegas de reciclaje, espectáculos públicos and fairs, delivery and ride-hailing platforms,
registers of professionals and technical experts, APP calls), was written BLIND on 2026-11-30, from
../shared/domain/barrier_criteria.md and the real texts of the shared corpus only: its author did not open the rule
packs, regdesign/nlp/, tools/, or the other labelled sets (only the first 60 lines of heldout8_clauses.yml, for the
format), and did not run the check or the model on it. It ships in the repository, so these tests run from a fresh
clone.

Particular to set 11, here: its header values, pinned counts, the short and long clauses its brief asked for, the
`why`s that cite their source, and its measurement with FLOORS. The checks all sets share run in
tests/test_barrier_sets.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from barrierset import (
    raw_clauses,
)

DATA = Path(__file__).parent / "data" / "barriers"
HELDOUT11 = DATA / "heldout11_clauses.yml"

N_CLAUSES = 123
N_BARRIERS = 58
ORDINAL = "ELEVENTH"  # the header names the set by its ordinal (checked in tests/test_barrier_sets.py)
SEED = 20261310
HEADER_MARKS = ("SERVICES AND INFRASTRUCTURE MARKETS",)
SHORT_AND_LONG = 5  # clauses of <= 22 and of >= 40 words under each label, at least


def test_heldout11_why_cites_a_source_for_most_legal_labels():
    """Near misses and procedural barriers rest on a rule: at least a dozen `why`s name the article they rely on."""
    cited = [c for c in raw_clauses(HELDOUT11) if re.search(r"\b(art\.|arts\.|Ley \d|DL 019)", c["why"])]
    assert len(cited) >= 12


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, fifth session, after rule round 7 and the model retrained with set 9), blind:
# the annotator never opened the rules or the model, no rule had seen the set, and the model was not trained on it
# then (trained on from the ninth session):
#   rules only:    P 0.972 R 0.603 (tp 35, fp 1, fn 23, tn 64)
#   rules + model: P 0.931 R 0.931 (tp 54, fp 4, fn 4, tn 61)   (issue's targets: P >= 0.9, R >= 0.85)
#   per category (micro), rules + model: P 0.754 R 0.731
# Rule round 8 then took its misses and category errors as concepts (the set no longer measures the rules blind; the
# model was still not trained on it): rules only P 1.000 R 0.897; rules + model P 0.951 R 1.000, micro P 0.915
# R 0.970. Floors: that figure minus 0.03.
FLOORS = (0.951 - 0.03, 1.000 - 0.03)  # precision, recall of rules + model: checked in tests/test_barrier_sets.py
