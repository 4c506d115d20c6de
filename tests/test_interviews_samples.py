"""Interviews on the repository's real terms of reference, and lint of what interviews generate."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from regdesign.check import analyze_document
from regdesign.config import Config
from regdesign.interviews.engine import load_answers, run_interview
from regdesign.interviews.generate import generate_bidder_interview, interview_matches, read_front_matter
from regdesign.parse import parse_document

REPO = Path(__file__).resolve().parents[1]
ANSWERS = REPO / "tests" / "data" / "interviews" / "samples"
STRUCTURAL = ("ESTRUCTURA-", "TDR-", "FRONTMATTER-", "REF-INTERNA-ROTA", "PARSE-")


@pytest.mark.parametrize("name", ["innovacion_abierta_2027", "reto_movilidad_segura_2027"])
def test_bidder_interview_for_each_sample_call(name, tmp_path):
    tor = REPO / "terms_of_reference" / f"{name}.md"
    interview = generate_bidder_interview(tor, tmp_path / f"{name}.yml")
    assert interview_matches(interview, tor)
    declared, answers = load_answers(ANSWERS / f"{name}_elegible.answers.yml")
    assert Path(declared).as_posix() == f"interviews/generated/{name}.yml"
    result = run_interview(interview, answers, tmp_path / "out")
    call, _ = read_front_matter(tor)
    documents = {path.suffix: path for path in result.documents if "carta" in path.name}
    assert {".docx", ".md", ".pdf"} <= set(documents)
    letter = "\n".join(p.text for p in docx.Document(str(documents[".docx"])).paragraphs)
    assert call["title"] in letter and answers["nombre_proponente"] in letter
    for path in result.documents:
        if path.suffix != ".md":
            continue
        findings = analyze_document(parse_document(path.read_text(encoding="utf-8"), path.name), Config()).findings
        assert [f for f in findings if f.severity == "error" or f.rule.startswith(STRUCTURAL)] == []


def test_author_interview_tor_passes_the_whole_check(tmp_path):
    declared, answers = load_answers(REPO / "interviews" / "tor_author.answers.yml")
    result = run_interview(REPO / declared, answers, tmp_path)
    markdown = next(p for p in result.documents if p.suffix == ".md")
    document = parse_document(markdown.read_text(encoding="utf-8"), "terms_of_reference/generada.md")
    findings = analyze_document(document, Config()).findings
    assert [(f.rule, f.message) for f in findings if f.severity == "error" or f.rule.startswith(STRUCTURAL)] == []
