"""The citation graph over hand-built documents: structure, impact through internal chains, cycles, exports."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from test_resolve import build_document, ref

from regdesign.errors import UsageError
from regdesign.graph import (
    build_citation_graph,
    dot_escape,
    find_cycles,
    graph_to_dot,
    graph_to_graphml,
    graph_to_json,
    impact,
    resolve_target,
    uncited_provisions,
)
from regdesign.laws.index import ArticleInfo, Norm, NormIndex
from regdesign.resolve import resolve_references


@pytest.fixture(scope="module")
def index() -> NormIndex:
    articles = {str(n): ArticleInfo(str(n)) for n in range(1, 337)}
    articles["147"] = ArticleInfo("147", "TRANSFORMACIÓN DIGITAL PÚBLICA")
    return NormIndex([Norm("ley/1955/2019", "ley", "1955", 2019, "Plan", articles, article_count=336, complete=True)])


BILL = (
    "Artículo 1. Objeto. Se aplica el artículo 147 de la Ley 1955 de 2019.\n"
    "Artículo 2. Definiciones. Remite al artículo 1 y al parágrafo 1 del artículo 4.\n"
    "Artículo 3. Alcance. Lo dispuesto en el artículo 2 se aplica.\n"
    "Artículo 4. Ciclo. Véase el artículo 5.\n"
    "Parágrafo 1. Según la Ley 1955 de 2019.\n"
    "Artículo 5. Cierre. Véase el artículo 4 y el artículo 148 de la Ley 1955 de 2019.\n"
    "Artículo 6. Vigencia. Rige desde su publicación.\n"
)
OTHER = "Artículo 1. Único. Aplica el artículo 147 de la Ley 1955 de 2019 y el artículo 7 de esta ley.\n"


def _external(document, phrase, article=None, occurrence=0):
    return ref(document, phrase, occurrence, type="ley", number="1955", year=2019, article=article)


@pytest.fixture(scope="module")
def graph(index) -> nx.MultiDiGraph:
    bill = build_document(BILL, "bills/a.md")
    bill_refs = [
        _external(bill, "artículo 147 de la Ley 1955 de 2019", "147"),
        ref(bill, "artículo 1", 1, article="1"),
        ref(bill, "parágrafo 1 del artículo 4", article="4", sub="parágrafo 1"),
        ref(bill, "artículo 2", 0, article="2"),
        ref(bill, "artículo 5", 0, article="5"),
        _external(bill, "Ley 1955 de 2019", occurrence=1),
        ref(bill, "artículo 4", 1, article="4"),
        _external(bill, "artículo 148 de la Ley 1955 de 2019", "148"),
    ]
    other = build_document(OTHER, "bills/b.md")
    other_refs = [
        _external(other, "artículo 147 de la Ley 1955 de 2019", "147"),
        ref(other, "artículo 7 de esta ley", article="7"),
    ]
    pairs = []
    for document, references in ((bill, bill_refs), (other, other_refs)):
        resolved, _ = resolve_references(document, references, index)
        pairs.append((document, resolved))
    return build_citation_graph(pairs, index)


def test_nodes_and_edges(graph) -> None:
    kinds = nx.get_node_attributes(graph, "kind")
    assert kinds["doc:bills/a.md"] == "document"
    assert kinds["bills/a.md#art_4__par_1"] == "provision"
    assert kinds["ley/1955/2019"] == "norm"
    assert kinds["ley/1955/2019#art_147"] == "article"
    assert graph.nodes["ley/1955/2019#art_147"]["title"] == "TRANSFORMACIÓN DIGITAL PÚBLICA"

    def relations(a, b):
        return sorted(d["relation"] for d in graph.get_edge_data(a, b, default={}).values())

    assert relations("doc:bills/a.md", "bills/a.md#art_1") == ["contains"]
    assert relations("bills/a.md#art_4", "bills/a.md#art_4__par_1") == ["contains"]
    assert relations("ley/1955/2019", "ley/1955/2019#art_147") == ["contains"]
    assert relations("bills/a.md#art_1", "ley/1955/2019#art_147") == ["cites"]
    assert relations("bills/a.md#art_2", "bills/a.md#art_4__par_1") == ["cites"]
    assert relations("bills/a.md#art_4__par_1", "ley/1955/2019") == ["cites"]
    edge = next(iter(graph.get_edge_data("bills/a.md#art_1", "ley/1955/2019#art_147").values()))
    assert edge["text"] == "artículo 147 de la Ley 1955 de 2019"
    assert BILL[edge["start"] : edge["end"]] == edge["text"]
    # the broken internal reference of b.md ("artículo 7") adds no edge
    assert not any(target.startswith("bills/b.md#art_7") for target in graph.nodes)


def test_impact_direct_and_through_internal_chain(graph, index) -> None:
    results = impact(graph, "Ley 1955 de 2019, art. 147", index)
    by_node = {r.node: r for r in results}
    assert set(by_node) == {"bills/a.md#art_1", "bills/b.md#art_1", "bills/a.md#art_2", "bills/a.md#art_3"}
    assert by_node["bills/a.md#art_1"].depth == 1
    assert by_node["bills/a.md#art_2"].chain == ("bills/a.md#art_2", "bills/a.md#art_1", "ley/1955/2019#art_147")
    assert by_node["bills/a.md#art_3"].chain == (
        "bills/a.md#art_3",
        "bills/a.md#art_2",
        "bills/a.md#art_1",
        "ley/1955/2019#art_147",
    )
    assert by_node["bills/a.md#art_3"].depth == 3
    assert by_node["bills/a.md#art_3"].text == "artículo 2"
    assert [r.depth for r in results] == sorted(r.depth for r in results)
    assert results[0].to_dict()["path"] in ("bills/a.md", "bills/b.md")


def test_impact_of_a_norm_reaches_citations_of_its_parts_and_containers(graph, index) -> None:
    nodes = {r.node for r in impact(graph, "ley/1955/2019", index)}
    # art_4__par_1 cites the law; art_2 cites that parágrafo; art_5 cites art_4 (which contains it); art_4 cites art_5
    assert {
        "bills/a.md#art_4__par_1",
        "bills/a.md#art_2",
        "bills/a.md#art_5",
        "bills/a.md#art_4",
        "bills/a.md#art_3",
        "bills/a.md#art_1",
        "bills/b.md#art_1",
    } == nodes


def test_impact_of_a_provision_node(graph) -> None:
    nodes = {r.node for r in impact(graph, "bills/a.md#art_1")}
    assert nodes == {"bills/a.md#art_2", "bills/a.md#art_3"}


def test_resolve_target_reads_words_and_rejects_nonsense(graph, index) -> None:
    assert resolve_target(graph, "artículo 147 de la Ley 1955 de 2019", index) == "ley/1955/2019#art_147"
    assert resolve_target(graph, "bills/a.md#art_2", index) == "bills/a.md#art_2"
    with pytest.raises(UsageError):
        resolve_target(graph, "nada que ver", index)
    assert impact(graph, "Ley 80 de 1993, art. 24", index) == []


def test_cycles_and_uncited(graph) -> None:
    assert find_cycles(graph) == [["bills/a.md#art_4", "bills/a.md#art_5"]]
    assert uncited_provisions(graph) == ["bills/a.md#art_3", "bills/a.md#art_6", "bills/b.md#art_1"]


def test_presente_articulo_is_not_a_cycle(index) -> None:
    doc = build_document("Artículo 1. Uno.\nParágrafo 1. Según el presente artículo.\n", "c.md")
    resolved, _ = resolve_references(doc, [ref(doc, "presente artículo", relative="presente")], index)
    graph = build_citation_graph([(doc, resolved)], index)
    assert resolved[0].target == "art_1"
    assert find_cycles(graph) == []
    assert uncited_provisions(graph) == ["c.md#art_1"]


def test_json_export_is_deterministic_and_complete(graph) -> None:
    data = graph_to_json(graph)
    assert json.dumps(data, sort_keys=True) == json.dumps(graph_to_json(graph), sort_keys=True)
    ids = [node["id"] for node in data["nodes"]]
    assert ids == sorted(ids) and len(ids) == graph.number_of_nodes()
    assert len(data["edges"]) == graph.number_of_edges()
    assert {"source", "target", "relation"} <= set(data["edges"][0])


def test_graphml_round_trip(graph) -> None:
    text = graph_to_graphml(graph)
    back = nx.read_graphml(io.BytesIO(text.encode("utf-8")), force_multigraph=True)
    assert set(back.nodes) == set(graph.nodes)
    assert back.number_of_edges() == graph.number_of_edges()
    assert back.nodes["ley/1955/2019#art_147"]["title"] == "TRANSFORMACIÓN DIGITAL PÚBLICA"
    cites = [d for _, _, d in back.edges(data=True) if d.get("relation") == "cites"]
    assert any(
        d["text"] == "artículo 147 de la Ley 1955 de 2019" and d["start"] == BILL.index("artículo 147") for d in cites
    )


def test_dot_escapes_quotes_backslashes_and_newlines() -> None:
    assert dot_escape('a "b"\nc\\d') == 'a \\"b\\"\\nc\\\\d'
    graph = nx.MultiDiGraph()
    graph.add_node('x"1', kind="provision", label='Artículo "5".\nObjeto')
    graph.add_node("y", kind="norm", label="Ley", status="derogado")
    graph.add_edge('x"1', "y", relation="cites", text='el "artículo"\n5', start=0)
    dot = graph_to_dot(graph)
    assert '"x\\"1" [label="Artículo \\"5\\".\\nObjeto", shape=box];' in dot
    assert '"x\\"1" -> "y" [tooltip="el \\"artículo\\"\\n5"];' in dot
    assert 'color="#c0392b"' in dot
    body = dot.splitlines()[1:-1]
    assert all("\n" not in line for line in body) and dot.startswith("digraph citations {")


def test_dot_of_the_graph_names_every_node(graph) -> None:
    dot = graph_to_dot(graph)
    for node in graph.nodes:
        assert f'"{dot_escape(node)}"' in dot
    assert dot.count("->") == graph.number_of_edges()
