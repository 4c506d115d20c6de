"""DOCX: Word documents through pandoc with the project's ``templates/reference.docx``.

This module owns the reference document (styles, fonts, page numbers) and the Word output: pandoc converts the
``pandoc`` flavour of Markdown (markdown.py), then python-docx writes the core properties (title, author/entity,
subject, keywords, language ``es-CO``), because pandoc would otherwise print a second title.

:func:`make_reference_docx` regenerates ``templates/reference.docx`` from pandoc's default one: Arial 12 pt, justified
text, centred bold headings, the paragraph styles of the title block and of numerals and literals, and a footer
``Página N de M`` made of PAGE and NUMPAGES fields (pandoc's own reference.docx has no page numbers).
Run ``python regdesign/render/templates/make_reference_docx.py`` to rebuild it.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

from regdesign.errors import RegdesignError
from regdesign.render import tools

REFERENCE_NAME = "reference.docx"
# Paragraph styles of the intermediate Markdown: name → (left indent cm, alignment, bold, italic, space after pt)
CUSTOM_STYLES: Mapping[str, tuple[float, str, bool, bool, int]] = {
    "Entidad": (0.0, "center", True, False, 6),
    "Tipo de norma": (0.0, "center", True, False, 6),
    "Epigrafe": (1.0, "center", False, True, 18),
    "Numeral": (0.75, "justify", False, False, 6),
    "Literal": (1.5, "justify", False, False, 6),
    "Subliteral": (2.25, "justify", False, False, 6),
    "Cierre": (0.0, "center", False, False, 6),
}
FONT = "Arial"


def reference_docx() -> Path:
    """The packaged reference.docx (generated into a user cache when the package lacks it)."""
    packaged = Path(str(resources.files("regdesign.render").joinpath("templates", REFERENCE_NAME)))
    if packaged.is_file():
        return packaged
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "regdesign" / REFERENCE_NAME
    if not cache.is_file():
        make_reference_docx(cache)
    return cache


def _add_field(paragraph, instruction: str) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(separate)
    paragraph.add_run("1")
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def make_reference_docx(out_path: Path) -> Path:
    """Write the project's reference.docx to ``out_path`` (atomically) and return it."""
    from docx import Document as open_docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt, RGBColor

    align = {"center": WD_ALIGN_PARAGRAPH.CENTER, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        default = Path(tmp) / "default.docx"
        result = subprocess.run(
            [tools.pandoc_path(), "-o", str(default), "--print-default-data-file", REFERENCE_NAME],
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            raise RegdesignError("pandoc no entregó su reference.docx / pandoc gave no reference.docx")
        document = open_docx(str(default))
    styles = document.styles

    def set_font(style, size: int | None = None, bold: bool | None = None) -> None:  # type: ignore[no-untyped-def]
        style.font.name = FONT
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(fonts)
        for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(key), FONT)
        for key in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(key), None)
        if size:
            style.font.size = Pt(size)
        if bold is not None:
            style.font.bold = bold
        style.font.color.rgb = RGBColor(0, 0, 0)

    for name in ("Normal", "Body Text", "First Paragraph", "Compact"):
        if name in [s.name for s in styles]:
            style = styles[name]
            set_font(style, 12)
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            style.paragraph_format.space_after = Pt(8)
            style.paragraph_format.line_spacing = 1.15
    for level in range(1, 7):
        name = f"Heading {level}"
        if name in [s.name for s in styles]:
            style = styles[name]
            set_font(style, 12, True)
            style.font.italic = False
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            style.paragraph_format.space_before = Pt(12)
            style.paragraph_format.space_after = Pt(8)
    for name in ("Title", "Subtitle"):
        if name in [s.name for s in styles]:
            set_font(styles[name], 14, True)
            styles[name].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if "Hyperlink" in [s.name for s in styles]:
        styles["Hyperlink"].font.color.rgb = RGBColor(0x0B, 0x4F, 0x9C)
    existing = {s.name for s in styles}
    for name, (indent, alignment, bold, italic, after) in CUSTOM_STYLES.items():
        style = styles[name] if name in existing else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Body Text"] if "Body Text" in existing else styles["Normal"]
        set_font(style, 12, bold)
        style.font.italic = italic
        fmt = style.paragraph_format
        fmt.left_indent = Cm(indent)
        fmt.alignment = align[alignment]
        fmt.space_after = Pt(after)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.59), Cm(27.94)  # carta
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    paragraph.text = ""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run("Página ")
    _add_field(paragraph, "PAGE")
    paragraph.add_run(" de ")
    _add_field(paragraph, "NUMPAGES")
    for run in paragraph.runs:
        run.font.name = FONT
        run.font.size = Pt(9)
    core = document.core_properties
    core.title, core.author, core.language = "regdesign reference", "regdesign", "es-CO"
    core.created = core.modified = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    core.last_modified_by, core.revision = "regdesign", 1
    tmp_path = out_path.with_name(f".{out_path.name}.tmp")
    document.save(str(tmp_path))
    os.replace(tmp_path, out_path)
    return out_path


def markdown_to_docx(
    markdown: str,
    out_path: Path,
    *,
    properties: Mapping[str, str],
    reference: Path | None = None,
    from_format: str = tools.PANDOC_FROM,
    extra_args: Sequence[str] = (),
) -> Path:
    """Convert pandoc-flavour ``markdown`` to ``out_path`` (atomically) and set its core properties."""
    from docx import Document as open_docx

    reference = reference or reference_docx()
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp.docx")
    try:
        tools.run_pandoc(
            markdown,
            "docx",
            args=["--reference-doc", str(reference), "-M", f"lang={properties.get('language', 'es-CO')}", *extra_args],
            output=tmp,
            from_format=from_format,
        )
        document = open_docx(str(tmp))
        core = document.core_properties
        core.title = properties.get("title", "")[:255]
        core.author = properties.get("author", "")[:255]
        core.subject = properties.get("subject", "")[:255]
        core.keywords = properties.get("keywords", "")[:255]
        core.language = properties.get("language", "es-CO")
        core.category = properties.get("category", "")[:255]
        core.comments = properties.get("comments", "")[:255]
        core.last_modified_by = "regdesign"
        document.save(str(tmp))
        os.replace(tmp, out_path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return out_path


def docx_properties(
    title: str, author: str, subject: str, keywords: Sequence[str], category: str = ""
) -> dict[str, str]:
    return {
        "title": title,
        "author": author,
        "subject": subject,
        "keywords": "; ".join(k for k in keywords if k),
        "language": "es-CO",
        "category": category,
        "comments": "Generado con regdesign",
    }
