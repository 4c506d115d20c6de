"""Layout: a parsed :class:`~regdesign.model.Document` turned into the tree every renderer draws.

This module owns the one reading of a Document that all output formats share, so that DOCX, PDF, HTML, Akoma
Ntoso and Markdown show the same words in the same order:

* the title block (entity, type and number, year, epigraph) from the front matter;
* the preamble (text before the first provision) and the closing (text after the last one) as paragraphs;
* each provision as a :class:`Block` (id, kind, label, epigraph) whose ``items`` interleave the provision's own
  paragraphs and its children in text order;
* each paragraph as runs of plain text, some of them links made from :class:`~regdesign.model.Reference` spans.

Guarantees: every character of the document body outside front matter is read once (Markdown markup such as
``**``, ``#`` heading marks and backslash escapes is dropped, and so are preamble lines that only repeat the
title block); runs hold plain text, never markup, so each
renderer escapes it for its own format; a link run's text is ``text[start:end]`` of its reference.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from regdesign.model import Document, Provision, Reference

TYPE_LABELS = {
    "proyecto_de_acuerdo": "Proyecto de Acuerdo",
    "proyecto_de_ley": "Proyecto de Ley",
    "decreto": "Decreto",
    "resolucion": "Resolución",
    "terminos_de_referencia": "Términos de Referencia",
}

# Kinds drawn as section headings (the rest are inline-labelled paragraphs).
DIVISION_KINDS = ("libro", "parte", "titulo", "capitulo", "seccion", "seccion_tdr")

_KIND_WORDS = {
    "libro": "Libro",
    "parte": "Parte",
    "titulo": "Título",
    "capitulo": "Capítulo",
    "seccion": "Sección",
    "articulo": "Artículo",
    "paragrafo": "Parágrafo",
}

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_PREFIX = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)", re.MULTILINE)
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~^$\"'])")
_HARD_BREAK = re.compile(r"[ \t]*\\?\n[ \t]*")
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a paragraph: plain text, with a link target when it is a reference."""

    text: str
    target: str | None = None
    reference: Reference | None = None


@dataclass(frozen=True, slots=True)
class Paragraph:
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True, slots=True)
class Block:
    """One provision as drawn: ``label`` (``Artículo 5.``), ``heading`` (epigraph) and items in text order."""

    id: str
    kind: str
    number: str | None
    label: str
    heading: str | None
    items: tuple[Paragraph | Block, ...] = ()

    @property
    def is_division(self) -> bool:
        return self.kind in DIVISION_KINDS

    def iter(self) -> Iterable[Block]:
        yield self
        for item in self.items:
            if isinstance(item, Block):
                yield from item.iter()

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(item for item in self.items if isinstance(item, Paragraph))

    @property
    def children(self) -> tuple[Block, ...]:
        return tuple(item for item in self.items if isinstance(item, Block))


@dataclass(frozen=True, slots=True)
class TitleBlock:
    entity: str
    type: str | None
    type_label: str
    number: str | None
    year: str | None
    title: str
    date: str | None
    authors: tuple[str, ...]
    status: str | None

    @property
    def heading(self) -> str:
        """``PROYECTO DE ACUERDO N.º 045 DE 2027`` (type, number and year as far as they are known)."""
        parts = [self.type_label.upper()] if self.type_label else []
        if self.number:
            number = self.number.upper()
            parts.append(f"N.º {number}")
            if self.year and self.year not in number:
                parts.append(f"DE {self.year}")
        elif self.year:
            parts.append(f"DE {self.year}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Layout:
    path: str
    title_block: TitleBlock
    preamble: tuple[Paragraph, ...]
    blocks: tuple[Block, ...]
    closing: tuple[Paragraph, ...]
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def iter_blocks(self) -> Iterable[Block]:
        for block in self.blocks:
            yield from block.iter()

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(block.id for block in self.iter_blocks())


def clean_inline(text: str) -> str:
    """Plain text of a piece of Markdown: heading and quote marks, emphasis marks and escapes dropped, lines joined."""
    text = _LINE_PREFIX.sub("", text)
    text = _EMPHASIS.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _HARD_BREAK.sub(" ", text)
    return _SPACES.sub(" ", text)


def _scalar(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return _scalar(value.get("name"))
    return str(value).strip() or None


def title_block(document: Document) -> TitleBlock:
    meta = document.metadata or {}
    doc_type = document.type or _scalar(meta.get("type"))
    number = _scalar(meta.get("number"))
    date = _scalar(meta.get("date")) or _scalar((meta.get("schedule") or {}).get("publication"))
    year = None
    for source in (number, date):
        match = re.search(r"\b(1[89]\d\d|2\d\d\d)\b", source or "")
        if match:
            year = match.group(1)
            break
    authors = meta.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    title = _scalar(meta.get("title")) or (document.title or "").strip() or _fallback_title(document)
    return TitleBlock(
        entity=_scalar(meta.get("entity")) or "",
        type=doc_type,
        type_label=TYPE_LABELS.get(doc_type or "", ""),
        number=number,
        year=year,
        title=clean_inline(title).strip(),
        date=date,
        authors=tuple(str(a) for a in authors if a),
        status=_scalar(meta.get("status")),
    )


def _fallback_title(document: Document) -> str:
    name = document.path.rsplit("/", 1)[-1] if document.path else ""
    return name.rsplit(".", 1)[0].replace("_", " ") if name else "Documento sin título"


class _Linker:
    """Turns source spans into runs, splitting at the references that fall wholly inside them."""

    def __init__(self, document: Document, references: Sequence[Reference]) -> None:
        self.text = document.text
        self.references = sorted(
            (ref for ref in references if 0 <= ref.start < ref.end <= len(document.text)),
            key=lambda ref: (ref.start, -ref.end),
        )

    def paragraphs(self, start: int, end: int) -> list[Paragraph]:
        result: list[Paragraph] = []
        cursor = start
        for match in _PARAGRAPH_BREAK.finditer(self.text, start, end):
            result.extend(self._paragraph(cursor, match.start()))
            cursor = match.end()
        result.extend(self._paragraph(cursor, end))
        return result

    def _paragraph(self, start: int, end: int) -> list[Paragraph]:
        runs: list[Run] = []
        cursor = start
        for ref in self.references:
            if ref.start < cursor or ref.end > end:
                continue
            if ref.start > cursor:
                runs.append(Run(clean_inline(self.text[cursor : ref.start])))
            runs.append(Run(clean_inline(self.text[ref.start : ref.end]), ref.target, ref))
            cursor = ref.end
        if end > cursor:
            runs.append(Run(clean_inline(self.text[cursor:end])))
        runs = _trim(runs)
        return [Paragraph(tuple(runs))] if runs else []


def _trim(runs: list[Run]) -> list[Run]:
    """Drop leftover markup at the edges (a closing ``**`` after a label) and empty runs."""
    if runs and runs[0].target is None:
        runs[0] = Run(runs[0].text.lstrip(" \t\n*_#"), None, None)
    if runs and runs[-1].target is None:
        runs[-1] = Run(runs[-1].text.rstrip(), None, None)
    return [run for run in runs if run.text]


def _label(provision: Provision) -> str:
    label = clean_inline(provision.label or "").strip(" *_#")
    if provision.kind == "inciso":
        return label
    if not label:
        word = _KIND_WORDS.get(provision.kind, "")
        number = provision.number or ""
        label = f"{word} {number}".strip()
        if provision.kind == "literal" and number:
            label = f"{number})"
        elif provision.kind == "numeral" and number:
            label = f"{number}."
    if provision.kind in ("articulo", "paragrafo") and label and label[-1] not in ".:-—)":
        label += "."
    return label


def _heading(provision: Provision) -> str | None:
    if not provision.heading:
        return None
    heading = clean_inline(provision.heading).strip(" *_#")
    return heading or None


def _block(provision: Provision, linker: _Linker) -> Block:
    items: list[Paragraph | Block] = []
    cursor = provision.body.start
    for child in provision.children:
        if child.span.start > cursor:
            items.extend(linker.paragraphs(cursor, child.span.start))
        items.append(_block(child, linker))
        cursor = max(cursor, child.span.end)
    if provision.body.end > cursor:
        items.extend(linker.paragraphs(cursor, provision.body.end))
    return Block(
        id=provision.id,
        kind=provision.kind,
        number=provision.number,
        label=_label(provision),
        heading=_heading(provision),
        items=tuple(items),
    )


def layout_document(document: Document, references: Sequence[Reference] | None = None) -> Layout:
    """The layout of ``document``; ``references`` become link runs (none when ``None``).

    Example:
        >>> from regdesign.model import Document
        >>> layout_document(Document(path="x.md", text="Hola.", type=None)).preamble[0].text
        'Hola.'
    """
    linker = _Linker(document, references or ())
    body_start = document.body_start
    end = len(document.text)
    if document.provisions:
        first = document.provisions[0].span.start
        last = max(p.span.end for p in document.provisions)
    else:
        first = last = end
    preamble = linker.paragraphs(body_start, max(body_start, first))
    closing = linker.paragraphs(last, end) if last < end else []
    blocks = [_block(p, linker) for p in document.provisions]
    # text between top-level provisions that no provision covers (rare) goes into the previous block
    return Layout(
        path=document.path,
        title_block=title_block(document),
        preamble=tuple(_drop_title_lines(preamble, document)),
        blocks=tuple(blocks),
        closing=tuple(closing),
        metadata=dict(document.metadata or {}),
    )


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _drop_title_lines(paragraphs: list[Paragraph], document: Document) -> list[Paragraph]:
    """Leave out preamble lines that only repeat the title block (a Markdown ``# title``)."""
    block = title_block(document)
    repeated = {_normal(block.title), _normal(block.heading), _normal(block.entity), _normal(block.type_label)} - {""}
    return [p for p in paragraphs if _normal(p.text) not in repeated]
