"""Well-formedness of held-out set 4 (tests/data/references/heldout4, issue #3), and the extractor's floor on it.

This module owns the integrity of the fourth held-out gold set: every text pairs with a gold file, every gold line
satisfies the annotation contract (the checks of ../shared/corpus/gold/verify.py, re-implemented in ``refcontract.py``
so the test runs from a fresh clone), offsets are exact, and the set keeps its size and its mix of reference types. It
also guards the extractor with a regression floor on the three levels of the contract's ``score.py`` (``refscore.py``,
a small copy of its matching and normalisation): the set was measured blind once, then used to tune the grammar (see
FLOORS).
"""

from __future__ import annotations

import collections
import importlib.util
import re
from pathlib import Path

import pytest
from refcontract import TYPES, contract_errors, load_gold, load_text, set_names
from refscore import f1 as _f1

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


def _text(name: str) -> str:
    return load_text(HERE, name)


def _gold(name: str) -> list[dict]:
    return load_gold(HERE, name)


def test_files_pair_up():
    txts, golds = set_names(HERE)
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
    assert contract_errors(_text(name), _gold(name)) == []


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
        assert contract_errors(text, [bad]), bad
    assert contract_errors(text, [refs[1], refs[0]])  # unsorted


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
