"""Well-formedness of held-out set 5 (tests/data/references/heldout5, issue #3), and the extractor's floor on it.

This module owns the integrity of the fifth held-out gold set: every text pairs with a gold file, every gold line
satisfies the annotation contract (the checks of ../shared/corpus/gold/verify.py, re-implemented in ``refcontract.py``
so the test runs from a fresh clone), offsets are exact, and the set keeps its size and its mix of reference types. It
also runs the extractor with a regression floor on the three levels of the contract's ``score.py`` (``refscore.py``, a
small copy of its matching and normalisation): the set was measured blind once, then used to tune the grammar (see
FLOORS).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from refcontract import TYPES, contract_errors, load_gold, load_text, set_names
from refscore import f1 as _f1  # the scorer shared by the held-out reference tests

from regdesign.nlp.references import extract_references

HERE = Path(__file__).parent / "data" / "references" / "heldout5"

NAMES = [
    "acuerdo_concejo_medellin_innovacion_publica",
    "concepto_sala_consulta_consejo_estado_ctei",
    "documento_tecnico_dnp_interoperabilidad",
    "ley_1437_2011_cpaca_compilada_extracto",
    "pliego_tipo_cce_obra_publica_extracto",
    "proyecto_ley_exposicion_motivos_ia_publica",
]


def load(name: str) -> tuple[str, list[dict]]:
    raw = (HERE / f"{name}.txt").read_bytes()
    assert b"\r" not in raw, f"{name}.txt contains \\r"
    lines = (HERE / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines), f"{name}: empty gold line"
    return load_text(HERE, name), load_gold(HERE, name)


def test_every_text_has_its_gold_and_nothing_else():
    txts, golds = set_names(HERE)
    assert txts == golds == set(NAMES)
    assert (HERE / "README.md").is_file()


@pytest.mark.parametrize("name", NAMES)
def test_gold_satisfies_contract(name):
    text, refs = load(name)
    assert refs, name
    assert contract_errors(text, refs) == []


@pytest.mark.parametrize("name", NAMES)
def test_offsets_are_exact_and_spans_look_like_citations(name):
    text, refs = load(name)
    for d in refs:
        assert text[d["start"] : d["end"]] == d["text"]
        if d["scope"] == "external" and d["number"]:
            # the number is written in the span ("019" for "19"), unless the reference is resolved by anaphora or
            # by a table row, which the annotator always marks with a doubt
            digits = d["number"].split("-")[-1]
            assert re.search(rf"(?<!\d)0*{digits}(?!\d)", d["text"]) or "doubt" in d, d
        if d["article"] and "articles" not in d and d["scope"] == "external" and "doubt" not in d:
            assert d["article"].split(".")[0] in d["text"], d


def test_contract_checker_catches_broken_lines():
    text, refs = load(NAMES[0])
    first = dict(refs[0])
    shifted = dict(first, start=first["start"] + 1)
    assert contract_errors(text, [shifted])
    assert contract_errors(text, [dict(first, scope="internal")])
    assert contract_errors(text, [dict(first, number="01")])
    assert contract_errors(text, [first, first])  # overlap
    assert contract_errors(text, [dict(first, note=True)])
    assert contract_errors(text, [first]) == []


def test_size_and_type_mix():
    all_refs = [r for name in NAMES for r in load(name)[1]]
    chars = sum(len(load(name)[0]) for name in NAMES)
    assert 300 <= len(all_refs) <= 360
    assert chars > 40_000
    by_scope = Counter(r["scope"] for r in all_refs)
    assert by_scope["internal"] >= 25
    types = Counter(r["type"] for r in all_refs if r["scope"] == "external")
    # every type of the guideline list occurs at least once
    assert set(types) == TYPES
    assert types["ley"] >= 120 and types["decreto"] >= 25 and types["sentencia"] >= 15
    assert sum(1 for r in all_refs if r.get("note")) >= 5
    assert sum(1 for r in all_refs if "articles" in r) >= 25
    assert sum(1 for r in all_refs if r.get("relative")) >= 8
    assert sum(1 for r in all_refs if r["article"] and "." in r["article"]) >= 10  # DUR decimal articles
    # each text contributes a real share
    for name in NAMES:
        assert len(load(name)[1]) >= 35, name


# --------------------------------------------------------------------------- regression floor
# Floors = F1 measured BEFORE the grammar was tuned on this set, minus 0.03. Measured blind after round 4 (the set had
# not been seen by the extractor's authors): (a) 0.942, (b) 0.957, (c) 0.947. The set was then opened and USED FOR
# TUNING (round 5, concepts of its errors): after that work (a) 0.991, (b) 0.990, (c) 1.000 — no longer a blind figure.
FLOORS = {"a": 0.912, "b": 0.927, "c": 0.917}


@pytest.fixture(scope="module")
def predicted_pairs():
    pairs = []
    for name in NAMES:
        text, gold = load(name)
        pairs.append((gold, [r.to_dict() for r in extract_references(text)], text))
    return pairs


def test_scorer_copy_is_sane():
    gold = load(NAMES[0])[1]
    assert all(_f1([(gold, gold)], level) == 1.0 for level in "abc")
    flipped = [dict(r, scope="internal" if r["scope"] == "external" else "external") for r in gold]
    assert _f1([(gold, flipped)], "a") == 0.0
    assert _f1([(gold, gold[::2])], "a") < 0.8


@pytest.mark.parametrize("level", ["a", "b", "c"])
def test_regression_floor(predicted_pairs, level):
    f1 = _f1([(gold, pred) for gold, pred, _ in predicted_pairs], level)
    assert f1 >= FLOORS[level], f"level ({level}) F1 {f1:.3f} fell below the floor {FLOORS[level]:.3f}"


def test_predictions_have_exact_offsets(predicted_pairs):
    for _, pred, text in predicted_pairs:
        assert all(text[r["start"] : r["end"]] == r["text"] for r in pred)
