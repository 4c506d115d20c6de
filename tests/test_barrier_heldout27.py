"""Well-formedness of the TWENTY-SEVENTH held-out labelled set of barrier clauses (tests/data/barriers/heldout27_clauses.yml).

The set (120 clauses: 56 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 64 non-barriers: 34 ordinary clauses of the same documents
and 30 hard near misses), on domains not used before (hot springs and public baths, golf and country clubs, elevator
firms, water tankers and bottled water, trampoline parks and climbing walls, car rental, door-to-door and catalogue
sales, LPG cylinders, call centres, leather and shoe factories, calls for accessible-tourism projects), was written
BLIND on 2026-12-01, from ../shared/domain/barrier_criteria.md and the real texts of the shared corpus only: its author
did not open the rule packs, regdesign/nlp/, tools/, or the other labelled sets (only the first 60 lines of
heldout8_clauses.yml, for the format), and did not run the check or the model on it. It ships in the repository, so
these tests run from a fresh clone.

This module checks the DATA only (shape, counts, categories, header, lengths, order, novelty); it is SEALED (listed in
tests/data/SEALED) until the lead measures it once, so it holds no floors of rules or model yet.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import Path

import pytest
from barrierset import (
    CATEGORIES,
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

SET = Path(__file__).parent / "data" / "barriers" / "heldout27_clauses.yml"
N_CLAUSES = 120
N_BARRIERS = 56
ORDINAL = "TWENTY-SEVENTH"  # the header names the set by its ordinal
SEED = 20261338
HEADER_MARKS = ("TERMALES", "ACCESSIBLE TOURISM")
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 34, 30
SERVICE_CATEGORIES = ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL")


@pytest.fixture(scope="module")
def clauses() -> list[dict]:
    return raw_clauses(SET)


def test_counts(clauses):
    assert len(clauses) == N_CLAUSES
    assert sum(c["barrier"] for c in clauses) == N_BARRIERS
    assert N_ORDINARY + N_NEAR_MISSES == N_CLAUSES - N_BARRIERS
    assert len(load_clauses(SET)) == N_CLAUSES  # the evaluation loader reads every clause


def test_schema_and_categories(clauses):
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []


def test_ids_are_sequential(clauses):
    assert [c["id"] for c in clauses] == [f"h27-{i:03d}" for i in range(1, N_CLAUSES + 1)]


def test_every_category_is_covered(clauses):
    used = Counter(cat for c in clauses if c["barrier"] for cat in categories(c))
    assert set(used) == CATEGORIES
    assert min(used.values()) >= 3
    assert all(used[cat] >= 4 for cat in SERVICE_CATEGORIES)


def test_header(clauses):
    text = header(SET)
    for mark in (
        ORDINAL,
        "BLIND",
        "2026-12-01",
        "barrier_criteria.md",
        "/work/shared/corpus",
        FORMAT_FROM,
        *HEADER_MARKS,
    ):
        assert mark in text
    assert f"random.Random({SEED})" in text
    n_non = N_CLAUSES - N_BARRIERS
    assert f"Counts: {N_CLAUSES} clauses: {N_BARRIERS} barriers, {n_non} non-barriers." in text
    assert f"({N_ORDINARY}: " in text and f"({N_NEAR_MISSES}: " in text


def test_order_does_not_cluster_labels(clauses):
    assert longest_label_run(clauses) <= 4


def test_texts_are_new(clauses):
    assert duplicate_texts(clauses) == []
    shared = {name: texts for name, texts in shared_with_other_sets(SET).items() if texts}
    assert shared == {}


def test_both_labels_in_every_doc_type(clauses):
    by_type = labels_by_doc_type(clauses)
    assert len(by_type) == 4
    assert all(counts[True] >= 3 and counts[False] >= 3 for counts in by_type.values())


def test_lengths_do_not_give_the_label_away(clauses):
    barrier_words, other_words = word_counts_by_label(clauses)
    for counts in (barrier_words, other_words):
        assert sum(n <= 22 for n in counts) >= 5
        assert sum(n >= 40 for n in counts) >= 5
    assert abs(statistics.median(barrier_words) - statistics.median(other_words)) <= 3
    assert abs(statistics.mean(barrier_words) - statistics.mean(other_words)) <= 3


def test_barrier_whys_cite_a_ground(clauses):
    """Each clause says why: barriers name an effect or a rule, so no `why` merely repeats the label."""
    for clause in clauses:
        assert not re.fullmatch(r"\s*(es |no es )?(una )?barrera\.?\s*", clause["why"], flags=re.IGNORECASE)
