"""Every rule of every pack fires on its ``examples.trigger`` and stays silent on its ``examples.near_miss``."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from regdesign.model import Document
from regdesign.rules.engine import BARRIER_CATEGORY_PREFIXES, Rule, load_rules, run_rules

RULESET = load_rules()


def document_for(rule: Rule, example: Any) -> Document:
    """A Document for an example: a clause string, or ``{text, metadata, doc_type}`` with front matter."""
    default_type = rule.applies_to[0] if rule.applies_to else None
    if isinstance(example, str):
        return Document(path="example.md", text=example, type=default_type)
    metadata = dict(example.get("metadata") or {})
    front = "---\n" + yaml.safe_dump(metadata, allow_unicode=True, sort_keys=False) + "---\n" if metadata else ""
    doc_type = example.get("doc_type") or metadata.get("type") or default_type
    return Document(
        path="example.md", text=front + example["text"], type=doc_type, metadata=metadata, body_start=len(front)
    )


CASES = [
    pytest.param(rule.id, kind, index, id=f"{rule.id}-{kind}-{index}")
    for rule in RULESET
    for kind in ("trigger", "near_miss")
    for index in range(len(rule.examples.get(kind, ())))
]


@pytest.mark.parametrize(("rule_id", "kind", "index"), CASES)
def test_rule_examples(rule_id: str, kind: str, index: int) -> None:
    rule = RULESET.get(rule_id)
    assert rule is not None
    example = rule.examples[kind][index]
    document = document_for(rule, example)
    fired = [f for f in run_rules(document, RULESET) if f.rule == rule_id]
    if kind == "trigger":
        assert fired, f"{rule_id} did not fire on {example!r}"
        for finding in fired:
            assert 0 <= finding.start < finding.end <= len(document.text)
            if rule.matcher != "predicate":
                assert finding.start >= document.body_start
    else:
        assert not fired, f"{rule_id} fired on near miss {example!r}: {[f.message for f in fired]}"


def test_every_rule_has_examples_of_both_kinds() -> None:
    for rule in RULESET:
        assert rule.examples.get("trigger"), rule.id
        assert rule.examples.get("near_miss"), rule.id


def test_barrier_packs_cover_the_brief() -> None:
    barrier_rules = [rule for rule in RULESET if rule.category.startswith(BARRIER_CATEGORY_PREFIXES)]
    assert len(barrier_rules) >= 60
    categories = {rule.category for rule in barrier_rules}
    oecd = {f"OCDE-{letter}{n}" for letter, top in (("A", 5), ("B", 4), ("C", 3), ("D", 3)) for n in range(1, top + 1)}
    assert oecd <= categories, sorted(oecd - categories)
    assert {"ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"} <= categories
    bases = " ".join(rule.basis for rule in barrier_rules)
    for article in (
        "art. 25",
        "art. 5",
        "art. 7",
        "art. 9",
        "art. 10",
        "art. 11",
        "art. 14",
        "arts. 17 y 18",
        "art. 21",
        "art. 29",
        "art. 30",
        "art. 36",
        "art. 39 par. 2",
    ):
        assert f"Decreto Ley 019 de 2012, {article}" in bases, article
    for basis in (
        "Ley 80 de 1993, art. 24 num. 5",
        "Ley 80 de 1993, art. 25 num. 15",
        "Ley 1150 de 2007, art. 5 num. 1",
        "Ley 1150 de 2007, art. 5 par. 2",
        "Ley 1150 de 2007, art. 5 par. 5",
        "Ley 1150 de 2007, art. 2 par. 4",
        "Ley 1955 de 2019, art. 147",
    ):
        assert basis in bases, basis


def test_every_barrier_rule_has_basis_suggestion_and_messages() -> None:
    for rule in RULESET:
        if rule.category.startswith(BARRIER_CATEGORY_PREFIXES):
            assert rule.basis and rule.suggestion and rule.message_es and rule.message_en, rule.id


@pytest.mark.parametrize(
    ("text", "doc_type", "rule_id"),
    [
        ("No se exigirán copias autenticadas de los documentos.", "decreto", "ANTITRAMITES-ART25-AUTENTICADOS"),
        ("Se prohíbe exigir declaraciones extrajuicio.", "decreto", "ANTITRAMITES-ART7-EXTRAJUICIO"),
        (
            "Sin necesidad de presentación personal, la solicitud se tramitará.",
            "decreto",
            "ANTITRAMITES-ART5-PRESENTACION-PERSONAL",
        ),
        ("Ninguna autoridad podrá exigir la huella dactilar.", "decreto", "ANTITRAMITES-ART17-HUELLA"),
        (
            "La entidad no exigirá la entrega de la propuesta en medio magnético.",
            "terminos_de_referencia",
            "TD-MEDIO-MAGNETICO",
        ),
    ],
)
def test_negated_requirements_are_not_barriers(text: str, doc_type: str, rule_id: str) -> None:
    document = Document(path="", text=text, type=doc_type)
    assert rule_id not in {f.rule for f in run_rules(document, RULESET)}


@pytest.mark.parametrize(
    ("text", "doc_type", "barrier_rule"),
    [
        # the "no" joined to the verb a permit rule starts its match at ("@negacion_del_verbo")
        ("Las tiendas de barrio no necesitarán permiso ni licencia distrital para vender al público.", "decreto", None),
        (
            "Las ferias artesanales no requerirán autorización previa de la Secretaría para su realización.",
            "decreto",
            None,
        ),
        # an exemption from any charge ("@exencion_de_cobro") and a refund to the customer who leaves
        (
            "El gimnasio devolverá el saldo no usado al cliente que cancele su plan, sin cobrar penalidad.",
            "resolucion",
            None,
        ),
        # the same negated verb IS the barrier when only the incumbents are spared the permit (B4)
        (
            "Los operadores de patinetas que funcionan hoy no requerirán el nuevo permiso de operación, que solo se "
            "exigirá a los nuevos operadores.",
            "decreto",
            "OCDE-B4-SOLO-NUEVOS",
        ),
    ],
)
def test_negated_permit_verbs_and_charge_exemptions(text: str, doc_type: str, barrier_rule: str | None) -> None:
    fired = {f.rule for f in run_rules(Document(path="", text=text, type=doc_type), RULESET)}
    barrier_fired = {rule for rule in fired if RULESET.get(rule) and RULESET.get(rule).category.startswith("OCDE")}
    if barrier_rule is None:
        assert not barrier_fired, barrier_fired
    else:
        assert barrier_rule in barrier_fired


DOMICILE = "Los proponentes deberán acreditar domicilio principal en el Distrito de Medellín"


@pytest.mark.parametrize(
    ("tail", "barrier"),
    [
        (".", True),
        (", conforme a la Ley 1150 de 2007.", False),  # the national law orders it: not a local barrier
        (", de conformidad con el Decreto 1082 de 2015.", False),
        # "notwithstanding the law": the local requirement applies on top of it, still a barrier
        (", sin perjuicio de lo previsto en la Ley 1150 de 2007.", True),
        (", sin perjuicio de lo establecido en el Decreto 1082 de 2015.", True),
    ],
)
def test_a_cited_national_norm_limits_the_requirement_unless_it_applies_on_top(tail: str, barrier: bool) -> None:
    document = Document(path="", text=DOMICILE + tail, type="terminos_de_referencia")
    assert ("OCDE-A5-DOMICILIO" in {f.rule for f in run_rules(document, RULESET)}) is barrier


@pytest.mark.parametrize(
    ("text", "rule_id", "barrier"),
    [
        # an excluded phrase counts only where it starts a word: "más de" is not inside "plataformas de"
        (
            "La sociedad Terminales S.A. será la única autorizada para vender los tiquetes, y las demás empresas no "
            "podrán venderlos ni a través de plataformas de terceros.",
            "OCDE-A1-SOLO-UN-PROVEEDOR",
            True,
        ),
        (
            "La Cooperativa de Floristas será la única autorizada para vender más de cien ramos.",
            "OCDE-A1-SOLO-UN-PROVEEDOR",
            False,
        ),
        # "metro" (excluded: public transport fares) is not inside "taxímetro"; a tariff table shown to users is not
        # a uniform price imposed on competitors
        (
            "Los vehículos taxi deberán llevar el taxímetro visible para el usuario, junto con la tabla de tarifas vigente.",
            "OCDE-B1-PRECIO-UNIFORME",
            False,
        ),
        (
            "Los proponentes podrán acreditar experiencia en contratos celebrados tanto con entidades estatales como con "
            "particulares.",
            "CONTRATACION-L1150-EXPERIENCIA-PUBLICA",
            False,
        ),
    ],
)
def test_context_words_count_where_they_start_a_word(text: str, rule_id: str, barrier: bool) -> None:
    found = {f.rule for f in run_rules(Document(path="", text=text, type="terminos_de_referencia"), RULESET)}
    found |= {f.rule for f in run_rules(Document(path="", text=text, type="proyecto_de_acuerdo"), RULESET)}
    assert (rule_id in found) is barrier


def test_accent_and_case_insensitive() -> None:
    for text in ("SE EXIGIRÁ COPIA AUTENTICADA DE LA CÉDULA.", "se exigira copia autenticada de la cedula."):
        rules = {f.rule for f in run_rules(Document(path="", text=text, type="decreto"), RULESET)}
        assert "ANTITRAMITES-ART25-AUTENTICADOS" in rules


def test_applies_to_restricts_document_types() -> None:
    clause = "Créase el Registro Municipal de Vendedores de Comidas Rápidas."
    acuerdo = {f.rule for f in run_rules(Document(path="", text=clause, type="proyecto_de_acuerdo"), RULESET)}
    ley = {f.rule for f in run_rules(Document(path="", text=clause, type="proyecto_de_ley"), RULESET)}
    assert "ANTITRAMITES-ART39-NUEVO-TRAMITE" in acuerdo
    assert "ANTITRAMITES-ART39-NUEVO-TRAMITE" not in ley
    assert "OCDE-A2-REGISTRO" in ley
