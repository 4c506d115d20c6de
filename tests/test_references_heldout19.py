"""Well-formedness of held-out set 19 (tests/data/references/heldout19/): gold normative references, issue #3.

Owns the checks of the annotated data of this set only, and never runs the extractor (the set is SEALED in
tests/data/SEALED until the lead's one blind measurement): pairing of texts and gold files, file hygiene and size, the
gold contract (``refcontract.contract_errors``) and exact offsets ``text[start:end]``, span punctuation hygiene, no
compiler notes, the pinned counts per text (EXPECTED, SCOPES), the share of doubts, the README's consistency with the
gold, the contract's own ``verify.py`` where ../shared exists, the near misses (NEAR_MISSES), the hard cases
(HARD_CASES) and the type mix. The tables have the shape tests/test_reference_sets.py reads from every set's module,
so the set can be added there after its measurement (with FLOORS).
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
from refcontract import contract_errors, file_errors, load_gold, load_text, readme_errors, set_names, verify_failures

HERE = Path(__file__).parent / "data" / "references" / "heldout19"

TRIBUNAL = "sentencia_tribunal_medellin_sala_laboral_pension_vejez_transicion"
TUTELA = "fallo_tutela_juzgado_civil_municipal_bello_salud"
HACIENDA = "resolucion_hacienda_itagui_reconsideracion_ica"
REGLAMENTO = "reglamento_comite_convivencia_laboral_confecciones_aburra"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {TRIBUNAL: 41, TUTELA: 39, HACIENDA: 39, REGLAMENTO: 41}
# Pinned (external, internal) split per text.
SCOPES = {TRIBUNAL: (40, 1), TUTELA: (37, 2), HACIENDA: (36, 3), REGLAMENTO: (34, 7)}

#: (text, phrase) written in the texts and NOT annotated (the phrase's first occurrence overlaps no gold span)
NEAR_MISSES = [
    (TRIBUNAL, "ley de la oferta y la demanda"),
    (TRIBUNAL, "el decreto de pruebas"),
    (TRIBUNAL, "presente Acto Legislativo"),
    (TRIBUNAL, "la sentencia proferida el 12 de mayo de 2026"),
    (TRIBUNAL, "(en adelante CPTSS)"),
    (TRIBUNAL, "radicación 70832"),
    (TRIBUNAL, "Radicado: 05001-31-05-012-2024-00387-01"),
    (TRIBUNAL, "por autoridad de la ley"),
    (TUTELA, "Sentencia de tutela No. 214"),
    (TUTELA, "el decreto de la medida"),
    (TUTELA, "artículos de aseo personal"),
    (TUTELA, "ley de la oferta y la demanda"),
    (TUTELA, "Plan de Beneficios en Salud"),
    (HACIENDA, "RESOLUCIÓN No. 2026-00871"),
    (HACIENDA, "Liquidación Oficial de Revisión No. LOR-0456"),
    (HACIENDA, "artículos de oficina"),
    (HACIENDA, "ley de la oferta y la demanda"),
    (HACIENDA, "el decreto oficioso de pruebas"),
    (HACIENDA, "(en adelante ETM)"),
    (HACIENDA, "radicado 05001-23-33-000-2016-02181-01"),
    (HACIENDA, "ARTÍCULO PRIMERO."),
    (HACIENDA, "la presente resolución"),
    (REGLAMENTO, "REGLAMENTO INTERNO DEL COMITÉ DE CONVIVENCIA LABORAL"),
    (REGLAMENTO, "CAPÍTULO III"),
    (REGLAMENTO, "ARTÍCULO 7. FUNCIONES DEL COMITÉ."),
    (REGLAMENTO, "artículos de oficina"),
    (REGLAMENTO, "expide decretos de ninguna clase"),
    (REGLAMENTO, "ley de la oferta y la demanda"),
    (REGLAMENTO, "el presente reglamento"),
    (REGLAMENTO, "por mutuo acuerdo"),
]

#: (text, span, fields) annotated exactly so (each span occurs once in its gold file)
HARD_CASES = [
    (TRIBUNAL, "sentencia CSJ SL1947-2020", {"type": "sentencia", "number": "SL-1947", "year": 2020}),
    (TRIBUNAL, "parágrafo transitorio 4 del artículo 48 superior", {"type": "constitución", "article": "48"}),
    (TRIBUNAL, "parágrafo transitorio 4 del Acto Legislativo 01 de 2005", {"number": "1", "article": None}),
    (TRIBUNAL, "artículos 151 del CPTSS", {"type": "código", "article": "151"}),
    (TRIBUNAL, "488 del Código Sustantivo del Trabajo", {"type": "código", "article": "488"}),
    (TRIBUNAL, "artículo 66A del CPTSS", {"article": "66A"}),
    (TRIBUNAL, "Decreto 758 del mismo año", {"number": "758", "year": 1990}),
    (TRIBUNAL, "artículo 9 ibídem", {"number": "797", "year": 2003}),
    (TRIBUNAL, "sentencia del 22 de julio de 2008", {"type": "otro", "number": None, "year": 2008}),
    (TRIBUNAL, "numeral 3 de los antecedentes de la presente providencia", {"scope": "internal", "sub": "numeral 3"}),
    (TUTELA, "artículo 86 superior", {"type": "constitución", "article": "86"}),
    (
        TUTELA,
        "numeral 1 del artículo 2.2.3.1.2.1 del Decreto 1069 de 2015",
        {"article": "2.2.3.1.2.1", "sub": "numeral 1"},
    ),
    (TUTELA, "numeral 2 del artículo 42 de ese decreto", {"number": "2591", "article": "42"}),
    (TUTELA, "T-014 de 2017", {"number": "T-14", "year": 2017}),
    (TUTELA, "literales a) a f) del artículo 15 de la Ley Estatutaria", {"number": "1751", "sub": "literales a) a f)"}),
    (TUTELA, "Resolución 1885 de 2018", {"type": "resolución", "number": "1885"}),
    (HACIENDA, "artículos 720, 722 y 730 del Estatuto Tributario", {"articles": ["720", "722", "730"]}),
    (HACIENDA, "numerales 1, 2 y 4 del artículo citado", {"type": "estatuto", "article": "722"}),
    (HACIENDA, "artículos 1.6.1.4.2 a 1.6.1.4.4 del mismo decreto", {"number": "1625", "article": "1.6.1.4.2"}),
    (HACIENDA, "artículo 771-5 del citado ordenamiento tributario", {"type": "estatuto", "article": "771-5"}),
    (HACIENDA, "sentencia del 26 de noviembre de 2020", {"type": "otro", "number": None, "year": 2020}),
    (HACIENDA, "artículo anterior", {"scope": "internal", "relative": "anterior"}),
    (HACIENDA, "artículo 415 del ETM", {"type": "estatuto", "number": None}),
    (REGLAMENTO, "Resoluciones 652", {"type": "resolución", "number": "652", "year": 2012}),
    (REGLAMENTO, "capítulo III de este reglamento", {"scope": "internal", "sub": "capítulo III", "article": None}),
    (REGLAMENTO, "artículos 3, 4, 9 y 14 de la Resolución 652 de 2012", {"articles": ["3", "4", "9", "14"]}),
    (REGLAMENTO, "literales a) a n) del artículo 7 de la misma ley", {"number": "1010", "article": "7"}),
    (REGLAMENTO, "numeral 7 del artículo 2.2.4.6.8 del Decreto 1072 de 2015", {"article": "2.2.4.6.8"}),
    (REGLAMENTO, "artículo siguiente", {"scope": "internal", "relative": "siguiente"}),
]


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
    refs = load_gold(HERE, name)
    assert len(refs) == EXPECTED[name]
    scopes = collections.Counter(r["scope"] for r in refs)
    assert (scopes["external"], scopes["internal"]) == SCOPES[name]
    assert contract_errors(text, refs) == []
    assert all(text[r["start"] : r["end"]] == r["text"] for r in refs)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_span_punctuation_hygiene(name):
    """Convention 6: spans never start/end with surrounding punctuation (no span of this set ends in a period)."""
    for d in load_gold(HERE, name):
        span = d["text"]
        assert not re.match(r"[\s,.;:(\"'“”]", span), d
        assert not re.search(r"[,;:.\"'“”]$", span), d


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_compiler_notes(name):
    """Newly written, non-compiled documents: no '<…>' notes, so no note flags."""
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


def test_set_is_sealed():
    """The lead's SEALED file lists this set, so `regdesign eval` leaves it out until its blind measurement."""
    sealed = (HERE.parent.parent / "SEALED").read_text(encoding="utf-8").splitlines()
    assert "tests/data/references/heldout19" in sealed


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
    assert {"ley", "ley estatutaria", "decreto", "resolución", "acuerdo", "acto legislativo"} <= set(types)
    assert {"constitución", "código", "estatuto", "sentencia", "otro"} <= set(types)
    assert types["resolución"] >= 10 and types["estatuto"] >= 10 and types["sentencia"] >= 10
    assert sum(1 for r in refs if "articles" in r) >= 8
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 5  # DUR decimal articles
    assert sum(1 for r in refs if r["article"] and "-" in r["article"]) >= 3  # Estatuto Tributario 771-2, 771-5
    assert any(r["number"] and r["number"].startswith("SL-") for r in refs)  # Sala de Casación Laboral ids
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior", "siguiente"} <= set(relatives)
