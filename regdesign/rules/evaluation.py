"""Evaluation of barrier detection on a labelled set of clauses: precision and recall per category and overall.

This module owns the scoring of the barrier rule packs against ``tests/data/barriers/clauses.yml`` (or any file of
the same shape: ``clauses: [{id, text, doc_type?, barrier: bool, category?: str | [str]}]``). A clause counts as a
predicted barrier of category C when any finding of a barrier category C (OECD, anti-red-tape, procurement, digital
transformation) fires on it; drafting-quality findings (plain language, definitions, restrictions) are ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from regdesign.errors import ConfigError
from regdesign.files import load_yaml
from regdesign.rules.engine import RuleSet, analyze_text, is_barrier_category, load_rules

DEFAULT_CLAUSES = Path(__file__).resolve().parents[2] / "tests" / "data" / "barriers" / "clauses.yml"


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 1.0


def _labels(clause: Mapping[str, Any]) -> set[str]:
    if not clause.get("barrier"):
        return set()
    category = clause.get("category")
    if isinstance(category, str):
        return {category}
    return {str(item) for item in category or ()}


def load_clauses(path: Path) -> list[dict[str, Any]]:
    """The labelled clauses of ``path``; raises ConfigError when the file is not of the expected shape."""
    try:
        data = load_yaml(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot read labelled clauses: {error}") from error
    clauses = data.get("clauses") if isinstance(data, Mapping) else None
    if not isinstance(clauses, list):
        raise ConfigError(f"{path}: expected a mapping with a 'clauses' list")
    for index, clause in enumerate(clauses):
        if not isinstance(clause, Mapping) or not isinstance(clause.get("text"), str) or "barrier" not in clause:
            raise ConfigError(f"{path}: clause {index} needs 'text' and 'barrier'")
        if clause["barrier"] and not _labels(clause):
            raise ConfigError(f"{path}: clause {clause.get('id', index)} is a barrier without a category")
    return [dict(clause) for clause in clauses]


def evaluate_barriers(path: Path | None = None, ruleset: RuleSet | None = None) -> dict[str, Any]:
    """Score the barrier rules on labelled clauses.

    Returns a JSON-able dict: ``overall`` (binary barrier / not barrier: tp, fp, fn, tn, precision, recall, f1),
    ``categories`` (per category: tp, fp, fn, support, precision, recall), ``micro`` (category-aware, summed over
    categories), ``clauses`` (count) and ``errors`` (the clauses that were wrong, with what fired).

    Example:
        >>> result = evaluate_barriers()
        >>> 0.0 <= result["overall"]["precision"] <= 1.0
        True
    """
    path = Path(path) if path is not None else DEFAULT_CLAUSES
    ruleset = ruleset or load_rules()
    clauses = load_clauses(path)
    overall = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    per: dict[str, dict[str, int]] = {}
    errors: list[dict[str, Any]] = []
    for clause in clauses:
        truth = _labels(clause)
        findings = [
            f for f in analyze_text(clause["text"], ruleset, clause.get("doc_type")) if is_barrier_category(f.category)
        ]
        predicted = {f.category for f in findings}
        if truth and predicted:
            overall["tp"] += 1
        elif predicted:
            overall["fp"] += 1
        elif truth:
            overall["fn"] += 1
        else:
            overall["tn"] += 1
        for category in truth | predicted:
            counts = per.setdefault(category, {"tp": 0, "fp": 0, "fn": 0})
            if category in truth and category in predicted:
                counts["tp"] += 1
            elif category in predicted:
                counts["fp"] += 1
            else:
                counts["fn"] += 1
        if truth != predicted:
            errors.append(
                {
                    "id": clause.get("id"),
                    "text": clause["text"],
                    "expected": sorted(truth),
                    "predicted": sorted(predicted),
                    "rules": sorted({f.rule for f in findings}),
                }
            )
    precision = _ratio(overall["tp"], overall["tp"] + overall["fp"])
    recall = _ratio(overall["tp"], overall["tp"] + overall["fn"])
    categories = {}
    for category, counts in sorted(per.items()):
        categories[category] = {
            **counts,
            "support": counts["tp"] + counts["fn"],
            "precision": round(_ratio(counts["tp"], counts["tp"] + counts["fp"]), 4),
            "recall": round(_ratio(counts["tp"], counts["tp"] + counts["fn"]), 4),
        }
    micro_tp = sum(c["tp"] for c in per.values())
    micro_fp = sum(c["fp"] for c in per.values())
    micro_fn = sum(c["fn"] for c in per.values())
    return {
        "path": str(path),
        "clauses": len(clauses),
        "ruleset_version": ruleset.version,
        "overall": {
            **overall,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(_ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0, 4),
        },
        "micro": {
            "tp": micro_tp,
            "fp": micro_fp,
            "fn": micro_fn,
            "precision": round(_ratio(micro_tp, micro_tp + micro_fp), 4),
            "recall": round(_ratio(micro_tp, micro_tp + micro_fn), 4),
        },
        "categories": categories,
        "errors": errors,
    }


def format_barrier_evaluation(result: Mapping[str, Any]) -> str:
    """A plain-text table of an :func:`evaluate_barriers` result (Spanish headings, English in brackets)."""
    overall = result["overall"]
    lines = [
        f"Evaluación de barreras [barrier evaluation]: {result['clauses']} cláusulas — {result['path']}",
        f"Global [overall]: precisión {overall['precision']:.3f}  exhaustividad [recall] {overall['recall']:.3f}  "
        f"F1 {overall['f1']:.3f}  (tp {overall['tp']}, fp {overall['fp']}, fn {overall['fn']}, tn {overall['tn']})",
        f"Por categoría, micro [per category, micro]: precisión {result['micro']['precision']:.3f}  "
        f"exhaustividad {result['micro']['recall']:.3f}",
        "",
        f"{'categoría':<26}{'soporte':>8}{'tp':>5}{'fp':>5}{'fn':>5}{'precisión':>11}{'exhaust.':>10}",
    ]
    for category, row in result["categories"].items():
        lines.append(
            f"{category:<26}{row['support']:>8}{row['tp']:>5}{row['fp']:>5}{row['fn']:>5}"
            f"{row['precision']:>11.3f}{row['recall']:>10.3f}"
        )
    if result["errors"]:
        lines += ["", "Errores [errors]:"]
        for error in result["errors"]:
            lines.append(
                f"  {error['id']}: esperado {error['expected'] or '-'} / obtenido {error['predicted'] or '-'} "
                f"{error['rules']}  «{error['text'][:90]}»"
            )
    return "\n".join(lines)
