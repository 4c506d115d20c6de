"""The citation graph of a corpus of documents, impact queries over it, and its exports.

This module owns :func:`build_citation_graph` (a ``networkx.MultiDiGraph``), :func:`impact` (which provisions a change
to a norm, an article or a provision reaches, directly or through internal references), :func:`find_cycles`,
:func:`uncited_provisions` and the exports :func:`graph_to_json`, :func:`graph_to_graphml`, :func:`graph_to_dot`.

Nodes (attribute ``kind``):

* ``document``: ``doc:<path>``;
* ``provision``: ``<path>#<provision id>`` (``bills/a.md#art_5__par_1``);
* ``norm``: an external norm by key (``ley/1955/2019``); ``article``: ``ley/1955/2019#art_147``.

Edges (attribute ``relation``): ``contains`` (document → top provisions, parent → child, norm → article) and
``cites`` (provision, or the document for text outside provisions → target) with ``start``, ``end``, ``text``,
``scope`` and ``status``. Guarantees: node and edge attributes are strings, integers or booleans (GraphML-safe);
the JSON and DOT exports are deterministic (sorted).
"""

from __future__ import annotations

import io
import json
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from regdesign.errors import UsageError
from regdesign.laws.index import NormIndex, load_default_index, norm_key, parse_citation
from regdesign.model import Document, Provision, Reference

DOCUMENT_SUFFIXES = (".md", ".txt")
DEFAULT_PATHS = ("bills", "terms_of_reference", "terminos_de_referencia")


def document_node(path: str) -> str:
    return f"doc:{path}"


def provision_node(path: str, provision_id: str) -> str:
    return f"{path}#{provision_id}"


def _clean(attributes: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in attributes.items() if value is not None}


def build_citation_graph(
    documents_with_refs: Iterable[tuple[Document, Sequence[Reference]]], index: NormIndex | None = None
) -> nx.MultiDiGraph:
    """The citation graph of these documents and their (resolved) references.

    >>> from regdesign.model import Document
    >>> graph = build_citation_graph([(Document("a.md", "", None), [])])
    >>> list(graph.nodes)
    ['doc:a.md']
    """
    index = index if index is not None else load_default_index()
    graph = nx.MultiDiGraph()
    for document, references in documents_with_refs:
        path = document.path
        doc_id = document_node(path)
        graph.add_node(
            doc_id,
            **_clean({"kind": "document", "path": path, "label": document.title or path, "doctype": document.type}),
        )
        _add_provisions(graph, path, doc_id, document.provisions, None)
        for reference in references:
            source = provision_node(path, reference.provision) if reference.provision else doc_id
            if source not in graph:
                source = doc_id
            for target in _targets(graph, path, reference, index):
                graph.add_edge(
                    source,
                    target,
                    **_clean(
                        {
                            "relation": "cites",
                            "scope": reference.scope,
                            "start": reference.start,
                            "end": reference.end,
                            "text": reference.text,
                            "status": reference.status,
                            "note": reference.note or None,
                            "path": path,
                        }
                    ),
                )
    return graph


def _add_provisions(
    graph: nx.MultiDiGraph, path: str, parent: str, provisions: Iterable[Provision], article: str | None
) -> None:
    for provision in provisions:
        node = provision_node(path, provision.id)
        own_article = node if provision.kind == "articulo" else article
        label = " ".join(part for part in (provision.label.strip(), (provision.heading or "").strip()) if part)
        graph.add_node(
            node,
            **_clean(
                {
                    "kind": "provision",
                    "provision_kind": provision.kind,
                    "provision": provision.id,
                    "number": provision.number,
                    "label": label or provision.id,
                    "path": path,
                    "line": provision.line,
                    "start": provision.span.start,
                    "end": provision.span.end,
                    "article": own_article,
                }
            ),
        )
        graph.add_edge(parent, node, relation="contains")
        _add_provisions(graph, path, node, provision.children, own_article)


def _targets(graph: nx.MultiDiGraph, path: str, reference: Reference, index: NormIndex) -> list[str]:
    if reference.target is None:
        return []
    if reference.scope == "internal":
        node = provision_node(path, reference.target)
        return [node] if node in graph else []
    key, _, article = reference.target.partition("#")
    norm = index.get(key)
    if key not in graph:
        label = norm.label if norm else key
        graph.add_node(
            key,
            **_clean(
                {"kind": "norm", "label": label, "status": norm.status if norm else None, "indexed": norm is not None}
            ),
        )
    if not article:
        return [key]
    numbers = [a for a in reference.articles] or [article.removeprefix("art_")]
    if article.removeprefix("art_") not in numbers:
        numbers.insert(0, article.removeprefix("art_"))
    targets = []
    for number in numbers:
        node = f"{key}#art_{number}"
        if node not in graph:
            info = norm.article(number) if norm else None
            graph.add_node(
                node,
                **_clean(
                    {
                        "kind": "article",
                        "label": f"art. {number} {norm.of_label if norm else key}",
                        "number": number,
                        "norm": key,
                        "title": info.title if info else None,
                        "status": info.status if info else None,
                    }
                ),
            )
            graph.add_edge(key, node, relation="contains")
        targets.append(node)
    return targets


# --- impact -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ImpactPath:
    """A provision reached by a change to the target, and the chain of citations that reaches it."""

    node: str  # the citing node (a provision, or a document for text outside provisions)
    path: str  # file of the citing document
    provision: str | None
    chain: tuple[str, ...]  # node ids from ``node`` to the target
    text: str  # the words of the first citation in the chain
    start: int
    end: int
    line: int | None = None
    depth: int = 1  # citations in the chain: 1 = cites the target itself, more = through internal references

    def to_dict(self) -> dict[str, Any]:
        return {
            "node": self.node,
            "path": self.path,
            "provision": self.provision,
            "chain": list(self.chain),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "depth": self.depth,
        }


def resolve_target(graph: nx.MultiDiGraph, target: str, index: NormIndex | None = None) -> str:
    """The node id a person means: a node id as is, or a norm named in words (``"Ley 1955 de 2019, art. 147"``)."""
    target = target.strip()
    if target in graph:
        return target
    reference = _extract_one(target)
    if reference is not None:
        key = norm_key(reference.type, reference.number, reference.year)
        index = index if index is not None else load_default_index()
        norm = index.norm(reference.type, reference.number, reference.year)
        key = norm.key if norm else key
        citation = parse_citation(target)
        # "Ley 1955 de 2019, art. 147": the article written after the norm is a separate phrase for the extractor
        article = reference.article or (citation.article if citation else None)
    else:
        citation = parse_citation(target)
        if citation is None:
            raise UsageError(f"no se reconoce la norma o el nodo: {target!r} (e.g. 'Ley 1955 de 2019, art. 147')")
        index = index if index is not None else load_default_index()
        norm = index.norm(citation.type, citation.number, citation.year)
        key = norm.key if norm else norm_key(citation.type, citation.number, citation.year)
        article = citation.article
    if key is None:
        raise UsageError(f"la norma no tiene número y año: {target!r}")
    return f"{key}#art_{article}" if article else key


def _extract_one(text: str) -> Reference | None:
    """The first external reference the extractor finds in ``text``, when the extractor is installed."""
    try:
        from regdesign.nlp.references import extract_references
    except ImportError:
        return None
    try:
        references = extract_references(text)
    except Exception:  # noqa: BLE001 - another stage; fall back to the small parser
        return None
    external = [r for r in references if r.scope == "external" and r.type and (r.number or r.type == "constitución")]
    return external[0] if external else None


def _contains_children(graph: nx.MultiDiGraph, node: str) -> Iterator[str]:
    for _, child, data in graph.out_edges(node, data=True):
        if data.get("relation") == "contains":
            yield child


def _contains_parent(graph: nx.MultiDiGraph, node: str) -> str | None:
    for parent, _, data in graph.in_edges(node, data=True):
        if data.get("relation") == "contains":
            return parent
    return None


def _subtree(graph: nx.MultiDiGraph, node: str) -> set[str]:
    seen, stack = {node}, [node]
    while stack:
        for child in _contains_children(graph, stack.pop()):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen


def impact(graph: nx.MultiDiGraph, target: str, index: NormIndex | None = None) -> list[ImpactPath]:
    """Every provision that cites ``target`` (or a part of it) directly, or cites a provision that is reached.

    A citation of a provision reaches everything it contains: ``art_9`` citing ``"el artículo 7"`` is reached when
    ``art_7__par_2`` cites the target. Results are sorted by depth, path and position.
    """
    node = resolve_target(graph, target, index)
    if node not in graph:
        return []
    targets = _subtree(graph, node)
    chains: dict[str, tuple[str, ...]] = {t: (t,) for t in targets}
    first_edge: dict[str, dict[str, Any]] = {}
    queue = deque(sorted(targets))
    reached: list[str] = []
    while queue:
        current = queue.popleft()
        # A provision is reached through itself and through everything that contains it within its document.
        carriers = [current]
        if graph.nodes[current].get("kind") == "provision":
            parent = _contains_parent(graph, current)
            while parent is not None and graph.nodes[parent].get("kind") == "provision":
                carriers.append(parent)
                parent = _contains_parent(graph, parent)
        for carrier in carriers:
            for source, _, data in sorted(
                graph.in_edges(carrier, data=True), key=lambda e: (e[0], e[2].get("start", 0))
            ):
                if data.get("relation") != "cites" or source in chains:
                    continue
                via = (carrier,) if carrier != current else ()
                chains[source] = (source, *via, *chains[current])
                first_edge[source] = data
                reached.append(source)
                queue.append(source)
    results = []
    for source in reached:
        data = first_edge[source]
        attrs = graph.nodes[source]
        results.append(
            ImpactPath(
                node=source,
                path=attrs.get("path", data.get("path", "")),
                provision=attrs.get("provision"),
                chain=chains[source],
                text=data.get("text", ""),
                start=int(data.get("start", 0)),
                end=int(data.get("end", 0)),
                line=attrs.get("line"),
                depth=_citations(graph, chains[source]),
            )
        )
    return sorted(results, key=lambda r: (r.depth, r.path, r.start))


def _citations(graph: nx.MultiDiGraph, chain: Sequence[str]) -> int:
    """How many citation hops a chain has (hops up to a containing provision do not count)."""
    hops = 0
    for source, target in zip(chain, chain[1:], strict=False):
        if any(d.get("relation") == "cites" for d in graph.get_edge_data(source, target, default={}).values()):
            hops += 1
    return hops


# --- reports ------------------------------------------------------------------------------------------------------


def _internal_article_edges(graph: nx.MultiDiGraph) -> nx.DiGraph:
    lifted = nx.DiGraph()
    for source, target, data in graph.edges(data=True):
        if data.get("relation") != "cites" or data.get("scope") != "internal":
            continue
        a = graph.nodes[source].get("article") or source
        b = graph.nodes[target].get("article") or target
        if a != b:
            lifted.add_edge(a, b)
    return lifted


def find_cycles(graph: nx.MultiDiGraph) -> list[list[str]]:
    """Cycles of internal references between articles (``art_5`` cites ``art_7``, which cites ``art_5``).

    A provision citing its own article (``"el presente artículo"``) is not a cycle. Each cycle starts at its smallest
    node; the list is sorted.
    """
    cycles = []
    for cycle in nx.simple_cycles(_internal_article_edges(graph)):
        pivot = cycle.index(min(cycle))
        cycles.append(cycle[pivot:] + cycle[:pivot])
    return sorted(cycles)


def uncited_provisions(graph: nx.MultiDiGraph, kinds: Sequence[str] = ("articulo",)) -> list[str]:
    """Provisions of these kinds that no other provision cites (neither them nor any part of them)."""
    cited: set[str] = set()
    for source, target, data in graph.edges(data=True):
        if data.get("relation") != "cites" or graph.nodes[target].get("kind") != "provision":
            continue
        source_article = graph.nodes[source].get("article")
        node: str | None = target
        while node is not None and graph.nodes[node].get("kind") == "provision":
            if node != source_article:
                cited.add(node)
            node = _contains_parent(graph, node)
    return sorted(
        (
            node
            for node, attrs in graph.nodes(data=True)
            if attrs.get("kind") == "provision" and attrs.get("provision_kind") in kinds and node not in cited
        ),
        key=natural_key,
    )


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key that puts ``art_2`` before ``art_10``."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", text))


# --- exports ------------------------------------------------------------------------------------------------------


def graph_to_json(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """``{"nodes": [{"id": …, …}], "edges": [{"source": …, "target": …, "relation": …, …}]}``, sorted."""
    nodes = [{"id": node, **attrs} for node, attrs in sorted(graph.nodes(data=True), key=lambda item: item[0])]
    edges = [
        {"source": source, "target": target, **attrs}
        for source, target, attrs in sorted(
            graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", ""), e[2].get("start", -1))
        )
    ]
    return {"nodes": nodes, "edges": edges}


def graph_to_graphml(graph: nx.MultiDiGraph) -> str:
    """GraphML (networkx's writer); ``networkx.read_graphml`` reads it back."""
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def dot_escape(text: str) -> str:
    """Text inside a DOT double-quoted string: backslashes and quotes escaped, newlines as ``\\n``."""
    return (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    )


_DOT_STYLE = {
    "document": 'shape=folder, style=filled, fillcolor="#dbe9f6"',
    "provision": "shape=box",
    "norm": 'shape=note, style=filled, fillcolor="#fdf1d6"',
    "article": 'shape=note, style=filled, fillcolor="#fff8e6"',
}
_STATUS_COLOR = {"derogado": "#c0392b", "inexequible": "#c0392b", "modificado": "#d68910"}


def graph_to_dot(graph: nx.MultiDiGraph, *, include_contains: bool = True, max_label: int = 60) -> str:
    """Graphviz DOT text (written here, no pydot); ``st.graphviz_chart`` draws it."""
    lines = [
        "digraph citations {",
        "  rankdir=LR;",
        '  node [fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=9];',
    ]
    for node, attrs in sorted(graph.nodes(data=True), key=lambda item: item[0]):
        label = str(attrs.get("label") or node)
        if len(label) > max_label:
            label = label[: max_label - 1] + "…"
        style = _DOT_STYLE.get(attrs.get("kind", ""), "shape=ellipse")
        color = _STATUS_COLOR.get(attrs.get("status", ""))
        extra = f', color="{color}"' if color else ""
        lines.append(f'  "{dot_escape(node)}" [label="{dot_escape(label)}", {style}{extra}];')
    for source, target, attrs in sorted(
        graph.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("relation", ""), e[2].get("start", -1))
    ):
        relation = attrs.get("relation", "")
        if relation == "contains":
            if include_contains:
                lines.append(f'  "{dot_escape(source)}" -> "{dot_escape(target)}" [style=dotted, arrowhead=none];')
            continue
        tooltip = dot_escape(str(attrs.get("text", "")))
        lines.append(f'  "{dot_escape(source)}" -> "{dot_escape(target)}" [tooltip="{tooltip}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


# --- from files ---------------------------------------------------------------------------------------------------


def document_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and ``.md``/``.txt`` files under directories named (sorted, hidden entries skipped)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(
                    Path(root) / name
                    for name in sorted(files)
                    if name.endswith(DOCUMENT_SUFFIXES) and not name.startswith(".")
                )
        elif path.is_file():
            found.append(path)
        else:
            raise UsageError(f"no existe: {raw}")
    return found


def default_paths(root: Path | str = ".") -> list[Path]:
    """``bills/`` and the terms-of-reference folder of ``root``, those that exist."""
    return [Path(root) / name for name in DEFAULT_PATHS if (Path(root) / name).is_dir()]


def citation_graph_for_paths(paths: Iterable[str | Path], index: NormIndex | None = None) -> nx.MultiDiGraph:
    """Parse, extract, resolve and graph the documents under ``paths``."""
    from regdesign.parse import read_document
    from regdesign.resolve import references_for_document

    index = index if index is not None else load_default_index()
    pairs = []
    for path in document_paths(paths):
        document = read_document(path)
        pairs.append((document, references_for_document(document, index)))
    return build_citation_graph(pairs, index)


def graph_to_text(graph: nx.MultiDiGraph, fmt: str) -> str:
    """The graph in ``json``, ``graphml`` or ``dot``."""
    if fmt == "json":
        return json.dumps(graph_to_json(graph), sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    if fmt == "graphml":
        return graph_to_graphml(graph)
    if fmt == "dot":
        return graph_to_dot(graph)
    raise UsageError(f"formato desconocido: {fmt}")
