"""Well-formedness of held-out set 20 (tests/data/references/heldout20/): gold normative references, issue #3.

Owns only checks of the annotated data itself: pairing of texts and gold files, file hygiene and size, the gold
contract (``tests/refcontract.py``), exact offsets ``text[start:end]``, span hygiene, the absence of compiler notes,
pinned counts per text (EXPECTED, SCOPES), the README's consistency with the gold, near misses left unannotated,
documented hard cases and the type mix. It never runs the extractor: the set is SEALED (tests/data/SEALED) until the
lead measures it once, blind; the floors of the extractor's F1 belong to the lead's measurement, not to this module.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
from refcontract import contract_errors, file_errors, load_gold, load_text, readme_errors, set_names, verify_failures

HERE = Path(__file__).parent / "data" / "references" / "heldout20"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "reglamento_estudiantil_universidad_publica_acuerdo_superior": 32,
    "resolucion_cne_informe_ingresos_gastos_campana_2026": 36,
    "resolucion_supertransporte_sancion_empresa_buses_2026": 35,
    "sentencia_juzgado_penal_circuito_aprobacion_preacuerdo": 29,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "reglamento_estudiantil_universidad_publica_acuerdo_superior": (22, 10),
    "resolucion_cne_informe_ingresos_gastos_campana_2026": (32, 4),
    "resolucion_supertransporte_sancion_empresa_buses_2026": (33, 2),
    "sentencia_juzgado_penal_circuito_aprobacion_preacuerdo": (26, 3),
}

_REGL = "reglamento_estudiantil_universidad_publica_acuerdo_superior"
_CNE = "resolucion_cne_informe_ingresos_gastos_campana_2026"
_ST = "resolucion_supertransporte_sancion_empresa_buses_2026"
_PEN = "sentencia_juzgado_penal_circuito_aprobacion_preacuerdo"

#: (text, phrase) written in the texts and NOT annotated (first occurrence checked)
NEAR_MISSES = [
    (_ST, "RESOLUCIÓN No. 20265330014785 DE 2026"),
    (_ST, "ley de la oferta y la demanda"),
    (_ST, "el decreto de pruebas"),
    (_ST, "decreto alguno"),
    (_ST, "Informe Único de Infracciones al Transporte No. 15467"),
    (_ST, "ARTÍCULO PRIMERO. DECLARAR"),
    (_ST, "la presente resolución"),
    (_PEN, "Sentencia No. 087"),
    (_PEN, "Radicación (CUI): 05088 60 00201 2025 01234"),
    (_PEN, "artículos personales"),
    (_PEN, "ley de la oferta y la demanda"),
    (_PEN, "por autoridad de la ley"),
    (_CNE, "RESOLUCIÓN No. 4231 DE 2026"),
    (_CNE, "formularios 5B, 6B y 7B"),
    (_CNE, "ley de la oferta y la demanda"),
    (_CNE, "un decreto de gasto público"),
    (_CNE, "Acta 058"),
    (_REGL, "ACUERDO SUPERIOR No. 512 DE 2026"),
    (_REGL, "de acuerdo con la ley"),
    (_REGL, "El presente reglamento"),
    (_REGL, "PARÁGRAFO 2."),
    (_REGL, "CAPÍTULO IV\nRÉGIMEN DISCIPLINARIO"),
    (_REGL, "artículos de oficina"),
    (_REGL, "decreto de pruebas"),
    (_REGL, "El presente Acuerdo"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (_ST, "parágrafo del artículo 46 ibídem", {"number": "336", "article": "46", "sub": "parágrafo"}),
    (
        _ST,
        "artículos 2.2.1.8.3.1 a 2.2.1.8.3.3 del mismo decreto",
        {"number": "1079", "articles": ["2.2.1.8.3.1", "2.2.1.8.3.2", "2.2.1.8.3.3"]},
    ),
    (_ST, "literal a) del parágrafo del artículo 46 de la Ley 336 de 1996", {"article": "46", "sub": "literal a)"}),
    (_ST, "Sentencia C-030 de 2012", {"type": "sentencia", "number": "C-30", "year": 2012}),
    (_ST, "C-699 de 2015", {"type": "sentencia", "number": "C-699", "year": 2015}),
    (_ST, "artículo anterior", {"scope": "internal", "relative": "anterior"}),
    (_ST, "Resolución 20223040045295 de 2022", {"type": "resolución", "number": "20223040045295"}),
    (_PEN, "inciso cuarto del mismo artículo", {"number": "906", "article": "351", "sub": "inciso 4"}),
    (_PEN, "CSJ SP2073-2020, rad. 52227", {"type": "sentencia", "number": "SP-2073", "year": 2020}),
    (_PEN, "Sentencia SU-479 de 2019", {"number": "SU-479"}),
    (
        _PEN,
        "artículos 239, 240 numeral 2 y 241 numeral 10 del Código Penal",
        {"type": "código", "articles": ["239", "240", "241"], "sub": "numeral 2"},
    ),
    (_PEN, "dicho artículo", {"type": "código", "article": "349"}),
    (_PEN, "numeral anterior", {"scope": "internal", "relative": "anterior"}),
    (_PEN, "artículo 68A del Código Penal", {"article": "68A"}),
    (_CNE, "01 de 2009", {"type": "acto legislativo", "number": "1", "year": 2009}),
    (_CNE, "misma ley estatutaria", {"type": "ley estatutaria", "number": "1909", "year": 2018}),
    (_CNE, "numerales 1 y 2 del artículo 12 de la misma ley", {"number": "1475", "sub": "numerales 1 y 2"}),
    (_CNE, "Decreto 2241 de 1986, Código Electoral", {"type": "decreto", "number": "2241"}),
    (_CNE, "artículo 183 del Código Electoral", {"type": "código", "number": None}),
    (_CNE, "parágrafo del artículo segundo de la presente resolución", {"scope": "internal", "article": "2"}),
    (_REGL, "capítulo IV de este reglamento", {"scope": "internal", "sub": "capítulo IV"}),
    (_REGL, "parágrafo anterior", {"relative": "anterior", "sub": "parágrafo"}),
    (_REGL, "artículos 2.5.3.2.3.2.1 y siguientes", {"number": "1075", "article": "2.5.3.2.3.2.1"}),
    (_REGL, "artículo 2.5.3.2.3.2.6 ibídem", {"type": "decreto", "number": "1075"}),
    (_REGL, "literales d) y e) del mismo artículo", {"scope": "internal", "article": "22"}),
    (_REGL, "388 de 2016", {"type": "acuerdo", "number": "388", "year": 2016}),
    (_REGL, "Acuerdo Superior 01 de 1997", {"type": "acuerdo", "number": "1", "year": 1997}),
]
#: spans that are annotated more than once, with their count
REPEATED_SPANS = {"Acuerdo Superior 01 de 1997": 2}

NAMES = sorted(EXPECTED)


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
    """Convention 6: spans never start/end with surrounding punctuation, and never end in a period."""
    for d in load_gold(HERE, name):
        span = d["text"]
        assert not re.match(r"[\s,.;:(\"'“”]", span), d
        assert not re.search(r"[,;:.\"'“”]$", span), d


@pytest.mark.parametrize("name", NAMES)
def test_no_compiler_notes(name):
    """Newly issued documents, not Senate compilations: no '<…>' notes, so no note flags."""
    assert "<" not in load_text(HERE, name)
    assert not any("note" in d for d in load_gold(HERE, name))


def test_size_and_share_of_doubts():
    refs = [r for name in NAMES for r in load_gold(HERE, name)]
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
    assert len(matches) == REPEATED_SPANS.get(span, 1)
    assert all({k: m.get(k) for k in fields} == fields for m in matches)


def test_type_mix():
    refs = [r for name in NAMES for r in load_gold(HERE, name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "decreto", "resolución", "acuerdo", "acto legislativo"} <= set(types)
    assert {"constitución", "código", "sentencia", "otro"} <= set(types)
    assert types["sentencia"] >= 5 and types["resolución"] >= 5 and types["acuerdo"] >= 3
    assert sum(1 for r in refs if "articles" in r) >= 8
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 4  # DUR decimal articles
    sentencias = [r["number"] for r in refs if r["type"] == "sentencia"]
    assert any(n.startswith("SU-") for n in sentencias) and any(n.startswith("SP-") for n in sentencias)
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
