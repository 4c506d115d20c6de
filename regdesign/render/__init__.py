"""Render: publishing documents as DOCX, PDF, HTML, Akoma Ntoso XML and normalised Markdown.

This package is the only part of regdesign that runs pandoc or typst (see :mod:`regdesign.render.tools`). Every
format is drawn from one :class:`~regdesign.render.layout.Layout` of the parsed document, so all of them show the
same words in the same order.

Guarantees:

* output is written atomically (temporary file in the target folder, then ``os.replace``) and never over the
  source file (:class:`~regdesign.errors.UsageError`);
* a document with findings still builds, unless ``strict=True`` and there are findings of severity ``error``;
* references (from :mod:`regdesign.resolve` when it is importable, or passed explicitly) become links;
* a missing engine is one clear line saying what to install (:class:`~regdesign.errors.InputError`).

Example:
    >>> from regdesign.parse import read_document                       # doctest: +SKIP
    >>> build_document(read_document("bills/x.md"), "html", Path("dist/x.html"))  # doctest: +SKIP
    PosixPath('dist/x.html')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from regdesign.errors import InputError, UsageError
from regdesign.files import write_bytes_atomic
from regdesign.model import Document, Finding, Reference
from regdesign.render import links
from regdesign.render.akn import akn_to_markdown, to_akn
from regdesign.render.html import to_html
from regdesign.render.layout import Layout, layout_document
from regdesign.render.markdown import to_markdown

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "akn_to_markdown",
    "build_document",
    "build_many",
    "document_to_akn",
    "document_to_html",
    "document_to_markdown",
    "layout_document",
    "output_path_for",
    "render_markdown_to",
]

FORMATS = ("docx", "pdf", "html", "akn", "md")
EXTENSIONS = {"docx": ".docx", "pdf": ".pdf", "html": ".html", "akn": ".xml", "md": ".md"}


def _check_format(to: str) -> str:
    fmt = (to or "").strip().lower()
    if fmt not in FORMATS:
        raise UsageError(f"formato desconocido {to!r}: use {', '.join(FORMATS)} / unknown format")
    return fmt


def output_path_for(source: Path, to: str, out_dir: Path | None = None) -> Path:
    """Default output: ``dist/<stem><ext>`` beside the source (or in ``out_dir``)."""
    folder = out_dir if out_dir is not None else source.parent / "dist"
    return folder / (source.stem + EXTENSIONS[_check_format(to)])


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see :mod:`regdesign.files`)."""
    return write_bytes_atomic(path, data)


def _guard(out_path: Path, sources: Iterable[str]) -> Path:
    out = Path(out_path)
    resolved = out.resolve()
    for source in sources:
        if source and Path(source).resolve() == resolved:
            raise UsageError(f"la salida {out} es el archivo fuente; no se sobrescribe / output is the source file")
    if resolved.is_dir():
        raise UsageError(f"la salida {out} es una carpeta / output is a directory")
    return out


def _enforce(document: Document, findings: Sequence[Finding] | None, strict: bool) -> None:
    if not strict:
        return
    errors = [f for f in (*document.problems, *(findings or ())) if f.severity == "error"]
    if errors:
        name = document.path or "documento"
        raise UsageError(
            f"{name}: {len(errors)} hallazgo(s) de severidad error; --strict impide publicar / "
            f"{len(errors)} error finding(s), not built in strict mode"
        )


def references_of(document: Document) -> list[Reference]:
    """References found by :mod:`regdesign.resolve`, or none while that module is not available."""
    try:
        from regdesign.resolve import references_for_document

        return list(references_for_document(document))
    except ImportError:  # the resolver or its NLP pipeline is not installed in this build
        return []


def _layout(document: Document, references: Sequence[Reference] | None) -> Layout:
    refs = references_of(document) if references is None else references
    return layout_document(document, refs)


def document_to_markdown(
    document: Document, *, references: Sequence[Reference] | None = None, flavour: str = "md"
) -> str:
    """Normalised Markdown (``flavour="md"``) or the pandoc input for DOCX/PDF (``flavour="pandoc"``)."""
    layout = _layout(document, references if flavour == "pandoc" else [])
    return to_markdown(layout, flavour=flavour, link=_pandoc_link(layout))


def document_to_html(document: Document, *, references: Sequence[Reference] | None = None) -> str:
    return to_html(_layout(document, references))


def document_to_akn(document: Document, *, references: Sequence[Reference] | None = None) -> bytes:
    return to_akn(_layout(document, references))


def _pandoc_link(layout: Layout):  # type: ignore[no-untyped-def]
    anchors = layout.ids

    def link(target: str) -> str | None:
        internal = links.internal_id(target)
        if internal:
            anchor = links.nearest_anchor(internal, anchors)
            return f"#{anchor}" if anchor else None
        return links.web_url(target)

    return link


def _properties(layout: Layout) -> dict[str, str]:
    tb = layout.title_block
    sandbox = layout.metadata.get("sandbox") if isinstance(layout.metadata, Mapping) else None
    norms = [str(n) for n in (sandbox or {}).get("enabling_norms", [])] if isinstance(sandbox, Mapping) else []
    heading = " ".join(part for part in (tb.type_label, tb.number) if part)
    return {
        "title": tb.title,
        "author": "; ".join((tb.entity, *tb.authors) if tb.entity else tb.authors),
        "subject": heading,
        "keywords": "; ".join(k for k in (tb.type_label, tb.number, tb.entity, *norms) if k),
        "category": tb.type or "",
    }


class _Session:
    """Engines shared by the documents of one build call: one reference.docx, one typst compiler."""

    def __init__(self) -> None:
        self._engine: Any = None
        self._reference: Path | None = None

    @property
    def engine(self) -> Any:
        if self._engine is None:
            from regdesign.render.tools import TypstEngine

            self._engine = TypstEngine()
        return self._engine

    @property
    def reference(self) -> Path:
        if self._reference is None:
            from regdesign.render.docx import reference_docx

            self._reference = reference_docx()
        return self._reference

    def write(self, layouts: Sequence[Layout], to: str, outs: Sequence[Path]) -> list[Path]:
        if to == "md":
            return [
                write_atomic(out, to_markdown(layout).encode("utf-8"))
                for layout, out in zip(layouts, outs, strict=True)
            ]
        if to == "html":
            return [
                write_atomic(out, to_html(layout).encode("utf-8")) for layout, out in zip(layouts, outs, strict=True)
            ]
        if to == "akn":
            return [write_atomic(out, to_akn(layout)) for layout, out in zip(layouts, outs, strict=True)]
        markdowns = [to_markdown(layout, flavour="pandoc", link=_pandoc_link(layout)) for layout in layouts]
        if to == "docx":
            from regdesign.render.docx import docx_properties, markdown_to_docx

            written = []
            for layout, markdown, out in zip(layouts, markdowns, outs, strict=True):
                props = _properties(layout)
                out.parent.mkdir(parents=True, exist_ok=True)
                properties = docx_properties(
                    props["title"], props["author"], props["subject"], props["keywords"].split("; "), props["category"]
                )
                written.append(markdown_to_docx(markdown, out, properties=properties, reference=self.reference))
            return written
        from regdesign.render.pdf import markdowns_to_typst, typst_to_pdf

        sources = markdowns_to_typst(markdowns)
        return [
            write_atomic(out, typst_to_pdf(source, _properties(layout), self.engine))
            for layout, source, out in zip(layouts, sources, outs, strict=True)
        ]


def build_document(
    document: Document,
    to: str,
    out_path: Path,
    *,
    references: Sequence[Reference] | None = None,
    strict: bool = False,
    findings: Sequence[Finding] | None = None,
) -> Path:
    """Build ``document`` as ``to`` (docx, pdf, html, akn, md) into ``out_path``; returns the path written.

    Raises:
        UsageError: unknown format, ``out_path`` is the source, or ``strict`` with error findings.
        InputError: pandoc or typst missing.
    """
    fmt = _check_format(to)
    out = _guard(Path(out_path), [document.path])
    _enforce(document, findings, strict)
    return _Session().write([_layout(document, references)], fmt, [out])[0]


def _read(path: Path) -> Document:
    try:
        from regdesign.parse import read_document
    except ImportError as error:  # pragma: no cover - the parser ships with regdesign
        raise InputError("regdesign.parse no está disponible / the parser is missing") from error
    return read_document(path)


def build_many(
    paths: Sequence[Path],
    to: str,
    out_dir: Path,
    *,
    strict: bool = False,
    findings: Mapping[str, Sequence[Finding]] | None = None,
    references: Mapping[str, Sequence[Reference]] | None = None,
) -> list[Path]:
    """Build every file of ``paths`` into ``out_dir`` (``<stem><ext>``), sharing engines between them.

    ``findings`` and ``references`` map a source path (as given) to its findings or references. Under ``strict``,
    nothing is written when any document has error findings. PDF sources are converted to typst in one pandoc run.
    """
    fmt = _check_format(to)
    out_dir = Path(out_dir)
    documents = [_read(Path(path)) for path in paths]
    used: set[str] = set()
    outs: list[Path] = []
    for path in paths:
        out = output_path_for(Path(path), fmt, out_dir)
        stem, n = out.stem, 1
        while out.name in used:
            n += 1
            out = out.with_name(f"{stem}-{n}{out.suffix}")
        used.add(out.name)
        outs.append(_guard(out, [str(p) for p in paths]))
    for path, document in zip(paths, documents, strict=True):
        _enforce(document, (findings or {}).get(str(path)), strict)
    layouts = [
        _layout(document, (references or {}).get(str(path))) for path, document in zip(paths, documents, strict=True)
    ]
    return _Session().write(layouts, fmt, outs)


_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def render_markdown_to(
    md_text: str, to: str, out_path: Path, *, title: str, metadata: Mapping[str, Any] | None = None
) -> Path:
    """Render free Markdown (a texto comparado table, an assembled document) as ``to`` into ``out_path``.

    Tables, lists and emphasis are kept (pandoc's full Markdown, raw HTML left as text). ``akn`` parses the text as
    a document first; ``md`` writes it unchanged.
    """
    from regdesign.render import pdf as pdf_module
    from regdesign.render import tools
    from regdesign.render.html import wrap_fragment

    fmt = _check_format(to)
    out = _guard(Path(out_path), [])
    meta = dict(metadata or {})
    author = meta.get("author") or meta.get("entity") or ""
    if isinstance(author, list | tuple):
        author = "; ".join(str(a) for a in author)
    keywords = meta.get("keywords") or []
    if isinstance(keywords, str):
        keywords = [keywords]
    from_format = "markdown-raw_html-raw_tex-citations-smart"
    raw_html = ["--lua-filter", str(pdf_module._template("regdesign-rawhtml.lua"))]
    if fmt == "md":
        return write_atomic(out, md_text.encode("utf-8"))
    if fmt == "akn":
        from regdesign.parse import parse_document

        return write_atomic(out, to_akn(layout_document(parse_document(md_text, path=""), [])))
    md_text = _LINE_BREAK.sub("\ue000", md_text) if fmt != "akn" else md_text
    if fmt == "html":
        body = tools.run_pandoc(
            md_text, "html5", args=[*raw_html, "--shift-heading-level-by=1"], from_format=from_format
        )
        return write_atomic(out, wrap_fragment(body, title=title, author=str(author)).encode("utf-8"))
    if fmt == "docx":
        from regdesign.render.docx import docx_properties, markdown_to_docx

        heading = f'::: {{custom-style="Tipo de norma"}}\n{_escape_title(title)}\n:::\n\n'
        out.parent.mkdir(parents=True, exist_ok=True)
        props = docx_properties(title, str(author), str(meta.get("subject", "")), [str(k) for k in keywords])
        return markdown_to_docx(heading + md_text, out, properties=props, from_format=from_format, extra_args=raw_html)
    source = pdf_module.markdowns_to_typst(
        [f'::: {{custom-style="Tipo de norma"}}\n{_escape_title(title)}\n:::\n\n{md_text}'],
        from_format=from_format,
        extra_args=raw_html,
    )[0]
    data = pdf_module.typst_to_pdf(
        source, {"title": title, "author": str(author), "keywords": "; ".join(map(str, keywords))}
    )
    return write_atomic(out, data)


def _escape_title(title: str) -> str:
    from regdesign.render.markdown import escape

    return escape(title)
