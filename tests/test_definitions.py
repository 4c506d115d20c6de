"""Defined terms: recognising definitions and the checks on their use."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import regdesign.rules.builtin_checks  # noqa: F401
from regdesign.model import Document, Provision, SourceSpan
from regdesign.nlp.definitions import (
    _CAPITALISED_TERM,
    _capitalised_terms,
    _term_pattern,
    _usage_regex,
    find_definitions,
    term_key,
    term_usage,
)
from regdesign.nlp.sentences import document_prose_sentences
from regdesign.rules.checks import CHECKS


def doc(text: str, **kwargs) -> Document:
    return Document(path="x.md", text=text, type=kwargs.pop("type", None), **kwargs)


def terms(text: str) -> list[str]:
    return [d.term for d in find_definitions(doc(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Para efectos del presente acuerdo se entenderá por:\n1. Dato abierto: dato primario sin restricciones.\n"
            "2. Entidad: la Secretaría de Innovación Digital.",
            ["Dato abierto", "Entidad"],
        ),
        (
            "Para los efectos de esta ley, se adoptan las siguientes definiciones:\na) Información. Es un conjunto de "
            "datos.\nb) Información pública. Es toda información de un sujeto obligado.",
            ["Información", "Información pública"],
        ),
        (
            "Para efectos del presente acuerdo se entenderá por: 1. Dato abierto: dato primario. 2. Operador: quien "
            "presta el servicio.",
            ["Dato abierto", "Operador"],
        ),
        (
            "## 1.4. Definiciones\n\n- **Proponente:** quien presenta oferta.\n- **Oferta**: la propuesta.",
            ["Proponente", "Oferta"],
        ),
        (
            "ARTÍCULO 6o. DEFINICIONES.\na) Archivo . Es el conjunto de documentos.\nTÍTULO II.\nb) Otro. No es.",
            ["Archivo"],
        ),
        ("La empresa que opere la plataforma, en adelante «el Operador», rendirá cuentas.", ["Operador"]),
        ('La Secretaría de Innovación, en adelante "la Entidad", publicará.', ["Entidad"]),
        ("El laboratorio de innovación pública (en adelante, el Laboratorio) coordinará.", ["Laboratorio"]),
        (
            "Se entiende por principio de reciprocidad, el compromiso adquirido por otro país.",
            ["principio de reciprocidad"],
        ),
        ("Se entenderá por menor cuantía los valores que a continuación se relacionan.", ["menor cuantía"]),
        ("Entiéndase por Operador la persona jurídica que presta el servicio.", ["Operador"]),
        # the accent misplaced on the "i", and a heading in capitals: the same definition
        ("Entíendase por Operador la persona jurídica que presta el servicio.", ["Operador"]),
        ("ENTIÉNDASE POR OPERADOR LA PERSONA JURÍDICA QUE PRESTA EL SERVICIO.", ["OPERADOR"]),
        ("- **Fecha de cierre:** 1 de marzo de 2027.", []),  # data, not a definitions block
        ("En adelante, las actualizaciones se harán con base en la UVT.", []),
    ],
)
def test_find_definitions(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


def test_definition_spans_are_exact_and_carry_the_provision() -> None:
    text = "Artículo 1. Definiciones. Se entiende por dato abierto, el dato primario publicado."
    body = text.index("Se entiende")
    article = Provision(
        "art_1", "articulo", "1", "Artículo 1.", "Definiciones", SourceSpan(0, len(text)), SourceSpan(body, len(text))
    )
    (definition,) = find_definitions(doc(text, provisions=(article,)))
    assert text[definition.start : definition.end] == "dato abierto"
    assert text[definition.definition_start : definition.definition_end] == "el dato primario publicado"
    assert definition.provision == "art_1" and definition.source == "se_entiende"


def test_en_adelante_definition_span_is_the_phrase_before() -> None:
    text = "Créase el Laboratorio de Innovación Pública de Medellín (en adelante, el Laboratorio)."
    (definition,) = find_definitions(doc(text))
    assert text[definition.definition_start : definition.definition_end] == (
        "Créase el Laboratorio de Innovación Pública de Medellín"
    )


def test_term_key_ignores_case_accents_and_plural() -> None:
    assert term_key("Datos Abiertos") == term_key("dato abierto")
    assert term_key("Entidades Públicas") == term_key("entidad pública")
    assert term_key("Información") == "informacion"


def run(check: str, text: str, options: dict | None = None) -> list[str]:
    return [text[hit.start : hit.end] for hit in CHECKS[check](doc(text), options or {})]


DEFINITIONS_BLOCK = (
    "Para efectos del presente acuerdo se entenderá por:\n1. Dato abierto: dato primario.\n"
    "2. Operador Tecnológico: la empresa que opera la plataforma.\n\n"
)


def test_unused_definition() -> None:
    text = DEFINITIONS_BLOCK + "El Operador Tecnológico publicará los informes."
    assert run("unused_definition", text) == ["Dato abierto"]
    text = DEFINITIONS_BLOCK + "El Operador Tecnológico publicará los datos abiertos."
    assert run("unused_definition", text) == []


def test_duplicate_definition_modes() -> None:
    text = DEFINITIONS_BLOCK + "Se entiende por dato abierto, el dato que cualquiera puede usar."
    assert run("duplicate_definition", text, {"mode": "different"}) == ["dato abierto"]
    assert run("duplicate_definition", text, {"mode": "same"}) == []
    hits = list(CHECKS["duplicate_definition"](doc(text), {}))
    assert hits[0].params["first_line"] == 2


def test_undefined_term() -> None:
    text = "El Operador Tecnológico responde. Luego el Operador Tecnológico informa al Comité Evaluador."
    assert run("undefined_term", text) == ["Operador Tecnológico"]
    assert run("undefined_term", text, {"min_uses": 1}) == ["Operador Tecnológico", "Comité Evaluador"]
    assert run("undefined_term", DEFINITIONS_BLOCK + text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lo aprobó el Concejo de Medellín y lo firmó el Concejo de Medellín.",
        "Según la Ley General de Archivos y la Ley General de Archivos vigente.",
        "Llegó el Lunes Santo y pasó el Lunes Santo.",
        "Se publicó en el Diario Oficial de Colombia; el Diario Oficial de Colombia lo recoge.",
    ],
)
def test_undefined_term_leaves_proper_names_alone(text: str) -> None:
    assert run("undefined_term", text) == []


def test_corpus_law_definitions(shared_corpus) -> None:
    text = (shared_corpus / "gold" / "ley_1712_2014.txt").read_text(encoding="utf-8")
    found = find_definitions(doc(text))
    assert [d.term for d in found][:3] == ["Información", "Información pública", "Información pública clasificada"]
    assert len(found) == 11
    for definition in found:
        assert text[definition.start : definition.end] == definition.term


# --- the fast paths find what the plain scans find ---------------------------------------------------------------


# pieces of text joined at random ("|" separates them)
_PIECES = st.sampled_from(
    [
        "el ",
        "la ",
        "los ",
        "las ",
        "del ",
        "al ",
        "El ",
        "La ",
        "Los ",
        "adel ",
        "de ",
        "de la ",
        "y ",
        "para ",
        "Operador ",
        "Tecnológico ",
        "Entidad ",
        "Territorial ",
        "Ñandú ",
        "Ab ",
        "Dato ",
        "Abierto",
        "ley ",
        "\n",
        "\n\n",
        ". ",
        ", ",
        "  ",
        "\t",
        "«",
        "# ",
        "ARTÍCULO 1. ",
        "Artículo 2. ",
        "**",
        "datos ",
        "abiertos ",
        "DATO ",
        "Datos",
        "Ley 1712",
        "µ",
        "ı",
        "KelvinK ",
        "—",
    ]
)


def _finditer_per_sentence(document: Document) -> list[tuple[int, int]]:
    text = document.text
    return [
        (match.start(), match.end())
        for start, end in document_prose_sentences(document)
        for match in _CAPITALISED_TERM.finditer(text, start, end)
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40))
def test_capitalised_terms_are_those_of_each_prose_sentence(pieces: list[str]) -> None:
    document = doc("".join(pieces))
    assert [(m.start(), m.end()) for m in _capitalised_terms(document)] == _finditer_per_sentence(document)


def test_capitalised_terms_in_sentences_and_headings() -> None:
    text = (
        "# El Operador Tecnológico\n\nEl Operador Tecnológico y del Comité Técnico de la Red publicarán. "
        "adel Operador Tecnológico.\nCon la\nEntidad Territorial."
    )
    document = doc(text)
    found = [text[m.start(1) : m.end(1)] for m in _capitalised_terms(document)]
    assert found == ["Operador Tecnológico", "Comité Técnico de la Red", "Operador Tecnológico", "Entidad Territorial"]
    assert [(m.start(), m.end()) for m in _capitalised_terms(document)] == _finditer_per_sentence(document)


_USAGE_TEXT = st.lists(
    st.sampled_from(
        [
            "dato abierto",
            "Datos Abiertos",
            "DATO  ABIERTO",
            "dato\nabierto",
            "datoabierto",
            "información",
            "INFORMACIÓN",
            "informacion",
            "Información Pública",
            "año",
            "AÑO",
            "ano",
            "µ",
            "Μ",
            "ı",
            "K",
            "K",
            "pingüino",
            "PINGÜINOS",
            "Área",
            "área",
            "ÍNDICES",
            "índice",
            " ",
            ", ",
            ".",
            "(",
            ")",
            "sistema (sgsst)",
            "SISTEMA (SGSST)",
            "x",
            "_",
        ]
    ),
    max_size=30,
)
_KEYS = st.lists(
    st.sampled_from(
        [
            "dato abierto",
            "informacion",
            "informacion publica",
            "ano",
            "año",
            "pingüino",
            "sistema (sgsst)",
            "k",
            "µ",
            "red",
            "rede",
            "x",
            "area",
            "indice",
        ]
    ),
    min_size=1,
    max_size=5,
    unique=True,
)


@settings(max_examples=300, deadline=None)
@given(_USAGE_TEXT, _KEYS)
def test_usage_regex_on_lowered_text_matches_like_the_case_insensitive_one(pieces: list[str], keys: list[str]) -> None:
    import re

    text = " ".join(pieces)
    lowered = text.lower()
    keys = sorted(keys, key=len, reverse=True)
    if len(lowered) != len(text) or any(c in lowered for c in "\u0131\u017f\u1e9b") or "µ" in "".join(keys):
        return  # term_usage does not take the lowered path then
    plain = re.compile(
        r"(?<!\w)(?:" + "|".join(f"(?P<t{i}>{_term_pattern(k)})" for i, k in enumerate(keys)) + r")(?!\w)",
        re.IGNORECASE,
    )
    fast = _usage_regex(tuple(keys), True)
    assert [(m.start(), m.lastgroup) for m in fast.finditer(lowered)] == [
        (m.start(), m.lastgroup) for m in plain.finditer(text)
    ]


def test_term_usage_counts_every_form_outside_the_definition() -> None:
    text = (
        "Para efectos del presente acuerdo se entenderá por:\n1. Dato abierto: dato primario.\n\n"
        "Los DATOS ABIERTOS y el dato  abierto; datoabierto no. Un Μ y µ."
    )
    document = doc(text)
    usage = term_usage(document, find_definitions(document))
    assert [text[offset : offset + 5] for offset in usage["dato abierto"]] == ["DATOS", "dato "]


_LINE_PIECES = st.lists(
    st.sampled_from(
        [
            "Definiciones",
            "DEFINICIONES",
            "definiciones",
            "DeFiNiCiOnEs",
            "se entenderá por",
            "SE ENTIENDE POR",
            "Entiéndase",
            "ENTIÉNDASE",
            "siguientes",
            "Glosario",
            "definen",
            "DEFINEN",
            "efin",
            "rminos",
            "érmino",
            "en adelante",
            "ADELANTE",
            "aDelante",
            "términos",
            "TÉRMINOS",
            "Términos",
            "İ",
            "x",
            " ",
            "\n",
            "\n\n",
        ]
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_LINE_PIECES, st.integers(min_value=0, max_value=40))
def test_lines_containing_on_lowered_text_finds_the_lines_that_hold_a_literal_as_written(
    pieces: list[str], body: int
) -> None:
    from regdesign.nlp.definitions import (
        _ADELANTE_LITERALS,
        _CONTEXT_LITERALS,
        _INTRO_LITERALS,
        _lines_containing,
        _lines_containing_each,
    )

    text = "".join(pieces)
    body = min(body, len(text))
    lowered = text.lower()
    sets = (_INTRO_LITERALS, _CONTEXT_LITERALS, _ADELANTE_LITERALS)
    every = _lines_containing_each(text, body, sets, lowered) if len(lowered) == len(text) else None
    for number, literals in enumerate(sets):
        # the definition: every line (clipped at ``body``) holding one of the literals as written
        expected = []
        line_start = 0
        for line in text.split("\n"):
            line_end = line_start + len(line)
            start = max(line_start, body)
            if line_end >= body and any(text.find(literal, start, line_end) != -1 for literal in literals):
                expected.append((start, line_end))
            line_start = line_end + 1
        assert _lines_containing(text, body, literals) == expected
        if every is not None:
            assert _lines_containing(text, body, literals, lowered) == expected
            assert every[number] == expected  # the three sets looked for in shared passes


@settings(max_examples=200, deadline=None)
@given(
    _USAGE_TEXT,
    st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60), st.integers(0, 120)), min_size=1, max_size=4),
)
def test_term_usage_leaves_out_offsets_inside_any_definition_even_overlapping(
    pieces: list[str], spans: list[tuple[int, int, int]]
) -> None:
    from regdesign.nlp.definitions import Definition

    text = " ".join(pieces)
    document = doc(text)
    definitions = [
        Definition("dato abierto", start, start + length, start, start + reach) for start, length, reach in spans
    ] + [Definition("Información", 0, 0, 0, 0)]
    usage = term_usage(document, definitions)
    own = [(d.start, max(d.end, d.definition_end)) for d in definitions]
    # the same pass with nothing left out, filtered by testing every definition span
    everything = term_usage(document, [Definition(d.term, 0, 0, 0, 0) for d in definitions])
    for key, offsets in everything.items():
        assert usage[key] == [o for o in offsets if not any(start <= o < end for start, end in own)]


def test_term_usage_offset_inside_an_outer_definition_that_holds_a_shorter_one() -> None:
    from regdesign.nlp.definitions import Definition

    text = "dato abierto " * 10
    outer = Definition("dato abierto", 0, 12, 0, 100)  # covers the first eight uses
    inner = Definition("dato abierto", 13, 25, 13, 30)  # starts later, ends sooner
    assert term_usage(doc(text), [outer, inner])["dato abierto"] == [104, 117]
