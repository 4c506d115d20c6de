"""Well-formedness of held-out set 4 (tests/data/references/heldout4, issue #3), and the extractor's floor on it.

This module owns the integrity of the fourth held-out gold set: every text pairs with a gold file, every gold line
satisfies the annotation contract (the checks of ../shared/corpus/gold/verify.py, re-implemented here so the test runs
from a fresh clone), offsets are exact, and the set keeps its size and its mix of reference types. It also guards the
extractor with a regression floor on the three levels of the contract's ``score.py`` (a small copy of its matching and
normalisation): the set was measured blind once, then used to tune the grammar (see FLOORS).
"""

from __future__ import annotations

import collections
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

from regdesign.nlp.references import extract_references

HERE = Path(__file__).parent / "data" / "references" / "heldout4"
NAMES = [
    "circular_externa_sic_datos_ia_comercio_electronico",
    "decreto_medellin_movilidad_personal_electrica",
    "ley_modificatoria_tramites_digitales",
    "memorando_juridico_contratacion_estatal",
    "resolucion_mintic_sandbox_ia",
    "sentencia_tutela_corte_constitucional_extracto",
]
TYPES = {
    "ley",
    "ley estatutaria",
    "decreto",
    "decreto ley",
    "decreto legislativo",
    "resolución",
    "acuerdo",
    "acto legislativo",
    "circular",
    "conpes",
    "constitución",
    "código",
    "estatuto",
    "sentencia",
    "otro",
}
NUMBERED = {
    "ley",
    "ley estatutaria",
    "decreto",
    "decreto ley",
    "decreto legislativo",
    "resolución",
    "acto legislativo",
    "sentencia",
}
REQUIRED = ["start", "end", "text", "scope", "type", "number", "year", "article"]
OPTIONAL = {"articles", "sub", "relative", "note", "doubt"}
RELATIVE = {"anterior", "presente", "siguiente"}
ARTICLE_RE = re.compile(r"^\d+(?:[.\-]\d+)*[A-Z]?$")


def _text(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def _gold(name: str) -> list[dict]:
    lines = (HERE / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _in_note(text: str, s: int, e: int) -> bool:
    """Same rule as verify.py: the span lies inside a compiler note <...> on its line."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le == -1 else le
    before = text[ls:s]
    if not before.rfind("<") > before.rfind(">"):
        return False
    nxt_gt, nxt_lt = text.find(">", e, le), text.find("<", e, le)
    return nxt_gt != -1 and (nxt_lt == -1 or nxt_gt < nxt_lt)


def _contract_errors(text: str, refs: list[dict]) -> list[str]:
    errors = []
    for n, d in enumerate(refs, 1):
        missing = [k for k in REQUIRED if k not in d]
        unknown = [k for k in d if k not in REQUIRED and k not in OPTIONAL]
        if missing or unknown:
            errors.append(f"{n}: missing {missing} unknown {unknown}")
            continue
        s, e = d["start"], d["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errors.append(f"{n}: bad offsets")
            continue
        if text[s:e] != d["text"]:
            errors.append(f"{n}: text mismatch {d['text']!r}")
        if d["text"] != d["text"].strip() or re.match(r"(?i)(el|la|los|las)\s", d["text"]):
            errors.append(f"{n}: span hygiene {d['text']!r}")
        sc, ty, num, yr, art = d["scope"], d["type"], d["number"], d["year"], d["article"]
        if sc == "external":
            if ty not in TYPES or (ty in NUMBERED and not num):
                errors.append(f"{n}: bad type/number {ty!r} {num!r}")
            if ty in ("constitución", "código", "estatuto") and num is not None:
                errors.append(f"{n}: {ty} with a number")
        elif sc == "internal":
            if ty is not None or num is not None or yr is not None:
                errors.append(f"{n}: internal ref with type/number/year")
        else:
            errors.append(f"{n}: bad scope {sc!r}")
        if num is not None:
            pattern = r"[A-Z]{1,3}-\d+(?:[A-Z])?" if ty == "sentencia" else r"[1-9]\d*"
            if not (isinstance(num, str) and re.fullmatch(pattern, num)):
                errors.append(f"{n}: bad number {num!r}")
        if yr is not None and not (isinstance(yr, int) and 1800 <= yr <= 2100):
            errors.append(f"{n}: bad year {yr!r}")
        if art is not None and not (isinstance(art, str) and ARTICLE_RE.match(art)):
            errors.append(f"{n}: bad article {art!r}")
        if "articles" in d:
            arts = d["articles"]
            if not (
                isinstance(arts, list)
                and len(arts) >= 2
                and all(isinstance(a, str) and ARTICLE_RE.match(a) for a in arts)
            ):
                errors.append(f"{n}: bad articles {arts!r}")
            elif arts[0] != art or len(set(arts)) != len(arts):
                errors.append(f"{n}: articles[0] != article or duplicates")
        if "sub" in d and not (isinstance(d["sub"], str) and d["sub"].strip()):
            errors.append(f"{n}: bad sub")
        if "relative" in d and (d["relative"] not in RELATIVE or sc != "internal"):
            errors.append(f"{n}: bad relative")
        if "doubt" in d and not (isinstance(d["doubt"], str) and d["doubt"].strip()):
            errors.append(f"{n}: bad doubt")
        if "note" in d and d["note"] is not True:
            errors.append(f"{n}: note must be true when present")
        if _in_note(text, s, e) != bool(d.get("note")):
            errors.append(f"{n}: note flag inconsistent with <...>")
    for a, b in zip(refs, refs[1:], strict=False):
        if (a["start"], a["end"]) > (b["start"], b["end"]):
            errors.append(f"not sorted at {b['start']}")
        if b["start"] < a["end"]:
            errors.append(f"overlap {a['text']!r} / {b['text']!r}")
    return errors


def test_files_pair_up():
    txts = {p.name[: -len(".txt")] for p in HERE.glob("*.txt")}
    golds = {p.name[: -len(".gold.jsonl")] for p in HERE.glob("*.gold.jsonl")}
    assert txts == golds == set(NAMES)
    assert (HERE / "README.md").is_file()


@pytest.mark.parametrize("name", NAMES)
def test_text_encoding_and_newlines(name):
    raw = (HERE / f"{name}.txt").read_bytes()
    raw.decode("utf-8")
    assert b"\r" not in raw
    assert "⟦" not in raw.decode("utf-8") and "‖" not in raw.decode("utf-8")  # annotation markup fully stripped


@pytest.mark.parametrize("name", NAMES)
def test_gold_meets_contract(name):
    assert _contract_errors(_text(name), _gold(name)) == []


@pytest.mark.parametrize("name", NAMES)
def test_offsets_exact(name):
    text = _text(name)
    refs = _gold(name)
    assert refs, name
    for d in refs:
        assert text[d["start"] : d["end"]] == d["text"]


def test_contract_checker_catches_errors():
    """The re-implemented checks are not vacuous: corrupted copies of a real line are rejected."""
    text, refs = _text(NAMES[0]), _gold(NAMES[0])
    good = refs[0]
    for bad in (
        {**good, "end": good["end"] + 1},
        {**good, "type": "ordenanza"},
        {**good, "number": "007"},
        {**good, "articles": [good["article"] or "1"]},
        {**good, "relative": "presente"},
        {**good, "note": True},
    ):
        assert _contract_errors(text, [bad]), bad
    assert _contract_errors(text, [refs[1], refs[0]])  # unsorted


def test_size_and_type_mix():
    refs = [d for name in NAMES for d in _gold(name)]
    assert 280 <= len(refs) <= 380
    scopes = collections.Counter(d["scope"] for d in refs)
    assert scopes["internal"] >= 25 and scopes["external"] >= 250
    types = collections.Counter(d["type"] for d in refs if d["scope"] == "external")
    for ty in sorted(TYPES):  # every contract type occurs at least once
        assert types[ty] >= 1, ty
    assert max(types.values()) / len(refs) < 0.5  # not dominated by one type
    assert sum("articles" in d for d in refs) >= 20
    assert sum(bool(d.get("sub")) for d in refs) >= 40
    assert {d.get("relative") for d in refs if d["scope"] == "internal"} >= {"anterior", "presente"}
    assert sum(bool(re.match(r"\d+\.\d+\.\d+", d["article"] or "")) for d in refs) >= 5  # DUR decimal articles


@pytest.mark.parametrize("name", NAMES)
def test_each_text_is_substantial(name):
    assert len(_text(name)) >= 6000
    assert len(_gold(name)) >= 40


def test_readme_matches_counts():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    total = sum(len(_gold(name)) for name in NAMES)
    assert f"**{total}**" in readme
    assert "2026-11-30" in readme and "blind" in readme
    for name in NAMES:
        assert f"`{name}.txt`" in readme


def test_shared_verify_accepts_every_pair(shared_corpus: Path):
    """When the shared corpus is present, the contract's own verify.py must accept each pair."""
    spec = importlib.util.spec_from_file_location("gold_verify", shared_corpus / "gold" / "verify.py")
    verify = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(verify)
    for name in NAMES:
        errors, refs = verify.check_pair(str(HERE / f"{name}.txt"), str(HERE / f"{name}.gold.jsonl"))
        assert errors == [], (name, errors)
        assert len(refs) == len(_gold(name))


# --------------------------------------------------------------------------- regression floor
# Floors = F1 measured BEFORE the grammar was tuned on this set, minus 0.03. Measured blind after round 3 (the set had
# not been seen by the extractor's authors): (a) 0.948, (b) 0.941, (c) 0.948. The set was then opened and USED FOR
# TUNING (round 4, concepts of its errors): after that work (a) 0.992, (b) 0.992, (c) 0.997 — no longer a blind figure.
FLOORS = {"a": 0.918, "b": 0.911, "c": 0.918}

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


def _f1(pairs, level: str) -> float:
    keep, ok = _LEVELS[level]
    m = ng = np_ = 0
    for gold, pred in pairs:
        g, p = [r for r in gold if keep(r)], [r for r in pred if keep(r)]
        m, ng, np_ = m + _matching(g, p, ok), ng + len(g), np_ + len(p)
    prec, rec = (m / np_ if np_ else 0.0), (m / ng if ng else 0.0)
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


@pytest.fixture(scope="module")
def predicted_pairs():
    return [(_gold(name), [r.to_dict() for r in extract_references(_text(name))]) for name in NAMES]


def test_scorer_copy_is_sane():
    gold = _gold(NAMES[0])
    assert all(_f1([(gold, gold)], level) == 1.0 for level in "abc")
    flipped = [dict(r, scope="internal" if r["scope"] == "external" else "external") for r in gold]
    assert _f1([(gold, flipped)], "a") == 0.0
    assert _f1([(gold, gold[::2])], "a") < 0.8


@pytest.mark.parametrize("level", ["a", "b", "c"])
def test_regression_floor(predicted_pairs, level):
    f1 = _f1(predicted_pairs, level)
    assert f1 >= FLOORS[level], f"level ({level}) F1 {f1:.3f} fell below the floor {FLOORS[level]:.3f}"


def test_predictions_have_exact_offsets(predicted_pairs):
    for name, (_, pred) in zip(NAMES, predicted_pairs, strict=True):
        text = _text(name)
        assert all(text[r["start"] : r["end"]] == r["text"] for r in pred)
