"""The norm index (packaged data, lookups, statuses), the importer and the ``laws``/``graph``/``impact`` commands."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from regdesign.cli import cli
from regdesign.errors import ConfigError, UsageError
from regdesign.laws import (
    ArticleInfo,
    Norm,
    NormIndex,
    classify_note,
    import_law_file,
    import_law_text,
    load_default_index,
    load_index,
    parse_citation,
    status_from_notes,
    write_user_norm,
)
from regdesign.laws.index import normalise_article

DATA = Path(__file__).parent / "data" / "laws"


@pytest.mark.parametrize(
    ("note", "status"),
    [
        ("Derogado por el art. 372 de la Ley 2294 de 2023", "derogado"),
        ("Derogado a partir del 1 de enero de 2024 por el art. 372 de la Ley 2294 de 2023", "derogado"),
        ("Artículo derogado por el literal a) del artículo 626 de la Ley 1564 de 2012", "derogado"),
        ('Expresión "Colombia rural" derogada por el art. 372 de la Ley 2294 de 2023', "parcialmente derogado"),
        ("INEXEQUIBLE", "inexequible"),
        ("INEXEQUIBLE con efectos diferidos (hasta el 20 de junio de 2023)", "inexequible"),
        ("Artículo INEXEQUIBLE", "inexequible"),
        ("Aparte tachado INEXEQUIBLE", "parcialmente inexequible"),
        ("Apartes CONDICIONALMENTE exequibles", "condicionalmente exequible"),
        ("Artículo CONDICIONALMENTE exequible", "condicionalmente exequible"),
        ("Modificado por el art. 244 de la Ley 2294 de 2023", "modificado"),
        ("Parágrafos 2-4 adicionados por el art. 300 de la Ley 2294 de 2023", "modificado"),
        ("Artículo corregido por el artículo 1 del Decreto 1494 de 2015", "modificado"),
        ("Modifica art. 79 Ley 142 de 1994", "vigente"),
        ("Adiciona parágrafo al art. 14 Ley 142 de 1994", "vigente"),
        ("Facultades extraordinarias (base del Decreto Ley 2106 de 2019)", "vigente"),
        ("Ver Notas del Editor", "vigente"),
    ],
)
def test_classify_note(note: str, status: str) -> None:
    assert classify_note(note) == status


def test_status_from_notes_takes_the_most_serious_clause_and_spells_it_out() -> None:
    note = "Modifica parágrafo 5 del art. 2 Ley 1150 de 2007; apartes CONDICIONALMENTE exequibles"
    assert status_from_notes([note]) == ("condicionalmente exequible", "Apartes CONDICIONALMENTE exequibles")
    assert status_from_notes(
        ["Modificado por el art. 5 de la Ley 1 de 2020", "Derogado por el art. 9 de la Ley 2 de 2021"]
    ) == (
        "derogado",
        "Derogado por el artículo 9 de la Ley 2 de 2021",
    )
    assert status_from_notes(
        ["Artículo corregido por el artículo 1 del Decreto 1494 de 2015. El nuevo texto es el siguiente:"]
    ) == (
        "modificado",
        "Artículo corregido por el artículo 1 del Decreto 1494 de 2015",
    )
    assert status_from_notes([]) == ("vigente", None)


def test_packaged_ley_1955_has_all_336_articles_with_validity() -> None:
    norm = load_default_index().get("ley/1955/2019")
    assert norm is not None and norm.complete and norm.article_count == 336
    assert sorted(int(n) for n in norm.articles) == list(range(1, 337))
    art_12 = norm.article("12")
    assert (art_12.status, art_12.status_note) == ("derogado", "Derogado por el artículo 372 de la Ley 2294 de 2023")
    assert art_12.title.startswith("AUTORIZACIÓN AMBIENTAL")
    assert norm.article("19").status == "inexequible"
    assert norm.article("35").status == "modificado" and "Ley 2294 de 2023" in norm.article("35").status_note
    assert norm.article("41").status == "condicionalmente exequible"
    assert norm.article("15").status == "vigente"  # "Modifica art. 79 Ley 142 de 1994": it amends, it stands
    art_147 = norm.article("147")
    assert art_147.status == "vigente" and art_147.text and "transformación digital" in art_147.text.lower()
    assert art_147.place == "TÍTULO II. > CAPÍTULO II. MECANISMOS DE EJECUCIÓN DEL PLAN."
    assert norm.article("1").place == "TÍTULO I. PARTE GENERAL."
    assert sum(1 for a in norm.articles.values() if a.text) == 55
    counts = Counter(a.status for a in norm.articles.values())
    assert counts["derogado"] >= 15 and counts["inexequible"] >= 12


def test_tolerant_lookup() -> None:
    index = load_default_index()
    assert index.norm("decreto ley", "019", 2012).key == "decreto_ley/19/2012"
    assert index.norm("decreto", "19", 2012).label == "Decreto Ley 19 de 2012"
    assert index.norm("Decreto-Ley", "19", None).key == "decreto_ley/19/2012"
    assert index.norm("ley estatutaria", "1712", 2014).key == "ley/1712/2014"
    assert index.norm("ley", "1581", 2012).type == "ley estatutaria"
    assert index.norm("constitución", None, None).key == "constitucion/1991"
    assert index.norm("ley", "1955", 2018) is None
    assert index.norm("ley", "9999", 2019) is None
    assert index.get("ley/1955/2019#art_147").key == "ley/1955/2019"
    norm, article = index.find("artículo 5 del Decreto 19 de 2012")
    assert (norm.key, article) == ("decreto_ley/19/2012", "5")
    assert load_default_index() is load_default_index()  # cached


def test_other_packaged_norms() -> None:
    index = load_default_index()
    expected = {
        "ley/1712/2014": 33,
        "ley/80/1993": 81,
        "ley/1150/2007": 33,
        "ley/1581/2012": 30,
        "ley/1437/2011": 309,
        "constitucion/1991": 380,
        "decreto_ley/19/2012": 238,
    }
    assert {key: index.get(key).article_count for key in expected} == expected
    assert index.get("ley/80/1993").article("22").status == "derogado"
    assert index.get("ley/1712/2014").article("23").title == "FUNCIONES DEL MINISTERIO PÚBLICO"
    assert index.get("ley/2052/2020") is not None and index.get("ley/1341/2009") is not None
    assert index.get("ley/80/1993").article_exists("82") is False
    assert index.get("ley/80/1993").article_exists("5") is True  # not indexed, but within the count
    assert index.get("ley/80/1993").article("5") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ley 1955 de 2019, art. 147", ("ley", "1955", 2019, "147")),
        ("artículo 5o del Decreto Ley 019 de 2012", ("decreto ley", "19", 2012, "5")),
        ("Constitución Política, artículo 20", ("constitución", None, None, "20")),
        ("Ley 80 de 1993", ("ley", "80", 1993, None)),
    ],
)
def test_parse_citation(text, expected) -> None:
    citation = parse_citation(text)
    assert (citation.type, citation.number, citation.year, citation.article) == expected


def test_parse_citation_of_nothing() -> None:
    assert parse_citation("el presente acuerdo") is None


@pytest.mark.parametrize(
    ("raw", "normal"),
    [("4o", "4"), ("4°", "4"), ("cuarto", "4"), ("256-1", "256-1"), ("16a", "16A"), ("2.2.3.3.3.5", "2.2.3.3.3.5")],
)
def test_normalise_article(raw, normal) -> None:
    assert normalise_article(raw) == normal


@pytest.mark.parametrize("use_parser", [False, True])
def test_importer_on_fixture_law(use_parser: bool) -> None:
    norm = import_law_file(DATA / "ley_9999_2030.txt", use_parser=use_parser)
    assert norm.key == "ley/9999/2030" and norm.label == "Ley 9999 de 2030"
    assert norm.title == "Por medio de la cual se dictan normas de prueba para el importador de regdesign."
    assert sorted(norm.articles, key=int) == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
    ]  # "Artículo 10." quoted in art. 4 is not one
    assert norm.complete and norm.article_count == 6
    titles = {n: a.title for n, a in norm.articles.items()}
    assert titles["1"] == "OBJETO" and titles["4"] == "REFORMA DE LA LEY 100 DE 2000"
    statuses = {n: a.status for n, a in norm.articles.items()}
    assert statuses == {
        "1": "vigente",
        "2": "modificado",
        "3": "inexequible",
        "4": "vigente",
        "5": "parcialmente derogado",
        "6": "derogado",
    }
    assert norm.article("6").status_note == "Artículo derogado por el artículo 9 de la Ley 2001 de 2031"
    assert norm.article("1").place == "TÍTULO I. DISPOSICIONES GENERALES."
    assert norm.article("3").place == "TÍTULO II. DE LOS TRÁMITES. > CAPÍTULO I. REGLAS COMUNES."
    assert "Artículo 10. Nuevo texto" in norm.article("4").text
    assert norm.article("1").text == "La presente ley tiene por objeto probar el importador de normas."


def test_importer_needs_a_name_and_articles() -> None:
    with pytest.raises(UsageError):
        import_law_text("ARTÍCULO 1. OBJETO. Algo.\n")
    norm = import_law_text("ARTÍCULO 1. OBJETO. Algo.\n", norm_type="decreto", number="0123", year=2020)
    assert norm.key == "decreto/123/2020"
    from regdesign.errors import InputError

    with pytest.raises(InputError):
        import_law_text("LEY 1 DE 2020\nSin artículos.\n")


def test_importer_on_ley_1712(shared_corpus: Path) -> None:
    norm = import_law_file(shared_corpus / "ley_1712_2014.md")
    assert norm.key == "ley/1712/2014"
    assert sorted(norm.articles, key=int) == [str(n) for n in range(1, 34)]
    assert norm.article("23").title == "FUNCIONES DEL MINISTERIO PÚBLICO"  # the published article, not the bill's
    assert norm.article("30").title == "CAPACITACIÓN"
    assert norm.article("19").status == "condicionalmente exequible"
    assert norm.article("32").status == "modificado" and "Ley 2195 de 2022" in norm.article("32").status_note
    assert norm.article("1").place == "TÍTULO I. DISPOSICIONES GENERALES."


def test_packaged_data_matches_a_fresh_build(shared_corpus: Path) -> None:
    from regdesign.laws.build_data import build_all

    data_dir = Path(__file__).resolve().parents[1] / "regdesign" / "laws" / "data"
    for name, content in build_all(shared_corpus).items():
        assert json.loads((data_dir / name).read_text(encoding="utf-8")) == json.loads(
            json.dumps(content, ensure_ascii=False)
        ), name


def test_user_norms_load_over_the_packaged_ones(tmp_path: Path) -> None:
    norm = import_law_file(DATA / "ley_9999_2030.txt", use_parser=False)
    written = write_user_norm(norm, tmp_path / ".regdesign" / "laws")
    assert written.name == "ley_9999_2030.json"
    assert [p.name for p in written.parent.iterdir()] == ["ley_9999_2030.json"]  # no temporary left behind
    index = load_default_index(tmp_path / ".regdesign" / "laws")
    assert index.get("ley/9999/2030").article("3").status == "inexequible"
    assert index.get("ley/1955/2019") is not None
    assert load_default_index(tmp_path / "no_such_dir").get("ley/9999/2030") is None


def test_bad_user_norm_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"type": "ley", "title": "sin número"}', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_index([tmp_path])
    (tmp_path / "x.json").write_text("{no es json", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_index([tmp_path])


def test_norm_round_trip() -> None:
    norm = Norm("ley/1/2020", "ley", "1", 2020, "T", {"1": ArticleInfo("1", "OBJETO", status="derogado")}, 3)
    assert Norm.from_dict(json.loads(json.dumps(norm.to_dict()))) == norm
    assert NormIndex([norm]).norm("ley", "001", 2020) == norm


# --- CLI ----------------------------------------------------------------------------------------------------------


def test_cli_laws_list_and_show() -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["laws", "list"])
    assert result.exit_code == 0 and "ley/1955/2019" in result.output and "336" in result.output
    result = runner.invoke(cli, ["laws", "show", "Ley 1955 de 2019", "--article", "12", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["article"]["status"] == "derogado" and data["label"] == "Ley 1955 de 2019"
    result = runner.invoke(cli, ["laws", "show", "Ley 1955 de 2019, art. 147"])
    assert result.exit_code == 0 and "TRANSFORMACIÓN DIGITAL PÚBLICA" in result.output
    result = runner.invoke(cli, ["laws", "show", "Ley 1955 de 2019", "--article", "400"])
    assert result.exit_code != 0 and "no tiene artículo 400" in str(result.exception)
    result = runner.invoke(cli, ["laws", "show", "Ley 1 de 1900"])
    assert isinstance(result.exception, UsageError)


def test_cli_laws_import(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "laws"
    result = runner.invoke(cli, ["laws", "import", str(DATA / "ley_9999_2030.txt"), "--dir", str(out)])
    assert result.exit_code == 0, result.output
    assert "Ley 9999 de 2030: 6 artículos" in result.output
    data = json.loads((out / "ley_9999_2030.json").read_text(encoding="utf-8"))
    assert data["key"] == "ley/9999/2030" and len(data["articles"]) == 6
    result = runner.invoke(
        cli,
        [
            "laws",
            "import",
            str(DATA / "ley_9999_2030.txt"),
            "--dir",
            str(out),
            "--type",
            "decreto",
            "--number",
            "7",
            "--year",
            "2031",
        ],
    )
    assert result.exit_code == 0 and (out / "decreto_7_2031.json").is_file()


BILL = """---
type: proyecto_de_acuerdo
title: "Acuerdo de prueba"
---
# PROYECTO DE ACUERDO

## Artículo 1. Objeto.

Se adopta la política de transformación digital conforme al artículo 147 de la Ley 1955 de 2019.

## Artículo 2. Alcance.

Lo dispuesto en el artículo 1 se aplica a todas las secretarías.
"""


def test_cli_graph_and_impact_end_to_end(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "bills").mkdir()
    (tmp_path / "bills" / "a.md").write_text(BILL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["graph", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    ids = {node["id"] for node in data["nodes"]}
    assert {"doc:bills/a.md", "bills/a.md#art_1", "ley/1955/2019#art_147"} <= ids
    result = runner.invoke(cli, ["graph", "bills", "--format", "dot", "-o", "g.dot"])
    assert result.exit_code == 0 and (tmp_path / "g.dot").read_text(encoding="utf-8").startswith("digraph")
    result = runner.invoke(cli, ["impact", "Ley 1955 de 2019, art. 147", "--format", "json", "--report"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    nodes = {item["node"]: item for item in data["impact"]}
    assert nodes["bills/a.md#art_1"]["depth"] == 1
    assert nodes["bills/a.md#art_2"]["chain"] == ["bills/a.md#art_2", "bills/a.md#art_1", "ley/1955/2019#art_147"]
    assert data["cycles"] == [] and data["uncited"] == ["bills/a.md#art_2"]
    result = runner.invoke(cli, ["impact", "Ley 1955 de 2019, art. 147", "bills"])
    assert result.exit_code == 0 and "bills/a.md:" in result.output and "cita directa" in result.output


def test_cli_impact_with_a_stubbed_graph(monkeypatch) -> None:
    """The CLI is a thin shell: with the graph given, its output is exactly the library's answer."""
    import networkx as nx

    from regdesign.cli import graph_cmd

    graph = nx.MultiDiGraph()
    graph.add_node("p.md#art_1", kind="provision", path="p.md", provision="art_1", line=3)
    graph.add_node("ley/1/2020", kind="norm")
    graph.add_edge("p.md#art_1", "ley/1/2020", relation="cites", text="Ley 1 de 2020", start=10, end=23)
    monkeypatch.setattr(graph_cmd, "citation_graph_for_paths", lambda paths: graph)
    result = CliRunner().invoke(cli, ["impact", "ley/1/2020", "x"])
    assert result.exit_code == 0
    assert result.output.strip() == "p.md:3  art_1  «Ley 1 de 2020»  (cita directa)"
    result = CliRunner().invoke(cli, ["impact", "ninguna cosa", "x"])
    assert isinstance(result.exception, UsageError)
