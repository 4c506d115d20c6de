"""`regdesign check` from the outside: exit codes, formats, options, suppressions, configuration, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"

CLEAN = """---
type: proyecto_de_acuerdo
title: "Por medio del cual se adopta la política de datos abiertos"
entity: "Concejo Distrital de Medellín"
date: 2027-01-10
status: borrador
---

### Artículo 1. Objeto.

Este acuerdo adopta la política de datos abiertos del Distrito.

### Artículo 2. Vigencia.

Este acuerdo rige desde su publicación.
"""

BROKEN = """---
type: proyecto_de_acuerdo
title: "Por medio del cual se crea un registro"
entity: "Concejo Distrital de Medellín"
date: 2027-01-10
status: borrador
---

### Artículo 1. Objeto.

Los proveedores deberán tener domicilio principal en el Distrito de Medellín.

### Artículo 3. Vigencia.

Este acuerdo rige desde su publicación, según el artículo 9 del presente acuerdo.
"""


def run(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "regdesign", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "CI": "true", **(env or {})},
    )


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "bills").mkdir()
    (tmp_path / "terms_of_reference").mkdir()
    (tmp_path / "bills" / "limpio.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_clean_repository_exits_zero(workspace):
    done = run("check", cwd=workspace)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 archivo." in done.stdout or "1 archivo," in done.stdout
    assert "\r" not in done.stderr  # no progress bar in a pipe / CI


def test_errors_exit_one_and_json_follows_contract(workspace):
    (workspace / "bills" / "roto.md").write_text(BROKEN, encoding="utf-8")
    done = run("check", "--format", "json", "--no-cache", cwd=workspace)
    assert done.returncode == 1, done.stderr
    payload = json.loads(done.stdout)
    rules = {f["rule"] for f in payload["findings"]}
    assert {"ESTRUCTURA-NUMERACION", "REF-INTERNA-ROTA", "OCDE-A5-DOMICILIO"} <= rules
    text = (workspace / "bills" / "roto.md").read_text(encoding="utf-8")
    for finding in payload["findings"]:
        assert finding["path"] == "bills/roto.md"
        assert 0 <= finding["start"] <= finding["end"] <= len(text)
        line_start = text.rfind("\n", 0, finding["start"]) + 1
        assert finding["line"] == text.count("\n", 0, finding["start"]) + 1
        assert finding["column"] == finding["start"] - line_start + 1
    domicile = next(f for f in payload["findings"] if f["rule"] == "OCDE-A5-DOMICILIO")
    assert "domicilio" in text[domicile["start"] : domicile["end"]].lower()
    assert domicile["provision"] == "art_1" and domicile["basis"] and domicile["suggestion"]
    assert payload["summary"]["by_severity"]["error"] >= 3


def test_fail_on_select_ignore_and_english(workspace):
    (workspace / "bills" / "roto.md").write_text(BROKEN, encoding="utf-8")
    assert run("check", "--fail-on", "never", cwd=workspace).returncode == 0
    only = run("check", "--select", "ESTRUCTURA", "--format", "json", cwd=workspace)
    assert {f["rule"] for f in json.loads(only.stdout)["findings"]} == {"ESTRUCTURA-NUMERACION"}
    ignored = run(
        "check", "--ignore", "ESTRUCTURA", "--ignore", "REF", "--ignore", "OCDE", "--fail-on", "error", cwd=workspace
    )
    assert ignored.returncode == 0, ignored.stdout
    english = run("check", "--lang", "en", "--select", "ESTRUCTURA-NUMERACION", cwd=workspace)
    assert "[error]" in english.stdout and "files" in english.stdout


def test_sarif_output_validates(workspace):
    (workspace / "bills" / "roto.md").write_text(BROKEN, encoding="utf-8")
    done = run("check", "--format", "sarif", "-o", "out.sarif", cwd=workspace)
    assert done.returncode == 1
    log = json.loads((workspace / "out.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    assert log["runs"][0]["results"]


def test_inline_suppression_and_config_file(workspace):
    suppressed = BROKEN.replace("### Artículo 1.", "<!-- regdesign-disable OCDE-A5 -->\n\n### Artículo 1.")
    (workspace / "bills" / "roto.md").write_text(suppressed, encoding="utf-8")
    rules = {f["rule"] for f in json.loads(run("check", "--format", "json", cwd=workspace).stdout)["findings"]}
    assert "OCDE-A5-DOMICILIO" not in rules and "ESTRUCTURA-NUMERACION" in rules
    (workspace / "regdesign.toml").write_text('ignore = ["ESTRUCTURA", "REF"]\nfail-on = "warning"\n', encoding="utf-8")
    rules = {f["rule"] for f in json.loads(run("check", "--format", "json", cwd=workspace).stdout)["findings"]}
    assert not any(r.startswith(("ESTRUCTURA", "REF")) for r in rules)


def test_bad_input_becomes_findings_or_skips(workspace):
    bills = workspace / "bills"
    (bills / "latin1.md").write_bytes("Artículo 1. Objeto. Señalar la política.\n".encode("cp1252"))
    (bills / "binario.md").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (bills / "yaml.md").write_text(
        "---\ntype: proyecto_de_acuerdo\ntitle: [sin cerrar\n---\n\nArtículo 1. A.\n", encoding="utf-8"
    )
    (bills / "tipo.md").write_text("---\ntype: ordenanza_rara\n---\n\nArtículo 1. Objeto. Algo.\n", encoding="utf-8")
    done = run("check", "--format", "json", "--no-cache", cwd=workspace)
    assert done.returncode == 1
    payload = json.loads(done.stdout)
    by_path = {}
    for finding in payload["findings"]:
        by_path.setdefault(finding["path"], set()).add(finding["rule"])
    assert "ENCODING" in by_path["bills/latin1.md"]
    assert "FRONTMATTER-YAML" in by_path["bills/yaml.md"]
    assert "FRONTMATTER-TIPO" in by_path["bills/tipo.md"]
    skipped = {s["path"]: s["reason"] for s in payload["summary"]["skipped"]}
    assert "bills/binario.md" in skipped and "binario" in skipped["bills/binario.md"]
    assert (bills / "latin1.md").read_bytes() == "Artículo 1. Objeto. Señalar la política.\n".encode("cp1252")


def test_a_file_that_cannot_be_checked_fails_the_run(workspace):
    (workspace / "bills" / "binario.md").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    done = run("check", "bills/binario.md", "--no-cache", cwd=workspace)
    assert done.returncode == 1, done.stdout
    assert "binario" in done.stdout
    assert run("check", "bills/binario.md", "--no-cache", "--fail-on", "never", cwd=workspace).returncode == 0


def test_missing_path_is_a_usage_error(workspace):
    done = run("check", "no/existe.md", cwd=workspace)
    assert done.returncode == 2
    assert done.stderr.strip().startswith("regdesign: error:") and len(done.stderr.strip().splitlines()) == 1


def test_cache_gives_the_same_result_and_is_used(workspace):
    (workspace / "bills" / "roto.md").write_text(BROKEN, encoding="utf-8")
    first = run("check", "--format", "json", cwd=workspace)
    assert (workspace / ".regdesign" / "cache" / "results.sqlite").is_file()
    second = run("check", "--format", "json", cwd=workspace)
    assert json.loads(first.stdout)["findings"] == json.loads(second.stdout)["findings"]


def test_changed_since_checks_only_changed_files(workspace):
    def git(*args):
        subprocess.run(
            ["git", *args],
            cwd=workspace,
            check=True,
            capture_output=True,
            env={
                **os.environ,
                "GIT_AUTHOR_NAME": "T",
                "GIT_AUTHOR_EMAIL": "t@x",
                "GIT_COMMITTER_NAME": "T",
                "GIT_COMMITTER_EMAIL": "t@x",
            },
        )

    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-qm", "base")
    (workspace / "bills" / "roto.md").write_text(BROKEN, encoding="utf-8")
    done = run("check", "--changed-since", "HEAD", "--format", "json", cwd=workspace)
    assert {d["path"] for d in json.loads(done.stdout)["summary"]["documents"]} == {"bills/roto.md"}
    refused = run("check", "--changed-since", "--output=x.txt", cwd=workspace)
    assert refused.returncode == 2 and not (workspace / "x.txt").exists()
