"""``regdesign explore``: the Streamlit explorer on a repository of bills and terms of reference."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click

from regdesign.errors import UsageError

APP = Path(__file__).resolve().parents[2] / "app.py"


def streamlit_command(port: int, address: str = "127.0.0.1") -> list[str]:
    """The command that serves the explorer (``app.py``) headless, without telemetry or file watching."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.port", str(port), "--server.address", address, "--server.headless", "true",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip


@click.command("explore")
@click.option(
    "--repo",
    type=click.Path(file_okay=False, exists=True),
    default=".",
    show_default=True,
    help="Repositorio con bills/ y terms_of_reference/.",
)
@click.option("--port", type=int, default=8501, show_default=True)
@click.option("--address", default="127.0.0.1", show_default=True)
def explore_command(repo, port, address):
    """Abre el explorador (Streamlit) del laboratorio sobre un repositorio.

    Example: regdesign explore --repo ../proyectos-de-acuerdo --port 8502
    """
    if not APP.is_file():
        raise UsageError(f"no se encontró la aplicación del explorador: {APP}")
    env = {**os.environ, "REGDESIGN_REPO": str(Path(repo).resolve())}
    command = streamlit_command(port, address)
    click.echo(f"Explorador en http://{address}:{port}/  (repositorio: {env['REGDESIGN_REPO']})")
    return subprocess.call(command, env=env)


COMMANDS = [explore_command]
