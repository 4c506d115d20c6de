"""The statistical barrier model at run time: scoring of a clause (Python; numpy for a whole document), and the
``barrier_model`` check.

This module owns :class:`BarrierModel` (loads ``regdesign/rules/models/barreras.json``, written by
``tools/train_barrier_model.py`` from the labelled clauses) and the check ``barrier_model`` that the rule
``MODELO-BARRERA`` (``regdesign/rules/modelo.yml``) names. Scoring is the trained TF-IDF + logistic regression, done
here without scikit-learn: fold the text (lower case, no accents), take scikit-learn's tokens (``\\b\\w\\w+\\b``) and
the pairs of consecutive tokens, weigh each known term by ``(1 + ln count) × idf``, normalise to unit length, then a
logistic function for "barrier" and a softmax for the category. ``tests/test_barrier_model.py`` checks that these
probabilities are scikit-learn's own.

The check scores each line of the body that reads like a clause (not a heading, at least MIN_WORDS words); a line at
or above the model's threshold, whose verdict rests on at least ``min_evidence`` known words (every labelled barrier
has 8 or more; signatures, editorial notes and short labels have few, and the model's probability means little on
them), gives one hit spanning the line, with the predicted category (and its legal basis and
suggestion, from the rule's options) in the hit's params. The engine drops the hit when an explicit barrier rule
already flagged the same line: the model only speaks where the rules are silent.

Speed (the check runs on every document): the check scores a whole document at once (:func:`_document_weights`).
One fold and byte translation of the body (:func:`_word_bytes`: one ``encode`` + one ``bytes.translate``), one
``split`` into tokens with a marker token per line break, one dict look-up per token (token numbers), then numpy:
pairs of consecutive tokens looked up in a cuckoo table (:class:`_PairTable`), the known terms of each line counted
and put in weigh's order by a sort (:func:`_document_terms`); only lines with at least ``min_evidence`` known words
take the clause test; tf-idf values, norms, dot products and, for the hits only, the category logits in numpy with
the reference's IEEE operations in the reference's order (sums left to right by :func:`_sequential_sums`, never
``np.sum``, which sums pairwise; ``math.exp``/``math.log`` stay in Python or in tables made with them). Every result
is the reference definition's to the last bit (``tests/test_barrier_model.py`` compares it with a straightforward
implementation on random texts, and the per-line :meth:`BarrierModel.weigh`/:meth:`BarrierModel.rank` with the
whole-document path). Texts the byte path cannot take (a "Σ", a model beyond Latin-1) go line by line
(:func:`candidate_clauses`, :meth:`BarrierModel.weigh_lines`).
"""

from __future__ import annotations

import codecs
import json
import math
import re
import unicodedata
from collections import Counter, _count_elements  # type: ignore[attr-defined]  # C counting, as Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, repeat
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import yaml

from regdesign.errors import ConfigError
from regdesign.files import load_yaml
from regdesign.model import Document
from regdesign.native import package_dir
from regdesign.rules.checks import Hit, register_check

MODELS_DIR = package_dir("regdesign.rules") / "models"  # not __file__: see regdesign.native.package_dir
DEFAULT_MODEL = "barreras"
MIN_WORDS = 6
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_LINE = re.compile(r"[^\n]+")
_HEADING = re.compile(r"[ \t]*(?:#|\|?[ \t]*-{3})")


def _fold_exact(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


#: ``_fold_exact`` of each Latin-1 character, one byte to one byte: Latin-1 text (Spanish) folds by one
#: ``bytes.translate``.
_LATIN1_FOLD = bytes(ord(_fold_exact(chr(code))) for code in range(256))
_RUNS = re.compile(r"([^\x00-\xff]+)")


def _fold_latin1(text: str) -> str:
    return text.encode("latin-1").translate(_LATIN1_FOLD).decode("latin-1")


def fold(text: str) -> str:
    """Lower case without accents (the trainer's preprocessor, to the character): Latin-1 runs by a byte table, the
    other runs by the exact definition (lower-casing and NFD work character by character except for the Greek final
    sigma, so a text with "Σ" takes the exact definition whole)."""
    parts = _RUNS.split(text)
    if len(parts) == 1:
        return _fold_latin1(text)
    if "Σ" in text:
        return _fold_exact(text)
    return "".join(_fold_exact(part) if i % 2 else _fold_latin1(part) for i, part in enumerate(parts))


def _is_word(ch: str) -> bool:
    r"""``\w`` of a ``str`` pattern, to the character (the ``re`` module tests exactly this)."""
    return ch.isalnum() or ch == "_"


#: Latin-1 byte → itself for a word character, "\n" for "\n" (lines stay lines), a space for any other byte.
_WORD_BYTES = bytes(code if code == 10 or _is_word(chr(code)) else 32 for code in range(256))
#: :func:`fold` and then ``_WORD_BYTES``, in one ``bytes.translate`` of raw Latin-1 text. (Folding a folded Latin-1
#: character changes nothing, tested, so the folded characters :func:`_fold_runs` hands back go through it unchanged.)
_FOLD_WORD_BYTES = bytes(_WORD_BYTES[folded] for folded in _LATIN1_FOLD)
#: Stands for a word character outside Latin-1: a word character no folded text contains (folding lowers it), so a
#: token holding it is never a known term, as the true token (which is not Latin-1) is not either.
_FOREIGN_WORD = "A"
_FOLD_RUNS = "regdesign.barrier_model.fold"
_PLACEHOLDERS = "regdesign.barrier_model.words"


class _ForeignWord(Exception):
    """A run outside Latin-1 folds to a word character outside Latin-1 (see :func:`_word_lines`)."""


def _fold_runs(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a run outside Latin-1 becomes its :func:`fold` with every character still outside
    Latin-1 a space; raises :class:`_ForeignWord` when one of those is a word character."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    folded = _fold_exact(error.object[error.start : error.end])
    if any(ord(ch) > 255 and _is_word(ch) for ch in folded):
        raise _ForeignWord
    return "".join(ch if ord(ch) < 256 else " " for ch in folded), error.end


def _placeholders(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler for folded text: each character outside Latin-1 becomes ``_FOREIGN_WORD`` or a space."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start : error.end]
    return "".join(_FOREIGN_WORD if _is_word(ch) else " " for ch in run), error.end


codecs.register_error(_FOLD_RUNS, _fold_runs)
codecs.register_error(_PLACEHOLDERS, _placeholders)


def _word_lines(body: str) -> list[bytes] | None:
    r"""The lines of ``body`` (split at "\n", as ``body.split("\n")``) folded to bytes: each word character of the
    folded text kept as its Latin-1 byte (or ``_FOREIGN_WORD`` outside Latin-1), anything else a space. The
    whitespace-separated runs of 2+ bytes of a line are then exactly its tokens (``\b\w\w+\b`` of its :func:`fold`),
    the known ones spelt as the model's Latin-1 terms.

    Folding the body at once equals folding each line: :func:`fold` works per character on Latin-1 and per run
    elsewhere, and runs never cross a line, except for "Σ", whose lower case depends on its neighbours: then ``None``
    (fold line by line). Usual text (Latin-1 plus dashes, quotes, ellipses…) takes one ``encode`` and one
    ``translate``; a word character outside Latin-1 sends the body through :func:`fold` first."""
    raw = _word_bytes(body)
    return None if raw is None else raw.split(b"\n")


def _word_bytes(body: str) -> bytes | None:
    """:func:`_word_lines` before the split at "\n" (``None`` likewise)."""
    if "Σ" in body:
        return None
    try:
        raw = body.encode("latin-1", _FOLD_RUNS)
    except _ForeignWord:
        return fold(body).encode("latin-1", _PLACEHOLDERS).translate(_WORD_BYTES)
    return raw.translate(_FOLD_WORD_BYTES)


def _ranges(starts: npt.NDArray[np.intp], lens: npt.NDArray[np.intp]) -> npt.NDArray[np.intp]:
    """The positions ``starts[i], starts[i] + 1, …, starts[i] + lens[i] - 1`` of every ``i``, one run after another."""
    total = int(lens.sum())
    if total == 0:
        return np.zeros(0, dtype=np.intp)
    run_starts = np.cumsum(lens) - lens  # where each run begins in the result
    return np.repeat(starts - run_starts, lens) + np.arange(total, dtype=np.intp)


def _sequential_sums(
    values: npt.NDArray[np.float64], lens: npt.NDArray[np.intp], first: npt.NDArray[np.float64] | float
) -> npt.NDArray[np.float64]:
    """For each run of ``lens[i]`` consecutive rows of ``values`` (runs one after another): ``first + v0 + v1 + …``
    added left to right, one float64 addition at a time, as a Python loop ``total += v`` does (so, to the last bit).

    ``np.sum`` would not do: it sums pairwise. ``np.add.accumulate`` is the running sum by definition
    (``out[j] = out[j - 1] + in[j]``), so each run is laid out as a row of a zero-padded matrix whose column 0 is
    ``first``, accumulated along the row, and read at the run's own length (the padding is never added). When one
    matrix would be mostly padding, runs are grouped by the bit length of their length (padding at most doubles)."""
    count = len(lens)
    if count == 0:
        return np.empty((0, *values.shape[1:]), dtype=np.float64)
    if count * (int(lens.max()) + 1) <= 4 * len(values) + 4096:
        return _padded_sums(values, lens, first)
    out = np.empty((count, *values.shape[1:]), dtype=np.float64)
    offsets = np.cumsum(lens) - lens
    groups = np.frexp(lens.astype(np.float64))[1]  # bit length of each length (0 for 0)
    for group in np.unique(groups):
        rows = np.flatnonzero(groups == group)
        out[rows] = _padded_sums(values[_ranges(offsets[rows], lens[rows])], lens[rows], first)
    return out


def _padded_sums(
    values: npt.NDArray[np.float64], lens: npt.NDArray[np.intp], first: npt.NDArray[np.float64] | float
) -> npt.NDArray[np.float64]:
    """:func:`_sequential_sums` with one padded matrix (``lens`` not empty)."""
    tail = values.shape[1:]
    count = len(lens)
    width = int(lens.max()) + 1
    matrix = np.zeros((count, width, *tail), dtype=np.float64)
    matrix[:, 0] = first
    if len(values):
        # row i holds its run in columns 1 … lens[i]: flat position i × width + 1 + (place within the run)
        offsets = np.cumsum(lens) - lens
        place = np.arange(len(values), dtype=np.intp) - np.repeat(offsets, lens)
        matrix.reshape(count * width, *tail)[np.repeat(np.arange(count, dtype=np.intp) * width + 1, lens) + place] = (
            values
        )
    return np.add.accumulate(matrix, axis=1)[np.arange(count, dtype=np.intp), lens]


#: ``1 + ln count`` for counts 0, 1, 2, …: the reference's factor (``1.0`` for a count of 1), grown on demand.
_LOG_FACTORS: list[float] = [math.nan, 1.0]


def _log_factors(largest: int) -> npt.NDArray[np.float64]:
    while len(_LOG_FACTORS) <= largest:
        _LOG_FACTORS.append(1.0 + math.log(len(_LOG_FACTORS)))
    return np.array(_LOG_FACTORS[: largest + 1], dtype=np.float64)


def _ranked(classes: tuple[str, ...], logits: list[float]) -> tuple[tuple[str, float], ...]:
    """Softmax of the category logits, categories from most to least likely."""
    top = max(logits)
    exps = [math.exp(v - top) for v in logits]
    total = sum(exps)
    return tuple(sorted(((c, e / total) for c, e in zip(classes, exps, strict=True)), key=lambda item: -item[1]))


@dataclass(frozen=True, slots=True)
class LineWeights:
    """:meth:`BarrierModel.weigh` of many clauses at once (see :meth:`BarrierModel.weigh_lines`): per clause ``z``
    (barrier logit), ``evidence``, ``scale`` (0 when no term is known) and ``lens`` (number of known terms); per
    known term, clause after clause in weigh's order, ``ids`` (row in the index) and ``values`` (its tf-idf value
    before normalising)."""

    z: list[float]
    evidence: list[int]
    scale: npt.NDArray[np.float64]
    lens: npt.NDArray[np.intp]
    ids: npt.NDArray[np.intp]
    values: npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Score:
    """The model's verdict on one clause: probability of a barrier, and the categories from most to least likely."""

    probability: float
    categories: tuple[tuple[str, float], ...]
    evidence: int = 0  # known single words the verdict rests on (short or unusual lines have few)

    @property
    def category(self) -> str:
        return self.categories[0][0] if self.categories else ""


#: Codes of :attr:`TermIndex.vocabulary` besides the token numbers (unknown tokens get -1).
_MARKER = -2
_SINGLE = -3
#: Stands for "\n" in a document's word bytes (:func:`_word_bytes` turns byte 1 into a space, so it never occurs).
_MARK = b"\x01"

#: One known term of the model: (idf, barrier weight, category weights).
Row = tuple[float, float, tuple[float, ...]]

_MASK64 = (1 << 64) - 1
#: Odd 64-bit multipliers tried in turn (pairs of them) until the cuckoo table of the known pairs builds.
_MULTIPLIERS = (
    0x9E3779B97F4A7C15,
    0xC2B2AE3D27D4EB4F,
    0x165667B19E3779F9,
    0xD6E8FEB86659FD93,
    0xFF51AFD7ED558CCD,
    0xC4CEB9FE1A85EC53,
    0x94D049BB133111EB,
    0xBF58476D1CE4E5B9,
)


class _PairTable:
    """The known word pairs' numbers (``first × size + second``, token numbers of :attr:`TermIndex.vocabulary`) in a
    cuckoo hash table, for looking up every pair of a document in numpy: each known key sits in one of its two slots
    ``(key × multiplier mod 2**64) >> shift`` (checked when built), so a key is known exactly when one of its two
    slots holds it. (A sorted array and ``searchsorted`` gives the same answers, four times slower.)"""

    __slots__ = ("keys", "multipliers", "rows", "shift")

    def __init__(self, keys: list[int], rows: list[int]) -> None:
        bits = max(4, (4 * len(keys)).bit_length())  # at least four slots per key
        for attempt in range(len(_MULTIPLIERS) * 4):
            first = _MULTIPLIERS[attempt % len(_MULTIPLIERS)]
            second = _MULTIPLIERS[(attempt + 1 + attempt // len(_MULTIPLIERS)) % len(_MULTIPLIERS)]
            table = self._build(keys, rows, bits + attempt // len(_MULTIPLIERS), (first, second))
            if table is not None:
                self.multipliers = (np.uint64(first), np.uint64(second))
                self.shift = np.uint64(64 - bits - attempt // len(_MULTIPLIERS))
                self.keys, self.rows = table
                return
        raise ConfigError("modelo de barreras: tabla de pares imposible / cannot index the word pairs")

    @staticmethod
    def _build(
        keys: list[int], rows: list[int], bits: int, multipliers: tuple[int, int]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.intp]] | None:
        shift = 64 - bits
        slot_keys = [-1] * (1 << bits)
        slot_rows = [0] * (1 << bits)
        for key, row in zip(keys, rows, strict=True):
            item = (key, row)
            side = 0
            for _ in range(200):
                slot = ((item[0] * multipliers[side]) & _MASK64) >> shift
                if slot_keys[slot] < 0:
                    slot_keys[slot], slot_rows[slot] = item
                    break
                evicted = (slot_keys[slot], slot_rows[slot])
                slot_keys[slot], slot_rows[slot] = item
                item = evicted
                # the evicted key moves to its other slot
                side = 1 if ((item[0] * multipliers[0]) & _MASK64) >> shift == slot else 0
            else:
                return None
        table = np.array(slot_keys, dtype=np.int64), np.array(slot_rows, dtype=np.intp)
        for key, row in zip(keys, rows, strict=True):  # every key in one of its slots, with its row
            a = ((key * multipliers[0]) & _MASK64) >> shift
            b = ((key * multipliers[1]) & _MASK64) >> shift
            if not ((slot_keys[a] == key and slot_rows[a] == row) or (slot_keys[b] == key and slot_rows[b] == row)):
                return None
        return table

    def find(self, keys: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.intp]]:
        """``(known, rows)``: which ``keys`` (non-negative) are known pairs, and the index rows of the known ones."""
        unsigned = keys.astype(np.uint64)
        first = ((unsigned * self.multipliers[0]) >> self.shift).astype(np.intp)
        second = ((unsigned * self.multipliers[1]) >> self.shift).astype(np.intp)
        in_first = self.keys[first] == keys
        known = in_first | (self.keys[second] == keys)
        rows = np.where(in_first, self.rows[first], self.rows[second])[known]
        return known, rows


class TermIndex:
    """The model's terms as the scorer looks them up, for tokens of one type (``str``, or Latin-1 ``bytes``): a single
    word by itself, a word pair as the tuple ``(first, second)`` (counting pairs then builds no strings).

    ``rows``: term → (idf, w, category weights, idf × idf, idf × w): the last two are what a term counted once adds
    to the squared norm and to the dot product (the very products the reference computes, done at load time);
    ``words`` and ``pairs``: the keys of each kind (sets, so that C code picks the known terms of a line). A key that
    is no token (a space inside, under two characters) could never be counted, so leaving it out changes no score.

    For scoring many clauses at once (:meth:`BarrierModel.weigh_lines`): ``ids`` (term → row number, in ``rows``'
    order) and the same numbers as float64 arrays: ``idf``, ``w`` and ``categories`` (terms × categories)."""

    __slots__ = (
        "categories",
        "idf",
        "ids",
        "pair_table",
        "pairs",
        "rows",
        "size",
        "vocabulary",
        "w",
        "word_rows",
        "words",
    )

    def __init__(self, rows: dict[Any, Row]) -> None:
        self.rows: dict[Any, tuple[float, float, tuple[float, ...], float, float]] = {
            key: (row[0], row[1], row[2], row[0] * row[0], row[0] * row[1]) for key, row in rows.items()
        }
        self.words: frozenset[Any] = frozenset(key for key in rows if not isinstance(key, tuple))
        self.pairs: frozenset[Any] = frozenset(key for key in rows if isinstance(key, tuple))
        self.ids: dict[Any, int] = {key: number for number, key in enumerate(rows)}
        self.idf: npt.NDArray[np.float64] = np.array([row[0] for row in rows.values()], dtype=np.float64)
        self.w: npt.NDArray[np.float64] = np.array([row[1] for row in rows.values()], dtype=np.float64)
        width = len(next(iter(rows.values()))[2]) if rows else 0
        self.categories: npt.NDArray[np.float64] = np.array(
            [row[2] for row in rows.values()], dtype=np.float64
        ).reshape(len(rows), width)
        # Token numbers for counting a whole document in numpy (:func:`_document_terms`): the known single words
        # first (token number = position in ``word_rows``), then the other halves of known pairs; the line marker
        # and every one-character token (never part of a term, and no token of scikit-learn's) get their own codes.
        vocabulary: dict[Any, int] = {key: number for number, key in enumerate(self.words)}
        for first, second in self.pairs:
            vocabulary.setdefault(first, len(vocabulary))
            vocabulary.setdefault(second, len(vocabulary))
        size = len(vocabulary)
        if all(isinstance(key, bytes) for key in vocabulary):
            vocabulary.update({bytes((code,)): _SINGLE for code in range(256)})
            vocabulary[_MARK] = _MARKER
        self.vocabulary = vocabulary
        self.word_rows: npt.NDArray[np.intp] = np.array([self.ids[key] for key in self.words], dtype=np.intp)
        pair_list = list(self.pairs)
        self.pair_table = _PairTable(
            [vocabulary[first] * size + vocabulary[second] for first, second in pair_list],
            [self.ids[pair] for pair in pair_list],
        )
        self.size = size


def _split_term(term: str) -> str | tuple[str, str] | None:
    parts = term.split(" ")
    if len(parts) == 1 and len(term) >= 2:
        return term
    if len(parts) == 2 and len(parts[0]) >= 2 and len(parts[1]) >= 2:
        return (parts[0], parts[1])
    return None


def _latin1_key(key: str | tuple[str, str]) -> bytes | tuple[bytes, bytes]:
    if isinstance(key, tuple):
        return (key[0].encode("latin-1"), key[1].encode("latin-1"))
    return key.encode("latin-1")


class BarrierModel:
    """A trained barrier model (see the module docstring); ``threshold`` is the trainer's cross-validated cut.

    Besides ``terms`` (term → row, the file's keys) it holds :class:`TermIndex` es: ``index`` for ``str`` tokens of
    any text and, when every term is Latin-1 without an upper-case ``A`` (``_FOREIGN_WORD``), ``byte_index`` for the
    tokens of :func:`_word_lines` (the check's per-document path); else ``byte_index`` is ``None``."""

    def __init__(self, data: Mapping[str, Any], source: str = "<memory>") -> None:
        try:
            self.classes: tuple[str, ...] = tuple(data["classes"])
            self.class_intercepts: tuple[float, ...] = tuple(float(v) for v in data["class_intercepts"])
            self.intercept = float(data["intercept"])
            self.threshold = float(data["threshold"])
            self.terms: dict[str, Row] = {
                term: (float(row["idf"]), float(row["w"]), tuple(float(v) for v in row["c"]))
                for term, row in data["terms"].items()
            }
        except (KeyError, TypeError, ValueError) as error:
            raise ConfigError(f"{source}: modelo de barreras inválido / invalid barrier model ({error})") from error
        if not self.terms or any(len(row[2]) != len(self.classes) for row in self.terms.values()):
            raise ConfigError(f"{source}: modelo de barreras inválido / invalid barrier model (dimensions)")
        self.pair_heads = frozenset(term.split(" ", 1)[0] for term in self.terms if " " in term)
        self.source = source
        self.meta = {k: v for k, v in data.items() if k != "terms"}
        rows: dict[Any, Row] = {}
        for term, row in self.terms.items():
            key = _split_term(term)
            if key is not None:
                rows[key] = row
        self.index = TermIndex(rows)
        self.byte_index: TermIndex | None = None
        if all(_latin1(term) and _FOREIGN_WORD not in term for term in self.terms):
            self.byte_index = TermIndex({_latin1_key(key): row for key, row in rows.items()})

    @classmethod
    def load(cls, path: Path) -> BarrierModel:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ConfigError(f"{path}: no se puede leer el modelo / cannot read the model ({error})") from error
        return cls(data, str(path))

    def terms_of(self, text: str, folded: bool = False) -> Counter[str]:
        """Token and token-pair counts of ``text`` (``folded``: ``text`` is already :func:`fold`-ed). Pairs whose first
        token begins no known pair are left out: they could not count."""
        tokens = _TOKEN.findall(text if folded else fold(text))
        counts = Counter(tokens)
        heads = self.pair_heads
        counts.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False) if a in heads)
        return counts

    def weigh(
        self, tokens: list[Any], index: TermIndex, words: dict[Any, int] | None = None
    ) -> tuple[float, float, int, dict[Any, int]]:
        """The barrier logit of a clause, the scale that normalises its tf-idf vector (0 when no term is known), the
        number of known single words (:attr:`Score.evidence`), and the counts of its known terms (single words in
        order of first occurrence, then pairs in order of first occurrence), from which :meth:`rank` takes them again.

        ``tokens``: the tokens of the clause's :func:`fold` (``\\b\\w\\w+\\b``), of the index's type. Guarantee: the
        floating-point operations of the reference definition in its order (``(1 + ln count) × idf`` per term; sums
        of ``value × value`` and ``value × w`` from 0.0, term by term in that order), so the probability is the same
        to the last bit. ``filter`` with a set picks the known terms in C (pairs as tuples: no strings built); the
        loop then sees only known terms. (On CPython 3.11 this plain loop beats ``map``/``reduce`` over dicts.)
        ``words``: the counts of the known single words in order of first occurrence when the caller has them
        (:func:`candidate_clauses` does); the pairs are added to that dict."""
        norm = 0.0
        dot = 0.0
        log = math.log
        rows = index.rows
        if words is None:
            words = {}
            _count_elements(words, filter(index.words.__contains__, tokens))
        counts = words
        evidence = len(counts)
        _count_elements(counts, filter(index.pairs.__contains__, zip(tokens, tokens[1:], strict=False)))
        for term, count in counts.items():
            row = rows[term]
            if count == 1:  # value = idf: value × value and value × w were computed at load time
                norm += row[3]
                dot += row[4]
            else:
                value = (1.0 + log(count)) * row[0]
                norm += value * value
                dot += value * row[1]
        if norm <= 0:
            return self.intercept, 0.0, 0, {}
        scale = 1.0 / math.sqrt(norm)
        return self.intercept + dot * scale, scale, evidence, counts

    def weigh_lines(self, lines: list[tuple[list[Any], dict[Any, int]]], index: TermIndex) -> LineWeights:
        """:meth:`weigh` of each ``(tokens, words)`` of ``lines`` (``words`` as :func:`candidate_clauses` gives them;
        the pairs are added to it), with the per-term arithmetic in numpy: the same IEEE operations in the same order
        (``value = (1 + ln count) × idf`` with the factor from a table of ``math.log``, 1.0 for a count of 1;
        ``value × value`` and ``value × w`` element by element; the sums from 0.0 term by term, by
        :func:`_sequential_sums`; ``1 / sqrt(norm)`` and ``intercept + dot × scale``), so every ``z``, scale and
        evidence is :meth:`weigh`'s to the last bit. Only counting the pairs and listing the known terms is Python."""
        pairs = index.pairs.__contains__
        lens: list[int] = []
        evidence: list[int] = []
        terms: list[Any] = []
        counts: list[int] = []
        for tokens, words in lines:
            evidence.append(len(words))
            _count_elements(words, filter(pairs, zip(tokens, islice(tokens, 1, None), strict=False)))
            lens.append(len(words))
            terms.extend(words)
            counts.extend(words.values())
        id_array = np.fromiter(map(index.ids.__getitem__, terms), dtype=np.intp, count=len(terms))
        return self.line_weights(
            id_array, np.array(counts, dtype=np.intp), np.array(lens, dtype=np.intp), evidence, index
        )

    def line_weights(
        self,
        ids: npt.NDArray[np.intp],
        counts: npt.NDArray[np.intp],
        lens: npt.NDArray[np.intp],
        evidence: list[int],
        index: TermIndex,
    ) -> LineWeights:
        """The :class:`LineWeights` of clauses given their known terms (``ids``: rows of ``index``, with their
        ``counts``, clause after clause in weigh's order; ``lens``: how many per clause) and evidence."""
        largest = int(counts.max()) if len(counts) else 1
        values = _log_factors(largest)[counts] * index.idf[ids]
        # column 0: value × value (the squared norm), column 1: value × w (the dot product), summed in one pass
        sums = _sequential_sums(np.stack((values * values, values * index.w[ids]), axis=1), lens, 0.0)
        norm = sums[:, 0]
        dot = sums[:, 1]
        known = norm > 0
        scale = np.zeros(len(lens), dtype=np.float64)
        np.divide(1.0, np.sqrt(norm, where=known, out=np.ones_like(norm)), out=scale, where=known)
        z = np.where(known, self.intercept + dot * scale, self.intercept).tolist()
        if not known.all():  # weigh's answer when nothing is known: no evidence, no terms
            evidence = [e if k else 0 for e, k in zip(evidence, known.tolist(), strict=True)]
        return LineWeights(z, evidence, scale, lens, ids, values)

    def rank_lines(
        self, weights: LineWeights, which: list[int], index: TermIndex
    ) -> list[tuple[tuple[str, float], ...]]:
        """:meth:`rank` of the clauses ``which`` (positions in ``weights``), each to the last bit: ``x = value ×
        scale`` and ``x × w`` element by element, the logits summed from the intercepts term by term
        (:func:`_sequential_sums`), then the same softmax. A clause whose scale is 0 (nothing known) has no terms."""
        if not which:
            return []
        rows = np.array(which, dtype=np.intp)
        offsets = np.cumsum(weights.lens) - weights.lens
        lens = np.where(weights.scale[rows] > 0, weights.lens[rows], 0)
        terms = _ranges(offsets[rows], lens)
        x = weights.values[terms] * np.repeat(weights.scale[rows], lens)
        products = x[:, None] * index.categories[weights.ids[terms]]
        intercepts = np.array(self.class_intercepts, dtype=np.float64)
        logits = _sequential_sums(products, lens, intercepts).tolist()
        return [_ranked(self.classes, row) for row in logits]

    @staticmethod
    def _sigmoid(z: float) -> float:
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def probability(self, text: str) -> float:
        """Probability that ``text`` is a barrier (scikit-learn's ``predict_proba[:, 1]``)."""
        return self._sigmoid(self.weigh(_TOKEN.findall(fold(text)), self.index)[0])

    def score(self, text: str, threshold: float | None = None, folded: bool = False) -> Score:
        """Probability that ``text`` is a barrier and the ranked categories (scikit-learn's predict_proba); with a
        ``threshold``, the categories are left empty below it (they cost 18 dot products). ``folded``: ``text`` is
        already :func:`fold`-ed."""
        return self.score_tokens(_TOKEN.findall(text if folded else fold(text)), self.index, threshold)

    def score_tokens(self, tokens: list[Any], index: TermIndex, threshold: float | None = None) -> Score:
        """:meth:`score` of a clause given its tokens (as :meth:`weigh` takes them)."""
        z, scale, evidence, counts = self.weigh(tokens, index)
        probability = self._sigmoid(z)
        if threshold is not None and probability < threshold:
            return Score(probability, (), evidence)
        return Score(probability, self.rank(scale, counts, index), evidence)

    def rank(self, scale: float, counts: Mapping[Any, int], index: TermIndex) -> tuple[tuple[str, float], ...]:
        """The categories from most to least likely (softmax of the category logits), from :meth:`weigh`'s scale and
        counts: the known terms in weigh's order, each value computed as weigh did (the reference's ``x = value ×
        scale``, then ``logits[k] += x × w`` term by term)."""
        logits = list(self.class_intercepts)
        rows = index.rows
        log = math.log
        for term, count in counts.items():
            row = rows[term]
            value = row[0] if count == 1 else (1.0 + log(count)) * row[0]
            x = value * scale
            for k, w in enumerate(row[2]):
                logits[k] += x * w
        return _ranked(self.classes, logits)


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> BarrierModel:
    """The model ``regdesign/rules/models/<name>.json`` (loaded once per process)."""
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise ConfigError(f"nombre de modelo inválido / invalid model name: {name!r}")
    return BarrierModel.load(MODELS_DIR / f"{name}.json")


def clause_lines(text: str, start: int) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of each line of ``text[start:]`` that reads like a clause: not a heading or a table rule,
    at least MIN_WORDS words; trimmed of surrounding whitespace."""
    for match in _LINE.finditer(text, start):
        line = match.group()
        if _HEADING.match(line) or len(line.split(None, MIN_WORDS - 1)) < MIN_WORDS:  # (stops at MIN_WORDS words)
            continue
        a = match.start() + (len(line) - len(line.lstrip()))
        b = match.end() - (len(line) - len(line.rstrip()))
        yield a, b


def candidate_clauses(
    text: str, start: int, model: BarrierModel, min_evidence: int = 0
) -> Iterator[tuple[int, int, list[Any], TermIndex, dict[Any, int]]]:
    """``(start, end, tokens, index, words)`` of each line of :func:`clause_lines` (in order) with at least
    ``min_evidence`` known single words (a line with fewer could not be reported): ``tokens`` are the tokens of the
    line's :func:`fold`, ``index`` the model's index of their type and ``words`` the counts of the known single words
    (in order of first occurrence), so that ``model.weigh(tokens, index, words)`` weighs the line (the same as
    :meth:`BarrierModel.score` of the line's text).

    Work is done once per document where it can be: one fold and byte translation of the whole body
    (:func:`_word_lines`), then per line a byte split and the count of its known single words (C code), and the
    clause test (heading, MIN_WORDS) only for the lines with enough of them."""
    need = max(0, min_evidence)
    index = model.byte_index
    body = text[start:]
    lines = body.split("\n")
    word_lines = _word_lines(body) if index is not None else None
    if index is None or word_lines is None or len(word_lines) != len(lines):
        index = model.index
        for a, b in clause_lines(text, start):
            tokens = _TOKEN.findall(fold(text[a:b]))
            words: dict[Any, int] = {}
            _count_elements(words, filter(index.words.__contains__, tokens))
            if len(words) >= need:
                yield a, b, tokens, index, words
        return
    known = index.words
    here = start
    for line, word_line in zip(lines, word_lines, strict=True):
        at = here
        here += len(line) + 1
        split = word_line.split()  # the tokens, and one-character words (never a known word)
        if len(split) < need:
            continue
        words = {}
        _count_elements(words, filter(known.__contains__, split))
        if len(words) < need:
            continue
        if _HEADING.match(line) or len(line.split(None, MIN_WORDS - 1)) < MIN_WORDS:  # (stops at MIN_WORDS words)
            continue
        tokens = [word for word in split if len(word) > 1]
        yield at + len(line) - len(line.lstrip()), at + len(line.rstrip()), tokens, index, words


def _document_terms(
    raw: bytes, index: TermIndex, line_count: int
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    r"""The known terms of every line of a document's word bytes (:func:`_word_bytes`), counted in numpy:
        ``(rows, counts, lens, evidence)`` where, line after line, ``rows``/``counts`` are the known terms as
        :meth:`BarrierModel.weigh` orders them (single words by first occurrence, then pairs by first occurrence), ``lens``
        the number per line and ``evidence`` the number of known single words per line (arrays of ``line_count``).

        Tokens: one ``split`` of the whole text with "
    " as a token of its own (``_MARK``), then token numbers by one
        dict look-up each (:attr:`TermIndex.vocabulary`; one-character tokens dropped, as ``\w\w+`` skips them);
        pairs are consecutive tokens of a line, found by ``searchsorted`` among the known pairs' numbers; counting and
        first occurrences by a stable sort of (line, term)."""
    tokens = raw.replace(b"\n", b" " + _MARK + b" ").split()
    numbers = np.fromiter(map(index.vocabulary.get, tokens, repeat(-1)), dtype=np.intp, count=len(tokens))
    numbers = numbers[numbers != _SINGLE]
    marker = numbers == _MARKER
    line_of = np.cumsum(marker)[~marker]  # markers before a token = its line
    numbers = numbers[~marker]
    position = np.arange(len(numbers), dtype=np.int64)
    word = (numbers >= 0) & (numbers < len(index.word_rows))
    first, second = numbers[:-1], numbers[1:]
    paired = (line_of[:-1] == line_of[1:]) & (first >= 0) & (second >= 0)
    pair_key = first[paired].astype(np.int64) * index.size + second[paired]
    found, pair_rows = index.pair_table.find(pair_key)
    # every occurrence of a known term: words (in text order), then pairs (in text order)
    lines = np.concatenate((line_of[word], line_of[:-1][paired][found]))
    rows = np.concatenate((index.word_rows[numbers[word]], pair_rows))
    kinds = np.concatenate((np.zeros(int(word.sum()), dtype=np.int64), np.ones(int(found.sum()), dtype=np.int64)))
    starts = np.concatenate((position[word], position[:-1][paired][found]))
    # group the occurrences of each (line, term), each group in text order so that its first element is the first
    # occurrence: one sort of (line, term, position) in one int64 when it fits (keys unique: any sort will do), else
    # a stable sort of (line, term) (the occurrences are in text order within each kind, and a group is one kind)
    group_key = lines.astype(np.int64) * len(index.idf) + rows
    span = len(position) + 1
    if line_count * len(index.idf) * span < 1 << 62:
        order = np.argsort(group_key * span + starts)
    else:
        order = np.argsort(group_key, kind="stable")
    grouped = group_key[order]
    head = np.flatnonzero(np.concatenate(([True], grouped[1:] != grouped[:-1]))) if len(grouped) else order[:0]
    counts = np.diff(np.append(head, len(grouped)))
    picked = order[head]
    term_lines, term_kinds, term_starts, term_rows = lines[picked], kinds[picked], starts[picked], rows[picked]
    # weigh's order within a line: words before pairs, each by first occurrence
    final = np.argsort((term_lines.astype(np.int64) * 2 + term_kinds) * (len(position) + 1) + term_starts)
    term_lines = term_lines[final]
    lens = np.bincount(term_lines, minlength=line_count).astype(np.intp)
    evidence = np.bincount(term_lines[term_kinds[final] == 0], minlength=line_count).astype(np.intp)
    return term_rows[final].astype(np.intp), counts[final].astype(np.intp), lens, evidence


def _document_weights(
    text: str, start: int, model: BarrierModel, min_evidence: int
) -> tuple[list[tuple[int, int]], LineWeights, TermIndex] | None:
    """Spans and :class:`LineWeights` of the lines :func:`candidate_clauses` yields (same lines, same order, same
    numbers as weighing each), for the whole document at once (:func:`_document_terms`); ``None`` when the text takes
    the per-line path (no byte index, "Σ", or lines that do not match)."""
    index = model.byte_index
    body = text[start:]
    raw = _word_bytes(body) if index is not None else None
    if index is None or raw is None:
        return None
    lines = body.split("\n")
    if raw.count(b"\n") != len(lines) - 1:
        return None
    rows, counts, lens, evidence = _document_terms(raw, index, len(lines))
    need = max(0, min_evidence)
    line_starts = np.cumsum(np.fromiter(map(len, lines), dtype=np.intp, count=len(lines)) + 1) - 1
    spans: list[tuple[int, int]] = []
    chosen: list[int] = []
    for number in np.flatnonzero(evidence >= need).tolist():
        line = lines[number]
        if _HEADING.match(line) or len(line.split(None, MIN_WORDS - 1)) < MIN_WORDS:  # (stops at MIN_WORDS words)
            continue
        at = start + int(line_starts[number]) - len(line)
        spans.append((at + len(line) - len(line.lstrip()), at + len(line.rstrip())))
        chosen.append(number)
    picked = np.array(chosen, dtype=np.intp)
    offsets = np.cumsum(lens) - lens
    terms = _ranges(offsets[picked], lens[picked])
    weights = model.line_weights(rows[terms], counts[terms], lens[picked], evidence[picked].tolist(), index)
    return spans, weights, index


#: The shared cue lists of ``ocde.yml`` (its ``word_lists``) that say a clause removes, exempts or legally grounds a
#: requirement rather than imposing one: a negated verb ("no necesitarán permiso"), a negation after the requirement
#: ("… no será requisito"), a waiver or option ("no se exigirá", "si lo prefiere"), a requirement the law itself
#: orders ("como lo dispone la ley") or a permit that already exists ("sin permisos adicionales"). The explicit rules
#: stay silent on these; so does the model (it was trained on words, and "permiso" weighs the same negated or not).
SILENCING_LISTS = (
    "negacion_del_verbo",
    "negacion_posterior",
    "renuncias_y_opciones",
    "base_legal",
    "requisito_existente",
)
_CUE_PACK = package_dir("regdesign.rules") / "ocde.yml"


@lru_cache(maxsize=4)
def silencing_cues(names: tuple[str, ...] = SILENCING_LISTS, pack: Path = _CUE_PACK) -> re.Pattern[str] | None:
    """One pattern for the cues of the named word lists of ``pack`` (folded text, each cue at a word start, as the
    engine matches ``requires_any``/``excludes_any``); ``None`` when no list names a cue.

    Raises:
        ConfigError: the pack is unreadable or a named list is missing (a renamed list must not switch the guard off
            silently)."""

    try:
        data = load_yaml(pack.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"{pack}: listas de palabras ilegibles / unreadable word lists: {error}") from error
    lists = data.get("word_lists") or {}
    cues: list[str] = []
    for name in names:
        if name not in lists:
            raise ConfigError(f"{pack}: falta la lista de palabras / missing word list {name!r}")
        cues.extend(fold(str(cue)) for cue in lists[name])
    if not cues:
        return None
    alternatives = "|".join(re.escape(cue) for cue in sorted(set(cues), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})")


def removes_requirement(text: str, cues: re.Pattern[str] | None = None) -> bool:
    """Whether ``text`` (a clause, any case and accents) carries one of the :data:`SILENCING_LISTS` cues: the clause
    removes, exempts or legally grounds a requirement, so the model does not flag it."""
    pattern = cues if cues is not None else silencing_cues()
    return pattern is not None and pattern.search(fold(text)) is not None


@register_check("barrier_model")
def check_barrier_model(document: Document, options: Mapping[str, Any]) -> Iterator[Hit]:
    """One hit per clause-like line the model scores at or above its threshold (option ``threshold`` overrides the
    trained one); params: ``probabilidad`` (decimal comma) / ``probability``, ``categoria``, and ``_category``/``_basis``/``_suggestion`` taken from
    ``options["categories"][category]`` so that the finding carries the predicted category's legal basis."""
    model = load_model(str(options.get("model", DEFAULT_MODEL)))
    configured = options.get("threshold")
    try:
        threshold = model.threshold if configured is None else float(configured)
    except (TypeError, ValueError) as error:
        raise ConfigError(f"MODELO-BARRERA: threshold debe ser un número / must be a number: {configured!r}") from error
    categories: Mapping[str, Any] = options.get("categories") or {}
    min_evidence = int(options.get("min_evidence") or 0)
    body_start = max(0, document.body_start)
    sigmoid = model._sigmoid
    # The whole document at once: weigh every candidate line (numpy), then rank only the hits.
    batch = _document_weights(document.text, body_start, model, min_evidence)
    if batch is None:  # the per-line path (texts with "Σ", models beyond Latin-1)
        spans: list[tuple[int, int]] = []
        lines: list[tuple[list[Any], dict[Any, int]]] = []
        index = model.index  # (candidate_clauses falls back to it in the very cases _document_weights does)
        for start, end, tokens, _index, words in candidate_clauses(document.text, body_start, model, min_evidence):
            spans.append((start, end))
            lines.append((tokens, words))
        weights = model.weigh_lines(lines, index)
    else:
        spans, weights, index = batch
    cues = silencing_cues()
    hits: list[tuple[int, float]] = []
    for number, (z, evidence) in enumerate(zip(weights.z, weights.evidence, strict=True)):
        probability = sigmoid(z)
        if probability >= threshold and evidence >= min_evidence:
            start, end = spans[number]
            if not removes_requirement(document.text[start:end], cues):
                hits.append((number, probability))
    ranks = model.rank_lines(weights, [number for number, _ in hits], index)
    for (number, probability), ranked in zip(hits, ranks, strict=True):
        start, end = spans[number]
        score = Score(probability, ranked, weights.evidence[number])
        category = score.category
        info: Mapping[str, Any] = categories.get(category) or {}
        yield Hit(
            start,
            end,
            {
                "probabilidad": f"{score.probability:.2f}".replace(".", ","),  # Spanish decimal comma
                "probability": f"{score.probability:.2f}",
                "categoria": category,
                "descripcion": info.get("es", category),
                "description": info.get("en", category),
                "_category": category,
                "_basis": info.get("basis"),
                "_suggestion": info.get("suggestion"),
            },
        )
