"""Well-formedness of held-out set 27 (tests/data/references/heldout27/): gold normative references, issue #3.

Owns the checks of the annotated data of this set only: pairing of texts and gold files, file hygiene and size, its
pinned counts (EXPECTED, SCOPES), the gold contract's checks (``refcontract.contract_errors``) and exact offsets, span
hygiene, no compiler notes, the share of doubts, the README's consistency with the gold, the contract's own
``verify.py`` (where ../shared exists), near misses, hard cases and type mix. It never runs the extractor: the set is
sealed (tests/data/SEALED) until the lead's one blind measurement, which will add the floors beside it.
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

HERE = Path(__file__).parent / "data" / "references" / "heldout27"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "reglamento_propiedad_horizontal_edificio_mirador_laureles": 41,
    "resolucion_anla_modificacion_licencia_ambiental_vial_2026": 30,
    "resolucion_dian_factura_electronica_2026": 32,
    "sentencia_su_cc_estabilidad_laboral_reforzada_2026": 37,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "reglamento_propiedad_horizontal_edificio_mirador_laureles": (30, 11),
    "resolucion_anla_modificacion_licencia_ambiental_vial_2026": (27, 3),
    "resolucion_dian_factura_electronica_2026": (30, 2),
    "sentencia_su_cc_estabilidad_laboral_reforzada_2026": (33, 4),
}
NAMES = sorted(EXPECTED)

#: (text, phrase) written in the texts and NOT annotated
NEAR_MISSES = [
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "SENTENCIA SU-261 DE 2026"),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "expedientes T-9.812.334 y T-9.840.117"),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "ley de la oferta y la demanda"),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "el decreto de pruebas"),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "Los efectos de la presente providencia"),
    ("resolucion_anla_modificacion_licencia_ambiental_vial_2026", "RESOLUCIÓN No. 02417"),
    ("resolucion_anla_modificacion_licencia_ambiental_vial_2026", "ley de la oferta y la demanda"),
    ("resolucion_anla_modificacion_licencia_ambiental_vial_2026", "Auto 04321 del 12 de mayo de 2026"),
    ("resolucion_anla_modificacion_licencia_ambiental_vial_2026", "Concepto Técnico 06512 del 30 de agosto de 2026"),
    ("resolucion_anla_modificacion_licencia_ambiental_vial_2026", "ARTÍCULO PRIMERO. Modificar"),
    ("resolucion_dian_factura_electronica_2026", "RESOLUCIÓN NÚMERO 000187"),
    ("resolucion_dian_factura_electronica_2026", "artículos de oficina"),
    ("resolucion_dian_factura_electronica_2026", '"Artículo 7. Requisitos de la factura electrónica de venta.'),
    ("resolucion_dian_factura_electronica_2026", '"Parágrafo 3.'),
    ("reglamento_propiedad_horizontal_edificio_mirador_laureles", "artículos de oficina"),
    ("reglamento_propiedad_horizontal_edificio_mirador_laureles", "ley de la oferta y la demanda"),
    ("reglamento_propiedad_horizontal_edificio_mirador_laureles", "CAPÍTULO V\nDE LA TENENCIA DE MASCOTAS"),
    ("reglamento_propiedad_horizontal_edificio_mirador_laureles", "Escritura Pública 2.145"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (
        "sentencia_su_cc_estabilidad_laboral_reforzada_2026",
        "artículo 86 y el numeral 9 del artículo 241 de la Constitución Política",
        {"type": "constitución", "articles": ["86", "241"], "sub": "numeral 9"},
    ),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "fundamento jurídico 5 supra", {"scope": "internal"}),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "SU-087 de 2022", {"number": "SU-87", "year": 2022}),
    ("sentencia_su_cc_estabilidad_laboral_reforzada_2026", "Sentencias T-317", {"number": "T-317", "year": 2020}),
    (
        "sentencia_su_cc_estabilidad_laboral_reforzada_2026",
        "Ley Estatutaria 1618 de 2013",
        {"type": "ley estatutaria", "number": "1618"},
    ),
    (
        "sentencia_su_cc_estabilidad_laboral_reforzada_2026",
        "numeral 15 del literal A) del artículo 62 del Código Sustantivo del Trabajo",
        {"type": "código", "article": "62", "sub": "numeral 15"},
    ),
    (
        "resolucion_anla_modificacion_licencia_ambiental_vial_2026",
        "numeral 1",
        {"type": "decreto", "number": "1076", "article": "2.2.2.3.7.1"},
    ),
    (
        "resolucion_anla_modificacion_licencia_ambiental_vial_2026",
        "Resoluciones 0874 del 9 de julio de 2018",
        {"type": "resolución", "number": "874", "year": 2018},
    ),
    (
        "resolucion_anla_modificacion_licencia_ambiental_vial_2026",
        "artículos 2.2.9.3.1.1 y siguientes del mismo decreto",
        {"article": "2.2.9.3.1.1", "number": "1076"},
    ),
    (
        "resolucion_dian_factura_electronica_2026",
        "artículos 616-1, 771-2 y 771-6 del Estatuto Tributario",
        {"type": "estatuto", "number": None, "articles": ["616-1", "771-2", "771-6"]},
    ),
    (
        "resolucion_dian_factura_electronica_2026",
        "parágrafo transitorio del artículo anterior",
        {"scope": "internal", "relative": "anterior", "sub": "parágrafo transitorio"},
    ),
    (
        "resolucion_dian_factura_electronica_2026",
        "literales a), b), c) y d)",
        {"type": "estatuto", "article": "617"},
    ),
    (
        "reglamento_propiedad_horizontal_edificio_mirador_laureles",
        "artículos 37 a 45 de la Ley 675 de 2001",
        {"articles": [str(n) for n in range(37, 46)]},
    ),
    (
        "reglamento_propiedad_horizontal_edificio_mirador_laureles",
        "Capítulo VI del presente reglamento",
        {"scope": "internal", "sub": "Capítulo VI"},
    ),
]


def _refs(name: str) -> list[dict]:
    return load_gold(HERE, name)


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
    refs = _refs(name)
    assert len(refs) == EXPECTED[name]
    scopes = collections.Counter(r["scope"] for r in refs)
    assert (scopes["external"], scopes["internal"]) == SCOPES[name]
    assert contract_errors(text, refs) == []
    assert all(text[r["start"] : r["end"]] == r["text"] for r in refs)


@pytest.mark.parametrize("name", NAMES)
def test_span_punctuation_hygiene(name):
    for d in _refs(name):
        assert not re.match(r"[\s,.;:(\"'“”]", d["text"]), d
        assert not re.search(r"[,;:.\"'“”]$", d["text"]), d


@pytest.mark.parametrize("name", NAMES)
def test_no_compiler_notes(name):
    assert "<" not in load_text(HERE, name)
    assert not any("note" in d for d in _refs(name))


def test_size_and_share_of_doubts():
    refs = [r for name in NAMES for r in _refs(name)]
    assert len(refs) == sum(EXPECTED.values())
    doubts = sum(1 for r in refs if "doubt" in r)
    assert 0 < doubts < 0.4 * len(refs)


def test_readme_matches_gold():
    assert readme_errors(HERE, EXPECTED) == []
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines() if line.startswith("| `")}
    for name in NAMES:
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
    refs = [r for name in NAMES for r in _refs(name)]
    assert written == collections.Counter(r["type"] for r in refs if r["scope"] == "external")


def test_shared_verify_script_accepts_every_pair(shared_corpus):
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
    assert len(matches) == 1
    assert {k: matches[0].get(k) for k in fields} == fields


def test_type_mix():
    refs = [r for name in NAMES for r in _refs(name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "ley estatutaria", "decreto", "decreto ley", "resolución", "constitución", "código"} <= set(types)
    assert {"estatuto", "sentencia"} <= set(types)
    assert types["resolución"] >= 10 and types["sentencia"] >= 5 and types["estatuto"] >= 5
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 8  # DUR decimal articles
    assert sum(1 for r in refs if r["article"] and "-" in r["article"]) >= 3  # Estatuto Tributario 616-1, 771-2 …
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
