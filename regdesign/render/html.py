"""HTML: one self-contained, accessible page for a document (no external files, no scripts).

Guarantees: ``<html lang="es">``; exactly one ``h1`` (type, number and epigraph); headings that never skip a level
(divisions and articles take the level below their container); landmarks ``header``, ``nav`` (table of contents),
``main`` and ``footer``, with a skip link to ``main``; every provision carries its id as ``id`` (``id="art_5"``);
references are links (internal → ``#id``; external → the Senate's compiled text when it can be built, else plain
text with the target in ``data-target``); every piece of text from the document is escaped by lxml, never pasted
as markup; colours of ``templates/regdesign.css`` meet WCAG AA.
"""

from __future__ import annotations

from importlib import resources

from lxml import etree, html

from regdesign.render import links
from regdesign.render.layout import Block, Layout, Paragraph


def _css() -> str:
    return resources.files("regdesign.render").joinpath("templates/regdesign.css").read_text(encoding="utf-8")


def _el(parent: etree._Element | None, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    attrs = {key.rstrip("_").replace("_", "-"): value for key, value in attrs.items()}
    element = etree.Element(tag, attrs) if parent is None else etree.SubElement(parent, tag, attrs)
    if text:
        element.text = text
    return element


def _append_text(element: etree._Element, text: str) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


class _Page:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.anchors = layout.ids

    def href(self, target: str | None) -> str | None:
        if not target:
            return None
        internal = links.internal_id(target)
        if internal:
            anchor = links.nearest_anchor(internal, self.anchors)
            return f"#{anchor}" if anchor else None
        return links.web_url(target)

    def runs(self, p: etree._Element, paragraph: Paragraph) -> None:
        for run in paragraph.runs:
            href = self.href(run.target)
            if href:
                a = _el(p, "a", run.text, href=href, class_="ref")
                if not href.startswith("#"):
                    a.set("rel", "external")
            elif run.target:
                _el(p, "span", run.text, class_="ref", data_target=run.target)
            else:
                _append_text(p, run.text)

    def paragraph(self, parent: etree._Element, paragraph: Paragraph, css_class: str | None = None) -> None:
        p = _el(parent, "p", class_=css_class) if css_class else _el(parent, "p")
        self.runs(p, paragraph)

    def block(self, parent: etree._Element, block: Block, level: int) -> None:
        if block.is_division:
            section = _el(parent, "section", id=block.id, class_=block.kind, aria_labelledby=f"{block.id}-h")
            title = block.label + (f" {block.heading}" if block.heading else "")
            _el(section, f"h{min(level, 6)}", title, id=f"{block.id}-h")
            self.items(section, block, level + 1)
            return
        if block.kind == "articulo":
            article = _el(parent, "article", id=block.id, class_="articulo", aria_labelledby=f"{block.id}-h")
            heading = block.label + (f" {block.heading}" if block.heading else "")
            if block.heading and block.heading[-1] not in ".:;!?":
                heading += "."
            _el(article, f"h{min(level, 6)}", heading, id=f"{block.id}-h")
            self.items(article, block, level + 1)
            return
        container = _el(parent, "div", id=block.id, class_=block.kind)
        if block.kind == "inciso" and not block.label:
            self.items(container, block, level)
            return
        items = list(block.items)
        first = items[0] if items else None
        p = _el(container, "p")
        _el(p, "span", block.label, class_="rotulo")
        _append_text(p, " ")
        if isinstance(first, Paragraph):  # text running on after the label
            items.pop(0)
            self.runs(p, first)
        for item in items:
            self.item(container, item, level)

    def item(self, parent: etree._Element, item: Paragraph | Block, level: int) -> None:
        if isinstance(item, Block):
            self.block(parent, item, level)
        else:
            self.paragraph(parent, item)

    def items(self, parent: etree._Element, block: Block, level: int) -> None:
        for item in block.items:
            self.item(parent, item, level)

    def toc(self, parent: etree._Element, blocks: tuple[Block, ...]) -> None:
        entries = [b for b in blocks if b.is_division or b.kind == "articulo"]
        if not entries:
            return
        ol = _el(parent, "ol")
        for block in entries:
            li = _el(ol, "li")
            title = block.label + (f" {block.heading}" if block.heading else "")
            _el(li, "a", title, href=f"#{block.id}")
            if block.is_division:
                self.toc(li, block.children)

    def build(self) -> str:
        tb = self.layout.title_block
        root = _el(None, "html", lang="es")
        head = _el(root, "head")
        _el(head, "meta", charset="utf-8")
        _el(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
        heading = " ".join(part for part in (tb.type_label, f"N.º {tb.number}" if tb.number else "") if part)
        _el(head, "title", " — ".join(part for part in (heading, tb.title) if part) or "Documento")
        if tb.authors:
            _el(head, "meta", name="author", content="; ".join(tb.authors))
        if tb.entity:
            _el(head, "meta", name="publisher", content=tb.entity)
        _el(head, "meta", name="description", content=tb.title)
        _el(head, "meta", name="generator", content="regdesign")
        _el(head, "style", _css())
        body = _el(root, "body")
        _el(body, "a", "Saltar al contenido / Skip to content", href="#contenido", class_="skip-link")
        header = _el(body, "header")
        if tb.entity:
            _el(header, "p", tb.entity, class_="entidad")
        h1 = _el(header, "h1", heading or tb.title)
        if heading and tb.title:
            _el(h1, "span", tb.title, class_="epigrafe")
        facts = [f"Fecha: {tb.date}" if tb.date else "", f"Estado: {tb.status.replace('_', ' ')}" if tb.status else ""]
        if tb.authors:
            facts.append("Autoría: " + "; ".join(tb.authors))
        facts = [fact for fact in facts if fact]
        if facts:
            _el(header, "p", " · ".join(facts), class_="datos")
        nav = _el(body, "nav", aria_labelledby="indice")
        _el(nav, "h2", "Contenido", id="indice")
        self.toc(nav, self.layout.blocks)
        main = _el(body, "main", id="contenido", tabindex="-1")
        if self.layout.preamble:
            preamble = _el(main, "div", class_="preambulo")
            for paragraph in self.layout.preamble:
                self.paragraph(preamble, paragraph)
        for block in self.layout.blocks:
            self.block(main, block, 2)
        for paragraph in self.layout.closing:
            self.paragraph(main, paragraph, "cierre")
        footer = _el(body, "footer")
        _el(
            footer,
            "p",
            "Documento generado con regdesign a partir del texto fuente "
            f"{self.layout.path.rsplit('/', 1)[-1] or ''}. Versión de trabajo: consulte el texto oficial.".replace(
                "  ", " "
            ),
        )
        return html.tostring(root, doctype="<!DOCTYPE html>", encoding="unicode", method="html") + "\n"


def to_html(layout: Layout) -> str:
    """The page for ``layout`` as a string (``<!DOCTYPE html>`` first)."""
    return _Page(layout).build()


def wrap_fragment(fragment: str, *, title: str, author: str = "") -> str:
    """A whole accessible page around an HTML fragment that pandoc wrote (headings shifted below the ``h1``)."""
    root = _el(None, "html", lang="es")
    head = _el(root, "head")
    _el(head, "meta", charset="utf-8")
    _el(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    _el(head, "title", title or "Documento")
    if author:
        _el(head, "meta", name="author", content=author)
    _el(head, "meta", name="generator", content="regdesign")
    _el(head, "style", _css())
    body = _el(root, "body")
    _el(body, "a", "Saltar al contenido / Skip to content", href="#contenido", class_="skip-link")
    header = _el(body, "header")
    _el(header, "h1", title or "Documento")
    main = _el(body, "main", id="contenido", tabindex="-1")
    for element in html.fragments_fromstring(fragment) if fragment.strip() else ():
        if isinstance(element, str):
            _el(main, "p", element)
        else:
            main.append(element)
    headings = [h for h in main.iter("h2", "h3") if h.get("id")]
    if headings:
        nav = _el(None, "nav", aria_labelledby="indice")
        _el(nav, "h2", "Contenido", id="indice")
        ol = _el(nav, "ol")
        for heading in headings:
            _el(_el(ol, "li"), "a", "".join(heading.itertext()), href=f"#{heading.get('id')}")
        body.insert(list(body).index(main), nav)
    footer = _el(body, "footer")
    _el(footer, "p", "Documento generado con regdesign.")
    return html.tostring(root, doctype="<!DOCTYPE html>", encoding="unicode", method="html") + "\n"
