"""regdesign.compare: matching articles across versions (renumbering, moves, edits), redlines and renderers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

# The bill builders are shared with the Git tests (same fixtures, so both suites exercise the same documents).
from test_history import bill, ten_articles  # noqa: E402

from regdesign.compare import (
    Comparison,
    compare_documents,
    comparison_to_docx,
    comparison_to_html,
    comparison_to_json,
    comparison_to_markdown,
    comparison_to_text,
    iter_changes,
    redline,
)
from regdesign.model import Document, Provision, SourceSpan
from regdesign.parse import parse_document


def parse(text: str) -> Document:
    return parse_document(text, "bills/prueba.md")


def articles_of(comparison: Comparison):
    return [c for c in comparison.changes if c.provision_kind == "articulo"]


# ----------------------------------------------------------------------------------------------------------------
# Matching
# ----------------------------------------------------------------------------------------------------------------


def test_identical_documents_are_unchanged():
    doc = parse(bill(ten_articles()))
    comparison = compare_documents(doc, doc)
    assert {c.kind for c in comparison.changes} == {"unchanged"}
    assert [c.new_id for c in articles_of(comparison)] == [f"art_{n}" for n in range(1, 11)]
    assert comparison.changed() == []


def test_inserting_an_article_renumbers_the_following_ones():
    old_arts = ten_articles()
    new_arts = (
        old_arts[:4] + [("Drones", "Se autoriza el uso de aeronaves no tripuladas en zonas de prueba.")] + old_arts[4:]
    )
    comparison = compare_documents(parse(bill(old_arts)), parse(bill(new_arts)))
    summary = comparison.summary()
    assert summary["added"] == 1
    assert summary["renumbered"] == 6
    assert summary["modified"] == 0 and summary["removed"] == 0
    changes = articles_of(comparison)
    assert [c.kind for c in changes] == ["unchanged"] * 4 + ["added"] + ["renumbered"] * 6
    assert changes[4].new_id == "art_5" and changes[4].old_id is None
    assert [(c.old_id, c.new_id) for c in changes[5:]] == [(f"art_{n}", f"art_{n + 1}") for n in range(5, 11)]
    assert all(not c.text_changed for c in changes[5:])
    # the redline of a renumbered article shows the new number only
    assert ("delete", "5") in changes[5].redline and ("insert", "6") in changes[5].redline


def test_removing_an_article_renumbers_down():
    old_arts = ten_articles()
    new_arts = old_arts[:2] + old_arts[3:]
    comparison = compare_documents(parse(bill(old_arts)), parse(bill(new_arts)))
    changes = articles_of(comparison)
    assert comparison.summary()["removed"] == 1 and comparison.summary()["renumbered"] == 7
    removed = [c for c in changes if c.kind == "removed"]
    assert removed[0].old_id == "art_3" and removed[0].new_id is None
    assert [c.kind for c in changes[:3]] == ["unchanged", "unchanged", "removed"]  # in place of the old article


def test_renumbered_with_an_edit_is_still_renumbered():
    old_arts = ten_articles()
    new_arts = [("Preámbulo normativo", "Este artículo es completamente nuevo y trata sobre interoperabilidad.")] + [
        (h, b.replace("entidades participantes", "entidades públicas participantes")) if i == 2 else (h, b)
        for i, (h, b) in enumerate(old_arts)
    ]
    comparison = compare_documents(parse(bill(old_arts)), parse(bill(new_arts)))
    changes = {c.old_id: c for c in articles_of(comparison) if c.old_id}
    assert changes["art_3"].kind == "renumbered" and changes["art_3"].new_id == "art_4"
    assert changes["art_3"].text_changed
    assert 0.6 <= changes["art_3"].similarity < 1.0
    assert [t.strip() for op, t in changes["art_3"].redline if op == "insert"] == ["4", "públicas"]
    assert comparison.summary()["modified"] == 0


def test_modified_article_has_a_word_redline():
    old_arts = ten_articles()
    new_arts = list(old_arts)
    new_arts[6] = (old_arts[6][0], old_arts[6][1].replace("reglas propias", "obligaciones especiales"))
    comparison = compare_documents(parse(bill(old_arts)), parse(bill(new_arts)))
    (change,) = comparison.changed()
    assert (change.kind, change.old_id, change.new_id) == ("modified", "art_7", "art_7")
    deleted = "".join(text for op, text in change.redline if op == "delete")
    inserted = "".join(text for op, text in change.redline if op == "insert")
    assert deleted == "reglas propias" and inserted == "obligaciones especiales"
    assert "".join(t for op, t in change.redline if op != "insert") == change.old_text
    assert "".join(t for op, t in change.redline if op != "delete") == change.new_text


def test_threshold_is_configurable():
    old_arts = ten_articles()
    new_arts = [("Nuevo", "Texto enteramente nuevo sobre gobernanza de algoritmos públicos.")] + [
        (h, b + " Con un cambio.") for h, b in old_arts
    ]
    lenient = compare_documents(parse(bill(old_arts)), parse(bill(new_arts)))
    assert lenient.summary()["renumbered"] == 10
    strict = compare_documents(parse(bill(old_arts)), parse(bill(new_arts)), threshold=0.99, match_headings=False)
    assert strict.summary()["renumbered"] == 0
    assert strict.summary()["added"] == 11 and strict.summary()["removed"] == 10
    # with epigraphs taken into account, the edited articles keep their identity (each epigraph is unique)
    by_heading = compare_documents(parse(bill(old_arts)), parse(bill(new_arts)), threshold=0.99)
    assert by_heading.summary()["added"] == 1 and by_heading.summary()["removed"] == 0


def test_rewritten_article_under_the_same_epigraph_is_modified():
    old_arts = ten_articles()
    new_arts = list(old_arts)
    new_arts[3] = (old_arts[3][0], "Un texto reescrito por completo, sin ninguna palabra en común con el anterior.")
    kinds = [
        (c.kind, c.old_id, c.new_id) for c in compare_documents(parse(bill(old_arts)), parse(bill(new_arts))).changed()
    ]
    assert kinds == [("modified", "art_4", "art_4")]
    kinds = [
        (c.kind, c.old_id, c.new_id)
        for c in compare_documents(parse(bill(old_arts)), parse(bill(new_arts)), match_headings=False).changed()
    ]
    assert kinds == [("removed", "art_4", None), ("added", None, "art_4")]
    with pytest.raises(ValueError):
        compare_documents(parse(bill(old_arts)), parse(bill(new_arts)), threshold=0)


def test_rewritten_article_with_the_same_number_is_modified_not_renumbered():
    old_arts = ten_articles()
    new_arts = list(old_arts)
    new_arts[0] = ("Objeto", "Regular un tema diferente: la contratación de soluciones de innovación abierta.")
    comparison = compare_documents(parse(bill(old_arts)), parse(bill(new_arts)))
    kinds = [(c.kind, c.old_id, c.new_id) for c in comparison.changed()]
    # too different to be the same text, but nothing else claims it: one removal and one addition, same number
    assert kinds in ([("modified", "art_1", "art_1")], [("removed", "art_1", None), ("added", None, "art_1")])


def test_paragraphs_inside_a_changed_article_are_compared():
    body = "Las entidades del sandbox cumplirán las siguientes reglas de operación y de reporte."
    old_arts = [("Reglas", body + "\n\nParágrafo 1. Los informes serán trimestrales y públicos.")]
    new_arts = [
        (
            "Reglas",
            body + "\n\nParágrafo 1. Los informes serán mensuales y públicos.\n\n"
            "Parágrafo 2. La Secretaría publicará un tablero de indicadores.",
        )
    ]
    comparison = compare_documents(parse(bill(old_arts)), parse(bill(new_arts)))
    (change,) = articles_of(comparison)
    assert change.kind == "modified"
    children = {c.new_id or c.old_id: c for c in change.children}
    assert children["art_1__par_1"].kind == "modified"
    assert children["art_1__par_2"].kind == "added"
    nested = [(depth, c.kind) for depth, c in iter_changes(comparison) if depth == 1]
    assert (1, "added") in nested


# ----------------------------------------------------------------------------------------------------------------
# Moves (documents built by hand: chapters around articles)
# ----------------------------------------------------------------------------------------------------------------


def built_document(chapters: list[tuple[str, list[tuple[str, str]]]]) -> Document:
    """A document with capítulos holding articles: [(chapter heading, [(number, text)])]."""
    text = ""
    tops = []
    for chapter_number, (heading, arts) in enumerate(chapters, start=1):
        chapter_start = len(text)
        label = f"CAPÍTULO {chapter_number}"
        text += f"{label}. {heading}\n\n"
        children = []
        for number, body in arts:
            start = len(text)
            art_label = f"Artículo {number}."
            text += f"{art_label} {body}\n\n"
            children.append(
                Provision(
                    id=f"art_{number}",
                    kind="articulo",
                    number=number,
                    label=art_label,
                    heading=None,
                    span=SourceSpan(start, len(text)),
                    body=SourceSpan(start + len(art_label), len(text)),
                )
            )
        tops.append(
            Provision(
                id=f"cap_{chapter_number}",
                kind="capitulo",
                number=str(chapter_number),
                label=label,
                heading=heading,
                span=SourceSpan(chapter_start, len(text)),
                body=SourceSpan(chapter_start + len(label), len(text)),
                children=tuple(children),
            )
        )
    return Document(path="hecho.md", text=text, type=None, provisions=tuple(tops))


def test_article_moved_to_another_chapter():
    old = built_document(
        [
            ("Disposiciones generales", [("1", "Objeto del acuerdo."), ("2", "Ámbito de aplicación del acuerdo.")]),
            ("Del comité", [("3", "Conformación del comité de innovación.")]),
        ]
    )
    new = built_document(
        [
            ("Disposiciones generales", [("1", "Objeto del acuerdo.")]),
            (
                "Del comité",
                [("2", "Ámbito de aplicación del acuerdo."), ("3", "Conformación del comité de innovación.")],
            ),
        ]
    )
    kinds = {c.new_id: c.kind for c in compare_documents(old, new).changes}
    assert kinds == {"art_1": "unchanged", "art_2": "moved", "art_3": "unchanged"}


def test_article_out_of_order_is_moved():
    old = built_document([("Único", [("1", "Uno uno uno."), ("2", "Dos dos dos."), ("3", "Tres tres tres.")])])
    new = built_document([("Único", [("1", "Uno uno uno."), ("3", "Tres tres tres."), ("2", "Dos dos dos.")])])
    changes = compare_documents(old, new).changes
    assert sorted(c.kind for c in changes) == ["moved", "unchanged", "unchanged"]
    assert [c.new_id for c in changes if c.kind == "moved"] in (["art_2"], ["art_3"])


def test_documents_without_articles_do_not_crash():
    empty = Document(path="vacio.md", text="", type=None)
    prose = Document(path="prosa.md", text="Un texto sin artículos.\n", type=None)
    assert compare_documents(empty, empty).changes == ()
    (change,) = compare_documents(empty, prose).changes
    assert change.kind == "added" and change.provision_kind == "preambulo"
    (change,) = compare_documents(prose, Document(path="prosa.md", text="Un texto distinto.\n", type=None)).changes
    assert change.kind == "modified"


# ----------------------------------------------------------------------------------------------------------------
# Redline
# ----------------------------------------------------------------------------------------------------------------


def test_redline_segments():
    segments = redline("El comité sesionará cada mes.", "El comité sesionará cada dos meses, como mínimo.")
    assert segments[0] == ("equal", "El comité sesionará cada ")
    assert ("delete", "mes") in segments
    assert "".join(t for op, t in segments if op == "insert").replace(" ", "") == "dosmeses,comomínimo"
    assert redline("igual", "igual") == (("equal", "igual"),)
    assert redline("", "nuevo") == (("insert", "nuevo"),)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_redline_rebuilds_both_texts(old: str, new: str):
    segments = redline(old, new)
    assert "".join(t for op, t in segments if op != "insert") == old
    assert "".join(t for op, t in segments if op != "delete") == new
    assert all(op in ("equal", "delete", "insert") and text for op, text in segments)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(range(10)), max_size=10, unique=True))
def test_every_article_lands_in_exactly_one_change(order: list[int]):
    arts = ten_articles()
    old_doc = parse(bill(arts))
    new_doc = parse(bill([arts[i] for i in order]))
    comparison = compare_documents(old_doc, new_doc)
    units = articles_of(comparison)
    old_ids = sorted(c.old_id for c in units if c.old_id)
    new_ids = sorted(c.new_id for c in units if c.new_id)
    assert old_ids == sorted(f"art_{n}" for n in range(1, 11))
    assert new_ids == sorted(f"art_{n}" for n in range(1, len(order) + 1))
    assert not [c for c in units if c.kind == "modified"]  # only whole articles moved around, no text edited
    assert {c.kind for c in comparison.changes if c.provision_kind == "preambulo"} == {"unchanged"}


# ----------------------------------------------------------------------------------------------------------------
# Renderers
# ----------------------------------------------------------------------------------------------------------------

HOSTILE = "<script>alert('x')</script> & \"comillas\" | tubería *énfasis* `código` <img src=x onerror=alert(1)>"


@pytest.fixture
def hostile_comparison() -> Comparison:
    old_arts = ten_articles()[:2]
    new_arts = [old_arts[0], (old_arts[1][0], old_arts[1][1] + " " + HOSTILE), ("Nuevo", HOSTILE)]
    return compare_documents(parse(bill(old_arts)), parse(bill(new_arts)))


def test_html_escapes_everything_from_the_document(hostile_comparison: Comparison):
    page = comparison_to_html(hostile_comparison)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<ins>" in page
    assert "<th>Texto anterior</th><th>Texto nuevo</th><th>Cambio</th>" in page
    assert "http://" not in page and "https://" not in page  # self-contained: nothing fetched


def test_html_shows_deletions(hostile_comparison: Comparison):
    old = parse(bill(ten_articles()[:2]))
    new_arts = ten_articles()[:2]
    new_arts[1] = (new_arts[1][0], new_arts[1][1].replace("sandbox regulatorio", "espacio controlado"))
    page = comparison_to_html(compare_documents(old, parse(bill(new_arts))))
    assert "<del>sandbox regulatorio</del>" in page and "<ins>espacio controlado</ins>" in page


def test_markdown_table(hostile_comparison: Comparison):
    md = comparison_to_markdown(hostile_comparison)
    assert "| Texto anterior | Texto nuevo | Cambio |" in md
    rows = [line for line in md.splitlines() if line.startswith("| ") and "Texto anterior" not in line]
    rows = [row for row in rows if not row.startswith("| ---")]
    assert len(rows) == 2  # the unchanged article is left out by default
    for row in rows:  # a pipe from the document never splits a cell
        assert row.replace("\\|", "").count("|") == 4
    assert "\\<script\\>" in md and "<script>" not in md
    assert "\\*énfasis\\*" in md
    assert "**" in md  # inserted text is bold
    full = comparison_to_markdown(hostile_comparison, include_unchanged=True)
    assert full.count("Sin cambios: ") == 2  # the unchanged article and the preamble


def test_markdown_strikes_deleted_words():
    old_arts = ten_articles()[:1]
    new_arts = [(old_arts[0][0], old_arts[0][1].replace("dentro del sandbox", "en el sandbox"))]
    md = comparison_to_markdown(compare_documents(parse(bill(old_arts)), parse(bill(new_arts))))
    assert "~~dentro del~~" in md and "**en el**" in md


def test_text_and_json(hostile_comparison: Comparison):
    text = comparison_to_text(hostile_comparison)
    assert "Modificado: art_2" in text and "Añadido: art_3" in text
    assert "{+" in text
    data = comparison_to_json(hostile_comparison)
    again = json.loads(json.dumps(data, ensure_ascii=False))
    assert again["summary"] == {"added": 1, "removed": 0, "modified": 1, "moved": 0, "renumbered": 0, "unchanged": 2}
    kinds = [c["kind"] for c in again["changes"] if c["provision_kind"] == "articulo"]
    assert kinds == ["unchanged", "modified", "added"]
    modified = next(c for c in again["changes"] if c["kind"] == "modified")
    assert ["insert", " " + HOSTILE] in modified["redline"] or any(
        op == "insert" and HOSTILE in segment for op, segment in modified["redline"]
    )


def test_docx(tmp_path: Path, hostile_comparison: Comparison):
    import docx

    out = tmp_path / "salida" / "comparado.docx"
    assert comparison_to_docx(hostile_comparison, out) == out
    assert sorted(p.name for p in out.parent.iterdir()) == ["comparado.docx"]  # no temporary file left behind
    document = docx.Document(str(out))
    table = document.tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["Texto anterior", "Texto nuevo", "Cambio"]
    body = "\n".join(cell.text for row in table.rows for cell in row.cells)
    assert "<script>alert('x')</script>" in body  # shown as text
    assert "Modificado" in body
    xml = out.read_bytes()
    assert b"comparado" not in xml[:2] and out.stat().st_size > 1000
