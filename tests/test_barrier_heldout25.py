"""Well-formedness of the TWENTY-FIFTH held-out labelled set of barrier clauses (tests/data/barriers/heldout25_clauses.yml).

The set (123 clauses: 57 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 66 non-barriers: 34 ordinary clauses of the same
documents and 32 hard near misses), on small urban services and concessions (river and reservoir boat transport,
school shops, photo labs, tanning cabins, alternative therapies, combat-sports gyms, board-game clubs, tyre retreading,
event stage and sound rental, toll roads and parking concessions, calls for youth video-game studios), was written
BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and the real texts of the shared corpus only: its author
did not open the rule packs, regdesign/nlp/, tools/, or the other labelled sets (only the first 60 lines of
heldout8_clauses.yml, for the format), and did not run the check or the model on it. It ships in the repository, so
these tests run from a fresh clone.

This module checks the DATA only (schema, categories, counts, coverage, lengths per label, order, header, no overlap
with the other sets). The set is SEALED (tests/data/SEALED) until the lead measures it once; no floors of rules or
model are pinned here before that measurement.
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
    header,
    labels_by_doc_type,
    longest_label_run,
    raw_clauses,
    schema_errors,
    shared_with_other_sets,
    word_counts_by_label,
)

from regdesign.rules.evaluation import load_clauses

PATH = Path(__file__).parent / "data" / "barriers" / "heldout25_clauses.yml"
N_CLAUSES = 123
N_BARRIERS = 57
ORDINAL = "TWENTY-FIFTH"  # the header names the set by its ordinal
SEED = 20261310
HEADER_MARKS = ("SMALL URBAN SERVICES AND CONCESSIONS", "BLIND", "2026-11-30", "SEALED")
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 34, 32
MIN_PER_CATEGORY = 3
MIN_PER_LEGAL_CATEGORY = 4  # ANTITRAMITES, CONTRATACION, TRANSFORMACION-DIGITAL
SHORT, LONG = 22, 40  # word-count bounds both labels must reach


def _clauses() -> list[dict]:
    return raw_clauses(PATH)


def test_schema_and_categories_are_well_formed():
    clauses = _clauses()
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []


def test_loads_through_the_evaluation_loader():
    loaded = load_clauses(PATH)
    assert len(loaded) == N_CLAUSES
    assert sum(1 for c in loaded if c["barrier"]) == N_BARRIERS


def test_counts_ids_and_header_agree():
    clauses = _clauses()
    assert len(clauses) == N_CLAUSES
    assert sum(c["barrier"] for c in clauses) == N_BARRIERS
    assert N_ORDINARY + N_NEAR_MISSES == N_CLAUSES - N_BARRIERS
    assert [c["id"] for c in clauses] == [f"h25-{i:03d}" for i in range(1, N_CLAUSES + 1)]
    text = header(PATH)
    assert text.startswith(f"# {ORDINAL} held-out labelled set")
    for mark in HEADER_MARKS:
        assert mark in text
    assert FORMAT_FROM in text
    assert f"random.Random({SEED})" in text
    assert f"Counts: {N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers." in text
    assert f"ORDINARY clauses of the same documents ({N_ORDINARY}:" in text
    assert f"hard NEAR MISSES ({N_NEAR_MISSES}:" in text


def test_every_category_is_covered():
    counts = Counter(cat for c in _clauses() if c["barrier"] for cat in categories(c))
    assert set(counts) == CATEGORIES
    assert min(counts.values()) >= MIN_PER_CATEGORY
    for legal in ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"):
        assert counts[legal] >= MIN_PER_LEGAL_CATEGORY, legal


def test_lengths_are_alike_across_labels():
    barrier_words, other_words = word_counts_by_label(_clauses())
    for counts in (barrier_words, other_words):
        assert min(counts) <= SHORT
        assert max(counts) >= LONG
    assert abs(statistics.median(barrier_words) - statistics.median(other_words)) <= 3
    assert abs(statistics.mean(barrier_words) - statistics.mean(other_words)) <= 3


def test_every_doc_type_holds_both_labels():
    by_type = labels_by_doc_type(_clauses())
    assert set(by_type) == DOC_TYPES
    for doc_type, labels in by_type.items():
        assert labels[True] >= 3 and labels[False] >= 3, doc_type


def test_order_is_shuffled_and_texts_unique():
    clauses = _clauses()
    assert longest_label_run(clauses) <= 4
    assert duplicate_texts(clauses) == []


def test_no_text_is_shared_with_another_set():
    shared = shared_with_other_sets(PATH)
    assert shared, "the other labelled sets should stand next to this one"
    assert {name: texts for name, texts in shared.items() if texts} == {}
