"""The rule engine: pack validation, configuration, predicates, spans, the spaCy component."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regdesign.errors import ConfigError
from regdesign.model import Document, LineIndex, Provision, SourceSpan
from regdesign.nlp.barriers import _FOLD_TABLE, SPANS_KEY, fold_accents
from regdesign.nlp.pipeline import make_blank_nlp
from regdesign.rules.engine import (
    _format,
    _Locator,
    _SafeParams,
    analyze_text,
    iter_units,
    load_rules,
    locate_front_matter_key,
    run_rules,
)

GOOD_RULE = """
  - id: PRUEBA-UNO
    category: ANTITRAMITES
    severity: warning
    message: {es: "Mensaje «{match}».", en: "Message «{match}»."}
    basis: "Decreto Ley 019 de 2012, art. 25"
    suggestion: "Otra redacción."
    phrases: [sello de agua]
    examples: {trigger: ["Con sello de agua."], near_miss: ["Sin sellos."]}
"""


def write_pack(directory: Path, name: str, rules: str, pack: str = "prueba") -> Path:
    path = directory / name
    path.write_text(f"pack: {pack}\nversion: 1\nrules:\n{textwrap.dedent(rules)}", encoding="utf-8")
    return path


def doc(text: str, doc_type: str | None = "decreto") -> Document:
    return Document(path="x.md", text=text, type=doc_type)


# ------------------------------------------------------------------------------------------------ broken packs


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (GOOD_RULE.replace("severity: warning", "severity: fatal"), "PRUEBA-UNO"),
        (GOOD_RULE.replace("    phrases: [sello de agua]\n", ""), "PRUEBA-UNO"),
        (GOOD_RULE.replace("phrases: [sello de agua]", "regex: '(unclosed'"), "PRUEBA-UNO"),
        (GOOD_RULE.replace("phrases: [sello de agua]", "predicate: {name: no_such_predicate}"), "PRUEBA-UNO"),
        (GOOD_RULE.replace("phrases: [sello de agua]", "check: no_such_check"), "PRUEBA-UNO"),
        (GOOD_RULE.replace("category: ANTITRAMITES", "category: OCDE-Z9"), "PRUEBA-UNO"),
        (GOOD_RULE.replace('near_miss: ["Sin sellos."]', "near_miss: []"), "PRUEBA-UNO"),
        (GOOD_RULE + GOOD_RULE, "PRUEBA-UNO"),
        (GOOD_RULE.replace("phrases: [sello de agua]", "patterns: [[{LOWER: {BAD_OP: 1}}]]"), "PRUEBA-UNO"),
    ],
    ids=["severity", "no-matcher", "bad-regex", "predicate", "check", "category", "examples", "duplicate", "pattern"],
)
def test_broken_pack_names_file_and_rule(tmp_path: Path, rules: str, expected: str) -> None:
    path = write_pack(tmp_path, "roto.yml", rules)
    with pytest.raises(ConfigError) as info:
        load_rules(extra_dirs=[tmp_path])
    assert str(path) in str(info.value)
    assert expected in str(info.value)


def test_unreadable_yaml_names_file(tmp_path: Path) -> None:
    path = tmp_path / "malo.yml"
    path.write_text("pack: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="malo.yml"):
        load_rules(extra_dirs=[tmp_path])


def test_missing_extra_dir(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_rules(extra_dirs=[tmp_path / "nope"])


def test_extra_pack_loads_and_runs(tmp_path: Path) -> None:
    write_pack(tmp_path, "extra.yml", GOOD_RULE)
    ruleset = load_rules(extra_dirs=[tmp_path])
    assert "PRUEBA-UNO" in ruleset
    findings = [f for f in analyze_text("El acta irá con Sello de Agua.", ruleset) if f.rule == "PRUEBA-UNO"]
    assert [f.message for f in findings] == ["Mensaje «Sello de Agua»."]
    assert findings[0].message_en == "Message «Sello de Agua»."


def test_a_shared_word_list_is_expanded_where_a_rule_names_it(tmp_path: Path) -> None:
    """``word_lists`` of any pack, named "@name" in a rule's excludes_any (here from ANOTHER pack): the words take the
    name's place, so the rule is silent where one of them follows, and fires elsewhere."""
    (tmp_path / "listas.yml").write_text(
        "pack: listas\nversion: 1\nword_lists:\n  negadas: [no sera requisito, no se exigira]\nrules:\n"
        + textwrap.dedent(GOOD_RULE.replace("PRUEBA-UNO", "PRUEBA-LISTAS").replace("sello de agua", "sello seco")),
        encoding="utf-8",
    )
    write_pack(
        tmp_path, "extra.yml", GOOD_RULE.replace("basis:", 'context: {excludes_any: ["@negadas", acta]}\n    basis:')
    )
    ruleset = load_rules(extra_dirs=[tmp_path])
    rule = ruleset.get("PRUEBA-UNO")
    assert rule is not None
    assert list(rule.context["excludes_any"]) == ["no sera requisito", "no se exigira", "acta"]
    fired = {f.rule for f in analyze_text("El sello de agua no será requisito para participar.", ruleset)}
    assert "PRUEBA-UNO" not in fired
    assert "PRUEBA-UNO" in {f.rule for f in analyze_text("Los sobres llevarán sello de agua.", ruleset)}


@pytest.mark.parametrize(
    ("lists", "reference", "expected"),
    [("", "@negadas", "unknown word list '@negadas'"), ("  otra: [x]\n", "@negadas", "@otra")],
)
def test_an_unknown_word_list_names_file_and_rule(tmp_path: Path, lists: str, reference: str, expected: str) -> None:
    head = f"pack: prueba\nversion: 1\n{'word_lists:' + chr(10) + lists if lists else ''}rules:\n"
    rule = GOOD_RULE.replace("basis:", f'context: {{excludes_any: ["{reference}"]}}\n    basis:')
    path = tmp_path / "roto.yml"
    path.write_text(head + textwrap.dedent(rule), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_rules(extra_dirs=[tmp_path])
    assert str(path) in str(info.value) and "PRUEBA-UNO" in str(info.value) and expected in str(info.value)


def test_a_word_list_defined_twice_is_an_error(tmp_path: Path) -> None:
    for name, rule_id in (("a.yml", "PRUEBA-A"), ("b.yml", "PRUEBA-B")):
        (tmp_path / name).write_text(
            f"pack: {name[0]}\nversion: 1\nword_lists:\n  negadas: [x]\nrules:\n"
            + textwrap.dedent(GOOD_RULE.replace("PRUEBA-UNO", rule_id)),
            encoding="utf-8",
        )
    with pytest.raises(ConfigError, match="word list 'negadas' is defined twice"):
        load_rules(extra_dirs=[tmp_path])


def test_loader_loads_every_pack_in_the_directory() -> None:
    packs = {Path(path).name for path in load_rules().packs.values()}
    on_disk = {path.name for path in (Path(__file__).resolve().parents[1] / "regdesign" / "rules").glob("*.yml")}
    assert packs == on_disk
    assert {"ocde.yml", "antitramites.yml", "contratacion.yml", "transformacion_digital.yml"} <= packs


# ------------------------------------------------------------------------------------------------ configuration


def test_select_and_ignore_by_prefix() -> None:
    everything = load_rules()
    only_tramites = load_rules(config={"select": ["ANTITRAMITES"]})
    assert only_tramites.rules and all(r.category == "ANTITRAMITES" for r in only_tramites)
    no_oecd = load_rules(config={"ignore": ["OCDE"]})
    assert not any(r.id.startswith("OCDE") for r in no_oecd)
    assert len(no_oecd) == len(everything) - sum(1 for r in everything if r.id.startswith("OCDE"))
    # the longer prefix wins, as in ruff
    mixed = load_rules(config={"select": ["OCDE-A5-DOMICILIO"], "ignore": ["OCDE"]})
    assert [r.id for r in mixed] == ["OCDE-A5-DOMICILIO"]
    by_category = load_rules(config={"select": ["OCDE-A5"]})
    assert {r.category for r in by_category} == {"OCDE-A5"}


def test_disable_and_severity_override() -> None:
    clause = "Se exigirá copia autenticada de la cédula."
    ruleset = load_rules(config={"rules": {"ANTITRAMITES-ART25-AUTENTICADOS": {"severity": "info"}}})
    [finding] = [f for f in analyze_text(clause, ruleset, "decreto") if f.rule == "ANTITRAMITES-ART25-AUTENTICADOS"]
    assert finding.severity == "info"
    disabled = load_rules(config={"rules": {"ANTITRAMITES-ART25-AUTENTICADOS": {"enabled": False}}})
    assert "ANTITRAMITES-ART25-AUTENTICADOS" not in disabled
    assert not [f for f in analyze_text(clause, disabled, "decreto") if f.rule == "ANTITRAMITES-ART25-AUTENTICADOS"]


def test_option_override_changes_threshold() -> None:
    clause = "El proponente acreditará experiencia mínima de cinco (5) años."
    default = load_rules()
    assert "CONTRATACION-EXPERIENCIA-ANOS" in {f.rule for f in analyze_text(clause, default, "terminos_de_referencia")}
    tuned = load_rules(config={"rules": {"CONTRATACION-EXPERIENCIA-ANOS": {"max_years": 6}}})
    assert "CONTRATACION-EXPERIENCIA-ANOS" not in {
        f.rule for f in analyze_text(clause, tuned, "terminos_de_referencia")
    }
    assert tuned.version != default.version


@pytest.mark.parametrize(
    "config",
    [
        {"rules": {"NO-SUCH-RULE": {"enabled": False}}},
        {"rules": {"OCDE-A5-DOMICILIO": {"severity": "fatal"}}},
        {"rules": {"OCDE-A5-DOMICILIO": {"no_such_option": 3}}},
        {"select": "OCDE"},
        {"unknown_key": 1},
    ],
)
def test_bad_config_is_config_error(config: dict) -> None:
    with pytest.raises(ConfigError):
        load_rules(config=config)


def test_version_is_stable_and_tracks_pack_content(tmp_path: Path) -> None:
    assert load_rules().version == load_rules().version
    write_pack(tmp_path, "extra.yml", GOOD_RULE)
    first = load_rules(extra_dirs=[tmp_path]).version
    write_pack(tmp_path, "extra.yml", GOOD_RULE.replace("sello de agua", "sello seco"))
    assert load_rules(extra_dirs=[tmp_path]).version != first


# ------------------------------------------------------------------------------------------------ running


FRONT_MATTER_TOR = """---
type: terminos_de_referencia
title: "Convocatoria de prueba"
schedule:
  publication: 2027-02-01
  closing: 2027-02-04
eligibility:
  - id: REQ-1
    kind: juridico
    text: "Ser persona jurídica."
  - id: REQ-2
    kind: experiencia
    text: "Experiencia de ocho años."
    years: 8
guarantees:
  - type: "seriedad de la oferta"
    percent: 10
  - type: "cumplimiento"
    percent: 40
contact: {email: "convocatorias@medellin.gov.co"}
---
## 1. Requisitos

El proponente deberá tener domicilio en la ciudad de Medellín.

Los documentos se presentarán en original y dos copias.
"""


def tor_document(text: str = FRONT_MATTER_TOR) -> Document:
    import yaml

    front_end = text.index("---\n", 4) + 4
    metadata = yaml.safe_load(text[4 : front_end - 4])
    return Document(path="tdr.md", text=text, type="terminos_de_referencia", metadata=metadata, body_start=front_end)


def test_predicates_point_at_front_matter_keys() -> None:
    document = tor_document()
    findings = {f.rule: f for f in run_rules(document, load_rules())}
    lines = document.text.splitlines()
    closing = findings["CONTRATACION-CIERRE-CORTO"]
    assert lines[closing.line - 1].strip().startswith("closing:")
    assert "3 días" in closing.message
    years = findings["CONTRATACION-EXPERIENCIA-ANOS-FM"]
    assert lines[years.line - 1].strip() == "years: 8"
    assert "REQ-2" in years.message
    guarantee = findings["OCDE-A4-GARANTIA-FM"]
    assert lines[guarantee.line - 1].strip() == "percent: 40"
    assert "cumplimiento" in guarantee.message
    assert "TD-SIN-CANAL-DIGITAL" not in findings  # the call has an email
    for finding in findings.values():
        assert document.text[finding.start : finding.end]
        assert (finding.line, finding.column) == document.line_col(finding.start)


def test_predicates_without_front_matter_stay_silent() -> None:
    assert not [
        f
        for f in analyze_text("Texto sin encabezado.", load_rules(), "terminos_de_referencia")
        if f.rule == "TD-SIN-CANAL-DIGITAL"
    ]


def test_text_rules_never_read_the_front_matter() -> None:
    text = FRONT_MATTER_TOR.replace('"Ser persona jurídica."', '"Tener domicilio en la ciudad de Medellín."')
    document = tor_document(text)
    domicile = [f for f in run_rules(document, load_rules()) if f.rule == "OCDE-A5-DOMICILIO"]
    assert len(domicile) == 1 and domicile[0].start >= document.body_start


def test_spans_are_exact_and_fields_filled() -> None:
    document = tor_document()
    findings = run_rules(document, load_rules())
    text_findings = [f for f in findings if f.start >= document.body_start]
    assert {f.rule for f in text_findings} >= {"OCDE-A5-DOMICILIO", "TD-PAPEL-COPIAS"}
    for finding in text_findings:
        piece = document.text[finding.start : finding.end]
        assert piece == piece.strip() and piece
        assert (finding.line, finding.column) == document.line_col(finding.start)
        assert finding.path == "tdr.md" and finding.category and finding.basis and finding.suggestion
        assert finding.message and finding.message_en
    domicile = next(f for f in text_findings if f.rule == "OCDE-A5-DOMICILIO")
    assert document.text[domicile.start : domicile.end] == "domicilio en la ciudad de Medellín"
    copies = next(f for f in text_findings if f.rule == "TD-PAPEL-COPIAS")
    assert document.text[copies.start : copies.end] == "original y dos copias"
    assert findings == sorted(findings, key=lambda f: f.sort_key())


def test_provision_is_filled_from_the_document() -> None:
    from regdesign.model import Provision, SourceSpan

    text = "Artículo 1. Se exigirá copia autenticada de la cédula."
    provision = Provision(
        id="art_1",
        kind="articulo",
        number="1",
        label="Artículo 1.",
        heading=None,
        span=SourceSpan(0, len(text)),
        body=SourceSpan(12, len(text)),
    )
    document = Document(path="", text=text, type="decreto", provisions=(provision,))
    [finding] = [f for f in run_rules(document, load_rules()) if f.rule == "ANTITRAMITES-ART25-AUTENTICADOS"]
    assert finding.provision == "art_1"


def test_long_paragraphs_are_cut_without_losing_offsets() -> None:
    filler = "El presente artículo regula la materia.\n" * 300
    text = filler + "Se exigirá fotocopia autenticada del diploma.\n" + filler
    document = doc(text)
    [finding] = [f for f in run_rules(document, load_rules()) if f.rule == "ANTITRAMITES-ART25-AUTENTICADOS"]
    assert text[finding.start : finding.end] == "autenticada"
    units = list(iter_units(text, 0, len(text)))
    assert all(end - start <= 4000 for start, end in units)
    assert "".join(text[s:e] for s, e in units).replace("\n", "") == text.replace("\n", "")


def test_analyze_text_on_user_clause() -> None:
    findings = analyze_text("Las propuestas se entregarán en sobre cerrado.", load_rules(), "terminos_de_referencia")
    assert [f.rule for f in findings if f.category == "TRANSFORMACION-DIGITAL"] == ["TD-RADICACION-FISICA"]
    assert analyze_text("", load_rules()) == []


def test_fold_accents_keeps_length() -> None:
    text = "Autenticación ÑANDÚ çà ü — 日本"
    assert len(fold_accents(text)) == len(text)
    assert fold_accents(text).startswith("Autenticacion NANDU ca u")


def test_locate_front_matter_key_falls_back() -> None:
    text = "---\ntype: decreto\nguarantees:\n  - percent: 5\n---\nCuerpo."
    start, end = locate_front_matter_key(text, text.index("Cuerpo"), ("guarantees", 0, "percent"))
    assert text[start:end] == "percent: 5"
    start, _ = locate_front_matter_key(text, text.index("Cuerpo"), ("missing",))
    assert start == 0


# ------------------------------------------------------------------------------------------------ spaCy component


def test_barriers_component_round_trips_bytes() -> None:
    nlp = make_blank_nlp()
    nlp.add_pipe("regdesign_barriers")
    text = "Se exigirá fotocopia autenticada de la cédula y domicilio en Medellín como requisito."
    original = nlp(text)
    before = [(s.start_char, s.end_char, s.label_) for s in original.spans[SPANS_KEY]]
    assert "ANTITRAMITES-ART25-AUTENTICADOS" in {label for _, _, label in before}
    data = nlp.to_bytes()
    restored = make_blank_nlp()
    restored.add_pipe("regdesign_barriers", config={"load_packs": False})
    empty = restored(text)
    assert list(empty.spans[SPANS_KEY]) == []
    restored.from_bytes(data)
    again = restored(text)
    after = [(s.start_char, s.end_char, s.label_) for s in again.spans[SPANS_KEY]]
    assert after == before


def test_barriers_component_round_trips_disk(tmp_path: Path) -> None:
    nlp = make_blank_nlp()
    nlp.add_pipe("regdesign_barriers")
    nlp.to_disk(tmp_path / "model")
    import spacy

    loaded = spacy.load(tmp_path / "model")
    text = "Las propuestas se entregarán en sobre cerrado."
    first, second = loaded(text), nlp(text)
    labels = [s.label_ for s in first.spans[SPANS_KEY]]
    assert labels == [s.label_ for s in second.spans[SPANS_KEY]]
    assert "TD-RADICACION-FISICA" in labels


# ------------------------------------------------------------------------------------------------ fast paths
# Each fast path of the engine against the plain computation it replaces, on generated inputs.

# Latin-1, Latin Extended, punctuation outside Latin-1 ("—", "…", "→"), CJK: every branch of fold_accents
_TEXT_CHARS = st.sampled_from("aeiouAEIOU áéíóúÁÉÍÓÚñÑüÜçÇß×ÆøāĀőŐǅɏɐ—…→“”日\n\t.,;")


@given(st.text(_TEXT_CHARS, max_size=60))
def test_fold_accents_equals_the_character_map(text: str) -> None:
    assert fold_accents(text) == "".join(_FOLD_TABLE.get(ord(char), char) for char in text)


@given(
    st.sampled_from(
        ["Sin marcas.", "Falta «{match}» en {where}.", "Llaves {{literal}} y }} sueltas", "Cierre }", "{0}"]
    ),
    st.dictionaries(st.sampled_from(["match", "where", "otro"]), st.text(max_size=5), max_size=3),
)
def test_format_fast_path_equals_format_map(template: str, params: dict) -> None:
    try:
        expected = template.format_map(_SafeParams(params))
    except (ValueError, IndexError, AttributeError):
        expected = template
    assert _format(template, params) == expected == _format(template, params, _SafeParams(params))


def _provision(pid: str, start: int, end: int, children: tuple[Provision, ...] = ()) -> Provision:
    return Provision(
        id=pid, kind="articulo", number="1", label="", heading=None, span=SourceSpan(start, end),
        body=SourceSpan(start, end), children=children,
    )  # fmt: skip


def _tree(cuts: list[int], size: int) -> tuple[Provision, ...]:
    """Sorted disjoint articles with gaps, each with sorted disjoint paragraphs, from cut points in [0, size)."""
    points = sorted(set(cuts) | {0, size})
    articles = []
    for i in range(0, len(points) - 1, 2):  # every other interval is an article: gaps between them
        start, end = points[i], points[i + 1]
        middle = (start + end) // 2
        children = (_provision(f"art_{i}__par_1", start + 1, middle),) if middle > start + 1 else ()
        articles.append(_provision(f"art_{i}", start, end, children))
    return tuple(articles)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(0, 199), max_size=12),
    st.lists(st.integers(-3, 205), min_size=1, max_size=40),
)
def test_locator_equals_the_documents_own_search(cuts: list[int], offsets: list[int]) -> None:
    text = "".join("\n" if i % 17 == 0 else "x" for i in range(200))
    document = Document(path="", text=text, type=None, provisions=_tree(cuts, len(text)))
    locate = _Locator(document)
    index = LineIndex(text)
    # offsets in increasing runs and out of order: both paths of the locator
    for offset in sorted(offsets) + offsets:
        assert locate.provision_at(offset) is document.provision_at(offset)
        if 0 <= offset <= len(text):
            assert locate.line_col(offset) == index.line_col(offset)
