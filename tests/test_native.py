"""The compiled modules (tools/build_native.py, regdesign.native) are in use, and give exactly what the plain-Python
sources give: the citation parser (mypyc) on every annotated text the repository ships plus generated edge cases,
the whole check (rule engine, barriers, plain language, definitions, restrictions, readability) on the samples and
labelled clauses, and the references component's doc scan (Cython) against its plain-Python twin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import regdesign.nlp as nlp_package
from regdesign import native
from regdesign.nlp import references
from regdesign.nlp.pipeline import make_blank_nlp

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "references"

EDGE_CASES = [
    "",
    " ",
    "\n\n\t",
    "artículo " * 200,
    "(" * 50 + "artículo 5 de la Ley 80 de 1993" + ")" * 50,
    "Sentencia T-406 de 1992 y C-274/13; SU-601A de 1999.",
    "según el numeral 3 del artículo 147 de la Ley 1955 de 2019, y los artículos 14 a 18 de la Ley 80 de 1993",
    "ARTÍCULO 5o. OBJETO. <Artículo modificado por el artículo 2 de la Ley 1150 de 2007> El presente artículo…",
    "İstanbul ﬁ ß ARTÍCULO 2º. Véase el inciso anterior y el parágrafo transitorio del artículo 9°.",
    "el Decreto 1082 de 2015, artículo 2.2.1.1.2.1.3, y el Decreto Único Reglamentario del Sector",
    "Ley 80" + " " * 500 + "de 1993",
]


def _texts() -> list[str]:
    texts = list(EDGE_CASES)
    for folder in ("heldout", "heldout2", "heldout3"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((DATA / folder).glob("*.txt"))]
    for folder in ("bills", "terms_of_reference"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((REPO / folder).glob("*.md"))]
    return texts


SCRIPT = """
import json, sys
from regdesign.nlp import native_status
from regdesign.nlp.references import extract_references
texts = json.load(sys.stdin)
out = [[ref.to_dict() | {"relative": ref.relative, "note": ref.note} for ref in extract_references(t)] for t in texts]
json.dump({"status": native_status(), "refs": out}, sys.stdout)
"""


def _run(texts: list[str], pure: bool) -> dict:
    env = dict(os.environ, REGDESIGN_PURE_PYTHON="1" if pure else "0")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], input=json.dumps(texts), capture_output=True, text=True, env=env, check=True
    )
    return json.loads(done.stdout)


ALL_MODULES = {name.removeprefix("regdesign.") for name in native.COMPILED} | {"nlp._docscan", "nlp._trigscan"}


def test_native_modules_are_built_and_in_use():
    """Built by make and used; the environment switch REGDESIGN_PURE_PYTHON=1 turns every one of them off."""
    status = nlp_package.native_status()
    assert set(status) == ALL_MODULES
    assert {"nlp.citation_parser", "nlp.barriers", "rules.engine", "readability"} <= ALL_MODULES
    if nlp_package.PURE_PYTHON:  # a run that asked for the plain sources must get exactly those
        assert not any(status.values())
        assert references.DocScanner is None
        return
    assert all(status.values()), (
        f"{status}: run `make native` (tools/build_native.py) after editing the compiled modules"
    )
    assert references.DocScanner is not None
    pure = _run([], pure=True)["status"]  # and the switch does work in a fresh process
    assert set(pure) == ALL_MODULES and not any(pure.values())


def test_a_source_newer_than_the_build_loads_every_compiled_module_from_source(tmp_path):
    """All or none: one edited source makes every module of the group load from its source (the compiled ones call
    each other's native classes), and the freshness test sees the edit."""
    assert native.compiled_fresh() or nlp_package.PURE_PYTHON
    stale = native.source_path("regdesign.nlp.plain")
    script = (
        "import os, sys, json; from pathlib import Path\n"
        f"p = Path({str(stale)!r}); st = p.stat()\n"
        "os.utime(p, (st.st_atime, st.st_mtime + 10**6))\n"
        "try:\n"
        "    from regdesign import native\n"
        "    fresh = native.compiled_fresh(); status = native.native_status()\n"
        "finally:\n"
        "    os.utime(p, (st.st_atime, st.st_mtime))\n"
        "json.dump({'fresh': fresh, 'status': status}, sys.stdout)\n"
    )
    env = dict(os.environ, REGDESIGN_PURE_PYTHON="0")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    out = json.loads(done.stdout)
    assert out["fresh"] is False
    # the Cython extensions are built apart and stay in use
    assert not any(value for name, value in out["status"].items() if name not in ("nlp._docscan", "nlp._trigscan"))


def test_compiled_parser_matches_the_plain_python_source():
    texts = _texts()
    assert len(texts) > 20
    native, pure = _run(texts, pure=False), _run(texts, pure=True)
    assert not any(pure["status"].values())
    assert native["refs"] == pure["refs"]
    assert sum(map(len, native["refs"])) > 500  # the texts do contain references: the comparison is not vacuous


def test_compiled_parser_matches_on_the_shared_corpus(shared_corpus):
    texts = [p.read_text(encoding="utf-8") for p in sorted(shared_corpus.glob("*.md"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((shared_corpus / "gold").glob("*.txt"))]
    native, pure = _run(texts, pure=False), _run(texts, pure=True)
    assert native["refs"] == pure["refs"]
    assert sum(map(len, native["refs"])) > 500


@pytest.fixture(scope="module")
def component():
    nlp = make_blank_nlp()
    return nlp, references.ReferencesComponent(nlp)


def _both_scans(component, text: str):
    nlp, comp = component
    doc = nlp.make_doc(text)
    return comp._scan(doc), comp.scan_python(doc)


@pytest.mark.parametrize("text", EDGE_CASES + ["Sin citas aquí.", "T-406 de 1992", "la Ley  de la oferta"])
def test_doc_scan_matches_its_plain_python_twin(component, text):
    assert references.DocScanner is not None
    native, pure = _both_scans(component, text)
    assert native == pure


def test_doc_scan_finds_the_trigger_offsets(component):
    text = "Según el artículo 5 de la Ley 80 de 1993."
    (got, hits), _ = _both_scans(component, text)
    assert got == text
    assert hits == [text.index("artículo"), text.index("Ley")]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["artículo", "Ley", "80", "de", "1993", " ", "\n", "T-406", "ß", "ﬁ", "x", ",", "(", "  "]),
        max_size=40,
    ).map("".join)
)
def test_doc_scan_matches_on_generated_text(component, text):
    native, pure = _both_scans(component, text)
    assert native == pure


def _span_rows(spans) -> list[tuple[int, int, int]]:
    return [(span.start, span.end, span.label) for span in spans]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["artículo", "5", "de", "la", "Ley", " ", "  ", "\n", ",", "T-406", "ß"]), max_size=30
    ).map("".join),
    st.lists(st.tuples(st.integers(-2, 120), st.integers(-2, 120)), max_size=6),
)
def test_compiled_spans_match_char_span_expand(component, text, bounds):
    nlp, comp = component
    doc = nlp.make_doc(text)
    label = nlp.vocab.strings.add("ley")
    rows = [(a, b, label) for a, b in bounds if 0 <= a < b <= len(text)]  # the parser's offsets are inside the text
    assert _span_rows(comp._spans(doc, rows)) == _span_rows(comp.spans_python(doc, rows))


def test_a_range_of_whitespace_after_the_last_token_gives_no_span_in_both_twins(component):
    """spaCy's ``char_span(..., alignment_mode="expand")`` returns an EMPTY span for "5 "[1:2]; neither twin keeps it
    (found by hypothesis on the text "5dede ")."""
    nlp, comp = component
    doc = nlp.make_doc("5 ")
    rows = [(1, 2, nlp.vocab.strings.add("ley"))]
    assert comp._spans(doc, rows) == [] and comp.spans_python(doc, rows) == []


def test_component_spans_cover_the_references_exactly(component):
    nlp, _ = component
    pipe = make_blank_nlp()
    pipe.add_pipe("regdesign_references")
    text = "Según  el artículo 5 de la Ley 80 de 1993 y la Sentencia C-274 de 2013."
    doc = pipe(text)
    assert [(s.text, s.label_) for s in doc.spans["regdesign_references"]] == [
        ("artículo 5 de la Ley 80 de 1993", "ley"),
        ("Sentencia C-274 de 2013", "sentencia"),
    ]


def _component_output(doc) -> tuple[list[tuple[int, int, str]], list[dict]]:
    key = references.SPANS_KEY
    return [(s.start, s.end, s.label_) for s in doc.spans[key]], doc.user_data[key]


def test_compiled_component_matches_its_plain_python_twin(component):
    """``DocScanner.process`` (the whole component in C: scan, parse, spans, user data) gives the spans and records
    of ``ReferencesComponent.process_python``, one doc at a time and through ``pipe``."""
    nlp, comp = component
    assert references.DocScanner is not None
    paragraphs = [p for t in _texts() for p in t.split("\n\n")]
    compiled = [_component_output(comp(nlp.make_doc(p))) for p in paragraphs]
    plain = [_component_output(comp.process_python(nlp.make_doc(p))) for p in paragraphs]
    piped = [_component_output(doc) for doc in comp.pipe(nlp.make_doc(p) for p in paragraphs)]
    assert compiled == plain == piped
    assert sum(len(spans) for spans, _ in compiled) > 300  # the paragraphs do cite: the comparison is not vacuous


CHECK_SCRIPT = """
import json, sys
from pathlib import Path
from regdesign import native
from regdesign.check import analyze_document
from regdesign.config import Config
from regdesign.parse import parse_document
from regdesign.readability import document_readability
from regdesign.rules.engine import analyze_text, load_rules
paths, clauses = json.load(sys.stdin)
config = Config()
out = []
for path in paths:
    document = parse_document(Path(path).read_text(encoding="utf-8"), path)
    result = analyze_document(document, config)
    out.append([f.to_dict() for f in result.findings])
    out.append(repr(document_readability(document)))
ruleset = load_rules()
out.append([[f.to_dict() for f in analyze_text(text, ruleset, "terminos_de_referencia")] for text in clauses])
json.dump({"status": native.native_status(), "out": out}, sys.stdout)
"""


def _run_check(paths: list[str], clauses: list[str], pure: bool) -> dict:
    env = dict(os.environ, REGDESIGN_PURE_PYTHON="1" if pure else "0")
    done = subprocess.run(
        [sys.executable, "-c", CHECK_SCRIPT],
        input=json.dumps([paths, clauses]),
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=REPO,
    )
    return json.loads(done.stdout)


def test_compiled_check_matches_the_plain_python_sources():
    """The whole check (rule packs, barrier model, plain language, definitions, restrictions, readability) gives the
    same findings compiled and from source, on every sample document and every labelled clause."""
    import yaml

    paths = [str(p) for folder in ("bills", "terms_of_reference") for p in sorted((REPO / folder).rglob("*.md"))]
    clauses = [
        c["text"] for c in yaml.safe_load((REPO / "tests/data/barriers/clauses.yml").read_text("utf-8"))["clauses"]
    ]
    native_out, pure_out = _run_check(paths, clauses, pure=False), _run_check(paths, clauses, pure=True)
    assert all(native_out["status"].values()) and not any(pure_out["status"].values())
    assert native_out["out"] == pure_out["out"]
    findings = sum(len(x) for x in native_out["out"][:-1:2]) + sum(map(len, native_out["out"][-1]))
    assert findings > 300  # the documents and clauses do raise findings: the comparison is not vacuous


def test_what_the_explorer_caches_survives_pickle_and_copy():
    """Streamlit's caches pickle what they keep, and the explorer copies findings: the objects of a check (document,
    provisions, references, findings, result, norm index) must come back equal from ``pickle`` and ``copy`` whichever
    modules are compiled. (Compiling regdesign.model broke this: frozen dataclasses compiled by mypyc raised
    FrozenInstanceError on unpickling, and only the browser tests saw it.)"""
    import copy
    import pickle

    from regdesign.check import analyze_document
    from regdesign.config import Config
    from regdesign.laws import load_default_index
    from regdesign.parse import parse_document
    from regdesign.resolve import check_references

    path = REPO / "bills" / "tecnologias_emergentes.md"
    document = parse_document(path.read_text(encoding="utf-8"), "bills/tecnologias_emergentes.md")
    result = analyze_document(document, Config())
    references, _ = check_references(document)
    index = load_default_index()
    norm = index.norm("ley", "1955", 2019)
    assert result.findings and references and document.provisions and norm is not None  # not vacuous
    for value in (document, document.provisions[0], references, result.findings, result, norm):
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.deepcopy(value) == value
        assert copy.copy(value) == value
