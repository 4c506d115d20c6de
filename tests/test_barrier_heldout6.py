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
    DOC_TYPES,
    categories,
    category_errors,
    duplicate_texts,
    labels_by_doc_type,
    longest_label_run,
    raw_clauses,
    schema_errors,
    shared_with_other_sets,
    word_counts_by_label,
)
from barrierset import header as read_header

from regdesign.rules.evaluation import load_clauses

DATA = Path(__file__).parent / "data" / "barriers"
HELDOUT6 = DATA / "heldout6_clauses.yml"

N_CLAUSES = 209
N_BARRIERS = 97
MIN_CLAUSES = 200
MIN_PER_CATEGORY = 3


def test_heldout6_header_says_blind_sources_date_seed_and_counts():
    header = read_header(HELDOUT6)
    assert "SIXTH" in header and "BLIND" in header
    assert "2026-11-30" in header
    assert "barrier_criteria.md" in header and "/work/shared/corpus" in header
    assert "heldout5_clauses.yml" in header and "FORMAT" in header
    assert "random.Random(20261130)" in header
    assert f"{N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers" in header


def test_heldout6_loads_through_the_evaluation_loader():
    clauses = load_clauses(HELDOUT6)
    assert len(clauses) == N_CLAUSES
    assert [c["id"] for c in clauses] == [c["id"] for c in raw_clauses(HELDOUT6)]
    assert [bool(c["barrier"]) for c in clauses] == [c["barrier"] for c in raw_clauses(HELDOUT6)]


def test_heldout6_counts_match_the_header_and_the_brief():
    clauses = raw_clauses(HELDOUT6)
    barriers = [c for c in clauses if c["barrier"]]
    assert len(clauses) == N_CLAUSES >= MIN_CLAUSES
    assert len(barriers) == N_BARRIERS
    assert 85 <= len(barriers) <= 105
    assert 100 <= len(clauses) - len(barriers) <= 120


def test_heldout6_ids_are_sequential_and_unique():
    ids = [c["id"] for c in raw_clauses(HELDOUT6)]
    assert ids == [f"h6-{i:03d}" for i in range(1, len(ids) + 1)]
    assert len(set(ids)) == len(ids)


def test_heldout6_every_clause_has_exactly_the_schema_keys_and_types():
    assert schema_errors(raw_clauses(HELDOUT6)) == []


def test_heldout6_categories_are_valid_and_lists_hold_two_distinct_ones():
    assert category_errors(raw_clauses(HELDOUT6)) == []


def test_heldout6_covers_all_18_categories_at_least_three_times():
    counts = Counter(cat for c in raw_clauses(HELDOUT6) if c["barrier"] for cat in categories(c))
    assert set(counts) == CATEGORIES
    for category in CATEGORIES:
        assert counts[category] >= MIN_PER_CATEGORY, category
    for category in ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"):
        assert counts[category] >= 8, category


def test_heldout6_texts_are_unique():
    assert not duplicate_texts(raw_clauses(HELDOUT6))


def test_heldout6_shares_no_clause_with_the_other_labelled_sets():
    shared = shared_with_other_sets(HELDOUT6)
    assert shared
    assert not {name: texts for name, texts in shared.items() if texts}


def test_heldout6_labels_are_balanced_overall_and_by_document_type():
    share = N_BARRIERS / N_CLAUSES
    assert 0.4 <= share <= 0.6
    by_type = labels_by_doc_type(raw_clauses(HELDOUT6))
    assert set(by_type) == DOC_TYPES
    for doc_type, counts in by_type.items():
        assert counts[True] >= 15 and counts[False] >= 15, doc_type


def test_heldout6_barriers_and_non_barriers_look_alike_in_length():
    barrier_words, other_words = word_counts_by_label(raw_clauses(HELDOUT6))
    assert abs(statistics.median(barrier_words) - statistics.median(other_words)) <= 4
    assert abs(statistics.mean(barrier_words) - statistics.mean(other_words)) <= 3
    for words in (barrier_words, other_words):
        assert min(words) <= 22 and max(words) >= 40


def test_heldout6_labels_are_interleaved_not_grouped():
    clauses = raw_clauses(HELDOUT6)
    labels = [c["barrier"] for c in clauses]
    assert longest_label_run(clauses) <= 10
    first_half = labels[: len(labels) // 2]
    assert 0.35 <= sum(first_half) / len(first_half) <= 0.65


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
