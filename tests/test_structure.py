"""Tests of regdesign.structure: numbering, duplicates, empty provisions, parágrafos, epigraphs, ToR data."""

from __future__ import annotations

from pathlib import Path

import pytest

from regdesign.model import Finding
from regdesign.parse import parse_document, read_document
from regdesign.structure import check_structure

DATA = Path(__file__).parent / "data" / "parse"

BILL = "---\ntype: proyecto_de_acuerdo\ntitle: Prueba\n---\n"
TDR_HEAD = (
    "---\ntype: terminos_de_referencia\ntitle: Convocatoria\nentity: Secretaría\nobject: Objeto\n"
    "schedule:\n  publication: {publication}\n  questions_until: {questions}\n  closing: {closing}\n"
    "criteria:\n  - {{id: C1, name: Técnica, points: {p1}}}\n  - {{id: C2, name: Impacto, points: {p2}}}\n---\n"
    "## 1. PRESENTACIÓN\n\nTexto.\n"
)


def tdr(
    publication: str = "2027-02-01",
    questions: str = "2027-02-05",
    closing: str = "2027-03-01",
    p1: int = 60,
    p2: int = 40,
) -> str:
    return TDR_HEAD.format(publication=publication, questions=questions, closing=closing, p1=p1, p2=p2)


def rules(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


def check(text: str, **options: int) -> tuple[str, list[Finding]]:
    document = parse_document(text, "doc.md")
    findings = check_structure(document, **options)
    for finding in findings:  # positions are exact and lines/columns agree with them
        assert 0 <= finding.start <= finding.end <= len(text)
        assert document.line_col(finding.start) == (finding.line, finding.column)
        assert finding.category == "ESTRUCTURA" and finding.basis and finding.message and finding.message_en
        assert finding.path == "doc.md"
    return text, findings


def test_clean_fixtures_and_samples_have_no_findings(repo_root: Path) -> None:
    files = [
        DATA / "acuerdo_basico.md",
        DATA / "tdr_basico.md",
        *sorted((repo_root / "bills").glob("*.md")),
        *sorted((repo_root / "terms_of_reference").glob("*.md")),
    ]
    for file in files:
        assert check_structure(read_document(file)) == [], file


def test_numbering_gap_message_and_position() -> None:
    text, findings = check(
        BILL + "### Artículo 1. Uno.\n\nA.\n\n### Artículo 2. Dos.\n\nB.\n\n"
        "### Artículo 3. Tres.\n\nC.\n\n### Artículo 5. Cinco.\n\nD.\n"
    )
    (finding,) = findings
    assert finding.rule == "ESTRUCTURA-NUMERACION" and finding.severity == "error"
    assert finding.message == "Falta el artículo 4: la numeración salta del 3 al 5"
    assert text[finding.start : finding.end] == "Artículo 5."
    assert finding.provision == "art_5" and finding.line == 17 and finding.column == 5
    assert "Decreto 1081 de 2015" in finding.basis


@pytest.mark.parametrize(
    ("numbers", "message"),
    [
        ((1, 2, 6), "Faltan los artículos 3 a 5: la numeración salta del 2 al 6"),
        ((1, 4), "Faltan los artículos 2 y 3: la numeración salta del 1 al 4"),
        ((2, 3), "Falta el artículo 1: la numeración empieza en el 2"),
        ((1, 3, 2), None),
    ],
)
def test_numbering_variants(numbers: tuple[int, ...], message: str | None) -> None:
    body = "".join(f"ARTÍCULO {n}. EPÍGRAFE. Texto.\n" for n in numbers)
    _text, findings = check(BILL + body)
    numbering = [f for f in findings if f.rule == "ESTRUCTURA-NUMERACION"]
    if message is None:
        assert [f.message for f in numbering][-1] == "La numeración retrocede: el artículo 2 viene después del 3"
    else:
        assert [f.message for f in numbering] == [message]


def test_ordinal_and_lettered_articles_are_in_sequence() -> None:
    body = (
        "ARTÍCULO PRIMERO. UNO. Texto.\nARTÍCULO SEGUNDO. DOS. Texto.\nARTÍCULO 2A. BIS. Texto.\n"
        "ARTÍCULO 3. TRES. Texto.\n"
    )
    _text, findings = check(BILL + body)
    assert findings == []


def test_duplicate_article() -> None:
    text, findings = check(BILL + "ARTÍCULO 1. UNO. Uno.\nARTÍCULO 2. DOS. Dos.\nARTÍCULO 2. OTRO. Otra vez.\n")
    (finding,) = findings
    assert finding.rule == "ESTRUCTURA-DUPLICADO" and finding.severity == "error"
    assert finding.provision == "art_2__dup2" and finding.line == 7
    assert text[finding.start : finding.end] == "ARTÍCULO 2."


def test_duplicate_placeholder_of_struck_down_article_is_not_reported() -> None:
    body = (
        "ARTÍCULO 22. A. Texto.\nARTÍCULO 23. B. <Artículo INEXEQUIBLE>\nARTÍCULO 23. C. Texto.\nARTÍCULO 24. D. X.\n"
    )
    assert check_structure(parse_document(body)) == []


def test_empty_provisions() -> None:
    text, findings = check(BILL + "### Artículo 1. Objeto.\n\n### Artículo 2. Fin.\n\nTexto.\n\nParágrafo.\n")
    assert rules(findings) == ["ESTRUCTURA-VACIO", "ESTRUCTURA-VACIO"]
    assert [text[f.start : f.end] for f in findings] == ["Artículo 1.", "Parágrafo."]
    assert findings[0].message == "El artículo «Artículo 1» no tiene texto"


def test_article_with_only_children_is_not_empty() -> None:
    _text, findings = check(BILL + "ARTÍCULO 1. DEFINICIONES.\n1. Uno: algo.\n2. Dos: otra cosa.\n")
    assert findings == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Parágrafo 1.", "Parágrafo 2."), []),
        (("Parágrafo 1.", "Parágrafo 3."), ["se esperaba el 2 y aparece el 3"]),
        (("Parágrafo 1.", "Parágrafo 1."), ["está repetido"]),
        (("Parágrafo.", "Parágrafo 2."), ["mezcla un parágrafo sin número"]),
        (("Parágrafo.", "Parágrafo único."), ["varios parágrafos sin número"]),
        (("Parágrafo 1.",), ["un solo parágrafo y está numerado"]),
        (("Parágrafo.", "Parágrafo transitorio."), []),
    ],
)
def test_paragraph_numbering(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    body = "ARTÍCULO 1. OBJETO. Texto.\n" + "".join(f"{p} Texto.\n" for p in paragraphs)
    text, findings = check(BILL + body)
    assert rules(findings) == ["ESTRUCTURA-PARAGRAFO"] * len(expected)
    for finding, fragment in zip(findings, expected, strict=True):
        assert fragment in finding.message and finding.severity == "warning"
        assert text[finding.start : finding.end].startswith("Parágrafo")


@pytest.mark.parametrize(
    ("doc_type", "expected"), [("proyecto_de_acuerdo", 1), ("proyecto_de_ley", 1), ("decreto", 1), ("resolucion", 0)]
)
def test_epigraph_required_by_type(doc_type: str, expected: int) -> None:
    text = f"---\ntype: {doc_type}\ntitle: X\n---\n### Artículo 1. Objeto.\n\nA.\n\n### Artículo 2.\n\nB.\n"
    _text, findings = check(text)
    assert rules(findings) == ["ESTRUCTURA-EPIGRAFE"] * expected
    if expected:
        assert findings[0].provision == "art_2" and findings[0].message.startswith("El artículo 2 no tiene epígrafe")


def test_plain_law_gets_only_numbering_and_duplicates() -> None:
    text = "ARTÍCULO 1. Texto sin epígrafe.\nPARÁGRAFO 1. Solo.\nARTÍCULO 3.\nARTÍCULO 3. Otra.\n"
    _text, findings = check(text)
    assert rules(findings) == ["ESTRUCTURA-NUMERACION", "ESTRUCTURA-DUPLICADO"]


def test_tdr_clean() -> None:
    _text, findings = check(tdr())
    assert findings == []


def test_tdr_points_must_add_up_to_100() -> None:
    text, findings = check(tdr(p1=50, p2=40))
    (finding,) = findings
    assert finding.rule == "TDR-PUNTAJE" and finding.severity == "error"
    assert finding.message == "Los puntajes de los criterios de evaluación suman 90, no 100"
    assert text[finding.start : finding.end] == "criteria" and finding.line == 10
    assert "Ley 1150 de 2007, art. 5" in finding.basis and "Ley 80 de 1993, art. 24 num. 5" in finding.basis


def test_tdr_schedule_out_of_order() -> None:
    text, findings = check(tdr(questions="2027-01-20"))
    (finding,) = findings
    assert finding.rule == "TDR-CRONOGRAMA" and finding.severity == "error"
    assert text[finding.start : finding.end] == "questions_until" and finding.line == 8
    assert "2027-01-20" in finding.message and "publicación" in finding.message


def test_tdr_closing_before_publication_is_one_finding() -> None:
    _text, findings = check(tdr(questions="2027-01-30", closing="2027-01-31", publication="2027-02-01"))
    assert rules(findings) == ["TDR-CRONOGRAMA"]


def test_tdr_deadline_in_business_days() -> None:
    # 2027-03-19 (Friday) → 2027-03-31: 22 San José and 25-26 Holy Week are holidays → 5 business days
    text, findings = check(tdr(publication="2027-03-19", questions="2027-03-23", closing="2027-03-31"))
    (finding,) = findings
    assert finding.rule == "TDR-PLAZO" and finding.severity == "warning"
    assert "5 día(s) hábil(es)" in finding.message and text[finding.start : finding.end] == "closing"
    assert "2027-04-07" in finding.suggestion  # ten business days after publication
    assert (
        check(tdr(publication="2027-03-19", questions="2027-03-23", closing="2027-03-31"), min_business_days=5)[1] == []
    )


def test_invalid_dates_do_not_crash_the_checks() -> None:
    _text, findings = check(tdr(closing="2027-02-30"))
    assert findings == []  # the parser reports the bad date (FRONTMATTER-SCHEMA); no ToR check can use it


def test_corpus_laws(shared_corpus: Path) -> None:
    ley_1712 = check_structure(read_document(shared_corpus / "gold" / "ley_1712_2014.txt"))
    assert ley_1712 == []  # the duplicated 23 and 30 are placeholders of struck-down/unpublished articles
    excerpt = check_structure(read_document(shared_corpus / "gold" / "ley_1955_2019_selected_articles.txt"))
    assert set(rules(excerpt)) == {"ESTRUCTURA-NUMERACION"}
    assert excerpt[0].message == "Faltan los artículos 19 a 40: la numeración salta del 18 al 41"
