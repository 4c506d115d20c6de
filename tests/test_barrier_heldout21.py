"""Well-formedness of the TWENTY-FIRST held-out labelled set of barrier clauses (tests/data/barriers/heldout21_clauses.yml).

The set (121 clauses: 56 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 65 non-barriers: 35 ordinary clauses of the same
documents and 30 hard near misses), in domains not used before (private ambulance services, zoos and wildlife rescue
centres, pawnshops, currency exchange offices, billiard halls, trout and fish farming, cacao and chocolate makers,
cheese and dairy artisans, screen printing and glassworks, glamping and camping sites, calls for artisanal miners'
formalisation projects), was written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and the real texts
of the shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, or the other labelled sets
(only the first 60 lines of heldout8_clauses.yml, for the format), and did not run the check or the model on it. It
ships in the repository, so these tests run from a fresh clone.

This module holds what is particular to the set (header values, pinned counts) and checks the DATA only: schema,
categories and their coverage, labels per document type, word lengths per label, label runs, duplicates and texts
shared with the other sets. It never runs the rules or the model: the set is sealed (tests/data/SEALED) until the lead
measures it once; the measurement and its floors are to be recorded here afterwards.
"""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path

import pytest
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

PATH = Path(__file__).parent / "data" / "barriers" / "heldout21_clauses.yml"

N_CLAUSES = 121
N_BARRIERS = 56
ORDINAL = "TWENTY-FIRST"  # the header names the set by its ordinal
SEED = 20261369
HEADER_MARKS = ("DOMAINS NOT USED BEFORE", "BLIND", "2026-11-30")
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 35, 30
MIN_PER_CATEGORY = 3
MIN_PER_TRANSVERSAL = 4  # ANTITRAMITES, CONTRATACION, TRANSFORMACION-DIGITAL
SHORT, LONG = 22, 40  # word counts: both labels hold clauses of at most SHORT and of at least LONG words


@pytest.fixture(scope="module")
def clauses() -> list[dict]:
    return raw_clauses(PATH)


def test_schema_and_categories_are_well_formed(clauses):
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []


def test_counts_are_pinned(clauses):
    assert len(clauses) == N_CLAUSES
    assert sum(c["barrier"] for c in clauses) == N_BARRIERS
    assert N_ORDINARY + N_NEAR_MISSES == N_CLAUSES - N_BARRIERS


def test_ids_are_unique_and_sequential(clauses):
    assert [c["id"] for c in clauses] == [f"h21-{i:03d}" for i in range(1, N_CLAUSES + 1)]


def test_the_evaluation_loader_reads_the_set(clauses):
    loaded = load_clauses(PATH)
    assert len(loaded) == len(clauses)


def test_header_names_the_set_its_provenance_and_counts():
    text = header(PATH)
    assert ORDINAL in text
    for mark in HEADER_MARKS:
        assert mark in text
    assert FORMAT_FROM in text
    assert f"random.Random({SEED})" in text
    assert f"Counts: {N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers." in text
    assert f"ORDINARY clauses of the same documents ({N_ORDINARY}:" in text
    assert f"hard NEAR MISSES ({N_NEAR_MISSES}:" in text


def test_every_category_is_covered(clauses):
    used = Counter(cat for c in clauses if c["barrier"] for cat in categories(c))
    assert set(used) == CATEGORIES
    assert min(used.values()) >= MIN_PER_CATEGORY
    for transversal in ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"):
        assert used[transversal] >= MIN_PER_TRANSVERSAL, transversal


def test_every_document_type_holds_both_labels(clauses):
    by_type = labels_by_doc_type(clauses)
    assert set(by_type) == DOC_TYPES
    for doc_type, labels in by_type.items():
        assert labels[True] >= 5 and labels[False] >= 5, doc_type


def test_lengths_do_not_give_the_label_away(clauses):
    barriers, others = word_counts_by_label(clauses)
    for counts in (barriers, others):
        assert min(counts) <= SHORT and max(counts) >= LONG
        assert sum(n <= SHORT for n in counts) >= 5 and sum(n >= LONG for n in counts) >= 5
    assert abs(statistics.median(barriers) - statistics.median(others)) <= 3
    assert abs(statistics.mean(barriers) - statistics.mean(others)) <= 3


def test_labels_are_shuffled(clauses):
    assert longest_label_run(clauses) <= 4


def test_texts_are_new(clauses):
    assert duplicate_texts(clauses) == []
    assert {name: shared for name, shared in shared_with_other_sets(PATH).items() if shared} == {}
