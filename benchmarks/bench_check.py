"""Benchmark of the full check: words/s beside tokenizer-only words/s, and peak memory on a streamed corpus.

``run(quick=False)`` returns JSON-able measurements:

* ``check_words_per_s`` / ``tokenizer_words_per_s`` / ``ratio`` on ≥ 2 MB of legal text in paragraph units, both
  measured in the same run (target ratio ≥ 0.4). The full check is ``regdesign.check.check_document(document,
  config)`` when that function exists, else :func:`regdesign.rules.engine.run_rules` with every loaded pack;
* ``peak_rss_mb`` while checking a generated corpus (~100 MB; 10 MB in quick mode) streamed one file at a time
  (target < 1 GB).

Text comes from ../shared/corpus when present, else from the labelled clauses shipped in tests/data/barriers.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
CLAUSES = REPO / "tests" / "data" / "barriers" / "clauses.yml"
FILE_CHARS = 40_000  # one generated document


def _paragraphs() -> list[str]:
    import yaml

    paragraphs: list[str] = []
    if SHARED.is_dir():
        for path in sorted(SHARED.glob("*.md")):
            text = path.read_text(encoding="utf-8")
            paragraphs += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40]
    clauses = yaml.safe_load(CLAUSES.read_text(encoding="utf-8"))["clauses"]
    paragraphs += [clause["text"] for clause in clauses]
    return paragraphs


def _documents(paragraphs: list[str], total_chars: int, seed: int = 7) -> Iterator[str]:
    """Documents of about FILE_CHARS characters, built from shuffled paragraphs, until total_chars."""
    rng = random.Random(seed)
    produced = 0
    while produced < total_chars:
        parts: list[str] = []
        size = 0
        article = 1
        while size < FILE_CHARS:
            paragraph = rng.choice(paragraphs)
            if rng.random() < 0.2:
                paragraph = f"### Artículo {article}. Disposición.\n\n{paragraph}"
                article += 1
            parts.append(paragraph)
            size += len(paragraph) + 2
        text = "\n\n".join(parts) + "\n"
        produced += len(text)
        yield text


def _checker() -> tuple[str, Callable[[Any], Any]]:
    from regdesign.rules.engine import load_rules, run_rules

    try:
        from regdesign import check as check_module
    except ImportError:
        check_module = None
    check_document = getattr(check_module, "check_document", None) if check_module else None
    if check_document is not None:
        config_cls = getattr(check_module, "Config", None)
        config = config_cls() if config_cls is not None else None
        return "regdesign.check.check_document", lambda document: check_document(document, config)
    ruleset = load_rules()
    return "regdesign.rules.engine.run_rules", lambda document: run_rules(document, ruleset)


def _make_document(text: str, doc_type: str = "decreto") -> Any:
    from regdesign.model import Document

    return Document(path="bench.md", text=text, type=doc_type)


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024, 1)


def run(quick: bool = False) -> dict[str, Any]:
    from regdesign.nlp.pipeline import shared_blank_nlp
    from regdesign.rules.engine import iter_units

    paragraphs = _paragraphs()
    speed_chars = 2_100_000
    documents = list(_documents(paragraphs, speed_chars))
    total_chars = sum(len(text) for text in documents)
    nlp = shared_blank_nlp()
    name, check = _checker()
    # warm both paths (tokenizer cache, matcher build, pack loading)
    check(_make_document(documents[0]))
    for start, end in iter_units(documents[0], 0, len(documents[0])):
        nlp.make_doc(documents[0][start:end])

    # the first pass adds every new word to the vocabulary; time the second, warm one
    for _pass in range(2):
        words = 0
        began = time.perf_counter()
        for text in documents:
            for start, end in iter_units(text, 0, len(text)):
                words += len(nlp.make_doc(text[start:end]))
        tokenizer_seconds = time.perf_counter() - began

    findings = 0
    began = time.perf_counter()
    for text in documents:
        result = check(_make_document(text))
        findings += len(getattr(result, "findings", result) or ())
    check_seconds = time.perf_counter() - began

    tokenizer_wps = words / tokenizer_seconds
    check_wps = words / check_seconds

    # the barrier packs alone (this area's share of the check), same documents, same run
    from regdesign.rules.engine import load_rules, run_rules

    barrier_rules = load_rules(config={"select": ["OCDE", "ANTITRAMITES", "CONTRATACION", "TD"]})
    run_rules(_make_document(documents[0]), barrier_rules)
    began = time.perf_counter()
    for text in documents:
        run_rules(_make_document(text), barrier_rules)
    barrier_wps = words / (time.perf_counter() - began)

    stream_chars = 10_000_000 if quick else 100_000_000
    streamed = 0
    stream_words = 0
    began = time.perf_counter()
    for text in _documents(paragraphs, stream_chars, seed=11):
        check(_make_document(text))
        streamed += len(text.encode("utf-8"))
        stream_words += text.count(" ") + 1
    stream_seconds = time.perf_counter() - began
    return {
        "checker": name,
        "speed_corpus_mb": round(total_chars / 1e6, 2),
        "words": words,
        "findings": findings,
        "tokenizer_words_per_s": round(tokenizer_wps),
        "check_words_per_s": round(check_wps),
        "ratio": round(check_wps / tokenizer_wps, 3),
        "target_ratio": 0.4,
        "barrier_rules_words_per_s": round(barrier_wps),
        "barrier_rules_ratio": round(barrier_wps / tokenizer_wps, 3),
        "stream_corpus_mb": round(streamed / 1e6, 1),
        "stream_seconds": round(stream_seconds, 1),
        "stream_words_per_s": round(stream_words / stream_seconds),
        "peak_rss_mb": _peak_rss_mb(),
        "target_peak_rss_mb": 1024,
        "quick": quick,
    }


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2, ensure_ascii=False))
