"""The ``history``, ``blame`` and ``diff`` commands on real repositories: outputs, and bad input as one line with
exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_history import GitRepo, bill, ten_articles

from regdesign import history
from regdesign.cli import main


@pytest.fixture
def drafts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """A bill with three versions and a rename; the current directory is the repository."""
    repo = GitRepo(tmp_path / "repo")
    arts = ten_articles()[:5]
    first = repo.commit("Radica el proyecto", {"borrador.md": bill(arts)}, author="ana")
    arts = arts[:2] + [("Drones", "Se autoriza el uso de aeronaves no tripuladas en zonas de prueba.")] + arts[2:]
    second = repo.commit("Inserta el artículo de drones", {"borrador.md": bill(arts)}, author="luis")
    repo.move("borrador.md", "bills/sandbox.md")
    arts[0] = (arts[0][0], arts[0][1].replace("reglas propias", "reglas especiales"))
    third = repo.commit("Renombra y ajusta el objeto", {"bills/sandbox.md": bill(arts)}, author="sofia")
    monkeypatch.chdir(repo.root)
    history.clear_document_cache()
    return {"repo": repo, "first": first, "second": second, "third": third}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_history_text_and_json(drafts, capsys):
    code, out, _ = run(capsys, "history", "bills/sandbox.md")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(drafts["third"][:7]) and "Sofía Vélez" in lines[0] and "(antes borrador.md)" in lines[0]
    assert lines[2].startswith(drafts["first"][:7]) and "borrador.md" in lines[2]
    code, out, _ = run(capsys, "history", "bills/sandbox.md", "--format", "json")
    data = json.loads(out)
    assert [v["sha"] for v in data["versions"]] == [drafts["third"], drafts["second"], drafts["first"]]
    assert data["versions"][1]["path"] == "borrador.md" and data["shallow"] is False


def test_history_from_another_directory_with_repo_option(drafts, capsys, monkeypatch, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    root = drafts["repo"].root
    code, out, _ = run(capsys, "history", str(root / "bills" / "sandbox.md"), "--format", "json")
    assert code == 0 and len(json.loads(out)["versions"]) == 3
    code, out, _ = run(capsys, "history", str(root / "bills" / "sandbox.md"), "--repo", str(root), "--no-follow")
    assert code == 0 and len(out.strip().splitlines()) == 1


def test_blame(drafts, capsys):
    code, out, _ = run(capsys, "blame", "bills/sandbox.md", "--format", "json")
    assert code == 0
    rows = {row["provision"]: row for row in json.loads(out)["provisions"]}
    assert rows["art_1"]["sha"] == drafts["third"]
    assert rows["art_3"]["sha"] == drafts["second"]  # the inserted article
    assert rows["art_2"]["sha"] == drafts["first"] and rows["art_2"]["author_name"] == "Ana Restrepo"
    code, out, _ = run(capsys, "blame", "bills/sandbox.md", "--rev", drafts["second"][:10])
    assert code == 0
    art1 = next(line for line in out.splitlines() if line.startswith("art_1 "))
    assert drafts["first"][:7] in art1


def test_diff_formats(drafts, capsys, tmp_path):
    code, out, _ = run(capsys, "diff", drafts["first"], "HEAD", "bills/sandbox.md")
    assert code == 0
    assert "Añadido: art_3" in out and "Renumerado: art_3 → art_4" in out and "Modificado: art_1" in out
    code, out, _ = run(capsys, "diff", drafts["first"], "HEAD", "bills/sandbox.md", "--format", "json")
    data = json.loads(out)
    assert data["summary"]["added"] == 1 and data["summary"]["renumbered"] == 3 and data["summary"]["modified"] == 1
    assert data["old_path"] == "borrador.md" and data["new_path"] == "bills/sandbox.md"
    code, out, _ = run(capsys, "diff", "HEAD~2", "HEAD", "bills/sandbox.md", "--format", "md")
    assert "| Texto anterior | Texto nuevo | Cambio |" in out and "~~propias~~" in out
    html_out = tmp_path / "out" / "comparado.html"
    code, out, _ = run(capsys, "diff", "HEAD~1", "HEAD", "bills/sandbox.md", "--format", "html", "-o", str(html_out))
    assert code == 0 and out == "" and "<del>propias</del>" in html_out.read_text(encoding="utf-8")
    docx_out = tmp_path / "comparado.docx"
    code, _, _ = run(capsys, "diff", "HEAD~1", "HEAD", "bills/sandbox.md", "--format", "docx", "-o", str(docx_out))
    assert code == 0 and docx_out.read_bytes()[:2] == b"PK"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["diff", "HEAD~1", "HEAD", "bills/sandbox.md", "--format", "docx"], "requiere -o"),
        (["diff", "nope", "HEAD", "bills/sandbox.md"], "revisión desconocida"),
        (["diff", "--", "--output=x.txt", "HEAD", "bills/sandbox.md"], "parece una opción"),
        (["blame", "bills/sandbox.md", "--rev=--output=x.txt"], "parece una opción"),
        (["blame", "bills/sandbox.md", "--rev", "HEAD~9"], "revisión desconocida"),
        (["history", "/etc/hostname"], "fuera del repositorio"),
        (["history", "no_existe.md"], "no está bajo control de versiones"),
        (["blame", "no_existe.md"], "no está bajo control de versiones"),
        (["diff", "HEAD~2", "HEAD", "no_existe.md"], "no existe en la revisión"),
        (["history", "--", "-x.md"], "parece una opción"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(drafts, capsys, args, message):
    code, out, err = run(capsys, *args)
    assert code == 2
    assert message in err
    assert err.startswith("regdesign: error: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert not (drafts["repo"].root / "x.txt").exists()


def test_outside_any_repository(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "a.md").write_text(bill(ten_articles()[:1]), encoding="utf-8")
    monkeypatch.chdir(folder)
    code, _, err = run(capsys, "history", "a.md")
    assert code == 2 and "no está en un repositorio Git" in err


def test_commands_are_documented():
    from regdesign.cli.history_cmd import COMMANDS

    assert {c.name for c in COMMANDS} == {"history", "blame", "diff"}
    for command in COMMANDS:
        assert command.help and "Example: regdesign " + command.name in command.help


# ----------------------------------------------------------------------------------------------------------------
# pre-commit hook and the GitHub Actions workflow for bills repositories
# ----------------------------------------------------------------------------------------------------------------


def _options(command_name: str) -> set[str]:
    from regdesign.cli import cli

    command = cli.commands[command_name]
    return {opt for param in command.params for opt in getattr(param, "opts", [])}


def test_pre_commit_hook(repo_root: Path):
    import re

    import yaml

    hooks = yaml.safe_load((repo_root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "regdesign-check"]
    assert hook["entry"] == "regdesign check" and hook["language"] == "python"
    assert hook["pass_filenames"] is True
    pattern = re.compile(hook["files"])
    assert pattern.search("bills/proyecto.md") and pattern.search("leyes/ley_1955.txt")
    assert not pattern.search("app.py") and not pattern.search("notes.md.bak")


def test_github_actions_workflow(repo_root: Path):
    import yaml

    workflow = yaml.safe_load((repo_root / "docs" / "github-actions-bills.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "pull_request" in triggers and "push" in triggers
    jobs = workflow["jobs"]
    assert set(jobs) == {"check", "delta"}
    check_steps = jobs["check"]["steps"]
    runs = "\n".join(step.get("run", "") for step in check_steps)
    assert "regdesign check --format sarif -o regdesign.sarif" in runs
    upload = next(
        step for step in check_steps if str(step.get("uses", "")).startswith("github/codeql-action/upload-sarif@")
    )
    assert upload["with"]["sarif_file"] == "regdesign.sarif"
    assert jobs["check"]["permissions"]["security-events"] == "write"
    # the check step leaves findings (exit 1) to a later step, so the SARIF file is uploaded first
    names = [step.get("name") for step in check_steps]
    assert names.index("Upload SARIF to code scanning") < names.index("Fail on findings")

    delta_steps = jobs["delta"]["steps"]
    delta_runs = "\n".join(step.get("run", "") for step in delta_steps)
    assert 'regdesign delta "$BASE_SHA" "$HEAD_SHA" --format md -o delta.md' in delta_runs
    assert "gh pr comment" in delta_runs and "--body-file delta.md" in delta_runs
    assert jobs["delta"]["permissions"]["pull-requests"] == "write"
    assert "pull_request" in jobs["delta"]["if"]
    # untrusted text (branch names, titles) never lands in a shell script: only shas and numbers, via env
    for step in check_steps + delta_steps:
        assert "${{" not in step.get("run", "")
    # every regdesign option the workflow uses exists
    assert {"--format", "-o"} <= _options("check")
    from regdesign.cli import cli

    if "delta" in cli.commands:  # the lead's command; the workflow calls it with these options
        assert {"--format", "-o"} <= _options("delta")
