"""Train the statistical barrier model (``regdesign/rules/models/barreras.json``) from the labelled clauses.

The rule packs recognise the wordings they were written from; on clauses written blind by other annotators they
caught about half of the barriers. A linear model over words and word pairs, trained on every labelled set the
repository ships, generalises better; the rule engine runs it as one more rule (``MODELO-BARRERA`` in
``regdesign/rules/modelo.yml``), and it only speaks where no explicit rule did.

Model: TF-IDF of folded (lower-case, unaccented) words and word pairs (scikit-learn's default token pattern,
sublinear term frequency, l2 norm, terms in at least two clauses), then a logistic regression for "barrier or not"
(balanced classes) and a multinomial logistic regression for the category (one sample per labelled category). The
threshold is chosen by 5-fold cross-validation on the training clauses: the lowest probability at which the model
ALONE keeps precision >= 0.9 (see TARGET_PRECISION). The JSON holds everything the pure-Python
scorer in :mod:`regdesign.rules.model` needs (vocabulary, idf, weights), the training sets with their SHA-256 and the
cross-validated figures. scikit-learn is needed only here (a dev dependency), never at run time.

``tests/data/barriers/heldout6_clauses.yml`` is NEVER used for training: it measures the shipped model.

Usage: ``python tools/train_barrier_model.py [--check]`` (``--check``: retrain and fail if the shipped file differs).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "barriers"
TRAIN_SETS = [
    "clauses.yml",
    "heldout_clauses.yml",
    "heldout2_clauses.yml",
    "heldout3_clauses.yml",
    "heldout4_clauses.yml",
    "heldout5_clauses.yml",  # measured blind first (see tests/test_barrier_heldout5.py), then added
    "ordinary_clauses.yml",  # ordinary lines of real documents (definitions, schedules, prizes…): all non-barriers
]
NEVER_TRAIN = ("heldout6_clauses.yml", "heldout7_clauses.yml")  # the blind sets that measure the shipped model
OUT = ROOT / "regdesign" / "rules" / "models" / "barreras.json"
SEED = 13
#: Cross-validated precision the model ALONE must keep at its threshold: the issue's precision target. (Measured on
#: blind set 5 with a model trained on sets 1-4: at the threshold this criterion gave, rules + model P 0.896 R 0.858;
#: a looser 0.85 criterion gave P 0.838 R 0.915 — below the precision target, so it was dropped.)
TARGET_PRECISION = 0.9


def fold(text: str) -> str:
    """Lower case without accents; the scorer in regdesign.rules.model applies the same function."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def _categories(clause: dict[str, Any]) -> list[str]:
    category = clause.get("category")
    return [category] if isinstance(category, str) else [str(c) for c in category or ()]


def load_training() -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    clauses: list[dict[str, Any]] = []
    sources = []
    for name in TRAIN_SETS:
        assert name not in NEVER_TRAIN
        path = DATA / name
        raw = path.read_bytes()
        data = yaml.safe_load(raw)
        clauses += data["clauses"]
        sources.append({"file": f"tests/data/barriers/{name}", "sha256": hashlib.sha256(raw).hexdigest()})
    return clauses, sources


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(preprocessor=fold, ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=np.float64)


def _binary() -> LogisticRegression:
    return LogisticRegression(C=4.0, max_iter=5000, class_weight="balanced")


def choose_threshold(texts: list[str], labels: np.ndarray) -> tuple[float, dict[str, float]]:
    """Lowest threshold whose cross-validated precision (model alone) reaches TARGET_PRECISION."""
    probabilities = np.zeros(len(texts))
    for train, test in StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED).split(texts, labels):
        vectorizer = _vectorizer()
        model = _binary().fit(vectorizer.fit_transform([texts[i] for i in train]), labels[train])
        probabilities[test] = model.predict_proba(vectorizer.transform([texts[i] for i in test]))[:, 1]
    best = (0.9, {})
    for threshold in np.arange(0.40, 0.91, 0.01):
        predicted = probabilities >= threshold
        tp = int((predicted & labels).sum())
        fp = int((predicted & ~labels).sum())
        fn = int((~predicted & labels).sum())
        precision = tp / (tp + fp) if tp + fp else 1.0
        if precision >= TARGET_PRECISION:
            best = (round(float(threshold), 2), {"precision": round(precision, 3), "recall": round(tp / (tp + fn), 3)})
            break
    return best


def train() -> dict[str, Any]:
    clauses, sources = load_training()
    texts = [c["text"] for c in clauses]
    labels = np.array([bool(c["barrier"]) for c in clauses])
    threshold, cv = choose_threshold(texts, labels)
    vectorizer = _vectorizer()
    matrix = vectorizer.fit_transform(texts)
    binary = _binary().fit(matrix, labels)
    pairs = [(c["text"], k) for c in clauses if c["barrier"] for k in _categories(c)]
    category_model = LogisticRegression(C=8.0, max_iter=5000).fit(
        vectorizer.transform([t for t, _ in pairs]), [k for _, k in pairs]
    )
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    classes = [str(c) for c in category_model.classes_]
    terms = {
        term: {
            "idf": round(float(vectorizer.idf_[index]), 5),
            "w": round(float(binary.coef_[0][index]), 5),
            "c": [round(float(v), 4) for v in category_model.coef_[:, index]],
        }
        for index, term in enumerate(vocabulary)
    }
    import sklearn

    return {
        "format": 1,
        "description": "Modelo estadístico de barreras regulatorias (TF-IDF de palabras y pares + regresión logística).",
        "trained_on": sources,
        "never_trained_on": [f"tests/data/barriers/{name}" for name in NEVER_TRAIN],
        "clauses": len(clauses),
        "barriers": int(labels.sum()),
        "sklearn": sklearn.__version__,
        "features": {
            "fold": "lower+strip_accents",
            "token_pattern": r"(?u)\b\w\w+\b",
            "ngram_range": [1, 2],
            "sublinear_tf": True,
            "norm": "l2",
            "min_df": 2,
        },
        "threshold": threshold,
        "cross_validation": cv,
        "intercept": round(float(binary.intercept_[0]), 6),
        "classes": classes,
        "class_intercepts": [round(float(v), 5) for v in category_model.intercept_],
        "terms": terms,
    }


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def render(model: dict[str, Any]) -> str:
    return json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main(argv: list[str]) -> int:
    model = render(train())
    if "--check" in argv:
        same = OUT.is_file() and OUT.read_text(encoding="utf-8") == model
        print("regdesign: barrier model is up to date" if same else "regdesign: barrier model is STALE: retrain")
        return 0 if same else 1
    write_atomic(OUT, model)
    data = json.loads(model)
    print(
        f"regdesign: wrote {OUT.relative_to(ROOT)} ({len(data['terms'])} terms, threshold {data['threshold']}, "
        f"cross-validated {data['cross_validation']})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
