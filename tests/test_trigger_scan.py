"""The compiled trigger scan (regdesign.nlp._trigscan) finds exactly the matches of ``TRIGGER_RE.finditer``, and the
prefixes it filters on (regdesign.nlp.regex_prefixes) are a sound over-approximation of where a pattern can match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regdesign.nlp import PURE_PYTHON, citation_parser
from regdesign.nlp import citation_grammar as g
from regdesign.nlp.regex_prefixes import Unbounded, match_prefixes

REPO = Path(__file__).resolve().parents[1]

PREFIX_CASES = [
    (r"abc", {"abc"}),
    (r"ab", {"ab"}),  # the pattern ends: anything may follow
    (r"\bab(?=c)d", {"abd"}),  # zero-width parts are passed over
    (r"a[bc]d|x", {"abd", "acd", "x"}),
    (r"a?bc", {"abc", "bc"}),
    (r"(?:ab)+c", {"aba", "abc"}),
    (r"a\s+b", {"a"}),  # a category: the prefix stops there
    (r"le(?:ye)?s?", {"le", "ley", "les"}),
    (r"(?P<x>l\.)|art[íi]c", {"l.", "art"}),
    (r"n[úu]m|nu", {"núm", "num", "nu"}),
]


@pytest.mark.parametrize(("pattern", "expected"), PREFIX_CASES)
def test_match_prefixes_table(pattern, expected):
    assert match_prefixes(re.compile(pattern), 3) == expected


@pytest.mark.parametrize("pattern", [r"a*", r"(?:x|)", r"\w+", r".", r"[^a]b", r"(?i)abc"])
def test_patterns_that_may_start_anywhere_are_refused(pattern):
    with pytest.raises(Unbounded):
        match_prefixes(re.compile(pattern), 3)


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "bills").glob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "terms_of_reference").glob("*.md"))]
    data = REPO / "tests" / "data" / "references"
    texts += [p.read_text(encoding="utf-8") for p in sorted(data.glob("heldout*/*.txt"))]
    return texts


def test_every_trigger_match_starts_with_one_of_the_prefixes():
    prefixes = tuple(match_prefixes(g.TRIGGER_RE, 3))
    assert 10 < len(prefixes) < 200
    starts = 0
    for text in _texts():
        low = g.lower_same_length(text)
        for m in g.TRIGGER_RE.finditer(low):
            assert low.startswith(prefixes, m.start()), low[m.start() : m.start() + 20]
            starts += 1
    assert starts > 1000  # the texts do hold triggers: the test is not vacuous


def test_the_compiled_scan_is_in_use():
    """Built by make and used by the parser, unless REGDESIGN_PURE_PYTHON=1 asks for the plain sources."""
    if PURE_PYTHON:
        assert citation_parser.TRIGGER_SCAN is None
    else:
        assert citation_parser.TRIGGER_SCAN is not None, "run `make native` (tools/build_native.py)"


def _scan():
    """The compiled scan over TRIGGER_RE (built here: the parser's own is off when plain sources are asked for)."""
    from regdesign.nlp._trigscan import TriggerScan

    return TriggerScan(g.TRIGGER_RE, match_prefixes(g.TRIGGER_RE, 3))


SCAN = _scan()


def _spans(matches) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in matches]


def test_compiled_scan_equals_finditer_on_the_repository_texts():
    scan = SCAN
    total = 0
    for text in _texts():
        low = g.lower_same_length(text)
        expected = _spans(g.TRIGGER_RE.finditer(low))
        assert _spans(scan.matches(low)) == expected
        total += len(expected)
    assert total > 1000


def test_compiled_scan_equals_finditer_on_the_shared_corpus(shared_corpus):
    scan = SCAN
    for path in sorted(shared_corpus.rglob("*.md")) + sorted(shared_corpus.rglob("*.txt")):
        low = g.lower_same_length(path.read_text(encoding="utf-8"))
        assert _spans(scan.matches(low)) == _spans(g.TRIGGER_RE.finditer(low)), path.name


WORDS = [
    "artículo", "arts.", "art.", "ley", "leyes", "l.", "l", "le", "ar", "decreto", "dto.", "res.", "num.", "núm.",
    "parágrafo", "par.", "título", "tít", "inc.", "conpes", "con", "de acuerdo", "acuerdo", "sentencia", "t-406",
    "_", "x", "5", "2019", "ß", "ﬁ", "i̇", "é", " ", "  ", "\n", ",", ".", "(", "«", "programas 3", "convenio 12",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40).map("".join))
def test_compiled_scan_equals_finditer_on_generated_text(text):
    assert _spans(SCAN.matches(text)) == _spans(g.TRIGGER_RE.finditer(text))


def test_compiled_scan_with_any_word_pattern():
    """The scan is generic: any pattern whose matches start at a word start, with its own prefixes."""
    from regdesign.nlp._trigscan import TriggerScan

    pattern = re.compile(r"\b(?:ab(?:c|d)?|x\.|yz+)(?!\w)")
    scan = TriggerScan(pattern, match_prefixes(pattern, 3))
    for text in ["", "ab", "abc abd ab_ x. x.y yzzz _ab 1ab áb ab", "zab abab ab\nx.", "yz", "x"]:
        assert _spans(scan.matches(text)) == _spans(pattern.finditer(text))
    with pytest.raises(ValueError):
        TriggerScan(pattern, {"abcd"})
