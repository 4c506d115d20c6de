"""DOCX output: every article's text in order, core properties, page numbers, links, safety rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document as open_docx

from regdesign.errors import UsageError
from regdesign.model import Finding, Reference
from regdesign.parse import read_document
from regdesign.render import build_document, build_many
from regdesign.render.layout import clean_inline

FIXTURES = sorted((Path(__file__).parent / "data" / "render").glob("*.md"))


def norm(text: str) -> str:
    return re.sub(r"[\W_]+", "", clean_inline(text).casefold())


def articles_in_order(document, output_text: str) -> None:
    """Every article's text (label, epigraph, body with children) appears in the output, in text order."""
    haystack = norm(output_text)
    cursor = 0
    articles = [p for p in document.iter_provisions() if p.kind == "articulo"]
    assert articles
    for article in articles:
        body = norm(document.text[article.body.start : article.body.end])
        position = haystack.find(body, cursor)
        assert position >= 0, f"{article.id} missing or out of order"
        heading = norm(article.heading or "")
        assert heading in haystack[max(0, position - 200) : position + 1]
        cursor = position + len(body)


def docx_text(path: Path) -> str:
    return "\n".join(p.text for p in open_docx(str(path)).paragraphs)


@pytest.mark.parametrize("source", FIXTURES, ids=lambda p: p.stem)
def test_docx_has_every_article_in_order_and_core_properties(source: Path, tmp_path: Path) -> None:
    document = read_document(source)
    out = build_document(document, "docx", tmp_path / "out.docx", references=[])
    articles_in_order(document, docx_text(out))
    core = open_docx(str(out)).core_properties
    assert core.title == document.metadata["title"]
    assert document.metadata["entity"] in core.author
    assert core.language == "es-CO"
    assert document.metadata["number"] in core.subject
    assert document.metadata["entity"] in core.keywords


def test_docx_layout_title_block_styles_and_page_number_field(tmp_path: Path) -> None:
    document = read_document(FIXTURES[-1])
    out = build_document(document, "docx", tmp_path / "acuerdo.docx", references=[])
    docx = open_docx(str(out))
    paragraphs = docx.paragraphs
    assert paragraphs[0].text == "CONCEJO DISTRITAL DE MEDELLÍN"
    assert paragraphs[1].text == "PROYECTO DE ACUERDO N.º 045 DE 2027"
    assert paragraphs[0].style.name == "Entidad"
    first_article = next(p for p in paragraphs if p.text.startswith("Artículo 1."))
    assert first_article.runs[0].bold and first_article.runs[0].text.startswith("Artículo 1. Objeto.")
    literal = next(p for p in paragraphs if p.text.startswith("a) del sector central"))
    assert literal.style.name == "Literal"
    numeral = next(p for p in paragraphs if p.text.startswith("1. Tecnología emergente"))
    assert numeral.style.name == "Numeral"
    footer_xml = docx.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml


def test_docx_links_internal_and_external(tmp_path: Path) -> None:
    document = read_document(FIXTURES[-1])
    text = document.text
    external = "artículo 147 de la Ley 1955 de 2019"
    internal = "artículo 4 del presente acuerdo"
    refs = [
        Reference(
            text.index(external),
            text.index(external) + len(external),
            external,
            "external",
            target="ley/1955/2019#art_147",
        ),
        Reference(text.index(internal), text.index(internal) + len(internal), internal, "internal", target="art_4"),
    ]
    out = build_document(document, "docx", tmp_path / "links.docx", references=refs)
    docx = open_docx(str(out))
    body = docx.element.xml
    assert 'w:anchor="art_4"' in body
    assert 'w:name="art_4"' in body  # bookmark the link jumps to
    targets = [rel.target_ref for rel in docx.part.rels.values() if rel.is_external]
    assert "http://www.secretariasenado.gov.co/senado/basedoc/ley_1955_2019.html#147" in targets


def test_docx_escapes_markup_from_the_bill(tmp_path: Path) -> None:
    document = read_document(FIXTURES[0])
    out = build_document(document, "docx", tmp_path / "d.docx", references=[])
    text = docx_text(out)
    assert '<script>alert("x")</script>' in text
    assert "$100 & 50 % [nota] #etiqueta @usuario" in text


def test_refuses_to_overwrite_the_source(tmp_path: Path) -> None:
    source = tmp_path / "bill.md"
    source.write_text(FIXTURES[0].read_text(encoding="utf-8"), encoding="utf-8")
    document = read_document(source)
    before = source.read_bytes()
    with pytest.raises(UsageError):
        build_document(document, "md", source)
    with pytest.raises(UsageError):
        build_many([source], "md", tmp_path)
    assert source.read_bytes() == before


def test_strict_refuses_documents_with_error_findings(tmp_path: Path) -> None:
    document = read_document(FIXTURES[0])
    findings = [Finding(rule="x", severity="error", message="m"), Finding(rule="y", severity="warning", message="w")]
    with pytest.raises(UsageError, match="1 hallazgo"):
        build_document(document, "docx", tmp_path / "s.docx", findings=findings, strict=True)
    assert not (tmp_path / "s.docx").exists()
    assert build_document(document, "docx", tmp_path / "s.docx", findings=findings).is_file()


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        build_document(read_document(FIXTURES[0]), "odt", tmp_path / "x.odt")
