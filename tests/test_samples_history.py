"""The Git features on the sample documents' real history: comparison, delta, blame, impact."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from regdesign.compare import compare_documents
from regdesign.config import Config
from regdesign.delta import delta_to_markdown, regulatory_delta
from regdesign.history import blame_provisions, document_at, document_versions, open_repository

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def repo():
    return open_repository(REPO)


def oldest(repo, path):
    return document_versions(repo, path)[-1]


def test_first_and_last_drafts_show_changes_and_renumbering(repo):
    path = "bills/sandbox_govtech_movilidad.md"
    first = oldest(repo, path)
    comparison = compare_documents(document_at(repo, first.sha, first.path), document_at(repo, "HEAD", path))
    kinds = {change.kind for change in comparison.changes}
    assert {"modified", "renumbered"} <= kinds
    renumbered = {(c.old_id, c.new_id) for c in comparison.changes if c.kind == "renumbered"}
    assert ("art_6", "art_7") in renumbered  # "Protección de los usuarios" moved down after the duplicate was fixed
    modified = [c for c in comparison.changes if c.kind == "modified"]
    assert any(segment[0] in ("insert", "delete") for c in modified for segment in c.redline)


def test_delta_shows_planted_barriers_resolved(repo):
    path = "bills/tecnologias_emergentes.md"
    first = oldest(repo, path)
    deltas = regulatory_delta(repo, first.sha, "HEAD", [REPO / path], Config())
    assert len(deltas) == 1
    delta = deltas[0]
    resolved = {f.rule for f in delta.resolved}
    assert {"OCDE-A5-DOMICILIO", "ANTITRAMITES-ART25-AUTENTICADOS", "TD-RADICACION-FISICA"} <= resolved
    assert delta.introduced == ()
    assert delta.readability_before and delta.readability_after
    markdown = delta_to_markdown(deltas, first.short_sha, "HEAD")
    assert "Barreras resueltas" in markdown and "OCDE-A5-DOMICILIO" in markdown


def test_delta_cli_json(repo):
    first = oldest(repo, "terms_of_reference/innovacion_abierta_2027.md")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "regdesign",
            "delta",
            first.sha,
            "HEAD",
            "terms_of_reference/innovacion_abierta_2027.md",
            "--format",
            "json",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)["documents"][0]
    resolved = {item["rule"] for item in document["barriers_resolved"]}
    assert {"OCDE-A5-DOMICILIO", "CONTRATACION-L1150-ISO9001"} <= resolved
    assert document["errors"]["before"] > document["errors"]["after"] == 0


def test_blame_names_the_commits_of_the_drafts(repo):
    blame = {item.provision_id: item for item in blame_provisions(repo, "bills/tecnologias_emergentes.md")}
    shas = {v.sha for v in document_versions(repo, "bills/tecnologias_emergentes.md")}
    assert blame["art_6"].sha in shas
    assert blame["art_6"].summary.startswith("Tecnologías emergentes: catálogo abierto")
    assert blame["art_1"].summary.startswith("Borrador 1")


def test_impact_of_law_1955_article_147_lists_the_sample_provisions():
    done = subprocess.run(
        [sys.executable, "-m", "regdesign", "impact", "Ley 1955 de 2019, art. 147", "--format", "json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    payload = json.loads(done.stdout)
    text = json.dumps(payload, ensure_ascii=False)
    for expected in (
        "bills/tecnologias_emergentes.md#art_8",
        "terms_of_reference/innovacion_abierta_2027.md#sec_1",
        "terms_of_reference/reto_movilidad_segura_2027.md#sec_1",
    ):
        assert expected in text
