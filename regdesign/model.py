"""The document model shared by every stage of regdesign.

This module owns the frozen dataclasses that the parser produces and every other stage consumes:
:class:`Document`, :class:`Provision`, :class:`SourceSpan`, :class:`Reference` and :class:`Finding`.

Guarantees:
* every span is a pair of Python string indices (code points) into ``Document.text``, the file's text as decoded;
* provision ids are stable and unique within a document (``art_5__par_1__num_3__lit_a``);
* ``to_dict``/``from_dict`` round-trip, and ``to_json`` is deterministic (sorted keys, ``ensure_ascii=False``).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

_T = TypeVar("_T")

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}

REFERENCE_TYPES = (
    "ley",
    "ley estatutaria",
    "decreto",
    "decreto ley",
    "decreto legislativo",
    "resolución",
    "acuerdo",
    "acto legislativo",
    "circular",
    "conpes",
    "constitución",
    "código",
    "estatuto",
    "sentencia",
    "otro",
)

DOCUMENT_TYPES = (
    "proyecto_de_acuerdo",
    "proyecto_de_ley",
    "decreto",
    "resolucion",
    "terminos_de_referencia",
)

# Kinds of provision, in the order they nest in a bill. ``seccion_tdr`` is a numbered section of terms of reference.
PROVISION_KINDS = (
    "libro",
    "parte",
    "titulo",
    "capitulo",
    "seccion",
    "articulo",
    "paragrafo",
    "numeral",
    "literal",
    "inciso",
    "seccion_tdr",
)


def to_json(value: Any, *, indent: int | None = None) -> str:
    """Deterministic JSON: sorted keys, UTF-8 text kept as is."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, indent=indent)


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(cls: type) -> frozenset[str]:
    """The field names of a dataclass, computed once (``from_dict`` runs per cached finding and reference)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))
    return names


def _from_fields(cls: type[_T], values: Mapping[str, Any]) -> _T:
    """``cls(**values)``, leaving out keys that are not fields of ``cls`` (records written by another version). The
    check is one C-level set test, so the cache's own records (every key a field) cost no per-key filtering."""
    names = _field_names(cls)
    if names.issuperset(values):
        return cls(**values)
    return cls(**{key: value for key, value in values.items() if key in names})


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """Half-open range ``[start, end)`` of code points in the document text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}:{self.end}")

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SourceSpan:
        return cls(int(data["start"]), int(data["end"]))


@dataclass(frozen=True, slots=True)
class Provision:
    """One unit of a legal text: a título, capítulo, artículo, parágrafo, numeral, literal, inciso or ToR section.

    ``span`` covers the whole provision, its label and heading and all its children; ``body`` covers the
    provision's own text after its label and heading (children included); ``heading_span`` covers the
    epigraph when there is one.
    """

    id: str
    kind: str
    number: str | None
    label: str
    heading: str | None
    span: SourceSpan
    body: SourceSpan
    heading_span: SourceSpan | None = None
    children: tuple[Provision, ...] = ()
    line: int = 1

    def iter(self) -> Iterator[Provision]:
        """This provision and all its descendants, depth first in text order."""
        yield self
        for child in self.children:
            yield from child.iter()

    def text(self, document_text: str) -> str:
        return self.span.slice(document_text)

    def own_spans(self) -> list[SourceSpan]:
        """The parts of ``body`` not covered by a child (the provision's own words)."""
        parts: list[SourceSpan] = []
        cursor = self.body.start
        for child in self.children:
            if child.span.start > cursor:
                parts.append(SourceSpan(cursor, child.span.start))
            cursor = max(cursor, child.span.end)
        if self.body.end > cursor:
            parts.append(SourceSpan(cursor, self.body.end))
        return parts

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "number": self.number,
            "label": self.label,
            "heading": self.heading,
            "span": self.span.to_dict(),
            "body": self.body.to_dict(),
            "heading_span": self.heading_span.to_dict() if self.heading_span else None,
            "children": [child.to_dict() for child in self.children],
            "line": self.line,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Provision:
        heading_span = data.get("heading_span")
        return cls(
            id=data["id"],
            kind=data["kind"],
            number=data.get("number"),
            label=data.get("label", ""),
            heading=data.get("heading"),
            span=SourceSpan.from_dict(data["span"]),
            body=SourceSpan.from_dict(data["body"]),
            heading_span=SourceSpan.from_dict(heading_span) if heading_span else None,
            children=tuple(cls.from_dict(child) for child in data.get("children", ())),
            line=int(data.get("line", 1)),
        )


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem found in a document, with where it is, why it matters and what to write instead."""

    rule: str
    severity: str
    message: str
    path: str = ""
    start: int = 0
    end: int = 0
    line: int = 1
    column: int = 1
    provision: str | None = None
    category: str = ""
    basis: str = ""
    suggestion: str = ""
    message_en: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITY_RANK:
            raise ValueError(f"unknown severity {self.severity!r}")

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self.severity]

    def to_dict(self, lang: str = "es") -> dict[str, Any]:
        message = self.message_en if lang == "en" and self.message_en else self.message
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": message,
            "path": self.path,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "provision": self.provision,
            "category": self.category,
            "basis": self.basis,
            "suggestion": self.suggestion,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        return _from_fields(cls, data)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start, self.end, self.rule)


@dataclass(frozen=True, slots=True)
class Reference:
    """A citation found in a text, per the contract of ``regdesign refs`` (see DESIGN.md)."""

    start: int
    end: int
    text: str
    scope: str  # "external" | "internal"
    type: str | None = None
    number: str | None = None
    year: int | None = None
    article: str | None = None
    articles: tuple[str, ...] = ()
    sub: str | None = None
    relative: str | None = None  # "anterior" | "presente" | "siguiente"
    target: str | None = None
    status: str | None = None
    note: bool = False
    provision: str | None = None  # id of the provision of the citing document that contains it

    def resolved(self, provision: str | None, target: str | None, status: str | None) -> Reference:
        """This reference with its provision, target and status set: ``dataclasses.replace`` without its generic
        field walk (resolution makes one per reference; the test suite checks both give the same)."""
        return Reference(
            self.start, self.end, self.text, self.scope, self.type, self.number, self.year, self.article,
            self.articles, self.sub, self.relative, target, status, self.note, provision,
        )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "scope": self.scope,
            "type": self.type,
            "number": self.number,
            "year": self.year,
            "article": self.article,
            "articles": list(self.articles),
            "sub": self.sub,
            "target": self.target,
            "status": self.status,
        }
        if self.scope == "internal":
            data["relative"] = self.relative
        if self.note:
            data["note"] = True
        if self.provision is not None:
            data["provision"] = self.provision
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reference:
        values = dict(data)
        values["articles"] = tuple(values.get("articles") or ())
        return _from_fields(cls, values)


def _span_start(provision: Provision) -> int:
    return provision.span.start


def _amendment_start(span: SourceSpan) -> int:
    return span.start


@dataclass(frozen=True, slots=True)
class Document:
    """A parsed legal text: front matter as data, provisions as a tree, and problems found while parsing.

    ``text`` is the whole file as decoded (front matter included), so every span indexes the file.
    """

    path: str
    text: str
    type: str | None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    provisions: tuple[Provision, ...] = ()
    problems: tuple[Finding, ...] = ()
    body_start: int = 0
    encoding: str = "utf-8"
    title: str | None = None
    #: the new text of norms this document amends ("Modifíquese el artículo 90 de la Ley 1474 de 2011, el cual
    #: quedará así: …"), in text order: its "presente artículo" and "presente ley" are the amended norm's
    amendments: tuple[SourceSpan, ...] = ()

    def iter_provisions(self) -> Iterator[Provision]:
        """Every provision, depth first in text order."""
        for provision in self.provisions:
            yield from provision.iter()

    def provision(self, provision_id: str) -> Provision | None:
        for provision in self.iter_provisions():
            if provision.id == provision_id:
                return provision
        return None

    def amendment_at(self, offset: int) -> SourceSpan | None:
        """The span of amended-norm text (see ``amendments``) that contains ``offset``, if any."""
        index = bisect.bisect_right(self.amendments, offset, key=_amendment_start) - 1
        if index >= 0 and self.amendments[index].contains(offset):
            return self.amendments[index]
        return None

    def provision_at(self, offset: int) -> Provision | None:
        """The innermost provision whose span contains ``offset``.

        Siblings are in text order and disjoint (the parser's guarantee, tested), so each level is a binary search:
        O(depth × log width) instead of a walk over every article of a long bill."""
        found: Provision | None = None
        level: tuple[Provision, ...] = self.provisions
        while level:
            index = bisect.bisect_right(level, offset, key=_span_start) - 1
            if index < 0 or not level[index].span.contains(offset):
                return found
            found = level[index]
            level = found.children
        return found

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of ``offset``."""
        return line_col(self.text, offset)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "type": self.type,
            "title": self.title,
            "metadata": dict(self.metadata),
            "provisions": [p.to_dict() for p in self.provisions],
            "problems": [f.to_dict() for f in self.problems],
            "body_start": self.body_start,
            "encoding": self.encoding,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str) -> Document:
        return cls(
            path=data.get("path", ""),
            text=text,
            type=data.get("type"),
            metadata=dict(data.get("metadata") or {}),
            provisions=tuple(Provision.from_dict(p) for p in data.get("provisions", ())),
            problems=tuple(Finding.from_dict(f) for f in data.get("problems", ())),
            body_start=int(data.get("body_start", 0)),
            encoding=data.get("encoding", "utf-8"),
            title=data.get("title"),
        )


class LineIndex:
    """Maps offsets to 1-based (line, column) in O(log n) after one pass over the text."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        position = text.find("\n")
        while position != -1:
            starts.append(position + 1)
            position = text.find("\n", position + 1)
        self._starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    last_newline = text.rfind("\n", 0, offset)
    return line, offset - last_newline
