"""Shared well-formedness helpers of the held-out labelled sets of barrier clauses (tests/data/barriers/*_clauses.yml).

Owns the vocabulary of a labelled clause set (the 18 barrier categories, the document types, the keys of a barrier and
of a non-barrier clause) and small readers and checks the held-out barrier tests repeat: the raw YAML clauses, the
comment header, a clause's categories, word counts, normalised texts, schema and category errors (lists of strings,
empty when the set is well-formed), duplicate texts, labels per document type, word counts per label, the longest run
of one label and the texts shared with the other labelled sets.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

from regdesign.rules.evaluation import load_clauses

CATEGORIES = {
    f"OCDE-{letter}{n}" for letter, top in (("A", 5), ("B", 4), ("C", 3), ("D", 3)) for n in range(1, top + 1)
} | {"ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"}
DOC_TYPES = {"proyecto_de_acuerdo", "decreto", "resolucion", "terminos_de_referencia"}
BARRIER_KEYS = {"id", "doc_type", "barrier", "category", "why", "text"}
NON_BARRIER_KEYS = BARRIER_KEYS - {"category"}


def raw_clauses(path: Path) -> list[dict]:
    """The clauses of a labelled set as written in its YAML (no normalisation by the evaluation loader)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))["clauses"]


def header(path: Path) -> str:
    """The comment lines (``#``) of a labelled set's YAML file, joined."""
    return "".join(line for line in path.read_text(encoding="utf-8").splitlines(True) if line.startswith("#"))


def categories(clause: dict) -> list[str]:
    """The categories of a barrier clause as a list (a single category is written as a string)."""
    category = clause["category"]
    return [category] if isinstance(category, str) else list(category)


def words(text: str) -> int:
    return len(text.split())


def normalised(text: str) -> str:
    """Whitespace-collapsed, case-folded text: the identity of a clause across sets."""
    return re.sub(r"\s+", " ", text).strip().casefold()


def schema_errors(clauses: list[dict]) -> list[str]:
    """Clauses whose keys or value types break the set's schema (exact keys, doc type, text >= 10 words, short why)."""
    errors = []
    for clause in clauses:
        cid = clause.get("id")
        if not isinstance(clause.get("barrier"), bool):
            errors.append(f"{cid}: barrier is not a bool")
            continue
        expected = BARRIER_KEYS if clause["barrier"] else NON_BARRIER_KEYS
        if set(clause) != expected:
            errors.append(f"{cid}: keys {sorted(set(clause))} != {sorted(expected)}")
            continue
        if clause["doc_type"] not in DOC_TYPES:
            errors.append(f"{cid}: bad doc_type {clause['doc_type']!r}")
        if not (isinstance(clause["text"], str) and words(clause["text"]) >= 10):
            errors.append(f"{cid}: text missing or shorter than 10 words")
        if not (isinstance(clause["why"], str) and 10 <= len(clause["why"]) <= 140):
            errors.append(f"{cid}: why missing or not 10-140 characters")
    return errors


def category_errors(clauses: list[dict]) -> list[str]:
    """Barrier clauses whose category is not a known one, or a list that does not hold two distinct ones."""
    errors = []
    for clause in (c for c in clauses if c["barrier"]):
        category = clause["category"]
        if not isinstance(category, (str, list)):
            errors.append(f"{clause['id']}: category is neither a string nor a list")
            continue
        if isinstance(category, list) and not (len(category) == 2 and len(set(category)) == 2):
            errors.append(f"{clause['id']}: a category list must hold two distinct categories")
        if not set(categories(clause)) <= CATEGORIES:
            errors.append(f"{clause['id']}: unknown category {category!r}")
    return errors


def longest_label_run(clauses: list[dict]) -> int:
    """Length of the longest run of consecutive clauses with the same label."""
    labels = [c["barrier"] for c in clauses]
    longest, run = 1, 1
    for previous, current in zip(labels, labels[1:], strict=False):
        run = run + 1 if current == previous else 1
        longest = max(longest, run)
    return longest


def shared_with_other_sets(path: Path) -> dict[str, set[str]]:
    """For every other labelled set next to ``path`` (``*clauses.yml``), the normalised texts it shares with it."""
    mine = {normalised(c["text"]) for c in load_clauses(path)}
    others = sorted(p for p in path.parent.glob("*clauses.yml") if p.name != path.name)
    return {other.name: mine & {normalised(c["text"]) for c in load_clauses(other)} for other in others}


def duplicate_texts(clauses: list[dict]) -> list[str]:
    """Normalised texts that stand more than once in the set."""
    seen = Counter(normalised(c["text"]) for c in clauses)
    return [text for text, n in seen.items() if n > 1]


def labels_by_doc_type(clauses: list[dict]) -> dict[str, Counter]:
    """For each document type, how many of its clauses are barriers (True) and how many are not (False)."""
    by_type: dict[str, Counter] = {}
    for clause in clauses:
        by_type.setdefault(clause["doc_type"], Counter())[clause["barrier"]] += 1
    return by_type


def word_counts_by_label(clauses: list[dict]) -> tuple[list[int], list[int]]:
    """(word counts of the barrier clauses, word counts of the other clauses), in set order."""
    return [words(c["text"]) for c in clauses if c["barrier"]], [words(c["text"]) for c in clauses if not c["barrier"]]
