"""Focused timing of two stages of the check: the DEFINICIONES rule pack and ``document_readability``.

``run(quick=False)`` returns JSON-able measurements on the same documents as ``bench_check`` (≥ 2 MB of legal text
in bills of ~40,000 characters, parsed beforehand; parsing is not timed):

* ``stages``: for ``rules:definiciones`` (``run_rules`` with the DEFINICIONES pack) and ``readability``
  (``regdesign.readability.document_readability``), the best of several timed passes in CPU seconds, with words/s;
  each pass runs every document once (per-document caches hold only the last few documents, so each pass
  recomputes what the stage needs, as the full check does);
* ``parts``: the same for the pieces of those stages that are computed in this area (``find_definitions``,
  ``term_usage``, the counting of readability from already segmented sentences), to see where time goes;
* ``tokenizer_words_per_s`` and each stage's ``ratio_to_tokenizer``, measured in this run.

Usage: ``python benchmarks/bench_stages.py [--quick]``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench_check  # noqa: E402

# artefacts made by regdesign.nlp.sentences (segmentation); the counting part keeps them and recomputes the rest
_SEGMENTATION = frozenset({"regions", "region_sentences", "sentences", "prose", "paragraphs", "lowered", "folded"})


def _best(fn: Callable[[Any], Any], documents: list[Any], passes: int) -> float:
    """Best CPU seconds of ``passes`` passes over ``documents`` after one warm-up pass."""
    for document in documents:
        fn(document)
    best = float("inf")
    for _pass in range(passes):
        began = time.process_time()
        for document in documents:
            fn(document)
        best = min(best, time.process_time() - began)
    return best


def run(quick: bool = False) -> dict[str, Any]:
    from regdesign.nlp.definitions import find_definitions, term_usage
    from regdesign.nlp.pipeline import make_blank_nlp
    from regdesign.nlp.sentences import document_artefacts, document_regions, document_sentences
    from regdesign.readability import _make_region_counts, document_readability
    from regdesign.rules.engine import load_rules, run_rules

    paragraphs = bench_check._paragraphs()
    chars = bench_check.SPEED_CHARS // (4 if quick else 1)
    texts = list(bench_check._documents(paragraphs, chars))
    documents = [bench_check._parse(text, i) for i, text in enumerate(texts)]
    passes = 2 if quick else 5

    nlp = make_blank_nlp()
    words, tokenizer_wps = bench_check.tokenizer_baseline(nlp, documents)

    definitions_pack = load_rules(config={"select": ["DEFINICIONES"]})

    def usage(document: Any) -> Any:
        return term_usage(document, find_definitions(document))

    def counting(document: Any) -> Any:
        # segmentation (sentences.py) is done in the warm-up pass and kept: only the counting is timed
        artefacts = document_artefacts(document)
        document_sentences(document)
        document_regions(document)
        for name in [name for name in artefacts._values if name not in _SEGMENTATION]:
            del artefacts._values[name]
        return _make_region_counts(artefacts)

    stages = {
        "rules:definiciones": lambda d: run_rules(d, definitions_pack),
        "readability": document_readability,
    }
    seconds = {name: _best(fn, documents, passes) for name, fn in stages.items()}
    parts = {
        "find_definitions": find_definitions,  # its cache holds the last document only
        "term_usage": usage,
    }
    part_seconds = {name: _best(fn, documents, passes) for name, fn in parts.items()}
    # counting alone: one document at a time, so that its segmentation stays in the artefact cache
    count_seconds = 0.0
    for document in documents:
        counting(document)
        count_seconds += _best(counting, [document], passes)
    part_seconds["readability_counting"] = count_seconds

    def row(value: float) -> dict[str, Any]:
        wps = words / value if value else None
        return {
            "seconds": round(value, 4),
            "words_per_s": round(wps) if wps else None,
            "ratio_to_tokenizer": round(wps / tokenizer_wps, 3) if wps else None,
        }

    return {
        "speed_corpus_mb": round(sum(len(t) for t in texts) / 1e6, 2),
        "documents": len(documents),
        "words": words,
        "tokenizer_words_per_s": round(tokenizer_wps),
        "stages": {name: row(value) for name, value in seconds.items()},
        "parts": {name: row(value) for name, value in part_seconds.items()},
        "passes": passes,
        "quick": quick,
    }


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2, ensure_ascii=False))
