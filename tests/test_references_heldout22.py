"""Well-formedness of held-out set 22 (tests/data/references/heldout22/): gold normative references, issue #3.

Owns checks of the annotated data only, never of the extractor: the set is sealed (tests/data/SEALED) until the lead
measures it once. Until the set is registered in tests/test_reference_sets.py, this module also runs the checks every
set must pass (pairing of texts and gold files, file hygiene and size, pinned counts and (external, internal) split, the
gold contract's checks with exact offsets ``text[start:end]``, span hygiene, no compiler notes, share of doubts, the
README's consistency with the gold, the contract's own ``verify.py`` where ../shared exists), plus what is particular to
this set: near misses, hard cases and type mix. ``HERE``, ``EXPECTED``, ``SCOPES``, ``NEAR_MISSES`` and ``HARD_CASES``
have the shape tests/test_reference_sets.py reads; there are no ``FLOORS`` (no measurement yet).
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

HERE = Path(__file__).parent / "data" / "references" / "heldout22"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "acuerdo_concejo_bello_modificacion_pot": 37,
    "resolucion_snr_recurso_apelacion_nota_devolutiva": 31,
    "sentencia_ce_seccion_quinta_nulidad_electoral_concejal_envigado": 41,
    "sentencia_comision_seccional_disciplina_judicial_abogado": 32,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "acuerdo_concejo_bello_modificacion_pot": (30, 7),
    "resolucion_snr_recurso_apelacion_nota_devolutiva": (29, 2),
    "sentencia_ce_seccion_quinta_nulidad_electoral_concejal_envigado": (35, 6),
    "sentencia_comision_seccional_disciplina_judicial_abogado": (31, 1),
}

_CE = "sentencia_ce_seccion_quinta_nulidad_electoral_concejal_envigado"
_SNR = "resolucion_snr_recurso_apelacion_nota_devolutiva"
_BELLO = "acuerdo_concejo_bello_modificacion_pot"
_CSDJ = "sentencia_comision_seccional_disciplina_judicial_abogado"

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_CE, "ley de la oferta y la demanda"),
    (_BELLO, "ley de la oferta y la demanda"),
    (_CSDJ, "ley de la oferta y la demanda"),
    (_SNR, "artículos de oficina"),
    (_BELLO, "artículos de oficina"),
    (_CSDJ, "artículos de oficina"),
    (_CE, "el decreto de pruebas"),
    (_CE, "el decreto de nombramiento"),
    (_CSDJ, "el decreto de pruebas"),
    (_BELLO, "mediante decreto"),
    (_BELLO, "ese decreto"),
    (_BELLO, "de acuerdo con"),
    (_CE, "(en adelante CPACA)"),
    (_CE, "la sentencia apelada"),
    (_CE, "la presente providencia"),
    (_CE, '"ARTÍCULO 43. INHABILIDADES.'),
    (_SNR, "RESOLUCIÓN NÚMERO 04127 DE 2026"),
    (_SNR, "ARTÍCULO PRIMERO."),
    (_SNR, "Escritura Pública número 3.318"),
    (_BELLO, "ACUERDO No. 014 DE 2026"),
    (_BELLO, '"PARÁGRAFO 2.'),
    (_CSDJ, "auto del 5 de octubre de 2024"),
    (_CSDJ, "Registro Nacional de Abogados"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (_CE, "numeral 4 del artículo 43 de la Ley 136 de 1994", {"number": "136", "article": "43", "sub": "numeral 4"}),
    (_CE, "numeral 5 del artículo 275 del CPACA", {"type": "código", "number": None, "sub": "numeral 5"}),
    (_CE, "numeral 8 del mismo artículo 275", {"type": "código", "article": "275", "sub": "numeral 8"}),
    (_CE, "Sentencias C-015 de 2004", {"type": "sentencia", "number": "C-15", "year": 2004}),
    (_CE, "C-903 de 2008", {"type": "sentencia", "number": "C-903", "year": 2008}),
    (_CE, "Sentencia SU-625 de 2015", {"number": "SU-625"}),
    (
        _CE,
        "sentencia del 7 de junio de 2016, radicado 11001-03-28-000-2015-00051-00",
        {"type": "otro", "number": None, "year": 2016},
    ),
    (_CE, "artículos 188 a 190 de la Ley 136 de 1994", {"articles": ["188", "189", "190"]}),
    (_CE, "numerales 5 y 8 del artículo 275 de este Código", {"scope": "internal", "article": "275"}),
    (_CE, "numeral anterior", {"scope": "internal", "relative": "anterior"}),
    (_CE, "artículo 13 del Acuerdo 080 de 2019", {"type": "acuerdo", "number": "80", "article": "13"}),
    (_SNR, "artículos 74 a 80 de la Ley 1437 de 2011", {"articles": ["74", "75", "76", "77", "78", "79", "80"]}),
    (
        _SNR,
        "artículos 2.2.6.1.2.1.6 a 2.2.6.1.2.1.8 ibídem",
        {"number": "1069", "articles": ["2.2.6.1.2.1.6", "2.2.6.1.2.1.7", "2.2.6.1.2.1.8"]},
    ),
    (_SNR, "artículo 1857 del mismo código", {"type": "código", "number": None, "article": "1857"}),
    (_SNR, "parágrafo del artículo 22 de la misma ley", {"number": "1579", "sub": "parágrafo"}),
    (_SNR, "Instrucción Administrativa 05 de 2022", {"type": "otro", "number": "5"}),
    (_SNR, "inciso anterior", {"scope": "internal", "relative": "anterior", "sub": "inciso"}),
    (
        _BELLO,
        "artículos 212, 215 y 230 a 233",
        {"number": "33", "articles": ["212", "215", "230", "231", "232", "233"]},
    ),
    (_BELLO, "Acuerdo de 2009", {"type": "acuerdo", "number": None, "year": 2009}),
    (_BELLO, "parágrafo anterior", {"scope": "internal", "relative": "anterior"}),
    (_BELLO, "numeral 4 del artículo 15 de la misma ley", {"number": "388", "article": "15", "sub": "numeral 4"}),
    (_CSDJ, "artículo 257A de la Constitución Política", {"type": "constitución", "article": "257A"}),
    (_CSDJ, "Acto Legislativo 02 de 2015", {"type": "acto legislativo", "number": "2", "year": 2015}),
    (_CSDJ, "literal c) del numeral 4 del artículo 35 ibídem", {"number": "1123", "sub": "literal c)"}),
    (_CSDJ, "literal anterior", {"scope": "internal", "relative": "anterior"}),
    (
        _CSDJ,
        "artículos 35, numeral 4, y 37, numeral 1, de la Ley 1123 de 2007",
        {"articles": ["35", "37"], "sub": "numeral 4"},
    ),
]
#: spans that occur more than once in one text and are all annotated alike
REPEATED_SPANS = {
    "numeral 4 del artículo 43 de la Ley 136 de 1994": 3,
    "numeral 5 del artículo 275 del CPACA": 2,
}


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
    """Convention 6: spans never start/end with surrounding punctuation; no span of this set ends in a period."""
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
    refs = _all_refs()
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


def test_readme_type_counts_match_gold():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    line = next(line for line in readme.splitlines() if line.startswith("External types:"))
    paragraph = readme[readme.index(line) :].split("\n\n")[0].replace("\n", " ")
    types = collections.Counter(r["type"] for r in _all_refs() if r["scope"] == "external")
    for type_, count in types.items():
        assert f"{type_} {count}" in paragraph, type_


def test_set_is_sealed():
    """The lead's SEALED file lists this set, so `regdesign eval` leaves it out until it is measured."""
    sealed = (Path(__file__).parent / "data" / "SEALED").read_text(encoding="utf-8").splitlines()
    assert "tests/data/references/heldout22" in sealed


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
    refs = _all_refs()
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "acuerdo", "constitución", "código", "estatuto", "sentencia", "otro"} <= set(types)
    assert {"acto legislativo", "resolución"} <= set(types)
    assert types["acuerdo"] >= 10 and types["código"] >= 10 and types["sentencia"] >= 5
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 5  # DUR decimal articles
    assert any(r["article"] == "257A" for r in refs)
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
    assert sum(1 for r in refs if re.search(r"(?i)ib[íi]dem|mism[oa]|citad[oa]", r["text"])) >= 10  # anaphora
