"""Well-formedness of the FIFTEENTH held-out labelled set of barrier clauses (tests/data/barriers/heldout15_clauses.yml).

The set (122 clauses: 57 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 65 non-barriers: 34 ordinary clauses of the same
documents and 31 hard near misses), on service and trade domains not used before (language academies and tutoring,
busking, car washes and lubrication shops, real-estate rentals, solar installers and energy communities, laundries,
pawnshops and second-hand stores, event ticketing, school-meals (PAE) procurement, home health care), was written
BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and the real texts of the shared corpus only: its
author did not open the rule packs, regdesign/nlp/, tools/, or the other labelled sets (only the first 60 lines of
heldout8_clauses.yml, for the format), and did not run the check or the model on it. It ships in the repository, so
these tests run from a fresh clone.

Particular to set 15, here: its header values, pinned counts, its short and long clauses per label, its coverage of
the ten domains, and its measurement with FLOORS. The checks all sets share run in tests/test_barrier_sets.py.
"""

from __future__ import annotations

from pathlib import Path

from barrierset import (
    raw_clauses,
)

DATA = Path(__file__).parent / "data" / "barriers"
HELDOUT15 = DATA / "heldout15_clauses.yml"

N_CLAUSES = 122
N_BARRIERS = 57
ORDINAL = "FIFTEENTH"  # the header names the set by its ordinal (checked in tests/test_barrier_sets.py)
SEED = 20261564
HEADER_MARKS = ("SERVICE AND TRADE DOMAINS",)
N_ORDINARY, N_NEAR_MISSES = 34, 31
SHORT_AND_LONG = 5  # clauses of <= 22 and of >= 40 words under each label, at least
# One word stem per domain of the brief; each must occur in the texts of at least two clauses.
DOMAIN_STEMS = (
    "idioma",
    "músic",
    "lavadero",
    "inmobiliari",
    "solar",
    "lavander",
    "empeño",
    "boleter",
    "alimentación escolar",
    "domiciliari",
)


def test_heldout15_covers_the_ten_domains_with_both_labels():
    clauses = raw_clauses(HELDOUT15)
    for stem in DOMAIN_STEMS:
        hits = [c for c in clauses if stem in c["text"].casefold()]
        assert len(hits) >= 2, stem
    for stem in ("músic", "inmobiliari", "solar", "boleter", "empeño"):
        labels = {c["barrier"] for c in clauses if stem in c["text"].casefold()}
        assert labels == {True, False}, stem


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, sixth session, after rule round 10; the model trained on sets 1-5, 7, 8, 9 and
# the ordinary clauses), blind: the annotator never opened the rules or the model, no rule had seen the set, the model
# was not trained on it then (trained on from the ninth session), and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   rules only:    P 1.000 R 0.491 (tp 28, fp 0, fn 29, tn 65)
#   rules + model: P 0.911 R 0.895 (tp 51, fp 5, fn 6, tn 60)   (issue's targets: P >= 0.9, R >= 0.85)
#   per category (micro), rules + model: P 0.803 R 0.803
# Rule round 11 then took its misses as general rules (15) and the model's false alarms on removed or exempted
# requirements ("no necesitarán permiso") as a guard on the shared cue lists (the set is no longer blind for the rules;
# the model still never trains on it): rules only P 1.000 R 0.930; rules + model P 0.948 R 0.965, micro 0.918 / 0.918.
# Floors: that figure minus 0.03.
FLOORS = (0.948 - 0.03, 0.965 - 0.03)  # precision, recall of rules + model: checked in tests/test_barrier_sets.py
