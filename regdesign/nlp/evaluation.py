"""Gold evaluation of the citation extractor.

This module owns one verb, :func:`evaluate_references`: it runs :func:`~regdesign.nlp.references.extract_references`
on every ``*.txt`` of a gold directory (``/work/shared/corpus/gold`` or a held-out set laid out the same way: ``X.txt``
beside ``X.gold.jsonl`` and the annotators' ``score.py``), writes the predictions as JSONL to a temporary directory and
scores them with the scorer's own logic (``score.py`` imported from the gold directory, so the numbers are the ones
the annotators' tool prints). :func:`format_evaluation` turns the result into a printable report.

Guarantees: the gold directory is only read; a missing ``score.py`` or gold file becomes a clean
:class:`~regdesign.errors.InputError`.
"""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from regdesign.errors import InputError
from regdesign.model import to_json
from regdesign.nlp.references import extract_references

LEVEL_KEYS = ("a", "b", "c")


def _load_scorer(gold_dir: Path) -> ModuleType:
    path = gold_dir / "score.py"
    if not path.is_file():
        raise InputError(f"no hay score.py en {gold_dir} / no score.py in {gold_dir}")
    spec = importlib.util.spec_from_file_location("regdesign_gold_score", path)
    if spec is None or spec.loader is None:
        raise InputError(f"no se puede cargar {path} / cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate_references(gold_dir: Path, scorer_dir: Path | None = None) -> dict[str, Any]:
    """Precision, recall and F1 of the extractor at the scorer's three levels, micro-averaged over the files.

    ``scorer_dir`` holds the ``score.py`` to use (default: ``gold_dir``; the held-out sets shipped in
    ``tests/data/references/heldout*`` are scored with the shared gold's scorer).

    Returns ``{"levels": {"a": {...}, "b": {...}, "c": {...}}, "files": [...], "errors": {...}, "report": str}``
    where each level has ``name, gold, pred, match, precision, recall, f1``; ``errors`` lists unmatched gold (FN) and
    predicted (FP) references per level.
    """
    gold_dir = Path(gold_dir)
    texts = sorted(gold_dir.glob("*.txt"))
    if not texts:
        raise InputError(f"no hay textos *.txt en {gold_dir} / no *.txt texts in {gold_dir}")
    scorer = _load_scorer(Path(scorer_dir) if scorer_dir is not None else gold_dir)
    totals = {key: [0, 0, 0] for key in LEVEL_KEYS}
    errors: dict[str, list[str]] = {key: [] for key in LEVEL_KEYS}
    files = []
    with tempfile.TemporaryDirectory(prefix="regdesign-eval-") as tmp:
        for text_path in texts:
            gold_path = text_path.with_name(text_path.stem + ".gold.jsonl")
            if not gold_path.is_file():
                raise InputError(f"falta {gold_path.name} / missing {gold_path.name}")
            text = text_path.read_text(encoding="utf-8")
            refs = extract_references(text)
            pred_path = Path(tmp) / (text_path.stem + ".pred.jsonl")
            pred_path.write_text("".join(to_json(r.to_dict()) + "\n" for r in refs), encoding="utf-8")
            gold, pred = scorer.load(str(gold_path)), scorer.load(str(pred_path))
            files.append({"file": text_path.name, "gold": len(gold), "pred": len(pred)})
            for key, (_name, keep, ok) in zip(LEVEL_KEYS, scorer.LEVELS, strict=True):
                gsel = [r for r in gold if keep(r)]
                psel = [r for r in pred if keep(r)]
                matching = scorer.max_matching(gsel, psel, ok)
                t = totals[key]
                t[0] += len(matching)
                t[1] += len(gsel)
                t[2] += len(psel)
                matched_pred = set(matching.values())
                errors[key] += [
                    f"FN {text_path.name}: {scorer.fmt(r)}" for i, r in enumerate(gsel) if i not in matching
                ]
                errors[key] += [
                    f"FP {text_path.name}: {scorer.fmt(r)}" for j, r in enumerate(psel) if j not in matched_pred
                ]
    levels = {}
    for key, (name, _keep, _ok) in zip(LEVEL_KEYS, scorer.LEVELS, strict=True):
        match, n_gold, n_pred = totals[key]
        p, r, f = scorer.prf(match, n_gold, n_pred)
        levels[key] = {
            "name": name,
            "gold": n_gold,
            "pred": n_pred,
            "match": match,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
        }
    result: dict[str, Any] = {"gold_dir": str(gold_dir), "levels": levels, "files": files, "errors": errors}
    result["report"] = format_evaluation(result)
    return result


def format_evaluation(result: dict[str, Any], *, errors: bool = False) -> str:
    """The scorer's table (level, gold, pred, match, P, R, F1), optionally followed by the FN/FP lists."""
    lines = [f"{'level':28s} {'gold':>5s} {'pred':>5s} {'match':>5s} {'P':>7s} {'R':>7s} {'F1':>7s}"]
    for key in LEVEL_KEYS:
        lv = result["levels"][key]
        lines.append(
            f"{lv['name']:28s} {lv['gold']:5d} {lv['pred']:5d} {lv['match']:5d} "
            f"{lv['precision']:7.3f} {lv['recall']:7.3f} {lv['f1']:7.3f}"
        )
    if errors:
        for key in LEVEL_KEYS:
            if result["errors"][key]:
                lines.append(f"\n== {result['levels'][key]['name']}")
                lines.extend(result["errors"][key])
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover - developer convenience
    import sys

    res = evaluate_references(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/gold"))
    print(format_evaluation(res, errors="--errors" in sys.argv))
    print(json.dumps({k: v["f1"] for k, v in res["levels"].items()}))
