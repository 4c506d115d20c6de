"""Answer validators and literal text of the interviews (no docassemble needed)."""

from __future__ import annotations

import pytest

from regdesign.interviews import validators as v


@pytest.mark.parametrize(
    ("number", "digit"),
    [("890905211", 1), ("900123456", 8), ("800197268", 4), ("899999068", 1), ("860002964", 4)],
)
def test_nit_check_digit_matches_dian(number, digit):
    assert v.nit_check_digit(number) == digit


@pytest.mark.parametrize("text", ["890905211-1", "890.905.211-1", "900123456-8"])
def test_valid_nits_pass(text):
    assert v.validar_nit(text) is True
    assert v.is_valid_nit(text)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("890905211-2", "debe ser 1"), ("890905211", "dígito de verificación"), ("12AB", "entre 6 y 15 dígitos")],
)
def test_invalid_nits_explain_why(text, fragment):
    with pytest.raises(Exception, match=fragment):
        v.validar_nit(text)
    assert not v.is_valid_nit(text)


@pytest.mark.parametrize(
    ("text", "ok"), [("1.020.304.050", True), ("43123456", True), ("0123", False), ("12a45", False)]
)
def test_cedula(text, ok):
    if ok:
        assert v.validar_cedula(text)
    else:
        with pytest.raises(Exception, match="cédula"):
            v.validar_cedula(text)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("ana@dominio.co", True),
        ("a.b+c@sub.gov.co", True),
        ("ana@", False),
        ("ana dominio.co", False),
        ("ana@@x.co", False),
    ],
)
def test_email(text, ok):
    if ok:
        assert v.validar_correo(text)
    else:
        with pytest.raises(Exception, match="correo"):
            v.validar_correo(text)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("300 123 4567", True),
        ("+57 310-555-1234", True),
        ("604 444 5555", True),
        ("(601) 3456789", True),
        ("4445555", False),
        ("2001234567", False),
        ("609 123 4567", False),
    ],
)
def test_colombian_phone(text, ok):
    if ok:
        assert v.validar_telefono(text)
    else:
        with pytest.raises(Exception, match="celular"):
            v.validar_telefono(text)


def test_amount_within_budget():
    assert v.validar_monto(100, 100)
    with pytest.raises(Exception, match="supera el máximo"):
        v.validar_monto(100000001, 100000000)
    with pytest.raises(Exception, match="mayor que cero"):
        v.validar_monto(0, 100)


def test_schedule_order_and_points():
    assert v.schedule_problems({"publication": "2027-02-01", "closing": "2027-03-01"}) == []
    problems = v.schedule_problems({"publication": "2027-02-10", "questions_until": "2027-02-01"})
    assert len(problems) == 1 and "cierre de preguntas" in problems[0]
    assert v.criteria_points_problem([40, 35, 25]) is None
    assert "suman 90" in v.criteria_points_problem([40, 50])


@pytest.mark.parametrize(
    "text",
    [
        "${ 7*7 }",
        "{{ 6*6 }}",
        "<% import os %>",
        "% if True:",
        "[FILE x.pdf]",
        "$x$",
        "*a* _b_",
        "# título",
        "1. lista",
        "a & b &#91;",
    ],
)
def test_literal_renders_as_typed(text):
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(v.literal(text))
    import html as html_lib
    import re

    shown = html_lib.unescape(re.sub(r"<[^>]+>", "", html)).strip()
    assert shown == text
    assert not v.literal(text).lstrip().startswith("%")


def test_numeral_and_participants():
    call = {"participants": ["personas jurídicas", "uniones temporales"]}
    assert v.participante_admitido(call, "juridica") and v.participante_admitido(call, "union")
    assert not v.participante_admitido(call, "natural")
    assert v.numeral("sec_4_3") == "4.3" and v.numeral(None) == "4"
