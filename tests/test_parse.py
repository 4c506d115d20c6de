"""Tests of regdesign.parse: reading files, front matter, provisions, ids and spans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from regdesign.errors import InputError
from regdesign.model import Document, Provision
from regdesign.parse import MAX_BYTES, normalize_number, parse_document, read_document, read_text

DATA = Path(__file__).parent / "data" / "parse"


def ids(document: Document, kind: str | None = None) -> list[str]:
    return [p.id for p in document.iter_provisions() if kind is None or p.kind == kind]


def assert_spans_sound(document: Document) -> None:
    """Every span inside the text and inside its parent; labels at the start of spans; ids unique."""
    text = document.text
    seen: set[str] = set()

    def walk(provision: Provision, parent: Provision | None) -> None:
        assert provision.id not in seen, provision.id
        seen.add(provision.id)
        assert 0 <= provision.span.start <= provision.span.end <= len(text)
        assert provision.span.start <= provision.body.start <= provision.body.end <= provision.span.end
        if provision.label:
            assert text[provision.span.start :].startswith(provision.label), provision.id
        if provision.heading_span is not None:
            assert text[provision.heading_span.start : provision.heading_span.end] == provision.heading
        if parent is not None:
            assert parent.span.start <= provision.span.start <= provision.span.end <= parent.span.end, provision.id
        assert document.line_col(provision.span.start)[0] == provision.line, provision.id
        previous_end = -1
        for child in provision.children:
            assert child.span.start >= previous_end, child.id  # children in text order, not overlapping
            previous_end = child.span.end
            walk(child, provision)

    for provision in document.provisions:
        walk(provision, None)


# --- numbers ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("5", "5"),
        ("5o", "5"),
        ("5°", "5"),
        ("5º", "5"),
        ("5 º", "5"),
        ("quinto", "5"),
        ("Primero", "1"),
        ("décimo", "10"),
        ("2A", "2A"),
        ("2a", "2A"),
        ("256-1", "256-1"),
        ("IV", "4"),
        ("XII", "12"),
        ("único", "unico"),
        ("05", "5"),
        ("2.2.1.1", "2.2.1.1"),
    ],
)
def test_normalize_number(raw: str, expected: str) -> None:
    assert normalize_number(raw) == expected


# --- labels -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "number", "heading"),
    [
        ("ARTÍCULO 5o. OBJETO. El presente texto.", "5", "OBJETO"),
        ("Artículo 5. Objeto. El presente texto.", "5", "Objeto"),
        ("Artículo 5°. Objeto y ámbito. Texto.", "5", "Objeto y ámbito"),
        ("Artículo quinto. Vigencia. Rige desde hoy.", "5", "Vigencia"),
        ("Artículo primero. El acuerdo rige desde su publicación.", "1", None),
        ("Artículo 2A. Principios. Texto.", "2A", "Principios"),
        ("ARTÍCULO 256-1. NUMERACIÓN CON GUION. Texto.", "256-1", "NUMERACIÓN CON GUION"),
        ("ARTÍCULO 23 . INAPLICABILIDAD DE LA RESERVA. <Artículo INEXEQUIBLE>", "23", "INAPLICABILIDAD DE LA RESERVA"),
        ("### Artículo 5. Objeto", "5", "Objeto"),
        ("### Artículo 5.", "5", None),
        ("**Artículo 5. Objeto.** El presente texto.", "5", "Objeto"),
        ("**Artículo 5.** El presente acuerdo tiene por objeto regular.", "5", None),
        ("Artículo 5. Para efectos del presente acuerdo se entiende por: algo.", "5", None),
        ("## art:147 — TRANSFORMACIÓN DIGITAL PÚBLICA", "147", "TRANSFORMACIÓN DIGITAL PÚBLICA"),
        ("ARTÍCULO 180.", "180", None),
    ],
)
def test_article_label_number_and_epigraph(line: str, number: str, heading: str | None) -> None:
    document = parse_document(line + "\n")
    (article,) = document.provisions
    assert article.kind == "articulo"
    assert article.number == number
    assert article.heading == heading
    assert document.text[article.span.start :].startswith(article.label)
    assert_spans_sound(document)


@pytest.mark.parametrize(
    "line",
    [
        "Artículo 5 de la Ley 80 de 1993 se aplica.",
        "Artículos 3 y 4. Texto",
        "Parágrafo 2 del artículo 5 aplica.",
        "Título II de la ley.",
        "> Artículo 10. Citado en un bloque.",
        "| Artículo 4. | tabla |",
        "`Artículo 3.` en código",
    ],
)
def test_running_text_is_not_a_label(line: str) -> None:
    document = parse_document(line + "\n")
    assert ids(document, "articulo") == []
    assert ids(document, "paragrafo") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PARÁGRAFO. Texto.", "art_1__par_unico"),
        ("Parágrafo único. Texto.", "art_1__par_unico"),
        ("PARÁGRAFO 1o. Texto.", "art_1__par_1"),
        ("Parágrafo primero. Texto.", "art_1__par_1"),
        ("Parágrafo transitorio. Texto.", "art_1__par_trans"),
        ("PARÁGRAFO TRANSITORIO 2o. Texto.", "art_1__par_trans_2"),
        ("PARAGRAFO 3. Sin tilde.", "art_1__par_3"),
        ("**Parágrafo 2.** Texto.", "art_1__par_2"),
    ],
)
def test_paragraph_ids(line: str, expected: str) -> None:
    document = parse_document(f"ARTÍCULO 1. OBJETO. Texto.\n{line}\n")
    assert ids(document, "paragrafo") == [expected]
    assert_spans_sound(document)


def test_containers_nest_and_articles_are_not_prefixed() -> None:
    text = "TÍTULO II.\nDEL RÉGIMEN.\nCAPÍTULO I.\nGENERALIDADES.\nARTÍCULO 7. UNO. Texto.\nCAPÍTULO 2\nARTÍCULO 8. DOS. Texto.\n"
    document = parse_document(text)
    (title,) = document.provisions
    assert title.id == "tit_2" and title.heading == "DEL RÉGIMEN"
    assert [c.id for c in title.children] == ["tit_2__cap_1", "tit_2__cap_2"]
    assert [a.id for a in title.children[0].children] == ["art_7"]
    assert title.children[0].heading == "GENERALIDADES"
    assert [a.id for a in title.children[1].children] == ["art_8"]
    assert_spans_sound(document)


def test_duplicate_numbers_get_suffixes() -> None:
    document = parse_document("ARTÍCULO 7. A. Uno.\nARTÍCULO 7. B. Dos.\nARTÍCULO 7. C. Tres.\n")
    assert ids(document, "articulo") == ["art_7", "art_7__dup2", "art_7__dup3"]


def test_numerals_literals_and_incisos() -> None:
    text = (
        "ARTÍCULO 3. PRINCIPIOS. Se aplican estos principios:\n"
        "1. Transparencia.\n"
        "2. Eficacia, que comprende:\n"
        "a) resultados;\n"
        "b) oportunidad.\n"
        "43.2. Numeral con punto.\n"
        "Toda entidad aplicará estos principios.\n"
    )
    document = parse_document(text)
    (article,) = document.provisions
    assert [c.id for c in article.children] == ["art_3__num_1", "art_3__num_2", "art_3__num_43.2"]
    assert [c.id for c in article.children[1].children] == ["art_3__num_2__lit_a", "art_3__num_2__lit_b"]
    lit_b = article.children[1].children[1]
    assert document.text[lit_b.span.start : lit_b.span.end] == "b) oportunidad."
    assert_spans_sound(document)


def test_incisos_only_when_two_paragraphs_or_more() -> None:
    one = parse_document("ARTÍCULO 1. OBJETO. Un solo inciso.\n")
    assert ids(one, "inciso") == []
    two = parse_document("ARTÍCULO 1. OBJETO. Primer inciso.\nSegundo inciso.\nPARÁGRAFO. Texto.\n")
    assert ids(two, "inciso") == ["art_1__inc_1", "art_1__inc_2"]
    first, second = (p for p in two.iter_provisions() if p.kind == "inciso")
    assert two.text[first.span.start : first.span.end] == "Primer inciso."
    assert two.text[second.span.start : second.span.end] == "Segundo inciso."


def test_markdown_paragraphs_join_soft_wrapped_lines() -> None:
    text = "### Artículo 1. Objeto.\n\nPrimer inciso que sigue\nen otra línea.\n\nSegundo inciso.\n"
    document = parse_document(text)
    incisos = [p for p in document.iter_provisions() if p.kind == "inciso"]
    assert [document.text[p.span.start : p.span.end] for p in incisos] == [
        "Primer inciso que sigue\nen otra línea.",
        "Segundo inciso.",
    ]


def test_compiler_notes_stay_inside_their_provision() -> None:
    text = "ARTÍCULO 5. OBJETO. Texto.\n<Artículo modificado por el artículo 2 de la Ley 1 de 2020.>\nARTÍCULO 6. FIN. Texto.\n"
    document = parse_document(text)
    first, second = document.provisions
    note_at = text.index("<Artículo")
    assert first.span.start < note_at < first.span.end <= second.span.start
    assert ids(document, "articulo") == ["art_5", "art_6"]


def test_unquoted_amendment_does_not_start_provisions() -> None:
    text = (
        "ARTÍCULO 43. INHABILIDAD. Modifíquese el artículo 90 de la Ley 1474 de 2011, el cual quedará así:\n"
        "Artículo 90. Inhabilidad por incumplimiento reiterado. Quedará inhabilitado el contratista.\n"
        "a) Haber sido objeto de multas;\n"
        "PARÁGRAFO. La inhabilidad se extiende a los socios.\n"
        "ARTÍCULO 44. OTRO. Texto propio.\n"
        "PARÁGRAFO. Parágrafo propio del artículo 44.\n"
    )
    document = parse_document(text)
    assert ids(document) == ["art_43", "art_44", "art_44__par_unico"]
    art_43 = document.provisions[0]
    assert "socios" in document.text[art_43.span.start : art_43.span.end]


def test_quoted_amendment_ends_at_closing_quote() -> None:
    text = (
        "### Artículo 4. Modificación.\n\n"
        "Modifíquese el artículo 10 del Acuerdo 144 de 2019, el cual quedará así:\n\n"
        "“Artículo 10. Seguimiento. La Secretaría presentará un informe.\n\n"
        "Parágrafo. El informe será público.”\n\n"
        "Parágrafo transitorio. Durante el primer año el informe será semestral.\n"
    )
    document = parse_document(text)
    # the quoted text belongs to the inciso that announces it: one paragraph, so no inciso children
    assert ids(document) == ["art_4", "art_4__par_trans"]
    art_4 = document.provisions[0]
    assert "El informe será público.”" in document.text[art_4.span.start : art_4.span.end]
    assert document.problems == ()


def test_unclosed_quote_is_reported_and_stops_at_next_article() -> None:
    text = (
        "ARTÍCULO 7. PROHIBICIÓN. El artículo 10 del Decreto 2150 de 1995 quedará así:\n"
        '"Artículo 10. Prohibición de declaraciones extra juicio. Se prohíbe exigirlas.\n'
        "ARTÍCULO 8. OTRA. Texto.\n"
    )
    document = parse_document(text)
    assert ids(document, "articulo") == ["art_7", "art_8"]
    assert [p.rule for p in document.problems] == ["PARSE-CITA"]
    assert document.problems[0].line == 2


def test_quotation_with_label_inside_article_is_quoted_text() -> None:
    text = 'ARTÍCULO 1. OBJETO. Texto.\n"Artículo 9. Citado. Texto citado que sigue\nPARÁGRAFO. También citado."\nPARÁGRAFO. Propio.\n'
    document = parse_document(text)
    assert ids(document) == ["art_1", "art_1__inc_1", "art_1__inc_2", "art_1__par_unico"]


def test_heading_style_document_ignores_plain_article_lines() -> None:
    text = "## art:16 — FORTALECIMIENTO\n\nTexto.\n\nArtículo 227. Fortalecimiento. Texto citado.\n\n## art:17 — DEFINICIONES\n\nTexto.\n"
    document = parse_document(text)
    assert ids(document, "articulo") == ["art_16", "art_17"]


def test_exposicion_de_motivos_is_a_section_without_provisions() -> None:
    document = read_document(DATA / "acuerdo_basico.md")
    expo = document.provision("expo")
    assert expo is not None and expo.kind == "seccion" and expo.children == ()
    body = document.text[expo.span.start : expo.span.end]
    assert body.startswith("EXPOSICIÓN DE MOTIVOS") and "no es un artículo" in body
    assert "PROYECTO DE ACUERDO" not in body


def test_closing_formula_ends_the_last_article() -> None:
    document = read_document(DATA / "ley_plana.txt")
    last = [p for p in document.iter_provisions() if p.kind == "articulo"][-1]
    assert last.id == "art_256-1"
    assert "PUBLÍQUESE" not in document.text[last.span.start : last.span.end]


# --- fixtures: a bill, a plain law, terms of reference -------------------------------------------------------------


def test_bill_fixture_ids_nesting_and_front_matter() -> None:
    document = read_document(DATA / "acuerdo_basico.md")
    assert document.type == "proyecto_de_acuerdo"
    assert document.problems == ()
    assert document.metadata["date"] == dt.date(2027, 2, 15)
    assert document.metadata["sandbox"]["duration_months"] == 24
    assert document.title == "Por medio del cual se crea el programa distrital de pruebas regulatorias"
    assert document.text[document.body_start :].startswith("\n# PROYECTO DE ACUERDO")
    assert ids(document) == [
        "expo",
        "cap_1",
        "art_1",
        "art_2",
        "art_2__num_1",
        "art_2__num_2",
        "art_2__num_2__lit_a",
        "art_2__num_2__lit_b",
        "art_2__num_3",
        "art_2A",
        "cap_2",
        "art_3",
        "art_3__inc_1",
        "art_3__inc_2",
        "art_3__par_1",
        "art_3__par_2",
        "art_4",
        "art_4__par_trans",
        "art_5",
    ]
    art_2a = document.provision("art_2A")
    assert art_2a is not None and art_2a.heading == "Principios" and art_2a.label == "Artículo 2A."
    assert document.text[art_2a.body.start :].startswith("Las pruebas se rigen")
    art_5 = document.provision("art_5")
    assert art_5 is not None
    assert document.text[art_5.span.start : art_5.span.end].endswith("a partir de su publicación.")
    assert_spans_sound(document)


def test_plain_law_fixture() -> None:
    document = read_document(DATA / "ley_plana.txt")
    assert document.type is None and document.title == "LEY 9999 DE 2030"
    assert ids(document, "articulo") == ["art_1", "art_2", "art_3", "art_4", "art_256-1"]
    assert ids(document, "capitulo") == ["tit_1__cap_1", "tit_1__cap_2"]
    art_3 = document.provision("art_3")
    assert art_3 is not None and art_3.label == "ARTÍCULO TERCERO." and art_3.children == ()
    art_2 = document.provision("art_2")
    assert art_2 is not None
    assert [c.id for c in art_2.children] == ["art_2__num_1", "art_2__num_2", "art_2__par_1", "art_2__par_2"]
    assert_spans_sound(document)


def test_terms_of_reference_sections() -> None:
    document = read_document(DATA / "tdr_basico.md")
    assert document.type == "terminos_de_referencia" and document.problems == ()
    assert ids(document) == [
        "sec_1",
        "sec_2",
        "sec_2_1",
        "sec_2_2",
        "sec_2_2__num_1",
        "sec_2_2__num_2",
        "sec_2_2__num_2__lit_a",
        "sec_2_2__num_2__lit_b",
        "sec_3",
    ]
    sec_2_1 = document.provision("sec_2_1")
    assert sec_2_1 is not None and sec_2_1.heading == "Capacidad jurídica"
    sec_3 = document.provision("sec_3")
    assert sec_3 is not None and "ANEXOS" not in document.text[sec_3.span.start : sec_3.span.end]
    assert_spans_sound(document)


def test_repository_samples_parse_cleanly(repo_root: Path) -> None:
    files = sorted((repo_root / "bills").glob("*.md")) + sorted((repo_root / "terms_of_reference").glob("*.md"))
    assert files
    for file in files:
        document = read_document(file)
        assert document.type is not None, file
        assert [p for p in document.problems if p.severity == "error"] == [], file
        assert_spans_sound(document)


# --- front matter -------------------------------------------------------------------------------------------------


def test_front_matter_yaml_error_has_file_line() -> None:
    text = "---\ntype: proyecto_de_acuerdo\ntitle: [sin cerrar\n---\n### Artículo 1. Objeto.\nTexto.\n"
    document = parse_document(text, "x.md")
    (problem,) = document.problems
    assert problem.rule == "FRONTMATTER-YAML" and problem.severity == "error"
    assert problem.line in (3, 4)  # PyYAML reports where it noticed the missing bracket
    assert problem.path == "x.md"
    assert ids(document, "articulo") == ["art_1"]  # the body still parses


def test_front_matter_schema_error_points_at_the_key() -> None:
    text = (
        "---\ntype: proyecto_de_acuerdo\ntitle: Prueba\nstatus: aprobadisimo\ndate: 2027-02-30\n"
        "sandbox:\n  duration_months: cero\n---\nTexto.\n"
    )
    document = parse_document(text)
    found = {(p.rule, p.line) for p in document.problems}
    assert found == {("FRONTMATTER-SCHEMA", 4), ("FRONTMATTER-SCHEMA", 5), ("FRONTMATTER-SCHEMA", 7)}
    status = next(p for p in document.problems if p.line == 4)
    assert document.text[status.start : status.end] == "status"
    assert "aprobadisimo" in status.message
    assert document.metadata["date"] == "2027-02-30"  # impossible dates stay strings


def test_front_matter_missing_required_key() -> None:
    document = parse_document("---\ntype: terminos_de_referencia\ntitle: X\n---\n")
    messages = " ".join(p.message for p in document.problems)
    assert {p.rule for p in document.problems} == {"FRONTMATTER-SCHEMA"}
    for key in ("entity", "object", "schedule", "criteria"):
        assert key in messages


@pytest.mark.parametrize(
    ("front", "line"),
    [("---\ntitle: Sin tipo\n---\n", 1), ("---\ntitle: X\ntype: ordenanza\n---\n", 3), ("---\n---\n", 1)],
)
def test_front_matter_unknown_or_missing_type(front: str, line: int) -> None:
    document = parse_document(front + "ARTÍCULO 1. OBJETO. Texto.\n")
    assert [(p.rule, p.line) for p in document.problems] == [("FRONTMATTER-TIPO", line)]
    assert document.type is None
    assert ids(document, "articulo") == ["art_1"]


def test_front_matter_not_a_mapping_and_unclosed() -> None:
    listed = parse_document("---\n- a\n- b\n---\nTexto\n")
    assert [p.rule for p in listed.problems] == ["FRONTMATTER-SCHEMA"]
    unclosed = parse_document("---\ntype: decreto\ntitle: x\n")
    assert [p.rule for p in unclosed.problems] == ["FRONTMATTER-YAML"]


def test_bom_is_kept_and_front_matter_still_found() -> None:
    text = "\ufeff---\ntype: decreto\ntitle: Decreto de prueba\n---\n### Artículo 1. Objeto.\nTexto.\n"
    document = parse_document(text)
    assert document.type == "decreto" and document.problems == ()
    article = document.provisions[0]
    assert document.text[article.span.start :].startswith("Artículo 1.")


def test_plain_text_title_is_first_line() -> None:
    assert parse_document("\n\n# Ley 1 de 2020\nTexto\n").title == "Ley 1 de 2020"
    assert parse_document("").provisions == ()


# --- reading files ----------------------------------------------------------------------------------------------


def test_read_text_utf8_and_bom(tmp_path: Path) -> None:
    file = tmp_path / "a.md"
    file.write_bytes("\ufeffArtículo 1. Objeto.\n".encode())
    text, encoding, findings = read_text(file)
    assert text.startswith("\ufeff") and encoding == "utf-8" and findings == []


def test_read_text_cp1252_warns(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_bytes("ARTÍCULO 1o. OBJETO. Definición “clara”.\n".encode("cp1252"))
    text, encoding, findings = read_text(file)
    assert encoding == "cp1252" and "“clara”" in text
    assert [f.rule for f in findings] == ["ENCODING"] and findings[0].severity == "warning"
    document = read_document(file, display_path="shown.txt")
    assert document.problems[0].rule == "ENCODING" and document.problems[0].path == "shown.txt"
    assert document.encoding == "cp1252" and ids(document, "articulo") == ["art_1"]


def test_read_text_latin1_fallback(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_bytes(b"Art\xedculo 1. Objeto \x81 raro.\n")  # 0x81 is undefined in cp1252
    text, encoding, findings = read_text(file)
    assert encoding == "latin-1" and text.startswith("Artículo")
    assert findings[0].rule == "ENCODING"


@pytest.mark.parametrize("kind", ["missing", "binary", "garbage", "big", "folder"])
def test_read_text_errors(tmp_path: Path, kind: str) -> None:
    file = tmp_path / "f.md"
    if kind == "binary":
        file.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    elif kind == "garbage":
        file.write_bytes(bytes(range(0x80, 0xA0)) * 50)
    elif kind == "big":
        with file.open("wb") as handle:
            handle.truncate(MAX_BYTES + 1)
        file.write_bytes(b"a" * (MAX_BYTES + 1))
    elif kind == "folder":
        file.mkdir()
    with pytest.raises(InputError) as info:
        read_text(file)
    message = str(info.value)
    assert "\n" not in message and str(file) in message


def test_to_dict_round_trip() -> None:
    document = read_document(DATA / "acuerdo_basico.md")
    data = document.to_dict()
    again = Document.from_dict(data, document.text)
    assert [p.to_dict() for p in again.provisions] == [p.to_dict() for p in document.provisions]


# --- the shared corpus (skipped when absent) -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["ley_1712_2014.md", "gold/ley_1712_2014.txt"])
def test_ley_1712(shared_corpus: Path, name: str) -> None:
    document = read_document(shared_corpus / name)
    articles = [p for p in document.iter_provisions() if p.kind == "articulo"]
    # 33 articles; the compiled text also keeps the unpublished art. 23 and the struck-down art. 30 of the bill
    # under the same numbers, so 35 article provisions with ids art_23__dup2 and art_30__dup2.
    assert sorted({int(a.number) for a in articles}) == list(range(1, 34))
    assert len(articles) == 35
    assert {a.id for a in articles} >= {"art_23__dup2", "art_30__dup2"}
    by_id = {p.id: p for p in document.iter_provisions()}
    assert by_id["art_1"].heading == "OBJETO"
    assert [c.id for c in by_id["art_6"].children] == [f"art_6__lit_{x}" for x in "abcdefghijk"]
    assert [c.id for c in by_id["art_9"].children if c.kind == "paragrafo"] == [
        "art_9__par_1",
        "art_9__par_2",
        "art_9__par_3",
    ]
    assert [c.id for c in by_id["art_27"].children if c.kind in ("numeral", "paragrafo")] == [
        "art_27__num_1",
        "art_27__num_2",
        "art_27__par_unico",
    ]
    assert by_id["art_5__par_1"].kind == "paragrafo"
    assert [t.id for t in document.provisions if t.kind == "titulo"] == [f"tit_{n}" for n in range(1, 6)]
    assert by_id["tit_1"].heading == "DISPOSICIONES GENERALES"
    art_33 = by_id["art_33"]
    assert "JUAN FERNANDO CRISTO" not in document.text[art_33.span.start : art_33.span.end]
    assert_spans_sound(document)


@pytest.mark.parametrize("name", ["ley_1955_2019.md", "gold/ley_1955_2019_selected_articles.txt"])
def test_ley_1955_amended_articles_are_not_articles(shared_corpus: Path, name: str) -> None:
    document = read_document(shared_corpus / name)
    articles = [p for p in document.iter_provisions() if p.kind == "articulo"]
    expected = [
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8,
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        41,
        42,
        43,
        46,
        49,
        69,
        71,
        81,
        82,
        92,
        129,
        134,
        144,
        145,
        146,
        147,
        148,
        153,
        154,
        165,
        166,
        167,
        169,
        172,
        173,
        180,
        184,
        196,
        205,
        229,
        246,
        256,
        309,
        310,
        327,
        333,
        336,
    ]
    assert [int(a.number) for a in articles] == expected  # 55; "Artículo 90." of Ley 1474 inside art. 43 is not one
    by_id = {p.id: p for p in document.iter_provisions()}
    art_43 = by_id["art_43"]
    assert "Artículo 90. Inhabilidad" in document.text[art_43.span.start : art_43.span.end]
    assert [c.id for c in by_id["art_4"].children if c.kind == "paragrafo"] == [f"art_4__par_{n}" for n in range(1, 5)]
    assert by_id["art_147"].heading == "TRANSFORMACIÓN DIGITAL PÚBLICA"
    assert_spans_sound(document)


def test_other_corpus_files_parse(shared_corpus: Path) -> None:
    for file in sorted(shared_corpus.glob("*.md")) + sorted((shared_corpus / "gold").glob("*.txt")):
        document = read_document(file)
        assert not [p for p in document.problems if p.rule == "PARSE-INTERNO"], file
        assert_spans_sound(document)
    decree = read_document(shared_corpus / "gold" / "decreto_ley_019_2012_titulo_I.txt")
    numbers = [int(p.number) for p in decree.iter_provisions() if p.kind == "articulo"]
    assert numbers == list(range(1, 45))
