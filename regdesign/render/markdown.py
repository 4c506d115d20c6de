"""Markdown: a :class:`~regdesign.render.layout.Layout` written as Markdown, in two flavours.

* ``md`` — the normalised Markdown of the document (output format ``md``): YAML front matter, títulos and capítulos
  as headings, ``**Artículo N. Epígrafe.**`` paragraphs, numerals and literals as drafted (``1.``, ``a)``). The parser
  reads it back into the same provision ids.
* ``pandoc`` — the input of pandoc for DOCX and PDF: the same words, plus a title block and paragraph styles as
  ``custom-style`` divs (the styles of ``templates/reference.docx``; ``templates/regdesign-typst.lua`` maps them to
  typst), an anchor per provision (``[…]{#art_5}``) and references as links.

Guarantee: text from the document is escaped, so nothing in a bill (``<script>``, ``*``, ``[x](y)``, ``$``, ``@``)
becomes markup: it comes out as the same characters.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

import yaml

from regdesign.render.layout import Block, Layout, Paragraph

Linker = Callable[[str], str | None]

_ESCAPE = re.compile(r"([\\`*_\[\]<>$@~^|#{}])")
_LINE_START = re.compile(r"^(\s*)(\d+(?:\.\d+)*)([.)])|^(\s*)([A-Za-z])(\))|^(\s*)([-+=>:])")
_STYLE_BY_DEPTH = ("Numeral", "Literal", "Subliteral")


def escape(text: str, *, line_start: bool = True) -> str:
    """Markdown-escape plain ``text`` so that it renders as the same characters."""
    text = _ESCAPE.sub(r"\\\1", text)
    if line_start:
        text = _LINE_START.sub(_escape_line_start, text, count=1)
    return text


def _escape_line_start(match: re.Match[str]) -> str:
    groups = match.groups()
    if groups[1] is not None:
        return f"{groups[0]}{groups[1]}\\{groups[2]}"
    if groups[4] is not None:
        return f"{groups[3]}{groups[4]}\\{groups[5]}"
    return f"{groups[6]}\\{groups[7]}"


def _front_matter(metadata: Mapping[str, Any]) -> str:
    def plain(value: Any) -> Any:
        if isinstance(value, dt.datetime | dt.date):
            return value
        if isinstance(value, Mapping):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    text = yaml.safe_dump(plain(dict(metadata)), allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{text}---\n"


def _runs(paragraph: Paragraph, link: Linker | None, *, line_start: bool) -> str:
    parts: list[str] = []
    for index, run in enumerate(paragraph.runs):
        text = escape(run.text, line_start=line_start and index == 0)
        href = link(run.target) if (link and run.target) else None
        parts.append(f"[{text}]({href})" if href else text)
    return "".join(parts)


def _take_paragraph(items: list[Paragraph | Block]) -> Paragraph | None:
    """Pop and return ``items[0]`` when it is a paragraph (the text that runs on after a label); else ``None``."""
    first = items[0] if items else None
    if isinstance(first, Paragraph):
        items.pop(0)
        return first
    return None


class _Writer:
    def __init__(self, flavour: str, link: Linker | None) -> None:
        self.pandoc = flavour == "pandoc"
        self.link = link if self.pandoc else None
        self.out: list[str] = []

    def para(self, text: str, style: str | None = None) -> None:
        if style and self.pandoc:
            self.out.append(f'::: {{custom-style="{style}"}}\n{text}\n:::')
        else:
            self.out.append(text)

    def anchor(self, block: Block, text: str) -> str:
        return f"[{text}]{{#{block.id}}}" if self.pandoc else text

    def block(self, block: Block, depth: int, list_depth: int) -> None:
        if block.is_division:
            level = min(6, 2 + depth)
            title = escape(block.label, line_start=False)
            if block.heading:
                title += " " + escape(block.heading, line_start=False)
            self.out.append(f"{'#' * level} {title}" + (f" {{#{block.id}}}" if self.pandoc else ""))
            self._items(block, depth + 1, list_depth)
            return
        if block.kind == "inciso" and not block.label:
            items = list(block.items)
            lead_paragraph = _take_paragraph(items) if self.pandoc else None
            if lead_paragraph is not None:
                self.para(self.anchor(block, "") + _runs(lead_paragraph, self.link, line_start=True))
            for item in items:
                self._item(item, depth + 1, list_depth)
            return
        if block.kind in ("numeral", "literal"):
            self._list_item(block, depth, list_depth + 1)
            return
        label = block.label
        if block.heading:
            heading = block.heading if block.heading[-1] in ".:;!?" else block.heading + "."
            label = f"{label} {heading}"
        lead = self.anchor(block, f"**{escape(label, line_start=False)}**")
        items = list(block.items)
        inciso = items[0] if items else None
        if isinstance(inciso, Block) and inciso.kind == "inciso" and not inciso.label:
            # the first inciso of an article runs on after the label, as drafted
            items.pop(0)
            lead += (" " + self.anchor(inciso, "")) if self.pandoc else ""
            items = list(inciso.items) + items
        first = _take_paragraph(items)
        self.para(lead + (" " + _runs(first, self.link, line_start=False) if first else ""))
        for item in items:
            self._item(item, depth + 1, list_depth)

    def _list_item(self, block: Block, depth: int, list_depth: int) -> None:
        style = _STYLE_BY_DEPTH[min(list_depth, len(_STYLE_BY_DEPTH)) - 1]
        indent = "" if self.pandoc else "   " * (list_depth - 1)
        label = escape(block.label, line_start=False) if self.pandoc else block.label
        items = list(block.items)
        first = _take_paragraph(items)
        text = self.anchor(block, label) + (" " + _runs(first, self.link, line_start=False) if first else "")
        self.para(indent + text, style)
        for item in items:
            if isinstance(item, Block):
                self.block(item, depth + 1, list_depth)
            else:
                self.para(indent + _runs(item, self.link, line_start=True), style)

    def _item(self, item: Paragraph | Block, depth: int, list_depth: int) -> None:
        if isinstance(item, Block):
            self.block(item, depth, list_depth)
        else:
            self.para(_runs(item, self.link, line_start=True))

    def _items(self, block: Block, depth: int, list_depth: int) -> None:
        for item in block.items:
            self._item(item, depth, list_depth)


def to_markdown(layout: Layout, *, flavour: str = "md", link: Linker | None = None) -> str:
    """Markdown of ``layout``; ``flavour`` is ``md`` (normalised source) or ``pandoc`` (input of DOCX/PDF)."""
    writer = _Writer(flavour, link)
    tb = layout.title_block
    if flavour == "pandoc":
        if tb.entity:
            writer.para(escape(tb.entity.upper()), "Entidad")
        if tb.heading:
            writer.para(escape(tb.heading), "Tipo de norma")
        if tb.title:
            writer.para(escape(f"«{tb.title}»"), "Epigrafe")
    for paragraph in layout.preamble:
        writer.para(_runs(paragraph, writer.link, line_start=True))
    for block in layout.blocks:
        writer.block(block, 0, 0)
    for paragraph in layout.closing:
        writer.para(_runs(paragraph, writer.link, line_start=True), "Cierre")
    body = "\n\n".join(writer.out) + "\n"
    if flavour == "md":
        return _front_matter(layout.metadata) + "\n" + body if layout.metadata else body
    return body
