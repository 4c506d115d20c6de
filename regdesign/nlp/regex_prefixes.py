"""The first characters a compiled regular expression can match: a sound over-approximation, for fast pre-filters.

This module owns :func:`match_prefixes`. It walks the parse tree of a pattern (Python's own ``re`` parser) and
returns every string of ``size`` characters that a match can start with, and the shorter strings after which the
pattern may match anything (it ended, or it reached something that is not a plain character: ``\\s``, ``.``, a
negated class, a back-reference). Zero-width parts (``\\b``, look-ahead and look-behind) are passed over: they only
narrow what matches, so leaving them out keeps the answer a superset. A position whose next characters start with
none of the strings returned cannot start a match; the compiled trigger scan (:mod:`regdesign.nlp._trigscan`) uses
this to call the regex only at the few positions where it may match, with exactly the matches of ``finditer``.

Example:
    >>> import re
    >>> sorted(match_prefixes(re.compile(r"\\b(?:art[íi]culos?|leye?s?|l\\.)"), 3))
    ['art', 'l.', 'ley']
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes (Python >= 3.11)
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Unbounded", "match_prefixes"]

#: A character class larger than this is treated as "any character" (its prefixes would not filter anything).
_MAX_CLASS = 64


class Unbounded(ValueError):
    """The pattern may match from any character (an empty match, a class of all letters at its start…)."""


def match_prefixes(pattern: re.Pattern[str], size: int = 3) -> frozenset[str]:
    """Strings such that every match of ``pattern`` starts with one of them: of length ``size``, or shorter when the
    pattern may go on with anything after them. Raises :class:`Unbounded` when a match may start with the empty
    string (nothing could be filtered)."""
    if pattern.flags & re.IGNORECASE:
        raise Unbounded("case-insensitive patterns are not enumerated")
    done: set[str] = set()
    open_ = _walk(list(sre_parse.parse(pattern.pattern, pattern.flags)), {""}, size, done)
    done |= open_  # the pattern ended: anything may follow
    if "" in done:
        raise Unbounded(f"the pattern {pattern.pattern[:40]!r} may match from any character")
    return frozenset(done)


def _walk(items: list[tuple[Any, Any]], open_: set[str], size: int, done: set[str]) -> set[str]:
    """The prefixes still shorter than ``size`` after ``items``, starting from ``open_``; finished ones go to
    ``done`` (complete, or cut short where the pattern stops being enumerable)."""
    for op, av in items:
        if not open_:
            break
        open_ = _step(op, av, open_, size, done)
    return open_


def _extend(open_: set[str], chars: set[str], size: int, done: set[str]) -> set[str]:
    out: set[str] = set()
    for prefix in open_:
        for char in chars:
            longer = prefix + char
            (done if len(longer) >= size else out).add(longer)
    return out


def _step(op: Any, av: Any, open_: set[str], size: int, done: set[str]) -> set[str]:
    if op is sre.LITERAL:
        return _extend(open_, {chr(av)}, size, done)
    if op is sre.IN:
        chars = _class_chars(av)
        if chars is not None:
            return _extend(open_, chars, size, done)
    elif op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if not add_flags & re.IGNORECASE:
            return _walk(list(sub), open_, size, done)
    elif op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            out |= _walk(list(alternative), set(open_), size, done)
        return out
    elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        out = set(open_) if low == 0 else set()
        current = open_
        count = 0
        while current and (high is sre.MAXREPEAT or count < high) and count <= size:
            current = _walk(list(sub), set(current), size, done)
            count += 1
            if count >= low:
                out |= current
        if current and count > size:  # a sub-pattern that may match empty, repeated: anything may follow
            done |= current
        return out
    elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return open_  # zero width: it only narrows the matches
    done |= open_  # ANY, CATEGORY (\s, \w…), NOT_LITERAL, GROUPREF…: the prefix ends here
    return set()


def _class_chars(items: Any) -> set[str] | None:
    """The characters of a ``[…]`` class, or None when it is negated, has a category (``\\s``) or is large."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
        if len(chars) > _MAX_CLASS:
            return None
    return chars
