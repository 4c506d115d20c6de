"""Benchmark of regdesign.render: build time per format for the largest document, and a batch of N files in one
``build_many`` call against N separate ``build_document`` calls (engines set up once vs. every time)."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from regdesign.parse import read_document
from regdesign.render import FORMATS, build_document, build_many

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "data" / "render"


def _largest() -> Path:
    bills = [p for p in (REPO / "bills").rglob("*.md") if "dist" not in p.parts] if (REPO / "bills").is_dir() else []
    candidates = bills or sorted(FIXTURES.glob("*.md"))
    return max(candidates, key=lambda p: p.stat().st_size)


def _best(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def run(quick: bool = False) -> dict:
    repeat = 1 if quick else 3
    batch = 4 if quick else 12
    source = _largest()
    document = read_document(source)
    result: dict = {
        "document": str(source.relative_to(REPO)),
        "chars": len(document.text),
        "articles": sum(1 for p in document.iter_provisions() if p.kind == "articulo"),
        "per_format_s": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for fmt in FORMATS:
            result["per_format_s"][fmt] = round(
                _best(lambda f=fmt: build_document(document, f, folder / f"one.{f}"), repeat), 4
            )
        copies = []
        for index in range(batch):
            copy = folder / "src" / f"doc_{index:02d}.md"
            copy.parent.mkdir(exist_ok=True)
            copy.write_text(document.text, encoding="utf-8")
            copies.append(copy)
        for fmt in ("pdf", "docx"):
            many = _best(lambda f=fmt: build_many(copies, f, folder / f"many-{f}"), 1)
            separate = _best(
                lambda f=fmt: [build_document(read_document(c), f, folder / "sep" / f"{c.stem}.{f}") for c in copies], 1
            )
            result[f"batch_{fmt}"] = {
                "files": batch,
                "build_many_s": round(many, 4),
                "separate_s": round(separate, 4),
                "speedup": round(separate / many, 2) if many else None,
            }
    return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
