"""``regdesign refs``: the normative references of documents, per the contract of DESIGN.md."""

from __future__ import annotations

import json

import click

from regdesign.check import iter_document_paths
from regdesign.errors import InputError


def _contract(reference, path: str | None) -> dict:
    data = reference.to_dict()
    data.pop("provision", None)
    if path is not None:
        data["path"] = path
    return data


@click.command("refs")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "text"]), default="jsonl", show_default=True)
def refs_command(paths, fmt):
    """Referencias normativas de documentos (Markdown o texto plano), resueltas contra el índice de normas.

    Cada referencia trae su posición exacta (start/end en puntos de código del texto UTF-8), el texto citado, el
    tipo, número, año y artículo normalizados, el destino (target) y la vigencia (status). Con varios archivos,
    cada objeto lleva además "path".

    Example: regdesign refs bills/tecnologias_emergentes.md --format jsonl
    """
    from regdesign.parse import read_document
    from regdesign.resolve import check_references

    files = list(iter_document_paths(paths))
    if not files:
        raise InputError("no hay archivos .md o .txt en las rutas indicadas")
    several = len(files) > 1
    everything = []
    for file in files:
        document = read_document(file)
        references, _ = check_references(document)
        shown = file.as_posix() if several else None
        if fmt == "jsonl":
            for reference in references:
                click.echo(json.dumps(_contract(reference, shown), ensure_ascii=False, sort_keys=False))
        elif fmt == "json":
            everything += [_contract(reference, shown) for reference in references]
        else:
            for reference in references:
                line, column = document.line_col(reference.start)
                where = f"{file.as_posix()}:{line}:{column}"
                target = reference.target or "—"
                status = f" [{reference.status}]" if reference.status else ""
                click.echo(f"{where}: {reference.text} → {target}{status}")
    if fmt == "json":
        click.echo(json.dumps(everything, ensure_ascii=False, indent=2))
    return 0


COMMANDS = [refs_command]
