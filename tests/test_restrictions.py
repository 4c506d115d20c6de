"""Restriction counts (RegData's binding words, in Colombian legal Spanish)."""

from __future__ import annotations

import pytest

from regdesign.model import Document, Provision, SourceSpan
from regdesign.nlp.restrictions import count_restrictions, document_restrictions, restrictions_by_provision


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El operador deberá informar y los usuarios deberán pagar.", 2),
        ("La entidad debe publicar; las personas deben registrarse.", 2),
        ("Tendrá que presentar el informe. Tendrán que firmar.", 2),
        ("No podrá cobrar. NO PODRÁN participar. No podra ceder.", 3),
        ("Se prohíbe fumar. Se prohibe exigir copias. Queda prohibido cobrar. Prohibidas las cuotas.", 4),
        ("Es obligatorio el registro y son obligatorias las pólizas.", 2),
        ("Se requiere licencia. Se requerirá póliza. Requerirán aval.", 3),
        ("Únicamente las mipymes; exclusivamente en línea.", 2),
        ("Sólo podrá usar datos abiertos. Solo podrán participar personas jurídicas.", 2),
        ("Es obligación del contratista pagar. Estará obligado a informar. Estarán obligadas a pagar.", 3),
        ("Será requisito la inscripción. En ningún caso se devolverá el dinero.", 2),
        ("La entidad podrá ampliar el plazo. El deber de informar existe.", 0),
        ("Los deberes y los debates no cuentan; tampoco la palabra debería.", 0),
        ("", 0),
    ],
)
def test_count_restrictions(text: str, expected: int) -> None:
    assert count_restrictions(text) == expected


def _document() -> Document:
    text = "---\ntype: x\n---\nArtículo 1. El operador deberá informar.\nParágrafo. No podrá cobrar.\nArtículo 2. Sólo podrá usar datos."
    a1 = text.index("Artículo 1")
    p1 = text.index("Parágrafo")
    a2 = text.index("Artículo 2")
    paragraph = Provision(
        "art_1__par_unico",
        "paragrafo",
        None,
        "Parágrafo.",
        None,
        SourceSpan(p1, a2 - 1),
        SourceSpan(p1 + len("Parágrafo. "), a2 - 1),
    )
    article1 = Provision(
        "art_1",
        "articulo",
        "1",
        "Artículo 1.",
        None,
        SourceSpan(a1, a2 - 1),
        SourceSpan(a1 + len("Artículo 1. "), a2 - 1),
        children=(paragraph,),
    )
    article2 = Provision(
        "art_2",
        "articulo",
        "2",
        "Artículo 2.",
        None,
        SourceSpan(a2, len(text)),
        SourceSpan(a2 + len("Artículo 2. "), len(text)),
    )
    return Document(
        path="a.md",
        text=text,
        type="proyecto_de_acuerdo",
        provisions=(article1, article2),
        body_start=text.index("Artículo 1"),
    )


def test_by_provision_counts_own_words_only() -> None:
    document = _document()
    assert restrictions_by_provision(document) == {"art_1": 1, "art_1__par_unico": 1, "art_2": 1}
    assert document_restrictions(document) == 3
    assert sum(restrictions_by_provision(document).values()) == document_restrictions(document)


def test_front_matter_is_not_counted() -> None:
    text = "---\nnota: deberá\n---\nTexto sin obligaciones."
    document = Document(path="a.md", text=text, type=None, body_start=text.index("Texto"))
    assert document_restrictions(document) == 0


def test_corpus_law_counts_at_least_its_deberá(shared_corpus) -> None:
    import re

    text = (shared_corpus / "gold" / "ley_1712_2014.txt").read_text(encoding="utf-8")
    deberá = len(re.findall(r"(?i)\bdeber[aá]n?\b", text))
    assert deberá > 20
    assert count_restrictions(text) > deberá
