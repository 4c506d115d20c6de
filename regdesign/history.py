"""Git as the drafting record: versions of a document, the document at a revision, blame per provision, and the
files changed between revisions.

This is the only module of regdesign that imports ``git`` (GitPython). It owns:

* :func:`open_repository` — the repository containing a path, with one clean Spanish line of error for every way
  that can fail (not a repository, no commits yet);
* :func:`resolve_revision` / :func:`repo_path` — the gate every revision and path typed by a user passes before it
  reaches git: anything that looks like an option (``--output=x.txt``) is refused, revisions are verified as commits
  with ``git rev-parse --verify --end-of-options`` and replaced by their full sha, paths must lie inside the working
  tree, are passed after ``--`` and read as literal pathspecs (no ``:(glob)`` magic);
* :func:`document_versions`, :func:`document_at`, :func:`blame_provisions` — history, text and authorship of a
  document (renames followed; parses cached by blob id);
* :func:`changed_documents`, :func:`read_blob_text`, :func:`blob_id`, :func:`files_changed_since` — what the
  regulatory delta and ``check --changed-since`` need.

Paths given to the library functions may be absolute (they must lie inside the working tree) or relative to the
repository root; the CLI makes what a user typed absolute first (:func:`resolve_user_path`). Paths returned are
repository-relative POSIX paths, as git names them. Shallow clones are detected: revisions beyond the boundary get an
error that says so, and versions/blame lines at the boundary are marked (``boundary``) so callers can add a notice.
"""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path, PurePosixPath
from typing import Any

import git
from git.exc import GitCommandError, InvalidGitRepositoryError, NoSuchPathError

from regdesign.errors import InputError, UsageError
from regdesign.model import Document, LineIndex

Repo = git.Repo

DOCUMENT_SUFFIXES = (".md", ".txt")
_CACHE_SIZE = 512
_document_cache: OrderedDict[tuple[str, str], Document] = OrderedDict()
_cache_lock = threading.Lock()  # the explorer calls in from several threads
_HEX_SHA = re.compile(r"[0-9a-f]{40}")


@dataclass(frozen=True, slots=True)
class Version:
    """One commit that touched a document, newest first in :func:`document_versions`."""

    sha: str
    short_sha: str
    author_name: str
    author_email: str
    date: str  # author date, strict ISO 8601 with offset
    summary: str
    path: str  # repository-relative path of the document at that commit
    status: str = "M"  # A (added), M (modified), R (renamed), C (copied), D (deleted), T (type change)
    old_path: str | None = None  # for renames: the name before this commit
    boundary: bool = False  # a shallow clone's boundary: older history is not in this clone

    def to_dict(self) -> dict[str, Any]:
        return {
            "sha": self.sha,
            "short_sha": self.short_sha,
            "author_name": self.author_name,
            "author_email": self.author_email,
            "date": self.date,
            "summary": self.summary,
            "path": self.path,
            "status": self.status,
            "old_path": self.old_path,
            "boundary": self.boundary,
        }


@dataclass(frozen=True, slots=True)
class ProvisionBlame:
    """The last commit that changed any line of a provision (its whole span, children included)."""

    provision_id: str
    kind: str
    label: str
    depth: int  # 0 for top-level provisions
    line_start: int  # 1-based, inclusive
    line_end: int  # 1-based, inclusive
    sha: str
    short_sha: str
    author_name: str
    author_email: str
    date: str
    summary: str
    boundary: bool = False  # attributed to a shallow clone's boundary commit: the real author may be older

    def to_dict(self) -> dict[str, Any]:
        return {
            "provision": self.provision_id,
            "kind": self.kind,
            "label": self.label,
            "depth": self.depth,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "sha": self.sha,
            "short_sha": self.short_sha,
            "author_name": self.author_name,
            "author_email": self.author_email,
            "date": self.date,
            "summary": self.summary,
            "boundary": self.boundary,
        }


# --------------------------------------------------------------------------------------------------------------
# Repository, revisions, paths
# --------------------------------------------------------------------------------------------------------------


def open_repository(path: str | os.PathLike[str] = ".") -> Repo:
    """The Git repository containing ``path`` (a file or directory; it need not exist any more).

    Raises:
        UsageError: the path is in no Git repository, or the repository has no commits yet.
    """
    start = Path(path).expanduser().absolute()
    probe = start
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if probe.is_file():
        probe = probe.parent
    try:
        repo = git.Repo(probe, search_parent_directories=True)
    except (InvalidGitRepositoryError, NoSuchPathError):
        raise UsageError(f"{start} no está en un repositorio Git / not in a Git repository") from None
    if repo.bare or repo.working_tree_dir is None:
        raise UsageError(f"{repo.git_dir} es un repositorio sin árbol de trabajo / bare repository") from None
    if not repo.head.is_valid():
        raise UsageError(
            f"el repositorio {repo.working_tree_dir} aún no tiene commits / the repository has no commits yet"
        )
    return repo


def is_shallow(repo: Repo) -> bool:
    """True when ``repo`` is a shallow clone (history cut at some boundary commits)."""
    return bool(_shallow_boundaries(repo))


def _shallow_boundaries(repo: Repo) -> frozenset[str]:
    shallow_file = Path(repo.common_dir) / "shallow"
    try:
        return frozenset(line.strip() for line in shallow_file.read_text().splitlines() if line.strip())
    except OSError:
        return frozenset()


def _refuse_option_like(value: str, what: str) -> None:
    if not value or not value.strip():
        raise UsageError(f"{what} vacío / empty {what}")
    if value.startswith("-"):
        raise UsageError(f"{what} inválido: {value!r} parece una opción de git / looks like a git option")
    if any(ch in value for ch in "\0\n\r"):
        raise UsageError(f"{what} inválido: contiene caracteres de control / contains control characters")


def resolve_revision(repo: Repo, rev: str) -> str:
    """The full sha of the commit that ``rev`` names (a branch, tag, sha, ``HEAD~3``…).

    Raises:
        UsageError: ``rev`` looks like an option, or names no commit (with a hint when the clone is shallow).
    """
    _refuse_option_like(rev, "revisión")
    try:
        out = _git(repo, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}")
    except GitCommandError:
        out = ""
    sha = out.strip()
    if not _HEX_SHA.fullmatch(sha):
        hint = ""
        if is_shallow(repo):
            hint = (
                " (el repositorio es un clon superficial: traiga la historia con `git fetch --unshallow`"
                " / shallow clone: fetch the history with `git fetch --unshallow`)"
            )
        raise UsageError(f"revisión desconocida: {rev} / unknown revision{hint}")
    return sha


def resolve_user_path(path: str | os.PathLike[str], cwd: str | os.PathLike[str] | None = None) -> Path:
    """What a user typed, made absolute against ``cwd`` (default: the current directory); option-like text refused."""
    text = os.fspath(path)
    _refuse_option_like(text, "ruta")
    candidate = Path(text).expanduser()
    if not candidate.is_absolute():
        candidate = Path(cwd if cwd is not None else os.getcwd()) / candidate
    return candidate


def repo_path(repo: Repo, path: str | os.PathLike[str]) -> str:
    """``path`` as a repository-relative POSIX path (``""`` for the root itself).

    Absolute paths must lie inside the working tree (symlinks resolved); relative ones are taken from the root.

    Raises:
        UsageError: the path lies outside the repository or looks like an option.
    """
    text = os.fspath(path)
    _refuse_option_like(text, "ruta")
    root = Path(os.path.realpath(repo.working_tree_dir or "."))
    candidate = Path(text)
    absolute = candidate if candidate.is_absolute() else root / candidate
    resolved = Path(os.path.realpath(absolute))
    try:
        relative = resolved.relative_to(root)
    except ValueError:
        raise UsageError(f"{text} está fuera del repositorio {root} / path outside the repository") from None
    posix = PurePosixPath(*relative.parts).as_posix()
    if posix == ".git" or posix.startswith(".git/"):
        raise UsageError(f"{text} está dentro de .git / path inside .git")
    return "" if posix == "." else posix


def _file_path(repo: Repo, path: str | os.PathLike[str]) -> str:
    """:func:`repo_path` for a path that must name one document, not a directory."""
    relpath = repo_path(repo, path)
    if not relpath or os.path.isdir(os.path.join(repo.working_tree_dir or ".", relpath)):
        shown = relpath or os.fspath(path)
        raise UsageError(f"{shown} es un directorio: indique un archivo / a directory: give a file")
    return relpath


def _is_tracked(repo: Repo, relpath: str) -> bool:
    out = _git(repo, "ls-files", "-z", "--", relpath)
    return bool(out.strip("\0"))


# --------------------------------------------------------------------------------------------------------------
# Versions
# --------------------------------------------------------------------------------------------------------------

_LOG_FORMAT = "%x1e%H%x1f%h%x1f%an%x1f%ae%x1f%aI%x1f%s"


def document_versions(
    repo: Repo, path: str | os.PathLike[str], follow_renames: bool = True, rev: str = "HEAD"
) -> list[Version]:
    """Every commit up to ``rev`` that changed the document, newest first, with the document's path at each commit.

    Renames are followed (``git log --follow``) unless ``follow_renames`` is false.

    Raises:
        UsageError: the path is outside the repository or has never been committed.
    """
    relpath = _file_path(repo, path)
    args = ["log", "-z", "--name-status", f"--format={_LOG_FORMAT}"]
    if follow_renames:
        args.append("--follow")
    args += [resolve_revision(repo, rev), "--", relpath]
    out = _git(repo, *args)
    boundaries = _shallow_boundaries(repo)
    versions: list[Version] = []
    current_path = relpath  # walking back in time, the name the document had
    for record in out.split("\x1e"):
        if not record.strip("\0\n"):
            continue
        header, _, rest = record.partition("\0")
        fields = header.split("\x1f")
        if len(fields) != 6:
            continue
        sha, short_sha, author_name, author_email, date, summary = fields
        tokens = [token for token in rest.lstrip("\n").split("\0") if token]
        status, old_path, new_path = _first_name_status(tokens, current_path)
        current_path = old_path if status == "R" and old_path else new_path
        versions.append(
            Version(
                sha=sha,
                short_sha=short_sha,
                author_name=author_name,
                author_email=author_email,
                date=date,
                summary=summary,
                path=new_path,
                status=status,
                old_path=old_path,
                boundary=sha in boundaries,
            )
        )
    if not versions:
        raise UsageError(f"{relpath} no está bajo control de versiones / file not tracked by Git")
    return versions


def path_at(repo: Repo, rev: str, path: str | os.PathLike[str], later_rev: str | None = None) -> str:
    """The repository path the document ``path`` (named as at ``later_rev``, default HEAD) had at ``rev``.

    Raises:
        UsageError: the document did not exist at ``rev`` under any of its names.
    """
    sha = resolve_revision(repo, rev)
    relpath = _file_path(repo, path)
    if _blob(repo, sha, relpath) is not None:
        return relpath
    names: list[str] = []
    try:
        versions = document_versions(repo, relpath, rev=later_rev or "HEAD")
    except UsageError:
        versions = []
    for version in versions:
        for name in (version.path, version.old_path):
            if name and name not in names:
                names.append(name)
    for name in names:
        if _blob(repo, sha, name) is not None:
            return name
    raise UsageError(f"{relpath} no existe en la revisión {rev} / file not found at that revision")


def _first_name_status(tokens: Sequence[str], fallback: str) -> tuple[str, str | None, str]:
    """(status letter, old path for renames/copies, path after the commit) from ``--name-status -z`` tokens."""
    if not tokens:
        return "M", None, fallback  # e.g. a merge commit: no diff shown, the name is unchanged
    status = tokens[0]
    letter = status[:1]
    if letter in "RC" and len(tokens) >= 3:
        return letter, tokens[1], tokens[2]
    if len(tokens) >= 2:
        return letter, None, tokens[1]
    return letter, None, fallback


# --------------------------------------------------------------------------------------------------------------
# Blobs and documents at a revision
# --------------------------------------------------------------------------------------------------------------


def _blob(repo: Repo, sha: str, relpath: str) -> git.Blob | None:
    try:
        item = repo.commit(sha).tree / relpath
    except (KeyError, TypeError, ValueError):
        return None
    return item if isinstance(item, git.Blob) else None


def blob_id(repo: Repo, rev: str, path: str | os.PathLike[str]) -> str | None:
    """The Git blob id of ``path`` at ``rev``, or None when the file does not exist there."""
    sha = resolve_revision(repo, rev)
    blob = _blob(repo, sha, repo_path(repo, path))
    return blob.hexsha if blob is not None else None


def _decode(data: bytes, label: str) -> tuple[str, str]:
    if b"\0" in data[:8192]:
        raise InputError(f"{label} es un archivo binario, no un documento / binary file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Laws copied from official gazettes are sometimes Windows-1252; read them rather than fail.
        return data.decode("cp1252", errors="replace"), "cp1252"


def read_blob_text(repo: Repo, rev: str, path: str | os.PathLike[str]) -> str | None:
    """The text of ``path`` at ``rev`` (UTF-8, Windows-1252 as a fallback), or None when absent there."""
    sha = resolve_revision(repo, rev)
    relpath = repo_path(repo, path)
    blob = _blob(repo, sha, relpath)
    if blob is None:
        return None
    return _decode(blob.data_stream.read(), f"{relpath}@{rev}")[0]


def document_at(repo: Repo, rev: str, path: str | os.PathLike[str]) -> Document:
    """The document ``path`` as it was at ``rev``, parsed. Parses are cached in memory by blob id.

    Raises:
        UsageError: unknown revision, path outside the repository, or the file does not exist at ``rev``.
    """
    sha = resolve_revision(repo, rev)
    relpath = _file_path(repo, path)
    blob = _blob(repo, sha, relpath)
    if blob is None:
        raise UsageError(f"{relpath} no existe en la revisión {rev} / file not found at that revision")
    key = (blob.hexsha, relpath)
    with _cache_lock:
        cached = _document_cache.get(key)
        if cached is not None:
            _document_cache.move_to_end(key)
            return cached
    text, encoding = _decode(blob.data_stream.read(), f"{relpath}@{rev}")
    from regdesign.parse import parse_document  # late: the parser is a heavier stage than history

    document = parse_document(text, relpath, encoding=encoding)
    with _cache_lock:
        _document_cache[key] = document
        if len(_document_cache) > _CACHE_SIZE:
            _document_cache.popitem(last=False)
    return document


def clear_document_cache() -> None:
    """Forget every cached parse (tests and long-running explorers call this)."""
    with _cache_lock:
        _document_cache.clear()


# --------------------------------------------------------------------------------------------------------------
# Blame per provision
# --------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _CommitInfo:
    sha: str
    author_name: str = ""
    author_email: str = ""
    author_time: int = 0
    author_tz: str = "+0000"
    committer_time: int = 0
    summary: str = ""
    boundary: bool = False


def _parse_porcelain(out: str) -> tuple[list[str], dict[str, _CommitInfo]]:
    """Line → sha (index 0 is line 1) and commit details from ``git blame --porcelain``."""
    commits: dict[str, _CommitInfo] = {}
    line_shas: list[str] = []
    current: _CommitInfo | None = None
    for raw in out.split("\n"):
        if not raw:
            continue
        if raw.startswith("\t"):
            if current is not None:
                line_shas.append(current.sha)
            continue
        head, _, value = raw.partition(" ")
        if _HEX_SHA.fullmatch(head):
            parts = value.split()
            current = commits.setdefault(head, _CommitInfo(head))
            final_line = int(parts[1]) if len(parts) > 1 else len(line_shas) + 1
            while len(line_shas) < final_line - 1:  # defensive: porcelain lists every line in order
                line_shas.append(head)
            continue
        if current is None:
            continue
        if head == "author":
            current.author_name = value
        elif head == "author-mail":
            current.author_email = value.strip("<>")
        elif head == "author-time":
            current.author_time = int(value)
        elif head == "author-tz":
            current.author_tz = value
        elif head == "committer-time":
            current.committer_time = int(value)
        elif head == "summary":
            current.summary = value
        elif head == "boundary":
            current.boundary = True
    return line_shas, commits


def _iso_date(timestamp: int, tz: str) -> str:
    try:
        sign = -1 if tz.startswith("-") else 1
        offset = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
        zone = timezone(offset)
    except (ValueError, IndexError):
        zone = UTC
    return datetime.fromtimestamp(timestamp, zone).isoformat()


def blame_provisions(repo: Repo, path: str | os.PathLike[str], rev: str = "HEAD") -> list[ProvisionBlame]:
    """For every provision of the document at ``rev`` (articles, parágrafos, numerales…, depth first in text order):
    the most recent commit that changed any line of its span. One ``git blame --porcelain`` run.

    ``path`` names the document as it is now; if it had another name at ``rev``, that name is used.

    Trailing blank lines of a span are not counted, so inserting the next article does not touch this one.

    Raises:
        UsageError: unknown revision, path outside the repository, file not tracked or absent at ``rev``.
    """
    sha = resolve_revision(repo, rev)
    relpath = _file_path(repo, path)
    if _blob(repo, sha, relpath) is None:
        if not _is_tracked(repo, relpath):
            raise UsageError(f"{relpath} no está bajo control de versiones / file not tracked by Git")
        relpath = path_at(repo, sha, relpath)  # the name it had then (renames followed), or a clean error
    document = document_at(repo, sha, relpath)
    out = _git(repo, "blame", "--porcelain", sha, "--", relpath)
    line_shas, commits = _parse_porcelain(out)
    boundaries = _shallow_boundaries(repo)
    index = LineIndex(document.text)
    order = _RecencyOrder(repo, commits)
    result: list[ProvisionBlame] = []

    def visit(provision: Any, depth: int) -> None:
        text = document.text
        start = provision.span.start
        end = start + len(text[start : provision.span.end].rstrip())
        first_line = index.line_col(start)[0]
        last_line = index.line_col(max(start, end - 1))[0]
        shas = {line_shas[n - 1] for n in range(first_line, last_line + 1) if 0 < n <= len(line_shas)}
        if shas:
            info = commits[order.latest(shas)]
            result.append(
                ProvisionBlame(
                    provision_id=provision.id,
                    kind=provision.kind,
                    label=provision.label,
                    depth=depth,
                    line_start=first_line,
                    line_end=last_line,
                    sha=info.sha,
                    short_sha=info.sha[:7],
                    author_name=info.author_name,
                    author_email=info.author_email,
                    date=_iso_date(info.author_time, info.author_tz),
                    summary=info.summary,
                    boundary=info.sha in boundaries,
                )
            )
        for child in provision.children:
            visit(child, depth + 1)

    for provision in document.provisions:
        visit(provision, 0)
    return result


class _RecencyOrder:
    """Picks the most recent of a set of commits: by committer time, ancestry deciding ties."""

    def __init__(self, repo: Repo, commits: dict[str, _CommitInfo]) -> None:
        self._repo = repo
        self._commits = commits
        self._cache: dict[frozenset[str], str] = {}

    def latest(self, shas: set[str]) -> str:
        if len(shas) == 1:
            return next(iter(shas))
        key = frozenset(shas)
        if key in self._cache:
            return self._cache[key]
        newest_time = max(self._commits[s].committer_time for s in shas)
        tied = sorted(s for s in shas if self._commits[s].committer_time == newest_time)
        best = tied[0]
        for other in tied[1:]:
            if self._is_ancestor(best, other):
                best = other
        self._cache[key] = best
        return best

    def _is_ancestor(self, older: str, newer: str) -> bool:
        try:
            self._repo.git.execute(["git", "merge-base", "--is-ancestor", older, newer])
        except GitCommandError:
            return False
        return True


# --------------------------------------------------------------------------------------------------------------
# Changed files (regulatory delta, check --changed-since)
# --------------------------------------------------------------------------------------------------------------


def _pathspecs(repo: Repo, paths: Iterable[str | os.PathLike[str]] | None) -> list[str]:
    specs = [repo_path(repo, path) for path in (paths or ())]
    return [spec or "." for spec in specs]


def _is_document(path: str | None, suffixes: Sequence[str]) -> bool:
    return path is not None and path.lower().endswith(tuple(suffixes))


def changed_documents(
    repo: Repo,
    rev_a: str,
    rev_b: str | None,
    paths: Iterable[str | os.PathLike[str]] | None = None,
    suffixes: Sequence[str] = DOCUMENT_SUFFIXES,
) -> list[tuple[str | None, str | None]]:
    """(old path, new path) of every document (``.md``/``.txt``) changed between ``rev_a`` and ``rev_b``.

    ``(None, new)`` for an added (or copied) file, ``(old, None)`` for a removed one, ``(old, new)`` for a rename.
    ``rev_b=None`` compares with the working tree. ``paths`` (files or directories) limit the search.
    """
    sha_a = resolve_revision(repo, rev_a)
    args = ["diff", "-z", "--name-status", "-M", "--no-ext-diff", sha_a]
    if rev_b is not None:
        args.append(resolve_revision(repo, rev_b))
    args += ["--", *_pathspecs(repo, paths)]
    tokens = [token for token in _git(repo, *args).split("\0") if token]
    pairs: list[tuple[str | None, str | None]] = []
    position = 0
    while position < len(tokens):
        letter = tokens[position][:1]
        if letter in "RC":
            old, new = tokens[position + 1], tokens[position + 2]
            position += 3
            pair: tuple[str | None, str | None] = (old, new) if letter == "R" else (None, new)
        else:
            name = tokens[position + 1]
            position += 2
            pair = (None, name) if letter == "A" else (name, None) if letter == "D" else (name, name)
        if _is_document(pair[0], suffixes) or _is_document(pair[1], suffixes):
            pairs.append(pair)
    return pairs


def files_changed_since(
    repo: Repo,
    rev: str,
    paths: Iterable[str | os.PathLike[str]] | None = None,
    suffixes: Sequence[str] = DOCUMENT_SUFFIXES,
) -> list[str]:
    """Documents that differ from ``rev`` now: committed since, staged, unstaged or untracked (not ignored).

    Deleted files are left out (there is nothing to check). Absolute paths of working-tree files, sorted (they
    name files on disk to read, unlike :func:`changed_documents`, which names blobs by repository path).
    """
    sha = resolve_revision(repo, rev)
    specs = _pathspecs(repo, paths)
    changed = _git(repo, "diff", "-z", "--name-only", "--diff-filter=d", "--no-renames", sha, "--", *specs)
    untracked = _git(repo, "ls-files", "-z", "--others", "--exclude-standard", "--", *specs)
    names = {token for token in (changed + "\0" + untracked).split("\0") if token}
    root = Path(os.path.realpath(repo.working_tree_dir or "."))
    return sorted(str(root / name) for name in names if _is_document(name, suffixes))


# --------------------------------------------------------------------------------------------------------------
# Running git
# --------------------------------------------------------------------------------------------------------------


def _git(repo: Repo, *args: str) -> str:
    """Runs ``git <args>`` in the working tree (no shell), pathspecs literal, non-ASCII names unquoted."""
    command = ["git", "-c", "core.quotePath=false", "--literal-pathspecs", *args]
    return repo.git.execute(command, stdout_as_string=True, strip_newline_in_stdout=False)
