"""Spanish syllable counting and the readability indices, checked against hand counts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from regdesign.model import Document, Provision, SourceSpan
from regdesign.readability import count_syllables, document_readability, inflesz_label, readability

# word, syllables, syllabification by hand (RAE orthographic rules)
HAND_COUNTED = [
    ("garantía", 4, "ga-ran-tí-a"),  # í + a: hiatus by the accent
    ("país", 2, "pa-ís"),
    ("reúne", 3, "re-ú-ne"),
    ("ciudad", 2, "ciu-dad"),  # iu: diphthong of two closed vowels
    ("cuidado", 3, "cui-da-do"),
    ("ley", 1, "ley"),  # final y is a vowel
    ("leyes", 2, "le-yes"),  # y before a vowel is a consonant
    ("buey", 1, "buey"),  # triphthong
    ("averiguáis", 4, "a-ve-ri-guáis"),  # triphthong uái
    ("constitucionales", 6, "cons-ti-tu-cio-na-les"),
    ("perjuicio", 3, "per-jui-cio"),
    ("guerra", 2, "gue-rra"),  # silent u
    ("pingüino", 3, "pin-güi-no"),
    ("ahí", 2, "a-hí"),
    ("prohibir", 2, "prohi-bir"),  # h does not break the diphthong
    ("prohíbe", 3, "pro-hí-be"),
    ("aéreo", 4, "a-é-re-o"),
    ("leer", 2, "le-er"),
    ("proveedores", 5, "pro-ve-e-do-res"),
    ("información", 4, "in-for-ma-ción"),
    ("deberán", 3, "de-be-rán"),
    ("siguiente", 3, "si-guien-te"),
    ("lingüística", 4, "lin-güís-ti-ca"),
    ("Medellín", 3, "Me-de-llín"),
    ("Paraguay", 3, "Pa-ra-guay"),
    ("muy", 1, "muy"),
    ("hoy", 1, "hoy"),
    ("y", 1, "y"),
    ("aquí", 2, "a-quí"),
    ("chiita", 3, "chi-i-ta"),  # ii: hiatus
    ("oído", 3, "o-í-do"),
    ("búho", 2, "bú-ho"),
    ("queísmo", 3, "que-ís-mo"),
    ("Estado", 3, "Es-ta-do"),
    ("técnico-económico", 8, "téc-ni-co + e-co-nó-mi-co"),
    ("DNP", 1, "acronym without vowels: one syllable"),
    ("2019", 0, "numbers are not words"),
]


@pytest.mark.parametrize(("word", "expected", "syllabification"), HAND_COUNTED)
def test_count_syllables(word: str, expected: int, syllabification: str) -> None:
    assert count_syllables(word) == expected, syllabification


def test_at_least_thirty_hand_counted_words() -> None:
    assert len(HAND_COUNTED) >= 30


def test_formulas_by_hand() -> None:
    # "La ley es clara. Todos la entienden."
    # La(1) ley(1) es(1) cla-ra(2) | To-dos(2) la(1) en-tien-den(3): 7 words, 11 syllables, 2 sentences, 28 letters.
    result = readability("La ley es clara. Todos la entienden.")
    assert (result.words, result.sentences, result.syllables, result.letters) == (7, 2, 11, 28)
    # FH = 206.84 - 60 * 11/7 - 1.02 * 7/2 = 206.84 - 94.2857 - 3.57 = 108.98
    assert result.fernandez_huerta == pytest.approx(108.98, abs=0.01)
    # SP = 206.835 - 62.3 * 11/7 - 7/2 = 206.835 - 97.9 - 3.5 = 105.435
    assert result.szigriszt_pazos == pytest.approx(105.44, abs=0.01)
    assert result.inflesz == "muy fácil"
    # Gutiérrez de Polini = 95.2 - 9.7 * 28/7 - 0.35 * 7/2 = 95.2 - 38.8 - 1.225 = 55.175
    assert result.gutierrez_polini == pytest.approx(55.18, abs=0.01)


def test_long_sentence_scores_lower() -> None:
    easy = readability("El plazo es de diez días. La entidad lo cumple.")
    hard = readability(
        "La implementación de la reglamentación administrativa complementaria corresponderá conjuntamente a las "
        "dependencias competentes considerando la disponibilidad presupuestal."
    )
    assert hard.szigriszt_pazos < 40 <= 80 < easy.szigriszt_pazos
    assert hard.inflesz == "muy difícil"


@pytest.mark.parametrize(
    ("score", "label"),
    [
        (10, "muy difícil"),
        (39.99, "muy difícil"),
        (40, "algo difícil"),
        (54.9, "algo difícil"),
        (55, "normal"),
        (64.9, "normal"),
        (65, "bastante fácil"),
        (80, "bastante fácil"),
        (80.01, "muy fácil"),
        (None, None),
    ],
)
def test_inflesz_scale(score: float | None, label: str | None) -> None:
    assert inflesz_label(score) == label


def test_empty_text_has_no_scores() -> None:
    result = readability("  2019 $1.200.000 ")
    assert result.words == 0 and result.szigriszt_pazos is None and result.inflesz is None


def test_document_readability_per_provision() -> None:
    text = "Artículo 1. Objeto. La ley es clara.\nArtículo 2. Alcance. Todos la entienden."
    first = text.index("Artículo 2")
    body1 = text.index("La ley")
    body2 = text.index("Todos")
    document = Document(
        path="a.md",
        text=text,
        type=None,
        provisions=(
            Provision(
                "art_1", "articulo", "1", "Artículo 1.", "Objeto", SourceSpan(0, first), SourceSpan(body1, first)
            ),
            Provision(
                "art_2",
                "articulo",
                "2",
                "Artículo 2.",
                "Alcance",
                SourceSpan(first, len(text)),
                SourceSpan(body2, len(text)),
            ),
        ),
    )
    result = document_readability(document)
    assert result["provisions"]["art_1"]["words"] == 4
    assert result["provisions"]["art_2"]["words"] == 3
    assert result["body"]["words"] == 7 and result["body"]["syllables"] == 11 and result["body"]["sentences"] == 2


@given(st.text(max_size=200))
def test_never_raises(text: str) -> None:
    result = readability(text)
    assert result.words >= 0 and result.syllables >= result.words * (1 if result.words else 0)


# --- the fast counting paths agree with counting word by word ---------------------------------------------------

_WORDISH = st.text(alphabet="aeiouyhlnrsdtAEIOUYÁÉÍÓÚáéíóúüñÑ-0123456789.,;:()«»$ \t\n\u00a0\x1c", max_size=300)


def _word_by_word(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    from regdesign.readability import _LETTERS_WORD

    counts = []
    for start, end in spans:
        words = _LETTERS_WORD.findall(text, start, end)
        counts.append((len(words), sum(map(count_syllables, words)), sum(len(w) - w.count("-") for w in words)))
    return counts


@given(_WORDISH, st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300)), max_size=8))
def test_sentence_counts_match_word_by_word(text: str, cuts: list[tuple[int, int]]) -> None:
    from regdesign.readability import sentence_counts, span_counts

    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in cuts] + [(0, len(text))]
    expected = _word_by_word(text, spans)
    assert sentence_counts(text, spans) == expected
    assert span_counts(text, spans) == (
        sum(c[0] for c in expected),
        sum(1 for c in expected if c[0]),
        sum(c[1] for c in expected),
        sum(c[2] for c in expected),
    )


def test_long_chunks_are_counted_but_not_kept() -> None:
    from regdesign.readability import _CHUNKS, sentence_counts

    chunk = "constitucional-" * 20 + "ley"
    assert sentence_counts(chunk, [(0, len(chunk))]) == [(1, 20 * 5 + 1, 20 * 14 + 3)]  # one compound word
    assert chunk not in _CHUNKS


@pytest.mark.parametrize("counts", [(0, 0, 0, 0), (0, 3, 0, 0), (7, 0, 11, 30), (1, 1, 1, 1), (413, 9, 998, 2301)])
def test_document_scores_are_the_readability_scores(counts: tuple[int, int, int, int]) -> None:
    from regdesign.readability import _BITS, _score, _score_packed

    words, sentences, syllables, letters = counts
    packed = (words << 3 * _BITS) | (sentences << 2 * _BITS) | (syllables << _BITS) | letters
    assert _score_packed(packed) == _score(*counts).to_dict()
    assert list(_score_packed(packed)) == [
        "words",
        "sentences",
        "syllables",
        "letters",
        "fernandez_huerta",
        "szigriszt_pazos",
        "inflesz",
        "gutierrez_polini",
    ]


def test_document_readability_adds_children_and_own_text() -> None:
    text = "Artículo 1. Objeto. Uno dos. Tres.\nParágrafo. Cuatro cinco seis.\nArtículo 2. Siete."
    first_end = text.index("Artículo 2")
    par = text.index("Parágrafo")
    paragraph = Provision(
        "art_1__par", "paragrafo", None, "Parágrafo.", None, SourceSpan(par, first_end), SourceSpan(par + 11, first_end)
    )
    article = Provision(
        "art_1",
        "articulo",
        "1",
        "Artículo 1.",
        "Objeto",
        SourceSpan(0, first_end),
        SourceSpan(text.index("Uno"), first_end),
        children=(paragraph,),
    )
    second = Provision(
        "art_2",
        "articulo",
        "2",
        "Artículo 2.",
        None,
        SourceSpan(first_end, len(text)),
        SourceSpan(text.index("Siete"), len(text)),
    )
    result = document_readability(Document(path="a.md", text=text, type=None, provisions=(article, second)))
    provisions = result["provisions"]
    assert provisions["art_1__par"]["words"] == 3 and provisions["art_1__par"]["sentences"] == 1
    assert provisions["art_1"]["words"] == 6 and provisions["art_1"]["sentences"] == 3
    assert provisions["art_2"]["words"] == 1
    assert result["body"]["words"] == 7 and result["body"]["sentences"] == 4
