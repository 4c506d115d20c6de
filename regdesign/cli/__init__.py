"""The ``regdesign`` command: a thin shell over the library.

Each command group lives in its own module of this package and exposes a click command named ``command``;
:func:`main` turns the project's own exceptions into one line of error and exit code 2.
"""

from __future__ import annotations

import importlib
import sys

import click

from regdesign import __version__
from regdesign.errors import RegdesignError

# (module, command name) in the order ``regdesign --help`` lists them.
COMMAND_MODULES = (
    "check_cmd",
    "refs_cmd",
    "laws_cmd",
    "graph_cmd",
    "history_cmd",
    "delta_cmd",
    "build_cmd",
    "interview_cmd",
    "explore_cmd",
    "eval_cmd",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110})
@click.version_option(__version__, prog_name="regdesign")
def cli() -> None:
    """regdesign: diseño regulatorio de MedeINN / regulatory design tooling.

    Revisa proyectos de acuerdo y términos de referencia en Markdown: referencias normativas, barreras
    regulatorias, lenguaje claro, historia en Git, publicación y entrevistas guiadas.

    Example: regdesign check bills/ --format json
    """


def _register_commands() -> None:
    for module_name in COMMAND_MODULES:
        qualified = f"{__name__}.{module_name}"
        try:
            module = importlib.import_module(qualified)
        except ModuleNotFoundError as error:
            if error.name == qualified:  # that command is not part of this build
                continue
            raise
        for command in getattr(module, "COMMANDS", ()):
            cli.add_command(command)


_register_commands()


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script: runs the command, maps errors to exit code 2."""
    try:
        result = cli.main(args=argv, prog_name="regdesign", standalone_mode=False)
    except RegdesignError as error:
        click.echo(f"regdesign: error: {error}", err=True)
        return 2
    except click.exceptions.Abort:
        click.echo("regdesign: aborted", err=True)
        return 130
    except click.ClickException as error:
        error.show()
        return 2 if error.exit_code == 1 else error.exit_code
    except BrokenPipeError:
        return 0
    return result if isinstance(result, int) else 0


if __name__ == "__main__":
    sys.exit(main())
