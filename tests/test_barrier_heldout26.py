"""Well-formedness of the TWENTY-SIXTH held-out labelled set of barrier clauses (tests/data/barriers/heldout26_clauses.yml).

The set (121 clauses: 56 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four; 65 non-barriers: 33 ordinary clauses of the same documents and
32 hard near misses), on leisure, health and trade services (amusement parks and rides, chivas rumberas and
horse-drawn carriages, clinical laboratories and sample-collection points, meat outlets, modelling agencies,
medical-cannabis growers, self-storage warehouses, galleras, gold-buying shops, travel agencies, and calls for agritech
pilots with smallholder farmers), was written BLIND on 2026-12-01, from ../shared/domain/barrier_criteria.md and the
real texts of the shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, or the other
labelled sets (only the first 60 lines of heldout8_clauses.yml, for the format), and did not run the check or the
model on it. It ships in the repository, so these tests run from a fresh clone.

This module holds what is particular to the set (its header values and pinned counts) and checks the DATA only:
schema, categories and their coverage, counts, ids, duplicates, overlap with the other sets, label runs, the lengths
of both labels and the header. It is SEALED (tests/data/SEALED) until the lead measures it once; no floors of rules or
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

PATH = Path(__file__).parent / "data" / "barriers" / "heldout26_clauses.yml"
N_CLAUSES = 121
N_BARRIERS = 56
ORDINAL = "TWENTY-SIXTH"  # the header names the set by its ordinal
SEED = 20261265
HEADER_MARKS = ("LEISURE, HEALTH AND TRADE SERVICES", "chivas rumberas", "galleras", "agritech")
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 33, 32
MIN_PER_CATEGORY = 3
MIN_PER_COLOMBIAN_CATEGORY = 4  # ANTITRAMITES, CONTRATACION, TRANSFORMACION-DIGITAL
SHORT, LONG = 22, 40  # both labels hold clauses of at most SHORT and of at least LONG words


def _clauses() -> list[dict]:
    return raw_clauses(PATH)


def test_schema_and_categories_are_well_formed():
    clauses = _clauses()
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []


def test_counts_are_pinned():
    clauses = _clauses()
    assert len(clauses) == N_CLAUSES
    assert sum(c["barrier"] for c in clauses) == N_BARRIERS
    assert N_CLAUSES - N_BARRIERS == N_ORDINARY + N_NEAR_MISSES


def test_the_evaluation_loader_reads_every_clause():
    assert len(load_clauses(PATH)) == N_CLAUSES


def test_ids_are_unique_and_sequential():
    assert [c["id"] for c in _clauses()] == [f"h26-{i:03d}" for i in range(1, N_CLAUSES + 1)]


def test_every_category_is_covered():
    counts = Counter(cat for c in _clauses() if c["barrier"] for cat in categories(c))
    assert set(counts) == CATEGORIES
    assert min(counts.values()) >= MIN_PER_CATEGORY
    for name in ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"):
        assert counts[name] >= MIN_PER_COLOMBIAN_CATEGORY, name


def test_no_duplicates_and_nothing_shared_with_other_sets():
    assert duplicate_texts(_clauses()) == []
    shared = shared_with_other_sets(PATH)
    assert shared, "the other labelled sets should stand next to this one"
    assert {name: texts for name, texts in shared.items() if texts} == {}


def test_labels_are_shuffled():
    assert longest_label_run(_clauses()) <= 4


def test_every_document_type_holds_both_labels():
    by_type = labels_by_doc_type(_clauses())
    assert set(by_type) == DOC_TYPES
    for doc_type, labels in by_type.items():
        assert labels[True] >= 5 and labels[False] >= 5, doc_type


def test_lengths_do_not_give_the_label_away():
    barriers, others = word_counts_by_label(_clauses())
    for counts in (barriers, others):
        assert min(counts) <= SHORT
        assert max(counts) >= LONG
        assert sum(n <= SHORT for n in counts) >= 5
        assert sum(n >= LONG for n in counts) >= 5
    assert abs(statistics.median(barriers) - statistics.median(others)) <= 3
    assert abs(statistics.mean(barriers) - statistics.mean(others)) <= 0.1 * statistics.mean(others)


def test_header_says_what_the_set_is():
    text = header(PATH)
    for mark in (
        ORDINAL,
        "BLIND",
        "2026-12-01",
        "barrier_criteria.md",
        "/work/shared/corpus",
        FORMAT_FROM,
        *HEADER_MARKS,
    ):
        assert mark in text, mark
    assert f"random.Random({SEED})" in text
    assert f"ORDINARY clauses of the same documents ({N_ORDINARY}:" in text
    assert f"NEAR MISSES ({N_NEAR_MISSES}:" in text
    assert f"Counts: {N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers." in text
