"""Well-formedness of the THIRTY-SEVENTH held-out labelled set of barrier clauses (tests/data/barriers/heldout37_clauses.yml).

The set (124 clauses: 58 barriers across all 18 barrier categories, each used at least three times, and ANTITRAMITES,
CONTRATACION and TRANSFORMACION-DIGITAL at least four times; 66 non-barriers: 34 ordinary clauses of the same
documents and 32 hard near misses), on domains not used before (portable toilet rental, emerald cutters and
lapidaries, guinea-pig breeders and cuy roasters, guadua processors, artisanal salt works, marble and headstone
workshops, cassava-starch mills, podiatry practices, cleaning of water-storage tanks, sombrero vueltiao makers, calls
for proposals for community mangrove restoration), was written BLIND on 2026-12-02, from
../shared/domain/barrier_criteria.md and the real texts of the shared corpus only: its author did not open the rule
packs, regdesign/nlp/, tools/, the model, or the clauses of the other labelled sets (only their header comments, for
the domains already used, and the first 60 lines of heldout8_clauses.yml, for the format), and did not run the check
or the model on it. It ships in the repository, so these tests run from a fresh clone.

Particular to set 37, here: its counts, header marks and a few data checks of its own (unsealed once measured, the
category depth, the two-category lists, the ordinary / near-miss split and the document types its header promises). The
checks every blind set shares (schema, categories, counts against the header, lengths per label, order, novelty) run in
tests/test_barrier_sets.py. Its one measurement, and the floors it set, are at the end of this module.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from barrierset import CATEGORIES, DOC_TYPES, categories, header, labels_by_doc_type, raw_clauses, words

N_CLAUSES = 124
N_BARRIERS = 58
ORDINAL = "THIRTY-SEVENTH"  # the header names the set by its ordinal
SEED = 20262310
DATE = "2026-12-02"  # the day it was written, as the header says
HEADER_MARKS = (
    "DOMAINS NOT USED BEFORE",
    "BLIND",
    "2026-12-02",
    "baños portátiles",
    "restauración de manglares",
)
FORMAT_FROM = "heldout8_clauses.yml"  # the set whose format it follows
N_ORDINARY, N_NEAR_MISSES = 34, 32
SHORT_AND_LONG = 7  # clauses of <= 22 and of >= 40 words under each label, at least

ROOT = Path(__file__).parent.parent
SET = ROOT / "tests" / "data" / "barriers" / "heldout37_clauses.yml"


def test_measured_once_so_no_longer_sealed():
    """It was sealed (tests/data/SEALED) while it was written; its one measurement is recorded below, so `make eval`
    now includes it."""
    sealed = (ROOT / "tests" / "data" / "SEALED").read_text(encoding="utf-8").splitlines()
    assert "tests/data/barriers/heldout37_clauses.yml" not in sealed
    assert FLOORS[0] > 0.85 and FLOORS[1] > 0.85


def test_category_depth_as_the_header_says():
    barriers = [c for c in raw_clauses(SET) if c["barrier"]]
    counts = Counter(cat for c in barriers for cat in categories(c))
    assert set(counts) == CATEGORIES
    assert min(counts.values()) >= 3, counts
    assert all(counts[cat] >= 4 for cat in ("ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL")), counts
    assert "Every one of the 18 categories is used at least three times" in header(SET).replace("\n# ", " ")


def test_two_categories_only_where_they_truly_apply():
    """A few barriers carry two categories (a list); most carry one, so the list is the exception, not the habit."""
    lists = [c for c in raw_clauses(SET) if c["barrier"] and isinstance(c["category"], list)]
    assert 1 <= len(lists) <= 6


def test_every_document_type_holds_both_labels_in_depth():
    """Each of the four document types holds at least twelve barriers and twelve non-barriers, so the type gives the
    label away in neither direction."""
    by_type = labels_by_doc_type(raw_clauses(SET))
    assert set(by_type) == DOC_TYPES
    assert all(counts[True] >= 12 and counts[False] >= 12 for counts in by_type.values()), by_type


def test_short_and_long_clauses_under_each_label_as_the_header_says():
    clauses = raw_clauses(SET)
    for label in (True, False):
        lengths = [words(c["text"]) for c in clauses if c["barrier"] is label]
        assert sum(n <= 22 for n in lengths) >= SHORT_AND_LONG, (label, sorted(lengths))
        assert sum(n >= 40 for n in lengths) >= SHORT_AND_LONG, (label, sorted(lengths))
    assert "Both labels hold clauses of 22 words or fewer and of 40 words or more" in header(SET).replace("\n# ", " ")


def test_every_clause_says_why():
    """Every clause, barrier or not, carries its own short reason, and no two reasons are the same."""
    whys = [c["why"] for c in raw_clauses(SET)]
    assert all(isinstance(why, str) and why.strip() for why in whys)
    assert len(set(whys)) == len(whys)


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-12-02, sixteenth session, after rule round 29 and with the shipped model, trained on
# sets 1-5, 7-31 and the ordinary clauses, cut 0.55), blind: no rule had seen the set, the model was not trained on it,
# and it was sealed (tests/data/SEALED) before it was written. The annotator never opened the rule packs or the model
# (they report seeing, in a failing novelty check, that two of their first wordings stood in other sets, and reworded
# them).
#   rules only:    P 0.974 R 0.655 (tp 38, fp 1, fn 20, tn 65)   (set 36, blind: P 0.947 R 0.610)
#   rules + model: P 0.950 R 0.983 (tp 57, fp 3, fn 1, tn 63)   (issue's targets: P >= 0.9, R >= 0.85)
#   per category (micro), rules + model: P 0.824 R 0.903
# Miss: a ban on showing the carats and grade of emeralds in shop windows (information hidden from buyers, OCDE-D3).
# False alarms: OCDE-D3-PRECIO-OCULTO on a technical specification of portable toilets; the model on proportional
# financial indices and on inspection visits by health officers.
# Category slips: paper-only medical records read as TRANSFORMACION-DIGITAL (set: D2), in-person presence read as
# ANTITRAMITES (set: TRANSFORMACION-DIGITAL), a new permit read as ANTITRAMITES by the model (set: A2), an exit fee read
# as D2 by the model (set: A4); second categories the clause also fits (original certificates also CONTRATACION,
# experience only with the entity also B4, a promotion channel also A2 and D1, a minimum tariff also B2).
# Floors: the figures minus 0.03.
FLOORS = (0.950 - 0.03, 0.983 - 0.03)  # precision, recall of rules + model: checked in tests/test_barrier_sets.py
