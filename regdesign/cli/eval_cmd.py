"""``regdesign eval``: how well the extractor and the rules do on labelled data.

Without options it scores every labelled set it finds: the shared gold texts (../shared/corpus/gold) and the
held-out reference sets shipped in ``tests/data/references/heldout*/`` (scored with the gold's ``score.py``), the
barrier development set ``tests/data/barriers/clauses.yml`` and the held-out clause sets beside it, then prints one
summary line per set. ``--gold`` / ``--clauses`` score one set only.

A set listed in ``tests/data/SEALED`` (one path per line, ``#`` comments) is awaiting its one blind measurement: the
default run leaves it out and says so, so that no one's evaluation run shows its figures before the measurement is
recorded; naming it with ``--gold`` / ``--clauses`` measures it.
"""

from __future__ import annotations

from pathlib import Path

import click

from regdesign.errors import UsageError

DEFAULT_GOLD = Path("..") / "shared" / "corpus" / "gold"
DEFAULT_CLAUSES = Path("tests") / "data" / "barriers" / "clauses.yml"
HELDOUT_REFS = Path("tests") / "data" / "references"
SEALED = Path("tests") / "data" / "SEALED"


def sealed_sets(listing: Path | None = None) -> frozenset[Path]:
    """The labelled sets awaiting their blind measurement (paths as listed, relative to the repository root)."""
    try:
        lines = (listing or SEALED).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return frozenset()
    return frozenset(Path(line.strip()) for line in lines if line.strip() and not line.lstrip().startswith("#"))


def _set_order(path: Path) -> tuple[int, str]:
    """heldout, heldout2, heldout3 … in that order (a plain sort puts "heldout2_…" before "heldout_…")."""
    digits = "".join(ch for ch in path.name if ch.isdigit())
    return (int(digits) if digits else 1, path.name)


def _unsealed(paths: list[Path]) -> list[Path]:
    sealed = {path.resolve() for path in sealed_sets()}
    kept = []
    for path in paths:
        if path.resolve() in sealed:
            click.echo(f"(sellado, sin medir [sealed, not yet measured]: {path}; se mide nombrándolo)")
        else:
            kept.append(path)
    return kept


def _reference_sets(gold_dir: str | None) -> list[Path]:
    if gold_dir:
        return [Path(gold_dir)]
    sets = [DEFAULT_GOLD] if DEFAULT_GOLD.is_dir() else []
    return sets + _unsealed(
        sorted((p for p in HELDOUT_REFS.glob("heldout*") if p.is_dir() and any(p.glob("*.gold.jsonl"))), key=_set_order)
    )


def _clause_sets(clauses: str | None) -> list[Path]:
    if clauses:
        return [Path(clauses)]
    return [DEFAULT_CLAUSES, *_unsealed(sorted(DEFAULT_CLAUSES.parent.glob("heldout*_clauses.yml"), key=_set_order))]


@click.command("eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Carpeta con textos *.txt y anotaciones *.gold.jsonl (por defecto: ../shared/corpus/gold y los conjuntos "
    "reservados de tests/data/references).",
)
@click.option(
    "--clauses",
    type=click.Path(dir_okay=False),
    default=None,
    help="Cláusulas etiquetadas (por defecto: tests/data/barriers/clauses.yml y los conjuntos reservados).",
)
@click.option("--only", type=click.Choice(["refs", "barriers"]), default=None, help="Sólo una de las evaluaciones.")
def eval_command(gold_dir, clauses, only):
    """Precisión y exhaustividad del extractor de referencias y de las reglas de barreras.

    Example: regdesign eval --gold ../shared/corpus/gold
    """
    summary: list[str] = []
    if only in (None, "refs"):
        sets = _reference_sets(gold_dir)
        missing = [p for p in sets if not p.is_dir()]
        if missing:
            raise UsageError(f"no existe la carpeta gold: {missing[0]}")
        scorer_dir = next((p for p in sets if (p / "score.py").is_file()), None)
        if scorer_dir is None and DEFAULT_GOLD.joinpath("score.py").is_file():
            scorer_dir = DEFAULT_GOLD
        if scorer_dir is None:
            if gold_dir or only == "refs":
                raise UsageError("no hay score.py (el del corpus gold compartido) para puntuar las referencias")
            click.echo(f"(sin corpus gold en {DEFAULT_GOLD}: se omite la evaluación de referencias)")
        else:
            from regdesign.nlp.evaluation import evaluate_references, format_evaluation

            for gold in sets:
                result = evaluate_references(gold, scorer_dir)
                click.echo(f"== Referencias normativas (gold: {gold})")
                click.echo(format_evaluation(result))
                f1 = "  ".join(f"F1({key}) {lv['f1']:.3f}" for key, lv in result["levels"].items())
                summary.append(f"referencias  {str(gold):42s} {f1}")
    if only in (None, "barriers"):
        from regdesign.rules.engine import load_rules
        from regdesign.rules.evaluation import evaluate_barriers, format_barrier_evaluation

        ruleset = load_rules()
        for path in _clause_sets(clauses):
            if not path.is_file():
                raise UsageError(f"no existe el archivo de cláusulas: {path}")
            result = evaluate_barriers(path, ruleset)
            click.echo(f"== Barreras regulatorias (cláusulas: {path})")
            click.echo(format_barrier_evaluation(result))
            ov = result["overall"]
            summary.append(
                f"barreras     {str(path):42s} P {ov['precision']:.3f}  R {ov['recall']:.3f}  F1 {ov['f1']:.3f}"
            )
    if summary:
        click.echo("== Resumen [summary]")
        click.echo("\n".join(summary))
    return 0 if summary else 2


COMMANDS = [eval_command]
