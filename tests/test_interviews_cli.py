"""``regdesign interview`` commands, the docassemble package and the worker-process session."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from regdesign.cli import cli
from regdesign.interviews.validate import interview_files, validate_interview
from regdesign.interviews.worker import InterviewSession

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "interviews"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), standalone_mode=False, catch_exceptions=False)


def test_repository_interviews_validate_clean():
    files = interview_files(REPO / "interviews")
    assert REPO / "interviews" / "tor_author.yml" in files
    assert not any(f.name.endswith(".answers.yml") or "parts" in f.parts for f in files)
    for file in files:
        assert [p for p in validate_interview(file) if p.severity == "error"] == [], file


def test_validate_reports_problems_with_line(tmp_path):
    bad = tmp_path / "malo.yml"
    bad.write_text(
        "id: q\nquestion: Hola ${ nombre_mal }\nfield: x\nfeilds: []\nbuttons:\n  - A: a\n---\n"
        "id: m\nmandatory: True\ncode: |\n  x\n  fin\n---\nevent: fin\nquestion: Fin\n",
        encoding="utf-8",
    )
    problems = validate_interview(bad)
    messages = [(p.severity, p.line, p.message) for p in problems]
    assert any(s == "error" and "nombre_mal" in m for s, _, m in messages)
    assert any(s == "warning" and "feilds" in m for s, _, m in messages)
    assert any(s == "warning" and line == 14 and "sin id" in m for s, line, m in messages)
    broken = tmp_path / "roto.yml"
    broken.write_text("id: b\nquestion: [\n", encoding="utf-8")
    problems = validate_interview(broken)
    assert problems and problems[0].severity == "error" and "YAML" in problems[0].message
    result = invoke("interview", "validate", str(broken))
    assert result.return_value == 1 and "roto.yml:1: error" in result.output


def test_cli_generate_and_run(tmp_path):
    out = tmp_path / "gen.yml"
    result = invoke("interview", "generate", str(DATA / "convocatoria_prueba.md"), "-o", str(out))
    assert result.return_value == 0 and out.is_file()
    answers = tmp_path / "a.answers.yml"
    answers.write_text((DATA / "no_elegible_tecnico.answers.yml").read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke("interview", "run", str(out), "--answers", str(answers), "-o", str(tmp_path / "out"), "--no-pdf")
    assert result.return_value == 0
    assert "No puede participar" in result.output and "REQ-4" in result.output


def test_cli_missing_answer_is_one_line_exit_2(tmp_path, capsys):
    from regdesign.cli import main

    answers = tmp_path / "a.answers.yml"
    answers.write_text("interview: interviews/tor_author.yml\ntitulo: X\n", encoding="utf-8")
    code = main(
        [
            "interview",
            "run",
            str(REPO / "interviews" / "tor_author.yml"),
            "--answers",
            str(answers),
            "-o",
            str(tmp_path / "o"),
        ]
    )
    assert code == 2
    error_lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("regdesign: error:")]
    assert len(error_lines) == 1 and "(variable inicio_autor)" not in error_lines[0]
    assert "«Número de la convocatoria» (variable numero) falta en" in error_lines[0]


def test_package_layout(tmp_path):
    result = invoke("interview", "package", "-o", str(tmp_path))
    root = Path(result.output.strip())
    assert (root / "setup.py").is_file() and (root / "pyproject.toml").is_file()
    assert not (root / "docassemble" / "__init__.py").exists()  # namespace package
    pkg = root / "docassemble" / "medeinn"
    assert (pkg / "__init__.py").is_file() and (pkg / "validators.py").is_file() and (pkg / "documents.py").is_file()
    assert (pkg / "data" / "questions" / "tor_author.yml").is_file()
    assert (pkg / "data" / "questions" / "tor_author.answers.yml").is_file()
    assert (pkg / "data" / "questions" / "parts" / "tor_author_preguntas.yml").is_file()
    assert (pkg / "data" / "templates" / "propuesta_bloques.yml").is_file()
    assert (pkg / "data" / "static").is_dir()
    author = (pkg / "data" / "questions" / "tor_author.yml").read_text(encoding="utf-8")
    assert "docassemble.medeinn.validators" in author and "regdesign." not in author
    assert "from .validators import" in (pkg / "documents.py").read_text(encoding="utf-8")
    compile((root / "setup.py").read_text(encoding="utf-8"), "setup.py", "exec")


def test_worker_session_steps_to_documents(tmp_path):
    generated = tmp_path / "gen.yml"
    invoke("interview", "generate", str(DATA / "convocatoria_prueba.md"), "-o", str(generated))
    answers = yaml.safe_load((DATA / "proponente_elegible.answers.yml").read_text(encoding="utf-8"))
    with InterviewSession() as session:
        screen = session.start(generated)
        assert screen["id"] == "bienvenida del proponente" and screen["fields"][0]["datatype"] == "continue"
        screen = session.answer({"inicio_proponente": True})
        assert {c[0] for c in screen["fields"][0]["choices"]} == {"natural", "juridica", "union"}
        screen = session.answer({"tipo_persona": "juridica"})
        for n in range(1, 6):
            screen = session.answer({f"cumple['REQ-{n}']": True})
            if screen["id"] == "experiencia del proponente":
                screen = session.answer({"anios_experiencia": 4})
        keys = [f["variable"] for f in screen["fields"]]
        screen = session.answer({key: answers[key] for key in keys})
        screen = session.answer({"correo_proponente": "x@y.co", "telefono_proponente": "604 444 5555"})
        screen = session.answer({"titulo_propuesta": "T", "resumen_propuesta": "R", "monto_propuesta": 1000})
        while screen["id"] == "documento del proponente":
            screen = session.answer({screen["fields"][0]["variable"]: True})
        screen = session.answer({"revision_confirmada": True})
        assert screen["is_end"]
        documents = session.documents(tmp_path / "docs", pdf=False)
        assert sorted(p.suffix for p in documents) == [".docx", ".docx", ".docx", ".md", ".md", ".md"]


def test_package_installs_with_pip_and_its_modules_import(tmp_path):
    import subprocess
    import sys

    result = invoke("interview", "package", "-o", str(tmp_path / "dist"))
    root = Path(result.output.strip())
    target = tmp_path / "site"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            str(root),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    installed = target / "docassemble" / "medeinn"
    assert (installed / "data" / "questions" / "tor_author.yml").is_file()
    assert (installed / "data" / "templates" / "propuesta_bloques.yml").is_file()
    probe = subprocess.run(
        [sys.executable, "-c", "import docassemble.medeinn.validators as v; print(v.nit_check_digit('890905211'))"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "1"
