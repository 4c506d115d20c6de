"""Defined terms: recognising definitions and the checks on their use."""

from __future__ import annotations

import pytest

import regdesign.rules.builtin_checks  # noqa: F401
from regdesign.model import Document, Provision, SourceSpan
from regdesign.nlp.definitions import find_definitions, term_key
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
