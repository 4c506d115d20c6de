"""Speed of the plain-language, definitions, restrictions and readability checks beside spaCy's tokenizer.

``run(quick=False) -> dict`` returns JSON-able numbers measured in one run, on one core:

* ``tokenizer_words_per_s``: ``make_blank_nlp()`` tokenizer alone over the documents' paragraphs (blank-line
  blocks, cut at line breaks past 4,000 characters); ``words`` is the number of tokens it produces;
* ``checks_words_per_s``: every rule of ``lenguaje_claro.yml`` and ``definiciones.yml`` that names a ``check:``,
  run as the rule engine runs it (``fn(document, options)``, hits consumed), plus
  :func:`regdesign.readability.document_readability` and :func:`regdesign.nlp.restrictions.restrictions_by_provision`
  on every document, over the same words;
* ``ratio`` = checks / tokenizer words per second (target >= 1.0: the checks may cost at most the tokenizer's time);
* ``per_check_s``: seconds per check name (and readability, restrictions) over all documents, for profiling.

Documents (>= 2 MB; 0.5 MB when quick) are built from ../shared/corpus when present (else from the repository's
``bills/``, ``terms_of_reference/`` and ``tests/data`` texts): each document is one source text, with its numbers
shifted on repeats so that copies are not byte-identical, parsed once by :func:`regdesign.parse.parse_document`
(parse time is not measured). Times are the best of 3 (1 when quick), tokenizer and checks interleaved.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
PACKS = ("lenguaje_claro.yml", "definiciones.yml")
MAX_UNIT_CHARS = 4000
_NUMBER = re.compile(r"\b(\d{1,3})\b")


def _sources() -> list[str]:
    paths: list[Path] = []
    if CORPUS.is_dir():
        paths = sorted(CORPUS.glob("*.md")) + sorted((CORPUS / "gold").glob("*.txt"))
        paths = [path for path in paths if path.name != "README.md"]
    if not paths:
        for folder in ("bills", "terms_of_reference", "tests/data/parse", "tests/data/render", "tests/data/laws"):
            paths += sorted(path for path in (REPO / folder).glob("*") if path.suffix in (".md", ".txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def _texts(target_chars: int) -> list[str]:
    sources = _sources()
    texts: list[str] = []
    total = 0
    round_ = 0
    while total < target_chars:
        for source in sources:
            text = source if round_ == 0 else _NUMBER.sub(lambda m, k=round_: str(int(m.group(1)) + k), source)
            texts.append(text)
            total += len(text)
            if total >= target_chars:
                break
        round_ += 1
    return texts


def _units(text: str, start: int) -> list[str]:
    """Paragraph units of ``text[start:]`` as the rule engine tokenizes them."""
    units: list[str] = []
    for block in text[start:].split("\n\n"):
        while len(block) > MAX_UNIT_CHARS:
            cut = block.rfind("\n", 0, MAX_UNIT_CHARS)
            cut = MAX_UNIT_CHARS if cut <= 0 else cut
            units.append(block[:cut])
            block = block[cut:]
        if block.strip():
            units.append(block)
    return units


def _rules() -> list[tuple[str, dict[str, Any]]]:
    rules = []
    for name in PACKS:
        data = yaml.safe_load((REPO / "regdesign" / "rules" / name).read_text(encoding="utf-8"))
        rules += [(rule["check"], dict(rule.get("options") or {})) for rule in data["rules"] if rule.get("check")]
    return rules


def _best(fn: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - began)
    return best


def run(quick: bool = False) -> dict[str, Any]:
    import regdesign.rules.builtin_checks  # noqa: F401  (registers the checks)
    from regdesign.nlp.pipeline import make_blank_nlp
    from regdesign.nlp.restrictions import restrictions_by_provision
    from regdesign.parse import parse_document
    from regdesign.readability import document_readability
    from regdesign.rules.checks import CHECKS

    repeat = 1 if quick else 3
    texts = _texts(500_000 if quick else 2_100_000)
    documents = [parse_document(text, path=f"bench_{index}.md") for index, text in enumerate(texts)]
    units = [unit for document in documents for unit in _units(document.text, document.body_start)]
    rules = [(name, CHECKS[name], options) for name, options in _rules()]

    nlp = make_blank_nlp()
    words = sum(len(doc) for doc in nlp.pipe(units))  # also warms the tokenizer's cache
    t_tok = _best(lambda: [None for _ in nlp.pipe(units)], repeat)

    per_check: dict[str, float] = {}

    def all_checks(timed: bool = False) -> int:
        hits = 0
        for document in documents:
            for name, fn, options in rules:
                began = time.perf_counter() if timed else 0.0
                hits += sum(1 for _ in fn(document, dict(options)))
                if timed:
                    per_check[name] = per_check.get(name, 0.0) + time.perf_counter() - began
            began = time.perf_counter() if timed else 0.0
            document_readability(document)
            if timed:
                per_check["document_readability"] = per_check.get("document_readability", 0.0) + (
                    time.perf_counter() - began
                )
                began = time.perf_counter()
            restrictions_by_provision(document)
            if timed:
                per_check["restrictions_by_provision"] = per_check.get("restrictions_by_provision", 0.0) + (
                    time.perf_counter() - began
                )
        return hits

    hits = all_checks()  # warm-up: compiled patterns, syllable tables
    t_checks = float("inf")
    for _ in range(repeat):  # interleaved, so that a change of machine load hits both measurements alike
        t_tok = min(t_tok, _best(lambda: [None for _ in nlp.pipe(units)], 1))
        t_checks = min(t_checks, _best(all_checks, 1))
    all_checks(timed=True)
    chars = sum(len(document.text) for document in documents)
    return {
        "documents": len(documents),
        "chars": chars,
        "units": len(units),
        "words": words,
        "hits": hits,
        "rules": len(rules),
        "tokenizer_words_per_s": round(words / t_tok),
        "checks_words_per_s": round(words / t_checks),
        "checks_seconds": round(t_checks, 4),
        "tokenizer_seconds": round(t_tok, 4),
        "ratio": round(t_tok / t_checks, 3),
        "target_ratio": 1.0,
        "per_check_s": {name: round(seconds, 4) for name, seconds in sorted(per_check.items(), key=lambda x: -x[1])},
        "corpus": CORPUS.is_dir(),
        "quick": quick,
    }


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2, ensure_ascii=False))
