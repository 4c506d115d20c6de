"""Registry of Python checks that rule packs can name with ``check: <name>``.

Most rules are data (phrase lists, token patterns, regexes, front-matter predicates). Some need an algorithm
(sentence length, undefined terms, readability); those are Python functions registered here under a name, and a
rule pack entry refers to them by that name. A check yields :class:`Hit` objects; the rule engine turns each hit
into a :class:`~regdesign.model.Finding` with the rule's category, severity, message, basis and suggestion
(``params`` fill ``{placeholders}`` in the rule's messages).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from regdesign.model import Document


@dataclass(frozen=True, slots=True)
class Hit:
    """One place where a check fired: ``[start, end)`` in ``Document.text`` and values for the message."""

    start: int
    end: int
    params: Mapping[str, Any] = field(default_factory=dict)


def uses_phrases(count: int) -> dict[str, str]:
    """Message values for a count of uses, agreeing in number: ``{"usos": "1 uso", "uses_en": "1 use"}``."""
    return {
        "usos": f"{count} uso" if count == 1 else f"{count} usos",
        "uses_en": f"{count} use" + ("" if count == 1 else "s"),
    }


CheckFn = Callable[[Document, Mapping[str, Any]], Iterable[Hit]]

CHECKS: dict[str, CheckFn] = {}


def register_check(name: str) -> Callable[[CheckFn], CheckFn]:
    """Decorator: make ``fn(document, options)`` available to rule packs as ``check: name``."""

    def decorate(fn: CheckFn) -> CheckFn:
        if name in CHECKS and CHECKS[name] is not fn:
            raise ValueError(f"check {name!r} registered twice")
        CHECKS[name] = fn
        return fn

    return decorate
