"""Restriction counts (RegData's binding words, in Colombian legal Spanish)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regdesign.model import Document, Provision, SourceSpan
from regdesign.nlp import restrictions as restrictions_module
from regdesign.nlp.restrictions import count_restrictions, document_restrictions, restrictions_by_provision
from regdesign.parse import parse_document


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


# --- the literal prefilter finds exactly what one pass of the pattern finds ------------------------------------


# pieces of legal Spanish around the counted expressions (case, accents, odd whitespace, near misses, characters
# whose lowercase changes the length, provision labels)
_FRAGMENT_ROWS = (
    "deberá|Deberán|debe|deben|debería|deber|indebido|tendrá que|tienen\n que|tiene|es obligación|SERÁ obligación",
    "estarán obligados|está obligada|obligatorias|se requiere|se  requieren|requerirá|se requerirán|es requisito",
    "No podrá|no\tpueden|no puede|se prohíben|prohibido|Prohibidas|en ningún caso|En ninguno|únicamente|Unicamente",
    "exclusivamente|sólo podrá|solamente podrán|solo|podrá|El|la entidad|informar|_|x|1|2019| |  |\n|\n\n|.|,|;|(|)",
    "«|-|ß|İ|ﬁ|Artículo 1. |\n\nArtículo 2. Objeto.\n|\nParágrafo. |\n### Artículo 3. Fin.\n|no|se|es|será|en|sólo",
)
_FRAGMENTS = [piece for row in _FRAGMENT_ROWS for piece in row.split("|")]
_texts = st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join)


def _reference_by_provision(document: Document) -> dict[str, int]:
    """The definition: one ``findall`` of the case-insensitive pattern per own span."""
    return {
        provision.id: sum(
            len(restrictions_module.RESTRICTION_RE.findall(document.text, part.start, part.end))
            for part in provision.own_spans()
        )
        for provision in document.iter_provisions()
    }


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_prefilter_counts_equal_plain_findall(text: str) -> None:
    document = parse_document("---\ntype: x\n---\n" + text, "a.md")
    assert restrictions_by_provision(document) == _reference_by_provision(document)
    assert document_restrictions(document) == len(
        restrictions_module.RESTRICTION_RE.findall(document.text, max(document.body_start, 0))
    )


@settings(max_examples=300, deadline=None)
@given(_texts, st.lists(st.integers(min_value=0, max_value=400), max_size=8))
def test_prefilter_matches_equal_findall_on_any_spans(text: str, cuts: list[int]) -> None:
    # spans that start and end anywhere, mid-word included (findall's endpos acts as the end of the text)
    lowered = text.lower()
    bounds = sorted({min(cut, len(lowered)) for cut in cuts})
    spans = list(zip(bounds, bounds[1:], strict=False))
    if not spans:
        return
    candidates = restrictions_module._candidate_starts(lowered, spans[0][0])
    expected = [len(restrictions_module._RESTRICTION_LOWER.findall(lowered, start, end)) for start, end in spans]
    assert restrictions_module._matches(lowered, candidates, spans) == expected
