"""The sample documents as the product's own acceptance test: early drafts (from this repository's Git history)
carry planted problems that `regdesign check` must find; the final versions must be free of structural errors and
barriers."""

from __future__ import annotations

from pathlib import Path

import pytest

from regdesign.check import analyze_document, check_paths
from regdesign.config import Config
from regdesign.history import document_versions, open_repository, read_blob_text
from regdesign.parse import parse_document

REPO = Path(__file__).resolve().parents[1]
BARRIER_PREFIXES = ("OCDE", "ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL")
STRUCTURAL = ("ESTRUCTURA-", "TDR-", "FRONTMATTER-", "REF-INTERNA-ROTA", "REF-ARTICULO-INEXISTENTE", "ENCODING")

# What each first draft must be caught doing: (rule id prefix, category prefix or None).
PLANTED = {
    "bills/tecnologias_emergentes.md": [
        ("ESTRUCTURA-NUMERACION", None),
        ("ESTRUCTURA-PARAGRAFO", None),
        ("REF-INTERNA-ROTA", None),
        ("OCDE-A5", "OCDE-A5"),
        ("ANTITRAMITES-ART39", "ANTITRAMITES"),
        ("ANTITRAMITES-ART25", "ANTITRAMITES"),
        ("TD-RADICACION-FISICA", "TRANSFORMACION-DIGITAL"),
    ],
    "bills/sandbox_govtech_movilidad.md": [
        ("ESTRUCTURA-DUPLICADO", None),
        ("REF-INTERNA-ROTA", None),
        ("REF-NORMA-DEROGADA", None),
        ("ANTITRAMITES-ART7", "ANTITRAMITES"),
        ("OCDE-A1", "OCDE-A1"),
        ("OCDE-B4", "OCDE-B4"),
    ],
    "terms_of_reference/innovacion_abierta_2027.md": [
        ("TDR-PUNTAJE", None),
        ("TDR-CRONOGRAMA", None),
        ("TDR-PLAZO", None),
        ("OCDE-A5", "OCDE-A5"),
        ("CONTRATACION-L1150-ISO9001", "CONTRATACION"),
        ("CONTRATACION-L1150-EXPERIENCIA-PUBLICA", "CONTRATACION"),
        ("CONTRATACION-PAZ-Y-SALVO", "CONTRATACION"),
        ("TD-RECHAZO-DIGITAL", "TRANSFORMACION-DIGITAL"),
    ],
    "terms_of_reference/reto_movilidad_segura_2027.md": [
        ("OCDE-A5-CAMARA-LOCAL", "OCDE-A5"),
        ("TD-MEDIO-MAGNETICO", "TRANSFORMACION-DIGITAL"),
        ("TD-MARCA", "TRANSFORMACION-DIGITAL"),
        ("CONTRATACION-L80-FORMALIDADES", "CONTRATACION"),
    ],
}


@pytest.fixture(scope="module")
def repo():
    return open_repository(REPO)


def first_draft(repo, path: str):
    versions = document_versions(repo, path)
    assert len(versions) >= 3, f"{path} should have several drafting commits"
    oldest = versions[-1]
    text = read_blob_text(repo, oldest.sha, oldest.path)
    return parse_document(text, path)


@pytest.mark.parametrize("path", sorted(PLANTED))
def test_first_draft_shows_the_planted_problems(repo, path):
    result = analyze_document(first_draft(repo, path), Config())
    for rule, category in PLANTED[path]:
        hits = [f for f in result.findings if f.rule.startswith(rule)]
        assert hits, f"{path}: expected {rule}; got {sorted({f.rule for f in result.findings})}"
        for finding in hits:
            assert finding.basis, f"{finding.rule} has no legal basis"
            if category:
                assert finding.category.startswith(category)
                assert finding.suggestion, f"{finding.rule} has no suggestion"


def test_final_versions_are_free_of_structural_errors_and_barriers():
    result = check_paths([REPO / "bills", REPO / "terms_of_reference"], Config())
    assert len(result.documents) == 4
    bad = [
        (f.path, f.rule, f.message)
        for f in result.findings
        if f.rule.startswith(STRUCTURAL) or f.category.startswith(BARRIER_PREFIXES) or f.severity == "error"
    ]
    assert bad == []
    assert all(d.restrictions > 0 and d.words > 100 for d in result.documents)
