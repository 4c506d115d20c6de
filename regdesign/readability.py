"""Readability of Spanish legal text: a syllable counter and the Fernández-Huerta, Szigriszt-Pazos (INFLESZ)
and Gutiérrez de Polini indices.

This module owns the numbers; rules that turn a low score into a finding live in ``regdesign.nlp.plain``.

Counting conventions (the same for every index):

* a *word* is a run of letters, hyphenated compounds being one word ("técnico-económico"); numbers, symbols and
  amounts ("2019", "$1.200.000", "2.2.3") are neither words nor syllables, because the formulas were fitted on
  prose and a number is read aloud at very different lengths ("1955" has seven syllables);
* a *sentence* is a span from :func:`regdesign.nlp.sentences.split_sentences` with at least one word;
* *syllables* follow the Spanish orthographic rules (RAE, *Ortografía* 2010, §1.2): a vowel nucleus is a run of
  vowels that forms one syllable. Open vowels (a, e, o) and the accented closed vowels (í, ú) each make their own
  nucleus (hiatus: "ga-ran-tí-a", "pa-ís", "re-ú-ne", "le-er"); an unaccented closed vowel (i, u, ü) joins a
  neighbour (diphthongs and triphthongs: "ciu-dad", "cui-da-do", "buey", "a-ve-ri-guáis"); ``h`` between vowels
  does not break a diphthong ("prohi-bir", "a-hí" keeps its hiatus by the accent); ``y`` is a vowel at the end of
  a word or before a consonant ("ley", "muy") and a consonant before a vowel ("le-yes"). The silent ``u`` of
  "que, qui, gue, gui" needs no special case: it can only join the next vowel, so the count is the same. Every
  word has at least one syllable (acronyms such as "DNP" count one).

Formulas (W words, S syllables, F sentences):

* Fernández-Huerta (1959), in the corrected form used by the literature since Barrio-Cantalejo et al. (2008):
  ``206.84 - 60 * S/W - 1.02 * W/F`` (equivalently ``206.84 - 0.60 * P - 1.02 * F'`` with P syllables per 100
  words and F' words per sentence);
* Szigriszt-Pazos (1993), *perspicuidad*: ``206.835 - 62.3 * S/W - W/F``, read on the INFLESZ scale
  (Barrio-Cantalejo et al., 2008): < 40 "muy difícil", 40-55 "algo difícil", 55-65 "normal",
  65-80 "bastante fácil", > 80 "muy fácil" (lower bounds inclusive, 80 itself is "bastante fácil");
* Gutiérrez de Polini (1972), *comprensibilidad*: ``95.2 - 9.7 * L/W - 0.35 * W/F`` with L letters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from regdesign.model import Document, Provision
from regdesign.nlp.sentences import (
    WORD_RE,
    DocumentArtefacts,
    document_artefacts,
    document_region_sentences,
    document_regions,
    document_sentences,
    split_sentences,
)

_STRONG = frozenset("aeoáéóíúàèòìù")
_WEAK = frozenset("iuü")
_VOWELS = _STRONG | _WEAK | {"y"}
_LETTERS_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NON_LETTER = re.compile(r"[\W\d_]")


@lru_cache(maxsize=65536)
def _syllables_of_letters(word: str) -> int:
    count = 0
    length = len(word)
    index = 0
    while index < length:
        char = word[index]
        is_y_vowel = char == "y" and (
            index + 1 == length or word[index + 1] not in _VOWELS or index == 0 and length == 1
        )
        if char not in _STRONG and char not in _WEAK and not is_y_vowel:
            index += 1
            continue
        # A run of vowels (``h`` between vowels is transparent; ``y`` joins only as a final glide).
        strong = 0
        weak_run = 0
        group_nuclei = 0
        previous_weak = ""
        while index < length:
            char = word[index]
            if char == "h" and index + 1 < length and word[index + 1] in _STRONG | _WEAK and strong + weak_run > 0:
                index += 1
                continue
            if char in _STRONG:
                strong += 1
                previous_weak = ""
            elif char in _WEAK:
                if previous_weak and previous_weak == char:
                    group_nuclei += 1  # "chiita", "duunviro": two identical closed vowels make a hiatus
                weak_run += 1
                previous_weak = char
            elif char == "y" and (index + 1 == length or word[index + 1] not in _VOWELS):
                weak_run += 1
                previous_weak = "i"
            else:
                break
            index += 1
        group_nuclei += strong if strong else 1
        count += group_nuclei
    return max(count, 1)


def count_syllables(word: str) -> int:
    """Syllables of one Spanish word by the orthographic rules (see the module docstring).

    Hyphenated compounds count as the sum of their parts; characters that are not letters are ignored; a token
    without letters (a number) has 0 syllables.

    >>> [count_syllables(w) for w in ("garantía", "ciudad", "leyes", "averiguáis", "pingüino")]
    [4, 2, 2, 4, 3]
    """
    total = 0
    for part in unicodedata.normalize("NFC", word).lower().split("-"):
        letters = _NON_LETTER.sub("", part)
        if letters:
            total += _syllables_of_letters(letters)
    return total


_INFLESZ = ((40.0, "muy difícil"), (55.0, "algo difícil"), (65.0, "normal"))


def inflesz_label(score: float | None) -> str | None:
    """The INFLESZ grade of a Szigriszt-Pazos score ("muy difícil" … "muy fácil"); None for None."""
    if score is None:
        return None
    for bound, label in _INFLESZ:
        if score < bound:
            return label
    return "bastante fácil" if score <= 80.0 else "muy fácil"


@dataclass(frozen=True, slots=True)
class Readability:
    """Counts and indices of one text. Indices are None when the text has no words."""

    words: int
    sentences: int
    syllables: int
    letters: int
    fernandez_huerta: float | None
    szigriszt_pazos: float | None
    inflesz: str | None
    gutierrez_polini: float | None

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _READABILITY_FIELDS}


_READABILITY_FIELDS = tuple(field.name for field in fields(Readability))


def _score_dict(words: int, sentences: int, syllables: int, letters: int) -> dict[str, Any]:
    """The counts and indices as :meth:`Readability.to_dict` gives them: the one place of the formulas."""
    if not words:
        return {
            "words": 0,
            "sentences": sentences,
            "syllables": 0,
            "letters": 0,
            "fernandez_huerta": None,
            "szigriszt_pazos": None,
            "inflesz": None,
            "gutierrez_polini": None,
        }
    sentences = max(sentences, 1)
    per_word = syllables / words
    per_sentence = words / sentences
    szigriszt = round(206.835 - 62.3 * per_word - per_sentence, 2)
    return {
        "words": words,
        "sentences": sentences,
        "syllables": syllables,
        "letters": letters,
        "fernandez_huerta": round(206.84 - 60.0 * per_word - 1.02 * per_sentence, 2),
        "szigriszt_pazos": szigriszt,
        "inflesz": inflesz_label(szigriszt),
        "gutierrez_polini": round(95.2 - 9.7 * (letters / words) - 0.35 * per_sentence, 2),
    }


def _score(words: int, sentences: int, syllables: int, letters: int) -> Readability:
    return Readability(**_score_dict(words, sentences, syllables, letters))


class _SyllableTable(dict[str, int]):
    """Syllables per token, filled on first sight: text is Zipfian, so most look-ups are dictionary hits."""

    def __missing__(self, token: str) -> int:
        if len(self) > 200_000:
            self.clear()
        value = self[token] = count_syllables(token)
        return value


_SYLLABLES = _SyllableTable()

# Counts travel packed in one integer, one 40-bit field each, so that adding two packed values adds every count
# at once (a field would need 2**40 letters to overflow). A sentence or chunk packs (words, syllables, letters);
# a region or provision packs (words, sentences, syllables, letters).
_BITS = 40
_MASK = (1 << _BITS) - 1
_ONE_WORD = 1 << (2 * _BITS)
_ONE_SENTENCE = 1 << (3 * _BITS)
_CHUNK_KEPT = 64  # longer whitespace-delimited chunks are counted every time rather than kept


class _TokenTable(dict[str, int]):
    """One word's packed (1, syllables, letters)."""

    def __missing__(self, token: str) -> int:
        value = _ONE_WORD | (_SYLLABLES[token] << _BITS) | (len(token) - token.count("-"))
        if len(token) <= _CHUNK_KEPT:
            if len(self) > 200_000:
                self.clear()
            self[token] = value
        return value


_TOKENS = _TokenTable()


class _ChunkTable(dict[str, int]):
    """Packed (words, syllables, letters) of a whitespace-delimited chunk ("técnico-económico,", "(2019)").

    No word contains whitespace, so the words of a span are the words of its ``str.split()`` chunks, and
    ``str.split`` plus one dictionary hit per chunk costs far less than a regular expression per word."""

    def __missing__(self, chunk: str) -> int:
        value = sum(map(_TOKENS.__getitem__, _LETTERS_WORD.findall(chunk)))
        if len(chunk) <= _CHUNK_KEPT:
            if len(self) > 200_000:
                self.clear()
            self[chunk] = value
        return value


_CHUNKS = _ChunkTable()


def _packed_sentences(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Packed (words, syllables, letters) of each span; 0 for a span without words."""
    lookup = _CHUNKS.__getitem__
    return [sum(map(lookup, text[start:end].split())) for start, end in spans]


def span_counts(text: str, spans: list[tuple[int, int]]) -> tuple[int, int, int, int]:
    """(words, sentences, syllables, letters) of sentences already segmented: each span is one sentence."""
    packed = _packed_sentences(text, spans)
    total = sum(packed)
    return total >> (2 * _BITS), len(packed) - packed.count(0), (total >> _BITS) & _MASK, total & _MASK


def sentence_counts(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(words, syllables, letters) of each span; a span without words counts (0, 0, 0) and no sentence."""
    return [_unpack_sentence(packed) for packed in _packed_sentences(text, spans)]


def _unpack_sentence(packed: int) -> tuple[int, int, int]:
    return packed >> (2 * _BITS), (packed >> _BITS) & _MASK, packed & _MASK


def _counts(text: str, start: int = 0, end: int | None = None) -> tuple[int, int, int, int]:
    return span_counts(text, split_sentences(text, start, end))


def score_counts(words: int, sentences: int, syllables: int, letters: int) -> Readability:
    """The indices for given counts (see the module docstring for the formulas)."""
    return _score(words, sentences, syllables, letters)


def readability(text: str) -> Readability:
    """Words, sentences, syllables and the readability indices of ``text``.

    >>> r = readability("La ley es clara. Todos la entienden.")
    >>> (r.words, r.sentences, r.syllables, r.inflesz)
    (7, 2, 11, 'muy fácil')
    """
    return _score(*_counts(text))


def _make_sentence_packed(artefacts: DocumentArtefacts) -> list[int]:
    return _packed_sentences(artefacts.document.text, document_sentences(artefacts.document))


def _document_sentence_packed(document: Document) -> list[int]:
    return document_artefacts(document).get("sentence_packed", _make_sentence_packed)


def _make_sentence_counts(artefacts: DocumentArtefacts) -> list[tuple[int, int, int]]:
    return [_unpack_sentence(packed) for packed in _document_sentence_packed(artefacts.document)]


def document_sentence_counts(document: Document) -> list[tuple[int, int, int]]:
    """(words, syllables, letters) of each of :func:`~regdesign.nlp.sentences.document_sentences`, computed once
    per document."""
    return document_artefacts(document).get("sentence_counts", _make_sentence_counts)


def _make_region_counts(artefacts: DocumentArtefacts) -> dict[tuple[int, int], int]:
    """Packed (words, sentences, syllables, letters) of each prose region."""
    document = artefacts.document
    packed = _document_sentence_packed(document)
    by_region: dict[tuple[int, int], int] = {}
    index = 0
    for region, spans in zip(document_regions(document), document_region_sentences(document), strict=True):
        chunk = packed[index : index + len(spans)]
        index += len(spans)
        total = sum(chunk)
        # move (words) up one field to make room for the sentence count
        by_region[region] = (
            ((total >> (2 * _BITS)) << (3 * _BITS))
            | ((len(chunk) - chunk.count(0)) << (2 * _BITS))
            | (total & ((1 << (2 * _BITS)) - 1))
        )
    return by_region


def _score_packed(packed: int) -> dict[str, Any]:
    """:func:`_score_dict` of packed (words, sentences, syllables, letters)."""
    return _score_dict(
        packed >> (3 * _BITS), (packed >> (2 * _BITS)) & _MASK, (packed >> _BITS) & _MASK, packed & _MASK
    )


def document_readability(document: Document) -> dict[str, Any]:
    """Readability of the document's body and of each provision.

    Returns ``{"body": {...}, "provisions": {id: {...}}}`` where each value is :meth:`Readability.to_dict`.
    The body is every prose region (:func:`regdesign.nlp.sentences.prose_regions`: labels, epigraphs and front
    matter left out); a provision counts its own words and those of its descendants, again without labels.
    Each region is segmented and counted once (the sentences the checks use), then the counts are added up.
    """
    by_region = document_artefacts(document).get("region_packed", _make_region_counts)
    result: dict[str, Any] = {"body": _score_packed(sum(by_region.values())), "provisions": {}}
    totals: dict[int, int] = {}
    region = by_region.get

    def total(provision: Provision) -> int:
        # the provision's own spans (Provision.own_spans without building SourceSpans) plus its children
        packed = 0
        cursor = provision.body.start
        for child in provision.children:
            child_start = child.span.start
            if child_start > cursor:
                packed += region((cursor, child_start), 0)
            cursor = max(cursor, child.span.end)
            packed += total(child)
        body_end = provision.body.end
        if body_end > cursor:
            packed += region((cursor, body_end), 0)
        totals[id(provision)] = packed
        return packed

    for provision in document.provisions:
        total(provision)
    provisions = result["provisions"]
    # every provision depth first in text order (Document.iter_provisions, with an explicit stack)
    stack = list(reversed(document.provisions))
    while stack:
        provision = stack.pop()
        provisions[provision.id] = _score_packed(totals[id(provision)])
        if provision.children:
            stack.extend(reversed(provision.children))
    return result


__all__ = ["WORD_RE", "Readability", "count_syllables", "document_readability", "inflesz_label", "readability"]
