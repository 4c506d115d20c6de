"""The extractor against the hand-annotated gold set of ../shared/corpus/gold (skipped where the corpus is absent).

Targets (issue 3): F1 >= 0.95 at level (a) span+scope, >= 0.95 at (b) external type+number+year, >= 0.93 at (c)
article, with the annotators' own scorer (score.py) doing the counting.
"""

from __future__ import annotations

from regdesign.nlp.evaluation import evaluate_references, format_evaluation
from regdesign.nlp.references import extract_references


def test_gold_f1_targets(shared_corpus) -> None:
    result = evaluate_references(shared_corpus / "gold")
    levels = result["levels"]
    report = format_evaluation(result, errors=True)
    assert levels["a"]["f1"] >= 0.95, report
    assert levels["b"]["f1"] >= 0.95, report
    assert levels["c"]["f1"] >= 0.93, report
    assert levels["a"]["gold"] == 203
    assert "(a) span+scope" in result["report"]


def test_gold_texts_offsets_are_exact(shared_corpus) -> None:
    for path in sorted((shared_corpus / "gold").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        refs = extract_references(text)
        assert refs, path.name
        assert all(text[r.start : r.end] == r.text for r in refs)
        assert all(a.end <= b.start for a, b in zip(refs, refs[1:], strict=False))
