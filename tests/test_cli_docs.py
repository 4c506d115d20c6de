"""Every command is documented: its help ends with an example, and the README names it."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from regdesign.cli import cli

REPO = Path(__file__).resolve().parents[1]


def all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found += all_commands(command, f"{prefix}{name} ")
    return found


COMMANDS = all_commands(cli)


def test_all_expected_commands_exist():
    names = {name for name, _ in COMMANDS}
    assert {
        "check",
        "refs",
        "laws",
        "graph",
        "impact",
        "history",
        "blame",
        "diff",
        "delta",
        "build",
        "interview",
        "explore",
        "eval",
    } <= names


@pytest.mark.parametrize("name, command", COMMANDS, ids=[name for name, _ in COMMANDS])
def test_help_ends_with_an_example(name, command):
    help_text = (command.help or "").strip()
    assert help_text, f"{name} has no help"
    last = help_text.splitlines()[-1].strip()
    assert last.startswith("Example: regdesign "), f"{name}: help must end with 'Example: regdesign …'"


@pytest.mark.parametrize("name", sorted({name.split()[0] for name, _ in COMMANDS}))
def test_readme_names_every_command(name):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert f"regdesign {name}" in readme, f"README.md does not show `regdesign {name}`"
