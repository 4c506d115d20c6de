"""``regdesign build``: publish documents as DOCX, PDF, HTML, Akoma Ntoso XML or normalised Markdown.

A thin shell over :mod:`regdesign.render`: a file gives a file (``dist/<name>.<ext>`` beside it unless ``-o``), a
directory gives every ``.md``/``.txt`` inside it, built in one call so that engines are set up once.
"""

from __future__ import annotations

from pathlib import Path

import click

from regdesign.errors import RegdesignError, UsageError
from regdesign.render import EXTENSIONS, FORMATS, build_document, build_many, output_path_for

_SUFFIXES = (".md", ".txt")


def _collect(paths: tuple[str, ...]) -> tuple[list[Path], bool]:
    """Source files, and whether a directory was given (then the output is a directory)."""
    files: list[Path] = []
    had_dir = False
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            had_dir = True
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in _SUFFIXES
                    and not any(part.startswith(".") or part == "dist" for part in p.relative_to(path).parts[:-1])
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"no existe: {raw} / no such file or directory")
    if not files:
        raise UsageError("no hay documentos .md o .txt que publicar / no documents to build")
    return files, had_dir


def _findings(files: list[Path]) -> dict[str, list]:
    """Findings of ``regdesign check`` for each file, for --strict."""
    from regdesign.check import check_paths
    from regdesign.config import load_config

    try:
        result = check_paths([str(f) for f in files], load_config(files[0].parent))
    except RegdesignError:
        raise
    except Exception as error:  # --strict must not publish when the check itself cannot run
        raise RegdesignError(f"--strict: la revisión no pudo ejecutarse / the check failed: {error}") from error
    by_path = {Path(doc.path).resolve(): list(doc.findings) for doc in result.documents}
    return {str(f): by_path.get(f.resolve(), []) for f in files}


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--to", "fmt", type=click.Choice(FORMATS), required=True, help="Formato de salida / output format.")
@click.option("-o", "--output", type=click.Path(), help="Archivo (un documento) o carpeta de salida.")
@click.option("--strict", is_flag=True, help="No publica documentos con hallazgos de severidad error.")
def build_command(paths: tuple[str, ...], fmt: str, output: str | None, strict: bool) -> None:
    """Publica documentos como DOCX, PDF, HTML, Akoma Ntoso (akn) o Markdown normalizado (md).

    Un archivo produce un archivo (por defecto dist/NOMBRE.EXT junto al original); una carpeta produce cada
    .md/.txt que contiene en la carpeta -o (por defecto DIR/dist).

    Example: regdesign build bills/proyecto.md --to pdf -o dist/proyecto.pdf
    """
    files, had_dir = _collect(paths)
    findings = _findings(files) if strict else None
    single_file_out = (
        Path(output)
        if output and len(files) == 1 and not had_dir and not Path(output).is_dir() and Path(output).suffix
        else None
    )
    if single_file_out is not None:
        from regdesign.parse import read_document

        source = files[0]
        written = [
            build_document(
                read_document(source),
                fmt,
                single_file_out,
                strict=strict,
                findings=(findings or {}).get(str(source)),
            )
        ]
    elif output:
        written = build_many(files, fmt, Path(output), strict=strict, findings=findings)
    elif had_dir:
        base = Path(paths[0]) if Path(paths[0]).is_dir() else files[0].parent
        written = build_many(files, fmt, base / "dist", strict=strict, findings=findings)
    else:
        written = []
        groups: dict[Path, list[Path]] = {}
        for file in files:
            groups.setdefault(output_path_for(file, fmt).parent, []).append(file)
        for folder, group in groups.items():
            written += build_many(group, fmt, folder, strict=strict, findings=findings)
    for path in written:
        click.echo(str(path))
    click.echo(f"{len(written)} documento(s) publicados como {fmt} ({EXTENSIONS[fmt]})", err=True)


COMMANDS = [build_command]
