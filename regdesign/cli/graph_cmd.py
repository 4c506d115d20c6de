"""``regdesign graph`` and ``regdesign impact``: the citation graph and what a change reaches (thin shell over
regdesign.graph)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from regdesign.errors import UsageError
from regdesign.files import write_text_atomic
from regdesign.graph import (
    citation_graph_for_paths,
    default_paths,
    find_cycles,
    graph_to_text,
    impact,
    uncited_provisions,
)


def _paths(paths: tuple[str, ...]) -> list[Path]:
    chosen = [Path(p) for p in paths] or default_paths()
    if not chosen:
        raise UsageError("no hay documentos: indique rutas o cree bills/ (no PATH given and no bills/ here)")
    return chosen


@click.command("graph")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["json", "graphml", "dot"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Archivo de salida (por defecto, stdout).")
def graph_command(paths: tuple[str, ...], fmt: str, output: str | None) -> None:
    """Grafo de citas de los documentos / citation graph of the documents.

    Nodes: documents, provisions, external norms and their articles; edges: contains, cites.

    Example: regdesign graph bills/ --format dot -o citas.dot
    """
    graph = citation_graph_for_paths(_paths(paths))
    text = graph_to_text(graph, fmt)
    if output:
        write_text_atomic(Path(output), text)
        click.echo(f"{graph.number_of_nodes()} nodos, {graph.number_of_edges()} aristas → {output}", err=True)
    else:
        click.echo(text, nl=False)


@click.command("impact")
@click.argument("target", metavar="NORMA")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--report", is_flag=True, help="Informa también ciclos de remisiones y artículos no citados.")
def impact_command(target: str, paths: tuple[str, ...], fmt: str, report: bool) -> None:
    """Disposiciones que citan una norma, directamente o por remisiones internas / provisions a change reaches.

    NORMA is a norm in words ("Ley 1955 de 2019, art. 147") or a node id ("bills/a.md#art_5").

    Example: regdesign impact "Ley 1955 de 2019, art. 147" bills/
    """
    graph = citation_graph_for_paths(_paths(paths))
    results = impact(graph, target)
    cycles = find_cycles(graph) if report else []
    uncited = uncited_provisions(graph) if report else []
    if fmt == "json":
        data: dict[str, object] = {"target": target, "impact": [r.to_dict() for r in results]}
        if report:
            data["cycles"] = cycles
            data["uncited"] = uncited
        click.echo(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1))
        return
    if not results:
        click.echo(f"Ninguna disposición cita {target}.")
    for result in results:
        where = f"{result.path}:{result.line}" if result.line else result.path
        how = "cita directa" if result.depth == 1 else f"vía {' → '.join(result.chain[1:-1])}"
        click.echo(f"{where}  {result.provision or '(fuera de disposiciones)'}  «{result.text}»  ({how})")
    if report:
        click.echo("")
        click.echo(f"Ciclos de remisiones internas: {len(cycles)}")
        for cycle in cycles:
            click.echo("  " + " → ".join([*cycle, cycle[0]]))
        click.echo(f"Artículos que ninguna otra disposición cita: {len(uncited)}")
        for node in uncited:
            click.echo(f"  {node}")


COMMANDS = [graph_command, impact_command]
