"""Train the statistical barrier model (``regdesign/rules/models/barreras.json``) from the labelled clauses.

The rule packs recognise the wordings they were written from; on clauses written blind by other annotators they
caught about half of the barriers. A linear model over words and word pairs, trained on every labelled set the
repository ships, generalises better; the rule engine runs it as one more rule (``MODELO-BARRERA`` in
``regdesign/rules/modelo.yml``), and it only speaks where no explicit rule did.

Model: TF-IDF of folded (lower-case, unaccented) words and word pairs (scikit-learn's default token pattern,
sublinear term frequency, l2 norm, terms in at least two clauses), then a logistic regression for "barrier or not"
(balanced classes) and a multinomial logistic regression for the category (one sample per labelled category,
balanced class weights: see CATEGORY_C). The threshold is chosen by 5-fold cross-validation on the training clauses:
the lowest probability at which the model ALONE keeps precision >= 0.92 (see TARGET_PRECISION). The JSON holds
everything the pure-Python scorer in :mod:`regdesign.rules.model` needs (vocabulary, idf, weights), the training sets
with their SHA-256, the category model's settings and the cross-validated figures. scikit-learn is needed only here (a dev dependency), never at run time.

``tests/data/barriers/heldout6_clauses.yml`` is NEVER used for training: it measures the shipped model. Every other
labelled set was measured blind first and added once its misses had been used to write rules (sets 5, 7, 8 and 9
early; sets 10-21 in the ninth session). A new blind set measures the model before it is added.

Usage: ``python tools/train_barrier_model.py [--check | --cv-categories]`` (``--check``: retrain and fail if the
shipped file differs; ``--cv-categories``: print the cross-validated category figures that chose the category
model's settings, see :func:`category_cv`).
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
    "heldout7_clauses.yml",  # measured blind first, then its misses taught rule round 5: no longer blind, so added
    "heldout8_clauses.yml",  # measured blind first, then its misses taught rule round 6: no longer blind, so added
    "heldout9_clauses.yml",  # measured blind first (model trained without it), then used for rules: so added
    "ordinary_clauses.yml",  # ordinary lines of real documents (definitions, schedules, prizes…): all non-barriers
    # Sets 10-32: each measured blind once (by the model of its time), its figures recorded in its test
    # module, its misses then used for rules; added in the ninth session (see TARGET_PRECISION for what it changed).
    *(f"heldout{n}_clauses.yml" for n in range(10, 33)),
]
NEVER_TRAIN = ("heldout6_clauses.yml",)  # kept out for good: it measures every shipped model
OUT = ROOT / "regdesign" / "rules" / "models" / "barreras.json"
SEED = 13
#: Cross-validated precision the model ALONE must keep at its threshold. (Measured on blind set 5 with a model trained
#: on sets 1-4: at the threshold a 0.9 criterion gave, rules + model P 0.896 R 0.858; a looser 0.85 criterion gave
#: P 0.838 R 0.915 — below the precision target, so it was dropped.) Raised to 0.92 when sets 10-21 joined the
#: training (2,199 → 3,655 clauses): on the blind sets 14-21 rules + model had kept recall 0.91-0.96 but precision only
#: 0.89-0.95, every false alarm the model's, so the margin is taken on precision. Cross-validated (5-fold, seeds 13
#: and 7): the old model at its 0.62 cut P 0.904 R 0.748; the new one at its 0.59 cut P 0.924 R 0.870. On sets
#: 19-21, never trained on by either, a model trained on sets 1-18 alone lowered the model's misses from 24 to 13 with
#: false alarms 9 → 9 at the old criterion.
TARGET_PRECISION = 0.92
#: The category model: C and class weights chosen by cross-validation on the training sets (``--cv-categories``
#: prints the grid). Balanced class weights raised the share of flagged barriers whose first category is right from
#: 0.787 to 0.817 (5-fold × 2 seeds; C between 4 and 32 changed it by under 0.01, so C stays 8). Giving each clause's
#: categories weight 1/n, one-vs-rest models and naming a second category when nearly as likely were tried too: none
#: helped the category F1 of rules + model (a second category at ≥ 0.8 × the first: recall +0.008, precision -0.017).
CATEGORY_C = 8.0
CATEGORY_CLASS_WEIGHT: str | None = "balanced"


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


def _category_model(c: float = CATEGORY_C, class_weight: str | None = CATEGORY_CLASS_WEIGHT) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=5000, class_weight=class_weight)


def category_cv(
    clauses: list[dict[str, Any]], settings: list[tuple[float, str | None]], seeds: tuple[int, ...] = (SEED, 7)
) -> dict[str, dict[str, float]]:
    """Cross-validated category figures of the model ALONE for each (C, class_weight) in ``settings``: on every
    training clause it flags (probability >= the shipped threshold, 10+ known words, as the check requires), the
    predicted category counts as a true positive when the clause carries it among its labelled categories and as a
    false positive otherwise; each labelled category it does not name is a false negative (the scoring of
    ``regdesign eval``). ``top1``: share of the flagged true barriers whose first category is one of theirs. The
    vectorizer and the barrier model are fitted once per fold; only the category model changes between settings."""
    texts = [c["text"] for c in clauses]
    labels = np.array([bool(c["barrier"]) for c in clauses])
    truth = [set(_categories(c)) if c["barrier"] else set() for c in clauses]
    threshold = json.loads(OUT.read_text(encoding="utf-8"))["threshold"] if OUT.is_file() else 0.5
    counts = {setting: [0, 0, 0, 0, 0] for setting in settings}  # tp, fp, fn, right first, flagged barriers
    for seed in seeds:
        for train_rows, test_rows in StratifiedKFold(n_splits=5, shuffle=True, random_state=seed).split(texts, labels):
            vectorizer = _vectorizer()
            matrix = vectorizer.fit_transform([texts[i] for i in train_rows])
            binary = _binary().fit(matrix, labels[train_rows])
            test = vectorizer.transform([texts[i] for i in test_rows])
            singles = np.array([" " not in term for term in vectorizer.get_feature_names_out()])
            flagged = (binary.predict_proba(test)[:, 1] >= threshold) & ((test[:, singles] > 0).sum(axis=1).A1 >= 10)
            position = {row: place for place, row in enumerate(train_rows)}
            pairs = [(i, k) for i in train_rows if labels[i] for k in sorted(truth[i])]
            for setting in settings:
                model = _category_model(*setting).fit(matrix[[position[i] for i, _ in pairs]], [k for _, k in pairs])
                first = model.classes_[np.argmax(model.predict_proba(test), axis=1)]
                tally = counts[setting]
                for place, row in enumerate(test_rows):
                    predicted = {str(first[place])} if flagged[place] else set()
                    tally[0] += len(truth[row] & predicted)
                    tally[1] += len(predicted - truth[row])
                    tally[2] += len(truth[row] - predicted)
                    if predicted and truth[row]:
                        tally[3] += bool(truth[row] & predicted)
                        tally[4] += 1
    figures = {}
    for (c, weight), (tp, fp, fn, right, flagged_barriers) in counts.items():
        precision, recall = tp / (tp + fp), tp / (tp + fn)
        figures[f"C={c:g} class_weight={weight}"] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(2 * precision * recall / (precision + recall), 4),
            "top1": round(right / flagged_barriers, 4),
        }
    return figures


def choose_threshold(texts: list[str], labels: np.ndarray) -> tuple[float, dict[str, float]]:
    """Lowest threshold whose cross-validated precision (model alone) reaches TARGET_PRECISION."""
    probabilities = np.zeros(len(texts))
    for train, test in StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED).split(texts, labels):
        vectorizer = _vectorizer()
        model = _binary().fit(vectorizer.fit_transform([texts[i] for i in train]), labels[train])
        probabilities[test] = model.predict_proba(vectorizer.transform([texts[i] for i in test]))[:, 1]
    best: tuple[float, dict[str, float]] = (0.9, {})
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
    category_model = _category_model().fit(vectorizer.transform([t for t, _ in pairs]), [k for _, k in pairs])
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
        "category_model": {"C": CATEGORY_C, "class_weight": CATEGORY_CLASS_WEIGHT},
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
    if "--cv-categories" in argv:
        clauses, _ = load_training()
        grid = [(c, weight) for c in (2.0, 8.0, 32.0) for weight in (None, "balanced")]
        for setting, figures in category_cv(clauses, grid).items():
            print(f"{setting:32s} {figures}")
        return 0
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
