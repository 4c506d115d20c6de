"""Well-formedness of the TWENTY-SECOND held-out labelled set of barrier clauses (heldout22_clauses.yml).

The set (125 clauses: 57 barriers across all 18 barrier categories, each used at least three times and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 68 non-barriers: 35 ordinary clauses of the same
documents and 33 hard near misses), on leisure, small trades and circular textiles (circuses and travelling shows,
bowling alleys and paintball fields, karaoke bars, escape rooms, motocarro passenger services, car washes, picture
framing and art restoration, dental prosthetics laboratories, sign-language interpretation, calls for circular-economy
textile ventures), was written BLIND on 2026-11-30, from ../shared/domain/barrier_criteria.md and the real texts of the
shared corpus only: its author did not open the rule packs, regdesign/nlp/, tools/, or the other labelled sets (only
the first 60 lines of heldout8_clauses.yml, for the format), and did not run the check or the model on it. It ships
in the repository, so these tests run from a fresh clone.

This module checks the DATA only (schema, categories, counts, header, lengths per label, order, novelty); it runs
neither the rules nor the model. The set is SEALED (listed in tests/data/SEALED, the lead's file) until the lead
measures it once; no FLOORS are set before that measurement.
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

N_CLAUSES = 125
N_BARRIERS = 57
ORDINAL = "TWENTY-SECOND"  # the header names the set by its ordinal
SEED = 20262230  # the shuffle seed named in the header
HEADER_MARKS = ("LEISURE, SMALL TRADES AND CIRCULAR TEXTILES",)
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 35, 33

SET = Path(__file__).parent / "data" / "barriers" / "heldout22_clauses.yml"
FOUR_TIMES = {"ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"}
# The ten domains of the set and a pattern each; every domain must be present in several clauses.
DOMAINS = {
    "circos": r"circ[eo]|carpa",
    "boleras y paintball": r"bol[eo]s?\b|boleras?|paintball",
    "karaoke": r"karaoke",
    "salas de escape": r"salas? de escape",
    "motocarros": r"motocarro",
    "autolavados": r"autolavado|lavado de vehículos",
    "enmarcación y restauración": r"enmarcaci|marco|restaura",
    "laboratorios de prótesis dental": r"prótesis|laboratorio",
    "interpretación en lengua de señas": r"lengua de señas|intérprete|interpretaci",
    "textiles circulares": r"textil|prendas|hilos",
}


@pytest.fixture(scope="module")
def clauses() -> list[dict]:
    return raw_clauses(SET)


def test_schema_and_categories_are_well_formed(clauses):
    assert schema_errors(clauses) == []
    assert category_errors(clauses) == []


def test_counts_match_the_header(clauses):
    barriers = [c for c in clauses if c["barrier"]]
    assert len(clauses) == N_CLAUSES
    assert len(barriers) == N_BARRIERS
    assert f"Counts: {N_CLAUSES} clauses: {N_BARRIERS} barriers, {N_CLAUSES - N_BARRIERS} non-barriers." in header(SET)
    assert N_ORDINARY + N_NEAR_MISSES == N_CLAUSES - N_BARRIERS
    assert f"ORDINARY clauses of the same documents ({N_ORDINARY}:" in header(SET)
    assert f"NEAR MISSES ({N_NEAR_MISSES}:" in header(SET)


def test_header_says_blind_date_sources_and_seed():
    text = header(SET)
    assert text.startswith(f"# {ORDINAL} held-out labelled set")
    for mark in (
        "BLIND",
        "2026-11-30",
        "barrier_criteria.md",
        "/work/shared/corpus",
        FORMAT_FROM,
        f"random.Random({SEED})",
        "MEASUREMENT, not a dev set",
        *HEADER_MARKS,
    ):
        assert mark in text, mark


def test_ids_are_sequential(clauses):
    assert [c["id"] for c in clauses] == [f"h22-{i:03d}" for i in range(1, len(clauses) + 1)]


def test_every_category_is_covered(clauses):
    used = Counter(cat for c in clauses if c["barrier"] for cat in categories(c))
    assert set(used) == CATEGORIES
    low = {cat: n for cat, n in used.items() if n < (4 if cat in FOUR_TIMES else 3)}
    assert low == {}


def test_every_doc_type_holds_both_labels(clauses):
    by_type = labels_by_doc_type(clauses)
    assert set(by_type) == DOC_TYPES
    assert all(counts[True] >= 5 and counts[False] >= 5 for counts in by_type.values()), by_type


def test_lengths_are_alike_across_labels(clauses):
    barrier_words, other_words = word_counts_by_label(clauses)
    for counts in (barrier_words, other_words):
        assert sum(n <= 22 for n in counts) >= 5
        assert sum(n >= 40 for n in counts) >= 5
    assert abs(statistics.median(barrier_words) - statistics.median(other_words)) <= 2
    assert abs(statistics.mean(barrier_words) - statistics.mean(other_words)) <= 2


def test_labels_are_shuffled(clauses):
    assert longest_label_run(clauses) <= 4


def test_every_domain_is_present(clauses):
    for domain, pattern in DOMAINS.items():
        hits = sum(bool(re.search(pattern, c["text"], re.IGNORECASE)) for c in clauses)
        assert hits >= 5, domain


def test_texts_are_new(clauses):
    assert duplicate_texts(clauses) == []
    assert {name: shared for name, shared in shared_with_other_sets(SET).items() if shared} == {}


def test_the_evaluation_loader_reads_the_set():
    loaded = load_clauses(SET)
    assert len(loaded) == N_CLAUSES
