"""``regdesign history``, ``regdesign blame`` and ``regdesign diff``: a document's Git record, as a thin shell over
:mod:`regdesign.history` and :mod:`regdesign.compare`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from regdesign.errors import UsageError

DIFF_FORMATS = ("text", "json", "md", "html", "docx")

repo_option = click.option(
    "--repo",
    "repo_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Repositorio Git (por defecto, el que contiene PATH).",
)


def _open(path: str, repo_dir: str | None):
    """The repository and PATH made absolute (PATH is relative to the current directory, as typed)."""
    from regdesign.history import open_repository, resolve_user_path

    target = resolve_user_path(path)
    if repo_dir:
        return open_repository(resolve_user_path(repo_dir)), target
    try:
        return open_repository(target), target
    except UsageError:
        try:  # PATH is in no repository: the current directory's one says "outside the repository" more usefully
            return open_repository(Path.cwd()), target
        except UsageError:
            pass
        raise


def _emit(text: str, output: str | None) -> None:
    if output:
        from regdesign.files import write_text_atomic

        write_text_atomic(Path(output), text)
    else:
        click.echo(text, nl=not text.endswith("\n"))


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


@click.command("history")
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--no-follow", is_flag=True, help="No sigue los cambios de nombre del archivo.")
@repo_option
def history_command(path: str, fmt: str, no_follow: bool, repo_dir: str | None) -> None:
    """Versiones de un documento: cada commit que lo cambió, con autor, fecha y nombre del archivo.

    Example: regdesign history bills/proyecto_acuerdo_sandbox.md --format json
    """
    from regdesign.history import document_versions, is_shallow

    repo, target = _open(path, repo_dir)
    versions = document_versions(repo, target, follow_renames=not no_follow)
    shallow = is_shallow(repo)
    if fmt == "json":
        _emit(_dumps({"path": versions[0].path, "shallow": shallow, "versions": [v.to_dict() for v in versions]}), None)
        return
    lines = []
    for version in versions:
        renamed = f"  (antes {version.old_path})" if version.status == "R" and version.old_path else ""
        lines.append(
            f"{version.short_sha}  {version.date[:10]}  {version.author_name:<24}  {version.path}{renamed}  "
            f"{version.summary}"
        )
    _emit("\n".join(lines) + "\n", None)
    if shallow and versions[-1].boundary:
        click.echo(
            "aviso: clon superficial; la historia anterior a "
            f"{versions[-1].short_sha} no está disponible / shallow clone: older history is missing",
            err=True,
        )


@click.command("blame")
@click.argument("path")
@click.option("--rev", default="HEAD", show_default=True, help="Revisión del documento.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@repo_option
def blame_command(path: str, rev: str, fmt: str, repo_dir: str | None) -> None:
    """Quién cambió por última vez cada disposición (artículo, parágrafo, numeral…) y en qué commit.

    Example: regdesign blame bills/proyecto_acuerdo_sandbox.md --rev HEAD~3
    """
    from regdesign.history import blame_provisions

    repo, target = _open(path, repo_dir)
    blames = blame_provisions(repo, target, rev=rev)
    if fmt == "json":
        _emit(_dumps({"rev": rev, "provisions": [b.to_dict() for b in blames]}), None)
        return
    lines = []
    for blame in blames:
        name = "  " * blame.depth + blame.provision_id
        lines.append(
            f"{name:<32} {blame.line_start:>5}-{blame.line_end:<5} {blame.short_sha}  {blame.date[:10]}  "
            f"{blame.author_name:<24}  {blame.summary}"
        )
    _emit("\n".join(lines) + "\n" if lines else "", None)
    if any(blame.boundary for blame in blames):
        click.echo(
            "aviso: clon superficial; las líneas marcadas en el commit frontera pueden ser más antiguas"
            " / shallow clone: lines at the boundary commit may be older",
            err=True,
        )


@click.command("diff")
@click.argument("rev_a")
@click.argument("rev_b")
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(DIFF_FORMATS), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Archivo de salida.")
@click.option("--include-unchanged", is_flag=True, help="Incluye las disposiciones sin cambios.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0, min_open=True), default=0.6, show_default=True)
@repo_option
def diff_command(
    rev_a: str,
    rev_b: str,
    path: str,
    fmt: str,
    output: str | None,
    include_unchanged: bool,
    threshold: float,
    repo_dir: str | None,
) -> None:
    """Texto comparado de un documento entre dos revisiones, artículo por artículo.

    Sigue los cambios de nombre: PATH es el nombre en REV_B; si en REV_A tenía otro, se usa ese.

    Example: regdesign diff HEAD~5 HEAD bills/proyecto_acuerdo_sandbox.md --format md -o comparado.md
    """
    from regdesign import compare
    from regdesign.history import document_at, path_at

    if fmt == "docx" and not output:
        raise UsageError("--format docx requiere -o ARCHIVO / --format docx needs -o FILE")
    repo, target = _open(path, repo_dir)
    new_path = path_at(repo, rev_b, target)
    old_path = path_at(repo, rev_a, target, later_rev=rev_b)
    comparison = compare.compare_documents(
        document_at(repo, rev_a, old_path), document_at(repo, rev_b, new_path), threshold=threshold
    )
    if fmt == "docx":
        assert output, "checked above: --format docx needs -o"
        compare.comparison_to_docx(comparison, output, include_unchanged=include_unchanged)
        return
    if fmt == "json":
        text = _dumps(compare.comparison_to_json(comparison))
    elif fmt == "md":
        text = compare.comparison_to_markdown(comparison, include_unchanged=include_unchanged)
    elif fmt == "html":
        text = compare.comparison_to_html(comparison, include_unchanged=include_unchanged)
    else:
        text = compare.comparison_to_text(comparison, include_unchanged=include_unchanged)
    _emit(text, output)


COMMANDS = [history_command, blame_command, diff_command]
