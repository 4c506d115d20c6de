"""Speed of the citation extractor, measured against spaCy's tokenizer in the same run, plus pathological inputs.

``run(quick=False) -> dict`` returns JSON-able numbers:
* ``tokenizer_words_per_s``: ``make_blank_nlp()`` tokenizer alone (``nlp.pipe`` over paragraph-sized units);
* ``component_words_per_s``: tokenizer + ``regdesign_references`` on the same units;
* ``ratio`` = component / tokenizer (target >= 0.5), ``extract_mb_per_s`` for :func:`extract_references` alone;
* ``component_only_s``: the component's own seconds (tokenizer + component, less tokenizer);
* ``native``: which compiled modules were in use (``make`` builds them; without them the ratio is lower);
* ``pathological``: seconds for 2-3 sizes of 100,000 × "artículo ", deeply nested parentheses, one long line, long
  runs of spaces and capitalised citations on one line, with the growth factor between sizes (linear growth ≈ the
  size factor).

The text (>= 2 MB; 0.5 MB when quick) is built from ../shared/corpus when present, else from a built-in paragraph
renumbered so that the tokenizer cache does not make it unrealistically cheap. Times are CPU seconds of this process
(``time.process_time``: one core, and steadier than wall time on a shared machine), the best of several rounds in
which the tokenizer and the component take turns.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from regdesign.nlp import native_status
from regdesign.nlp.pipeline import make_blank_nlp
from regdesign.nlp.references import extract_references

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

FALLBACK = (
    "De conformidad con el numeral {n} del artículo {a} de la Ley {l} de 2019 y los artículos {a} a {b} del "
    "Decreto 1082 de 2015, la entidad aplicará lo previsto en el inciso anterior y en el parágrafo 2 del presente "
    "artículo, sin perjuicio de lo dispuesto en la Constitución Política y en el Código General del Proceso. Las "
    "personas interesadas presentarán sus propuestas en los plazos del cronograma y la entidad publicará el informe."
)


def _units(target_chars: int) -> list[str]:
    """Paragraph-sized units of legal text, at least ``target_chars`` in all."""
    base: list[str] = []
    if CORPUS.is_dir():
        for path in sorted(CORPUS.glob("*.md")) + sorted((CORPUS / "gold").glob("*.txt")):
            for para in path.read_text(encoding="utf-8").split("\n"):
                para = para.strip()
                if len(para) > 40:
                    base.append(para)
    if not base:
        base = [FALLBACK.format(n=i % 30 + 1, a=i % 300 + 1, b=i % 300 + 5, l=1000 + i) for i in range(400)]
    units: list[str] = []
    total = 0
    i = 0
    while total < target_chars:
        para = base[i % len(base)]
        if i >= len(base):  # renumber repeats so that they are not byte-identical
            para = para.replace(" 20", f" {20 + (i // len(base)) % 7}", 1)
        units.append(para)
        total += len(para) + 1
        i += 1
    return units


def _time(fn, repeat: int = 3) -> float:
    """Best CPU time of this process over ``repeat`` runs (CPU time, not wall time: the machine may be shared, and
    the target is one core)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _interleaved(fns: dict[str, object], rounds: int) -> dict[str, float]:
    """Best time of each function over ``rounds`` rounds, the functions taking turns in each round, so that a burst
    of load on the machine hits all of them alike (the ratio is measured in one run)."""
    best = {name: float("inf") for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            best[name] = min(best[name], _time(fn, 1))  # type: ignore[arg-type]
    return best


def _pathological(quick: bool) -> dict[str, dict[str, float]]:
    sizes = (10_000, 30_000, 100_000) if not quick else (5_000, 20_000)
    makers = {
        "articulo_repeated": lambda k: "artículo " * k,
        "nested_parentheses": lambda k: "(" * k + "artículo 5 de la Ley 80 de 1993" + ")" * k,
        "long_line": lambda k: "el artículo 5 de la Ley 80 de 1993, numeral 3, literal a) y " * (k // 6),
        "list_without_norm": lambda k: "artículos " + ", ".join(str(i) for i in range(k // 5)),
        # both were quadratic before issue 3's speed work (a run of spaces; the look-back of heading detection)
        "long_space_runs": lambda k: "Ley 80" + " " * (4 * k) + "de 1993, artículo" + " " * (4 * k) + "5 y ARTÍCULO 5",
        "capitalised_citations_one_line": lambda k: "Según el Artículo 5 de la Ley 80 de 1993 y " * (k // 4),
    }
    out: dict[str, dict[str, float]] = {}
    for name, make in makers.items():
        row: dict[str, float] = {}
        times = []
        for k in sizes:
            text = make(k)
            secs = _time(lambda text=text: extract_references(text), repeat=1)
            row[f"{len(text)}_chars_s"] = round(secs, 4)
            times.append((len(text), secs))
        (n0, t0), (n1, t1) = times[0], times[-1]
        row["size_factor"] = round(n1 / n0, 2)
        row["time_factor"] = round(t1 / max(t0, 1e-6), 2)
        out[name] = row
    return out


def run(quick: bool = False) -> dict:
    target = 500_000 if quick else 2_100_000
    units = _units(target)
    chars = sum(len(u) + 1 for u in units)
    nlp_tok = make_blank_nlp()
    nlp_ref = make_blank_nlp()
    nlp_ref.add_pipe("regdesign_references")
    words = sum(len(doc) for doc in nlp_tok.pipe(units))  # also warms the tokenizer cache of nlp_tok
    for _ in nlp_ref.pipe(units[:2000]):
        pass
    rounds = 2 if quick else 4
    times = _interleaved(
        {"tok": lambda: [None for _ in nlp_tok.pipe(units)], "ref": lambda: [None for _ in nlp_ref.pipe(units)]}, rounds
    )
    t_tok, t_ref = times["tok"], times["ref"]
    t_extract = _time(lambda: [extract_references(u) for u in units], 1 if quick else 2)
    whole = "\n".join(units)
    t_whole = _time(lambda: extract_references(whole), 1)
    n_refs = len(extract_references(whole))
    result = {
        "chars": chars,
        "units": len(units),
        "words": words,
        "references": n_refs,
        "tokenizer_words_per_s": round(words / t_tok),
        "component_words_per_s": round(words / t_ref),
        "ratio": round(t_tok / t_ref, 3),
        "component_only_s": round(t_ref - t_tok, 4),
        "timer": "process_time, best of interleaved rounds",
        "extract_mb_per_s": round(chars / t_extract / 1e6, 2),
        "extract_whole_text_mb_per_s": round(len(whole) / t_whole / 1e6, 2),
        "pathological": _pathological(quick),
        "corpus": CORPUS.is_dir(),
        "native": native_status(),
    }
    return result


if __name__ == "__main__":  # pragma: no cover
    import sys

    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
