"""The check's per-finding fast paths give what the plain computations give.

* ``run_rules`` builds each finding once, after sorting, with the line, column and provision of
  :class:`~regdesign.model.LineIndex` and :meth:`Document.provision_at`, so ``analyze_document`` passes the engine's
  findings through unchanged;
* ``run_rules(..., stats=...)`` counts the body's words while splitting paragraphs: ``len(body.split())``;
* ``_with_path`` (forward-only locator) equals the LineIndex version; ``_select`` equals ``_selected`` per finding;
* ``analyze_document`` gives the same findings, in the same order, as the straightforward pipeline.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regdesign.check import _apply_suppressions, _select, _selected, _with_path, analyze_document, load_ruleset
from regdesign.config import Config
from regdesign.model import Document, Finding, LineIndex
from regdesign.parse import parse_document
from regdesign.resolve import check_references
from regdesign.rules.engine import load_rules, run_rules
from regdesign.structure import check_structure

REPO = Path(__file__).resolve().parent.parent
DOCUMENTS = sorted((REPO / "bills").glob("*.md")) + sorted((REPO / "tests/data/barriers/drafts").glob("*.md"))
RULESET = load_rules()

PIECES = [
    "Artículo 1. Objeto. ",
    "### Artículo 2. Requisitos.\n\n",
    "Parágrafo. ",
    "Se exigirá copia autenticada de la cédula. ",
    "Los proponentes deberán tener domicilio en Medellín. ",
    "Se debe de tener en cuenta lo anterior, la cual cosa es necesaria. ",
    "según el artículo 9 de la Ley 80 de 1993. ",
    "presentar el formulario en físico en la ventanilla. ",
    "El SECOP y la DIAN ",
    "\n",
    "\n\n",
    "\n \t\n",
    "\t",
    "\xa0",
    "\u2028",
    "\x1c",
    "  ",
    "x" * 900,
    "palabra " * 300,
]
FRONT_MATTER = (
    "---\ntype: terminos_de_referencia\ntitle: Convocatoria\nguarantees:\n  - type: seriedad\n    percent: 20\n---\n"
)


def _reference_with_path(findings: list[Finding], document: Document) -> list[Finding]:
    """The plain version: a line index of the whole text, the document's provision search for every finding."""
    index = LineIndex(document.text)
    fixed = []
    for finding in findings:
        line, column = index.line_col(min(finding.start, len(document.text)))
        changes: dict[str, Any] = {}
        if finding.path != document.path:
            changes["path"] = document.path
        if (finding.line, finding.column) != (line, column) and finding.start:
            changes["line"], changes["column"] = line, column
        if finding.provision is None:
            provision = document.provision_at(finding.start)
            if provision is not None:
                changes["provision"] = provision.id
        fixed.append(replace(finding, **changes) if changes else finding)
    return fixed


def _reference_findings(document: Document, config: Config) -> list[Finding]:
    """analyze_document's findings computed the straightforward way (every finding through every step)."""
    findings: list[Finding] = list(document.problems)
    findings += check_structure(document, min_business_days=config.min_business_days)
    findings += check_references(document)[1]
    findings += run_rules(document, load_ruleset(config))
    findings = _apply_suppressions(document, findings)
    findings = [f for f in findings if _selected(f, config)]
    return sorted(_reference_with_path(findings, document), key=Finding.sort_key)


def _assert_engine_findings_located(document: Document, findings: list[Finding]) -> None:
    assert [f.sort_key() for f in findings] == sorted(f.sort_key() for f in findings)
    for finding in findings:
        assert finding.path == document.path
        assert (finding.line, finding.column) == document.line_col(finding.start)
        provision = document.provision_at(finding.start)
        assert finding.provision == (provision.id if provision else None)
    # nothing left for _with_path to fix: it returns the very same objects
    assert all(a is b for a, b in zip(_with_path(findings, document), findings, strict=True))


def test_engine_findings_need_no_fixing_on_real_documents() -> None:
    assert DOCUMENTS
    for path in DOCUMENTS:
        document = parse_document(path.read_text(encoding="utf-8"), path.name)
        findings = run_rules(document, RULESET)
        _assert_engine_findings_located(document, findings)


@settings(max_examples=60, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), max_size=30), front=st.booleans())
def test_engine_findings_and_word_count_on_generated_documents(pieces: list[str], front: bool) -> None:
    text = (FRONT_MATTER if front else "") + "".join(pieces)
    document = parse_document(text, "gen.md")
    stats: dict[str, int] = {}
    findings = run_rules(document, RULESET, stats=stats)
    _assert_engine_findings_located(document, findings)
    assert stats["body_words"] == len(document.text[document.body_start :].split())


def test_word_count_is_absent_without_text_rules() -> None:
    ruleset = load_rules(config={"select": ["MODELO"]})
    stats: dict[str, int] = {}
    run_rules(parse_document("Artículo 1. Objeto. Regular.", "a.md"), ruleset, stats=stats)
    assert "body_words" not in stats


@settings(max_examples=40, deadline=None)
@given(
    offsets=st.lists(st.integers(-3, 400), max_size=25),
    known=st.lists(st.booleans(), min_size=25, max_size=25),
    text=st.sampled_from([p.read_text(encoding="utf-8")[:400] for p in DOCUMENTS[:3]] + ["a\nb\n\nc"]),
)
def test_with_path_equals_line_index_version(offsets: list[int], known: list[bool], text: str) -> None:
    document = parse_document(text, "doc.md")
    findings = [
        Finding(
            rule="X",
            severity="info",
            message="m",
            path="other.md" if i % 3 == 0 else "doc.md",
            start=offset,
            end=max(offset, 0),
            line=1 + i % 2,
            column=1,
            provision="p" if known[i] else None,
        )
        for i, offset in enumerate(offsets)
    ]
    assert _with_path(findings, document) == _reference_with_path(findings, document)


@pytest.mark.parametrize(
    ("select", "ignore"),
    [((), ()), (("ANTITRAMITES",), ()), ((), ("LENGUAJE",)), (("OCDE", "LENGUAJE-"), ("OCDE-A5",)), ((), ("ALL",))],
)
def test_select_equals_selected_per_finding(select: tuple[str, ...], ignore: tuple[str, ...]) -> None:
    config = Config(select=select, ignore=ignore)
    document = parse_document(DOCUMENTS[0].read_text(encoding="utf-8"), DOCUMENTS[0].name)
    findings = run_rules(document, RULESET) + check_structure(document)
    assert findings
    assert _select(findings, config) == [f for f in findings if _selected(f, config)]


@pytest.mark.parametrize("config", [Config(), Config(ignore=("LENGUAJE",)), Config(select=("OCDE", "ESTRUCTURA"))])
def test_analyze_document_equals_straightforward_pipeline(config: Config) -> None:
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        if path == DOCUMENTS[0]:  # a suppression too
            text = text.replace("### Artículo 2", "<!-- regdesign-disable all -->\n\n### Artículo 2", 1)
        document = parse_document(text, path.name)
        result = analyze_document(document, config)
        assert list(result.findings) == _reference_findings(document, config), path.name
        assert result.words == len(document.text[document.body_start :].split())
