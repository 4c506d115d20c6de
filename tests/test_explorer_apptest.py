"""The explorer, page by page, with Streamlit's AppTest (no browser), on a clone of this repository's samples."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest  # noqa: E402

from regdesign.explorer.highlight import highlight_html, references_html
from regdesign.i18n import STRINGS, t
from regdesign.model import Finding, Reference
from regdesign.parse import parse_document

REPO = Path(__file__).resolve().parents[1]
APP = REPO / "app.py"
INJECTION = """---
type: proyecto_de_acuerdo
title: "Prueba <script>alert(1)</script>"
---
Artículo 1. Objeto. <script>alert(1)</script> El interesado deberá presentar <img src=x onerror=alert(1)> copia
autenticada del certificado, según el artículo 147 de la Ley 1955 de 2019.
"""


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def sample_repo(tmp_path_factory) -> Path:
    """A clone of this repository (bills/ and terms_of_reference/ with their history) plus an injection bill."""
    root = tmp_path_factory.mktemp("explorer") / "repo"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(REPO), str(root)], check=True)
    (root / "bills" / "inyeccion.md").write_text(INJECTION, encoding="utf-8")
    git(root, "add", "bills/inyeccion.md")
    git(root, "-c", "user.name=Prueba", "-c", "user.email=prueba@example.org", "commit", "-q", "-m", "Inyección")
    return root


@pytest.fixture()
def app(sample_repo: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("REGDESIGN_REPO", str(sample_repo))
    return AppTest.from_file(str(APP), default_timeout=60).run()


def page(at: AppTest, name: str) -> AppTest:
    at.switch_page(f"regdesign/explorer/{name}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


# --- pure parts ---------------------------------------------------------------------------------------------------


def test_both_languages_define_the_same_strings():
    assert set(STRINGS["es"]) == set(STRINGS["en"])
    assert t("nav.document", "en") == "Document" and t("nav.document", "es") == "Documento"
    assert t("nav.document", "fr") == "Documento"


def test_highlight_escapes_every_piece_of_text_and_marks_findings():
    document = parse_document(INJECTION, "bills/inyeccion.md")
    start = INJECTION.index("<img")
    findings = [
        Finding("R1", "error", "m <b>", start=start, end=start + 10),
        Finding("R2", "info", "otro", start=start + 5, end=start + 20),
    ]
    out = highlight_html(document.text, findings, document.iter_provisions(), selected=1)
    assert "<script>alert" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and ">&lt;img " in out  # a mark starts at the img
    assert 'id="hallazgo-0"' in out and 'id="hallazgo-1"' in out and 'id="disp-art_1"' in out
    assert out.count("<mark") == 3  # [R1], [R1+R2], [R2]
    assert 'class="rd-sev-error rd-selected"' in out and "m &lt;b&gt;" in out
    text = re.sub(r"<[^>]+>", "", out.split("</style>", 1)[1])
    import html

    assert html.unescape(text) == document.text


def test_references_link_to_targets_with_article_title_and_validity():
    class Info:
        title, status, status_note = "Compra pública <de> innovación", "vigente", None

    refs = [
        Reference(0, 5, "art. 147 <x>", "external", target="ley/1955/2019#art_147", article="147", articles=("147",)),
        Reference(6, 9, "el artículo 2", "internal", target="art_2"),
        Reference(10, 12, "roto", "internal", target=None),
    ]
    out = references_html(refs, {"147": Info()}, {"broken": "sin destino", "validity": "Vigencia", "title": "Título"})
    assert 'href="ley-1955?articulo=147"' in out and 'href="#disp-art_2"' in out
    assert "Compra pública &lt;de&gt; innovación" in out and "<strong>vigente</strong>" in out
    assert "art. 147 &lt;x&gt;" in out and "sin destino" in out


# --- pages --------------------------------------------------------------------------------------------------------


def test_corpus_page_lists_every_document_and_switches_language(app: AppTest, sample_repo: Path):
    assert app.title[0].value == "Corpus de proyectos y términos de referencia"
    table = app.dataframe[0].value
    assert len(table) == 5 and "bills/inyeccion.md" in set(table["Archivo"])
    assert [m.label for m in app.metric][0] == "Documentos" and app.metric[0].value == "5"
    assert len(app.get("download_button")) == 3
    app.radio(key="lang").set_value("en").run()
    assert app.title[0].value == "Corpus of bills and terms of reference"
    assert "File" in app.dataframe[0].value.columns


def test_document_page_escapes_the_injection_and_explains_a_finding(app: AppTest):
    at = page(app, "page_document")
    at.selectbox(key="doc_path").set_value("bills/inyeccion.md").run()
    text = next(h.value for h in at.html if '<div class="rd-doc"' in h.value)
    assert "<script>" not in text and "<img" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    findings = at.selectbox(key="doc_finding")
    assert len(findings.options) >= 1
    findings.set_value(0).run()
    details = " ".join(m.value for m in at.markdown) + " ".join(x.value for x in at.text)
    assert "Regla" in details and at.code  # the text pointed at is shown as code, not markup
    refs = [h.value for h in at.html if '<ul class="rd-refs"' in h.value]
    assert refs and 'href="ley-1955?articulo=147"' in refs[0] and "vigente" in refs[0].lower()
    at.multiselect(key="doc_severities").set_value([]).run()
    assert any("Ningún hallazgo" in i.value for i in at.info)


def test_references_page_draws_the_graph_and_answers_the_impact_question(app: AppTest):
    at = page(app, "page_references")
    spec = at.get("graphviz_chart")[0].proto.spec
    assert spec.startswith("digraph") and "ley/1955/2019#art_147" in spec
    impact = at.dataframe[0].value
    assert "bills/inyeccion.md" in set(impact["Archivo"])
    at.text_input(key="impact_target").input("Ley 1955 de 2019, art. 3").run()
    assert any("Ninguna disposición" in i.value for i in at.info)


def test_history_page_compares_two_revisions(app: AppTest):
    at = page(app, "page_history")
    at.selectbox(key="hist_path").set_value("bills/sandbox_govtech_movilidad.md").run()
    assert len(at.dataframe[0].value) >= 3
    at.selectbox(key="hist_old").set_value(2).run()
    at.selectbox(key="hist_new").set_value(0).run()
    at.button(key="hist_compare").click().run()
    comparison = [h.value for h in at.html if '<table class="rd-cmp">' in h.value]
    assert comparison and ("<ins>" in comparison[0] or "<del>" in comparison[0])
    assert any("Delta regulatorio" in m.value for m in at.markdown)


def test_law_page_lists_all_336_articles_and_who_cites_them(app: AppTest):
    at = page(app, "page_law")
    assert len(at.dataframe[0].value) == 336
    at.toggle(key="law_only_cited").set_value(True).run()
    cited = at.dataframe[0].value
    row = cited[cited["Artículo"] == "147"]
    assert len(row) == 1 and "bills/inyeccion.md" in row.iloc[0]["Citado por"]


def test_interview_page_steps_through_the_engine(app: AppTest):
    at = page(app, "page_interviews")
    at.selectbox(key="int_tor").set_value("terms_of_reference/innovacion_abierta_2027.md").run()
    at.button(key="int_start").click().run()
    assert any("innovación abierta" in h.value for h in at.html)
    at.button[-1].click().run()  # the welcome screen: continue
    assert any("¿Cómo se presenta?" in h.value for h in at.html)
    at.button[-1].click().run()  # nothing chosen: the engine asks again, with the error
    assert at.error and "Falta la respuesta" in at.error[0].value
    [radio for radio in at.radio if radio.key != "lang"][-1].set_value("juridica")
    at.button[-1].click().run()
    assert [radio for radio in at.radio if radio.key != "lang"][-1].options == ["Sí", "No"]
    at.session_state["int_session"].close()


def test_sandbox_page_analyses_and_saves_a_draft_branch(app: AppTest, sample_repo: Path):
    head, status = git(sample_repo, "rev-parse", "HEAD"), git(sample_repo, "status", "--porcelain")
    at = page(app, "page_sandbox")
    at.selectbox(key="sb_path").set_value("bills/inyeccion.md").run()
    at.radio(key="sb_scope").set_value("article").run()
    at.selectbox(key="sb_provision").set_value("art_1").run()
    new_article = "Artículo 1. Objeto. El interesado podrá presentar copia simple del certificado.\n"
    at.text_area(key="sb_text").input(new_article).run()
    at.button(key="sb_analyze").click().run()
    assert any("Delta regulatorio" in m.value for m in at.markdown)
    at.button[-1].click().run()  # save without author: refused, text kept
    assert at.error and at.text_area(key="sb_text").value == new_article
    at.text_input(key="sb_author_name").input("Ana Restrepo")
    at.text_input(key="sb_author_email").input("ana@example.org")
    at.text_input(key="sb_message").input("Copia simple en lugar de autenticada")
    at.button[-1].click().run()
    assert at.success and "borradores/inyeccion" in at.success[0].value
    assert "copia simple" in git(sample_repo, "show", "borradores/inyeccion:bills/inyeccion.md")
    assert git(sample_repo, "rev-parse", "HEAD") == head and git(sample_repo, "status", "--porcelain") == status
    assert "autenticada" in (sample_repo / "bills" / "inyeccion.md").read_text(encoding="utf-8")
