"""docassemble interviews driven end to end by the real engine (docassemble.base 1.10.5 offline)."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pypdf
import pytest

from regdesign.errors import UsageError
from regdesign.interviews.engine import EngineSession, load_answers, run_interview
from regdesign.interviews.generate import generate_bidder_interview, interview_matches

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "interviews"
SAMPLE_TOR = DATA / "convocatoria_prueba.md"
INJECTED = ["${ 7*7 }", "{{ 6*6 }}", "<% import os %>", "% if True:", "[FILE secreto.pdf]", "$x$", "*no cursiva*"]


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def bidder_interview(tmp_path_factory) -> Path:
    return generate_bidder_interview(SAMPLE_TOR, tmp_path_factory.mktemp("gen") / "convocatoria_prueba.yml")


@pytest.fixture(scope="module")
def eligible_run(bidder_interview, tmp_path_factory):
    _, answers = load_answers(DATA / "proponente_elegible.answers.yml")
    out = tmp_path_factory.mktemp("eligible")
    return run_interview(bidder_interview, answers, out), answers


def test_generated_interview_records_its_tor(bidder_interview):
    assert interview_matches(bidder_interview, SAMPLE_TOR)
    text = bidder_interview.read_text(encoding="utf-8")
    assert "sha256:" in text and "blob:" in text and "convocatoria_prueba.md" in text


def test_eligible_bidder_gets_every_document(eligible_run):
    result, answers = eligible_run
    assert result.end_id == "propuesta lista"
    names = sorted(p.name for p in result.documents)
    for base in ("carta_de_presentacion", "lista_de_documentos", "anexos"):
        for ext in ("docx", "md", "pdf"):
            assert f"{base}.{ext}" in names
    letter = {p.suffix: p for p in result.documents if p.stem == "carta_de_presentacion"}
    texts = {
        ".docx": docx_text(letter[".docx"]),
        ".pdf": re.sub(r"\s+", " ", pdf_text(letter[".pdf"])),
        ".md": letter[".md"].read_text(encoding="utf-8"),
    }
    for suffix, text in texts.items():
        assert "retos de movilidad sostenible 2027" in text, suffix
        assert "Movilidad Abierta S.A.S." in text, suffix
        assert "900123456-8" in text, suffix
        assert "$95.000.000 COP" in text.replace("\\$", "$"), suffix
    checklist = docx_text(next(p for p in result.documents if p.name == "lista_de_documentos.docx"))
    for name in (
        "Carta de presentación de la propuesta",
        "Certificado de existencia y representación legal",
        "Propuesta técnica",
    ):
        assert name in checklist
    assert "PENDIENTE" in checklist  # DOC-3 was not confirmed


def test_template_syntax_in_answers_stays_literal(eligible_run):
    result, _ = eligible_run
    letter = {p.suffix: p for p in result.documents if p.stem == "carta_de_presentacion"}
    rendered = docx_text(letter[".docx"])
    pdf = pdf_text(letter[".pdf"])
    for snippet in INJECTED:
        assert snippet in rendered, snippet
        assert snippet.replace(" ", "") in pdf.replace(" ", ""), snippet
    assert "49" not in rendered and "36" not in rendered
    markdown = letter[".md"].read_text(encoding="utf-8")
    assert not any(line.lstrip().startswith("%") for line in markdown.splitlines())


KINDS = [
    ("participante", "participants", "3"),
    ("juridico", "REQ-1", "4.1"),
    ("experiencia", "REQ-2", "4.2"),
    ("financiero", "REQ-3", "4.3"),
    ("tecnico", "REQ-4", "4.4"),
    ("otro", "REQ-5", "4.5"),
]


@pytest.mark.parametrize(("kind", "requirement", "section"), KINDS)
def test_ineligible_bidder_is_told_which_requirement(bidder_interview, tmp_path, kind, requirement, section):
    _, answers = load_answers(DATA / f"no_elegible_{kind}.answers.yml")
    result = run_interview(bidder_interview, answers, tmp_path, pdf=False)
    assert result.end_id == "no elegible"
    assert result.end_screen.text == "No puede participar en esta convocatoria"
    assert requirement in result.end_screen.subtext
    assert f"numeral {section} " in result.end_screen.subtext
    assert result.documents == ()
    if kind == "experiencia":
        assert "2 años" in result.end_screen.subtext and "indicó 1" in result.end_screen.subtext


def _session_at_identity(bidder_interview) -> EngineSession:
    session = EngineSession(bidder_interview)
    session.screen()
    session.answer({"inicio_proponente": True})
    session.answer({"tipo_persona": "juridica"})
    for n in range(1, 6):
        screen = session.answer({f"cumple['REQ-{n}']": True})
        if screen.id == "experiencia del proponente":
            screen = session.answer({"anios_experiencia": 3})
    return session


@pytest.mark.parametrize(
    ("variable", "bad", "message"),
    [
        ("identificacion_proponente", "900123456-7", "debe ser 8"),
        ("identificacion_proponente", "900123456", "dígito de verificación"),
    ],
)
def test_invalid_nit_is_asked_again(bidder_interview, variable, bad, message):
    session = _session_at_identity(bidder_interview)
    screen = session.screen()
    assert screen.id == "datos del proponente juridico"
    values = {
        "nombre_proponente": "X S.A.S.",
        variable: bad,
        "representante_proponente": "Y",
        "direccion_proponente": "Calle 1",
        "ciudad_proponente": "Medellín",
    }
    again = session.answer(values)
    assert again.id == screen.id and message in again.error
    values[variable] = "900123456-8"
    assert session.answer(values).id == "contacto del proponente"


def test_invalid_email_and_amount_rejected(bidder_interview):
    session = _session_at_identity(bidder_interview)
    session.answer(
        {
            "nombre_proponente": "X S.A.S.",
            "identificacion_proponente": "900123456-8",
            "representante_proponente": "Y",
            "direccion_proponente": "Calle 1",
            "ciudad_proponente": "Medellín",
        }
    )
    screen = session.answer({"correo_proponente": "no-es-correo", "telefono_proponente": "3001234567"})
    assert screen.id == "contacto del proponente" and "correo electrónico válido" in screen.error
    screen = session.answer({"correo_proponente": "a@b.co", "telefono_proponente": "12345"})
    assert "celular" in screen.error
    screen = session.answer({"correo_proponente": "a@b.co", "telefono_proponente": "3001234567"})
    assert screen.id == "datos de la propuesta"
    screen = session.answer({"titulo_propuesta": "T", "resumen_propuesta": "R", "monto_propuesta": 150000000})
    assert screen.id == "datos de la propuesta" and "supera el máximo" in screen.error
    screen = session.answer({"titulo_propuesta": "T", "resumen_propuesta": "R", "monto_propuesta": "abc"})
    assert "número" in screen.error
    screen = session.answer({"titulo_propuesta": "T", "resumen_propuesta": "R", "monto_propuesta": "100.000.000"})
    assert screen.error is None and screen.id == "documento del proponente"


def test_missing_answer_names_the_question(bidder_interview):
    _, answers = load_answers(DATA / "proponente_elegible.answers.yml")
    del answers["correo_proponente"]
    with pytest.raises(UsageError, match=r"«Correo electrónico» \(variable correo_proponente\) falta en"):
        run_interview(bidder_interview, answers, None)


def test_invalid_answer_in_answer_set_is_a_usage_error(bidder_interview):
    _, answers = load_answers(DATA / "proponente_elegible.answers.yml")
    answers["monto_propuesta"] = 999999999
    with pytest.raises(UsageError, match="supera el máximo"):
        run_interview(bidder_interview, answers, None)


@pytest.fixture(scope="module")
def author_run(tmp_path_factory):
    interview, answers = load_answers(REPO / "interviews" / "tor_author.answers.yml")
    return run_interview(REPO / interview, answers, tmp_path_factory.mktemp("author"))


def test_author_interview_writes_a_valid_tor(author_run):
    from regdesign.parse import parse_document

    assert author_run.end_id == "terminos listos"
    md = next(p for p in author_run.documents if p.suffix == ".md")
    document = parse_document(md.read_text(encoding="utf-8"), str(md))
    assert document.type == "terminos_de_referencia"
    assert [p for p in document.problems if p.severity == "error"] == []
    ids = {p.id for p in document.iter_provisions()}
    assert {"sec_1", "sec_2", "sec_4", "sec_4_1", "sec_4_2", "sec_7", "sec_8", "sec_9"} <= ids
    meta = document.metadata
    assert sum(c["points"] for c in meta["criteria"]) == 100
    assert [e["id"] for e in meta["eligibility"]] == ["REQ-1", "REQ-2"] and meta["eligibility"][1]["years"] == 2
    assert meta["entity"]["nit"] == "890905211-1"
    assert {p.suffix for p in author_run.documents} == {".md", ".docx", ".pdf"}


def test_author_review_shows_findings_and_edit_reasks(author_run):
    ids = [step["id"] for step in author_run.steps]
    review = ids.index("decision de revision")
    assert author_run.steps[review]["answers"] == {"decision_revision": "editar"}
    # the flagged answers are asked again after "editar", and the ToR keeps the corrected texts
    assert "objeto de la convocatoria" in ids[review + 1 :] and "requisito habilitante" in ids[review + 1 :]
    md = next(p for p in author_run.documents if p.suffix == ".md").read_text(encoding="utf-8")
    assert "domicilio" not in md and "10 años" not in md


def test_review_screen_explains_each_finding():
    interview, answers = load_answers(REPO / "interviews" / "tor_author.answers.yml")
    session = EngineSession(REPO / interview)
    screen = session.screen()
    from regdesign.interviews.engine import answers_for_screen

    while screen.id != "decision de revision":
        screen = session.answer(answers_for_screen(screen, answers, session, "test"))
        assert screen.error is None and not screen.is_end
    assert "Fundamento:" in screen.subtext and "Alternativa sugerida:" in screen.subtext
    assert "objeto" in screen.subtext and "requisitos[1].texto" in screen.subtext
    assert {key for key, _ in screen.fields[0].choices} == {"conservar", "editar"}
    # keeping the answers finishes with the flagged text in the ToR
    while not screen.is_end:
        values = answers_for_screen(screen, answers, session, "test")
        if screen.id == "decision de revision":
            values = {"decision_revision": "conservar"}
        screen = session.answer(values)
    assert "domicilio en Medellín" in screen.attachments[0].markdown


def test_author_criteria_must_add_to_100():
    interview, answers = load_answers(REPO / "interviews" / "tor_author.answers.yml")
    answers["criterio_3_puntos"] = 20
    with pytest.raises(UsageError, match="suman 95"):
        run_interview(REPO / interview, answers, None)
