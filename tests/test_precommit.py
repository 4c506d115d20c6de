"""This repository runs `regdesign check` as a pre-commit hook; the hook stops a commit of a bill with errors."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]

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

Este acuerdo rige desde su publicación.
"""


def test_pre_commit_config_uses_the_published_hook_id():
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    local = {hook["id"]: hook for repo in config["repos"] for hook in repo["hooks"]}
    assert "regdesign-check" in {hook["id"] for hook in hooks}
    assert "regdesign-check" in local and "regdesign check" in local["regdesign-check"]["entry"]


def test_hook_blocks_a_broken_bill_and_passes_a_fixed_one(tmp_path):
    shutil.copy(REPO / ".pre-commit-config.yaml", tmp_path / ".pre-commit-config.yaml")
    (tmp_path / ".venv").symlink_to(Path(sys.prefix))
    (tmp_path / "bills").mkdir()
    bill = tmp_path / "bills" / "registro.md"
    bill.write_text(BROKEN, encoding="utf-8")
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / ".pre-commit-home"),
        "GIT_AUTHOR_NAME": "T",
        "GIT_AUTHOR_EMAIL": "t@x",
        "GIT_COMMITTER_NAME": "T",
        "GIT_COMMITTER_EMAIL": "t@x",
    }
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=tmp_path, check=True, env=env)
    pre_commit = [
        str(Path(sys.prefix) / "bin" / "pre-commit"),
        "run",
        "regdesign-check",
        "--files",
        "bills/registro.md",
    ]
    blocked = subprocess.run(pre_commit, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert blocked.returncode == 1, blocked.stdout + blocked.stderr
    assert "OCDE-A5-DOMICILIO" in blocked.stdout and "ESTRUCTURA-NUMERACION" in blocked.stdout
    bill.write_text(
        BROKEN.replace(
            "Los proveedores deberán tener domicilio principal en el Distrito de Medellín.",
            "Cualquier proveedor puede ofrecer sus soluciones.",
        ).replace("Artículo 3.", "Artículo 2."),
        encoding="utf-8",
    )
    passed = subprocess.run(pre_commit, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert passed.returncode == 0, passed.stdout + passed.stderr
