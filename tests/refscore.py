"""The scorer of the annotation contract (../shared/corpus/gold/score.py), re-implemented for the held-out reference
tests so that they run from a fresh clone: span overlap + scope (a), external type + number + year (b), article (c),
each a maximum one-to-one matching micro-averaged over texts."""

from __future__ import annotations

import re
import unicodedata

_ORDINAL_WORDS = {"primero": 1, "segundo": 2, "tercero": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "septimo": 7,
                  "octavo": 8, "noveno": 9, "decimo": 10}  # fmt: skip


def _plain(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _norm_type(t):
    return None if t is None else re.sub(r"\s+", " ", _plain(str(t)).lower().replace("-", " ")).strip() or None


def _norm_number(n):
    return None if n is None else re.sub(r"\d+", lambda m: str(int(m.group(0))), re.sub(r"\s+", "", str(n)).upper())


def _norm_article(a):
    if a is None:
        return None
    a = re.sub(r"\s+", "", _plain(str(a)).lower())
    if a in _ORDINAL_WORDS:
        return str(_ORDINAL_WORDS[a])
    a = re.sub(r"(?<=\d)(o|º|°|\.)+$", "", a)
    return re.sub(r"\d+", lambda m: str(int(m.group(0))), a) or None


def _overlap(g, p):
    return g["start"] < p["end"] and p["start"] < g["end"]


_LEVELS = {
    "a": (lambda r: True, lambda g, p: _overlap(g, p) and g["scope"] == p["scope"]),
    "b": (
        lambda r: r["scope"] == "external",
        lambda g, p: (
            _overlap(g, p)
            and _norm_type(g["type"]) == _norm_type(p["type"])
            and _norm_number(g["number"]) == _norm_number(p["number"])
            and g["year"] == p["year"]
        ),
    ),
    "c": (
        lambda r: r.get("article") not in (None, ""),
        lambda g, p: (
            _overlap(g, p) and g["scope"] == p["scope"] and _norm_article(g["article"]) == _norm_article(p["article"])
        ),
    ),
}


def _matching(gold, pred, ok) -> int:
    """Maximum one-to-one matching (augmenting paths), as score.py counts matches."""
    cand = [[j for j, p in enumerate(pred) if ok(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def assign(i, seen):
        for j in cand[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or assign(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        assign(i, set())
    return len(owner)


def f1(pairs, level: str) -> float:
    """F1 at ``level`` (a, b or c) over ``[(gold, predicted), ...]`` lists of reference dicts."""
    keep, ok = _LEVELS[level]
    m = ng = np_ = 0
    for gold, pred in pairs:
        g, p = [r for r in gold if keep(r)], [r for r in pred if keep(r)]
        m, ng, np_ = m + _matching(g, p, ok), ng + len(g), np_ + len(p)
    prec, rec = (m / np_ if np_ else 0.0), (m / ng if ng else 0.0)
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0
