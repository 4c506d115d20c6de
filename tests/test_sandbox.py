"""The drafting sandbox: provision edits, analysis against HEAD, and draft commits made with plumbing only."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from regdesign.config import Config
from regdesign.errors import UsageError
from regdesign.history import open_repository
from regdesign.parse import parse_document
from regdesign.sandbox import (
    analyze_draft,
    default_branch,
    provision_text,
    replace_provision,
    save_draft,
)

BILL = """---
type: proyecto_de_acuerdo
title: Prueba
---
Artículo 1. Objeto. El presente acuerdo regula los pilotos.

Artículo 2. Requisitos. Los interesados deberán acreditar domicilio en Medellín.
"""


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture()
def repo_dir(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "bills").mkdir(parents=True)
    (root / "bills" / "prueba.md").write_text(BILL, encoding="utf-8")
    (root / "otro.txt").write_text("otro\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", "inicial")
    return root


def state(root: Path) -> tuple[str, str, str, str, bytes]:
    index = (root / ".git" / "index").read_bytes()
    return (
        git(root, "rev-parse", "HEAD"),
        git(root, "symbolic-ref", "HEAD"),
        git(root, "status", "--porcelain"),
        (root / "bills" / "prueba.md").read_text(encoding="utf-8"),
        index,
    )


def test_replace_provision_keeps_the_rest_byte_for_byte():
    document = parse_document(BILL, "bills/prueba.md")
    old = provision_text(document, "art_2")
    assert old.startswith("Artículo 2.")
    new_text = replace_provision(document, "art_2", "Artículo 2. Requisitos. Basta una cédula.\n")
    start = document.provision("art_2").span.start
    assert new_text[:start] == BILL[:start]
    assert "Basta una cédula" in new_text and "domicilio" not in new_text
    with pytest.raises(UsageError):
        replace_provision(document, "art_9", "x")


def test_default_branch_is_a_valid_draft_branch():
    assert default_branch("bills/Proyecto de acuerdo 045.md") == "borradores/Proyecto-de-acuerdo-045"


def test_save_draft_commits_on_a_branch_and_touches_nothing_else(repo_dir: Path):
    repo = open_repository(repo_dir)
    before = state(repo_dir)
    edited = BILL.replace("deberán acreditar domicilio en Medellín", "podrán participar desde cualquier lugar")
    draft = save_draft(repo, "bills/prueba.md", edited, "Ana Restrepo", "ana@example.org", "Quita el domicilio")
    assert draft.branch == "borradores/prueba" and draft.created
    assert state(repo_dir) == before  # HEAD, checked-out branch, index file, status and working tree unchanged
    assert git(repo_dir, "rev-parse", "refs/heads/borradores/prueba") == draft.sha
    assert git(repo_dir, "show", f"{draft.sha}:bills/prueba.md") + "\n" == edited
    assert git(repo_dir, "show", f"{draft.sha}:otro.txt") == "otro"
    assert git(repo_dir, "log", "-1", "--format=%an|%ae|%cn|%s", draft.sha) == (
        "Ana Restrepo|ana@example.org|Ana Restrepo|Quita el domicilio"
    )
    assert git(repo_dir, "rev-parse", f"{draft.sha}^") == before[0]
    # A second save stacks on the branch tip, not on HEAD.
    second = save_draft(
        repo,
        "bills/prueba.md",
        edited + "\nArtículo 3. Vigencia. Rige.\n",
        "Ana Restrepo",
        "ana@example.org",
        "Añade la vigencia",
    )
    assert not second.created and second.parent == draft.sha
    assert state(repo_dir) == before


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"branch": "--force"}, "rama"),
        ({"branch": "borradores/a..b"}, "rama"),
        ({"branch": "@{-1}"}, "rama"),
        ({"branch": "main"}, "activa"),
        ({"author_name": ""}, "autor"),
        ({"author_email": "sin-arroba"}, "correo"),
        ({"message": "  "}, "mensaje"),
        ({"path": "../fuera.md"}, "fuera"),
        ({"path": "--output=x"}, "opción"),
    ],
)
def test_save_draft_refuses_bad_input(repo_dir: Path, kwargs, message):
    repo = open_repository(repo_dir)
    values = {
        "path": "bills/prueba.md",
        "text": BILL + "\nmás\n",
        "author_name": "A",
        "author_email": "a@b.co",
        "message": "m",
    }
    values.update(kwargs)
    before = state(repo_dir)
    with pytest.raises(UsageError, match=message):
        save_draft(repo, **values)
    assert state(repo_dir) == before
    assert git(repo_dir, "branch", "--list", "borradores/*") == ""


def test_save_draft_refuses_an_unchanged_text(repo_dir: Path):
    with pytest.raises(UsageError, match="no cambió"):
        save_draft(open_repository(repo_dir), "bills/prueba.md", BILL, "A", "a@b.co", "nada")


def test_analyze_draft_reports_the_delta_against_head(repo_dir: Path):
    repo = open_repository(repo_dir)
    edited = BILL.replace(
        "Los interesados deberán acreditar domicilio en Medellín.",
        "Los interesados deberán acreditar domicilio en Medellín y deberán inscribirse.",
    )
    analysis = analyze_draft(repo, "bills/prueba.md", edited, Config(root=repo_dir))
    assert analysis.changed
    assert analysis.delta.restrictions_after == analysis.delta.restrictions_before + 1
    assert analysis.result.restrictions == analysis.delta.restrictions_after
    same = analyze_draft(repo, "bills/prueba.md", BILL, Config(root=repo_dir))
    assert not same.changed and same.delta.restrictions_after == same.delta.restrictions_before
