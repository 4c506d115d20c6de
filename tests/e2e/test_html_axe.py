"""Real browser: the published HTML page has no serious or critical axe-core violations (Debian chromium)."""

from __future__ import annotations

from pathlib import Path

import pytest

from regdesign.model import Reference
from regdesign.parse import read_document
from regdesign.render import build_document, render_markdown_to

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / ".venv" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = Path("/usr/bin/chromium")
FIXTURES = sorted((REPO / "tests" / "data" / "render").glob("*.md"))


@pytest.fixture(autouse=True)
def _tools_present() -> None:
    # The browser itself is pytest-playwright's ``browser`` fixture, launched with Debian's chromium by
    # tests/e2e/conftest.py (one Playwright event loop for the whole session).
    assert AXE.is_file(), "axe-core is missing: run `make install` (npm install axe-core@4.10)"
    assert CHROMIUM.is_file(), "Debian chromium is missing: apt-get install chromium"


def serious_violations(browser, page_path: Path) -> list[dict]:
    page = browser.new_page()
    try:
        page.goto(page_path.as_uri())
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        assert result["passes"] or result["violations"] is not None
        return [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]
    finally:
        page.close()


def _references(document) -> list[Reference]:
    text = document.text
    cases = [
        ("artículo 147 de la Ley 1955 de 2019", "ley/1955/2019#art_147"),
        ("artículo 4 del presente acuerdo", "art_4"),
    ]
    return [
        Reference(text.index(t), text.index(t) + len(t), t, "external" if "/" in g else "internal", target=g)
        for t, g in cases
        if t in text
    ]


@pytest.mark.parametrize("source", FIXTURES, ids=lambda p: p.stem)
def test_document_page_has_no_serious_axe_violations(browser, source: Path, tmp_path: Path) -> None:
    document = read_document(source)
    out = build_document(document, "html", tmp_path / "page.html", references=_references(document))
    violations = serious_violations(browser, out)
    assert violations == [], [(v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in violations]


def test_axe_finds_a_planted_violation(browser, tmp_path: Path) -> None:
    """The harness can fail: a page with an unlabelled image link is reported."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html><head><title>x</title></head><body><a href="#"><img src="x.png"></a>'
        '<p style="color:#bbb;background:#fff">bajo contraste</p></body></html>',
        encoding="utf-8",
    )
    assert serious_violations(browser, bad)


def test_markdown_page_has_no_serious_axe_violations(browser, tmp_path: Path) -> None:
    md = "## Texto comparado\n\n| Vigente | Propuesto |\n|---|---|\n| Artículo 1. A. | Artículo 1. B. |\n"
    out = render_markdown_to(md, "html", tmp_path / "c.html", title="Texto comparado")
    assert serious_violations(browser, out) == []
