"""``regdesign check``: findings for documents, as text, JSON, SARIF or GitHub annotations."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from regdesign.cache import default_cache
from regdesign.check import check_paths
from regdesign.config import FAIL_ON_VALUES, load_config
from regdesign.errors import UsageError
from regdesign.report import FORMATS, format_result


def _progress_wanted() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Formato de salida."
)
@click.option("--lang", type=click.Choice(["es", "en"]), default=None, help="Idioma de los mensajes (es por defecto).")
@click.option("--fail-on", type=click.Choice(FAIL_ON_VALUES), default=None, help="Gravedad mínima que da código 1.")
@click.option("--select", multiple=True, help="Sólo estas reglas o categorías (prefijos). Repetible.")
@click.option("--ignore", multiple=True, help="Omite estas reglas o categorías (prefijos). Repetible.")
@click.option(
    "--changed-since", metavar="REV", help="Sólo los archivos cambiados desde REV (incluye cambios sin commit)."
)
@click.option("--no-cache", is_flag=True, help="No usa ni escribe la caché (.regdesign/cache).")
@click.option("--verbose", "-v", is_flag=True, help="Muestra fundamento legal y sugerencia en formato texto.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Escribe el informe en este archivo.")
def check_command(paths, fmt, lang, fail_on, select, ignore, changed_since, no_cache, verbose, output):
    """Revisa documentos: estructura, referencias, barreras, lenguaje claro.

    Sin PATH revisa bills/ y terms_of_reference/ del repositorio. Códigos de salida: 0 sin hallazgos en o por
    encima de --fail-on, 1 con ellos o con archivos que no se pudieron revisar, 2 error de uso o de entrada.

    Example: regdesign check bills/ --format sarif -o regdesign.sarif
    """
    config = load_config(Path.cwd()).with_overrides(
        fail_on=fail_on, select=tuple(select), ignore=tuple(ignore), lang=lang
    )
    targets = list(paths) or [str(config.root / p) for p in config.paths if (config.root / p).exists()]
    if not targets:
        raise UsageError("no hay documentos que revisar: indique rutas o cree bills/ o terms_of_reference/")
    if changed_since:
        from regdesign.history import files_changed_since, open_repository, resolve_user_path

        repo = open_repository(Path.cwd())
        root = Path(repo.working_tree_dir or ".")
        wanted = [resolve_user_path(target) for target in targets]
        targets = [str(root / name) for name in files_changed_since(repo, changed_since, wanted)]
        if not targets:
            click.echo(f"Ningún documento cambió desde {changed_since}.")
            return 0
    cache = None if no_cache else default_cache(config.root)
    progress = None
    if _progress_wanted() and fmt == "text":
        from rich.progress import Progress

        progress = Progress(transient=True, console=None)
    try:
        if progress is not None:
            with progress:
                task = progress.add_task("Revisando", total=None)

                def advance(number: int, total: int, path: str) -> None:
                    progress.update(task, completed=number - 1, total=total, description=path[-40:])

                result = check_paths(targets, config, cache=cache, on_progress=advance, display_root=Path.cwd())
        else:
            result = check_paths(targets, config, cache=cache, display_root=Path.cwd())
    finally:
        if cache is not None:
            cache.close()
    report = format_result(result, fmt, config.lang, verbose=verbose)
    if output:
        from regdesign.files import write_text_atomic

        write_text_atomic(Path(output), report + "\n")
    else:
        click.echo(report)
    return result.exit_code(config.fail_on)


COMMANDS = [check_command]
