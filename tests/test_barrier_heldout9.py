"""Well-formedness of the NINTH held-out labelled set of barrier clauses (tests/data/barriers/heldout9_clauses.yml).

The set (122 clauses: 56 barriers across all 18 barrier categories, each used at least three times; 66 non-barriers:
34 ordinary clauses of the same documents and 32 hard near misses), on city services and local markets (taxis, shared
bicycles and scooters, health and care services, schools, tourism and culture calls, farmers' markets, urban licences
before the curadurías, public space and events, procurement by district companies in the EPM, EDU and Metro style),
was written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and the real texts of the shared corpus
only: its author did not open the rule packs, regdesign/nlp/, tools/, or the other labelled sets (only the first 60
lines of heldout8_clauses.yml, for the format), and did not run the check or the model on it. It ships in the
repository, so these tests run from a fresh clone.

This module holds what is particular to the set: its header values, pinned counts (N_CLAUSES, N_BARRIERS) and the
floors of rules and model (FLOORS); tests/test_barrier_sets.py runs the checks shared with the other sets, and the
counts and floors, on them. It was measured
blind once (figures in the measurement section); two of its false alarms then named a concept for the negation round, so
it no longer measures the explicit rules blind. The model is never trained on it (tools/train_barrier_model.py
NEVER_TRAIN). Never write rules from its sentences.
"""

from __future__ import annotations

from pathlib import Path

from barrierset import raw_clauses

DATA = Path(__file__).parent / "data" / "barriers"
HELDOUT9 = DATA / "heldout9_clauses.yml"

N_CLAUSES = 122
N_BARRIERS = 56
ORDINAL = "NINTH"  # the header names the set by its ordinal (checked in tests/test_barrier_sets.py)
SEED = 20261310
HEADER_MARKS = ("CITY SERVICES AND LOCAL MARKETS",)
N_ORDINARY, N_NEAR_MISSES = 34, 32

DOMAIN_WORDS = (
    "taxi",
    "bicicleta",
    "patineta",
    "salud",
    "institución educativa",
    "estímulo",
    "festival",
    "mercados campesinos",
    "curaduría",
    "espacio público",
    "EPM",
    "EDU",
    "Metro",
)


def test_heldout9_every_new_domain_appears_under_both_labels():
    clauses = raw_clauses(HELDOUT9)
    for word in DOMAIN_WORDS:
        labels = {c["barrier"] for c in clauses if word in c["text"]}
        assert labels == {True, False}, word


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, fourth session, after rule rounds 5 and 6 and the retrained model), blind: the
# annotator never opened the rules or the model, no rule had seen the set, and the model was never trained on it:
#   rules only:    P 0.949 R 0.661 (tp 37, fp 2, fn 19, tn 64)
#   rules + model: P 0.883 R 0.946 (tp 53, fp 7, fn 3, tn 59)   <- below the precision target (0.9)
#   per category (micro), rules + model: P 0.790 R 0.803
# Five of the seven false alarms were the model's (ordinary obligations: delivery schedules, loading hours, a
# subsidy's beneficiaries, who keeps a registry, experience with public or private entities); two were explicit rules
# on negated wordings, which the negation round then handled as a concept (rules only P 1.000 R 0.661; rules + model
# P 0.898 R 0.946, micro P 0.803 R 0.803). Floors: that figure minus 0.03.
FLOORS = (0.898 - 0.03, 0.946 - 0.03)  # precision, recall of rules + model: checked in tests/test_barrier_sets.py
