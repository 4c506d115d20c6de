"""Tools: the external engines of rendering — pandoc (from ``pypandoc-binary``) and typst (the ``typst`` wheel).

This module is the only place that starts pandoc or compiles typst. It owns finding them (one clear line saying
what to install when one is missing), running pandoc on Markdown (one document, or many in a single call), and a
typst compiler whose fonts are loaded once and reused for every PDF of a batch.
"""

from __future__ import annotations

import functools
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from regdesign.errors import InputError, RegdesignError

# Markdown extensions of pandoc's reader that would turn a bill's words into markup are off; the text is escaped
# anyway (markdown.py), this is a second guard.
PANDOC_FROM = "markdown-citations-raw_html-raw_tex-tex_math_dollars-smart-subscript-superscript-implicit_figures"
_SPLIT = "// regdesign:split:{index}"


@functools.cache
def pandoc_path() -> str:
    """The pandoc executable shipped by pypandoc-binary (or found on PATH by pypandoc)."""
    try:
        import pypandoc
    except ImportError as error:
        raise InputError(
            "falta pandoc: instale pypandoc-binary (pip install pypandoc-binary) / pandoc is missing"
        ) from error
    try:
        return pypandoc.get_pandoc_path()
    except OSError as error:
        raise InputError(
            "falta pandoc: instale pypandoc-binary (pip install pypandoc-binary) / pandoc is missing"
        ) from error


def run_pandoc(
    markdown: str, to: str, *, args: Sequence[str] = (), output: Path | None = None, from_format: str = PANDOC_FROM
) -> str:
    """Convert ``markdown`` with pandoc; returns the output text (or writes ``output`` and returns '')."""
    command = [pandoc_path(), "--from", from_format, "--to", to, *args]
    if output is not None:
        command += ["--output", str(output)]
    try:
        result = subprocess.run(command, input=markdown.encode("utf-8"), capture_output=True, check=False, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise RegdesignError(f"pandoc no pudo ejecutarse / pandoc failed to run: {error}") from error
    if result.returncode != 0:
        message = result.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RegdesignError(f"pandoc falló / pandoc failed ({to}): {message[-1] if message else result.returncode}")
    return result.stdout.decode("utf-8")


def pandoc_many(
    markdowns: Sequence[str], to: str, *, args: Sequence[str] = (), from_format: str = PANDOC_FROM
) -> list[str]:
    """Convert several Markdown texts to a text format (``typst``, ``html``) in ONE pandoc run.

    The texts are joined with raw ``typst``/``html`` separator blocks that pandoc passes through unchanged, and the
    output is split at them again.
    """
    if not markdowns:
        return []
    if len(markdowns) == 1:
        return [run_pandoc(markdowns[0], to, args=args, from_format=from_format)]
    raw = "typst" if to == "typst" else "html"
    markers = [
        _SPLIT.format(index=i) if raw == "typst" else f"<!-- regdesign:split:{i} -->" for i in range(len(markdowns))
    ]
    joined = "\n\n".join(
        f"```{{={raw}}}\n{marker}\n```\n\n{text}" for marker, text in zip(markers, markdowns, strict=True)
    )
    output = run_pandoc(joined, to, args=args, from_format=from_format)
    pieces: list[str] = []
    for index, marker in enumerate(markers):
        start = output.find(marker)
        if start < 0:
            raise RegdesignError("pandoc: la salida por lotes no se pudo dividir / batch output could not be split")
        start += len(marker)
        end = output.find(markers[index + 1], start) if index + 1 < len(markers) else len(output)
        pieces.append(output[start:end].strip() + "\n")
    return pieces


class TypstEngine:
    """A typst compiler with fonts loaded once; :meth:`compile` turns typst source into PDF bytes."""

    def __init__(self) -> None:
        try:
            import typst
        except ImportError as error:
            raise InputError("falta typst: instale el paquete typst (pip install typst) / typst is missing") from error
        self._typst = typst
        self._compiler = typst.Compiler()

    def compile(self, source: str, *, inputs: Mapping[str, str] | None = None) -> bytes:
        try:
            result = self._compiler.compile(
                input=source.encode("utf-8"), format="pdf", sys_inputs=dict(inputs or {}), timestamp=0
            )
        except self._typst.TypstError as error:  # type: ignore[attr-defined]
            raise RegdesignError(f"typst falló / typst failed: {getattr(error, 'message', error)}") from error
        if not isinstance(result, bytes):
            raise RegdesignError("typst no devolvió un PDF / typst returned no PDF")
        return result
