"""Checks that every held-out set of gold normative references must pass (tests/data/references/heldout7/ to heldout38/).

Owns the checks of the annotated data that are the same for every set: pairing of texts and gold files, file hygiene
and size, the pinned reference count and (external, internal) split of each text, the gold contract's checks (as
``verify.py``, re-implemented in ``refcontract.py`` so the test runs from a fresh clone without ../shared) and exact
offsets, span hygiene, no compiler notes, the set's size and share of doubts, the README's consistency with the gold,
and the contract's own ``verify.py`` where ../shared exists. Each set's pinned data (``HERE``, ``EXPECTED``,
``SCOPES``) is read from its own test module, which keeps what is particular to it (near misses, hard cases, type mix,
measurement floors).
"""

from __future__ import annotations

import collections
import re
from types import ModuleType

import pytest
import test_references_heldout7
import test_references_heldout8
import test_references_heldout9
import test_references_heldout10
import test_references_heldout11
import test_references_heldout12
import test_references_heldout13
import test_references_heldout14
import test_references_heldout15
import test_references_heldout16
import test_references_heldout17
import test_references_heldout18
import test_references_heldout19
import test_references_heldout20
import test_references_heldout21
import test_references_heldout22
import test_references_heldout23
import test_references_heldout24
import test_references_heldout25
import test_references_heldout26
import test_references_heldout27
import test_references_heldout28
import test_references_heldout29
import test_references_heldout30
import test_references_heldout31
import test_references_heldout32
import test_references_heldout33
import test_references_heldout34
import test_references_heldout35
import test_references_heldout36
import test_references_heldout37
import test_references_heldout38
from refcontract import (
    TYPES,
    contract_errors,
    extractor_f1,
    file_errors,
    load_gold,
    load_text,
    readme_errors,
    set_names,
    verify_failures,
)

#: set → (its test module, the spans that may end in a period: set 7's convention keeps the 'C.P.' abbreviation)
SETS: dict[str, tuple[ModuleType, tuple[str, ...]]] = {
    "heldout7": (test_references_heldout7, ("C.P.",)),
    "heldout8": (test_references_heldout8, ()),
    "heldout9": (test_references_heldout9, ()),
    "heldout10": (test_references_heldout10, ()),
    "heldout11": (test_references_heldout11, ()),
    "heldout12": (test_references_heldout12, ()),
    "heldout13": (test_references_heldout13, ("C.P.",)),
    "heldout14": (test_references_heldout14, ()),
    "heldout15": (test_references_heldout15, ()),
    "heldout16": (test_references_heldout16, ()),
    "heldout17": (test_references_heldout17, test_references_heldout17.PERIOD_ENDINGS),
    "heldout18": (test_references_heldout18, ()),
    "heldout19": (test_references_heldout19, ()),
    "heldout20": (test_references_heldout20, ()),
    "heldout21": (test_references_heldout21, ()),
    "heldout22": (test_references_heldout22, ()),
    "heldout23": (test_references_heldout23, ()),
    "heldout24": (test_references_heldout24, ()),
    "heldout25": (test_references_heldout25, ()),
    "heldout26": (test_references_heldout26, ()),
    "heldout27": (test_references_heldout27, ()),
    "heldout28": (test_references_heldout28, ()),
    "heldout29": (test_references_heldout29, ()),
    "heldout30": (test_references_heldout30, ("C. de Co.", "E.T.")),
    "heldout31": (test_references_heldout31, ()),
    "heldout32": (test_references_heldout32, ()),
    "heldout33": (test_references_heldout33, ("E.T.",)),
    "heldout34": (test_references_heldout34, ()),
    "heldout35": (test_references_heldout35, ("E.T.",)),
    "heldout36": (test_references_heldout36, ()),
    "heldout37": (test_references_heldout37, ()),
    "heldout38": (test_references_heldout38, ()),
}
#: every (set, text name) pair of every set
PAIRS = [(key, name) for key, (module, _) in sorted(SETS.items()) for name in sorted(module.EXPECTED)]


def _module(key: str) -> ModuleType:
    return SETS[key][0]


@pytest.mark.parametrize("key", sorted(SETS))
def test_every_text_has_a_gold_file_and_vice_versa(key):
    module = _module(key)
    texts, golds = set_names(module.HERE)
    assert texts == golds == set(module.EXPECTED)


@pytest.mark.parametrize("key, name", PAIRS)
def test_text_file_encoding_and_size(key, name):
    folder = _module(key).HERE
    assert file_errors(folder, name) == []
    assert 5000 <= len(load_text(folder, name)) <= 9000


@pytest.mark.parametrize("key, name", PAIRS)
def test_gold_lines_are_well_formed(key, name):
    module = _module(key)
    text = load_text(module.HERE, name)
    refs = load_gold(module.HERE, name)
    assert len(refs) == module.EXPECTED[name]
    scopes = collections.Counter(r["scope"] for r in refs)
    assert (scopes["external"], scopes["internal"]) == module.SCOPES[name]
    assert contract_errors(text, refs) == []
    assert all(text[r["start"] : r["end"]] == r["text"] for r in refs)
    assert all(r["type"] is None for r in refs if r["scope"] == "internal")


@pytest.mark.parametrize("key, name", PAIRS)
def test_span_punctuation_hygiene(key, name):
    """Convention 6: spans never start/end with surrounding punctuation (a period only where the set allows it)."""
    module, period_endings = SETS[key]
    for d in load_gold(module.HERE, name):
        span = d["text"]
        assert not re.match(r"[\s,.;:(\"'“”]", span), d
        assert not re.search(r"[,;:\"'“”]$", span), d
        if span.endswith("."):
            assert span.endswith(period_endings), d


@pytest.mark.parametrize("key, name", PAIRS)
def test_no_compiler_notes(key, name):
    """These are newly issued / non-compiled documents: no '<…>' notes, so no note flags — except the texts a set's
    module maps in ``NOTED_TEXTS`` to their number of references inside notes (they quote compiled law with its notes;
    the contract check pins each flag to its '<…>')."""
    module = _module(key)
    folder = module.HERE
    noted = getattr(module, "NOTED_TEXTS", {}).get(name, 0)
    if noted:
        assert sum(1 for d in load_gold(folder, name) if d.get("note")) == noted
        return
    assert "<" not in load_text(folder, name)
    assert not any("note" in d for d in load_gold(folder, name))


@pytest.mark.parametrize(
    "key", [key for key, (module, _) in sorted(SETS.items()) if hasattr(module, "POSSESSIVE_FROM_UNIT")]
)
def test_possessive_anaphora_spans_start_at_the_unit_word(key):
    """Sets that declare it (POSSESSIVE_FROM_UNIT: a text and one phrase of it) annotate possessive and relative
    anaphora from the unit word ("su parágrafo" → "parágrafo", "cuyo artículo 4" → "artículo 4"), as most earlier sets
    and the extractor do: no span starts with su/sus/cuyo/cuya, and the declared phrase is annotated so."""
    module = _module(key)
    for name in module.EXPECTED:
        for d in load_gold(module.HERE, name):
            assert d["text"].split()[0].lower() not in {"su", "sus", "cuyo", "cuya", "cuyos", "cuyas"}, d
    name, phrase = module.POSSESSIVE_FROM_UNIT
    unit = phrase.split(" ", 1)[1]
    at = load_text(module.HERE, name).index(phrase) + len(phrase) - len(unit)
    assert any(d["start"] == at and d["text"] == unit for d in load_gold(module.HERE, name))


@pytest.mark.parametrize("key", sorted(SETS))
def test_size_and_share_of_doubts(key):
    module = _module(key)
    refs = [r for name in module.EXPECTED for r in load_gold(module.HERE, name)]
    assert len(refs) == sum(module.EXPECTED.values())
    doubts = sum(1 for r in refs if "doubt" in r)
    assert 0 < doubts < getattr(module, "MAX_DOUBT_SHARE", 0.4) * len(refs)


@pytest.mark.parametrize("key", sorted(SETS))
def test_readme_matches_gold(key):
    module = _module(key)
    folder = module.HERE
    assert readme_errors(folder, module.EXPECTED, getattr(module, "DATE", "2026-11-30")) == []
    readme = (folder / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(): line for line in readme.splitlines() if line.startswith("| `")}
    for name in module.EXPECTED:
        refs = load_gold(folder, name)
        cells = [c.strip() for c in rows[f"`{name}.txt`"].split("|")[3:-1]]
        ext = sum(r["scope"] == "external" for r in refs)
        expected = [
            f"{len(load_text(folder, name)):,}",
            str(len(refs)),
            str(ext),
            str(len(refs) - ext),
            str(sum(1 for r in refs if r["article"])),
            str(sum(1 for r in refs if "articles" in r)),
            str(sum(1 for r in refs if "sub" in r)),
            str(sum(1 for r in refs if "doubt" in r)),
        ]
        assert cells == expected, name


#: "ley 62", "decreto ley 3" in a README's "External types:" paragraph (longest type names first, so that "decreto ley 3"
#: is not read as "ley 3").
_TYPE_COUNT_RE = re.compile(r"\b(" + "|".join(map(re.escape, sorted(TYPES, key=len, reverse=True))) + r") (\d+)\b")


@pytest.mark.parametrize("key", sorted(SETS))
def test_readme_type_counts_match_gold(key):
    """The README's "External types:" paragraph gives each external type's count in the gold, and no other."""
    module = _module(key)
    readme = (module.HERE / "README.md").read_text(encoding="utf-8")
    paragraph = " ".join(readme[readme.index("External types:") :].split("\n\n")[0].split())
    written: collections.Counter[str] = collections.Counter()
    for m in _TYPE_COUNT_RE.finditer(paragraph):
        written[m.group(1)] += int(m.group(2))
    refs = [r for name in module.EXPECTED for r in load_gold(module.HERE, name)]
    assert written == collections.Counter(r["type"] for r in refs if r["scope"] == "external")


@pytest.mark.parametrize("key", sorted(SETS))
def test_shared_verify_script_accepts_every_pair(shared_corpus, key):
    """The contract's own verify.py (only where ../shared exists) must accept every pair."""
    module = _module(key)
    assert verify_failures(shared_corpus, module.HERE, module.EXPECTED) == []


NEAR_MISSES = [(key, name, phrase) for key, (module, _) in sorted(SETS.items()) for name, phrase in module.NEAR_MISSES]
HARD_CASES = [
    (key, name, span, fields)
    for key, (module, _) in sorted(SETS.items())
    for name, span, fields in getattr(module, "HARD_CASES", ())
]


@pytest.mark.parametrize("key, name, phrase", NEAR_MISSES)
def test_near_misses_present_and_not_annotated(key, name, phrase):
    here = _module(key).HERE
    text = load_text(here, name)
    start = text.find(phrase)
    assert start != -1
    end = start + len(phrase)
    assert not any(d["start"] < end and start < d["end"] for d in load_gold(here, name))


@pytest.mark.parametrize("key, name, span, fields", HARD_CASES)
def test_hard_cases_are_annotated_as_documented(key, name, span, fields):
    module = _module(key)
    matches = [d for d in load_gold(module.HERE, name) if d["text"] == span]
    assert len(matches) == getattr(module, "REPEATED_SPANS", {}).get(span, 1)  # once, unless the set says otherwise
    assert all({k: m.get(k) for k in fields} == fields for m in matches)


@pytest.mark.parametrize("key", sorted(SETS))
@pytest.mark.parametrize("level", ["a", "b", "c"])
def test_extractor_keeps_its_level(key, level):
    """The floors each set's module records beside the measurement that set them."""
    module = _module(key)
    assert extractor_f1(module.HERE, module.EXPECTED, level) >= module.FLOORS[level]
