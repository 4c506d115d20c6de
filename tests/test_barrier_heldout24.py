"""Well-formedness of the TWENTY-FOURTH held-out labelled set of barrier clauses (tests/data/barriers/heldout24_clauses.yml).

The set (122 clauses: 56 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 66 non-barriers: 34 ordinary clauses of the same documents
and 32 hard near misses), on local trades and services (brickworks and pottery, sawmills, petrol stations, tyre repair
shops, used-car dealers, private employment agencies, surf and swimming schools, street vending, event halls and
banquet services, motorcycle couriers) and calls for rooftop solar panels on community buildings, was written BLIND on
2026-11-30, from ../shared/domain/barrier_criteria.md and the real texts of the shared corpus only: its author did not
open the rule packs, regdesign/nlp/, tools/, or the other labelled sets (only the first 60 lines of
heldout8_clauses.yml, for the format), and did not run the check or the model on it. It ships in the repository, so
these tests run from a fresh clone.

This module holds what is particular to the set (its header values and pinned counts) and checks the data only:
schema, categories and their coverage, counts, ids, duplicates and overlap with the other sets, the shuffle (no long
run of one label), labels per document type and the balance of lengths between labels. The set is SEALED
(tests/data/SEALED) until the lead measures it once; no floors of rules or model are recorded here yet.
"""

from __future__ import annotations

import re
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

PATH = Path(__file__).parent / "data" / "barriers" / "heldout24_clauses.yml"

N_CLAUSES = 122
N_BARRIERS = 56
ORDINAL = "TWENTY-FOURTH"  # the header names the set by its ordinal
SEED = 20261244
HEADER_MARKS = ("LOCAL TRADES AND SERVICES", "ROOFTOP SOLAR")
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 34, 32
PROCEDURAL = ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL")  # each used at least four times


@pytest.fixture(scope="module")
def clauses() -> list[dict]:
    return raw_clauses(PATH)


def test_header_says_what_the_set_is():
    text = header(PATH)
    assert text.startswith(f"# {ORDINAL} held-out labelled set")
    assert "BLIND on 2026-11-30" in text
    assert FORMAT_FROM in text
    for mark in HEADER_MARKS:
        assert mark in text
    for source in ("barrier_criteria.md", "/work/shared/corpus"):
        assert source in text
    assert f"random.Random({SEED})" in text
    assert f"({N_ORDINARY}: " in text and f"({N_NEAR_MISSES}: " in text
    counts = re.search(r"Counts: (\d+) clauses: (\d+) barriers, (\d+) non-barriers\.", text)
    assert counts is not None
    assert tuple(map(int, counts.groups())) == (N_CLAUSES, N_BARRIERS, N_CLAUSES - N_BARRIERS)


def test_schema_and_categories_are_well_formed(clauses):
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []


def test_counts_are_pinned_and_the_loader_agrees(clauses):
    assert len(clauses) == N_CLAUSES
    assert sum(c["barrier"] for c in clauses) == N_BARRIERS
    assert N_ORDINARY + N_NEAR_MISSES == N_CLAUSES - N_BARRIERS
    loaded = load_clauses(PATH)
    assert len(loaded) == N_CLAUSES


def test_ids_are_unique_and_sequential(clauses):
    assert [c["id"] for c in clauses] == [f"h24-{i:03d}" for i in range(1, N_CLAUSES + 1)]


def test_every_category_is_covered(clauses):
    used = Counter(cat for c in clauses if c["barrier"] for cat in categories(c))
    assert set(used) == CATEGORIES
    assert min(used.values()) >= 3, used
    for cat in PROCEDURAL:
        assert used[cat] >= 4, (cat, used[cat])


def test_no_duplicates_and_nothing_shared_with_other_sets(clauses):
    assert duplicate_texts(clauses) == []
    shared = shared_with_other_sets(PATH)
    assert shared, "the other labelled sets should be next to this one"
    assert {name: texts for name, texts in shared.items() if texts} == {}


def test_order_is_shuffled(clauses):
    assert longest_label_run(clauses) <= 4


def test_every_document_type_has_both_labels(clauses):
    by_type = labels_by_doc_type(clauses)
    assert set(by_type) == DOC_TYPES
    for doc_type, labels in by_type.items():
        assert labels[True] >= 5 and labels[False] >= 5, (doc_type, labels)


def test_lengths_do_not_give_the_label_away(clauses):
    barriers, others = word_counts_by_label(clauses)
    for counts in (barriers, others):
        assert sum(n <= 22 for n in counts) >= 3
        assert sum(n >= 40 for n in counts) >= 2
    assert abs(statistics.median(barriers) - statistics.median(others)) <= 3
    assert abs(statistics.mean(barriers) - statistics.mean(others)) <= 3
