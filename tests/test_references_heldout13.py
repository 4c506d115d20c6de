"""Held-out set 13 (tests/data/references/heldout13/): gold normative references for issue #3, written blind (a Medellín
decree, a Contraloría audit report, a district company's pliego and a Supreme Court penal ruling).

Particular to set 13, here: its tables, near misses unannotated at every occurrence, its type mix, and its
measurement with FLOORS. The checks all sets share run in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest
from refcontract import load_gold, load_text

HERE = Path(__file__).parent / "data" / "references" / "heldout13"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {
    "decreto_alcaldia_medellin_politica_gobierno_abierto": 55,
    "informe_contraloria_auditoria_cumplimiento_contrato_obra": 43,
    "pliego_licitacion_publica_empresa_distrital_obra": 50,
    "sentencia_csj_sala_penal_casacion_peculado_extractos": 36,
}
# Pinned (external, internal) split per text.
SCOPES = {
    "decreto_alcaldia_medellin_politica_gobierno_abierto": (42, 13),
    "informe_contraloria_auditoria_cumplimiento_contrato_obra": (41, 2),
    "pliego_licitacion_publica_empresa_distrital_obra": (40, 10),
    "sentencia_csj_sala_penal_casacion_peculado_extractos": (34, 2),
}

#: (text, phrase) written in the texts and NOT annotated (no gold span overlaps any of its occurrences)
NEAR_MISSES = [
    ("decreto_alcaldia_medellin_politica_gobierno_abierto", "ley de la oferta y la demanda"),
    ("informe_contraloria_auditoria_cumplimiento_contrato_obra", "ley de la oferta y la demanda"),
    ("pliego_licitacion_publica_empresa_distrital_obra", "ley de la oferta y la demanda"),
    ("sentencia_csj_sala_penal_casacion_peculado_extractos", "ley de la oferta y la demanda"),
    ("decreto_alcaldia_medellin_politica_gobierno_abierto", "artículos de oficina"),
    ("informe_contraloria_auditoria_cumplimiento_contrato_obra", "artículos de oficina"),
    ("sentencia_csj_sala_penal_casacion_peculado_extractos", "artículos de oficina"),
    ("pliego_licitacion_publica_empresa_distrital_obra", "artículos de ferretería"),
    ("decreto_alcaldia_medellin_politica_gobierno_abierto", "un nuevo decreto"),
    ("decreto_alcaldia_medellin_politica_gobierno_abierto", "El presente decreto"),
    ("decreto_alcaldia_medellin_politica_gobierno_abierto", "DECRETO 0917 DE 2026"),
    ("decreto_alcaldia_medellin_politica_gobierno_abierto", "ARTÍCULO 1. OBJETO."),
    ("decreto_alcaldia_medellin_politica_gobierno_abierto", "CAPÍTULO II"),
    ("informe_contraloria_auditoria_cumplimiento_contrato_obra", "el decreto de suspensión"),
    ("informe_contraloria_auditoria_cumplimiento_contrato_obra", "decreto de medidas cautelares"),
    ("informe_contraloria_auditoria_cumplimiento_contrato_obra", "hallazgo 2"),
    ("informe_contraloria_auditoria_cumplimiento_contrato_obra", "HALLAZGO 3."),
    ("pliego_licitacion_publica_empresa_distrital_obra", "Ningún decreto o resolución interna"),
    ("pliego_licitacion_publica_empresa_distrital_obra", "LICITACIÓN PÚBLICA No. LP-EDEM-004-2026"),
    ("pliego_licitacion_publica_empresa_distrital_obra", "CAPÍTULO 3. REQUISITOS HABILITANTES"),
    ("sentencia_csj_sala_penal_casacion_peculado_extractos", "el decreto de pruebas"),
    ("sentencia_csj_sala_penal_casacion_peculado_extractos", "SP1873-2026"),
    ("sentencia_csj_sala_penal_casacion_peculado_extractos", "radicado 05001600020620190412301"),
    ("sentencia_csj_sala_penal_casacion_peculado_extractos", "Corte Constitucional"),
    ("sentencia_csj_sala_penal_casacion_peculado_extractos", "sentencia del 14 de marzo de 2024"),
]

#: (text, span, fields) annotated exactly so
HARD_CASES = [
    (
        "decreto_alcaldia_medellin_politica_gobierno_abierto",
        "artículo 2.2.22.3.10 ibídem",
        {"type": "decreto", "number": "1083", "year": 2015, "article": "2.2.22.3.10"},
    ),
    ("decreto_alcaldia_medellin_politica_gobierno_abierto", "112 de 2025", {"type": "acuerdo", "number": "112"}),
    ("decreto_alcaldia_medellin_politica_gobierno_abierto", "Acuerdo 02 de 2024", {"number": "2", "year": 2024}),
    (
        "decreto_alcaldia_medellin_politica_gobierno_abierto",
        "artículos 4, 5 y 10 a 12 de la Ley 1581 de 2012",
        {"articles": ["4", "5", "10", "11", "12"]},
    ),
    ("decreto_alcaldia_medellin_politica_gobierno_abierto", "artículo anterior", {"relative": "anterior"}),
    (
        "decreto_alcaldia_medellin_politica_gobierno_abierto",
        "parágrafo 1 del presente artículo",
        {"scope": "internal", "article": None, "sub": "parágrafo 1", "relative": "presente"},
    ),
    ("informe_contraloria_auditoria_cumplimiento_contrato_obra", "Decreto Ley 403 de 2020", {"type": "decreto ley"}),
    (
        "informe_contraloria_auditoria_cumplimiento_contrato_obra",
        "literal b) del numeral 1 del artículo 24",
        {"number": "80", "year": 1993, "article": "24", "sub": "literal b)"},
    ),
    ("informe_contraloria_auditoria_cumplimiento_contrato_obra", "Sentencia SU-620 de 1996", {"number": "SU-620"}),
    (
        "informe_contraloria_auditoria_cumplimiento_contrato_obra",
        "artículos 14 a 18 de la Ley 80",
        {"year": None, "articles": ["14", "15", "16", "17", "18"]},
    ),
    (
        "pliego_licitacion_publica_empresa_distrital_obra",
        "artículos 2.2.1.1.1.5.1 a 2.2.1.1.1.5.3 del Decreto 1082 de 2015",
        {"articles": ["2.2.1.1.1.5.1", "2.2.1.1.1.5.2", "2.2.1.1.1.5.3"]},
    ),
    (
        "pliego_licitacion_publica_empresa_distrital_obra",
        "numeral 10 ibídem",
        {"number": "80", "article": "30", "sub": "numeral 10"},
    ),
    (
        "pliego_licitacion_publica_empresa_distrital_obra",
        "numeral 5.3.2",
        {"scope": "internal", "sub": "numeral 5.3.2"},
    ),
    ("pliego_licitacion_publica_empresa_distrital_obra", "Anexo Técnico", {"scope": "internal"}),
    ("pliego_licitacion_publica_empresa_distrital_obra", "Formulario 4", {"scope": "internal"}),
    (
        "sentencia_csj_sala_penal_casacion_peculado_extractos",
        "artículo 20 del C.P.",
        {"type": "código", "number": None},
    ),
    (
        "sentencia_csj_sala_penal_casacion_peculado_extractos",
        "artículo 22 del CST",
        {"type": "código", "article": "22"},
    ),
    ("sentencia_csj_sala_penal_casacion_peculado_extractos", "906 de 2004", {"type": "ley", "number": "906"}),
    ("sentencia_csj_sala_penal_casacion_peculado_extractos", "SP2144-2016", {"type": "sentencia", "number": "SP-2144"}),
    ("sentencia_csj_sala_penal_casacion_peculado_extractos", "artículo 68A del C.P.", {"article": "68A"}),
    (
        "sentencia_csj_sala_penal_casacion_peculado_extractos",
        "artículos 60 y 61 de la misma codificación",
        {"type": "código", "articles": ["60", "61"]},
    ),
]


def _refs(name: str) -> list[dict]:
    return load_gold(HERE, name)


@pytest.mark.parametrize(("name", "phrase"), NEAR_MISSES)
def test_near_misses_not_annotated_at_any_occurrence(name, phrase):
    text, refs = load_text(HERE, name), _refs(name)
    starts = [i for i in range(len(text)) if text.startswith(phrase, i)]
    assert starts, f"{phrase!r} is not in {name}"
    for s in starts:
        e = s + len(phrase)
        assert not [r["text"] for r in refs if r["start"] < e and s < r["end"]], (phrase, s)


def test_type_mix():
    refs = [r for name in EXPECTED for r in _refs(name)]
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "decreto ley", "acuerdo", "resolución", "constitución", "código", "sentencia"} <= set(
        types
    )
    assert types["acuerdo"] >= 10 and types["código"] >= 10 and types["decreto ley"] >= 4
    assert sum(1 for r in refs if "articles" in r) >= 15
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 15  # DUR decimal articles
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
    assert all(r.get("doubt") for r in refs if r["type"] == "otro")  # CSJ rulings by date: a recorded choice


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, fifth session, after grammar round 9), blind: the annotator never opened the
# extractor and never ran it, and no grammar change had seen the set: F1 (a) 0.952, (b) 0.911, (c) 0.979 (below the
# issue's 0.95 at level b). Its misses: Supreme Court ids ("SP2144-2016", "CSJ AP5224-2019") and rulings cited by
# chamber, date and radicado; "C.P." meaning the Código Penal in a penal ruling (read as the Constitution); a norm named
# before a list of its units ("Ley 80 de 1993: numerales 1 y 4 del artículo 4, numeral 1 del artículo 5, …") read as
# one reference; a pliego's own "Formulario 4" / "Anexo Técnico"; "Resolución Reglamentaria Orgánica 042 de 2020";
# "de aquella" and "de la misma ley" taking the wrong antecedent. Grammar round 10 then took the first three and the
# resolución as concepts (the set is no longer blind): F1 0.967 / 0.962 / 0.992; left: rulings by date and radicado,
# the pliego's own forms (the contract is silent on them), "Ley 1150 de 2007, artículos 2, numeral 1, …" (the sets
# disagree), the two anaphora. Floors: those figures minus 0.02.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 0.967 - 0.02, "b": 0.962 - 0.02, "c": 0.992 - 0.02}
