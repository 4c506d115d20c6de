"""Well-formedness of the TWENTY-THIRD held-out set of barrier clauses (tests/data/barriers/heldout23_clauses.yml).

The set (120 clauses: 55 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four; 65 non-barriers: 35 ordinary clauses of the same documents and
30 hard near misses), on costume rental, moving and removals (trasteos), scaffolding rental, natural-products shops,
musical instrument shops and luthiers, bingo halls and betting shops, orthopaedic and hearing-aid shops, pest control
and fumigation, swimming pools, horse stables and cabalgatas, and calls for converting taxis to natural gas (GNV), was
written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and the real texts of the shared corpus only:
its author did not open the rule packs, regdesign/nlp/, tools/, or the other labelled sets (only the first 60 lines
of heldout8_clauses.yml, for the format), and did not run the check or the model on it. It ships in the repository,
so these tests run from a fresh clone.

Particular to set 23, here: its counts, header marks, the shape of its "why" notes, and its measurement with FLOORS.
The checks every blind set shares (schema, categories, counts against the header, lengths per label, order, novelty,
the floors) run in tests/test_barrier_sets.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from barrierset import raw_clauses

N_CLAUSES = 120
N_BARRIERS = 55
ORDINAL = "TWENTY-THIRD"  # the header names the set by its ordinal
SEED = 20261338
HEADER_MARKS = ("COSTUME RENTAL", "SCAFFOLDING RENTAL", "SWIMMING POOLS", "NATURAL GAS (GNV)")
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 35, 30
SHORT_AND_LONG = 7  # clauses of <= 22 and of >= 40 words under each label, at least

PATH = Path(__file__).parent / "data" / "barriers" / "heldout23_clauses.yml"


def test_barrier_whys_name_a_reason_and_multi_category_lists_are_rare():
    clauses = raw_clauses(PATH)
    barriers = [c for c in clauses if c["barrier"]]
    assert sum(isinstance(c["category"], list) for c in barriers) <= len(barriers) // 3
    assert all(re.search(r"\w{3,}", c["why"]) for c in clauses)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, ninth session, after rule round 19 and with the model trained on sets 1-5,
# 7-22 and the ordinary clauses, cut 0.58), blind: the annotator never opened the rules or the model, no rule had seen
# the set, the model was not trained on it, and it was sealed (tests/data/SEALED) so that no evaluation run scored it
# before this measurement:
#   rules only:    P 0.954 R 0.746 (tp 41, fp 2, fn 14, tn 63)
#   rules + model: P 0.931 R 0.982 (tp 54, fp 4, fn 1, tn 61)   (issue's targets: P >= 0.9, R >= 0.85)
#   per category (micro), rules + model: P 0.853 R 0.754
# (With the model of sets 1-21, cut 0.59: rules + model P 0.930 R 0.964.) Floors: the figures minus 0.03.
FLOORS = (0.931 - 0.03, 0.982 - 0.03)  # precision, recall of rules + model: checked in tests/test_barrier_sets.py
