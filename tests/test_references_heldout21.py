"""Well-formedness of held-out set 21 (tests/data/references/heldout21/): gold normative references, issue #3.

Owns the checks of the annotated data of this set only, and never runs the extractor (the set is SEALED until the
lead's one blind measurement, so no floors are recorded here): pairing of texts and gold files, file hygiene and size,
the gold contract (``refcontract.contract_errors``, as ../shared/corpus/gold/verify.py) and exact offsets, span
hygiene, no compiler notes, pinned counts per text (EXPECTED, SCOPES), the share of doubts, the README's consistency
with the gold, near misses, hard cases and type mix, and the contract's own ``verify.py`` where ../shared exists.
Its tables (HERE, EXPECTED, SCOPES, NEAR_MISSES, HARD_CASES) have the shape tests/test_reference_sets.py reads, so the
set can join it once measured.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
from refcontract import (
    contract_errors,
    file_errors,
    load_gold,
    load_text,
    readme_errors,
    set_names,
    verify_failures,
)

HERE = Path(__file__).parent / "data" / "references" / "heldout21"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "acuerdo_metropolitano_amva_episodios_calidad_aire_2026": 33,
    "resolucion_anm_caducidad_contrato_concesion_2026": 34,
    "resolucion_jep_sdsj_libertad_condicionada_2026": 34,
    "resolucion_mintrabajo_inspector_sancion_jornada_2026": 37,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "acuerdo_metropolitano_amva_episodios_calidad_aire_2026": (26, 7),
    "resolucion_anm_caducidad_contrato_concesion_2026": (32, 2),
    "resolucion_jep_sdsj_libertad_condicionada_2026": (32, 2),
    "resolucion_mintrabajo_inspector_sancion_jornada_2026": (35, 2),
}
NAMES = sorted(EXPECTED)

_JEP = "resolucion_jep_sdsj_libertad_condicionada_2026"
_ANM = "resolucion_anm_caducidad_contrato_concesion_2026"
_AMVA = "acuerdo_metropolitano_amva_episodios_calidad_aire_2026"
_MT = "resolucion_mintrabajo_inspector_sancion_jornada_2026"

#: (text, phrase) written in the texts and NOT annotated (first occurrence)
NEAR_MISSES = [
    (_JEP, "RESOLUCIÓN SDSJ No. 2418 DE 2026"),
    (_JEP, "ley de la oferta y la demanda"),
    (_JEP, "un decreto de pruebas"),
    (_JEP, "la presente resolución"),
    (_JEP, "proyecto de ley estatutaria"),
    (_ANM, "RESOLUCIÓN VSC No. 000611 DE 2026"),
    (_ANM, "ley de la oferta y la demanda"),
    (_ANM, "artículos de oficina"),
    (_ANM, "decreto alguno"),
    (_ANM, "resolución de trámite"),
    (_ANM, "Contrato de Concesión No. HKT-08461"),
    (_ANM, "Concepto Técnico PARM No. 0772"),
    (_ANM, "cláusula vigésima del mismo"),
    (_ANM, "ARTÍCULO PRIMERO. DECLARAR"),
    (_AMVA, "ACUERDO METROPOLITANO No. 09 DE 2026"),
    (_AMVA, "ley de la oferta y la demanda"),
    (_AMVA, "acuerdo de voluntades"),
    (_AMVA, "artículos de oficina"),
    (_AMVA, "mediante resolución motivada"),
    (_AMVA, "ARTÍCULO 3. NIVELES DE EPISODIO"),
    (_AMVA, "PARÁGRAFO 2."),
    (_AMVA, "El presente Acuerdo Metropolitano"),
    (_AMVA, "Gaceta Metropolitana"),
    (_MT, "RESOLUCIÓN No. 05-3318 DE 2026"),
    (_MT, "artículos de oficina"),
    (_MT, "ley de la oferta y la demanda"),
    (_MT, "NIT 901.233.874-1"),
    (_MT, "de común acuerdo"),
    (_MT, "ARTÍCULO PRIMERO. SANCIONAR"),
]

#: (text, span, fields) annotated exactly so (the span occurs once in the gold of that text)
HARD_CASES = [
    (_JEP, "artículos 27A, 27B y 27D de la misma ley", {"number": "1922", "articles": ["27A", "27B", "27D"]}),
    (_JEP, "Sentencias C-007", {"type": "sentencia", "number": "C-7", "year": 2018}),
    (_JEP, "artículo 84, literal f), de la Ley 1957 de 2019", {"type": "ley", "article": "84", "sub": "literal f)"}),
    (
        _JEP,
        "numerales 1 y 3 del artículo 63 de la misma ley estatutaria",
        {"type": "ley estatutaria", "number": "1957", "article": "63", "sub": "numerales 1 y 3"},
    ),
    (_JEP, "Auto TP-SA 019 de 2018", {"type": "otro", "number": "19", "year": 2018}),
    (_JEP, "artículo transitorio 17 del mismo Acto Legislativo", {"number": "1", "year": 2017, "article": "17"}),
    (_JEP, "numeral anterior", {"scope": "internal", "relative": "anterior", "sub": "numeral"}),
    (
        _ANM,
        "artículos 2.2.5.1.2.4 a 2.2.5.1.2.6 del mismo decreto",
        {"number": "1073", "articles": ["2.2.5.1.2.4", "2.2.5.1.2.5", "2.2.5.1.2.6"]},
    ),
    (_ANM, "artículo 287 ibídem", {"type": "código", "number": None, "article": "287"}),
    (_ANM, "artículo 112 de la Ley 685 de 2001, Código de Minas", {"type": "ley", "number": "685"}),
    (_ANM, "223 de 2021", {"type": "resolución", "number": "223", "year": 2021}),
    (_ANM, "Resolución VSC 000254 de 2024", {"number": "254"}),
    (_ANM, "artículos 67 y siguientes de la Ley 1437 de 2011", {"article": "67", "articles": None}),
    (_ANM, "artículo anterior", {"scope": "internal", "relative": "anterior"}),
    (_AMVA, "artículo 10", {"type": "resolución", "number": "2254", "year": 2017}),
    (_AMVA, "inciso primero del presente artículo", {"relative": "presente", "sub": "inciso 1"}),
    (_AMVA, "artículos 3 y 4 del presente Acuerdo", {"scope": "internal", "articles": ["3", "4"], "relative": None}),
    (_AMVA, "numerales 10, 11 y 12 del artículo 31 de la misma ley", {"number": "99", "article": "31"}),
    (_AMVA, "Acuerdo Metropolitano 04 de 2018", {"type": "acuerdo", "number": "4"}),
    (_AMVA, "Anexo 1 de la misma resolución", {"number": "2254", "article": None, "sub": "Anexo 1"}),
    (_MT, "artículos 47 a 50 de la Ley 1437 de 2011", {"articles": ["47", "48", "49", "50"]}),
    (
        _MT,
        "numeral 2 del artículo 486 del Código Sustantivo del Trabajo",
        {"type": "código", "number": None, "article": "486", "sub": "numeral 2"},
    ),
    (_MT, "artículos 161, 167A y 168 del Código Sustantivo del Trabajo", {"articles": ["161", "167A", "168"]}),
    (_MT, "literales a) a d) de dicho artículo", {"article": "161", "sub": "literales a) a d)"}),
    (_MT, "artículo 167A del mismo código", {"type": "código", "article": "167A"}),
    (_MT, "numeral anterior", {"scope": "internal", "relative": "anterior", "sub": "numeral"}),
]


def _refs() -> list[dict]:
    return [r for name in NAMES for r in load_gold(HERE, name)]


def test_every_text_has_a_gold_file_and_vice_versa():
    texts, golds = set_names(HERE)
    assert texts == golds == set(EXPECTED)


@pytest.mark.parametrize("name", NAMES)
def test_text_file_encoding_and_size(name):
    assert file_errors(HERE, name) == []
    assert 5000 <= len(load_text(HERE, name)) <= 9000


@pytest.mark.parametrize("name", NAMES)
def test_gold_lines_are_well_formed(name):
    text = load_text(HERE, name)
    refs = load_gold(HERE, name)
    assert len(refs) == EXPECTED[name]
    scopes = collections.Counter(r["scope"] for r in refs)
    assert (scopes["external"], scopes["internal"]) == SCOPES[name]
    assert contract_errors(text, refs) == []
    assert all(text[r["start"] : r["end"]] == r["text"] for r in refs)


@pytest.mark.parametrize("name", NAMES)
def test_span_punctuation_hygiene(name):
    """Convention 6: spans never start/end with surrounding punctuation; no span of this set ends in a period."""
    for d in load_gold(HERE, name):
        span = d["text"]
        assert not re.match(r"[\s,.;:(\"'“”]", span), d
        assert not re.search(r"[,;:.\"'“”]$", span), d


@pytest.mark.parametrize("name", NAMES)
def test_no_compiler_notes(name):
    """Newly issued documents: no '<…>' notes, so no note flags."""
    assert "<" not in load_text(HERE, name)
    assert not any("note" in d for d in load_gold(HERE, name))


def test_size_and_share_of_doubts():
    refs = _refs()
    assert len(refs) == sum(EXPECTED.values())
    doubts = sum(1 for r in refs if "doubt" in r)
    assert 0 < doubts < 0.4 * len(refs)


def test_readme_matches_gold():
    assert readme_errors(HERE, EXPECTED) == []
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines() if line.startswith("| `")}
    for name in NAMES:
        refs = load_gold(HERE, name)
        cells = [c.strip() for c in rows[f"`{name}.txt`"].split("|")[3:-1]]
        ext = sum(r["scope"] == "external" for r in refs)
        expected = [
            f"{len(load_text(HERE, name)):,}",
            str(len(refs)),
            str(ext),
            str(len(refs) - ext),
            str(sum(1 for r in refs if r["article"])),
            str(sum(1 for r in refs if "articles" in r)),
            str(sum(1 for r in refs if "sub" in r)),
            str(sum(1 for r in refs if "doubt" in r)),
        ]
        assert cells == expected, name


def test_shared_verify_script_accepts_every_pair(shared_corpus):
    """The contract's own verify.py (only where ../shared exists) must accept every pair."""
    assert verify_failures(shared_corpus, HERE, EXPECTED) == []


@pytest.mark.parametrize("name, phrase", NEAR_MISSES)
def test_near_misses_present_and_not_annotated(name, phrase):
    text = load_text(HERE, name)
    start = text.find(phrase)
    assert start != -1
    end = start + len(phrase)
    assert not any(d["start"] < end and start < d["end"] for d in load_gold(HERE, name))


@pytest.mark.parametrize("name, span, fields", HARD_CASES)
def test_hard_cases_are_annotated_as_documented(name, span, fields):
    matches = [d for d in load_gold(HERE, name) if d["text"] == span]
    assert len(matches) == 1
    assert {k: matches[0].get(k) for k in fields} == fields


def test_type_mix():
    refs = _refs()
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "acto legislativo", "decreto", "decreto ley", "resolución", "acuerdo"} <= set(
        types
    )
    assert {"constitución", "código", "sentencia", "otro"} <= set(types)
    assert types["código"] >= 10 and types["resolución"] >= 10 and types["sentencia"] >= 4
    assert sum(1 for r in refs if "articles" in r) >= 15
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 8  # DUR decimal articles
    lettered = [r for r in refs if any(a[-1].isalpha() for a in r.get("articles") or [r["article"] or "0"])]
    assert len(lettered) >= 4  # Ley 1922 arts. 27A-27D, CST art. 167A
    assert sum(1 for r in refs if "ibídem" in r["text"]) >= 8
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
