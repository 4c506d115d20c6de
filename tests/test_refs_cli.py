"""`regdesign refs` prints references exactly per the contract of DESIGN.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CONTRACT_KEYS = {
    "start",
    "end",
    "text",
    "scope",
    "type",
    "number",
    "year",
    "article",
    "articles",
    "sub",
    "target",
    "status",
}


def refs(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "regdesign", "refs", *args], cwd=REPO, capture_output=True, text=True, timeout=120
    )


def test_jsonl_follows_the_contract_on_a_sample_bill():
    path = REPO / "bills" / "tecnologias_emergentes.md"
    done = refs(str(path.relative_to(REPO)))
    assert done.returncode == 0, done.stderr
    text = path.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert rows, "the sample bill cites norms"
    starts = [row["start"] for row in rows]
    assert starts == sorted(starts)
    for row in rows:
        assert set(row) >= CONTRACT_KEYS
        assert text[row["start"] : row["end"]] == row["text"]
        assert not row["text"].startswith(("el ", "la ", "los ", "las "))
        if row["scope"] == "internal":
            assert "relative" in row
    art147 = [r for r in rows if r["target"] == "ley/1955/2019#art_147"]
    assert art147 and art147[0]["type"] == "ley" and art147[0]["number"] == "1955" and art147[0]["year"] == 2019
    assert art147[0]["article"] == "147" and art147[0]["status"] == "vigente"
    internal = [r for r in rows if r["scope"] == "internal" and r["target"]]
    assert any(r["target"] == "art_5" for r in internal)


def test_plain_text_law_with_compiler_notes(tmp_path):
    law = tmp_path / "ley.txt"
    law.write_text(
        "LEY 9 DE 2030\n\nARTÍCULO 1o. OBJETO. Regula lo dispuesto en el artículo 179 de la Ley 1955 de 2019.\n"
        "<Artículo modificado por el artículo 3 de la Ley 2294 de 2023>\n\n"
        "ARTÍCULO 2o. REMISIÓN. Lo previsto en el artículo anterior se aplica a los literales a) y b) del "
        "numeral 2 del artículo 5 de la Ley 80 de 1993.\n",
        encoding="utf-8",
    )
    done = refs(str(law), "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    by_text = {row["text"]: row for row in rows}
    assert by_text["artículo 179 de la Ley 1955 de 2019"]["status"] == "derogado"
    note = by_text["artículo 3 de la Ley 2294 de 2023"]
    assert note.get("note") is True
    assert by_text["artículo anterior"]["target"] == "art_1"
    assert by_text["artículo anterior"]["relative"] == "anterior"
    assert "LEY 9 DE 2030" not in by_text
    assert not any(text.startswith("ARTÍCULO") for text in by_text)


def test_missing_file_is_a_usage_error():
    done = refs("no-existe.md")
    assert done.returncode == 2 and "regdesign: error:" in done.stderr
