"""HTML output: one accessible, self-contained page; and the ``regdesign build`` command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html

from regdesign.cli import cli
from regdesign.model import Reference
from regdesign.parse import read_document
from regdesign.render import build_document, document_to_html, render_markdown_to
from regdesign.render.html import _css

FIXTURES = sorted((Path(__file__).parent / "data" / "render").glob("*.md"))


def page(source: Path, references=None) -> html.HtmlElement:
    return html.fromstring(document_to_html(read_document(source), references=references or []))


@pytest.mark.parametrize("source", FIXTURES, ids=lambda p: p.stem)
def test_page_structure(source: Path) -> None:
    document = read_document(source)
    root = page(source)
    assert root.get("lang") == "es"
    assert len(root.findall(".//h1")) == 1
    levels = [int(el.tag[1]) for el in root.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False)), levels
    body = root.find("body")
    assert [el.tag for el in body if el.tag in ("header", "nav", "main", "footer")] == [
        "header",
        "nav",
        "main",
        "footer",
    ]
    skip = body[0]
    assert skip.tag == "a" and skip.get("href") == "#contenido"
    assert root.get_element_by_id("contenido").tag == "main"
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    for provision in document.iter_provisions():
        assert provision.id in ids
    toc = {a.get("href") for a in root.find(".//nav").iter("a")}
    assert {f"#{p.id}" for p in document.iter_provisions() if p.kind == "articulo"} <= toc
    assert not root.xpath("//script|//link[@rel='stylesheet']|//img")  # self-contained, no scripts


def test_text_from_the_bill_is_escaped() -> None:
    root = page(FIXTURES[0])
    assert not root.xpath("//script")
    assert '<script>alert("x")</script>' in root.text_content()


def test_references_become_links() -> None:
    document = read_document(FIXTURES[-1])
    text = document.text
    cases = [
        ("artículo 147 de la Ley 1955 de 2019", "ley/1955/2019#art_147"),
        ("artículo 4 del presente acuerdo", "art_4"),
        ("parágrafo 1 del artículo 3", "art_3__par_1"),
        ("Constitución Política", "constitucion/1991/1991"),
    ]
    refs = [
        Reference(text.index(t), text.index(t) + len(t), t, "external" if "/" in g else "internal", target=g)
        for t, g in cases
    ]
    root = html.fromstring(document_to_html(document, references=refs))
    links = {a.text_content(): a.get("href") for a in root.find(".//main").iter("a")}
    assert links["artículo 4 del presente acuerdo"] == "#art_4"
    assert links["parágrafo 1 del artículo 3"] == "#art_3__par_1"
    assert links["artículo 147 de la Ley 1955 de 2019"].endswith("/basedoc/ley_1955_2019.html#147")
    assert "Constitución Política" not in links  # no page can be built for it: plain text, target kept as data
    assert root.xpath("//span[@data-target='constitucion/1991/1991']")


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def test_colours_meet_wcag_aa_contrast() -> None:
    colours = dict(re.findall(r"--(\w+): (#[0-9a-fA-F]{6})", _css()))
    background = _luminance(colours["bg"])
    for name in ("text", "muted", "link"):
        ratio = (background + 0.05) / (_luminance(colours[name]) + 0.05)
        assert ratio >= 4.5, (name, ratio)


def test_render_markdown_to_html_page(tmp_path: Path) -> None:
    out = render_markdown_to(
        "# Comparado\n\n| a | b |\n|---|---|\n| <b>x</b> | y |\n", "html", tmp_path / "c.html", title="Texto comparado"
    )
    root = html.parse(str(out)).getroot()
    assert [h.text_content() for h in root.iter("h1")] == ["Texto comparado"]
    assert root.find(".//main//table") is not None
    assert "<b>x</b>" in root.find(".//main").text_content()


def test_cli_builds_a_file_and_a_directory(tmp_path: Path) -> None:
    bills = tmp_path / "bills"
    bills.mkdir()
    for fixture in FIXTURES:
        (bills / fixture.name).write_text(fixture.read_text(encoding="utf-8"), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["build", str(bills / FIXTURES[0].name), "--to", "html"])
    assert result.exit_code == 0, result.output
    assert (bills / "dist" / (FIXTURES[0].stem + ".html")).is_file()
    result = runner.invoke(cli, ["build", str(bills), "--to", "akn", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(f.stem + ".xml" for f in FIXTURES)
    result = runner.invoke(cli, ["build", str(bills / FIXTURES[0].name), "--to", "md", "-o", str(tmp_path / "x.md")])
    assert result.exit_code == 0 and (tmp_path / "x.md").is_file()


def test_cli_refuses_to_overwrite_the_source(tmp_path: Path) -> None:
    from regdesign.cli import main

    source = tmp_path / "b.md"
    source.write_text(FIXTURES[0].read_text(encoding="utf-8"), encoding="utf-8")
    before = source.read_bytes()
    assert main(["build", str(source), "--to", "md", "-o", str(source)]) == 2
    assert source.read_bytes() == before


def test_build_document_html_writes_atomically(tmp_path: Path) -> None:
    out = build_document(read_document(FIXTURES[0]), "html", tmp_path / "deep" / "x.html", references=[])
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.parent.iterdir()] == ["x.html"]  # no temporary file left behind


def test_free_markdown_keeps_line_breaks_and_shows_raw_html_as_text(tmp_path: Path) -> None:
    from docx import Document as open_docx

    md = (
        "| Texto anterior | Texto nuevo |\n|---|---|\n| uno<br>dos | <script>alert(1)</script> |\n\n"
        '<img src=x onerror="alert(1)">\n'
    )
    html_out = render_markdown_to(md, "html", tmp_path / "t.html", title="Texto comparado")
    page = html_out.read_text(encoding="utf-8")
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert re.search(r"uno<br\s*/?>\s*dos", page)
    docx_out = render_markdown_to(md, "docx", tmp_path / "t.docx", title="Texto comparado")
    text = "\n".join(cell.text for table in open_docx(str(docx_out)).tables for row in table.rows for cell in row.cells)
    assert "uno\ndos" in text and "<script>alert(1)</script>" in text
