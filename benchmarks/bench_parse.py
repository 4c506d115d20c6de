"""Parser throughput: MB/s of ``parse_document`` on a large plain-text law and on a large Markdown bill.

The plain-text input is Ley 1712 de 2014 from ``../shared/corpus`` when present, else this repository's fixture
``tests/data/parse/ley_plana.txt``; the bill is ``tests/data/parse/acuerdo_basico.md``. Each is repeated with its
articles renumbered (so ids stay distinct and the numbering stays consecutive) up to the target size. Single core,
best of N runs of CPU time (``time.process_time``), which other jobs on the machine do not inflate. ``linear_ratio`` compares the time per MB of the full input with that of a quarter of it: close to
1.0 means the parser is linear.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from regdesign.parse import parse_document  # noqa: E402

CORPUS_LAW = REPO.parent / "shared" / "corpus" / "gold" / "ley_1712_2014.txt"
FIXTURE_LAW = REPO / "tests" / "data" / "parse" / "ley_plana.txt"
FIXTURE_BILL = REPO / "tests" / "data" / "parse" / "acuerdo_basico.md"
_ARTICLE = re.compile(r"^((?:#+ )?(?:\*\*)?(?:ARTÍCULO|Artículo) )(\d+)", re.MULTILINE)


def _renumbered(body: str, target_chars: int) -> str:
    """``body`` repeated until ``target_chars``, every article label renumbered 1, 2, 3…"""
    parts: list[str] = []
    size = 0
    counter = 0

    def renumber(match: re.Match[str]) -> str:
        nonlocal counter
        counter += 1
        return f"{match.group(1)}{counter}"

    while size < target_chars:
        chunk = _ARTICLE.sub(renumber, body)
        parts.append(chunk)
        size += len(chunk)
    return "".join(parts)


def build_inputs(target_bytes: int) -> dict[str, str]:
    law_source = CORPUS_LAW if CORPUS_LAW.is_file() else FIXTURE_LAW
    law = _renumbered(law_source.read_text(encoding="utf-8"), target_bytes)
    bill_text = FIXTURE_BILL.read_text(encoding="utf-8")
    split = bill_text.index("\n---\n", 4) + 5
    front, body = bill_text[:split], bill_text[split:]
    body = body[body.index("## CAPÍTULO I.") :]  # the articles, without the exposición de motivos
    bill = front + _renumbered(body + "\n", target_bytes)
    return {"plain_text_law": law, "markdown_bill": bill, "_law_source": str(law_source.name)}


def _best(text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()  # CPU time of this process: stable on a machine shared with other jobs
        parse_document(text)
        best = min(best, time.process_time() - start)
    return best


def run(quick: bool = False) -> dict:
    target = 600_000 if quick else 2_500_000
    repeat = 2 if quick else 5
    inputs = build_inputs(target)
    results: dict = {"law_source": inputs.pop("_law_source"), "repeat": repeat}
    for name, text in inputs.items():
        megabytes = len(text.encode("utf-8")) / 1e6
        seconds = _best(text, repeat)
        quarter = text[: len(text) // 4]
        quarter_seconds = _best(quarter, repeat)
        quarter_mb = len(quarter.encode("utf-8")) / 1e6
        document = parse_document(text)
        results[name] = {
            "megabytes": round(megabytes, 3),
            "seconds": round(seconds, 4),
            "mb_per_s": round(megabytes / seconds, 2),
            "provisions": sum(1 for _ in document.iter_provisions()),
            "linear_ratio": round((seconds / megabytes) / (quarter_seconds / quarter_mb), 3),
        }
    return results


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
