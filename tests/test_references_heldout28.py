"""Held-out set 28 (tests/data/references/heldout28/): gold normative references for issue #3, written blind (a
Tribunal Administrativo de Antioquia ruling in an acción de grupo, a Ministerio de Educación resolution granting a
registro calificado, a CNSC acuerdo opening a merit competition, and a savings cooperative's statutes).

Particular to set 28, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run in
tests/test_reference_sets.py.
"""

from __future__ import annotations

from pathlib import Path

from refcontract import type_mix

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


def test_type_mix():
    mix = type_mix(HERE, EXPECTED)
    types = mix["types"]
    assert {"ley", "decreto", "decreto ley", "resolución", "acuerdo", "circular", "constitución"} <= set(types)
    assert {"código", "sentencia", "otro"} <= set(types)
    assert types["acuerdo"] >= 4 and types["circular"] >= 4 and types["código"] >= 4
    assert mix["lists"] >= 15
    assert mix["decimal"] >= 10  # DUR decimal articles
    assert mix["longest"] >= 20  # "artículos 46 a 68" expanded
    assert {"presente", "anterior"} <= mix["relatives"]


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-12-01, tenth session, after grammar round 25), blind: the annotator never opened the
# extractor and never ran it, no grammar change was made for the set, and it was sealed (tests/data/SEALED) so that no
# evaluation run scored it before this measurement:
#   (a) span+scope       P 0.973 R 1.000 F1 0.986
#   (b) type+number+year P 0.962 R 0.992 F1 0.977
#   (c) article          P 1.000 R 1.000 F1 1.000   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses: "del artículo 63 de aquella ley" split in two (the demonstrative "aquella" is not read as anaphora); a DUR's
# name after its number kept in the span by the set (the sets disagree); the resolution's own title line with an
# abbreviated month ("RESOLUCIÓN No. 018734 DE 27 NOV 2026") read as a citation; "Código SNIES" (a programme's code)
# read as a named code; "artículo 205 ibídem" after the Código de Comercio typed as the circular cited between.
# Floors: those figures minus 0.02.
FLOORS = {"a": 0.986 - 0.02, "b": 0.977 - 0.02, "c": 1.000 - 0.02}
