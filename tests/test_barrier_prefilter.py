"""The fast paths of barrier matching find exactly what plain matching finds.

``run_rules`` skips paragraphs and rules by word-level necessary conditions (``_Prefilter``), tries regexes only
where a match prefix occurs, splits paragraphs without a character-by-character regex and locates lines and
provisions incrementally. Each shortcut is checked here against the plain computation on generated and real text.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regdesign.model import Document
from regdesign.nlp.barriers import (
    fold_accents,
    lower_keeping_length,
    match_prefixes,
    required_alternatives,
    required_literals,
)
from regdesign.parse import parse_document
from regdesign.rules.engine import (
    MAX_UNIT_CHARS,
    TEXT_KINDS,
    _Locator,
    iter_units,
    load_rules,
    run_rules,
)
from regdesign.rules.evaluation import DEFAULT_CLAUSES, load_clauses

REPO = Path(__file__).resolve().parents[1]
RULESET = load_rules()
MATCHER = RULESET.matcher
TEXT_RULE_IDS = [rule.id for rule in RULESET if rule.matcher in TEXT_KINDS]


def _example_texts() -> list[str]:
    texts = [clause["text"] for clause in load_clauses(DEFAULT_CLAUSES)]
    for rule in RULESET:
        for kind in ("trigger", "near_miss"):
            for example in rule.examples.get(kind, ()):
                texts.append(example if isinstance(example, str) else example["text"])
    return texts


EXAMPLES = _example_texts()
VOCABULARY = sorted({word for text in EXAMPLES for word in text.split()})


def _reference_iter_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The original paragraph splitter (a character-by-character regex), kept as the specification."""
    units = []
    for match in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text[start:end]):
        unit_start, unit_end = start + match.start(), start + match.end()
        if not text[unit_start:unit_end].strip():
            continue
        if unit_end - unit_start <= MAX_UNIT_CHARS:
            units.append((unit_start, unit_end))
            continue
        cursor = unit_start
        while cursor < unit_end:
            cut = unit_end if unit_end - cursor <= MAX_UNIT_CHARS else text.rfind("\n", cursor, cursor + MAX_UNIT_CHARS)
            if cut <= cursor:
                cut = text.rfind(" ", cursor, cursor + MAX_UNIT_CHARS)
            if cut <= cursor:
                cut = min(unit_end, cursor + MAX_UNIT_CHARS)
            units.append((cursor, cut))
            cursor = cut
    return units


def _unfiltered(document: Document) -> list[tuple[str, int, int, str]]:
    """Text-rule matches of every rule on every paragraph, without the prefilter or prefix search."""
    active = {rule.id for rule in RULESET if rule.matcher in TEXT_KINDS and rule.applies(document.type)}
    found = []
    text = document.text
    for unit_start, unit_end in _reference_iter_units(text, document.body_start, len(text)):
        folded = fold_accents(text[unit_start:unit_end])
        lowered = lower_keeping_length(folded)
        for rule_id, start, end, params in MATCHER._find(folded, None, TEXT_RULE_IDS, plain=True):
            if rule_id in active:
                found.append((rule_id, unit_start + start, unit_start + end, str(params.get("match", ""))))
        assert lowered == lower_keeping_length(folded)
    return sorted(found)


def _text_findings(document: Document) -> list[tuple[str, int, int, str]]:
    text_rules = {rule.id for rule in RULESET if rule.matcher in TEXT_KINDS}
    return sorted(
        (f.rule, f.start, f.end, fold_accents(document.text[f.start : f.end]))
        for f in run_rules(document, RULESET)
        if f.rule in text_rules
    )


ACCENTS = str.maketrans("aeiouAEIOUn", "áéíóúÁÉÍÓÚñ")


def _styled(word: str, style: str, tail: str) -> str:
    if style == "upper":
        word = word.upper()
    elif style == "accent":
        word = word.translate(ACCENTS)
    elif style == "title":
        word = word.title()
    return word + tail


def _words() -> st.SearchStrategy[str]:
    styles = st.sampled_from(["", "upper", "accent", "title"])
    tails = st.sampled_from(["", ",", ".", ";", ")"])
    return st.builds(_styled, st.sampled_from(VOCABULARY), styles, tails)


SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\n", "\n\n", " \t\n", "\n \n", "\u00a0", " (", "-"])


@st.composite
def legal_texts(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 6))):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(EXAMPLES)))
        else:
            words = draw(st.lists(_words(), min_size=1, max_size=30))
            parts.append("".join(word + draw(SEPARATORS) for word in words))
        parts.append(draw(SEPARATORS))
    return "".join(parts)


# ------------------------------------------------------------------------------------------------ equivalence


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=legal_texts(), doc_type=st.sampled_from(["proyecto_de_acuerdo", "decreto", "terminos_de_referencia"]))
def test_run_rules_finds_what_unfiltered_matching_finds(text: str, doc_type: str) -> None:
    document = Document(path="x.md", text=text, type=doc_type)
    assert _text_findings(document) == [(r, s, e, fold_accents(text[s:e])) for r, s, e, _ in _unfiltered(document)]


def test_real_documents_find_what_unfiltered_matching_finds() -> None:
    paths = sorted((REPO / "tests" / "data" / "barriers" / "drafts").glob("*.md"))
    paths += sorted((REPO / "bills").glob("*.md")) + sorted((REPO / "terms_of_reference").glob("*.md"))
    assert len(paths) >= 8
    clauses = "\n\n".join(EXAMPLES)
    documents = [parse_document(path.read_text(encoding="utf-8"), path.name) for path in paths]
    documents += [
        Document(path="c.md", text=clauses, type=t) for t in ("proyecto_de_acuerdo", "terminos_de_referencia")
    ]
    total = 0
    for document in documents:
        expected = [(r, s, e, fold_accents(document.text[s:e])) for r, s, e, _ in _unfiltered(document)]
        assert _text_findings(document) == expected, document.path
        total += len(expected)
    assert total > 200


def test_corpus_finds_what_unfiltered_matching_finds(shared_corpus: Path) -> None:
    for path in sorted(shared_corpus.glob("*.md")):
        document = Document(path=path.name, text=path.read_text(encoding="utf-8"), type="proyecto_de_acuerdo")
        expected = [(r, s, e, fold_accents(document.text[s:e])) for r, s, e, _ in _unfiltered(document)]
        assert _text_findings(document) == expected, path.name


@settings(max_examples=200, deadline=None)
@given(text=legal_texts())
def test_prefix_search_equals_finditer(text: str) -> None:
    lowered = lower_keeping_length(fold_accents(text))
    prefilter = MATCHER.prefilter
    present = prefilter.chunks_present(text.split())  # prefix groups whose chunk lies in no word are skipped
    for rule in MATCHER._regex_rules:
        expected = [m.span() for m in rule.regex.finditer(lowered)]
        assert [m.span() for m in rule.finditer(lowered)] == expected, rule.id
        groups = prefilter.prefix_groups.get(rule.id)
        if groups is not None:
            assert sorted(p for _, prefixes in groups for p in prefixes) == sorted(rule.prefixes or ()), rule.id
            assert [m.span() for m in rule.finditer(lowered, {}, groups, present)] == expected, rule.id


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _starts_a_word(text: str, word: str) -> bool:
    at = text.find(word)
    while at >= 0:
        if at == 0 or not _is_word_char(word[0]) or not _is_word_char(text[at - 1]):
            return True
        at = text.find(word, at + 1)
    return False


@cache  # compiled once per word list, not once per rule and example (re's cache holds 512)
def _any_of_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """The plain form of a context word list: one alternation with a word-start lookbehind per branch."""
    branches = [(r"(?<!\w)" if _is_word_char(word[:1] or " ") else "") + re.escape(word) for word in words]
    return re.compile("|".join(branches))


@settings(max_examples=100, deadline=None)
@given(text=legal_texts(), cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_context_words_equal_word_start_search(text: str, cut: tuple[int, int]) -> None:
    """``requires_any`` / ``excludes_any`` find a text exactly when one of the words occurs in it where it starts a
    word (or anywhere, for a word that starts with punctuation), as the lookbehind alternation does; a bounded search
    answers as the search of the slice."""
    lowered = lower_keeping_length(fold_accents(text))
    low, high = sorted(min(value, len(lowered)) for value in cut)
    for rule in MATCHER._rules.values():
        for words, finder in ((rule.requires, rule.requires_any), (rule.excludes, rule.excludes_any)):
            if not words:
                assert finder is None, rule.id
                continue
            assert finder is not None, rule.id
            expected = any(_starts_a_word(lowered, word) for word in words)
            assert finder.search(lowered) == expected, rule.id
            assert (_any_of_regex(finder.words).search(lowered) is not None) == expected, rule.id
            part = lowered[low:high]
            assert finder.search(lowered, low, high) == any(_starts_a_word(part, word) for word in words), rule.id


def test_context_words_are_found_as_a_whole_sentence() -> None:
    """Each context word, as the whole sentence, is found (the same for every text: tested once, not per example)."""
    checked = 0
    for rule in MATCHER._rules.values():
        for finder in (rule.requires_any, rule.excludes_any):
            if finder is not None:
                assert all(finder.search(word) for word in finder.words), rule.id
                checked += 1
    assert checked > 100


@settings(max_examples=200, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(["a", "b c", " ", "\t", "\n", "\n\n", "\n \t\n", "x" * 1500, ("y " * 700) + "\n"]), max_size=20
    ),
    start=st.integers(0, 5),
)
def test_iter_units_equals_reference(pieces: list[str], start: int) -> None:
    text = "".join(pieces)
    start = min(start, len(text))
    assert list(iter_units(text, start, len(text))) == _reference_iter_units(text, start, len(text))


def test_locator_equals_document_lookups() -> None:
    for path in sorted((REPO / "bills").glob("*.md")) + sorted((REPO / "tests/data/barriers/drafts").glob("*.md")):
        document = parse_document(path.read_text(encoding="utf-8"), path.name)
        locator = _Locator(document)
        offsets = list(range(0, len(document.text), 7)) + [len(document.text)]
        offsets += [3, 1, len(document.text) // 2, 0]  # going back falls back to the line index
        for offset in offsets:
            assert locator.line_col(offset) == document.line_col(offset), (path.name, offset)
            assert locator.provision_at(offset) == document.provision_at(offset), (path.name, offset)


# ------------------------------------------------------------------------------------------------ derivations


def _texts(alternatives: tuple[tuple[frozenset[str], ...], ...]) -> list[list[list[str]]]:
    return [[sorted(piece.strip("\x02\x03") for piece in clause) for clause in alt] for alt in alternatives]


def test_required_alternatives_expand_and_merge() -> None:
    alternatives = required_alternatives(r"\b(?:copia|fotocopia)\s+autenticada|\bsello\s+(?:seco|humedo)")
    assert sorted(map(sorted, _texts(alternatives))) == [
        [["autenticada"], ["copia", "fotocopia"]],
        [["humedo", "seco"], ["sello"]],
    ]
    assert required_alternatives(r"(?i)copia") == ()  # IGNORECASE: not analysed
    assert _texts(required_alternatives(r"sello\s+(?i:SECO)")) == [[["sello"]]]
    assert match_prefixes(r"(?i:sello)\s+seco") is None
    assert required_alternatives(r"\w+") == ()
    assert required_literals(r"\bcopias?\s+autenticad[oa]s?") == ("autenticad",)


def test_anchored_pieces_need_word_boundaries() -> None:
    from regdesign.nlp.barriers import _CompiledRule, _Prefilter

    rule = _CompiledRule({"id": "X-UNO", "regex": r"\bios\b"}, MATCHER.tokenizer)
    prefilter = _Prefilter([rule])
    assert prefilter.candidates(["los", "servicios"]) == []
    assert prefilter.candidates(["sistema", "(iOS)"]) == ["X-UNO"]
    spaced = _Prefilter([_CompiledRule({"id": "X-DOS", "regex": r"pago\s+de"}, MATCHER.tokenizer)])
    assert spaced.candidates(["el", "prepago", "de"]) == ["X-DOS"]  # "pago" ends a word, may start inside one
    assert spaced.candidates(["pagos", "de"]) == []


def test_match_prefixes() -> None:
    assert match_prefixes(r"\b(?:sello|firma)s?\s+seco") == ("firma", "sello")
    assert match_prefixes(r"(?:en\s+)?sobre") == ("en", "sobre")
    assert match_prefixes(r"(?P<n>\d+)\s+anos") is None


@pytest.mark.parametrize("text", ["", "   \n\n \t", "Texto sin nada que ver.", "ÁÉÍ ÓÚ ñ" * 50])
def test_texts_without_triggers_give_nothing(text: str) -> None:
    document = Document(path="", text=text, type="decreto")
    assert _text_findings(document) == [(r, s, e, fold_accents(text[s:e])) for r, s, e, _ in _unfiltered(document)]
