"""The barrier findings of ``run_rules`` are pinned: the same texts give the same findings (rule, span, message).

``tests/data/barriers/golden_findings.json`` records, for barrier-category rules only (plain-language and definition
rules belong to another stage), every finding on: the labelled clauses of the evaluation set, this repository's
bills and terms of reference and their first drafts (files shipped in ``tests/data/barriers/drafts``), and the
public legal corpus in ``../shared/corpus`` (read as decree, bill and terms of reference, so every ``applies_to``
combination runs). Speed work on the engine must leave it unchanged; a deliberate rule change regenerates it with
``python tests/test_barrier_golden.py --update`` and the diff is reviewed.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "barriers"
GOLDEN = DATA / "golden_findings.json"
DRAFTS = DATA / "drafts"
CORPUS = REPO.parent / "shared" / "corpus"
CORPUS_TYPES = ("proyecto_de_acuerdo", "proyecto_de_ley", "terminos_de_referencia")


def _findings(document: Any, ruleset: Any) -> list[list[Any]]:
    from regdesign.rules.engine import is_barrier_category, run_rules

    return [
        [f.rule, f.start, f.end, f.message] for f in run_rules(document, ruleset) if is_barrier_category(f.category)
    ]


def _repository_documents() -> Iterator[tuple[str, Any]]:
    from regdesign.parse import parse_document

    for folder in ("bills", "terms_of_reference"):
        for path in sorted((REPO / folder).glob("*.md")):
            yield f"{folder}/{path.name}", parse_document(path.read_text(encoding="utf-8"), f"{folder}/{path.name}")
    for path in sorted(DRAFTS.glob("*.md")):
        yield f"drafts/{path.name}", parse_document(path.read_text(encoding="utf-8"), path.name)


def _clause_documents() -> Iterator[tuple[str, Any]]:
    from regdesign.model import Document
    from regdesign.rules.evaluation import DEFAULT_CLAUSES, load_clauses

    for clause in load_clauses(DEFAULT_CLAUSES):
        yield f"clause/{clause['id']}", Document(path="", text=clause["text"], type=clause.get("doc_type"))


def _corpus_documents(corpus: Path) -> Iterator[tuple[str, Any]]:
    from regdesign.model import Document

    for path in sorted(corpus.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for doc_type in CORPUS_TYPES:
            yield f"corpus/{path.name}@{doc_type}", Document(path=path.name, text=text, type=doc_type)


def compute(corpus: Path | None) -> dict[str, list[list[Any]]]:
    from regdesign.rules.engine import load_rules

    ruleset = load_rules()
    sources = [_repository_documents(), _clause_documents()]
    if corpus is not None:
        sources.append(_corpus_documents(corpus))
    return {key: _findings(document, ruleset) for source in sources for key, document in source}


@pytest.fixture(scope="module")
def golden() -> dict[str, list[list[Any]]]:
    return json.loads(GOLDEN.read_text(encoding="utf-8"))


def _compare(actual: dict[str, list[list[Any]]], golden: dict[str, list[list[Any]]], prefix: str) -> None:
    expected = {key: value for key, value in golden.items() if key.startswith(prefix)}
    assert expected, f"golden file has no {prefix} entries"
    actual = {key: value for key, value in actual.items() if key.startswith(prefix)}
    assert sorted(actual) == sorted(expected)
    for key in expected:
        assert actual[key] == expected[key], key


def test_repository_and_clauses_match_golden(golden: dict[str, list[list[Any]]]) -> None:
    actual = compute(None)
    for prefix in ("bills/", "terms_of_reference/", "drafts/", "clause/"):
        _compare(actual, golden, prefix)


def test_final_versions_have_no_barriers_and_drafts_do(golden: dict[str, list[list[Any]]]) -> None:
    for key, findings in golden.items():
        if key.startswith(("bills/", "terms_of_reference/")):
            assert findings == [], key
        elif key.startswith("drafts/"):
            assert findings, key


# Barriers planted in the first drafts, written in words the packs once missed: (rule, words of the finding).
PLANTED = {
    "sandbox_govtech_movilidad.md": [
        ("OCDE-A3-GRUPO-RESTRINGIDO", "Sólo podrán participar"),
        ("CONTRATACION-L1150-EXPERIENCIA-PUBLICA", "en contratos con entidades públicas"),
        ("CONTRATACION-L1150-ISO9001-ELEGIBILIDAD", "ISO 9001"),
        ("OCDE-A4-TASA", "paguen un derecho de inscripción"),
    ],
    "reto_publico_2027.md": [
        ("CONTRATACION-L1150-COSTO-PARTICIPAR", "pagar un costo de participación"),
        ("CONTRATACION-L80-RECHAZO-FORMAL", "errores de forma serán rechazadas"),
        ("CONTRATACION-L1150-COSTO-PARTICIPAR-FM", "text"),
    ],
}


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_planted_barriers_of_first_drafts_are_found(name: str) -> None:
    from regdesign.parse import parse_document
    from regdesign.rules.engine import load_rules, run_rules

    document = parse_document((DRAFTS / name).read_text(encoding="utf-8"), name)
    findings = run_rules(document, load_rules())
    for rule, words in PLANTED[name]:
        hits = [f for f in findings if f.rule == rule]
        assert hits, f"{name}: {rule} not found"
        assert any(words in document.text[f.start : f.end] for f in hits), (rule, [f.message for f in hits])


def test_corpus_matches_golden(shared_corpus: Path, golden: dict[str, list[list[Any]]]) -> None:
    _compare(compute(shared_corpus), golden, "corpus/")


if __name__ == "__main__":
    if "--update" not in sys.argv:
        sys.exit("usage: python tests/test_barrier_golden.py --update")
    data = compute(CORPUS if CORPUS.is_dir() else None)
    temporary = GOLDEN.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(temporary, GOLDEN)
    print(f"{GOLDEN}: {sum(len(v) for v in data.values())} findings in {len(data)} texts")
