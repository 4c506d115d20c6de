"""Well-formedness of the SIXTH held-out labelled set of barrier clauses (tests/data/barriers/heldout6_clauses.yml).

The set (209 clauses: 97 barriers across all 18 barrier categories, 112 non-barriers: 55 ordinary clauses of the same
documents and 57 hard near misses) was written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and the
real texts of the shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, the barrier
briefs or the other labelled sets (only the first 40 lines of heldout5_clauses.yml, for the format). It ships in the
repository, so these tests run from a fresh clone.

This module checks the SHAPE of the set only (counts, categories, unique ids and texts, balance of labels, document
types and lengths, header). It deliberately does not run the rules or any model: the lead measures them once and adds
the floor test then. Never tune rules or train a model on these exact sentences.
"""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path

from barrierset import (
    CATEGORIES,
    categories,
    raw_clauses,
    word_counts_by_label,
)
from barrierset import header as read_header

DATA = Path(__file__).parent / "data" / "barriers"
HELDOUT6 = DATA / "heldout6_clauses.yml"

N_CLAUSES = 209
N_BARRIERS = 97
MIN_CLAUSES = 200


def test_heldout6_header_says_blind_sources_date_seed_and_counts():
    header = read_header(HELDOUT6)
    assert "SIXTH" in header and "BLIND" in header
    assert "2026-11-30" in header
    assert "barrier_criteria.md" in header and "/work/shared/corpus" in header
    assert "heldout5_clauses.yml" in header and "FORMAT" in header
    assert "random.Random(20261130)" in header
    assert f"{N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers" in header


def test_heldout6_counts_match_the_header_and_the_brief():
    clauses = raw_clauses(HELDOUT6)
    barriers = [c for c in clauses if c["barrier"]]
    assert len(clauses) == N_CLAUSES >= MIN_CLAUSES
    assert len(barriers) == N_BARRIERS
    assert 85 <= len(barriers) <= 105
    assert 100 <= len(clauses) - len(barriers) <= 120


def test_heldout6_covers_all_18_categories_at_least_three_times():
    counts = Counter(cat for c in raw_clauses(HELDOUT6) if c["barrier"] for cat in categories(c))
    assert set(counts) == CATEGORIES  # and >= 3 each: tests/test_barrier_sets.py
    for category in ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"):
        assert counts[category] >= 8, category


def test_heldout6_barriers_and_non_barriers_look_alike_in_length():
    barrier_words, other_words = word_counts_by_label(raw_clauses(HELDOUT6))
    assert abs(statistics.median(barrier_words) - statistics.median(other_words)) <= 4
    assert abs(statistics.mean(barrier_words) - statistics.mean(other_words)) <= 3
    for words in (barrier_words, other_words):
        assert min(words) <= 22 and max(words) >= 40


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30) on the shipped state of that moment (rule round 3, model trained on sets 1-4
# and the ordinary clauses), fully blind (no one building rules or model had seen this set):
#   rules only:    P 0.942 R 0.670 (tp 65, fp 4, fn 32, tn 108)
#   rules + model: P 0.914 R 0.876 (tp 85, fp 8, fn 12, tn 104)   <- the targets: P >= 0.9, R >= 0.85
# Measured again, still blind, after rule round 4 (from set 5's misses): rules only P 0.957 R 0.691; rules + model
# P 0.924 R 0.876; and after retraining the model with set 5 added (decided before measuring): rules + model
# P 0.938 R 0.928 (tp 90, fp 6, fn 7, tn 106) — the shipped state.
# Floors: that last figure minus 0.03. Never tune on this set's sentences, nor train the model on it.
def test_heldout6_rules_and_model_keep_their_blind_level():
    from regdesign.rules.engine import load_rules
    from regdesign.rules.evaluation import evaluate_barriers, format_barrier_evaluation

    result = evaluate_barriers(Path(__file__).parent / "data" / "barriers" / "heldout6_clauses.yml", load_rules())
    assert result["overall"]["precision"] >= 0.938 - 0.03, format_barrier_evaluation(result)
    assert result["overall"]["recall"] >= 0.928 - 0.03, format_barrier_evaluation(result)
