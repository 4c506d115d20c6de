"""Plain-language checks: every rule's examples, exact spans, options, and robustness."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import regdesign.rules.builtin_checks  # noqa: F401  (registers the checks)
from regdesign.model import Document
from regdesign.rules.checks import CHECKS

RULES_DIR = Path(__file__).resolve().parents[1] / "regdesign" / "rules"
PACKS = ("lenguaje_claro.yml", "definiciones.yml")


def load_rules() -> list[dict]:
    rules = []
    for name in PACKS:
        data = yaml.safe_load((RULES_DIR / name).read_text(encoding="utf-8"))
        assert {"pack", "version", "rules"} <= set(data)
        rules.extend(data["rules"])
    return rules


RULES = load_rules()


def run(check: str, text: str, options: dict | None = None, type_: str | None = None) -> list:
    document = Document(path="x.md", text=text, type=type_)
    return list(CHECKS[check](document, options or {}))


def test_packs_are_well_formed() -> None:
    ids = [rule["id"] for rule in RULES]
    assert len(ids) == len(set(ids))
    legalese = [rule for rule in RULES if rule.get("check") == "legalese"]
    assert len(legalese) >= 15
    for rule in RULES:
        assert rule["category"] in ("LENGUAJE-CLARO", "DEFINICIONES")
        assert rule["severity"] in ("error", "warning", "info")
        assert rule["message"]["es"] and rule["message"]["en"] and rule["basis"] and rule["suggestion"]
        assert rule["examples"]["trigger"] and rule["examples"]["near_miss"]
        assert rule["check"] in CHECKS


@pytest.mark.parametrize("rule", RULES, ids=[rule["id"] for rule in RULES])
def test_rule_examples(rule: dict) -> None:
    options = rule.get("options") or {}
    for sentence in rule["examples"]["trigger"]:
        hits = run(rule["check"], sentence, options)
        assert hits, f"{rule['id']} should fire on: {sentence}"
        for hit in hits:
            assert 0 <= hit.start < hit.end <= len(sentence)
            rule["message"]["es"].format(**hit.params)
            rule["message"]["en"].format(**hit.params)
    for sentence in rule["examples"]["near_miss"]:
        assert not run(rule["check"], sentence, options), f"{rule['id']} should not fire on: {sentence}"


LONG = "Una " + " ".join(["palabra"] * 24) + "."


def test_sentence_length_limit_by_document_type() -> None:
    options = {"max_words": 30, "max_words_by_type": {"terminos_de_referencia": 20}}
    assert run("sentence_length", LONG, options) == []
    hits = run("sentence_length", LONG, options, type_="terminos_de_referencia")
    assert [(hit.start, hit.end, hit.params["words"], hit.params["max_words"]) for hit in hits] == [
        (0, len(LONG), 25, 20)
    ]


def test_sentence_length_span_is_the_sentence() -> None:
    text = "Corta. " + LONG + " Otra corta."
    (hit,) = run("sentence_length", text, {"max_words": 20})
    assert text[hit.start : hit.end] == LONG


def test_sentence_length_ignores_front_matter_and_headings() -> None:
    heading = "# " + " ".join(["Título"] * 40)
    text = "---\ntitle: " + " ".join(["x"] * 40) + "\n---\n" + heading + "\n\nTexto breve."
    document = Document(path="x.md", text=text, type=None, body_start=text.index("# "))
    assert list(CHECKS["sentence_length"](document, {"max_words": 20})) == []


def test_paragraph_length_counts_rendered_lines() -> None:
    paragraph = "**" + "a" * 40 + "** " + " ".join(["texto"] * 80)
    (hit,) = run("paragraph_length", paragraph, {"max_lines": 5, "line_chars": 90})
    assert hit.params["lines"] == 6 and hit.params["characters"] == 40 + 1 + 80 * 6 - 1
    assert run("paragraph_length", paragraph, {"max_lines": 6, "line_chars": 90}) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("No es improcedente la solicitud.", "No es improcedente"),
        ("Ninguna entidad no podrá cobrar.", "Ninguna entidad no podrá"),
        ("El comité no deja de sesionar.", "no deja de"),
        ("Lo hará sin que no haya aviso.", "sin que no"),
    ],
)
def test_double_negative_logical(text: str, found: str) -> None:
    (hit,) = run("double_negative", text, {"mode": "logical"})
    assert text[hit.start : hit.end] == found


@pytest.mark.parametrize(
    "text",
    [
        "Ninguna autoridad puede negarse a decir si un documento obra o no en su poder.",
        "No se exigirá ningún documento adicional.",  # concord, not logical
        "La entidad no es responsable por los daños.",
    ],
)
def test_double_negative_logical_near_misses(text: str) -> None:
    assert run("double_negative", text, {"mode": "logical"}) == []


def test_concord_stays_inside_the_clause() -> None:
    assert run("double_negative", "No se aceptan copias, y nadie las pedirá.", {"mode": "concord"}) == []
    (hit,) = run("double_negative", "No se exigirá nada más.", {"mode": "concord"})
    assert hit.params["found"] == "No se exigirá nada"


@pytest.mark.parametrize(
    ("text", "acronyms"),
    [
        ("El DNP y la SIC revisarán el proyecto.", ["DNP", "SIC"]),
        ("El Departamento Nacional de Planeación (DNP) revisará. El DNP responderá.", []),
        ("El DNP (Departamento Nacional de Planeación) revisará.", []),
        ("El DNP revisará. Departamento Nacional de Planeación (DNP).", ["DNP"]),
        ("El capítulo IV y el título XII aplican; pesa 5 KG.", []),
        ("ARTÍCULO 4o. CONCEPTO DEL DERECHO. El texto sigue.", []),
        ("ARTÍCULO 3o. PRINCIPIOS DE LA TRANSPARENCIA Y ACCESO A LA INFORMACIÓN. El texto sigue.", []),
        ("ARTÍCULO 5o. PLAZOS Y TÉRMINOS. El texto sigue.", []),
        ("La SIC y la DIAN revisarán; el MEN Y el DNP también.", ["SIC", "DIAN", "MEN", "DNP"]),
        ("Escriba a medeinn@medellin.gov.co o visite https://WWW.EJEMPLO.CO hoy.", []),
        ("El proponente indica su NIT y el IVA.", []),
        ("- **SIC:** Superintendencia de Industria y Comercio.\n\nLa SIC emitirá concepto.", []),
    ],
)
def test_unexplained_acronym(text: str, acronyms: list[str]) -> None:
    hits = run("unexplained_acronym", text, {"known": ["NIT", "IVA"]})
    assert [text[hit.start : hit.end] for hit in hits] == acronyms
    assert [hit.params["acronym"] for hit in hits] == acronyms


def test_unexplained_acronym_reports_first_use_once() -> None:
    text = "El SECOP publica. El SECOP avisa. El SECOP cierra."
    (hit,) = run("unexplained_acronym", text)
    assert (hit.start, hit.params["uses"]) == (text.index("SECOP"), 3)


def test_counts_of_uses_agree_in_number_in_both_languages() -> None:
    """'(1 uso)', '(3 usos)'; '(1 use)', '(3 uses)': in the messages of the acronym and defined-term rules."""
    from regdesign.check import analyze_document
    from regdesign.config import Config
    from regdesign.parse import parse_document

    text = (
        "ARTÍCULO 1. El SECOP publica. El Operador Tecnológico Distrital decide y el Operador Tecnológico Distrital "
        "informa.\n\nARTÍCULO 2. La UXQ revisa. La UXQ cobra. La UXQ devuelve.\n"
    )
    findings = analyze_document(parse_document(text, path="x.md"), Config()).findings
    messages = {(f.rule, text[f.start : f.end]): f for f in findings}
    assert "(1 uso)" in messages[("LC-SIGLA-SIN-EXPLICAR", "SECOP")].message
    assert "(3 usos)" in messages[("LC-SIGLA-SIN-EXPLICAR", "UXQ")].message
    assert "(1 use)" in messages[("LC-SIGLA-SIN-EXPLICAR", "SECOP")].to_dict("en")["message"]
    assert "(3 uses)" in messages[("LC-SIGLA-SIN-EXPLICAR", "UXQ")].to_dict("en")["message"]
    term = next(f for (rule, _), f in messages.items() if rule == "DEF-TERMINO-SIN-DEFINIR")
    assert "(2 usos)" in term.message and "(2 uses)" in term.to_dict("en")["message"]


def test_gerund_of_posteriority() -> None:
    text = "El Concejo aprobó el acuerdo, creando la Secretaría de Innovación."
    (hit,) = run("gerund_posteriority", text)
    assert text[hit.start : hit.end] == "creando"
    assert run("gerund_posteriority", "El Concejo aprobará el acuerdo, creando la Secretaría.") == []
    assert run("gerund_posteriority", "El Concejo aprobó el acuerdo, siendo las diez de la mañana.") == []


def test_passive_voice_ratio() -> None:
    text = (
        "Las solicitudes serán resueltas pronto. Los documentos fueron revisados ayer. El comité publica la lista hoy."
    )
    (hit,) = run("passive_voice", text, {"max_ratio": 0.5, "min_sentences": 3})
    assert (hit.params["passive"], hit.params["sentences"], hit.params["percent"]) == (2, 3, 67)
    assert (hit.start, hit.end) == (0, len(text))
    assert run("passive_voice", text, {"max_ratio": 0.7, "min_sentences": 3}) == []


def test_legalese_not_after_and_accents() -> None:
    options = {"pattern": "dich[oa]s?(?=\\s+[a-z]{3,})", "plain": "este", "not_after": ["lo", "ha"]}
    assert run("legalese", "Como ha dicho comité antes.", options) == []
    (hit,) = run("legalese", "El comité decide y DICHO comité publica.", options)
    assert hit.params["found"] == "DICHO"
    (hit,) = run("legalese", "Presente el informe en aras de la claridad.", {"pattern": "en aras de", "plain": "para"})
    assert hit.params == {"found": "en aras de", "plain": "para"}
    assert run("legalese", "Texto.", {"pattern": "(", "plain": "x"}) == []  # a bad pattern never raises


def test_readability_check_uses_szigriszt_pazos() -> None:
    rule = next(rule for rule in RULES if rule["id"] == "LC-LEGIBILIDAD")
    text = rule["examples"]["trigger"][0]
    (hit,) = run("readability", text, rule["options"])
    assert hit.params["inflesz"] == "muy difícil" and hit.params["score"] < 40


def test_checks_on_a_real_law_stay_inside_the_text(shared_corpus) -> None:
    text = (shared_corpus / "gold" / "ley_1712_2014.txt").read_text(encoding="utf-8")
    document = Document(path="ley.txt", text=text, type=None)
    for rule in RULES:
        for hit in CHECKS[rule["check"]](document, rule.get("options") or {}):
            assert 0 <= hit.start < hit.end <= len(text)
            assert text[hit.start : hit.end].strip() == text[hit.start : hit.end]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("ab NoSIC(),.:;\n*#-áÁ1") + ["no ", "nada ", "DNP", " se ", "es "]), max_size=120))
def test_checks_never_raise(pieces: list[str]) -> None:
    text = "".join(pieces)
    for rule in RULES:
        for hit in run(rule["check"], text, rule.get("options") or {}):
            assert 0 <= hit.start < hit.end <= len(text)


# --- golden results: the checks' output on real texts must not change when their implementation does -----------
#
# Each tests/data/plain/golden_*.json holds, for one text, the parsed document's structure (so that the parser's own
# changes do not move these goldens) and every hit of every rule of both packs, plus readability, restriction counts,
# definitions and sentence spans, both for the parsed document and for the whole text as one flat document.
# Regenerate only on purpose: REGDESIGN_UPDATE_GOLDEN=1 pytest tests/test_plain.py -k golden  (then review the diff).

import hashlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

GOLDEN_DIR = Path(__file__).resolve().parent / "data" / "plain"
GOLDEN_TEXTS = sorted((GOLDEN_DIR / "texts").glob("*"))
UPDATE_GOLDEN = os.environ.get("REGDESIGN_UPDATE_GOLDEN") == "1"


def _structure(document: Document) -> dict:
    return {
        "path": document.path,
        "type": document.type,
        "provisions": [provision.to_dict() for provision in document.provisions],
        "body_start": document.body_start,
    }


def _digest(spans: list) -> list:
    """Count and hash of a list of spans (the spans themselves would make the golden files large)."""
    return [len(spans), hashlib.sha256(json.dumps([list(span) for span in spans]).encode()).hexdigest()[:16]]


def _snapshot(document: Document) -> dict:
    from regdesign.nlp.definitions import find_definitions
    from regdesign.nlp.restrictions import document_restrictions, restrictions_by_provision
    from regdesign.nlp.sentences import document_paragraphs, document_prose_sentences, document_sentences
    from regdesign.readability import document_readability

    hits = {}
    for rule in RULES:
        found = CHECKS[rule["check"]](document, dict(rule.get("options") or {}))
        hits[rule["id"]] = [[hit.start, hit.end, dict(hit.params)] for hit in found]
    return json.loads(
        json.dumps(
            {
                "hits": hits,
                "readability": document_readability(document),
                "restrictions_by_provision": restrictions_by_provision(document),
                "restrictions": document_restrictions(document),
                "definitions": [
                    [d.term, d.start, d.end, d.definition_start, d.definition_end, d.provision, d.source]
                    for d in find_definitions(document)
                ],
                "sentences": _digest(document_sentences(document)),
                "prose_sentences": _digest(document_prose_sentences(document)),
                "paragraphs": _digest(document_paragraphs(document)),
            },
            ensure_ascii=False,
            sort_keys=True,
        )
    )


def _golden_check(name: str, text: str) -> None:
    from regdesign.parse import parse_document

    path = GOLDEN_DIR / f"golden_{name}.json"
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if UPDATE_GOLDEN or not path.exists():
        assert UPDATE_GOLDEN, f"{path.name} is missing; run with REGDESIGN_UPDATE_GOLDEN=1 to record it"
        structure = _structure(parse_document(text, path=name))
        results = {
            "parsed": _snapshot(Document.from_dict(structure, text)),
            "flat": _snapshot(Document(path=name, text=text, type=None)),
        }
        data = {"source": name, "sha256": digest, "document": structure, "results": results}
        temp = path.with_suffix(".tmp")
        temp.write_text(
            json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8"
        )
        os.replace(temp, path)
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["sha256"] == digest, f"{name} changed since {path.name} was recorded; regenerate on purpose"
    parsed = Document.from_dict(data["document"], text)
    assert _snapshot(parsed) == data["results"]["parsed"]
    assert _snapshot(Document(path=name, text=text, type=None)) == data["results"]["flat"]


@pytest.mark.parametrize("source", GOLDEN_TEXTS, ids=[path.name for path in GOLDEN_TEXTS])
def test_golden_results_on_fixture_texts(source: Path) -> None:
    _golden_check(source.name, source.read_text(encoding="utf-8"))


def test_golden_results_on_corpus_texts(shared_corpus) -> None:
    sources = sorted(shared_corpus.glob("*.md")) + sorted((shared_corpus / "gold").glob("*.txt"))
    assert sources
    for source in sources:
        _golden_check("corpus__" + source.name, source.read_text(encoding="utf-8"))


# fast_finditer must give exactly the matches of re.finditer, on any text and any window.
_FAST_PATTERNS = [
    r"\bel mism[oa]s?\b",
    r"\bso pena de\b",
    r"\b(?:dich[oa]s?)\s+\w+",
    r"\bno\b[^.]{0,40}\b(?:ningun[oa]?|nada|nunca|nadie)\b",
    r"[A-ZÁÉÍÓÚÑ]{2,8}",
    r"\ben virtud de lo anterior\b",
    # every alternative starts with a literal: matches tried only where one of them occurs
    r"no\s+(?:es|son)\s+(?:im|in)\w+|(?:ning[uú]n|nadie)\b[^,.]{0,20}?\bno\s+\w+|sin\s+no\b",
    r"\b(?:no|ning)\w*\s",
    # led by a character class: candidates kept only where a match can start
    r"\b([A-ZÑ]{2,8})\s*(?:\(|,\s+(?:sigla\s+de|es\s+decir)\s+)\s*[A-ZÁ][a-z]",
    r"(?:el|la|los|del)\s+mism[oa]s?(?=\s*[.,])",
]


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.sampled_from(_FAST_PATTERNS),
    text=st.text(
        alphabet=st.sampled_from(list("el mismo dicho so pena de no nada ningún ONU DANE . ,\nabcxyzÁÉ(sigla)")),
        max_size=300,
    ),
    window=st.tuples(st.integers(0, 300), st.integers(0, 300)),
)
def test_fast_finditer_equals_finditer(pattern, text, window):
    import re

    from regdesign.nlp.plain import fast_finditer

    regex = re.compile(pattern)
    start, end = sorted(window)
    end = min(end, len(text))
    start = min(start, end)
    expected = [(m.start(), m.end()) for m in regex.finditer(text, start, end)]
    assert [(m.start(), m.end()) for m in fast_finditer(regex, text, start, end)] == expected


def test_patterns_led_by_literals_are_scanned_from_them() -> None:
    from regdesign.nlp.plain import _NEGATIVES, _scan_plan

    plan = _scan_plan(_NEGATIVES[("logical", True)])
    assert plan is not None
    assert sorted({anchor[0] for anchor in plan[1]}) == [
        "jam",
        "nadie",
        "ning",
        "no",
        "nunca",
        "sin",
        "tampoco",
    ]


_NEGATION_WORDS = "no es son improcedente ilegal deja de sin que nadie ninguna nunca jamás tampoco puede uno , . \n"


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_NEGATION_WORDS.split(" ")), max_size=40),
    separators=st.lists(st.sampled_from([" ", "  ", "\n", ""]), min_size=40, max_size=40),
    window=st.tuples(st.integers(0, 300), st.integers(0, 300)),
)
def test_fast_finditer_equals_finditer_on_the_double_negative_patterns(words, separators, window):
    from regdesign.nlp.plain import _NEGATIVES, fast_finditer

    text = "".join(word + separator for word, separator in zip(words, separators, strict=False))
    start, end = sorted(window)
    end = min(end, len(text))
    start = min(start, end)
    for regex in _NEGATIVES.values():
        expected = [(m.start(), m.end()) for m in regex.finditer(text, start, end)]
        assert [(m.start(), m.end()) for m in fast_finditer(regex, text, start, end)] == expected


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("es son fue Se SE sido ser será dado hecho lo la se\n\t.ÉéıK")), max_size=200
    ),
    window=st.tuples(st.integers(0, 200), st.integers(0, 200)),
)
def test_is_passive_equals_searching_the_passive_pattern(text: str, window: tuple[int, int]) -> None:
    from regdesign.nlp.plain import PASSIVE_RE, _is_passive
    from regdesign.nlp.sentences import document_lowered

    start, end = sorted(window)
    end = min(end, len(text))
    start = min(start, end)
    lowered = document_lowered(Document(path="p.md", text=text, type=None))
    expected = PASSIVE_RE.search(text, start, end) is not None
    assert _is_passive(text, lowered, (start, end)) is expected
    assert _is_passive(text, None, (start, end)) is expected


@given(st.text(alphabet=st.sampled_from(list("AZÑÉazñé ÀÞßÿªº0-“”ΣσİıǅⅫⅻ\U0001d400")), max_size=60))
def test_more_upper_than_lower_matches_counting_each_character(line: str) -> None:
    from regdesign.nlp.plain import _more_upper_than_lower

    expected = sum(map(str.isupper, line)) > sum(map(str.islower, line))
    assert _more_upper_than_lower(line) is expected


def test_unexplained_acronym_counts_uses_after_other_acronyms_are_settled() -> None:
    text = (
        "La Agencia Nacional de Contratación (ANC) y la ANC revisan. El SECOP publica; la ANC responde; "
        "el SECOP cierra y el NIT se valida. El SECOP vuelve.\n"
    )
    document = Document(path="a.md", text=text, type=None)
    hits = list(CHECKS["unexplained_acronym"](document, {}))
    assert [(text[h.start : h.end], h.params["uses"]) for h in hits] == [("SECOP", 3)]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("DNP ab:.-–*_1)\n\t SIGLA Él")), max_size=200),
    start=st.integers(0, 200),
)
def test_glossary_matches_equal_the_multiline_pattern(text: str, start: int) -> None:
    from regdesign.nlp.plain import _GLOSSARY_LINE, _glossary_matches

    start = min(start, len(text))
    expected = [(m.group(1), m.start()) for m in _GLOSSARY_LINE.finditer(text, start)]
    assert list(_glossary_matches(text, start)) == expected


def _unexplained_acronyms_reference(document: Document, known: set[str]) -> list[tuple[int, int, str, int]]:
    """The acronym check as first written: every ``_ACRONYM`` match in turn, the line test cached per line start."""
    from regdesign.nlp import plain

    text = document.text
    body = max(document.body_start, 0)
    defined = plain._defined_acronyms(document)
    first_use: dict[str, int] = {}
    uses: dict[str, int] = {}
    heading_lines: dict[int, bool] = {}
    for match in plain._ACRONYM.finditer(text, body):
        token = match.group(1)
        if token in known or token in plain.UNITS or token in plain.NOT_ACRONYMS or plain._ROMAN.fullmatch(token):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if line_start not in heading_lines:
            line_end = text.find("\n", match.start())
            line = text[line_start : len(text) if line_end == -1 else line_end]
            heading_lines[line_start] = plain._more_upper_than_lower(line) or line.lstrip().startswith("#")
        if heading_lines[line_start] or plain._in_caps_run(text, match):
            continue
        if plain._AFTER_LABEL.search(text, max(line_start, match.start() - 30), match.start()):
            continue
        if first_use.get(token, 0) == -1:
            continue  # explained before its first counted use
        uses[token] = uses.get(token, 0) + 1
        if token in first_use:
            continue
        explained = defined.get(token, len(text) + 1) <= match.start() + 1 or plain._is_expansion_site(text, match)
        first_use[token] = -1 if explained else match.start()
    return [(s, s + len(t), t, uses.get(t, 1)) for t, s in first_use.items() if s >= 0]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "DNP",
                "SIC",
                "II",
                "DE",
                "LA",
                "KM",
                "NIT",
                "CONCEPTO",
                "OBJETO",
                "Ley",
                "la",
                "el",
                "ARTÍCULO 1.",
                "# ",
                "(DNP)",
                "(SIC)",
                "Departamento Nacional",
                " ",
                " ",
                "\n",
                "\n\n",
                ".",
                ",",
                "-",
                "/",
                "**",
            ]
        ),
        max_size=60,
    )
)
def test_unexplained_acronym_equals_the_match_by_match_reference(pieces: list[str]) -> None:
    """Jumping over lines in capitals and settling tokens early give the same hits as looking at every match."""
    document = Document(path="x.md", text="".join(pieces), type=None)
    hits = [
        (hit.start, hit.end, hit.params["acronym"], hit.params["uses"])
        for hit in CHECKS["unexplained_acronym"](document, {})
    ]
    from regdesign.nlp.plain import DEFAULT_KNOWN_ACRONYMS

    assert hits == _unexplained_acronyms_reference(document, set(DEFAULT_KNOWN_ACRONYMS))
