"""Cached calls from the explorer pages into the library (no analysis here: only calls and Streamlit caches).

``st.cache_resource`` holds what is loaded once per process (configuration, rule packs, norm index, the result
cache, the citation graph); ``st.cache_data`` holds results keyed by content: the corpus fingerprint (every file's
Git blob id), commit shas, or the text itself.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import streamlit as st

from regdesign.cache import blob_id
from regdesign.i18n import t


def lang() -> str:
    return st.session_state.get("lang", "es")


def tr(key: str, **values: Any) -> str:
    return t(key, lang(), **values)


def repo_root() -> str:
    """The repository shown: the sidebar's choice, else ``REGDESIGN_REPO``, else the working directory."""
    chosen = st.session_state.get("repo") or os.environ.get("REGDESIGN_REPO") or os.getcwd()
    return str(Path(chosen).expanduser().resolve())


@st.cache_resource(show_spinner=False)
def pipeline(root: str) -> tuple[Any, Any, Any]:
    """(Config, rule packs, norm index) for ``root``, loaded once."""
    from regdesign.check import load_ruleset
    from regdesign.config import load_config
    from regdesign.laws.index import load_default_index

    config = load_config(Path(root))
    ruleset = load_ruleset(config)
    index = load_default_index(Path(root) / ".regdesign" / "laws")
    return config, ruleset, index


@st.cache_resource(show_spinner=False)
def result_cache(root: str) -> Any:
    from regdesign.cache import default_cache

    return default_cache(Path(root))


def document_files(root: str) -> list[str]:
    """Repository-relative paths of the documents under the configured folders that exist."""
    from regdesign.check import iter_document_paths

    config = pipeline(root)[0]
    base = Path(root)
    folders = [base / name for name in (*config.paths, "terminos_de_referencia") if (base / name).is_dir()]
    seen: dict[str, None] = {}
    for path in iter_document_paths(folders):
        seen[path.relative_to(base).as_posix()] = None
    return sorted(seen)


def fingerprint(root: str) -> tuple[tuple[str, str], ...]:
    """``((path, blob id), ...)`` of every document: the key of every corpus-level cache."""
    base = Path(root)
    out = []
    for relpath in document_files(root):
        try:
            out.append((relpath, blob_id((base / relpath).read_bytes())))
        except OSError:
            continue
    return tuple(out)


@st.cache_data(show_spinner=False, max_entries=8)
def check_corpus(root: str, files: tuple[tuple[str, str], ...]) -> Any:
    from regdesign.check import check_paths

    config = pipeline(root)[0]
    base = Path(root)
    return check_paths([base / path for path, _ in files], config, cache=result_cache(root), display_root=base)


def head_sha(root: str) -> str | None:
    from regdesign.history import open_repository, resolve_revision

    try:
        return resolve_revision(open_repository(root), "HEAD")
    except Exception:  # noqa: BLE001 - not a repository, or no commits: the pages work without history
        return None


@st.cache_data(show_spinner=False, max_entries=8)
def corpus_table(root: str, files: tuple[tuple[str, str], ...], head: str | None) -> dict[str, Any]:
    from regdesign.corpus import corpus_rows, findings_by_category, last_commits, read_texts

    result = check_corpus(root, files)
    paths = [path for path, _ in files]
    last = {}
    if head:
        from regdesign.history import open_repository

        last = last_commits(open_repository(root), paths)
    rows = corpus_rows(result, read_texts(Path(root), paths), last)
    return {"rows": rows, "by_category": findings_by_category(result.documents), "skipped": list(result.skipped)}


@st.cache_data(show_spinner=False, max_entries=8)
def restriction_history(root: str, head: str, paths: tuple[str, ...]) -> list[dict[str, Any]]:
    from regdesign.corpus import restriction_history as history
    from regdesign.history import open_repository

    return history(open_repository(root), list(paths), result_cache(root), rev=head)


@st.cache_data(show_spinner=False, max_entries=64)
def document(root: str, relpath: str, blob: str) -> Any:
    from regdesign.parse import read_document

    return read_document(Path(root) / relpath, relpath)


def document_result(root: str, files: tuple[tuple[str, str], ...], relpath: str) -> Any:
    for result in check_corpus(root, files).documents:
        if result.path == relpath:
            return result
    return None


@st.cache_resource(show_spinner=False, max_entries=4)
def citation_graph(root: str, files: tuple[tuple[str, str], ...]) -> Any:
    from regdesign.graph import build_citation_graph

    results = {r.path: r for r in check_corpus(root, files).documents}
    pairs = [(document(root, path, blob), results[path].references) for path, blob in files if path in results]
    return build_citation_graph(pairs, pipeline(root)[2])


@st.cache_data(show_spinner=False, max_entries=16)
def graph_dot(root: str, files: tuple[tuple[str, str], ...], include_contains: bool) -> str:
    from regdesign.graph import graph_to_dot

    return graph_to_dot(citation_graph(root, files), include_contains=include_contains)


@st.cache_data(show_spinner=False, max_entries=64)
def impact(root: str, files: tuple[tuple[str, str], ...], target: str) -> list[dict[str, Any]]:
    from regdesign.graph import impact as impact_of

    return [path.to_dict() for path in impact_of(citation_graph(root, files), target, pipeline(root)[2])]


@st.cache_data(show_spinner=False, max_entries=64)
def versions(root: str, relpath: str, head: str) -> list[Any]:
    from regdesign.history import document_versions, open_repository

    return document_versions(open_repository(root), relpath)


@st.cache_data(show_spinner=False, max_entries=64)
def comparison(root: str, old: tuple[str, str], new: tuple[str, str]) -> Any:
    """Comparison between ``(sha, path)`` pairs."""
    from regdesign.compare import compare_documents
    from regdesign.history import document_at, open_repository

    repo = open_repository(root)
    return compare_documents(document_at(repo, old[0], old[1]), document_at(repo, new[0], new[1]))


@st.cache_data(show_spinner=False, max_entries=64)
def regulatory_delta(root: str, sha_a: str, sha_b: str, paths: tuple[str, ...]) -> list[Any]:
    from regdesign.delta import regulatory_delta as delta
    from regdesign.history import open_repository

    return delta(open_repository(root), sha_a, sha_b, list(paths), pipeline(root)[0])


@st.cache_data(show_spinner=False, max_entries=32)
def blame(root: str, relpath: str, head: str) -> list[dict[str, Any]]:
    from regdesign.history import blame_provisions, open_repository

    return [item.to_dict() for item in blame_provisions(open_repository(root), relpath)]


@st.cache_data(show_spinner=False, max_entries=32)
def analyze_draft(root: str, relpath: str, text: str, head: str) -> Any:
    from regdesign.history import open_repository
    from regdesign.sandbox import analyze_draft as analyze

    return analyze(open_repository(root), relpath, text, pipeline(root)[0])


def save_draft(root: str, relpath: str, text: str, name: str, email: str, message: str, branch: str) -> Any:
    from regdesign.history import open_repository
    from regdesign.sandbox import save_draft as save

    return save(open_repository(root), relpath, text, name, email, message, branch or None)


@st.cache_data(show_spinner=False, max_entries=16)
def bidder_interview(root: str, relpath: str, blob: str, out_dir: str) -> str:
    """Generate the bidder interview of a ToR (keyed by its blob id) and return the YAML path."""
    from regdesign.interviews.generate import generate_bidder_interview

    target = Path(out_dir) / f"{Path(relpath).stem}-{blob[:12]}.yml"
    return str(generate_bidder_interview(Path(root) / relpath, target))


def current_corpus() -> tuple[str, tuple[tuple[str, str], ...]]:
    """The repository shown and its fingerprint; an error or an empty corpus stops the page with a message."""
    from regdesign.errors import RegdesignError

    root = repo_root()
    if not Path(root).is_dir():
        st.error(tr("app.repo_error", error=root))
        st.stop()
    try:
        files = fingerprint(root)
    except RegdesignError as error:
        st.error(tr("app.repo_error", error=error))
        st.stop()
    if not files:
        st.info(tr("common.no_documents"))
        st.stop()
    return root, files
