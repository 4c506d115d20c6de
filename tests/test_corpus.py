"""The corpus table, its Git history of restrictions and its exports (real Git repositories in tmp_path)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from regdesign.cache import ResultCache
from regdesign.check import check_paths
from regdesign.config import Config
from regdesign.corpus import (
    COLUMNS,
    corpus_rows,
    findings_by_category,
    front_matter,
    last_commits,
    law_article_rows,
    read_texts,
    restriction_history,
    restrictions_of_text,
    rows_to_csv,
    rows_to_json,
    rows_to_xlsx,
    totals_over_time,
)
from regdesign.history import open_repository
from regdesign.laws.index import load_default_index

V1 = """---
type: proyecto_de_acuerdo
title: Uno
status: radicado
---
Artículo 1. Objeto. Los operadores deberán registrarse y deberán pagar, según el artículo 147 de la Ley 1955 de 2019.
"""
V2 = V1.replace(" y deberán pagar", "")


def git(root: Path, *args: str, date: str = "2026-01-01T10:00:00+00:00") -> str:
    env = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "HOME": str(root), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        ["git", "-c", "user.name=Ana", "-c", "user.email=a@b.co", *args],
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
        env=env,
    ).stdout.strip()


@pytest.fixture()
def repo_dir(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "bills").mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    (root / "bills" / "a.md").write_text(V1, encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "uno", date="2026-01-01T10:00:00+00:00")
    (root / "bills" / "a.md").write_text(V2, encoding="utf-8")
    (root / "bills" / "b.md").write_text(V2.replace("Uno", "=HYPERLINK(1)"), encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "dos", date="2026-01-02T10:00:00+00:00")
    return root


def test_restriction_history_counts_each_version_and_caches_by_blob(repo_dir: Path, tmp_path: Path):
    repo = open_repository(repo_dir)
    cache = ResultCache(tmp_path / "cache")
    rows = restriction_history(repo, ["bills/a.md", "bills/b.md"], cache)
    assert [(r["path"], r["short_sha"] == r["sha"][:7], r["restrictions"]) for r in rows] == [
        ("bills/a.md", True, restrictions_of_text(V1)),
        ("bills/a.md", True, restrictions_of_text(V2)),
        ("bills/b.md", True, restrictions_of_text(V2)),
    ]
    assert restrictions_of_text(V1) == restrictions_of_text(V2) + 1
    assert len(cache) == 3  # three distinct blobs: a.md v1, a.md v2, b.md
    assert totals_over_time(rows)[-1]["restrictions"] == 2 * restrictions_of_text(V2)
    assert len(totals_over_time(rows)) == 2
    assert restriction_history(repo, ["bills/a.md", "bills/b.md"], cache) == rows


def test_corpus_rows_match_the_check_and_carry_git_and_front_matter(repo_dir: Path):
    repo = open_repository(repo_dir)
    result = check_paths([repo_dir / "bills"], Config(root=repo_dir), display_root=repo_dir)
    paths = [d.path for d in result.documents]
    last = last_commits(repo, paths)
    assert last["bills/a.md"]["summary"] == "dos" and last["bills/a.md"]["date"].startswith("2026-01-02")
    rows = corpus_rows(result, read_texts(repo_dir, paths), last)
    assert [r["path"] for r in rows] == ["bills/a.md", "bills/b.md"]
    first = rows[0]
    assert set(first) == set(COLUMNS)
    assert first["status"] == "radicado" and first["last_change"] == "2026-01-02" and first["last_author"] == "Ana"
    assert first["restrictions"] == result.documents[0].restrictions
    assert first["errors"] + first["warnings"] + first["infos"] == len(result.documents[0].findings)
    total = sum(item["count"] for item in findings_by_category(result.documents))
    assert total == len(result.findings)
    assert front_matter("no front matter") == {} and front_matter("---\n: [\n---\n") == {}


def test_exports_round_trip_and_neutralise_formulas(repo_dir: Path):
    result = check_paths([repo_dir / "bills"], Config(root=repo_dir), display_root=repo_dir)
    rows = corpus_rows(result, read_texts(repo_dir, ["bills/a.md", "bills/b.md"]))
    parsed = list(csv.DictReader(io.StringIO(rows_to_csv(rows).decode("utf-8-sig"))))
    assert [r["path"] for r in parsed] == ["bills/a.md", "bills/b.md"] and parsed[1]["title"] == "'=HYPERLINK(1)"
    assert json.loads(rows_to_json(rows))[1]["title"] == "=HYPERLINK(1)"
    sheet = load_workbook(io.BytesIO(rows_to_xlsx(rows))).active
    assert [cell.value for cell in sheet[1]] == list(COLUMNS)
    assert sheet.cell(row=3, column=2).value == "'=HYPERLINK(1)" and sheet.max_row == 3


def test_law_article_rows_list_every_article_and_who_cites_it(repo_dir: Path):
    result = check_paths([repo_dir / "bills"], Config(root=repo_dir), display_root=repo_dir)
    norm = load_default_index().get("ley/1955/2019")
    rows = law_article_rows(norm, result.documents)
    assert len(rows) == len(norm.articles) == 336
    row = next(r for r in rows if r["number"] == "147")
    assert row["citations"] == 2 and row["cited_by"].startswith("bills/a.md#art_1")
    assert row["status"] and sum(1 for r in rows if r["citations"]) == 1
