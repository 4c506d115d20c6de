"""Sentence and paragraph segmentation of legal Spanish: exact offsets, no splits inside abbreviations/numbers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regdesign.nlp.sentences import count_words, is_heading, rendered_length, split_paragraphs, split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Según el art. 5 de la ley. El resto sigue.", ["Según el art. 5 de la ley.", "El resto sigue."]),
        ("Ver el num. 3 y el lit. a) del inc. 2. Fin.", ["Ver el num. 3 y el lit. a) del inc. 2.", "Fin."]),
        ("Radicado No. 12 de hoy. Otra.", ["Radicado No. 12 de hoy.", "Otra."]),
        ("Se aplica o no. El comité decide.", ["Se aplica o no.", "El comité decide."]),
        ("Lo dice la Ley 80 de 1993. El contrato sigue.", ["Lo dice la Ley 80 de 1993.", "El contrato sigue."]),
        ("Lo dice la Ley 80 de 1993. y su reglamento.", ["Lo dice la Ley 80 de 1993. y su reglamento."]),
        ("El artículo 2.2.3.3.3.5. Otra idea.", ["El artículo 2.2.3.3.3.5.", "Otra idea."]),
        ("Vale $1.200.000 en total. Pague ya.", ["Vale $1.200.000 en total.", "Pague ya."]),
        ("Una tasa de 2,5 por ciento. Fin.", ["Una tasa de 2,5 por ciento.", "Fin."]),
        ("Firma el Dr. Pérez. Luego la Sra. Gómez.", ["Firma el Dr. Pérez.", "Luego la Sra. Gómez."]),
        ("La empresa Datos S.A.S. Presenta oferta.", ["La empresa Datos S.A.S. Presenta oferta."]),
        ("Lo firma J. Pérez hoy.", ["Lo firma J. Pérez hoy."]),
        ("¿Quién paga? El proponente.", ["¿Quién paga?", "El proponente."]),
        (
            "Se entenderá por:\n1. Dato abierto: dato primario.\n2. Entidad: la Secretaría.",
            ["Se entenderá por:", "1. Dato abierto: dato primario.", "2. Entidad: la Secretaría."],
        ),
        (
            "a. Primer literal del artículo.\nb. Segundo literal.",
            ["a. Primer literal del artículo.", "b. Segundo literal."],
        ),
        ("IV. Cuarto punto. Sigue aquí.", ["IV. Cuarto punto.", "Sigue aquí."]),
        ("Una oración partida\nen dos líneas por Markdown.", ["Una oración partida\nen dos líneas por Markdown."]),
        ("Primer párrafo sin punto\n\nSegundo párrafo.", ["Primer párrafo sin punto", "Segundo párrafo."]),
        ("### Artículo 5. Objeto\nEl texto del artículo.", ["Artículo 5.", "Objeto", "El texto del artículo."]),
        ("- primer elemento\n- segundo elemento", ["primer elemento", "segundo elemento"]),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_with_start_and_end() -> None:
    text = "PREÁMBULO. Primera oración. Segunda oración. COLA"
    start = text.index("Primera")
    end = text.index(" COLA")
    spans = split_sentences(text, start, end)
    assert [text[s:e] for s, e in spans] == ["Primera oración.", "Segunda oración."]
    assert all(start <= s < e <= end for s, e in spans)


def test_split_paragraphs_blank_lines_lists_and_plain_text_lines() -> None:
    text = (
        "Primer párrafo que sigue\nen otra línea.\n\nSegundo párrafo:\n1. uno;\n2. dos.\n"
        "ARTÍCULO 2. Texto de ley.\nPARÁGRAFO. Otro párrafo."
    )
    got = [text[s:e] for s, e in split_paragraphs(text)]
    assert got == [
        "Primer párrafo que sigue\nen otra línea.",
        "Segundo párrafo:",
        "1. uno;",
        "2. dos.",
        "ARTÍCULO 2. Texto de ley.",
        "PARÁGRAFO. Otro párrafo.",
    ]


def test_rendered_length_drops_markup() -> None:
    text = "**Artículo 1.** El   texto\n`código`"
    assert rendered_length(text) == len("Artículo 1. El texto código")


def test_count_words_counts_numbers_once() -> None:
    assert count_words("Pague $1.200.000 según el 2.2.3.3.3.5 hoy") == 6


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("## Objeto", True),
        ("**Artículo 5. Objeto.**", True),
        ("ARTÍCULO 6o. DEFINICIONES.", True),
        ("DE LA PUBLICIDAD Y DEL CONTENIDO DE LA INFORMACIÓN.", True),
        ("El presente acuerdo regula el uso de datos abiertos en el Distrito.", False),
        ("La SIC y el DNP emitirán conceptos sobre el proyecto.", False),
    ],
)
def test_is_heading(text: str, heading: bool) -> None:
    assert is_heading(text, 0, len(text)) is heading


@given(st.text(alphabet=st.sampled_from(list("ab .,:;!?¿\n\t1A*#-()$«»")), max_size=200))
def test_spans_are_exact_sorted_and_trimmed(text: str) -> None:
    for splitter in (split_sentences, split_paragraphs):
        spans = splitter(text)
        previous_end = 0
        for start, end in spans:
            assert previous_end <= start < end <= len(text)
            chunk = text[start:end]
            assert chunk == chunk.strip()
            assert any(ch.isalnum() for ch in chunk)
            previous_end = end


@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    split_sentences(text)
    split_paragraphs(text)
    rendered_length(text)


_HEADING_TEXT = st.text(alphabet=st.sampled_from(list("ABCDÉÑÜaábcdeñüz019 _-.\n#*“”ΣσİıÆæ")), max_size=120)


@given(_HEADING_TEXT, st.data())
def test_is_heading_counts_capital_and_lowercase_words_like_two_separate_scans(text: str, data: st.DataObject) -> None:
    # is_heading counts both kinds of word in one scan; the reference counts them with two findall, as written first
    from regdesign.nlp import sentences as module

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    words = module._CAPS_OR_LOWER_WORD.findall(text, start, end)
    assert words.count("") == len(module._ALL_CAPS_WORD.findall(text, start, end))
    assert len(words) - words.count("") == len(module._LOWER_WORD.findall(text, start, end))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DE LA PUBLICIDAD Y DEL CONTENIDO", True),
        ("El DNP y la ANDJ revisan el proyecto de acuerdo.", False),
        ("OBJETO DEL CONTRATO y alcance", True),
        ("ANEXO TÉCNICO NÚMERO UNO del pliego de condiciones", False),
    ],
)
def test_is_heading_weighs_words_in_capitals_against_lowercase_words(text: str, expected: bool) -> None:
    assert is_heading(text, 0, len(text)) is expected


_WORDY_TEXT = st.text(alphabet=st.sampled_from(list("ab1É_-'’.,$ \t\n\u00a0\x1c\u2028*`#+)")), max_size=200)


@given(_WORDY_TEXT, st.data())
def test_count_words_equals_counting_word_re_matches(text: str, data: st.DataObject) -> None:
    # count_words adds up the words of whitespace-delimited chunks (kept in a table); the reference runs WORD_RE
    from regdesign.nlp.sentences import WORD_RE

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert count_words(text, start, end) == len(WORD_RE.findall(text, start, end))
    assert count_words(text) == len(WORD_RE.findall(text))


@given(_WORDY_TEXT, st.data())
def test_rendered_length_equals_substituting_markup_and_spaces(text: str, data: st.DataObject) -> None:
    # rendered_length skips the substitution when no markup can be there; the reference always substitutes
    import re

    from regdesign.nlp.sentences import _MARKUP

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = len(re.sub(r"\s+", " ", _MARKUP.sub("", text[start:end])).strip())
    assert rendered_length(text, start, end) == expected


def _reference_is_boundary_punct(text, match, start, end):  # noqa: ANN001, ANN202 - the splitter's first version
    from regdesign.nlp import sentences as module

    position = match.start()
    next_found = module._NEXT_CHAR.match(text, match.end(), end)
    next_char = next_found.group(1) if next_found else ""
    if next_char and next_char != "\n" and not module._UPPER_OR_DIGIT.match(next_char):
        return False
    if text[position] != "." or text.startswith("..", position):
        return True
    token_start = position
    while token_start > max(start, position - 40) and text[token_start - 1] not in module._TOKEN_STOP:
        token_start -= 1
    if token_start == position:
        return True
    token = text[token_start:position]
    word = token.lower().lstrip("*_([{\"'«“")
    if word in module.ABBREVIATIONS:
        return False
    if word in module.NUMBERED_ABBREVIATIONS and next_char.isdigit():
        return False
    if "." in word and len(word) <= 12 and not any(ch.isdigit() for ch in word):
        return False
    if len(word) == 1 and word.isalpha() and token[-1].isupper():
        return False
    if module._NUMERAL_TOKEN.fullmatch(word):
        line_start = module._line_start(text, token_start, start)
        if module._LINE_START_NUMERAL.match(text, line_start, position):
            return False
    return True


def _reference_split_sentences(text, start=0, end=None):  # noqa: ANN001, ANN202 - the splitter before _CANDIDATE
    # every match of _SENTENCE_END tested one by one, punctuation by the first version of _is_boundary_punct
    from regdesign.nlp import sentences as module

    end = len(text) if end is None else end
    spans = []
    cursor = start
    for match in module._SENTENCE_END.finditer(text, start, end):
        position = match.start()
        if text[position] == "\n":
            if position == cursor or text[cursor:position].isspace():
                continue
            if not module._is_boundary_newline(text, position, start, end):
                continue
            cut = position
        else:
            if not _reference_is_boundary_punct(text, match, start, end):
                continue
            cut = match.end()
        if cut > cursor:
            span = _reference_trim(text, cursor, cut)
            if span:
                spans.append(span)
            cursor = cut
    if cursor < end:
        span = _reference_trim(text, cursor, end)
        if span:
            spans.append(span)
    return spans


_SPLIT_PIECES = [
    "El", "valor", "art", "Art", "ART", "arts", "inc", "Cap", "cap", "CAPS", "núm", "NÚM", "No", "no", "n", "N", "P",
    "J", "T", "É", "a", "b", "c", "IV", "II", "iv", "civil", "mix", "1", "5", "2.3", "S.A.S", "K", "İ", "ǅ", "º",
    "Ñ", ".", ". ", "..", ".?", "?.", "…", "?", "!", " ", "  ", "\t", "\n", "\n\n", " \n", "\n \n", "- ", "* ",
    "# ", "(", ")", "»", "”", "_", "*", "«", "¿", "\u00a0", "\u2028", ",", ";", ">", "|", "x" * 45,
    " Cap.", " art. ", " T. ", " Núm.", " N. ", " cap.?", " Art..", " inc.!", " CAPS.) ", ". El ", ".? La ", ".\n\n",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_SPLIT_PIECES), max_size=60), st.data())
def test_split_sentences_equals_the_first_version(pieces: list[str], data: st.DataObject) -> None:
    # split_sentences leaves out most non-boundaries in its regular expression (_CANDIDATE) and finds the word
    # before a period with a fast path; the first version tested every match of _SENTENCE_END char by char
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert split_sentences(text, start, end) == _reference_split_sentences(text, start, end)


@pytest.mark.parametrize(
    "text",
    [
        "T. II Cap. II De los datos. El art. 5 y el Art. 6. ART. 7. Sigue. N. 5 y P. Pérez.",
        "Abc. Cap. Dos.\n\n\nTres. Un cap.. Otro cap.? Fin art.! Y más. » Cierre.) Fin.",
        " Cap. II empieza a mitad de palabra.",
    ],
)
def test_split_sentences_equals_the_first_version_on_abbreviations(text: str) -> None:
    for start in range(len(text) + 1):
        assert split_sentences(text, start) == _reference_split_sentences(text, start)


@settings(max_examples=300, deadline=None)
@given(_HEADING_TEXT, st.data())
def test_is_heading_counts_words_by_chunks_like_one_scan_of_the_range(text: str, data: st.DataObject) -> None:
    # is_heading adds up the words of whitespace-delimited chunks; the reference scans the range once
    from regdesign.nlp import sentences as module

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    line_start = text.rfind("\n", 0, start) + 1
    label = module._LABEL.match(text, start, end) and count_words(text, start, end) <= 12
    chunk = text[start:end].strip()
    bold = chunk.startswith(("**", "__")) and chunk.rstrip(".:").endswith(("**", "__")) and "\n" not in chunk
    if module._HEADING_LINE.match(text, line_start, end):
        expected = True
    elif end - start > 300 or start >= end:
        expected = False
    elif ((text[start] in "*_" or text[start].isspace()) and bold) or (text[start] in module._LABEL_FIRST and label):
        expected = True
    else:
        words = module._CAPS_OR_LOWER_WORD.findall(text, start, end)
        capitals = words.count("")
        expected = capitals >= 2 and capitals > 2 * (len(words) - capitals)
    assert is_heading(text, start, end) is expected


def _reference_trim(text, start, end):  # noqa: ANN001, ANN202 - _trim before _TRIM_HEAD: two regex calls
    from regdesign.nlp import sentences as module

    match = module._TRIM_LEAD.match(text, start, end)
    if match:
        start = match.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or not module._CONTENT.search(text, start, end):
        return None
    return start, end


_TRIM_TEXT = st.text(alphabet=st.sampled_from(list(" \t\n\u00a0\u2028>#|-*+_a1É.,¿")), max_size=60)


@settings(max_examples=500, deadline=None)
@given(_TRIM_TEXT, st.data())
def test_trim_equals_the_first_version(text: str, data: st.DataObject) -> None:
    from regdesign.nlp import sentences as module

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert module._trim(text, start, end) == _reference_trim(text, start, end)


@given(
    st.lists(st.text(alphabet="abcÁñ.", min_size=1, max_size=4), min_size=1, max_size=12), st.text("abcÁñ.", max_size=5)
)
def test_trie_matches_exactly_its_words(words: list[str], probe: str) -> None:
    import re

    from regdesign.nlp import sentences as module

    pattern = re.compile(module._trie(sorted(set(words))))
    for word in [*words, probe]:
        assert bool(pattern.fullmatch(word)) is (word in words)


def _reference_split_paragraphs(text, start=0, end=None):  # noqa: ANN001, ANN202 - every line break tested
    from regdesign.nlp import sentences as module

    end = len(text) if end is None else end
    spans = []
    cursor = start
    position = text.find("\n", start, end)
    while position != -1:
        if module._is_boundary_newline(text, position, start, end):
            span = _reference_trim(text, cursor, position)
            if span:
                spans.append(span)
            cursor = position + 1
        position = text.find("\n", position + 1, end)
    span = _reference_trim(text, cursor, end)
    if span:
        spans.append(span)
    return spans


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_SPLIT_PIECES), max_size=60), st.data())
def test_split_paragraphs_equals_the_first_version(pieces: list[str], data: st.DataObject) -> None:
    # split_paragraphs skips a line break right after another; the first version tested each
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert split_paragraphs(text, start, end) == _reference_split_paragraphs(text, start, end)
