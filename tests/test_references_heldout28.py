"""Well-formedness of held-out set 28 (tests/data/references/heldout28/): gold normative references, issue #3.

Owns the checks of this set's annotated data, and ONLY of the data (the set is sealed, see tests/data/SEALED, until the
lead measures the extractor on it once; this module never runs the extractor): pairing of texts and gold files, file
hygiene and size, the gold contract (``refcontract.contract_errors``) with exact offsets ``text[start:end]``, counts
pinned per text (EXPECTED, SCOPES), span hygiene, no compiler notes, the share of doubts, the README's consistency with
the gold, the contract's own ``verify.py`` where ../shared exists, near misses, hard cases and the type mix. The tables
(HERE, EXPECTED, SCOPES, NEAR_MISSES, HARD_CASES, REPEATED_SPANS) have the same shape as the other sets' modules so
that tests/test_reference_sets.py can take the set over after its measurement.
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

HERE = Path(__file__).parent / "data" / "references" / "heldout28"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "acuerdo_cnsc_convocatoria_concurso_meritos_antioquia": 42,
    "estatutos_cooperativa_ahorro_credito_coomedellin": 37,
    "resolucion_men_registro_calificado_ingenieria_datos": 30,
    "sentencia_tribunal_antioquia_accion_grupo_inundacion_la_clara": 34,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "acuerdo_cnsc_convocatoria_concurso_meritos_antioquia": (39, 3),
    "estatutos_cooperativa_ahorro_credito_coomedellin": (31, 6),
    "resolucion_men_registro_calificado_ingenieria_datos": (26, 4),
    "sentencia_tribunal_antioquia_accion_grupo_inundacion_la_clara": (33, 1),
}

_SENT = "sentencia_tribunal_antioquia_accion_grupo_inundacion_la_clara"
_RES = "resolucion_men_registro_calificado_ingenieria_datos"
_ACU = "acuerdo_cnsc_convocatoria_concurso_meritos_antioquia"
_EST = "estatutos_cooperativa_ahorro_credito_coomedellin"

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    (_SENT, "ley de la oferta y la demanda"),
    (_RES, "ley de la oferta y la demanda"),
    (_ACU, "ley de la oferta y la demanda"),
    (_RES, "artículos de oficina"),
    (_ACU, "artículos de oficina"),
    (_EST, "artículos de oficina"),
    (_SENT, "El decreto de pruebas"),
    (_ACU, "Ningún decreto de la Gobernación"),
    (_EST, "El decreto de nombramiento"),
    (_SENT, "la presente sentencia"),
    (_RES, "Notificar la presente resolución"),
    (_ACU, "el presente Acuerdo"),
    (_EST, "los presentes estatutos"),
    (_EST, "Las reformas de estos estatutos"),
    (_SENT, "SENTENCIA No. 212"),
    (_RES, "RESOLUCIÓN No. 018734 DE 27 NOV 2026"),
    (_ACU, "ACUERDO No. 0347 DE 2026"),
    (_ACU, "Proceso de Selección No. 2811 de 2026"),
    (_ACU, "ARTÍCULO 1. CONVOCATORIA."),
    (_EST, "CAPÍTULO XI\nDISOLUCIÓN Y LIQUIDACIÓN"),
    (_RES, "Código SNIES"),
    (_RES, "modificar sus estatutos"),
    (_EST, "acta de constitución"),
    (_EST, "Acta No. 41 de 2019"),
    (_SENT, "de acuerdo con"),
    (_ACU, "su Anexo"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (_SENT, "artículos 46 a 68 de la Ley 472 de 1998", {"article": "46", "number": "472", "year": 1998}),
    (_SENT, "artículo 63 de aquella ley", {"number": "472", "article": "63"}),
    (_SENT, "numerales 2 y 3 del mismo artículo", {"article": "65", "sub": "numerales 2 y 3"}),
    (_SENT, "literal h) del numeral 2 del artículo 164 del CPACA", {"type": "código", "sub": "literal h)"}),
    (_SENT, "sentencia de unificación del 28 de agosto de 2014, radicado 26251", {"type": "otro", "number": None}),
    (_SENT, "numeral anterior", {"scope": "internal", "relative": "anterior"}),
    (_RES, "numerales 1 a 9 del referido artículo", {"number": "1188", "article": "2", "sub": "numerales 1 a 9"}),
    (_RES, "artículos 3 a 6", {"type": "resolución", "number": "21795"}),
    (_RES, "artículo primero de la presente resolución", {"scope": "internal", "article": "1"}),
    (_RES, "artículo 2.5.3.2.3.2.1 ibídem", {"number": "1075", "article": "2.5.3.2.3.2.1"}),
    (_ACU, "inciso tercero del mismo artículo", {"type": "constitución", "article": "125", "sub": "inciso 3"}),
    (_ACU, "C-588 de 2009", {"type": "sentencia", "number": "C-588", "year": 2009}),
    (_ACU, "artículo 12", {"type": "decreto ley", "number": "760"}),
    (_ACU, "Capítulo II del Acuerdo 0017 de 2026", {"number": "17", "sub": "Capítulo II", "article": None}),
    (_EST, "Capítulo VII del Título II de la Circular Básica Jurídica", {"type": "circular", "number": None}),
    (_EST, "artículo 205 ibídem", {"type": "código", "article": "205"}),
    (_EST, "artículos 2.11.7.1.1 y siguientes del Decreto 1068 de 2015", {"article": "2.11.7.1.1"}),
    (_EST, "numeral 1 del presente artículo", {"scope": "internal", "relative": "presente", "article": None}),
    (_EST, "artículo anterior", {"scope": "internal", "relative": "anterior"}),
]
#: spans that are annotated more than once in their text (HARD_CASES expects exactly one match otherwise)
REPEATED_SPANS = {"artículo anterior": 2}


def _refs(name: str) -> list[dict]:
    return load_gold(HERE, name)


def test_every_text_has_a_gold_file_and_vice_versa():
    texts, golds = set_names(HERE)
    assert texts == golds == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_text_file_encoding_and_size(name):
    assert file_errors(HERE, name) == []
    assert b"\r" not in (HERE / f"{name}.txt").read_bytes()
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


_TYPE_COUNT_RE = re.compile(r"\b(" + "|".join(map(re.escape, sorted(TYPES, key=len, reverse=True))) + r") (\d+)\b")


def test_readme_type_counts_match_gold():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    paragraph = " ".join(readme[readme.index("External types:") :].split("\n\n")[0].split())
    written: collections.Counter[str] = collections.Counter()
    for m in _TYPE_COUNT_RE.finditer(paragraph):
        written[m.group(1)] += int(m.group(2))
    refs = [r for name in EXPECTED for r in _refs(name)]
    assert written == collections.Counter(r["type"] for r in refs if r["scope"] == "external")


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
    assert {"ley", "decreto", "decreto ley", "resolución", "acuerdo", "circular", "constitución"} <= set(types)
    assert {"código", "sentencia", "otro"} <= set(types)
    assert types["acuerdo"] >= 4 and types["circular"] >= 4 and types["código"] >= 4
    assert sum(1 for r in refs if "articles" in r) >= 15
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR decimal articles
    assert max(len(r.get("articles", ())) for r in refs) >= 20  # "artículos 46 a 68" expanded
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
    assert all(r["type"] is None for r in refs if r["scope"] == "internal")
