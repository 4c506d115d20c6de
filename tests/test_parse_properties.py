"""Hypothesis properties of the parser: any text parses, spans stay inside the text and their parents, ids unique."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regdesign.model import Document, Provision
from regdesign.parse import parse_document
from regdesign.structure import check_structure

FRONT_MATTER = "---\ntype: proyecto_de_acuerdo\ntitle: Prueba\ndate: 2027-02-15\n---\n"
TDR_FRONT_MATTER = (
    "---\ntype: terminos_de_referencia\ntitle: T\nentity: E\nobject: O\n"
    "schedule: {publication: 2027-02-01, closing: 2027-02-03}\ncriteria: [{id: C, name: N, points: 7}]\n---\n"
)

# Pieces of legal text that exercise every branch of the line classifier, glued in random order.
FRAGMENTS = [
    "ARTÍCULO 1o. OBJETO. Texto.",
    "Artículo 2. Definiciones.",
    "### Artículo 3.",
    "**Artículo 4. Algo.** Texto",
    "## art:5 — EPÍGRAFE",
    "Artículo quinto.",
    "Artículo 2A.",
    "ARTÍCULO 256-1.",
    "PARÁGRAFO.",
    "Parágrafo 1o.",
    "Parágrafo transitorio 2.",
    "TÍTULO II.",
    "CAPÍTULO I",
    "SECCIÓN 3.",
    "LIBRO I",
    "1. Numeral",
    "2) Numeral",
    "43.2. Sub",
    "a) literal",
    "b. literal",
    "- c) literal",
    "(d) literal",
    "quedará así:",
    "Modifíquese el artículo 3, así:",
    '"Artículo 9. Citado',
    'fin de la cita."',
    "“Parágrafo citado”",
    "<Nota del compilador>",
    "> cita en bloque",
    "| tabla | 1 |",
    "```",
    "EXPOSICIÓN DE MOTIVOS",
    "PROYECTO DE ACUERDO",
    "ACUERDA:",
    "PUBLÍQUESE Y CÚMPLASE.",
    "## 1. PRESENTACIÓN",
    "### 1.1. Sub",
    "2.1. Sección",
    "# Encabezado",
    "",
    "   ",
    "---",
    "texto corriente.",
    "\r",
    "\t",
    "*",
    "**",
    "#",
    "Artículo",
    "Artículo 1",
    "Parágrafo",
    "\ufeff",
]

lines = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=40)
newline = st.sampled_from(["\n", "\r\n", "\n\n"])


def _innermost(document: Document, offset: int) -> Provision | None:
    """The innermost provision containing ``offset``, by a plain walk (what the binary search must give)."""
    found = None
    for provision in document.iter_provisions():
        if provision.span.contains(offset) and (found is None or found.span.contains(provision.span.start)):
            found = provision
    return found


def assert_sound(document: Document, text: str) -> None:
    assert document.text == text
    seen: set[str] = set()

    def walk(provision: Provision, parent: Provision | None) -> None:
        assert provision.id not in seen
        seen.add(provision.id)
        assert 0 <= provision.span.start <= provision.span.end <= len(text)
        assert provision.span.start <= provision.body.start <= provision.body.end <= provision.span.end
        if provision.heading_span is not None:
            assert provision.span.start <= provision.heading_span.start <= provision.heading_span.end
            assert provision.heading_span.end <= provision.span.end
        if parent is not None:
            assert parent.span.start <= provision.span.start and provision.span.end <= parent.span.end
        if provision.label:
            assert text.startswith(provision.label, provision.span.start)
        for child in provision.children:
            walk(child, provision)
        siblings(provision.children)

    def siblings(level: tuple[Provision, ...]) -> None:
        # in text order and disjoint: Document.provision_at relies on it (binary search per level)
        for before, after in itertools.pairwise(level):
            assert before.span.end <= after.span.start

    for provision in document.provisions:
        walk(provision, None)
    siblings(document.provisions)
    for offset in range(0, len(text) + 1, max(1, len(text) // 60)):
        assert document.provision_at(offset) is _innermost(document, offset)
    for problem in document.problems:
        assert problem.rule != "PARSE-INTERNO"
        assert 0 <= problem.start <= problem.end <= len(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text(text: str) -> None:
    document = parse_document(text)
    assert_sound(document, text)
    check_structure(document)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines, newline)
def test_legal_looking_text(parts: list[str], sep: str) -> None:
    text = sep.join(parts)
    document = parse_document(text)
    assert_sound(document, text)
    check_structure(document)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([FRONT_MATTER, TDR_FRONT_MATTER, "---\n", "---\n: :\n---\n", "---\n[\n---\n"]),
    lines,
    st.text(max_size=100),
)
def test_text_after_front_matter(front: str, parts: list[str], tail: str) -> None:
    text = front + "\n".join(parts) + tail
    document = parse_document(text)
    assert_sound(document, text)
    check_structure(document)
    if front in (FRONT_MATTER, TDR_FRONT_MATTER):
        assert document.body_start == len(front)
        assert document.type is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_arbitrary_front_matter_content(content: str) -> None:
    text = "---\n" + content + "\n---\nARTÍCULO 1. OBJETO. Texto.\n"
    document = parse_document(text)
    assert_sound(document, text)
    for problem in document.problems:
        assert problem.rule.startswith("FRONTMATTER-")
