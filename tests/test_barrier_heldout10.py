"""Well-formedness of the TENTH held-out labelled set of barrier clauses (tests/data/barriers/heldout10_clauses.yml).

The set (120 clauses: 55 barriers across all 18 barrier categories, each used at least three times; 65 non-barriers:
35 ordinary clauses of the same documents and 30 hard near misses), in domains not used before (housing subsidies and
VIS/VIP, environmental permits and tree felling, animal welfare and pet registries, libraries and reading, street
vendors and informal commerce, digital-government services, youth and sport, community water and sanitation
organisations, innovation-lab calls), was written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and
the real texts of the shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, or the other
labelled sets (only the first 60 lines of heldout8_clauses.yml, for the format), and did not run the check or the
model on it. It ships in the repository, so these tests run from a fresh clone.

Particular to set 10, here: its header values, pinned counts, the brief's own depth and length limits (DEPTH,
SHORTEST), the check that no `why` restates the label, and its measurement with FLOORS. The checks all sets share run
in tests/test_barrier_sets.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from barrierset import (
    raw_clauses,
)

DATA = Path(__file__).parent / "data" / "barriers"
HELDOUT10 = DATA / "heldout10_clauses.yml"

N_CLAUSES = 120
N_BARRIERS = 55
ORDINAL = "TENTH"  # the header names the set by its ordinal (checked in tests/test_barrier_sets.py)
HEADER_MARKS = ("NEW DOMAINS",)
N_ORDINARY, N_NEAR_MISSES = 35, 30
SEED = 20261338


def test_heldout10_why_does_not_restate_the_label():
    """A `why` is a reason, not the bare label: it never reads just 'barrera' or 'no es barrera'."""
    for clause in raw_clauses(HELDOUT10):
        assert not re.fullmatch(r"\s*(no\s+es\s+)?barrera\s*\.?\s*", clause["why"], re.IGNORECASE), clause["id"]


#: its brief asked for every category at least three times (not the four of sets 7-9): tests/test_barrier_sets.py
DEPTH = 3
#: nor clauses under 23 words (its shortest barrier has 25)
SHORTEST = 25


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, fifth session, after the negation round; the model trained on sets 1-5, 7, 8
# and the ordinary clauses), blind: the annotator never opened the rules or the model, no rule had seen the set, and
# the model was not trained on it then (trained on from the ninth session):
#   rules only:    P 0.946 R 0.636 (tp 35, fp 2, fn 20, tn 63)
#   rules + model: P 0.900 R 0.818 (tp 45, fp 5, fn 10, tn 60)   <- below the recall target (0.85)
#   per category (micro), rules + model: P 0.815 R 0.721
# Rule round 7 then took its misses as concepts (the set no longer measures the rules blind; the model is still never
# trained on it) and the model was retrained with set 9: rules only P 1.000 R 0.836; rules + model P 0.947 R 0.982,
# micro P 0.921 R 0.951. Floors: that figure minus 0.03.
FLOORS = (0.947 - 0.03, 0.982 - 0.03)  # precision, recall of rules + model: checked in tests/test_barrier_sets.py
