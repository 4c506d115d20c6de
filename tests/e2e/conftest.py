"""Real-browser fixtures: the explorer served by ``streamlit run app.py`` on a free port, against a clone of this
repository (bills/ and terms_of_reference/ with their Git history) plus a bill that tries HTML injection; and
pytest-playwright pointed at Debian's chromium (``playwright install`` cannot download here)."""

from __future__ import annotations

import os
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from regdesign.cli.explore_cmd import streamlit_command

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
READY = '[data-testid="stApp"][data-test-script-state="notRunning"][data-test-connection-state="CONNECTED"]'
INJECTION = """---
type: proyecto_de_acuerdo
title: "Prueba de inyección"
---
Artículo 1. Objeto. <script>alert(1)</script> El interesado deberá presentar <img src=x onerror=alert(1)> copia
autenticada del certificado, según el artículo 147 de la Ley 1955 de 2019.

Artículo 2. Vigencia. El presente acuerdo rige a partir de su publicación.
"""


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def explorer_repo() -> Path:
    # Our own temporary directory: pytest's numbered basetemp dirs are pruned by concurrent pytest runs.
    with tempfile.TemporaryDirectory(prefix="regdesign-explorer-e2e-") as scratch:
        yield make_sample_repo(Path(scratch) / "repo")


def make_sample_repo(root: Path) -> Path:
    """A clone of this repository (bills/, terms_of_reference/ and their history) plus the injection bill."""
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(REPO), str(root)], check=True)
    (root / "bills" / "inyeccion.md").write_text(INJECTION, encoding="utf-8")
    _git(root, "add", "bills/inyeccion.md")
    _git(root, "-c", "user.name=Prueba", "-c", "user.email=prueba@example.org", "commit", "-q", "-m", "Inyección")
    return root


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_explorer(repo: Path, log: Path) -> tuple[subprocess.Popen, str]:
    """``streamlit run app.py`` against ``repo``; returns the process and its URL once /_stcore/health says ok."""
    port = free_port()
    env = {**os.environ, "REGDESIGN_REPO": str(repo), "PYTHONUTF8": "1"}
    command = streamlit_command(port)
    stream = log.open("wb")
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=stream, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().decode().strip() == "ok":
                    return process, url
        except OSError:
            time.sleep(0.2)
    stop_explorer(process)
    raise RuntimeError("streamlit did not become healthy in 60 s")


def stop_explorer(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


@pytest.fixture(scope="session")
def explorer_url(explorer_repo: Path) -> str:
    process, url = start_explorer(explorer_repo, explorer_repo.parent / "streamlit.log")
    yield url
    stop_explorer(process)


@pytest.fixture(scope="session")
def screenshots() -> Path:
    folder = REPO / "test-artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
