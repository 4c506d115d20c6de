"""Well-formedness of the TWENTIETH held-out labelled set of barrier clauses (tests/data/barriers/heldout20_clauses.yml).

The set (122 clauses: 57 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four; 65 non-barriers: 33 ordinary clauses of the same documents and
32 hard near misses), on local services and community media (bicitaxis, massage and spa centres, coffee roasters and
specialty coffee shops, adventure tourism, collection of electronic waste (RAEE), pre-ICFES academies and tutoring,
wedding and event planners, ice-cream parlours, ornamental-fish shops, robotics clubs and e-sports venues, calls for
community podcasts and local digital media), was written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md
and the real texts of the shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, or the
other labelled sets (only the first 60 lines of heldout8_clauses.yml, for the format), and did not run the check or the
model on it. It ships in the repository, so these tests run from a fresh clone.

This module holds what is particular to the set (its header values and pinned counts) and checks the DATA only: schema,
categories and their coverage, ids, labels per document type, lengths per label, label runs, duplicates, overlap with
the other labelled sets, the header, and that the set is listed in tests/data/SEALED. It runs neither the rules nor the
model: the set is SEALED until the lead measures it once, so it has no FLOORS yet (add them with the measurement).
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

N_CLAUSES = 122
N_BARRIERS = 57
ORDINAL = "TWENTIETH"  # the header names the set by its ordinal
SEED = 20261454
HEADER_MARKS = ("LOCAL SERVICES AND COMMUNITY MEDIA",)
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 33, 32
WRITTEN_ON = "2026-11-30"
PREFIXED_FOUR = ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL")  # each used at least four times
SHORT, LONG = 22, 40  # both labels hold clauses of at most SHORT and of at least LONG words
MAX_GAP = 3.0  # largest allowed difference of median and of mean word counts between the labels

REPO = Path(__file__).resolve().parents[1]
SET = REPO / "tests" / "data" / "barriers" / "heldout20_clauses.yml"
SEALED = REPO / "tests" / "data" / "SEALED"


@pytest.fixture(scope="module")
def clauses() -> list[dict]:
    return raw_clauses(SET)


def test_schema_and_categories_are_well_formed(clauses):
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []


def test_the_evaluation_loader_reads_every_clause(clauses):
    loaded = load_clauses(SET)
    assert len(loaded) == len(clauses) == N_CLAUSES


def test_pinned_counts(clauses):
    n_barriers = sum(c["barrier"] for c in clauses)
    assert (len(clauses), n_barriers) == (N_CLAUSES, N_BARRIERS)
    assert N_ORDINARY + N_NEAR_MISSES == N_CLAUSES - N_BARRIERS


def test_ids_are_unique_and_sequential(clauses):
    assert [c["id"] for c in clauses] == [f"h20-{i:03d}" for i in range(1, N_CLAUSES + 1)]


def test_every_category_is_covered(clauses):
    uses = Counter(cat for c in clauses if c["barrier"] for cat in categories(c))
    assert set(uses) == CATEGORIES
    thin = {cat: n for cat, n in uses.items() if n < (4 if cat in PREFIXED_FOUR else 3)}
    assert thin == {}


def test_every_document_type_holds_both_labels(clauses):
    by_type = labels_by_doc_type(clauses)
    assert set(by_type) == DOC_TYPES
    assert all(counts[True] >= 3 and counts[False] >= 3 for counts in by_type.values()), by_type


def test_lengths_are_alike_across_labels(clauses):
    barrier_words, other_words = word_counts_by_label(clauses)
    for counts in (barrier_words, other_words):
        assert min(counts) <= SHORT and max(counts) >= LONG
        assert sum(n <= SHORT for n in counts) >= 5 and sum(n >= LONG for n in counts) >= 5
    assert abs(statistics.median(barrier_words) - statistics.median(other_words)) <= MAX_GAP
    assert abs(statistics.mean(barrier_words) - statistics.mean(other_words)) <= MAX_GAP


def test_labels_are_shuffled(clauses):
    assert longest_label_run(clauses) <= 4


def test_no_duplicate_and_no_text_shared_with_other_sets(clauses):
    assert duplicate_texts(clauses) == []
    shared = {name: texts for name, texts in shared_with_other_sets(SET).items() if texts}
    assert shared == {}


def test_header_states_provenance_and_counts(clauses):
    text = header(SET)
    n_barriers = sum(c["barrier"] for c in clauses)
    sources = ("barrier_criteria.md", "/work/shared/corpus")
    for mark in (ORDINAL, "BLIND", WRITTEN_ON, FORMAT_FROM, *sources, *HEADER_MARKS):
        assert mark in text, mark
    assert f"random.Random({SEED})" in text
    assert f"ORDINARY clauses of the same documents ({N_ORDINARY}:" in text
    assert f"NEAR MISSES ({N_NEAR_MISSES}:" in text
    assert f"Counts: {len(clauses)} clauses: {n_barriers} barriers, {len(clauses) - n_barriers} non-barriers." in text


def test_the_set_is_sealed_until_measured():
    sealed = {line.strip() for line in SEALED.read_text(encoding="utf-8").splitlines() if not line.startswith("#")}
    assert SET.relative_to(REPO).as_posix() in sealed
