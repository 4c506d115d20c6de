"""Well-formedness of the FOURTEENTH held-out labelled set of barrier clauses (tests/data/barriers/heldout14_clauses.yml).

The set (121 clauses: 55 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 66 non-barriers: 34 ordinary clauses of the same documents
and 32 hard near misses), in domains not used by the earlier sets (tattoo, beauty and nail studios; fireworks;
ecotourism guides and river boats; e-scooters and bike-sharing; coworking, incubators and startup grants; translation
and interpretation; open data portals and public APIs; elderly care homes; bakeries and food handling; calls funding
community media and local journalism), was written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and
the real texts of the shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, or the other
labelled sets (only the first 60 lines of heldout8_clauses.yml, for the format), and did not run the check or the
model on it. It ships in the repository, so these tests run from a fresh clone.

These tests check the DATA only (shape, counts, coverage, lengths, order, novelty); they never run the rules or the
model. The set is SEALED (tests/data/SEALED) until the lead measures it once.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from statistics import mean, median

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
    word_counts_by_label,
)
from barrierset import header as read_header

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data" / "barriers"
HELDOUT14 = DATA / "heldout14_clauses.yml"

N_CLAUSES = 121
N_BARRIERS = 55
N_ORDINARY, N_NEAR_MISSES = 34, 32
STRICTER = {"ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"}


def _clauses() -> list[dict]:
    return raw_clauses(HELDOUT14)


def test_heldout14_header_says_blind_sources_date_seed_and_counts():
    header = read_header(HELDOUT14)
    assert "FOURTEENTH" in header and "BLIND" in header
    assert "2026-11-30" in header
    assert "barrier_criteria.md" in header and "/work/shared/corpus" in header
    assert "heldout8_clauses.yml" in header and "FORMAT" in header
    assert re.search(r"random\.Random\(2026\d{4}\)", header)
    assert "NEW DOMAINS" in header and "SEALED" in header
    assert f"ORDINARY clauses of the same documents ({N_ORDINARY}" in header
    assert f"NEAR MISSES ({N_NEAR_MISSES}" in header
    assert f"{N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers" in header


def test_heldout14_schema_categories_and_ids():
    clauses = _clauses()
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []
    assert [c["id"] for c in clauses] == [f"h14-{i:03d}" for i in range(1, len(clauses) + 1)]
    assert {c["doc_type"] for c in clauses} == DOC_TYPES


def test_heldout14_counts():
    clauses = _clauses()
    assert len(clauses) == N_CLAUSES
    assert sum(c["barrier"] for c in clauses) == N_BARRIERS
    assert N_ORDINARY + N_NEAR_MISSES == N_CLAUSES - N_BARRIERS


def test_heldout14_every_category_used_enough():
    used = Counter(cat for c in _clauses() if c["barrier"] for cat in categories(c))
    assert set(used) == CATEGORIES
    assert all(n >= 3 for n in used.values()), used
    assert all(used[cat] >= 4 for cat in STRICTER), used


def test_heldout14_both_labels_in_every_doc_type():
    for doc_type, labels in labels_by_doc_type(_clauses()).items():
        assert labels[True] >= 3 and labels[False] >= 3, (doc_type, labels)


def test_heldout14_lengths_alike_across_labels():
    barriers, others = word_counts_by_label(_clauses())
    for counts in (barriers, others):
        assert any(n <= 22 for n in counts) and any(n >= 40 for n in counts)
    assert abs(median(barriers) - median(others)) <= 3
    assert abs(mean(barriers) - mean(others)) <= 3


def test_heldout14_order_shuffled():
    assert longest_label_run(_clauses()) <= 4


def test_heldout14_texts_new():
    assert duplicate_texts(_clauses()) == []
    shared = shared_with_other_sets(HELDOUT14)
    assert shared and all(texts == set() for texts in shared.values()), shared


def test_heldout14_is_sealed():
    sealed = (ROOT / "tests" / "data" / "SEALED").read_text(encoding="utf-8").splitlines()
    assert "tests/data/barriers/heldout14_clauses.yml" in sealed
