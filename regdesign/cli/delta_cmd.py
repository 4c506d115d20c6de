"""``regdesign delta``: the regulatory delta between two revisions."""

from __future__ import annotations

import json
from pathlib import Path

import click

from regdesign.config import load_config
from regdesign.delta import delta_to_markdown, regulatory_delta


@click.command("delta")
@click.argument("rev_a")
@click.argument("rev_b", required=False)
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["md", "json"]), default="md", show_default=True)
@click.option(
    "--repo",
    "repo_dir",
    type=click.Path(file_okay=False, exists=True),
    default=".",
    help="Repositorio (por defecto el del directorio actual).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Escribe el informe en este archivo.")
def delta_command(rev_a, rev_b, paths, fmt, repo_dir, output):
    """Delta regulatorio entre REV_A y REV_B (o el árbol de trabajo): restricciones, barreras introducidas y
    resueltas, legibilidad, referencias y términos definidos, por documento.

    Example: regdesign delta main HEAD bills/ --format md
    """
    from regdesign.history import open_repository, resolve_user_path

    repo = open_repository(Path(repo_dir))
    config = load_config(Path(repo.working_tree_dir or repo_dir))
    targets = [resolve_user_path(p) for p in paths] or None
    deltas = regulatory_delta(repo, rev_a, rev_b, targets, config)
    if fmt == "json":
        text = json.dumps(
            {"from": rev_a, "to": rev_b, "documents": [d.to_dict() for d in deltas]},
            ensure_ascii=False,
            indent=2,
            sort_keys=True,
        )
    else:
        text = delta_to_markdown(deltas, rev_a, rev_b)
    if output:
        from regdesign.files import write_text_atomic

        write_text_atomic(Path(output), text if text.endswith("\n") else text + "\n")
    else:
        click.echo(text.rstrip("\n"))
    return 0


COMMANDS = [delta_command]
