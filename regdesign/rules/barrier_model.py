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
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
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


@dataclass(frozen=True, slots=True)
class Score:
    """The model's verdict on one clause: probability of a barrier, and the categories from most to least likely."""

    probability: float
    categories: tuple[tuple[str, float], ...]
    evidence: int = 0  # known single words the verdict rests on (short or unusual lines have few)

    @property
    def category(self) -> str:
        return self.categories[0][0] if self.categories else ""


class BarrierModel:
    """A trained barrier model (see the module docstring); ``threshold`` is the trainer's cross-validated cut."""

    def __init__(self, data: Mapping[str, Any], source: str = "<memory>") -> None:
        try:
            self.classes: tuple[str, ...] = tuple(data["classes"])
            self.class_intercepts: tuple[float, ...] = tuple(float(v) for v in data["class_intercepts"])
            self.intercept = float(data["intercept"])
            self.threshold = float(data["threshold"])
            self.terms: dict[str, tuple[float, float, tuple[float, ...]]] = {
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

    def _features(self, text: str, folded: bool = False) -> tuple[list[tuple[float, str]], float]:
        """The clause's known terms as (normalised tf-idf value, term), and the barrier logit. (How many known single
        words it has is ``sum(" " not in term for _, term in features)``: :attr:`Score.evidence`.)"""
        terms = self.terms
        norm = 0.0
        dot = 0.0
        rows = []
        log = math.log
        for term, count in self.terms_of(text, folded).items():
            row = terms.get(term)
            if row is not None:
                value = row[0] if count == 1 else (1.0 + log(count)) * row[0]
                norm += value * value
                dot += value * row[1]
                rows.append((value, term))
        if norm <= 0:
            return [], self.intercept
        scale = 1.0 / math.sqrt(norm)
        return [(value * scale, term) for value, term in rows], self.intercept + dot * scale

    @staticmethod
    def _sigmoid(z: float) -> float:
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def probability(self, text: str) -> float:
        """Probability that ``text`` is a barrier (scikit-learn's ``predict_proba[:, 1]``)."""
        return self._sigmoid(self._features(text)[1])

    def score(self, text: str, threshold: float | None = None, folded: bool = False) -> Score:
        """Probability that ``text`` is a barrier and the ranked categories (scikit-learn's predict_proba); with a
        ``threshold``, the categories are left empty below it (they cost 18 dot products). ``folded``: ``text`` is
        already :func:`fold`-ed."""
        features, z = self._features(text, folded)
        probability = self._sigmoid(z)
        evidence = sum(" " not in term for _, term in features)
        if threshold is not None and probability < threshold:
            return Score(probability, (), evidence)
        logits = list(self.class_intercepts)
        terms = self.terms
        for x, term in features:
            for k, w in enumerate(terms[term][2]):
                logits[k] += x * w
        top = max(logits)
        exps = [math.exp(v - top) for v in logits]
        total = sum(exps)
        ranked = sorted(((c, e / total) for c, e in zip(self.classes, exps, strict=True)), key=lambda item: -item[1])
        return Score(probability, tuple(ranked), evidence)


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
        if _HEADING.match(line) or len(line.split()) < MIN_WORDS:
            continue
        a = match.start() + (len(line) - len(line.lstrip()))
        b = match.end() - (len(line) - len(line.rstrip()))
        yield a, b


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
    text = document.text
    for start, end in clause_lines(text, max(0, document.body_start)):
        score = model.score(text[start:end], threshold)
        if score.probability < threshold or score.evidence < min_evidence:
            continue
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
