"""The corpus as a table: one row per document, its Git history of restrictions, and the table's exports.

This module owns what the explorer's Corpus and Ley 1955 pages show that is not display:

* :func:`corpus_rows` — one row per checked document (type, status from the front matter, last change from Git,
  findings by severity, restriction count, readability, words, articles, references);
* :func:`last_commits` — the last commit of every document with ONE ``git log`` walk (1,000 documents cost one
  process, not 1,000);
* :func:`restriction_history` — the restriction count of each document at each commit that changed it, cached in a
  :class:`~regdesign.cache.ResultCache` by Git blob id (a blob is counted once, whatever commit or path has it);
* :func:`findings_by_category`, :func:`totals_over_time`, :func:`law_article_rows`;
* :func:`rows_to_csv`, :func:`rows_to_json`, :func:`rows_to_xlsx` — the table as bytes for downloads.

Git is reached only through the ``Repo`` object of :func:`regdesign.history.open_repository` (``repo.git.*`` and
``repo.odb``); this module never imports ``git``. Guarantees: rows come out sorted by path; every value in a row is a
string, a number, a boolean or None (JSON-, CSV- and XLSX-safe); counts equal those of ``regdesign check``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from regdesign import __version__
from regdesign.cache import ResultCache
from regdesign.check import CheckResult, DocumentResult
from regdesign.model import Document

COLUMNS = (
    "path",
    "title",
    "type",
    "status",
    "last_change",
    "last_commit",
    "last_author",
    "errors",
    "warnings",
    "infos",
    "restrictions",
    "readability",
    "inflesz",
    "words",
    "articles",
    "references",
)

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*\r?$", re.DOTALL | re.MULTILINE)
_RESTRICTIONS_SALT = f"restrictions|{__version__}"


def front_matter(text: str) -> dict[str, Any]:
    """The YAML front matter of a document as a dict ({} when absent or invalid; the parser reports those)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def document_status(metadata: Mapping[str, Any]) -> str | None:
    """The procedural status written in the front matter (``status`` or ``estado``), if any."""
    value = metadata.get("status", metadata.get("estado"))
    return str(value) if value not in (None, "") else None


def readability_summary(readability: Mapping[str, Any]) -> dict[str, Any]:
    """The whole-document readability of a check result (``body``; ``document`` in older results)."""
    summary = readability.get("body") or readability.get("document") or {}
    return dict(summary) if isinstance(summary, Mapping) else {}


def last_commits(repo: Any, paths: Sequence[str]) -> dict[str, dict[str, str]]:
    """``{path: {sha, short_sha, date, author, summary}}``: the newest commit that touched each repository path.

    One ``git log --name-only`` walk over all the paths, stopped as soon as every path has been seen.
    Paths never committed are left out.
    """
    wanted = set(paths)
    if not wanted:
        return {}
    out = repo.git.log(
        "-z", "--name-only", "--no-renames", "--format=%x1e%H%x1f%h%x1f%aI%x1f%an%x1f%s", "HEAD", "--", *sorted(wanted)
    )
    found: dict[str, dict[str, str]] = {}
    for record in out.split("\x1e"):
        if not record.strip("\0\n"):
            continue
        header, _, rest = record.partition("\0")
        fields = header.strip("\n").split("\x1f")
        if len(fields) != 5:
            continue
        sha, short, date, author, summary = fields
        for name in rest.split("\0"):
            name = name.strip("\n")
            if name in wanted and name not in found:
                found[name] = {"sha": sha, "short_sha": short, "date": date, "author": author, "summary": summary}
        if len(found) == len(wanted):
            break
    return found


def corpus_rows(
    result: CheckResult,
    texts: Mapping[str, str] | None = None,
    last: Mapping[str, Mapping[str, str]] | None = None,
) -> list[dict[str, Any]]:
    """One row per document of ``result`` (see :data:`COLUMNS`), sorted by path.

    ``texts`` maps a document path to its text (for the status in the front matter); ``last`` is what
    :func:`last_commits` returned for those paths.
    """
    texts = texts or {}
    last = last or {}
    rows = []
    for document in sorted(result.documents, key=lambda d: d.path):
        counts = Counter(f.severity for f in document.findings)
        readability = readability_summary(document.readability)
        score = readability.get("fernandez_huerta")
        commit = last.get(document.path, {})
        rows.append(
            {
                "path": document.path,
                "title": document.title or "",
                "type": document.type or "",
                "status": document_status(front_matter(texts.get(document.path, ""))) or "",
                "last_change": commit.get("date", "")[:10],
                "last_commit": commit.get("short_sha", ""),
                "last_author": commit.get("author", ""),
                "errors": counts.get("error", 0),
                "warnings": counts.get("warning", 0),
                "infos": counts.get("info", 0),
                "restrictions": document.restrictions,
                "readability": round(float(score), 1) if isinstance(score, (int, float)) else None,
                "inflesz": readability.get("inflesz") or "",
                "words": document.words,
                "articles": document.articles,
                "references": len(document.references),
            }
        )
    return rows


def findings_by_category(documents: Iterable[DocumentResult]) -> list[dict[str, Any]]:
    """``[{category, severity, count}]`` over every finding, sorted by category then severity."""
    counts = Counter((f.category or "—", f.severity) for d in documents for f in d.findings)
    return [
        {"category": category, "severity": severity, "count": count}
        for (category, severity), count in sorted(counts.items())
    ]


def _count_restrictions(document: Document) -> int:
    """The same count as :func:`regdesign.check.analyze_document` gives for ``restrictions``."""
    from regdesign.nlp.restrictions import count_restrictions, restrictions_by_provision

    by_provision = restrictions_by_provision(document)
    if by_provision:
        return sum(by_provision.values())
    return count_restrictions(document.text[document.body_start :])


def restrictions_of_text(text: str, path: str = "") -> int:
    """Restriction count of a document's text (parsed first)."""
    from regdesign.parse import parse_document

    return _count_restrictions(parse_document(text, path))


def restriction_history(
    repo: Any, paths: Sequence[str], cache: ResultCache | None = None, rev: str = "HEAD"
) -> list[dict[str, Any]]:
    """The restriction count of each document at each commit that changed it, oldest first.

    Rows are ``{path, sha, short_sha, date, restrictions}``. One ``git log --raw`` walk gives the blob id of every
    version; each blob is read from the object database and counted once (then from ``cache``). Renames are not
    followed: a renamed document starts a new series under its new name. Deletions end a series.
    """
    if not paths:
        return []
    from regdesign.history import resolve_revision

    sha = resolve_revision(repo, rev)
    out = repo.git.log(
        "-z", "--raw", "--no-abbrev", "--no-renames", "--format=%x1e%H%x1f%aI", sha, "--", *sorted(set(paths))
    )
    wanted = set(paths)
    versions: list[tuple[str, str, str, str, str]] = []  # (date, sha, short, path, blob)
    for record in out.split("\x1e"):
        if not record.strip("\0\n"):
            continue
        header, _, rest = record.partition("\0")
        fields = header.strip("\n").split("\x1f")
        if len(fields) != 2:
            continue
        commit, date = fields
        short = commit[:7]
        tokens = [token for token in rest.split("\0") if token.strip("\n")]
        for meta, name in zip(tokens[::2], tokens[1::2], strict=False):
            parts = meta.strip("\n").lstrip(":").split()
            if len(parts) < 5 or name not in wanted or parts[4].startswith("D"):
                continue
            versions.append((date, commit, short, name, parts[3]))
    counts: dict[str, int] = {}
    rows = []
    versions.sort(key=lambda v: (datetime.fromisoformat(v[0]), v[3]))  # dates carry their own UTC offsets
    for date, commit, short, name, blob in versions:
        if blob not in counts:
            cached = cache.get(blob, _RESTRICTIONS_SALT) if cache is not None else None
            if cached is None:
                data = repo.odb.stream(bytes.fromhex(blob)).read()
                cached = restrictions_of_text(data.decode("utf-8", errors="replace"), name)
                if cache is not None:
                    cache.put(blob, _RESTRICTIONS_SALT, cached)
            counts[blob] = int(cached)
        rows.append({"path": name, "sha": commit, "short_sha": short, "date": date, "restrictions": counts[blob]})
    return rows


def totals_over_time(history: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The corpus total of restrictions after each commit (each document counted at its latest version so far)."""
    current: dict[str, int] = {}
    totals: list[dict[str, Any]] = []
    for row in sorted(history, key=lambda r: (datetime.fromisoformat(r["date"]), r["sha"])):
        current[row["path"]] = row["restrictions"]
        total = {"date": row["date"], "sha": row["sha"], "restrictions": sum(current.values())}
        if totals and totals[-1]["sha"] == row["sha"]:
            totals[-1] = total
        else:
            totals.append(total)
    return totals


def law_article_rows(norm: Any, documents: Iterable[DocumentResult]) -> list[dict[str, Any]]:
    """Every article of ``norm`` (a :class:`~regdesign.laws.index.Norm`) with its validity and who cites it.

    ``cited_by`` lists ``path#provision`` (or the path alone for text outside provisions), sorted and unique.
    """
    from regdesign.laws.index import normalise_article

    cited: dict[str, set[str]] = defaultdict(set)
    for document in documents:
        for reference in document.references:
            if reference.scope != "external" or not reference.target:
                continue
            if reference.target.split("#", 1)[0] != norm.key:
                continue
            where = f"{document.path}#{reference.provision}" if reference.provision else document.path
            for article in reference.articles or ((reference.article,) if reference.article else ()):
                cited[normalise_article(article)].add(where)
    rows = []
    for article in sorted(norm.articles.values(), key=_article_order):
        citing = sorted(cited.get(article.number, ()))
        rows.append(
            {
                "number": article.number,
                "title": article.title or "",
                "place": article.place or "",
                "status": article.status or "",
                "status_note": article.status_note or "",
                "citations": len(citing),
                "cited_by": ", ".join(citing),
            }
        )
    return rows


def _article_order(article: Any) -> tuple[int, str]:
    match = re.match(r"\d+", article.number)
    return (int(match.group()) if match else 10**9, article.number)


def rows_to_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] = COLUMNS) -> bytes:
    """UTF-8 CSV with a BOM (spreadsheets then read the accents right) and a header row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(row.get(key)) for key in columns})
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def rows_to_json(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] = COLUMNS) -> bytes:
    """A JSON array of objects with exactly ``columns``, deterministic (sorted keys)."""
    data = [{key: row.get(key) for key in columns} for row in rows]
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A cell value safe for spreadsheets: text that starts like a formula is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def rows_to_xlsx(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] = COLUMNS, sheet: str = "corpus") -> bytes:
    """An XLSX workbook (openpyxl) with one sheet: a header row, then one row per document."""
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    worksheet.append(list(columns))
    for row in rows:
        worksheet.append([_cell(row.get(key)) for key in columns])
    worksheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def read_texts(root: Path, paths: Iterable[str]) -> dict[str, str]:
    """The text of each repository-relative path under ``root`` (undecodable bytes replaced; missing files left out)."""
    texts = {}
    for path in paths:
        try:
            texts[path] = (root / path).read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue
    return texts
