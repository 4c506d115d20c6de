"""``regdesign eval``: how well the extractor and the rules do on labelled data."""

from __future__ import annotations

from pathlib import Path

import click

from regdesign.errors import UsageError

DEFAULT_GOLD = Path("..") / "shared" / "corpus" / "gold"
DEFAULT_CLAUSES = Path("tests") / "data" / "barriers" / "clauses.yml"


@click.command("eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Carpeta con textos *.txt y anotaciones *.gold.jsonl (por defecto ../shared/corpus/gold).",
)
@click.option(
    "--clauses",
    type=click.Path(dir_okay=False),
    default=None,
    help="Cláusulas etiquetadas (por defecto tests/data/barriers/clauses.yml).",
)
@click.option("--only", type=click.Choice(["refs", "barriers"]), default=None, help="Sólo una de las evaluaciones.")
def eval_command(gold_dir, clauses, only):
    """Precisión y exhaustividad del extractor de referencias y de las reglas de barreras.

    Example: regdesign eval --gold ../shared/corpus/gold
    """
    ran = False
    if only in (None, "refs"):
        gold = Path(gold_dir) if gold_dir else DEFAULT_GOLD
        if gold.is_dir():
            from regdesign.nlp.evaluation import evaluate_references, format_evaluation

            click.echo(f"== Referencias normativas (gold: {gold})")
            click.echo(format_evaluation(evaluate_references(gold)))
            ran = True
        elif gold_dir or only == "refs":
            raise UsageError(f"no existe la carpeta gold: {gold}")
        else:
            click.echo(f"(sin corpus gold en {gold}: se omite la evaluación de referencias)")
    if only in (None, "barriers"):
        path = Path(clauses) if clauses else DEFAULT_CLAUSES
        if not path.is_file():
            raise UsageError(f"no existe el archivo de cláusulas: {path}")
        from regdesign.rules.evaluation import evaluate_barriers, format_barrier_evaluation

        click.echo(f"== Barreras regulatorias (cláusulas: {path})")
        click.echo(format_barrier_evaluation(evaluate_barriers(path)))
        ran = True
    return 0 if ran else 2


COMMANDS = [eval_command]
