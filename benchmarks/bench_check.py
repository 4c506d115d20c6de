"""Benchmark of the full check: words/s beside tokenizer-only words/s, per-stage timings, peak memory on a stream.

``run(quick=False)`` returns JSON-able measurements, every ratio measured in this one run:

* ``check_words_per_s`` / ``tokenizer_words_per_s`` / ``ratio``: the full check,
  ``regdesign.check.analyze_document(document, Config())`` (parse problems, structure, references with resolution,
  every rule pack, restrictions, readability), on ≥ 2 MB of legal text in paragraph units (documents parsed
  beforehand; parsing is not timed), beside spaCy's tokenizer alone (``make_blank_nlp()``) on the same paragraphs.
  Target ratio ≥ 0.4;
* ``stages``: seconds, words/s and share of each stage run alone on the same documents: structure, references
  (``regdesign.resolve.check_references``), ``run_rules`` per rule pack (category), restrictions, readability;
* ``barrier_rules_words_per_s``: ``run_rules`` with the four barrier packs (target ≥ 3 M words/s);
* ``peak_rss_mb`` while checking a generated corpus (~100 MB; 10 MB in quick mode) streamed one file at a time,
  parsed and checked (target < 1 GB).

Words are spaCy tokens of the paragraph units. Text comes from ../shared/corpus when present, plus the labelled
clauses shipped in tests/data/barriers. Usage: ``python benchmarks/bench_check.py [--quick]``.
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
SPEED_CHARS = 2_100_000
FRONT_MATTER = '---\ntype: proyecto_de_acuerdo\ntitle: "Documento de prueba {n}"\n---\n\n'
# rule packs timed one by one (select by category prefix); the first four are the barrier packs
PACKS = {
    "ocde": ["OCDE"],
    "antitramites": ["ANTITRAMITES"],
    "contratacion": ["CONTRATACION"],
    "transformacion_digital": ["TRANSFORMACION-DIGITAL"],
    "lenguaje_claro": ["LENGUAJE-CLARO"],
    "definiciones": ["DEFINICIONES"],
    "modelo": ["MODELO"],
}
BARRIERS = ["OCDE", "ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"]


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
    """Bills of about FILE_CHARS characters (front matter, articles), built from shuffled paragraphs."""
    rng = random.Random(seed)
    produced = 0
    number = 0
    while produced < total_chars:
        number += 1
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
        text = FRONT_MATTER.format(n=number) + "\n\n".join(parts) + "\n"
        produced += len(text)
        yield text


def _parse(text: str, number: int) -> Any:
    from regdesign.parse import parse_document

    return parse_document(text, f"bench/{number:04d}.md")


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024, 1)


def _timed(fn: Callable[[Any], Any], documents: list[Any]) -> float:
    """Seconds of the second pass over ``documents`` (the first fills caches, as the tokenizer's first pass does)."""
    for document in documents:
        fn(document)
    began = time.process_time()
    for document in documents:
        fn(document)
    return time.process_time() - began


def _stages(documents: list[Any], config: Any) -> dict[str, Callable[[Any], Any]]:
    from regdesign.nlp.restrictions import count_restrictions, restrictions_by_provision
    from regdesign.readability import document_readability
    from regdesign.resolve import check_references
    from regdesign.rules.engine import load_rules, run_rules
    from regdesign.structure import check_structure

    def restrictions(document: Any) -> Any:
        counts = restrictions_by_provision(document)
        return counts or count_restrictions(document.text[document.body_start :])

    stages: dict[str, Callable[[Any], Any]] = {
        "structure": lambda d: check_structure(d, min_business_days=config.min_business_days),
        "references": check_references,
    }
    for pack, select in PACKS.items():
        ruleset = load_rules(config={"select": select})
        stages[f"rules:{pack}"] = lambda d, rs=ruleset: run_rules(d, rs)
    stages["restrictions"] = restrictions
    stages["readability"] = document_readability
    return stages


def tokenizer_baseline(nlp: Any, documents: list[Any]) -> tuple[int, float]:
    """(words, words/s) of spaCy's tokenizer alone on the documents' paragraph units (the engine's own units); the
    first pass fills the vocabulary, the best of two passes is kept."""
    from regdesign.rules.engine import iter_units

    units = [d.text[s:e] for d in documents for s, e in iter_units(d.text, d.body_start, len(d.text))]
    words = sum(len(nlp.make_doc(unit)) for unit in units)
    seconds = float("inf")
    for _pass in range(2):
        began = time.process_time()
        for unit in units:
            nlp.make_doc(unit)
        seconds = min(seconds, time.process_time() - began)
    return words, words / seconds


def run(quick: bool = False) -> dict[str, Any]:
    from regdesign.check import analyze_document
    from regdesign.config import Config
    from regdesign.nlp.pipeline import make_blank_nlp
    from regdesign.rules.engine import load_rules, run_rules

    paragraphs = _paragraphs()
    texts = list(_documents(paragraphs, SPEED_CHARS))
    documents = [_parse(text, i) for i, text in enumerate(texts)]
    total_chars = sum(len(text) for text in texts)
    config = Config()
    nlp = make_blank_nlp()

    words, tokenizer_wps = tokenizer_baseline(nlp, documents)

    counts: list[int] = []
    check_seconds = _timed(lambda d: counts.append(len(analyze_document(d, config).findings)), documents)
    findings = sum(counts[len(documents) :])  # the second, timed pass
    check_wps = words / check_seconds

    barrier_rules = load_rules(config={"select": BARRIERS})
    barrier_seconds = _timed(lambda d: run_rules(d, barrier_rules), documents)
    barrier_wps = words / barrier_seconds

    stage_seconds = {name: _timed(fn, documents) for name, fn in _stages(documents, config).items()}
    stages = {
        name: {
            "seconds": round(seconds, 3),
            "words_per_s": round(words / seconds) if seconds else None,
            "share_of_check": round(seconds / check_seconds, 3),
        }
        for name, seconds in sorted(stage_seconds.items(), key=lambda item: -item[1])
    }

    stream_chars = 10_000_000 if quick else 100_000_000
    streamed = 0
    stream_words = 0
    began = time.process_time()
    for number, text in enumerate(_documents(paragraphs, stream_chars, seed=11)):
        analyze_document(_parse(text, number), config)
        streamed += len(text.encode("utf-8"))
        stream_words += len(text.split())
    stream_seconds = time.process_time() - began
    return {
        "checker": "regdesign.check.analyze_document(document, Config())",
        "speed_corpus_mb": round(total_chars / 1e6, 2),
        "documents": len(documents),
        "words": words,
        "findings": findings,
        "tokenizer_words_per_s": round(tokenizer_wps),
        "check_words_per_s": round(check_wps),
        "ratio": round(check_wps / tokenizer_wps, 3),
        "target_ratio": 0.4,
        "barrier_rules_words_per_s": round(barrier_wps),
        "barrier_rules_ratio": round(barrier_wps / tokenizer_wps, 3),
        "target_barrier_rules_words_per_s": 3_000_000,
        "stages": stages,
        "stream_corpus_mb": round(streamed / 1e6, 1),
        "stream_seconds": round(stream_seconds, 1),
        "stream_words_per_s": round(stream_words / stream_seconds),
        "peak_rss_mb": _peak_rss_mb(),
        "target_peak_rss_mb": 1024,
        "quick": quick,
    }


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2, ensure_ascii=False))
