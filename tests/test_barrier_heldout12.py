"""Well-formedness of the TWELFTH held-out labelled set of barrier clauses (tests/data/barriers/heldout12_clauses.yml).

The set (120 clauses: 55 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 65 non-barriers: 34 ordinary clauses of the same
documents and 31 hard near misses), on services and local markets not used before (parking and valet parking, gyms
and sports facilities, child care centres, pharmacies, material de arrastre, coffee and agricultural cooperatives,
public wifi and digital inclusion, film permits and the creative economy, veterinary services and livestock fairs,
compras públicas a organizaciones solidarias), was written BLIND on 2026-11-30, from
../shared/domain/barrier_criteria.md and the real texts of the shared corpus only: its author did not open the rule
packs, regdesign/nlp/, tools/, or the other labelled sets (only the first 60 lines of heldout8_clauses.yml, for the
format), and did not run the check or the model on it. It ships in the repository, so these tests run from a fresh
clone.

This module checks the data only (header, pinned counts, schema, categories, ids, duplicates, overlap with the other
sets, label runs, document types and word counts per label). It has not been measured yet: the lead measures it once,
blind, and then records the figures and floors here.
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
    labels_by_doc_type,
    longest_label_run,
    raw_clauses,
    schema_errors,
    shared_with_other_sets,
    word_counts_by_label,
)
from barrierset import header as read_header

from regdesign.rules.evaluation import load_clauses

DATA = Path(__file__).parent / "data" / "barriers"
HELDOUT12 = DATA / "heldout12_clauses.yml"

N_CLAUSES = 120
N_BARRIERS = 55
N_ORDINARY = 34
N_NEAR_MISSES = 31
LEGAL_CATEGORIES = ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL")


def test_heldout12_header_says_blind_sources_date_seed_and_counts():
    header = read_header(HELDOUT12)
    assert "TWELFTH" in header and "BLIND" in header
    assert "2026-11-30" in header
    assert "barrier_criteria.md" in header and "/work/shared/corpus" in header
    assert "heldout8_clauses.yml" in header and "FORMAT" in header
    assert "random.Random(20261338)" in header
    assert "SERVICES" in header and "LOCAL MARKETS" in header
    assert f"ORDINARY clauses of the same documents ({N_ORDINARY}" in header
    assert f"NEAR MISSES ({N_NEAR_MISSES}" in header
    assert N_ORDINARY + N_NEAR_MISSES == N_CLAUSES - N_BARRIERS
    assert f"{N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers" in header


def test_heldout12_counts_schema_and_categories():
    clauses = raw_clauses(HELDOUT12)
    assert len(clauses) == N_CLAUSES
    assert sum(c["barrier"] for c in clauses) == N_BARRIERS
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []
    assert len(load_clauses(HELDOUT12)) == N_CLAUSES


def test_heldout12_ids_are_sequential_and_unique():
    ids = [c["id"] for c in raw_clauses(HELDOUT12)]
    assert ids == [f"h12-{i:03d}" for i in range(1, N_CLAUSES + 1)]


def test_heldout12_every_category_is_covered():
    used = Counter(cat for c in raw_clauses(HELDOUT12) if c["barrier"] for cat in categories(c))
    assert set(used) == CATEGORIES
    assert min(used.values()) >= 3, used
    assert all(used[cat] >= 4 for cat in LEGAL_CATEGORIES), used


def test_heldout12_texts_are_new():
    clauses = raw_clauses(HELDOUT12)
    assert duplicate_texts(clauses) == []
    shared = shared_with_other_sets(HELDOUT12)
    assert shared, "the other labelled sets should sit next to this one"
    assert {name: texts for name, texts in shared.items() if texts} == {}


def test_heldout12_labels_are_mixed_in_order_and_by_document_type():
    clauses = raw_clauses(HELDOUT12)
    assert longest_label_run(clauses) <= 4
    by_type = labels_by_doc_type(clauses)
    assert set(by_type) == DOC_TYPES
    for doc_type, labels in by_type.items():
        assert labels[True] >= 5 and labels[False] >= 5, (doc_type, labels)


def test_heldout12_lengths_do_not_give_the_label_away():
    barriers, others = word_counts_by_label(raw_clauses(HELDOUT12))
    for counts in (barriers, others):
        assert sum(n <= 22 for n in counts) >= 5
        assert sum(n >= 40 for n in counts) >= 5
    assert abs(statistics.median(barriers) - statistics.median(others)) <= 3
    assert abs(statistics.mean(barriers) - statistics.mean(others)) <= 3


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, fifth session, after rule round 8; the model trained on sets 1-5, 7, 8, 9 and
# the ordinary clauses), blind: the annotator never opened the rules or the model, no rule had seen the set, and the
# model is never trained on it (tools/train_barrier_model.py NEVER_TRAIN):
#   rules only:    P 0.925 R 0.673 (tp 37, fp 3, fn 18, tn 62)
#   rules + model: P 0.931 R 0.982 (tp 54, fp 4, fn 1, tn 61)   (issue's targets: P >= 0.9, R >= 0.85)
#   per category (micro), rules + model: P 0.823 R 0.836
# Floors: that figure minus 0.03.
FLOORS = (0.931 - 0.03, 0.982 - 0.03)  # precision, recall of rules + model: checked in tests/test_barrier_sets.py
