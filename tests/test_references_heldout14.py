"""Well-formedness of held-out set 14 (tests/data/references/heldout14/): gold normative references, issue #3.

Owns the checks of the annotated data itself and nothing else: pairing of texts and gold files, file hygiene and size,
the gold contract (tests/refcontract.py, and the contract's own ``verify.py`` where ../shared exists), exact offsets,
span hygiene, absence of compiler notes, the pinned counts per text (EXPECTED, SCOPES), the README's consistency with
the gold, near misses, hard cases and the type mix. It never runs the extractor: the set is sealed (tests/data/SEALED)
until the lead measures it once; the lead may then add it to tests/test_reference_sets.py with its FLOORS.
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

HERE = Path(__file__).parent / "data" / "references" / "heldout14"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "concepto_consejo_estado_sala_consulta_encargo_carrera": 35,
    "convenio_interadministrativo_medellin_edu_sedes_medeinn": 40,
    "resolucion_creg_opcion_tarifaria_usuarios_regulados_2026": 45,
    "sentencia_tribunal_antioquia_accion_popular_andenes_bello": 38,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "concepto_consejo_estado_sala_consulta_encargo_carrera": (34, 1),
    "convenio_interadministrativo_medellin_edu_sedes_medeinn": (31, 9),
    "resolucion_creg_opcion_tarifaria_usuarios_regulados_2026": (37, 8),
    "sentencia_tribunal_antioquia_accion_popular_andenes_bello": (36, 2),
}

_CONCEPTO = "concepto_consejo_estado_sala_consulta_encargo_carrera"
_CONVENIO = "convenio_interadministrativo_medellin_edu_sedes_medeinn"
_CREG = "resolucion_creg_opcion_tarifaria_usuarios_regulados_2026"
_TRIBUNAL = "sentencia_tribunal_antioquia_accion_popular_andenes_bello"

#: (text, phrase) written in the texts and NOT annotated (first occurrence checked)
NEAR_MISSES = [
    (_CONCEPTO, "ley de la oferta y la demanda"),
    (_CONVENIO, "ley de la oferta y la demanda"),
    (_CREG, "ley de la oferta y la demanda"),
    (_TRIBUNAL, "ley de la oferta y la demanda"),
    (_CONVENIO, "artículos de oficina"),
    (_TRIBUNAL, "artículos de oficina"),
    (_CONCEPTO, "el decreto de encargo"),
    (_CONCEPTO, "un decreto o en una comunicación interna"),
    (_CREG, "expedir un decreto ni un nuevo acto"),
    (_CONVENIO, "expedir un decreto, una resolución u otro acto"),
    (_TRIBUNAL, "auto de decreto de pruebas"),
    (_CONCEPTO, "Radicación número: 11001-03-06-000-2026-00214-00 (2631)"),
    (_CREG, "RESOLUCIÓN No. 101 118 DE 2026"),
    (_CREG, "ARTÍCULO 1. OBJETO."),
    (_CREG, "concepto del 3 de octubre de 2026"),
    (_CONVENIO, "CONVENIO INTERADMINISTRATIVO No. 4600104233 DE 2026"),
    (_CONVENIO, "CLÁUSULA SEGUNDA. ALCANCE."),
    (_CONVENIO, "de común acuerdo"),
    (_CONVENIO, 'Plan de Desarrollo Distrital 2024-2027 "Medellín te quiere"'),
    (_TRIBUNAL, "SENTENCIA No. 214"),
    (_TRIBUNAL, "Radicado: 05001-23-33-000-2025-00731-00"),
]

#: (text, span, fields) annotated exactly so (each span once in its gold file, unless REPEATED_SPANS says otherwise)
HARD_CASES = [
    (_CONCEPTO, "Conceptos 2324 de 2017", {"type": "otro", "number": "2324", "year": 2017}),
    (
        _CONCEPTO,
        "concepto con radicación 11001-03-06-000-2021-00056-00 (2465)",
        {"type": "otro", "number": "2465", "year": 2021},
    ),
    (_CONCEPTO, "artículo 2.2.2.5.1 ibídem", {"type": "decreto", "number": "1083", "article": "2.2.2.5.1"}),
    (_CONCEPTO, "artículo 25 del citado Decreto Ley", {"type": "decreto ley", "number": "785", "article": "25"}),
    (
        _CONCEPTO,
        "artículos 2.2.5.3.1 a 2.2.5.3.4 del Decreto 1083 de 2015",
        {"articles": ["2.2.5.3.1", "2.2.5.3.2", "2.2.5.3.3", "2.2.5.3.4"]},
    ),
    (_CONCEPTO, "Sentencia C-034 de 2015", {"number": "C-34", "year": 2015}),
    (
        _CONVENIO,
        "literal c) del numeral 4 del artículo 2 de la Ley 1150 de 2007",
        {"article": "2", "sub": "literal c)"},
    ),
    (_CONVENIO, "Cláusula Quinta", {"scope": "internal", "sub": "cláusula 5"}),
    (_CONVENIO, "cláusula anterior", {"scope": "internal", "relative": "anterior"}),
    (_CONVENIO, "artículos 14 a 18 de la Ley 80 de 1993", {"articles": ["14", "15", "16", "17", "18"]}),
    (_CREG, "Resolución CREG 101 029 de 2026", {"type": "resolución", "number": "101029"}),
    (_CREG, "artículo 74.1 de la misma ley", {"number": "142", "article": "74", "sub": "numeral 74.1"}),
    (_CREG, "Leyes 142", {"type": "ley", "number": "142", "year": 1994}),
    (_CREG, "artículos 2.2.3.2.4.1 y siguientes del mismo decreto", {"number": "1073", "article": "2.2.3.2.4.1"}),
    (_CREG, "inciso primero del presente artículo", {"scope": "internal", "sub": "inciso 1", "relative": "presente"}),
    (_TRIBUNAL, "artículo 144 del CPACA", {"type": "código", "number": None, "article": "144"}),
    (
        _TRIBUNAL,
        "artículos 226 a 228 del Código General del Proceso",
        {"type": "código", "articles": ["226", "227", "228"]},
    ),
    (_TRIBUNAL, "Sentencia SU-1116 de 2001", {"type": "sentencia", "number": "SU-1116"}),
    (
        _TRIBUNAL,
        "sentencia del 9 de agosto de 2018, radicado 05001-23-33-000-2016-01215-01(AP)",
        {"type": "otro", "number": None, "year": 2018},
    ),
    (_TRIBUNAL, "artículos 13 y 47 superiores", {"type": "constitución", "articles": ["13", "47"]}),
]
#: spans that occur more than once in one gold file, with their count
REPEATED_SPANS = {"cláusula anterior": 2}


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
    """Convention 6: spans never start/end with surrounding punctuation, and never end in a period."""
    for d in _refs(name):
        span = d["text"]
        assert not re.match(r"[\s,.;:(\"'“”]", span), d
        assert not re.search(r"[,;:.\"'“”]$", span), d


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_compiler_notes(name):
    """Newly issued, non-compiled documents: no '<…>' notes, so no note flags."""
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
    assert {"ley", "ley estatutaria", "decreto", "decreto ley", "resolución", "acuerdo", "constitución"} <= set(types)
    assert {"código", "sentencia", "otro"} <= set(types)
    assert types["resolución"] >= 10 and types["código"] >= 5 and types["decreto ley"] >= 3
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR decimal articles
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
    texts = {name: load_text(HERE, name) for name in EXPECTED}
    # the brief's genre markers are written where the genre puts them
    assert "CLÁUSULA SEGUNDA" in texts[_CONVENIO] and "la Sala" in texts[_CONCEPTO]
    assert "la presente resolución" in texts[_CREG] and "artículo 88 de la Constitución Política" in texts[_TRIBUNAL]
