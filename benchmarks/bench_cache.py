"""Incremental checks: re-checking a repository of N documents after editing one file, against a full check.

The documents are generated from the repository's sample bills and terms of reference (each copy renumbered so no
two files share a blob id). Target (issue 5): the re-check costs at most 5% of the full check.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from regdesign.cache import ResultCache
from regdesign.check import check_paths
from regdesign.config import Config

REPO = Path(__file__).resolve().parents[1]


def _generate(root: Path, count: int) -> list[Path]:
    samples = sorted((REPO / "bills").glob("*.md")) + sorted((REPO / "terms_of_reference").glob("*.md"))
    texts = [p.read_text(encoding="utf-8") for p in samples]
    paths = []
    for number in range(count):
        folder = root / ("bills" if number % 2 == 0 else "terms_of_reference")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"documento_{number:04d}.md"
        text = texts[number % len(texts)]
        path.write_text(text + f"\n<!-- copia de trabajo {number} -->\n", encoding="utf-8")
        paths.append(path)
    return paths


def run(quick: bool = False) -> dict:
    count = 200 if quick else 1000
    work = Path(tempfile.mkdtemp(prefix="regdesign-bench-cache-"))
    try:
        paths = _generate(work, count)
        config = Config(root=work)
        targets = [work / "bills", work / "terms_of_reference"]
        check_paths(targets[:1], config)  # warm up: rule packs, spaCy, norm index loaded once per process
        with ResultCache(work / ".regdesign" / "cache") as cache:
            started = time.perf_counter()
            full = check_paths(targets, config, cache=cache)
            full_seconds = time.perf_counter() - started
            edited = paths[count // 2]
            edited.write_text(
                edited.read_text(encoding="utf-8").replace("Objeto", "Objeto y alcance", 1), encoding="utf-8"
            )
            started = time.perf_counter()
            again = check_paths(targets, config, cache=cache)
            incremental_seconds = time.perf_counter() - started
        assert len(full.documents) == len(again.documents) == count
        return {
            "documents": count,
            "full_check_seconds": round(full_seconds, 3),
            "recheck_after_one_edit_seconds": round(incremental_seconds, 3),
            "ratio_recheck_to_full": round(incremental_seconds / full_seconds, 4),
            "target_ratio_at_most": 0.05,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick=True), indent=2))
