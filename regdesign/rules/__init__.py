"""Rule packs (YAML data in this directory) and the engine that runs them.

Public verbs (imported lazily so that ``regdesign.rules.checks`` stays cheap to import):
:func:`load_rules`, :func:`run_rules`, :func:`analyze_text` from :mod:`regdesign.rules.engine`, and
:func:`evaluate_barriers` from :mod:`regdesign.rules.evaluation`.
"""

from __future__ import annotations

from typing import Any

__all__ = ["RuleSet", "Rule", "load_rules", "run_rules", "analyze_text", "evaluate_barriers"]


def __getattr__(name: str) -> Any:
    if name in ("RuleSet", "Rule", "load_rules", "run_rules", "analyze_text"):
        from regdesign.rules import engine

        return getattr(engine, name)
    if name == "evaluate_barriers":
        from regdesign.rules import evaluation

        return evaluation.evaluate_barriers
    raise AttributeError(name)
