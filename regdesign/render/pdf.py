"""PDF without TeX: pandoc writes typst markup, the ``typst`` wheel compiles it (no typst binary needed).

This module owns the typst side of rendering: the Lua filter ``templates/regdesign-typst.lua`` maps the paragraph
styles of the intermediate Markdown to typst layout and provision ids to labels; ``templates/regdesign.typ`` is the
preamble (carta paper, page numbers ``Página N de M``, Spanish text settings); metadata reaches the PDF's
properties through ``sys.inputs`` as plain strings, so no title can inject typst code. Many documents are converted
to typst in one pandoc run and compiled by one compiler (fonts loaded once).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

from regdesign.render import tools


def _template(name: str) -> Path:
    return Path(str(resources.files("regdesign.render").joinpath("templates", name)))


@functools.cache
def preamble() -> str:
    return _template("regdesign.typ").read_text(encoding="utf-8")


def lua_filter() -> Path:
    return _template("regdesign-typst.lua")


def markdowns_to_typst(
    markdowns: Sequence[str], *, from_format: str | None = None, extra_args: Sequence[str] = ()
) -> list[str]:
    """Whole typst sources (preamble + body) for several pandoc-flavour Markdown texts, in one pandoc run."""
    args = [*extra_args, "--lua-filter", str(lua_filter())]
    bodies = tools.pandoc_many(markdowns, "typst", args=args, from_format=from_format or tools.PANDOC_FROM)
    return [preamble() + "\n" + body for body in bodies]


def typst_to_pdf(source: str, metadata: Mapping[str, str], engine: tools.TypstEngine | None = None) -> bytes:
    """PDF bytes of a typst source; ``metadata`` keys ``title``, ``author`` and ``keywords`` (``;``-separated)."""
    engine = engine or tools.TypstEngine()
    inputs = {key: str(metadata.get(key, "")) for key in ("title", "author", "keywords")}
    return engine.compile(source, inputs=inputs)
