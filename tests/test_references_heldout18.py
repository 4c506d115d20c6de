"""Held-out set 18 (tests/data/references/heldout18/): gold normative references for issue #3, written blind (a
Juzgado Administrativo ruling on a nulidad y restablecimiento claim, a Contraloría fiscal-responsibility decision, a
Procuraduría disciplinary ruling and a water utility's contrato de condiciones uniformes).

Particular to set 18, here: its tables, its type mix, and its measurement with FLOORS. The checks all sets share run
in tests/test_reference_sets.py.
"""

from __future__ import annotations

import collections
from pathlib import Path

from refcontract import load_gold

HERE = Path(__file__).parent / "data" / "references" / "heldout18"

JUZGADO = "sentencia_juzgado_administrativo_medellin_nulidad_restablecimiento_provisional"
CONTRALORIA = "fallo_contraloria_medellin_responsabilidad_fiscal_suministros"
PROCURADURIA = "fallo_procuraduria_provincial_disciplinario_primera_instancia"
CONTRATO = "contrato_condiciones_uniformes_acueducto_alcantarillado"

# Pinned reference counts per text: protects against truncated or accidentally edited gold files.
EXPECTED = {JUZGADO: 39, CONTRALORIA: 34, PROCURADURIA: 43, CONTRATO: 46}
# Pinned (external, internal) split per text.
SCOPES = {JUZGADO: (35, 4), CONTRALORIA: (31, 3), PROCURADURIA: (42, 1), CONTRATO: (40, 6)}
#: spans that may end in a period (none in this set)
PERIOD_ENDINGS: tuple[str, ...] = ()

#: (text, phrase) written in the texts and NOT annotated (own headings, common nouns, generic mentions)
NEAR_MISSES = [
    (JUZGADO, "Sentencia No. 214"),
    (JUZGADO, "al presente fallo"),
    (JUZGADO, "el decreto de pruebas"),
    (JUZGADO, "por resolución motivada"),
    (JUZGADO, "por autoridad de la ley"),
    (JUZGADO, "código 219"),
    (CONTRALORIA, "AUTO No. 587 DE 2026"),
    (CONTRALORIA, "Auto No. 412 de 2024"),
    (CONTRALORIA, "artículos de oficina"),
    (CONTRALORIA, "la ley de la oferta y la demanda"),
    (CONTRALORIA, "cuyo decreto y práctica"),
    (CONTRALORIA, "ARTÍCULO SEGUNDO."),
    (PROCURADURIA, "artículos de oficina"),
    (PROCURADURIA, "el decreto de las pruebas pedidas"),
    (PROCURADURIA, "código 222"),
    (PROCURADURIA, "Procuraduría Provincial de Instrucción"),
    (CONTRATO, "la ley de la oferta y la demanda"),
    (CONTRATO, "Ningún decreto del alcalde ni acuerdo municipal"),
    (CONTRATO, "CLÁUSULA DÉCIMA. PETICIONES, QUEJAS Y RECURSOS."),
    (CONTRATO, "artículos promocionales"),
    (CONTRATO, "El presente contrato"),
    (CONTRATO, "las demás resoluciones de la Comisión"),
]

#: (text, span, fields) annotated exactly so; each span occurs once in its gold file
HARD_CASES = [
    (
        JUZGADO,
        "numeral 3 del artículo 156 ibídem",
        {"type": "ley", "number": "1437", "article": "156", "sub": "numeral 3"},
    ),
    (JUZGADO, "sentencia del 23 de septiembre de 2021", {"type": "otro", "number": None, "year": 2021}),
    (
        JUZGADO,
        "literal d) del numeral 2 del artículo 164 de la Ley 1437 de 2011",
        {"article": "164", "sub": "literal d)"},
    ),
    (JUZGADO, "parágrafo 2 del mismo artículo 41", {"number": "909", "article": "41", "sub": "parágrafo 2"}),
    (JUZGADO, "ordinal anterior", {"scope": "internal", "relative": "anterior", "sub": "ordinal"}),
    (JUZGADO, "Sentencia SU-917 de 2010", {"type": "sentencia", "number": "SU-917", "year": 2010}),
    (CONTRALORIA, "artículos 97 a 120 de la Ley 1474 de 2011", {"type": "ley", "number": "1474", "article": "97"}),
    (CONTRALORIA, "artículo anterior", {"scope": "internal", "relative": "anterior", "article": None}),
    (CONTRALORIA, "literales citados", {"number": "1474", "article": "118", "sub": "literales a) y c)"}),
    (CONTRALORIA, "artículo 6 ibídem", {"type": "ley", "number": "610", "year": 2000, "article": "6"}),
    (CONTRALORIA, "Resolución Reglamentaria 118 de 2022", {"type": "resolución", "number": "118", "year": 2022}),
    (CONTRALORIA, "Acto Legislativo 04 de 2019", {"type": "acto legislativo", "number": "4"}),
    (PROCURADURIA, "1 de la Ley 2094 de 2021", {"number": "2094", "article": "1"}),
    (PROCURADURIA, "aquella norma", {"type": "ley", "number": "734", "year": 2002, "article": None}),
    (PROCURADURIA, "artículos 225A a 225E del Código General Disciplinario", {"type": "código", "article": "225A"}),
    (PROCURADURIA, "Sentencia C-030 de 2023", {"number": "C-30", "year": 2023}),
    (PROCURADURIA, "Ley 1952 de 2019, Código General Disciplinario", {"type": "ley", "number": "1952"}),
    (
        PROCURADURIA,
        "numeral 6 del artículo 277 de la Constitución Política",
        {"type": "constitución", "sub": "numeral 6"},
    ),
    (CONTRATO, "cláusula décima de este contrato", {"scope": "internal", "sub": "cláusula 10", "article": None}),
    (CONTRATO, "artículo 1.3.20.6 de la citada resolución", {"type": "resolución", "number": "943", "year": 2021}),
    (CONTRATO, "numeral 2 del artículo 140", {"scope": "external", "number": "142", "sub": "numeral 2"}),
    (CONTRATO, "inciso tercero del artículo 154 de la Ley 142 de 1994", {"article": "154", "sub": "inciso 3"}),
    (CONTRATO, "Resolución CRA 151 de 2001", {"type": "resolución", "number": "151", "year": 2001}),
]


def _refs() -> list[dict]:
    return [r for name in sorted(EXPECTED) for r in load_gold(HERE, name)]


def test_type_mix():
    refs = _refs()
    types = collections.Counter(r["type"] for r in refs if r["scope"] == "external")
    assert {"ley", "decreto", "decreto ley", "resolución", "constitución", "sentencia", "código", "otro"} <= set(types)
    assert types["resolución"] >= 5 and types["sentencia"] >= 5 and types["código"] >= 4
    assert sum(1 for r in refs if "articles" in r) >= 10
    assert sum(1 for r in refs if r["article"] and "." in r["article"]) >= 10  # DUR / compiled CRA decimal articles
    assert max(len(r.get("articles", [])) for r in refs) == 24  # Ley 1474 arts. 97 a 120
    relatives = collections.Counter(r.get("relative") for r in refs if r["scope"] == "internal")
    assert {"presente", "anterior"} <= set(relatives)
    assert sum(1 for r in refs if "ibídem" in r["text"]) >= 10


# --- measurement ---------------------------------------------------------------------------------------------------
# Measured ONCE by the lead (2026-11-30, seventh session, after grammar round 14), blind: the annotator never opened the
# extractor and never ran it, and no grammar change was made for the set. It was sealed (tests/data/SEALED), but one
# leak to report: the helper of grammar round 14 ran an F1 sweep over every folder, which scored the set once
# mid-round (the same figures as below) and printed one of its gold lines; that helper changed nothing for it (its
# concepts came from set 17's misses, listed in its brief beforehand), and no one else saw the figures before this
# measurement:
#   (a) span+scope       P 0.969 R 0.975 F1 0.972
#   (b) type+number+year P 0.940 R 0.946 F1 0.943   (below the 0.95)
#   (c) article          P 0.981 R 0.981 F1 0.981   (issue's targets: 0.95 / 0.95 / 0.93)
# Misses at level (b): anaphora across a long ruling ("artículo 65 de la misma ley", "artículo 146 ibídem", "numerales
# 1 y 2 del artículo 38 ibídem", "aquella norma"), "la ley disciplinaria" as the Ley 1952, the autos of the proceeding
# itself read as citations, and Consejo de Estado rulings by date whose radicado the gold leaves out of the span.
# Floors: those figures minus 0.02.
#: checked in tests/test_reference_sets.py
FLOORS = {"a": 0.972 - 0.02, "b": 0.943 - 0.02, "c": 0.981 - 0.02}
