"""The drafting sandbox: analyse an edited text against its last committed version, and save it as a draft commit.

This module owns:

* :func:`provision_text` / :func:`replace_provision` — edit one article (or section) inside a whole document by its
  stable provision id, the rest of the text left byte for byte as it was;
* :func:`analyze_draft` — findings, references and the regulatory delta of a draft against ``HEAD``'s version;
* :func:`save_draft` — the draft as a commit on a draft branch (``borradores/<stem>``), built with Git plumbing.

Guarantees of :func:`save_draft`: it never touches the checked-out branch, ``HEAD``, the real index or the working
tree. The blob is written with ``hash-object -w --stdin``, the tree is built in a TEMPORARY index file
(``GIT_INDEX_FILE``) seeded with ``read-tree`` of the branch tip (or ``HEAD`` when the branch is new), the commit is
made with ``commit-tree`` and the branch moved with ``update-ref <new> <old>`` (compare-and-swap: a concurrent save
fails instead of being lost). Branch names are checked with ``git check-ref-format --branch``; option-like input,
control characters and the checked-out branch are refused with a :class:`~regdesign.errors.UsageError`. Git is
reached only through the ``Repo`` of :func:`regdesign.history.open_repository` (``repo.git``); this module does not
import ``git``.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from regdesign.check import DocumentResult, analyze_document
from regdesign.config import Config
from regdesign.delta import DocumentDelta, compare_versions
from regdesign.errors import UsageError
from regdesign.model import Document
from regdesign.parse import parse_document

DRAFT_PREFIX = "borradores"
ZERO_SHA = "0" * 40
_SHA = re.compile(r"[0-9a-f]{40}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class DraftCommit:
    """A draft saved by :func:`save_draft`."""

    branch: str
    sha: str
    parent: str
    tree: str
    blob: str
    path: str
    created: bool  # the branch did not exist before

    def to_dict(self) -> dict[str, Any]:
        return {
            "branch": self.branch,
            "sha": self.sha,
            "parent": self.parent,
            "tree": self.tree,
            "blob": self.blob,
            "path": self.path,
            "created": self.created,
        }


@dataclass(frozen=True, slots=True)
class DraftAnalysis:
    """What the sandbox shows for a draft."""

    document: Document
    result: DocumentResult
    delta: DocumentDelta
    changed: bool  # the draft differs from the committed version


# --------------------------------------------------------------------------------------------------------------
# Editing one provision
# --------------------------------------------------------------------------------------------------------------


def provision_text(document: Document, provision_id: str) -> str:
    """The source text of one provision (label, heading and children included), exactly as in the file."""
    provision = document.provision(provision_id)
    if provision is None:
        raise UsageError(f"no existe la disposición {provision_id!r} / no such provision")
    return provision.span.slice(document.text)


def replace_provision(document: Document, provision_id: str, new_text: str) -> str:
    """The whole document text with the provision ``provision_id`` replaced by ``new_text``.

    >>> doc = parse_document("Artículo 1. Uno.\\n\\nArtículo 2. Dos.\\n")
    >>> replace_provision(doc, "art_1", "Artículo 1. Primero.\\n\\n")
    'Artículo 1. Primero.\\n\\nArtículo 2. Dos.\\n'
    """
    provision = document.provision(provision_id)
    if provision is None:
        raise UsageError(f"no existe la disposición {provision_id!r} / no such provision")
    text = document.text
    return text[: provision.span.start] + new_text + text[provision.span.end :]


# --------------------------------------------------------------------------------------------------------------
# Analysis against HEAD
# --------------------------------------------------------------------------------------------------------------


def committed_text(repo: Any, path: str, rev: str = "HEAD") -> str | None:
    """The text of ``path`` at ``rev`` (None when the document is not committed there)."""
    from regdesign.history import read_blob_text

    return read_blob_text(repo, rev, path)


def analyze_draft(repo: Any, path: str, text: str, config: Config, rev: str = "HEAD") -> DraftAnalysis:
    """Findings and references of the draft, and its regulatory delta against the version at ``rev``."""
    from regdesign.history import repo_path

    relpath = repo_path(repo, path)
    old_text = committed_text(repo, relpath, rev)
    new_document = parse_document(text, relpath)
    old_document = parse_document(old_text, relpath) if old_text is not None else None
    return DraftAnalysis(
        document=new_document,
        result=analyze_document(new_document, config),
        delta=compare_versions(old_document, new_document, config),
        changed=old_text != text,
    )


# --------------------------------------------------------------------------------------------------------------
# Saving as a commit on a draft branch
# --------------------------------------------------------------------------------------------------------------


def default_branch(path: str) -> str:
    """``borradores/<stem>`` with the stem reduced to letters, digits, ``-``, ``_`` and ``.``."""
    stem = PurePosixPath(path).stem
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.") or "documento"
    return f"{DRAFT_PREFIX}/{stem}"


def _run(repo: Any, *args: str, env: dict[str, str] | None = None, istream: Any = None) -> str:
    command = ["git", "-c", "core.quotePath=false", "--literal-pathspecs", *args]
    try:
        out = repo.git.execute(command, env=env, istream=istream, stdout_as_string=True)
    except Exception as error:  # GitCommandError: git refused; say what, in one line
        stderr = getattr(error, "stderr", "") or str(error)
        raise UsageError(f"git {args[0]} falló: {' '.join(str(stderr).split())[:300]}") from None
    return str(out).strip()


def _check_text(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise UsageError(f"falta {what} / {what} is required")
    if _CONTROL.search(value) or "<" in value or ">" in value:
        raise UsageError(f"{what} inválido: {value!r} / invalid {what}")
    return value


def check_branch_name(repo: Any, branch: str) -> str:
    """The branch name as git normalises it; refused when option-like, a ``@{…}`` shorthand, or invalid."""
    branch = branch.strip()
    if not branch or branch.startswith("-") or "@{" in branch or _CONTROL.search(branch):
        raise UsageError(f"nombre de rama inválido: {branch!r} / invalid branch name")
    try:
        normalised = _run(repo, "check-ref-format", "--branch", branch)
    except UsageError:
        normalised = None
    if normalised != branch:
        raise UsageError(f"nombre de rama inválido: {branch!r} / invalid branch name")
    return branch


def _current_branch(repo: Any) -> str | None:
    try:
        return _run(repo, "symbolic-ref", "--quiet", "--short", "HEAD") or None
    except UsageError:
        return None  # detached HEAD


def _branch_tip(repo: Any, branch: str) -> str | None:
    try:
        out = _run(repo, "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}^{{commit}}")
    except UsageError:
        return None
    return out if _SHA.fullmatch(out) else None


def save_draft(
    repo: Any,
    path: str,
    text: str,
    author_name: str,
    author_email: str,
    message: str,
    branch: str | None = None,
) -> DraftCommit:
    """Commit ``text`` as the new content of ``path`` on the draft ``branch`` (default :func:`default_branch`).

    The commit's parent is the branch tip, or ``HEAD`` when the branch does not exist yet; every other file is as
    in the parent. Nothing of the checked-out state changes.

    Raises:
        UsageError: missing author or message, invalid or checked-out branch, path outside the repository, the
            text identical to the parent's, or git refusing a step (for example the branch moved meanwhile).
    """
    from regdesign.history import repo_path, resolve_revision

    relpath = repo_path(repo, path)
    if not relpath:
        raise UsageError("indique un archivo del repositorio / give a file of the repository")
    name = _check_text(author_name, "nombre del autor")
    email = _check_text(author_email, "correo del autor")
    if "@" not in email:
        raise UsageError(f"correo del autor inválido: {email!r} / invalid author email")
    if not message.strip() or "\0" in message:
        raise UsageError("falta el mensaje del commit / commit message is required")
    branch = check_branch_name(repo, branch or default_branch(relpath))
    if branch == _current_branch(repo):
        raise UsageError(
            f"la rama {branch} está activa en el árbol de trabajo; use una rama de borradores / branch is checked out"
        )
    old = _branch_tip(repo, branch)
    parent = old or resolve_revision(repo, "HEAD")
    data = text.encode("utf-8")
    with tempfile.TemporaryDirectory(prefix="regdesign-draft-") as scratch:
        source = os.path.join(scratch, "blob")
        with open(source, "wb") as stream:
            stream.write(data)
        with open(source, "rb") as stream:
            blob = _run(repo, "hash-object", "-w", "--stdin", istream=stream)
        index_env = {"GIT_INDEX_FILE": os.path.join(scratch, "index")}
        _run(repo, "read-tree", parent, env=index_env)
        _run(repo, "update-index", "--add", "--cacheinfo", f"100644,{blob},{relpath}", env=index_env)
        tree = _run(repo, "write-tree", env=index_env)
    parent_tree = _run(repo, "rev-parse", f"{parent}^{{tree}}")
    if tree == parent_tree:
        raise UsageError("el texto no cambió frente a la última versión de la rama / nothing to commit")
    ident = {
        "GIT_AUTHOR_NAME": name,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": name,
        "GIT_COMMITTER_EMAIL": email,
    }
    sha = _run(repo, "commit-tree", tree, "-p", parent, "-m", message.strip(), env=ident)
    _run(repo, "update-ref", "-m", f"regdesign sandbox: {relpath}", f"refs/heads/{branch}", sha, old or ZERO_SHA)
    return DraftCommit(branch=branch, sha=sha, parent=parent, tree=tree, blob=blob, path=relpath, created=old is None)
