"""Resolution of references against the citing document and the norm index (hand-built documents and references)."""

from __future__ import annotations

import re

import pytest

from regdesign.laws.index import ArticleInfo, Norm, NormIndex
from regdesign.model import Document, Provision, Reference, SourceSpan
from regdesign.resolve import _label_spans, parse_units, resolve_references

_LINE = re.compile(r"^(?P<label>Artículo (?P<art>\d+)\.|Parágrafo (?P<par>\d+)\.|(?P<num>\d+)\.)", re.MULTILINE)


def build_document(text: str, path: str = "bills/prueba.md") -> Document:
    """A Document with articles, parágrafos and numerals (ids per docs/FORMAT.md), built without the parser."""
    marks = list(_LINE.finditer(text))
    articles: list[dict] = []
    for index, match in enumerate(marks):
        end = marks[index + 1].start() if index + 1 < len(marks) else len(text)
        item = {"match": match, "end": end, "children": []}
        if match.group("art"):
            articles.append(item)
        else:
            articles[-1]["children"].append(item)

    def provision(item: dict, parent_id: str | None, end: int) -> Provision:
        match = item["match"]
        if match.group("art"):
            kind, number, pid = "articulo", match.group("art"), f"art_{match.group('art')}"
        elif match.group("par"):
            kind, number, pid = "paragrafo", match.group("par"), f"{parent_id}__par_{match.group('par')}"
        else:
            kind, number, pid = "numeral", match.group("num"), f"{parent_id}__num_{match.group('num')}"
        return Provision(
            id=pid,
            kind=kind,
            number=number,
            label=match.group("label"),
            heading=None,
            span=SourceSpan(match.start(), end),
            body=SourceSpan(match.end(), end),
            children=tuple(provision(child, pid, child["end"]) for child in item.get("children", ())),
            line=text.count("\n", 0, match.start()) + 1,
        )

    provisions = []
    for index, item in enumerate(articles):
        end = articles[index + 1]["match"].start() if index + 1 < len(articles) else len(text)
        item["end"] = end
        if item["children"]:
            item["children"][-1]["end"] = end
        provisions.append(provision(item, None, end))
    return Document(path=path, text=text, type="proyecto_de_acuerdo", provisions=tuple(provisions))


def ref(document: Document, phrase: str, occurrence: int = 0, **fields) -> Reference:
    """A Reference over the n-th occurrence of ``phrase`` in the document (exact span)."""
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(phrase, start + 1)
    scope = fields.pop("scope", "external" if fields.get("type") else "internal")
    return Reference(start=start, end=start + len(phrase), text=phrase, scope=scope, **fields)


@pytest.fixture(scope="module")
def index() -> NormIndex:
    articles = {
        "147": ArticleInfo("147", "TRANSFORMACIÓN DIGITAL PÚBLICA", status="vigente"),
        "12": ArticleInfo(
            "12", "AUTORIZACIÓN", status="derogado", status_note="Derogado por el artículo 372 de la Ley 2294 de 2023"
        ),
        "19": ArticleInfo("19", "SANCIONES", status="inexequible", status_note="INEXEQUIBLE"),
        "35": ArticleInfo(
            "35", "PRECIO", status="modificado", status_note="Modificado por el artículo 244 de la Ley 2294 de 2023"
        ),
    }
    articles.update({str(n): ArticleInfo(str(n)) for n in range(1, 337) if str(n) not in articles})
    full = Norm("ley/1955/2019", "ley", "1955", 2019, "Plan", articles, article_count=336, complete=True)
    partial = Norm("decreto_ley/19/2012", "decreto ley", "19", 2012, "Antitrámites", {}, article_count=238)
    return NormIndex([full, partial])


TEXT = (
    "Artículo 1. Objeto. Se adopta la política conforme al artículo 147 de la Ley 1955 de 2019.\n"
    "Artículo 2. Alcance. Lo previsto en el artículo anterior aplica, salvo el parágrafo 2 del artículo 3.\n"
    "1. Primero, según el numeral 2 y el parágrafo 1 del presente artículo.\n"
    "2. Segundo.\n"
    "Parágrafo 1. Véase el artículo 12 de este acuerdo.\n"
    "Artículo 3. Excepciones. Se aplica el artículo 5 de la presente ley y el artículo 400 de la Ley 1955 de 2019.\n"
    "Parágrafo 1. Según el artículo 12 de la Ley 1955 de 2019, el artículo 19 de la Ley 1955 de 2019 y el artículo 35 "
    "de la Ley 1955 de 2019.\n"
    "Parágrafo 2. Véase el artículo 3 del Decreto 19 de 2012, el artículo 90 de la Ley 1474 de 2011 y la Ley 1955 de "
    "2019. Ver el artículo siguiente.\n"
)


@pytest.fixture(scope="module")
def document() -> Document:
    return build_document(TEXT)


def test_builder_makes_the_ids_of_the_format(document: Document) -> None:
    ids = [p.id for p in document.iter_provisions()]
    assert ids == [
        "art_1",
        "art_2",
        "art_2__num_1",
        "art_2__num_2",
        "art_2__par_1",
        "art_3",
        "art_3__par_1",
        "art_3__par_2",
    ]


@pytest.mark.parametrize(
    ("phrase", "occurrence", "fields", "provision", "target"),
    [
        ("artículo anterior", 0, {"relative": "anterior"}, "art_2", "art_1"),
        ("parágrafo 2 del artículo 3", 0, {"article": "3", "sub": "parágrafo 2"}, "art_2", "art_3__par_2"),
        ("numeral 2", 0, {"sub": "numeral 2"}, "art_2__num_1", "art_2__num_2"),
        (
            "parágrafo 1 del presente artículo",
            0,
            {"sub": "parágrafo 1", "relative": "presente"},
            "art_2__num_1",
            "art_2__par_1",
        ),
        ("artículo 5 de la presente ley", 0, {"article": "5"}, "art_3", None),
        ("artículo 12 de este acuerdo", 0, {"article": "12"}, "art_2__par_1", None),
    ],
)
def test_internal_references(document, index, phrase, occurrence, fields, provision, target) -> None:
    reference = ref(document, phrase, occurrence, **fields)
    [resolved], findings = resolve_references(document, [reference], index)
    assert document.text[resolved.start : resolved.end] == resolved.text
    assert resolved.provision == provision
    assert resolved.target == target
    if target is None:
        [finding] = findings
        assert finding.rule == "REF-INTERNA-ROTA" and finding.severity == "error"
        assert finding.message.startswith(f"El artículo {fields['article']} no existe en este documento")
        assert finding.provision == provision and finding.category == "REFERENCIAS"
        assert (finding.start, finding.end) == (resolved.start, resolved.end)
        line = document.text.count("\n", 0, resolved.start) + 1
        assert finding.line == line
        assert finding.column == resolved.start - (document.text.rfind("\n", 0, resolved.start) + 1) + 1
    else:
        assert findings == []


def test_presente_articulo_targets_the_containing_article(document, index) -> None:
    text = "Artículo 1. Uno.\nArtículo 2. Lo dispuesto en el presente artículo rige ya.\n"
    doc = build_document(text)
    [resolved], findings = resolve_references(doc, [ref(doc, "presente artículo", relative="presente")], index)
    assert (resolved.provision, resolved.target, findings) == ("art_2", "art_2", [])


def test_articulo_anterior_in_the_first_article_is_broken(index) -> None:
    doc = build_document("Artículo 1. Como dice el artículo anterior.\nArtículo 2. Nada.\n")
    [resolved], [finding] = resolve_references(doc, [ref(doc, "artículo anterior", relative="anterior")], index)
    assert resolved.target is None
    assert finding.rule == "REF-INTERNA-ROTA" and "anterior" in finding.message


def test_articulo_siguiente_of_the_last_article_is_broken(document, index) -> None:
    [resolved], [finding] = resolve_references(
        document, [ref(document, "artículo siguiente", relative="siguiente")], index
    )
    assert resolved.target is None and resolved.provision == "art_3__par_2"
    assert finding.rule == "REF-INTERNA-ROTA"


def test_external_references_get_targets_statuses_and_findings(document, index) -> None:
    references = [
        ref(document, "artículo 147 de la Ley 1955 de 2019", type="ley", number="1955", year=2019, article="147"),
        ref(document, "artículo 400 de la Ley 1955 de 2019", type="ley", number="1955", year=2019, article="400"),
        ref(document, "artículo 12 de la Ley 1955 de 2019", type="ley", number="1955", year=2019, article="12"),
        ref(document, "artículo 19 de la Ley 1955 de 2019", type="ley", number="1955", year=2019, article="19"),
        ref(document, "artículo 35 de la Ley 1955 de 2019", type="ley", number="1955", year=2019, article="35"),
        ref(document, "artículo 3 del Decreto 19 de 2012", type="decreto", number="19", year=2012, article="3"),
        ref(document, "artículo 90 de la Ley 1474 de 2011", type="ley", number="1474", year=2011, article="90"),
        ref(document, "Ley 1955 de 2019", 5, type="ley", number="1955", year=2019),
    ]
    resolved, findings = resolve_references(document, references, index)
    assert [(r.target, r.status) for r in resolved] == [
        ("ley/1955/2019#art_147", "vigente"),
        ("ley/1955/2019#art_400", None),
        ("ley/1955/2019#art_12", "derogado"),
        ("ley/1955/2019#art_19", "inexequible"),
        ("ley/1955/2019#art_35", "modificado"),
        ("decreto_ley/19/2012#art_3", None),
        ("ley/1474/2011#art_90", None),
        ("ley/1955/2019", "vigente"),
    ]
    assert [r.provision for r in resolved] == [
        "art_1",
        "art_3",
        "art_3__par_1",
        "art_3__par_1",
        "art_3__par_1",
        "art_3__par_2",
        "art_3__par_2",
        "art_3__par_2",
    ]
    by_rule = {f.rule: f for f in findings}
    assert sorted(by_rule) == [
        "REF-ARTICULO-INEXISTENTE",
        "REF-INEXEQUIBLE",
        "REF-NORMA-DEROGADA",
        "REF-NORMA-MODIFICADA",
    ]
    assert by_rule["REF-ARTICULO-INEXISTENTE"].message == "La Ley 1955 de 2019 no tiene artículo 400."
    assert by_rule["REF-ARTICULO-INEXISTENTE"].severity == "error"
    derogada = by_rule["REF-NORMA-DEROGADA"]
    assert derogada.severity == "warning"
    assert "artículo 372 de la Ley 2294 de 2023" in derogada.message
    assert derogada.basis == "Derogado por el artículo 372 de la Ley 2294 de 2023"
    assert "artículo 372 de la Ley 2294 de 2023" in derogada.suggestion
    assert by_rule["REF-INEXEQUIBLE"].severity == "warning"
    assert by_rule["REF-NORMA-MODIFICADA"].severity == "info"
    for finding in findings:
        assert document.text[finding.start : finding.end] in {r.text for r in references}


def test_article_lists_check_every_article(index) -> None:
    doc = build_document("Artículo 1. Según los artículos 146 a 148 y 340 de la Ley 1955 de 2019.\n")
    reference = ref(
        doc,
        "artículos 146 a 148 y 340 de la Ley 1955 de 2019",
        type="ley",
        number="1955",
        year=2019,
        article="146",
        articles=("146", "147", "148", "340"),
    )
    [resolved], findings = resolve_references(doc, [reference], index)
    assert resolved.target == "ley/1955/2019#art_146"
    assert [f.message for f in findings] == ["La Ley 1955 de 2019 no tiene artículo 340."]


def test_partial_index_flags_only_articles_beyond_the_count(index) -> None:
    doc = build_document("Artículo 1. Véase el artículo 44 y el artículo 239 del Decreto Ley 019 de 2012.\n")
    refs = [
        ref(doc, "artículo 44", type="decreto ley", number="19", year=2012, article="44"),
        ref(doc, "artículo 239 del Decreto Ley 019 de 2012", type="decreto ley", number="19", year=2012, article="239"),
    ]
    resolved, findings = resolve_references(doc, refs, index)
    assert [r.status for r in resolved] == [None, None]
    assert [(f.rule, f.message) for f in findings] == [
        ("REF-ARTICULO-INEXISTENTE", "El Decreto Ley 19 de 2012 no tiene artículo 239.")
    ]


def test_compiler_notes_resolve_without_findings(index) -> None:
    doc = build_document("Artículo 1. <Artículo derogado por el artículo 12 de la Ley 1955 de 2019> Texto.\n")
    reference = ref(
        doc, "artículo 12 de la Ley 1955 de 2019", type="ley", number="1955", year=2019, article="12", note=True
    )
    [resolved], findings = resolve_references(doc, [reference], index)
    assert (resolved.target, resolved.status, findings) == ("ley/1955/2019#art_12", "derogado", [])


def test_references_outside_provisions_have_no_provision(index) -> None:
    doc = build_document("Preámbulo según la Ley 1955 de 2019.\nArtículo 1. Uno.\n")
    [resolved], _ = resolve_references(doc, [ref(doc, "Ley 1955 de 2019", type="ley", number="1955", year=2019)], index)
    assert resolved.provision is None and resolved.target == "ley/1955/2019"


def test_parse_units_reads_nested_units() -> None:
    units = parse_units("inciso 2 del literal a) del numeral 2 del presente artículo")
    assert [(u.kind, u.number, u.relative) for u in units] == [
        ("inciso", "2", None),
        ("literal", "a", None),
        ("numeral", "2", None),
        ("articulo", None, "presente"),
    ]
    assert [(u.kind, u.relative) for u in parse_units("el artículo anterior")] == [("articulo", "anterior")]
    assert [(u.kind, u.number) for u in parse_units("parágrafo transitorio del artículo 5o")] == [
        ("paragrafo", "trans"),
        ("articulo", "5"),
    ]


def test_label_spans_cover_the_articles_own_labels(document) -> None:
    spans = _label_spans(document)
    labels = {document.text[start:end] for start, end in spans}
    assert {"Artículo 1.", "Artículo 2.", "Parágrafo 1.", "1."} <= labels


def test_references_for_document_skips_front_matter_and_labels(monkeypatch, index) -> None:
    """The extractor is replaced by a stub so this test does not depend on its internals."""
    import sys
    import types

    from regdesign import resolve

    text = "---\ntitle: Ley 1955 de 2019\n---\nArtículo 1. Objeto. Según el artículo 147 de la Ley 1955 de 2019.\n"
    body_start = text.index("Artículo 1.")
    base = build_document(text[body_start:])
    shift = body_start

    def moved(p: Provision) -> Provision:
        return Provision(
            p.id,
            p.kind,
            p.number,
            p.label,
            p.heading,
            SourceSpan(p.span.start + shift, p.span.end + shift),
            SourceSpan(p.body.start + shift, p.body.end + shift),
            None,
            tuple(moved(c) for c in p.children),
            p.line + 3,
        )

    doc = Document(
        "bills/x.md",
        text,
        "proyecto_de_acuerdo",
        provisions=tuple(moved(p) for p in base.provisions),
        body_start=body_start,
    )
    calls = []

    def fake_extract(full_text: str, start: int = 0, end: int | None = None) -> list[Reference]:
        calls.append(start)
        found = []
        for match in re.finditer(r"(artículo (\d+)(?: de la Ley 1955 de 2019)?|Ley 1955 de 2019)", full_text, re.I):
            if match.start() < start:
                continue
            article = match.group(2)
            external = "Ley 1955" in match.group(1)
            found.append(
                Reference(
                    match.start(),
                    match.end(),
                    match.group(1),
                    "external" if external else "internal",
                    "ley" if external else None,
                    "1955" if external else None,
                    2019 if external else None,
                    article,
                )
            )
        return found

    module = types.ModuleType("regdesign.nlp.references")
    module.extract_references = fake_extract  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "regdesign.nlp.references", module)
    references = resolve.references_for_document(doc, index)
    assert calls == [body_start]
    assert [(r.text, r.target) for r in references] == [
        ("artículo 147 de la Ley 1955 de 2019", "ley/1955/2019#art_147")
    ]


def test_lists_resolve_to_their_first_member(index) -> None:
    doc = build_document(
        "Artículo 1. Uno.\n1. a.\nArtículo 2. Véanse los numerales 1 y 2 del artículo 1 y el artículo "
        "anterior y el parágrafo 2 del artículo 7.\n"
    )
    refs = [
        ref(doc, "numerales 1 y 2 del artículo 1", article="1", sub="numerales 1 y 2"),
        ref(doc, "artículo anterior y el parágrafo 2 del artículo 7", article="7", relative="anterior"),
    ]
    resolved, findings = resolve_references(doc, refs, index)
    assert [r.target for r in resolved] == ["art_1__num_1", "art_1"]
    assert findings == []


def test_possessive_article_is_not_a_broken_internal_reference(index) -> None:
    doc = build_document("Artículo 1. La Ley 1955 de 2019 y su artículo 147 mandan.\n")
    [resolved], findings = resolve_references(doc, [ref(doc, "artículo 147", article="147")], index)
    assert (resolved.target, findings) == (None, [])


def test_reference_resolved_equals_dataclasses_replace() -> None:
    """``Reference.resolved`` (positional, for speed) sets exactly provision, target and status, like ``replace``."""
    from dataclasses import fields, replace

    from regdesign.model import Reference

    values = {f.name: f"v_{f.name}" for f in fields(Reference)}  # a distinct value per field: an order slip shows
    values.update(start=3, end=9, year=2019, articles=("1", "2"), note=True)
    original = Reference(**values)
    got = original.resolved("art_5", "ley/1955/2019#art_147", "vigente")
    assert got == replace(original, provision="art_5", target="ley/1955/2019#art_147", status="vigente")


# --- the new text of an amended norm, numerals written "1o.", paragraphs of a numeral ---------------------------

AMENDING_BILL = """---
tipo: proyecto_de_acuerdo
---

ARTÍCULO 1. OBJETO. El presente acuerdo regula el uso de tecnologías emergentes. Véase el numeral 2 del artículo 3.

ARTÍCULO 2. MODIFICACIÓN. Modifíquese el artículo 2o de la Ley 1150 de 2007, el cual quedará así:

"ARTÍCULO 2o. DE LAS MODALIDADES DE SELECCIÓN. La escogencia del contratista se efectuará así:

1o. Licitación pública. Salvo lo previsto en el numeral 4 del presente artículo, se hará por licitación.

PARÁGRAFO 5o. Los acuerdos marco a que se refiere el inciso 2 del literal a) del numeral 2 del presente artículo
permitirán fijar las condiciones de oferta, sin perjuicio del artículo 41 de la presente ley."

ARTÍCULO 3. REGLAS. La entidad aplicará estas reglas:

1o. Publicará el informe.

2o. Recibirá observaciones durante cinco días.

En todo caso, el plazo del inciso primero no se reducirá.

ARTÍCULO 4. VIGENCIA. Rige desde su publicación y deroga el parágrafo 9 del presente artículo.
"""


def _checked(text: str):
    from regdesign.parse import parse_document
    from regdesign.resolve import check_references

    document = parse_document(text, path="bills/enmienda.md")
    references, findings = check_references(document)
    return document, {ref.text: ref for ref in references}, findings


def test_internal_references_in_amended_text_point_to_the_amended_norm() -> None:
    document, refs, findings = _checked(AMENDING_BILL)
    assert len(document.amendments) == 1
    span = document.amendments[0]
    quoted = AMENDING_BILL[span.start : span.end]
    assert quoted.startswith('"ARTÍCULO 2o. DE LAS MODALIDADES') and quoted.rstrip().endswith('presente ley."')
    assert document.amendment_at(span.start) == span and document.amendment_at(span.start - 5) is None
    # inside the quotation: the amended article and law, never this document's articles
    assert refs["numeral 4 del presente artículo"].target == "ley/1150/2007#art_2"
    assert refs["inciso 2 del literal a) del numeral 2 del presente artículo"].target == "ley/1150/2007#art_2"
    assert refs["artículo 41 de la presente ley"].target == "ley/1150/2007#art_41"
    # outside it, internal references still resolve in the document, and a broken one is still an error
    assert refs["numeral 2 del artículo 3"].target == "art_3__num_2"
    broken = [f for f in findings if f.rule == "REF-INTERNA-ROTA"]
    assert [AMENDING_BILL[f.start : f.end] for f in broken] == ["parágrafo 9 del presente artículo"]
    assert broken[0].message == "El parágrafo 9 del presente artículo no existe en este documento."


def test_numerals_written_as_ordinals_are_provisions() -> None:
    from regdesign.parse import parse_document

    document = parse_document(AMENDING_BILL, path="bills/enmienda.md")
    ids = [p.id for p in document.iter_provisions()]
    assert "art_3__num_1" in ids and "art_3__num_2" in ids
    label = document.provision("art_3__num_2")
    assert label is not None and label.label == "2o." and label.number == "2"
    # the amended text's own "1o." and "PARÁGRAFO 5o." are not provisions of the bill
    assert not any(i.startswith("art_2__") and ("num" in i or "par" in i) for i in ids)
    # a year or an amount that starts a line is not a numeral ("2o" needs its dot)
    plain = parse_document("ARTÍCULO 1. Reglas.\n\n2o Festival de innovación.\n", path="x.md")
    assert [p.id for p in plain.iter_provisions()] == ["art_1"]


def test_inciso_named_inside_a_numeral_is_one_of_its_paragraphs() -> None:
    _, refs, findings = _checked(AMENDING_BILL)
    assert "inciso primero" in refs
    assert not any(AMENDING_BILL[f.start : f.end] == "inciso primero" for f in findings)


def test_broken_section_message_agrees_in_gender() -> None:
    from regdesign.resolve import _describe

    assert _describe(parse_units("sección 2.2.2.30")) == "La sección 2.2.2.30"
    assert _describe(parse_units("numeral 2 de la sección 4")) == "El numeral 2 de la sección 4"
    assert _describe(parse_units("literal a) del artículo anterior")) == "El literal a del artículo anterior"
