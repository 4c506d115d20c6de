"""Well-formedness of held-out set 24 (tests/data/references/heldout24/): gold normative references, issue #3.

Owns only checks of the annotated data itself: pairing of texts and gold files, file hygiene and size, the gold
contract (``refcontract.contract_errors``) and exact offsets ``text[start:end]``, span hygiene, the pinned counts per
text (EXPECTED, SCOPES), the README's consistency with the gold, the near misses and hard cases, the type mix, and the
contract's own ``verify.py`` where ../shared exists. It never runs the extractor: the set is sealed
(tests/data/SEALED) until the lead measures it once; the lead then adds its measurement and floors.
The module exposes HERE, EXPECTED, SCOPES, NEAR_MISSES and HARD_CASES in the shape tests/test_reference_sets.py reads.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
from refcontract import contract_errors, file_errors, load_gold, load_text, readme_errors, set_names, verify_failures

HERE = Path(__file__).parent / "data" / "references" / "heldout24"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "estatutos_jac_barrio_la_esperanza_medellin": 28,
    "resolucion_cra_metodologia_tarifaria_acueducto_2026": 39,
    "resolucion_minsalud_protocolo_sanitario_plazas_mercado_2026": 37,
    "sentencia_cc_t_2026_consulta_previa_resguardo_extractos": 40,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "estatutos_jac_barrio_la_esperanza_medellin": (19, 9),
    "resolucion_cra_metodologia_tarifaria_acueducto_2026": (35, 4),
    "resolucion_minsalud_protocolo_sanitario_plazas_mercado_2026": (30, 7),
    "sentencia_cc_t_2026_consulta_previa_resguardo_extractos": (37, 3),
}

_JAC = "estatutos_jac_barrio_la_esperanza_medellin"
_CRA = "resolucion_cra_metodologia_tarifaria_acueducto_2026"
_MSPS = "resolucion_minsalud_protocolo_sanitario_plazas_mercado_2026"
_CC = "sentencia_cc_t_2026_consulta_previa_resguardo_extractos"

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_CC, "ley de la oferta y la demanda"),
    (_CRA, "ley de la oferta y la demanda"),
    (_JAC, "ley de la oferta y la demanda"),
    (_MSPS, "ley de la oferta y la demanda"),
    (_CRA, "artículos de oficina"),
    (_JAC, "artículos de oficina"),
    (_MSPS, "artículos de aseo"),
    (_CC, "el decreto de pruebas"),
    (_CC, "Un decreto no puede"),
    (_CRA, "un decreto adicional"),
    (_JAC, "El decreto de una sanción"),
    (_MSPS, "Un decreto o una resolución posterior"),
    (_CC, "SENTENCIA T-214 DE 2026"),
    (_CC, "expediente T-9.874.321"),
    (_CC, "ordinal anterior"),
    (_CRA, "RESOLUCIÓN CRA 1012 DE 2026"),
    (_CRA, '"ARTÍCULO 9. COSTO MEDIO DE ADMINISTRACIÓN (CMA).'),
    (_CRA, '"PARÁGRAFO 3.'),
    (_MSPS, "RESOLUCIÓN NÚMERO 1487 DE 2026"),
    (_MSPS, "contenido en el anexo técnico"),
    (_JAC, "CAPÍTULO IV\nDE LOS DIGNATARIOS"),
    (_JAC, "PARÁGRAFO TRANSITORIO."),
    (_JAC, "la Directiva, la Comisión Empresarial"),
    (_JAC, "Estos estatutos solo podrán reformarse"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (
        _CC,
        "artículos 86 y 241, numeral 9, de la Constitución Política",
        {"articles": ["86", "241"], "sub": "numeral 9"},
    ),
    (_CC, "parágrafo del artículo 330", {"type": "constitución", "article": "330", "sub": "parágrafo"}),
    (_CC, "numeral 2 del artículo 15 ibídem", {"type": "otro", "number": "169", "article": "15"}),
    (_CC, "Sentencia C-030 de 2008", {"number": "C-30", "year": 2008}),
    (_CC, "T-129 de 2011", {"type": "sentencia", "number": "T-129"}),
    (_CC, "Decreto-Ley 4633 de 2011", {"type": "decreto ley", "number": "4633"}),
    (_CC, "artículo 27", {"type": "decreto ley", "number": "4633", "article": "27"}),
    (_CC, "Resolución 0457 del 14 de junio de 2024", {"number": "457", "year": 2024}),
    (_CC, "numeral 5 de esta providencia", {"scope": "internal", "sub": "numeral 5"}),
    (
        _CC,
        "artículos 2.5.3.1.1 a 2.5.3.1.4",
        {"number": "1066", "articles": ["2.5.3.1.1", "2.5.3.1.2", "2.5.3.1.3", "2.5.3.1.4"]},
    ),
    (_CRA, "numeral 73.22 del mismo artículo", {"number": "142", "article": "73", "sub": "numeral 73.22"}),
    (_CRA, "parágrafos 1 y 3", {"number": "1955", "article": "18", "sub": "parágrafos 1 y 3"}),
    (_CRA, "artículo 5.1.1.1.9 de la Resolución CRA 943 de 2021", {"type": "resolución", "article": "5.1.1.1.9"}),
    (_CRA, "parágrafo 3 al artículo 43 de la Resolución CRA 688 de 2014", {"article": "43", "sub": "parágrafo 3"}),
    (_CRA, "artículos 1 a 3 de la presente resolución", {"scope": "internal", "articles": ["1", "2", "3"]}),
    (_CRA, "artículo anterior", {"scope": "internal", "relative": "anterior", "article": None}),
    (_JAC, "literal k) del numeral 1 del artículo 19 de la Ley 2166", {"year": None, "sub": "literal k)"}),
    (_JAC, "literal anterior", {"relative": "anterior", "sub": "literal"}),
    (_JAC, "Capítulo IV de estos estatutos", {"scope": "internal", "sub": "Capítulo IV"}),
    (_JAC, "artículo 103 ibídem", {"type": "constitución", "article": "103"}),
    (_JAC, "artículos 27 a 30 de la Ley 2166 de 2021", {"articles": ["27", "28", "29", "30"]}),
    (_MSPS, "artículos 576 y siguientes de la Ley 9 de 1979", {"article": "576"}),
    (_MSPS, "Código Sanitario", {"type": "código", "number": None}),
    (_MSPS, "numerales 1 y 2 del presente artículo", {"relative": "presente", "sub": "numerales 1 y 2"}),
    (
        _MSPS,
        "literal c) del numeral 44.3 del artículo 44 de la Ley 715 de 2001",
        {"article": "44", "sub": "literal c)"},
    ),
]

# Spans that occur, identically, more than once in one text (each annotated identically).
REPEATED_SPANS = {
    "T-129 de 2011": 2,
    "Resolución 0457 del 14 de junio de 2024": 2,
}


def _refs(name: str) -> list[dict]:
    return load_gold(HERE, name)


def test_every_text_has_a_gold_file_and_vice_versa():
    texts, golds = set_names(HERE)
    assert texts == golds == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_file_encoding_and_size(name):
    assert file_errors(HERE, name) == []
    assert 5000 <= len(load_text(HERE, name)) <= 9000


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_gold_lines_are_well_formed(name):
    text = load_text(HERE, name)
    refs = _refs(name)
    assert len(refs) == EXPECTED[name]
    scopes = collections.Counter(r["scope"] for r in refs)
    assert (scopes["external"], scopes["internal"]) == SCOPES[name]
    assert contract_errors(text, refs) == []
    assert all(text[r["start"] : r["end"]] == r["text"] for r in refs)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_span_punctuation_hygiene(name):
    """Convention 6: spans never start/end with surrounding punctuation, nor end in a period."""
    for d in _refs(name):
        span = d["text"]
        assert not re.match(r"[\s,.;:(\"'“”]", span), d
        assert not re.search(r"[,;:.\"'“”]$", span), d


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_compiler_notes(name):
    """Newly issued documents: no '<…>' notes, so no note flags."""
    assert "<" not in load_text(HERE, name)
    assert not any("note" in d for d in _refs(name))


def test_size_and_share_of_doubts():
    refs = [r for name in EXPECTED for r in _refs(name)]
    assert len(refs) == sum(EXPECTED.values())
    doubts = sum(1 for r in refs if "doubt" in r)
    assert 0 < doubts < 0.4 * len(refs)


def test_readme_matches_gold():
    assert readme_errors(HERE, EXPECTED) == []
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines() if line.startswith("| `")}
    for name in EXPECTED:
        refs = _refs(name)
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
    assert not any(d["start"] < end and start < d["end"] for d in _refs(name))


@pytest.mark.parametrize("name, span, fields", HARD_CASES)
def test_hard_cases_are_annotated_as_documented(name, span, fields):
    matches = [d for d in _refs(name) if d["text"] == span]
    assert len(matches) == REPEATED_SPANS.get(span, 1)
    assert all({k: m.get(k) for k in fields} == fields for m in matches)


def test_type_mix():
    refs = [r for name in EXPECTED for r in _refs(name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "decreto ley", "resolución", "constitución", "código", "sentencia", "otro"} <= set(types)
    assert types["resolución"] >= 10 and types["sentencia"] >= 5 and types["otro"] >= 5
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR / compiled decimal articles
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
    anaphora = re.compile(r"ibídem|mism[oa]|citad[oa]|dicha")
    assert sum(1 for r in refs if r["scope"] == "external" and anaphora.search(r["text"])) >= 10
