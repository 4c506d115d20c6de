"""PDF output through pandoc → typst: text of every article in order, metadata, page numbers, batches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from regdesign.parse import read_document
from regdesign.render import build_document, build_many, render_markdown_to
from regdesign.render.layout import clean_inline

FIXTURES = sorted((Path(__file__).parent / "data" / "render").glob("*.md"))


def norm(text: str) -> str:
    text = re.sub(r"-\n", "", text)  # hyphenation at line ends
    return re.sub(r"[\W_]+", "", clean_inline(text).casefold())


def pdf_text(path: Path) -> str:
    """Text of the pages without their footers (``Página N de M``)."""
    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return re.sub(r"(?m)^Página \d+ de \d+$", "", text)


def assert_articles_in_order(document, text: str) -> None:
    haystack = norm(text)
    cursor = 0
    for article in (p for p in document.iter_provisions() if p.kind == "articulo"):
        body = norm(document.text[article.body.start : article.body.end])
        position = haystack.find(body, cursor)
        assert position >= 0, f"{article.id} missing or out of order"
        cursor = position + len(body)


@pytest.mark.parametrize("source", FIXTURES, ids=lambda p: p.stem)
def test_pdf_has_every_article_in_order(source: Path, tmp_path: Path) -> None:
    document = read_document(source)
    out = build_document(document, "pdf", tmp_path / "out.pdf", references=[])
    reader = PdfReader(str(out))
    text = pdf_text(out)
    assert_articles_in_order(document, text)
    assert reader.metadata.title == document.metadata["title"]
    assert document.metadata["entity"] in reader.metadata.author
    assert f"Página 1 de {len(reader.pages)}" in reader.pages[0].extract_text()
    assert "Página" not in text


def test_pdf_batch_equals_single_builds(tmp_path: Path) -> None:
    outs = build_many(FIXTURES, "pdf", tmp_path / "many")
    assert [p.name for p in outs] == [f.stem + ".pdf" for f in FIXTURES]
    for source, out in zip(FIXTURES, outs, strict=True):
        single = build_document(read_document(source), "pdf", tmp_path / f"single-{source.stem}.pdf")
        assert norm(pdf_text(out)) == norm(pdf_text(single))


def test_pdf_keeps_dangerous_characters_as_text(tmp_path: Path) -> None:
    out = build_document(read_document(FIXTURES[0]), "pdf", tmp_path / "d.pdf", references=[])
    text = re.sub(r"\s+", " ", pdf_text(out))
    assert '<script>alert("x")</script>' in text
    assert "#etiqueta @usuario" in text


def test_render_markdown_to_pdf_with_a_table(tmp_path: Path) -> None:
    md = "| Texto vigente | Texto propuesto |\n|---|---|\n| Artículo 1. Antes. | Artículo 1. Después. |\n"
    out = render_markdown_to(
        md, "pdf", tmp_path / "comparado.pdf", title='Texto comparado #1 "x"', metadata={"author": "MedeINN"}
    )
    reader = PdfReader(str(out))
    text = pdf_text(out)
    assert "Texto comparado" in text and "Artículo 1. Después." in text
    assert reader.metadata.title == 'Texto comparado #1 "x"'
