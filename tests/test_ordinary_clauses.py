"""Well-formedness of ``tests/data/barriers/ordinary_clauses.yml``, the set of ORDINARY clauses (issue #4).

The set gives the barrier model the easy negatives it lacked: the everyday text of bills, decrees, resolutions and
terms of reference (titles, definitions, committees, schedules, prizes, criteria with points…), all labelled
``barrier: false``. These tests hold the file to its schema: at least 400 clauses, ids ``o-NNN`` unique and in
order, texts unique, every clause with a ``why``, every doc_type valid and used at least 50 times, and no clause
carrying the wording of a barrier from the criteria (domicile, authenticated copies, exclusivity…).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from regdesign.rules.evaluation import load_clauses

PATH = Path(__file__).resolve().parent / "data" / "barriers" / "ordinary_clauses.yml"
DOC_TYPES = {
    "proyecto_de_acuerdo",
    "proyecto_de_ley",
    "decreto",
    "resolucion",
    "terminos_de_referencia",
    "balanced",
}
KEYS = {"id", "doc_type", "barrier", "why", "text"}
MIN_CLAUSES = 400
MIN_PER_DOC_TYPE = 50

# Wording that the barrier criteria name as a barrier; an ordinary clause must not carry it.
BARRIER_WORDING = (
    r"\bdomicili",
    r"\bautenticad",
    r"\bexclusiv",
    r"\bunicamente\b",
    r"\blicencia",
    r"\bpaz y salvo\b",
    r"\biso\b",
    r"\bpersonalmente\b",
    r"\ben fisico\b",
    r"\bextra ?juicio\b",
    r"\bhuella\b",
    r"\bcamara de comercio\b",
    r"\bpoliza",
    r"\banos de experiencia\b",
    r"\bnotari",
    r"\bmarca registrada\b",
)


def _fold(text: str) -> str:
    """Lower case without accents, spaces collapsed: the form in which two texts count as the same."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@pytest.fixture(scope="module")
def clauses() -> list[dict[str, Any]]:
    data = yaml.safe_load(PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and list(data) == ["clauses"], "the file holds one mapping with a 'clauses' list"
    assert isinstance(data["clauses"], list)
    return data["clauses"]


def test_header_comment_comes_first() -> None:
    first = PATH.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ")


def test_at_least_400_clauses(clauses: list[dict[str, Any]]) -> None:
    assert len(clauses) >= MIN_CLAUSES


def test_every_clause_has_exactly_the_schema_keys(clauses: list[dict[str, Any]]) -> None:
    wrong = [(c.get("id"), sorted(set(c) ^ KEYS)) for c in clauses if set(c) != KEYS]
    assert not wrong


def test_ids_are_unique_and_numbered_in_order(clauses: list[dict[str, Any]]) -> None:
    ids = [c["id"] for c in clauses]
    assert len(ids) == len(set(ids))
    assert all(isinstance(i, str) and re.fullmatch(r"o-\d{3,}", i) for i in ids)
    assert [int(i[2:]) for i in ids] == list(range(1, len(ids) + 1))


def test_texts_are_unique_strings(clauses: list[dict[str, Any]]) -> None:
    assert all(isinstance(c["text"], str) and c["text"].strip() == c["text"] and c["text"] for c in clauses)
    duplicates = [text for text, n in Counter(_fold(c["text"]) for c in clauses).items() if n > 1]
    assert not duplicates


def test_all_clauses_are_not_barriers(clauses: list[dict[str, Any]]) -> None:
    assert all(c["barrier"] is False for c in clauses)
    assert not any("category" in c for c in clauses)


def test_doc_types_are_valid_and_each_used_at_least_50_times(clauses: list[dict[str, Any]]) -> None:
    counts = Counter(c["doc_type"] for c in clauses)
    assert set(counts) == DOC_TYPES
    assert min(counts.values()) >= MIN_PER_DOC_TYPE, counts


def test_every_clause_says_why(clauses: list[dict[str, Any]]) -> None:
    missing = [c["id"] for c in clauses if not isinstance(c["why"], str) or not c["why"].strip()]
    assert not missing
    assert all(len(c["why"].split()) <= 6 for c in clauses), "'why' is a few words"


def test_lengths_vary_from_a_line_to_a_short_paragraph(clauses: list[dict[str, Any]]) -> None:
    words = [len(c["text"].split()) for c in clauses]
    assert min(words) <= 8 and max(words) >= 30
    assert max(words) <= 60, "a clause is at most about three sentences"


@pytest.mark.parametrize("pattern", BARRIER_WORDING)
def test_no_clause_carries_barrier_wording(clauses: list[dict[str, Any]], pattern: str) -> None:
    hits = [c["id"] for c in clauses if re.search(pattern, _fold(c["text"]))]
    assert not hits


def test_the_evaluation_loader_accepts_the_file() -> None:
    loaded = load_clauses(PATH)
    assert len(loaded) >= MIN_CLAUSES and not any(c["barrier"] for c in loaded)


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ({"id": "o-001", "doc_type": "decreto", "barrier": True, "why": "x", "text": "a"}, "barrier"),
        ({"id": "o-001", "doc_type": "circular", "barrier": False, "why": "x", "text": "a"}, "doc_type"),
        ({"id": "o-001", "doc_type": "decreto", "barrier": False, "why": " ", "text": "a"}, "why"),
    ],
)
def test_the_checks_catch_a_bad_clause(bad: dict[str, Any], problem: str) -> None:
    """The checks above are not vacuous: each rejects a clause that breaks its rule."""
    with pytest.raises(AssertionError):
        if problem == "barrier":
            test_all_clauses_are_not_barriers([bad])
        elif problem == "doc_type":
            test_doc_types_are_valid_and_each_used_at_least_50_times([bad])
        else:
            test_every_clause_says_why([bad])
