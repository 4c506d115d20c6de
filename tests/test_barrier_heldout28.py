"""Well-formedness of the TWENTY-EIGHTH held-out labelled set of barrier clauses (tests/data/barriers/heldout28_clauses.yml).

The set (124 clauses: 58 barriers across all 18 barrier categories, each used at least three times, and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 66 non-barriers: 34 ordinary clauses of the same
documents and 32 hard near misses), on trades and urban services not used before (vehicle inspection centres,
newsstands and kiosks, motorcycle dealerships, bus terminals, compost producers, bookstores, yoga and pilates studios,
fish markets and artisanal fishers, truck parking and freight terminals, home vaccination and mobile health units,
calls for circular-construction start-ups), was written BLIND on 2026-12-01, from ../shared/domain/barrier_criteria.md
and the real texts of the shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, or the
other labelled sets (only the first 60 lines of heldout8_clauses.yml, for the format), and did not run the check or
the model on it. It ships in the repository, so these tests run from a fresh clone.

This module holds what is particular to the set (its header values and pinned counts) and checks the DATA only:
schema, categories and their coverage, counts, lengths per label, shuffling, and no text shared with the other sets.
The set is SEALED (tests/data/SEALED) until the lead measures it once; no FLOORS are set before that measurement.
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

N_CLAUSES = 124
N_BARRIERS = 58
ORDINAL = "TWENTY-EIGHTH"  # the header names the set by its ordinal
SEED = 20261240
HEADER_MARKS = ("URBAN SERVICES NOT USED BEFORE", "BLIND", "2026-12-01")
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 34, 32
SOURCES = ("barrier_criteria.md", "/work/shared/corpus")
MIN_PER_CATEGORY = 3
MIN_PER_LEGAL_CATEGORY = 4  # ANTITRAMITES, CONTRATACION, TRANSFORMACION-DIGITAL
SHORT, LONG = 22, 40  # word counts each label must reach on both sides

PATH = Path(__file__).parent / "data" / "barriers" / "heldout28_clauses.yml"


def _clauses() -> list[dict]:
    return raw_clauses(PATH)


def test_schema_and_categories_are_well_formed():
    clauses = _clauses()
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []


def test_ids_are_sequential_and_unique():
    ids = [c["id"] for c in _clauses()]
    assert ids == [f"h28-{i:03d}" for i in range(1, len(ids) + 1)]


def test_counts_match_the_header():
    clauses = _clauses()
    barriers = [c for c in clauses if c["barrier"]]
    assert len(clauses) == N_CLAUSES
    assert len(barriers) == N_BARRIERS
    assert len(clauses) - len(barriers) == N_ORDINARY + N_NEAR_MISSES
    text = header(PATH)
    assert f"Counts: {N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers." in text
    assert f"ORDINARY clauses of the same documents ({N_ORDINARY}:" in text
    assert f"hard NEAR MISSES ({N_NEAR_MISSES}:" in text


def test_header_names_the_set_its_sources_and_its_seed():
    text = header(PATH)
    assert text.startswith(f"# {ORDINAL} held-out labelled set")
    for mark in (*HEADER_MARKS, *SOURCES, FORMAT_FROM, f"random.Random({SEED})"):
        assert mark in text, mark


def test_every_category_is_covered():
    per_category = Counter(cat for c in _clauses() if c["barrier"] for cat in categories(c))
    assert set(per_category) == CATEGORIES
    for category in CATEGORIES:
        floor = MIN_PER_LEGAL_CATEGORY if "-" not in category or category.startswith("TRANS") else MIN_PER_CATEGORY
        assert per_category[category] >= floor, (category, per_category[category])


def test_no_duplicate_and_no_text_shared_with_other_sets():
    assert duplicate_texts(_clauses()) == []
    shared = shared_with_other_sets(PATH)
    assert shared, "the other labelled sets should stand next to this one"
    assert {name: texts for name, texts in shared.items() if texts} == {}


def test_every_doc_type_holds_both_labels():
    by_type = labels_by_doc_type(_clauses())
    assert set(by_type) == DOC_TYPES
    for doc_type, labels in by_type.items():
        assert labels[True] >= 5 and labels[False] >= 5, (doc_type, labels)


def test_lengths_of_both_labels_alike():
    barrier_words, other_words = word_counts_by_label(_clauses())
    for counts in (barrier_words, other_words):
        assert min(counts) <= SHORT and max(counts) >= LONG
        assert sum(n <= SHORT for n in counts) >= 5 and sum(n >= LONG for n in counts) >= 5
    assert abs(statistics.median(barrier_words) - statistics.median(other_words)) <= 3
    assert abs(statistics.mean(barrier_words) - statistics.mean(other_words)) <= 3


def test_labels_are_shuffled():
    assert longest_label_run(_clauses()) <= 4
