"""Regenerate regdesign/render/templates/reference.docx (styles, fonts, page numbers) from pandoc's default one.

Usage: python regdesign/render/templates/make_reference_docx.py
"""

from pathlib import Path

from regdesign.render.docx import REFERENCE_NAME, make_reference_docx

if __name__ == "__main__":
    print(make_reference_docx(Path(__file__).resolve().parent / REFERENCE_NAME))
