"""The statistical barrier model: the shipped file, pure-Python scoring equal to scikit-learn's, the check and how
the engine combines it with the explicit rules."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from regdesign.errors import ConfigError
from regdesign.model import Document
from regdesign.rules.barrier_model import MODELS_DIR, BarrierModel, clause_lines, fold, load_model
from regdesign.rules.engine import analyze_text, is_barrier_category, load_rules, run_rules
from regdesign.rules.evaluation import load_clauses

REPO = Path(__file__).resolve().parents[1]
BARRIERS = REPO / "tests" / "data" / "barriers"
sys.path.insert(0, str(REPO / "tools"))
import train_barrier_model as trainer  # noqa: E402

CLEARLY_A_BARRIER = (
    "Los operadores interesados deberán pertenecer a la Cámara Colombiana de la Infraestructura y contar con su aval "
    "escrito."
)
ORDINARY = "Los proponentes presentarán su oferta a través de la plataforma SECOP II dentro del plazo del cronograma."


@pytest.fixture(scope="module")
def model() -> BarrierModel:
    return load_model()


def test_shipped_model_records_what_it_was_trained_on(model):
    meta = model.meta
    trained = {Path(item["file"]).name for item in meta["trained_on"]}
    assert trained == set(trainer.TRAIN_SETS)
    assert "heldout6_clauses.yml" not in trained  # the blind set that measures it
    for item in meta["trained_on"]:  # the files have not changed since training (else: retrain)
        import hashlib

        assert hashlib.sha256((REPO / item["file"]).read_bytes()).hexdigest() == item["sha256"], item["file"]
    assert 0.4 <= model.threshold <= 0.9
    assert set(model.classes) >= {"OCDE-A1", "OCDE-A5", "ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL"}


@pytest.fixture(scope="module")
def sklearn_models():
    """The trainer's own scikit-learn objects, fitted as for the shipped file (not rounded)."""
    from sklearn.linear_model import LogisticRegression

    clauses, _ = trainer.load_training()
    texts = [c["text"] for c in clauses]
    vectorizer = trainer._vectorizer()
    matrix = vectorizer.fit_transform(texts)
    binary = trainer._binary().fit(matrix, [bool(c["barrier"]) for c in clauses])
    pairs = [(c["text"], k) for c in clauses if c["barrier"] for k in trainer._categories(c)]
    categories = LogisticRegression(C=8.0, max_iter=5000).fit(
        vectorizer.transform([t for t, _ in pairs]), [k for _, k in pairs]
    )
    return vectorizer, binary, categories


def test_pure_python_scores_equal_scikit_learn(model, sklearn_models):
    vectorizer, binary, categories = sklearn_models
    texts = [c["text"] for c in load_clauses(BARRIERS / "heldout2_clauses.yml")][:60]
    texts += [CLEARLY_A_BARRIER, ORDINARY, "", "¡¡!!", "Ñandú ÁRBOL árbol árbol árbol", "x " * 500]
    expected = binary.predict_proba(vectorizer.transform(texts))[:, 1]
    expected_classes = categories.predict_proba(vectorizer.transform(texts))
    for text, p, per_class in zip(texts, expected, expected_classes, strict=True):
        score = model.score(text)
        assert score.probability == pytest.approx(p, abs=2e-3), text
        top = categories.classes_[int(np.argmax(per_class))]
        if np.sort(per_class)[-1] - np.sort(per_class)[-2] > 0.01:  # not a near tie that rounding could swap
            assert score.category == top, text
        assert sum(prob for _, prob in score.categories) == pytest.approx(1.0)


def test_fold_is_the_trainers():
    for text in ("Árbol Ñandú ü", "ÉXITO", "straße", ""):
        assert fold(text) == trainer.fold(text)


def test_a_broken_model_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "m.json"
    bad.write_text('{"classes": ["A"], "terms": {}}', encoding="utf-8")
    with pytest.raises(ConfigError, match="m.json"):
        BarrierModel.load(bad)
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="m.json"):
        BarrierModel.load(bad)
    with pytest.raises(ConfigError):
        load_model("../../etc/passwd")
    data = json.loads((MODELS_DIR / "barreras.json").read_text(encoding="utf-8"))
    first = next(iter(data["terms"]))
    data["terms"][first]["c"] = data["terms"][first]["c"][:-1]
    with pytest.raises(ConfigError, match="dimensions"):
        BarrierModel(data, "x")


def test_clause_lines_skip_headings_and_short_lines():
    text = "# Título\n\nUna línea con bastantes palabras para ser una cláusula.\n  corta línea\n|---|---|\n"
    assert [text[a:b] for a, b in clause_lines(text, 0)] == ["Una línea con bastantes palabras para ser una cláusula."]


def test_model_speaks_only_where_the_rules_are_silent():
    rules = load_rules()
    findings = analyze_text(CLEARLY_A_BARRIER, rules, "terminos_de_referencia")
    assert [f.rule for f in findings if is_barrier_category(f.category)] == ["MODELO-BARRERA"]
    finding = next(f for f in findings if f.rule == "MODELO-BARRERA")
    assert is_barrier_category(finding.category) and finding.severity == "info"
    assert finding.basis and finding.basis != rules.get("MODELO-BARRERA").basis  # the category's own basis
    assert CLEARLY_A_BARRIER[finding.start : finding.end] == CLEARLY_A_BARRIER
    # a clause an explicit rule flags gets the rule's finding only
    domicile = "Sólo podrán participar empresas con domicilio principal en Medellín desde hace cinco años o más."
    assert load_model().score(domicile).probability >= load_model().threshold  # the model would have spoken too
    rules_found = [f.rule for f in analyze_text(domicile, rules, "terminos_de_referencia") if f.category != "x"]
    assert "MODELO-BARRERA" not in rules_found and any(r.startswith("OCDE-A5") for r in rules_found)
    assert not [f for f in analyze_text(ORDINARY, rules, "terminos_de_referencia") if is_barrier_category(f.category)]


def test_model_can_be_switched_off_and_tuned():
    text = f"---\ntype: terminos_de_referencia\n---\n\n{CLEARLY_A_BARRIER}\n"
    document = Document(
        path="x.md", text=text, type="terminos_de_referencia", metadata={}, body_start=text.index("Los")
    )
    off = load_rules(config={"ignore": ["MODELO"]})
    assert not [f for f in run_rules(document, off) if f.rule == "MODELO-BARRERA"]
    cautious = load_rules(config={"rules": {"MODELO-BARRERA": {"threshold": 0.999}}})
    assert not [f for f in run_rules(document, cautious) if f.rule == "MODELO-BARRERA"]
    on = load_rules()
    assert [f.rule for f in run_rules(document, on) if f.rule == "MODELO-BARRERA"] == ["MODELO-BARRERA"]


def test_verdicts_resting_on_few_known_words_are_not_reported():
    model = load_model()
    lines = [
        "[… texto omitido en esta copia de trabajo; ver fuente …]",
        "El Ministro de Justicia y del Derecho, encargado de las funciones.",
    ]
    for line in lines:
        score = model.score(line)
        assert score.evidence < 10, line
    text = "\n".join(lines) + "\n" + CLEARLY_A_BARRIER + "\n"
    document = Document(path="x.md", text=text, type="terminos_de_referencia", metadata={}, body_start=0)
    rules = load_rules(config={"select": ["MODELO"]})
    assert [text[f.start : f.end] for f in run_rules(document, rules)] == [CLEARLY_A_BARRIER]
    lenient = load_rules(
        config={"select": ["MODELO"], "rules": {"MODELO-BARRERA": {"min_evidence": 0, "threshold": 0}}}
    )
    assert len(run_rules(document, lenient)) == 3  # every clause-like line, once nothing is required
