"""Regression guard: the barrier rules on a SECOND held-out labelled set (tests/data/barriers/heldout2_clauses.yml).

The set (120 clauses: 64 barriers across all 18 barrier categories, 56 hard near misses) was written from
../shared/domain/barrier_criteria.md and the shared corpus only, without reading the rule packs, the rule engine,
the barrier briefs or the other labelled sets, with wordings chosen to differ from the textbook examples. It ships
in the repository, so these tests run from a fresh clone. Never tune rules on these exact sentences.

Floors = overall (binary barrier / not barrier) precision and recall measured when the set was built, minus 0.03.
"""

from __future__ import annotations

from pathlib import Path

from regdesign.rules.evaluation import evaluate_barriers, load_clauses

HELDOUT2 = Path(__file__).parent / "data" / "barriers" / "heldout2_clauses.yml"
# Measured when the set was built (ruleset of that day, no tuning): precision 0.907 (39/43), recall 0.609 (39/64).
# After the second round of general rules (paraphrases, split sentences, national-norm and negation cues):
# precision 0.983 (56/57), recall 0.875 (56/64).
# Targets: P >= 0.9, R >= 0.85. Raise the floors when the rules improve (by generalising, not by fitting these).
PRECISION_FLOOR = 0.983 - 0.03
RECALL_FLOOR = 0.875 - 0.03

CATEGORIES = {
    f"OCDE-{letter}{n}" for letter, top in (("A", 5), ("B", 4), ("C", 3), ("D", 3)) for n in range(1, top + 1)
}
CATEGORIES |= {"ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"}
DOC_TYPES = {"proyecto_de_acuerdo", "decreto", "resolucion", "terminos_de_referencia"}


def _categories(clause: dict) -> set[str]:
    category = clause["category"]
    return {category} if isinstance(category, str) else set(category)


def test_heldout2_set_is_well_formed_and_balanced():
    clauses = load_clauses(HELDOUT2)
    assert len(clauses) == 120
    ids = [c["id"] for c in clauses]
    assert len(set(ids)) == len(ids)
    assert len({c["text"] for c in clauses}) == len(clauses)
    barriers = [c for c in clauses if c["barrier"]]
    assert 0.4 <= len(barriers) / len(clauses) <= 0.6
    assert {c["doc_type"] for c in clauses} <= DOC_TYPES
    for clause in barriers:
        assert _categories(clause) <= CATEGORIES, clause["id"]
    for clause in clauses:
        if not clause["barrier"]:
            assert "category" not in clause, clause["id"]
    # Every category is labelled on some barrier, so per-category numbers exist.
    assert set().union(*(_categories(c) for c in barriers)) == CATEGORIES


def test_barrier_rules_on_heldout2_set_do_not_regress():
    result = evaluate_barriers(HELDOUT2)
    overall = result["overall"]
    assert result["clauses"] == 120
    assert overall["tp"] + overall["fn"] == 64
    assert overall["fp"] + overall["tn"] == 56
    assert overall["precision"] >= PRECISION_FLOOR, overall
    assert overall["recall"] >= RECALL_FLOOR, overall
