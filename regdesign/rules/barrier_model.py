"""The statistical barrier model at run time: pure-Python scoring of a clause, and the ``barrier_model`` check.

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

Speed (the check runs on every document): the check folds and tokenises a document's body once
(:func:`_word_lines`: one ``encode`` + one ``bytes.translate``, Latin-1 bytes as tokens), drops lines with fewer than
``min_evidence`` known words by one set intersection before anything else (:func:`candidate_clauses`), looks word
pairs up as tuples (no strings built), picks the known terms with ``filter`` over sets and sums them in the
reference's order (:meth:`BarrierModel.weigh`), and ranks the categories only for lines at or above the threshold.
Every result is the reference definition's to the last bit (``tests/test_barrier_model.py`` compares it with a
straightforward implementation on random texts).
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
from pathlib import Path
from typing import Any

from regdesign.errors import ConfigError
from regdesign.model import Document
from regdesign.rules.checks import Hit, register_check

MODELS_DIR = Path(__file__).resolve().parent / "models"
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
    if "Σ" in body:
        return None
    try:
        raw = body.encode("latin-1", _FOLD_RUNS)
    except _ForeignWord:
        return fold(body).encode("latin-1", _PLACEHOLDERS).translate(_WORD_BYTES).split(b"\n")
    return raw.translate(_FOLD_WORD_BYTES).split(b"\n")


@dataclass(frozen=True, slots=True)
class Score:
    """The model's verdict on one clause: probability of a barrier, and the categories from most to least likely."""

    probability: float
    categories: tuple[tuple[str, float], ...]
    evidence: int = 0  # known single words the verdict rests on (short or unusual lines have few)

    @property
    def category(self) -> str:
        return self.categories[0][0] if self.categories else ""


#: One known term of the model: (idf, barrier weight, category weights).
Row = tuple[float, float, tuple[float, ...]]


class TermIndex:
    """The model's terms as the scorer looks them up, for tokens of one type (``str``, or Latin-1 ``bytes``): a single
    word by itself, a word pair as the tuple ``(first, second)`` (counting pairs then builds no strings).

    ``rows``: term → (idf, w, category weights, idf × idf, idf × w): the last two are what a term counted once adds
    to the squared norm and to the dot product (the very products the reference computes, done at load time);
    ``words`` and ``pairs``: the keys of each kind (sets, so that C code picks the known terms of a line). A key that
    is no token (a space inside, under two characters) could never be counted, so leaving it out changes no score."""

    __slots__ = ("pairs", "rows", "words")

    def __init__(self, rows: dict[Any, Row]) -> None:
        self.rows: dict[Any, tuple[float, float, tuple[float, ...], float, float]] = {
            key: (row[0], row[1], row[2], row[0] * row[0], row[0] * row[1]) for key, row in rows.items()
        }
        self.words: frozenset[Any] = frozenset(key for key in rows if not isinstance(key, tuple))
        self.pairs: frozenset[Any] = frozenset(key for key in rows if isinstance(key, tuple))


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
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        ranked = sorted(((c, e / total) for c, e in zip(self.classes, exps, strict=True)), key=lambda item: -item[1])
        return tuple(ranked)


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
    for start, end, tokens, index, words in candidate_clauses(document.text, body_start, model, min_evidence):
        z, scale, evidence, counts = model.weigh(tokens, index, words)
        probability = sigmoid(z)
        if probability < threshold or evidence < min_evidence:
            continue
        score = Score(probability, model.rank(scale, counts, index), evidence)
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
