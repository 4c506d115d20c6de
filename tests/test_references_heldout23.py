"""Well-formedness of held-out set 23 (tests/data/references/heldout23/): gold normative references, issue #3.

Owns the checks of this set's annotated data, and ONLY of the data (the extractor is never run here: the set is sealed
in tests/data/SEALED until the lead's one blind measurement, which then adds the set to tests/test_reference_sets.py
with its floors). It checks what every set must pass (pairing of texts and gold files, file hygiene and size, the
pinned reference count and (external, internal) split of each text, the gold contract's checks re-implemented in
``refcontract.py``, exact offsets ``text[start:end]``, span hygiene, no compiler notes, share of doubts, the README's
consistency with the gold, the contract's own ``verify.py`` where ../shared exists) and what is particular to the set
(near misses, hard cases, type mix). The tables ``HERE``, ``EXPECTED``, ``SCOPES``, ``NEAR_MISSES`` and ``HARD_CASES``
have the shape that tests/test_reference_sets.py reads from each set's module.
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

HERE = Path(__file__).parent / "data" / "references" / "heldout23"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "decreto_gobernacion_antioquia_juegos_suerte_azar": 49,
    "resolucion_uariv_indemnizacion_administrativa": 36,
    "sentencia_csj_casacion_civil_suministro": 31,
    "sentencia_tribunal_antioquia_accion_cumplimiento_bello": 38,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "decreto_gobernacion_antioquia_juegos_suerte_azar": (43, 6),
    "resolucion_uariv_indemnizacion_administrativa": (34, 2),
    "sentencia_csj_casacion_civil_suministro": (30, 1),
    "sentencia_tribunal_antioquia_accion_cumplimiento_bello": (37, 1),
}

_TRIBUNAL = "sentencia_tribunal_antioquia_accion_cumplimiento_bello"
_CSJ = "sentencia_csj_casacion_civil_suministro"
_DECRETO = "decreto_gobernacion_antioquia_juegos_suerte_azar"
_RESOLUCION = "resolucion_uariv_indemnizacion_administrativa"

#: (text, phrase) written in the texts and NOT annotated (its first occurrence overlaps no gold span)
NEAR_MISSES = [
    (_TRIBUNAL, "ley de la oferta y la demanda"),
    (_TRIBUNAL, "artículos de oficina"),
    (_TRIBUNAL, "decreto de pruebas"),
    (_TRIBUNAL, "SENTENCIA No. 214"),
    (_TRIBUNAL, "la presente sentencia"),
    (_TRIBUNAL, "los acuerdos municipales"),
    (_CSJ, "ley de la oferta y la demanda"),
    (_CSJ, "SC3127-2026"),
    (_CSJ, "el cargo anterior"),
    (_CSJ, "una ley para los contratantes"),
    (_CSJ, "la ley del contrato"),
    (_CSJ, "el decreto de pruebas"),
    (_DECRETO, "ley de la oferta y la demanda"),
    (_DECRETO, "DECRETO NÚMERO D 2026070004512 DE 2026"),
    (_DECRETO, "artículos de oficina"),
    (_DECRETO, "el proyecto de decreto"),
    (_DECRETO, "ARTÍCULO 1. OBJETO."),
    (_DECRETO, "CAPÍTULO II"),
    (_RESOLUCION, "ley de la oferta y la demanda"),
    (_RESOLUCION, "RESOLUCIÓN No. 04102026-118734 DE 2026"),
    (_RESOLUCION, "decreto de pruebas"),
    (_RESOLUCION, "ARTÍCULO PRIMERO."),
    (_RESOLUCION, "PARÁGRAFO 2."),
]

#: (text, span, fields) annotated exactly so (the span occurs once in the text's gold)
HARD_CASES = [
    (_TRIBUNAL, "153 de la Ley 1437 de 2011", {"scope": "external", "type": "ley", "number": "1437", "article": "153"}),
    (_TRIBUNAL, "parágrafo del artículo 9 ejusdem", {"number": "393", "article": "9", "sub": "parágrafo"}),
    (
        _TRIBUNAL,
        "artículos 4, 6 y 9 del Acuerdo Municipal 018 de 2023",
        {"type": "acuerdo", "number": "18", "year": 2023, "articles": ["4", "6", "9"]},
    ),
    (_TRIBUNAL, "Sentencias C-193", {"type": "sentencia", "number": "C-193", "year": 1998}),
    (_TRIBUNAL, "artículo 10, numeral 5, de la Ley 393 de 1997", {"article": "10", "sub": "numeral 5"}),
    (_TRIBUNAL, "numeral 3.2 de esta providencia", {"scope": "internal", "sub": "numeral 3.2", "relative": None}),
    (_CSJ, "870 del Código de Comercio", {"type": "código", "number": None, "article": "870"}),
    (_CSJ, "SC1905-2019", {"type": "sentencia", "number": "SC-1905", "year": 2019}),
    (_CSJ, "artículo 870 de ese estatuto", {"type": "código", "article": "870"}),
    (_CSJ, "numeral 1 del mismo artículo", {"type": "código", "article": "336", "sub": "numeral 1"}),
    (_CSJ, "Título XII del Libro Cuarto del Código Civil", {"type": "código", "article": None, "sub": "Título XII"}),
    (
        _CSJ,
        "artículo 344, numeral 2, literal a), del Código General del Proceso",
        {"type": "código", "article": "344", "sub": "literal a)"},
    ),
    (
        _DECRETO,
        "artículos 2.7.2.3.1 a 2.7.2.3.4 del Decreto 1068 de 2015",
        {"number": "1068", "articles": ["2.7.2.3.1", "2.7.2.3.2", "2.7.2.3.3", "2.7.2.3.4"]},
    ),
    (_DECRETO, "Acuerdos 01", {"type": "acuerdo", "number": "1", "year": 2023}),
    (_DECRETO, "03 de 2023", {"type": "acuerdo", "number": "3", "year": 2023}),
    (_DECRETO, "artículo 2.7.2.4.1 del mismo decreto", {"scope": "external", "number": "1068", "year": 2015}),
    (_DECRETO, "artículos 3 y 5", {"type": "otro", "number": "32", "articles": ["3", "5"]}),
    (_DECRETO, "parágrafo anterior", {"scope": "internal", "relative": "anterior"}),
    (_DECRETO, "literal a)", {"number": "643", "article": "7", "sub": "literal a)"}),
    (_RESOLUCION, "Sentencia T-025 de 2004", {"number": "T-25", "year": 2004}),
    (_RESOLUCION, "Resolución 01049 de 2019", {"type": "resolución", "number": "1049"}),
    (_RESOLUCION, "artículos 74 a 76 de la Ley 1437 de 2011", {"article": "74", "articles": ["74", "75", "76"]}),
    (_RESOLUCION, "331 de 2019", {"type": "otro", "number": "331", "year": 2019}),
    (_RESOLUCION, "parágrafo 4", {"scope": "external", "number": "1448", "article": "132", "sub": "parágrafo 4"}),
    (_RESOLUCION, "artículo primero de la presente resolución", {"scope": "internal", "article": "1"}),
]


def test_every_text_has_a_gold_file_and_vice_versa():
    texts, golds = set_names(HERE)
    assert texts == golds == set(EXPECTED) == set(SCOPES)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_file_encoding_and_size(name):
    assert file_errors(HERE, name) == []
    assert 5000 <= len(load_text(HERE, name)) <= 9000


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_gold_lines_are_well_formed_with_exact_offsets(name):
    text = load_text(HERE, name)
    refs = load_gold(HERE, name)
    assert len(refs) == EXPECTED[name]
    scopes = collections.Counter(r["scope"] for r in refs)
    assert (scopes["external"], scopes["internal"]) == SCOPES[name]
    assert contract_errors(text, refs) == []
    assert all(text[r["start"] : r["end"]] == r["text"] for r in refs)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_span_punctuation_hygiene(name):
    """Convention 6: spans never start/end with surrounding punctuation; this set allows no final period."""
    for d in load_gold(HERE, name):
        span = d["text"]
        assert not re.match(r"[\s,.;:(\"'“”]", span), d
        assert not re.search(r"[,;:.\"'“”]$", span), d


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_compiler_notes(name):
    """Newly issued, non-compiled documents: no '<…>' notes, so no note flags."""
    assert "<" not in load_text(HERE, name)
    assert not any("note" in d for d in load_gold(HERE, name))


def test_size_and_share_of_doubts():
    refs = [r for name in EXPECTED for r in load_gold(HERE, name)]
    assert len(refs) == sum(EXPECTED.values())
    doubts = sum(1 for r in refs if "doubt" in r)
    assert 0 < doubts < 0.4 * len(refs)


def test_readme_matches_gold():
    assert readme_errors(HERE, EXPECTED) == []
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines() if line.startswith("| `")}
    assert set(rows) == {f"`{name}.txt`" for name in EXPECTED}
    for name in EXPECTED:
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
    refs = [r for name in EXPECTED for r in load_gold(HERE, name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "resolución", "acuerdo", "constitución", "sentencia", "código", "otro"} <= set(types)
    assert types["código"] >= 15 and types["acuerdo"] >= 10 and types["sentencia"] >= 8
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 5  # DUR decimal articles
    assert sum(1 for r in refs if r["type"] == "sentencia" and r["number"].startswith("SC-")) >= 4
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
