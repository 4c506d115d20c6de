"""Well-formedness of the TWENTY-THIRD held-out set of barrier clauses (tests/data/barriers/heldout23_clauses.yml).

The set (120 clauses: 55 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four; 65 non-barriers: 35 ordinary clauses of the same documents and
30 hard near misses), on costume rental, moving and removals (trasteos), scaffolding rental, natural-products shops,
musical instrument shops and luthiers, bingo halls and betting shops, orthopaedic and hearing-aid shops, pest control
and fumigation, swimming pools, horse stables and cabalgatas, and calls for converting taxis to natural gas (GNV), was
written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and the real texts of the shared corpus only:
its author did not open the rule packs, regdesign/nlp/, tools/, or the other labelled sets (only the first 60 lines
of heldout8_clauses.yml, for the format), and did not run the check or the model on it. It ships in the repository,
so these tests run from a fresh clone.

The set is SEALED (listed in tests/data/SEALED) until the lead measures it once: these tests check the DATA only
(schema, categories, counts, header, order, lengths, overlap with the other sets); no rule or model runs here, and
no FLOORS are set before that measurement.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import Path

import barrierset as bs
import pytest

N_CLAUSES = 120
N_BARRIERS = 55
ORDINAL = "TWENTY-THIRD"  # the header names the set by its ordinal
SEED = 20261338
HEADER_MARKS = ("COSTUME RENTAL", "SCAFFOLDING RENTAL", "SWIMMING POOLS", "NATURAL GAS (GNV)")
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 35, 30
SHORT_AND_LONG = (22, 40)  # both labels hold clauses of at most 22 words and of at least 40 words

PATH = Path(__file__).parent / "data" / "barriers" / "heldout23_clauses.yml"
MIN_PER_CATEGORY = 3
MIN_PER_LEGAL_CATEGORY = 4
LEGAL_CATEGORIES = ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL")


@pytest.fixture(scope="module")
def clauses() -> list[dict]:
    return bs.raw_clauses(PATH)


def test_schema_and_categories_are_well_formed(clauses):
    assert bs.schema_errors(clauses) == []
    assert bs.category_errors(clauses) == []


def test_counts_match_the_pinned_numbers_and_the_header(clauses):
    n_barriers = sum(c["barrier"] for c in clauses)
    assert (len(clauses), n_barriers) == (N_CLAUSES, N_BARRIERS)
    assert N_ORDINARY + N_NEAR_MISSES == N_CLAUSES - N_BARRIERS
    head = bs.header(PATH)
    assert f"Counts: {N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers." in head
    assert f"ORDINARY clauses of the same documents ({N_ORDINARY}:" in head
    assert f"hard NEAR MISSES ({N_NEAR_MISSES}:" in head


def test_header_says_what_the_set_is_and_how_it_was_written():
    head = bs.header(PATH)
    assert head.startswith(f"# {ORDINAL} held-out labelled set")
    for mark in ("BLIND", "2026-11-30", "barrier_criteria.md", "/work/shared/corpus", FORMAT_FROM, *HEADER_MARKS):
        assert mark in head, mark
    assert f"random.Random({SEED})" in head


def test_ids_are_unique_and_sequential(clauses):
    assert [c["id"] for c in clauses] == [f"h23-{i:03d}" for i in range(1, len(clauses) + 1)]


def test_every_category_is_used_often_enough(clauses):
    used = Counter(cat for c in clauses if c["barrier"] for cat in bs.categories(c))
    assert set(used) == bs.CATEGORIES
    assert min(used.values()) >= MIN_PER_CATEGORY, used
    for category in LEGAL_CATEGORIES:
        assert used[category] >= MIN_PER_LEGAL_CATEGORY, (category, used[category])


def test_every_document_type_carries_both_labels(clauses):
    by_type = bs.labels_by_doc_type(clauses)
    assert set(by_type) == bs.DOC_TYPES
    for doc_type, labels in by_type.items():
        assert labels[True] >= 5 and labels[False] >= 5, (doc_type, labels)


def test_short_and_long_clauses_under_both_labels_with_alike_lengths(clauses):
    short, long_ = SHORT_AND_LONG
    barrier_words, other_words = bs.word_counts_by_label(clauses)
    for counts in (barrier_words, other_words):
        assert sum(n <= short for n in counts) >= 5
        assert sum(n >= long_ for n in counts) >= 5
    assert abs(statistics.median(barrier_words) - statistics.median(other_words)) <= 3
    assert abs(statistics.mean(barrier_words) - statistics.mean(other_words)) <= 3


def test_labels_are_shuffled(clauses):
    assert bs.longest_label_run(clauses) <= 4


def test_no_duplicates_and_nothing_shared_with_the_other_sets(clauses):
    assert bs.duplicate_texts(clauses) == []
    shared = bs.shared_with_other_sets(PATH)
    assert shared, "the other labelled sets should sit next to this one"
    assert {name: texts for name, texts in shared.items() if texts} == {}


def test_barrier_whys_name_a_reason_and_multi_category_lists_are_rare(clauses):
    barriers = [c for c in clauses if c["barrier"]]
    assert sum(isinstance(c["category"], list) for c in barriers) <= len(barriers) // 3
    assert all(re.search(r"\w{3,}", c["why"]) for c in clauses)
