"""Well-formedness of the NINETEENTH held-out labelled set of barrier clauses (tests/data/barriers/heldout19_clauses.yml).

The set (122 clauses: 56 barriers across all 18 barrier categories, each used at least three times, ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 66 non-barriers: 34 ordinary clauses of the same documents
and 32 hard near misses), on small trades, culture and rural telehealth (beekeeping and honey sales, December sale of
fireworks, jewellery and watch repair, print shops, scrap-metal dealers, hardware stores, carpentry workshops, private
museums and cultural houses, rural tourism, cinemas and music schools, calls for telehealth pilots in rural
corregimientos), was written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and the real texts of the
shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, or the other labelled sets (only the
first 60 lines of heldout8_clauses.yml, for the format), and did not run the check or the model on it. It ships in the
repository, so these tests run from a fresh clone.

This module holds what is particular to the set (header values, pinned counts) and checks the DATA only: schema,
categories and their coverage, ids, duplicates and overlap with the other sets, labels per document type, word-count
balance between labels, label runs, header and the SEALED listing. It runs neither the rules nor the model: the set is
SEALED (tests/data/SEALED) until the lead's one blind measurement, which adds the figures and floors.
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

N_CLAUSES = 122
N_BARRIERS = 56
ORDINAL = "NINETEENTH"  # the header names the set by its ordinal
SEED = 20262151
HEADER_MARKS = ("SMALL TRADES, CULTURE AND RURAL TELEHEALTH",)
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 34, 32
MIN_PER_CATEGORY = 3
MIN_PER_LEGAL_CATEGORY = 4  # ANTITRAMITES, CONTRATACION, TRANSFORMACION-DIGITAL
LEGAL_CATEGORIES = ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL")
SHORT, LONG = 22, 40  # both labels hold clauses of at most SHORT words and of at least LONG words
MAX_GAP = 3.0  # words between the labels' medians, and between their means
MAX_RUN = 4

ROOT = Path(__file__).resolve().parent.parent
PATH = ROOT / "tests" / "data" / "barriers" / "heldout19_clauses.yml"


def _clauses() -> list[dict]:
    return raw_clauses(PATH)


def test_counts_are_pinned_and_the_loader_reads_every_clause():
    clauses = _clauses()
    assert len(clauses) == N_CLAUSES
    assert sum(c["barrier"] for c in clauses) == N_BARRIERS
    assert N_ORDINARY + N_NEAR_MISSES == N_CLAUSES - N_BARRIERS
    assert len(load_clauses(PATH)) == N_CLAUSES


def test_schema_and_categories_are_well_formed():
    clauses = _clauses()
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []


def test_ids_are_unique_and_sequential():
    assert [c["id"] for c in _clauses()] == [f"h19-{i:03d}" for i in range(1, N_CLAUSES + 1)]


def test_every_category_is_covered():
    used = Counter(cat for c in _clauses() if c["barrier"] for cat in categories(c))
    assert set(used) == CATEGORIES
    thin = {cat: n for cat, n in used.items() if n < MIN_PER_CATEGORY}
    assert thin == {}
    assert {cat: used[cat] for cat in LEGAL_CATEGORIES if used[cat] < MIN_PER_LEGAL_CATEGORY} == {}


def test_no_duplicates_and_nothing_shared_with_the_other_sets():
    assert duplicate_texts(_clauses()) == []
    shared = {name: texts for name, texts in shared_with_other_sets(PATH).items() if texts}
    assert shared == {}


def test_every_document_type_holds_both_labels():
    by_type = labels_by_doc_type(_clauses())
    assert set(by_type) == DOC_TYPES
    assert {t: dict(n) for t, n in by_type.items() if n[True] == 0 or n[False] == 0} == {}


def test_lengths_do_not_give_the_label_away():
    barriers, others = word_counts_by_label(_clauses())
    for counts in (barriers, others):
        assert min(counts) <= SHORT
        assert max(counts) >= LONG
    assert abs(statistics.median(barriers) - statistics.median(others)) <= MAX_GAP
    assert abs(statistics.mean(barriers) - statistics.mean(others)) <= MAX_GAP


def test_labels_are_shuffled():
    assert longest_label_run(_clauses()) <= MAX_RUN


def test_header_states_provenance_and_counts():
    text = header(PATH)
    for mark in (
        ORDINAL,
        "BLIND",
        "2026-11-30",
        "barrier_criteria.md",
        "/work/shared/corpus",
        FORMAT_FROM,
        *HEADER_MARKS,
    ):
        assert mark in text, mark
    assert f"random.Random({SEED})" in text
    assert f"Counts: {N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers." in text
    assert f"({N_ORDINARY}:" in text and f"({N_NEAR_MISSES}:" in text


def test_the_set_is_sealed_until_measured():
    sealed = (ROOT / "tests" / "data" / "SEALED").read_text(encoding="utf-8").splitlines()
    assert "tests/data/barriers/heldout19_clauses.yml" in [line.strip() for line in sealed]
