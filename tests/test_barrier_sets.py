"""Checks that every blind barrier set must pass (tests/data/barriers/heldout5_clauses.yml and heldout6_clauses.yml):
it loads through the evaluation loader, ids run in order, the schema and categories are right, all 18 categories
appear, texts are unique and shared with no other labelled set, and labels are balanced and interleaved (so that
neither position nor document type gives a label away). What is particular to one set (its header, counts, lengths,
measured floors) stays in its own test file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
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
)

from regdesign.rules.evaluation import load_clauses

DATA = Path(__file__).parent / "data" / "barriers"
#: blind sets → their id prefix
SETS = {"heldout5_clauses.yml": "h5", "heldout6_clauses.yml": "h6"}


@pytest.fixture(params=sorted(SETS))
def blind_set(request) -> tuple[Path, str]:
    return DATA / request.param, SETS[request.param]


def test_loads_through_the_evaluation_loader(blind_set):
    path, _ = blind_set
    raw = raw_clauses(path)
    clauses = load_clauses(path)
    assert [c["id"] for c in clauses] == [c["id"] for c in raw]
    assert [bool(c["barrier"]) for c in clauses] == [c["barrier"] for c in raw]


def test_ids_are_sequential_and_unique(blind_set):
    path, prefix = blind_set
    ids = [c["id"] for c in raw_clauses(path)]
    assert ids == [f"{prefix}-{i:03d}" for i in range(1, len(ids) + 1)]


def test_every_clause_has_exactly_the_schema_keys_and_valid_categories(blind_set):
    clauses = raw_clauses(blind_set[0])
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []


def test_covers_all_18_categories_at_least_three_times(blind_set):
    counts = Counter(cat for c in raw_clauses(blind_set[0]) if c["barrier"] for cat in categories(c))
    assert set(counts) == CATEGORIES
    assert all(counts[category] >= 3 for category in CATEGORIES), counts


def test_texts_are_unique_and_in_no_other_labelled_set(blind_set):
    path, _ = blind_set
    assert not duplicate_texts(raw_clauses(path))
    shared = shared_with_other_sets(path)
    assert "clauses.yml" in shared
    assert not {name: texts for name, texts in shared.items() if texts}


def test_labels_are_balanced_overall_and_by_document_type(blind_set):
    clauses = raw_clauses(blind_set[0])
    assert 0.4 <= sum(c["barrier"] for c in clauses) / len(clauses) <= 0.6
    by_type = labels_by_doc_type(clauses)
    assert set(by_type) == DOC_TYPES
    for doc_type, counts in by_type.items():
        assert counts[True] >= 15 and counts[False] >= 15, doc_type


def test_labels_are_interleaved_not_grouped(blind_set):
    clauses = raw_clauses(blind_set[0])
    labels = [c["barrier"] for c in clauses]
    assert longest_label_run(clauses) <= 10
    first_half = labels[: len(labels) // 2]
    assert 0.35 <= sum(first_half) / len(first_half) <= 0.65
