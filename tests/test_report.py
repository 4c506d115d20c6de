import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from regdesign.check import CheckResult, DocumentResult
from regdesign.model import Finding
from regdesign.report import format_github, format_json, format_result, format_text, to_sarif

SARIF_SCHEMA = Path(__file__).parent / "data" / "sarif" / "sarif-schema-2.1.0.json"


def make_result() -> CheckResult:
    findings = (
        Finding(
            rule="OCDE-A5-DOMICILIO",
            severity="error",
            message="Exige domicilio en Medellín.",
            message_en="Requires a Medellín domicile.",
            path="bills/a.md",
            start=120,
            end=150,
            line=7,
            column=3,
            provision="art_6",
            category="OCDE-A5",
            basis="Ley 80 de 1993, arts. 20-21",
            suggestion="Permita proponentes de cualquier domicilio.",
        ),
        Finding(
            rule="ESTRUCTURA-NUMERACION",
            severity="warning",
            message="Falta el artículo 7: a, b, c",
            path="bills/a.md",
            start=10,
            end=20,
            line=2,
            column=1,
            category="ESTRUCTURA",
        ),
        Finding(
            rule="LENGUAJE-CLARO-ORACION",
            severity="info",
            message="Oración larga:\n47 palabras",
            path="tor/b.md",
            start=0,
            end=5,
            line=1,
            column=1,
            category="LENGUAJE-CLARO",
        ),
    )
    documents = (
        DocumentResult(path="bills/a.md", type="proyecto_de_acuerdo", findings=findings[:2], restrictions=4),
        DocumentResult(path="tor/b.md", type="terminos_de_referencia", findings=findings[2:], restrictions=1),
    )
    return CheckResult(documents=documents, skipped=(("bin/x.md", "archivo binario"),))


def test_text_is_ruff_like_sorted_and_localised():
    result = make_result()
    lines = format_text(result).splitlines()
    assert lines[0] == "bills/a.md:2:1: ESTRUCTURA-NUMERACION [advertencia] Falta el artículo 7: a, b, c"
    assert lines[1].startswith("bills/a.md:7:3: OCDE-A5-DOMICILIO [error] Exige domicilio")
    assert "bin/x.md: omitido: archivo binario" in lines
    assert lines[-1] == "2 archivos, 3 hallazgos (1 error, 1 advertencia, 1 nota)"
    english = format_text(result, "en", verbose=True)
    assert "Requires a Medellín domicile." in english
    assert "    Basis: Ley 80 de 1993, arts. 20-21" in english


def test_summary_line_counts_agree_in_number():
    """ "1 archivo, 1 hallazgo (1 error, 0 advertencias, 0 notas)": singular for one, plural otherwise, both languages."""
    result = make_result()
    one = CheckResult(documents=(replace(result.documents[0], findings=result.findings[1:2]),))
    assert format_text(one).splitlines()[-1] == "1 archivo, 1 hallazgo (1 error, 0 advertencias, 0 notas)"
    assert format_text(one, "en").splitlines()[-1] == "1 file, 1 finding (1 error, 0 warnings, 0 info)"
    many = format_text(result, "en").splitlines()[-1]
    assert many == "2 files, 3 findings (1 error, 1 warning, 1 info)"
    empty = CheckResult(documents=(replace(result.documents[0], findings=()),))
    assert format_text(empty).splitlines()[-1] == "1 archivo. Sin hallazgos."
    assert format_text(CheckResult(documents=())).splitlines()[-1] == "0 archivos. Sin hallazgos."


def test_json_follows_the_contract():
    payload = json.loads(format_json(make_result()))
    assert set(payload) == {"findings", "summary"}
    first = payload["findings"][1]
    assert set(first) == {
        "rule",
        "severity",
        "message",
        "path",
        "start",
        "end",
        "line",
        "column",
        "provision",
        "category",
        "basis",
        "suggestion",
    }
    assert first["provision"] == "art_6"
    assert payload["summary"]["by_severity"] == {"error": 1, "warning": 1, "info": 1}
    assert payload["summary"]["restrictions"] == 5
    assert make_result().exit_code("error") == 1
    assert make_result().exit_code("never") == 0


def test_exit_code_threshold():
    only_info = CheckResult(documents=(make_result().documents[1],))
    assert only_info.exit_code("error") == 0
    assert only_info.exit_code("warning") == 0
    assert only_info.exit_code("info") == 1


def test_sarif_is_valid_sarif_2_1_0():
    log = to_sarif(make_result())
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == sorted(
        {"OCDE-A5-DOMICILIO", "ESTRUCTURA-NUMERACION", "LENGUAJE-CLARO-ORACION"}
    )
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels == {
        "OCDE-A5-DOMICILIO": "error",
        "ESTRUCTURA-NUMERACION": "warning",
        "LENGUAJE-CLARO-ORACION": "note",
    }
    region = next(r for r in run["results"] if r["ruleId"] == "OCDE-A5-DOMICILIO")["locations"][0]["physicalLocation"]
    assert region["region"]["startLine"] == 7 and region["region"]["charOffset"] == 120


def test_sarif_schema_rejects_a_broken_log():
    log = to_sarif(make_result())
    log["runs"][0]["results"][0]["level"] = "fatal"
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(log, schema)


def test_github_annotations_escape_newlines_and_commas():
    text = format_github(make_result())
    lines = text.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("::warning file=bills/a.md,line=2,col=1,title=ESTRUCTURA-NUMERACION::")
    assert "Oración larga:%0A47 palabras" in text
    assert any(line.startswith("::notice ") for line in lines)


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        format_result(make_result(), "xml")
