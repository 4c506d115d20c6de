"""Findings → text, JSON, SARIF 2.1.0 and GitHub annotations.

``text`` is ruff-like (``path:line:col: RULE message``), ``json`` follows the contract of DESIGN.md
(``{"findings": [...], "summary": {...}}``), ``sarif`` is a SARIF 2.1.0 log with one rule descriptor per rule id,
``github`` prints workflow commands that GitHub Actions shows as annotations.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from regdesign import __version__
from regdesign.check import CheckResult
from regdesign.model import Finding, to_json

FORMATS = ("text", "json", "sarif", "github")
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = "https://www.medellin.gov.co/medeinn"
#: Words of the text report; counted nouns are (singular, plural) pairs (see ``_counted``); severities in brackets
#: use the singular.
LABELS: dict[str, dict[str, Any]] = {
    "es": {
        "error": ("error", "errores"),
        "warning": ("advertencia", "advertencias"),
        "info": ("nota", "notas"),
        "basis": "Fundamento",
        "suggestion": "Sugerencia",
        "files": ("archivo", "archivos"),
        "findings": ("hallazgo", "hallazgos"),
        "none": "Sin hallazgos.",
        "skipped": "omitido",
    },
    "en": {
        "error": ("error", "errors"),
        "warning": ("warning", "warnings"),
        "info": ("info", "info"),
        "basis": "Basis",
        "suggestion": "Suggestion",
        "files": ("file", "files"),
        "findings": ("finding", "findings"),
        "none": "No findings.",
        "skipped": "skipped",
    },
}


def _counted(n: int, forms: tuple[str, str]) -> str:
    """ "1 archivo", "0 archivos", "3 hallazgos": the count with the noun agreeing in number."""
    return f"{n} {forms[0] if n == 1 else forms[1]}"


def format_text(result: CheckResult, lang: str = "es", *, verbose: bool = False) -> str:
    """One line per finding, ``path:line:col: RULE [severity] message``; a summary line at the end."""
    labels = LABELS[lang]
    lines = []
    for finding in result.findings:
        data = finding.to_dict(lang)
        lines.append(
            f"{finding.path}:{finding.line}:{finding.column}: {finding.rule} [{labels[finding.severity][0]}] {data['message']}"
        )
        if verbose:
            if finding.basis:
                lines.append(f"    {labels['basis']}: {finding.basis}")
            if finding.suggestion:
                lines.append(f"    {labels['suggestion']}: {finding.suggestion}")
    for path, reason in result.skipped:
        lines.append(f"{path}: {labels['skipped']}: {reason}")
    summary = result.summary()
    counts = ", ".join(_counted(n, labels[s]) for s, n in summary["by_severity"].items())
    files = _counted(summary["files"], labels["files"])
    if summary["findings"]:
        lines.append(f"{files}, {_counted(summary['findings'], labels['findings'])} ({counts})")
    else:
        lines.append(f"{files}. {labels['none']}")
    return "\n".join(lines)


def format_json(result: CheckResult, lang: str = "es") -> str:
    payload = {"findings": [f.to_dict(lang) for f in result.findings], "summary": result.summary()}
    return to_json(payload, indent=2)


def _rule_descriptors(findings: Iterable[Finding], lang: str) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for finding in findings:
        if finding.rule in seen:
            continue
        descriptor: dict[str, Any] = {
            "id": finding.rule,
            "name": finding.rule.replace("-", " ").title().replace(" ", ""),
            "shortDescription": {"text": finding.to_dict(lang)["message"][:200] or finding.rule},
            "defaultConfiguration": {"level": SARIF_LEVEL[finding.severity]},
            "properties": {"category": finding.category, "tags": [finding.category] if finding.category else []},
        }
        if finding.basis:
            descriptor["fullDescription"] = {"text": finding.basis}
        if finding.suggestion:
            descriptor["help"] = {"text": finding.suggestion}
        seen[finding.rule] = descriptor
    return [seen[key] for key in sorted(seen)]


def to_sarif(result: CheckResult, lang: str = "es") -> dict[str, Any]:
    """A SARIF 2.1.0 log (as a dict) of the run."""
    findings = result.findings
    rules = _rule_descriptors(findings, lang)
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    results = []
    for finding in findings:
        item: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": SARIF_LEVEL[finding.severity],
            "message": {"text": finding.to_dict(lang)["message"] or finding.rule},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": finding.path.replace("\\", "/"), "uriBaseId": "%SRCROOT%"},
                        "region": {
                            "startLine": max(finding.line, 1),
                            "startColumn": max(finding.column, 1),
                            "charOffset": finding.start,
                            "charLength": max(finding.end - finding.start, 0),
                        },
                    },
                    **(
                        {"logicalLocations": [{"name": finding.provision, "kind": "member"}]}
                        if finding.provision
                        else {}
                    ),
                }
            ],
            "properties": {"category": finding.category, "basis": finding.basis, "suggestion": finding.suggestion},
        }
        results.append(item)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "regdesign",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def format_sarif(result: CheckResult, lang: str = "es") -> str:
    return to_json(to_sarif(result, lang), indent=2)


def _escape_property(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(":", "%3A").replace(",", "%2C")


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def format_github(result: CheckResult, lang: str = "es") -> str:
    """GitHub Actions workflow commands (``::error file=…,line=…,col=…,title=RULE::message``)."""
    command = {"error": "error", "warning": "warning", "info": "notice"}
    lines = []
    for finding in result.findings:
        message = finding.to_dict(lang)["message"]
        if finding.suggestion:
            message += f"\n{LABELS[lang]['suggestion']}: {finding.suggestion}"
        lines.append(
            f"::{command[finding.severity]} file={_escape_property(finding.path)},line={finding.line},"
            f"col={finding.column},title={_escape_property(finding.rule)}::{_escape_data(message)}"
        )
    return "\n".join(lines)


def format_result(result: CheckResult, fmt: str, lang: str = "es", *, verbose: bool = False) -> str:
    if fmt == "text":
        return format_text(result, lang, verbose=verbose)
    if fmt == "json":
        return format_json(result, lang)
    if fmt == "sarif":
        return format_sarif(result, lang)
    if fmt == "github":
        return format_github(result, lang)
    raise ValueError(f"unknown format {fmt!r}")
