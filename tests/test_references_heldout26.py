"""Well-formedness of held-out set 26 (tests/data/references/heldout26/): gold normative references, issue #3.

Owns the checks of this set's annotated data only — it never runs the extractor (the set is SEALED until the lead
measures it once): pairing of texts and gold files, file hygiene and size, the gold contract's checks and exact offsets
(``text[start:end]``), span hygiene, no compiler notes, the pinned counts per text (EXPECTED, SCOPES), the share of
doubts, the README's consistency with the gold, near misses, hard cases and the type mix. It exposes the same tables
as the other held-out modules (``HERE``, ``EXPECTED``, ``SCOPES``, ``NEAR_MISSES``, ``HARD_CASES``) so that
tests/test_reference_sets.py can take the set in; the measurement floors (``FLOORS``) are left to the lead.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
from refcontract import (
    TYPES,
    contract_errors,
    file_errors,
    load_gold,
    load_text,
    readme_errors,
    set_names,
    verify_failures,
)

HERE = Path(__file__).parent / "data" / "references" / "heldout26"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "acta_liquidacion_bilateral_contrato_obra_publica_caldas": 29,
    "circular_externa_sfc_proteccion_consumidor_financiero_2026": 34,
    "reglamento_interno_trabajo_logistica_andina_sas": 39,
    "sentencia_ce_seccion_cuarta_predial_valorizacion_envigado": 41,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "acta_liquidacion_bilateral_contrato_obra_publica_caldas": (26, 3),
    "circular_externa_sfc_proteccion_consumidor_financiero_2026": (29, 5),
    "reglamento_interno_trabajo_logistica_andina_sas": (33, 6),
    "sentencia_ce_seccion_cuarta_predial_valorizacion_envigado": (38, 3),
}

_ACTA = "acta_liquidacion_bilateral_contrato_obra_publica_caldas"
_CIRC = "circular_externa_sfc_proteccion_consumidor_financiero_2026"
_RIT = "reglamento_interno_trabajo_logistica_andina_sas"
_SENT = "sentencia_ce_seccion_cuarta_predial_valorizacion_envigado"

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_SENT, "ley de la oferta y la demanda"),
    (_CIRC, "ley de la oferta y la demanda"),
    (_RIT, "ley de la oferta y la demanda"),
    (_ACTA, "ley de la oferta y la demanda"),
    (_SENT, "artículos de oficina"),
    (_CIRC, "artículos de oficina"),
    (_RIT, "artículos de oficina"),
    (_SENT, "el decreto de pruebas"),
    (_CIRC, "por decreto de esta entidad"),
    (_CIRC, "un decreto adicional"),
    (_RIT, "decreto interno alguno"),
    (_ACTA, "decreto de ajuste presupuestal"),
    (_CIRC, "CIRCULAR EXTERNA 031 DE 2026"),
    (_RIT, "ARTÍCULO 13."),
    (_RIT, "CAPÍTULO VII\nESCALA DE FALTAS"),
    (_ACTA, "cláusula décima del contrato"),
    (_ACTA, "cláusula sexta"),
    (_SENT, "La presente providencia"),
    (_CIRC, "Cartas Circulares"),
    (_SENT, "el acuerdo que la decreta"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (
        _SENT,
        "artículos 18, 19 y 22 del Acuerdo 030 de 2017",
        {"type": "acuerdo", "number": "30", "articles": ["18", "19", "22"]},
    ),
    (_SENT, "Decreto 624 de 1989", {"type": "decreto", "number": "624", "year": 1989}),
    (_SENT, "artículo 648 ibídem", {"type": "estatuto", "article": "648"}),
    (_SENT, "parágrafo 2 del mismo artículo", {"type": "acuerdo", "article": "19", "sub": "parágrafo 2"}),
    (_SENT, "C-304 de 2019", {"type": "sentencia", "number": "C-304", "year": 2019}),
    (_SENT, "sentencia del 11 de febrero de 2021, exp. 24871", {"type": "otro", "number": "24871", "year": 2021}),
    (_SENT, "numeral anterior", {"scope": "internal", "relative": "anterior"}),
    (_CIRC, "literales c), d) y h) del artículo 7 ibídem", {"number": "1328", "sub": "literales c), d) y h)"}),
    (
        _CIRC,
        "literal a) del numeral 3 del artículo 326 del Estatuto Orgánico del Sistema Financiero",
        {"sub": "literal a)"},
    ),
    (
        _CIRC,
        "numeral 2.1 del Capítulo I del Título III de la Parte I de la Circular Básica Jurídica",
        {"type": "circular", "number": None, "sub": "numeral 2.1"},
    ),
    (_CIRC, "Circular Externa 008 de 2017", {"type": "circular", "number": "8"}),
    (_CIRC, "artículo 2.35.1.2.1 del mismo Decreto", {"number": "2555", "article": "2.35.1.2.1"}),
    (_CIRC, "numerales 2.1 a 2.3 de esta circular", {"scope": "internal", "sub": "numerales 2.1 a 2.3"}),
    (_RIT, "artículos 76 a 80 del Código Sustantivo del Trabajo", {"articles": ["76", "77", "78", "79", "80"]}),
    (_RIT, "artículos 2.2.4.6.1 y siguientes del Decreto 1072 de 2015", {"article": "2.2.4.6.1"}),
    (_RIT, "este artículo", {"scope": "internal", "relative": "presente"}),
    (_RIT, "Capítulo VII del presente reglamento", {"scope": "internal", "sub": "Capítulo VII"}),
    (_RIT, "numerales 1, 2 y 6", {"type": "código", "article": "60"}),
    (_ACTA, "artículos 60 y 61 de la Ley 80 de 1993", {"articles": ["60", "61"]}),
    (_ACTA, "artículo 217 del Decreto Ley 019 de 2012", {"type": "decreto ley", "number": "19"}),
    (_ACTA, "inciso 3 del mismo artículo 11", {"number": "1150", "article": "11", "sub": "inciso 3"}),
    (_ACTA, "artículo 141 ibídem", {"number": "1437", "year": 2011}),
]


def _all_refs() -> list[dict]:
    return [r for name in EXPECTED for r in load_gold(HERE, name)]


def test_every_text_has_a_gold_file_and_vice_versa():
    texts, golds = set_names(HERE)
    assert texts == golds == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_file_encoding_and_size(name):
    assert file_errors(HERE, name) == []
    assert 5000 <= len(load_text(HERE, name)) <= 9000


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_gold_lines_are_well_formed_and_pinned(name):
    text = load_text(HERE, name)
    refs = load_gold(HERE, name)
    assert len(refs) == EXPECTED[name]
    scopes = collections.Counter(r["scope"] for r in refs)
    assert (scopes["external"], scopes["internal"]) == SCOPES[name]
    assert contract_errors(text, refs) == []
    assert all(text[r["start"] : r["end"]] == r["text"] for r in refs)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_span_punctuation_hygiene_and_no_notes(name):
    assert "<" not in load_text(HERE, name)
    for d in load_gold(HERE, name):
        span = d["text"]
        assert not re.match(r"[\s,.;:(\"'“”]", span), d
        assert not re.search(r"[,;:.\"'“”]$", span), d
        assert "note" not in d, d


def test_share_of_doubts():
    refs = _all_refs()
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
        assert cells == [
            f"{len(load_text(HERE, name)):,}",
            str(len(refs)),
            str(ext),
            str(len(refs) - ext),
            str(sum(1 for r in refs if r["article"])),
            str(sum(1 for r in refs if "articles" in r)),
            str(sum(1 for r in refs if "sub" in r)),
            str(sum(1 for r in refs if "doubt" in r)),
        ], name


def test_readme_type_counts_match_gold():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    paragraph = " ".join(readme[readme.index("External types:") :].split("\n\n")[0].split())
    type_re = re.compile(r"\b(" + "|".join(map(re.escape, sorted(TYPES, key=len, reverse=True))) + r") (\d+)\b")
    written: collections.Counter[str] = collections.Counter()
    for m in type_re.finditer(paragraph):
        written[m.group(1)] += int(m.group(2))
    assert written == collections.Counter(r["type"] for r in _all_refs() if r["scope"] == "external")


@pytest.mark.parametrize("name, phrase", NEAR_MISSES)
def test_near_misses_present_and_not_annotated(name, phrase):
    text = load_text(HERE, name)
    spans = [(r["start"], r["end"]) for r in load_gold(HERE, name)]
    hits = [m.start() for m in re.finditer(re.escape(phrase), text)]
    assert hits, phrase
    for at in hits:
        assert not any(s < at + len(phrase) and at < e for s, e in spans), (phrase, at)


@pytest.mark.parametrize("name, span, fields", HARD_CASES)
def test_hard_cases_are_annotated_as_documented(name, span, fields):
    matches = [r for r in load_gold(HERE, name) if r["text"] == span]
    assert matches, span
    assert all(r.get(key) == value for r in matches for key, value in fields.items()), matches


def test_type_mix():
    refs = _all_refs()
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "decreto ley", "código", "estatuto", "acuerdo", "circular", "sentencia", "otro"} <= set(
        types
    )
    assert {"constitución", "resolución"} <= set(types)
    assert types["código"] >= 10 and types["acuerdo"] >= 5 and types["circular"] >= 3
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR decimal articles
    assert max(len(r.get("articles", ())) for r in refs) >= 20  # "artículos 104 a 125" expanded
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)


def test_shared_verify_script_accepts_every_pair(shared_corpus):
    """The contract's own verify.py (only where ../shared exists) must accept every pair."""
    assert verify_failures(shared_corpus, HERE, EXPECTED) == []
