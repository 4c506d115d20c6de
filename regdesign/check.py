"""The check pass: files → parsed documents → findings and metrics.

This module owns running every analysis stage over documents (parse problems, structure, references and their
resolution, rule packs: barriers, plain language, definitions), inline suppressions, ``select``/``ignore``, the
per-document metrics (restrictions, readability, words) and the cache of results keyed by Git blob id.

Guarantees: a bad file becomes a finding or a skipped-file message, never an exception that stops the run;
findings come out sorted by path and position; results are identical with and without the cache.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path
from typing import Any

from regdesign import __version__
from regdesign.cache import ResultCache, blob_id
from regdesign.config import Config
from regdesign.errors import InputError, UsageError
from regdesign.model import SEVERITY_RANK, Document, Finding, Reference

DOCUMENT_SUFFIXES = (".md", ".txt")
SUPPRESSION = re.compile(r"<!--\s*regdesign-disable(?P<file>-file)?\s+(?P<rules>[A-Za-z0-9_\-, ]+?)\s*-->")


_FINDING_FIELDS = tuple(f.name for f in fields(Finding))
_FINDING_PATH_AT = _FINDING_FIELDS.index("path")
_REFERENCE_FIELDS = tuple(f.name for f in fields(Reference))
_REFERENCE_ARTICLES_AT = _REFERENCE_FIELDS.index("articles")
#: The layout of cached records: the field names of the rows. It is part of the cache key (with the tool version,
#: the rule packs and the configuration), so a change of the model's fields never reads rows of the old layout.
CACHE_LAYOUT = hashlib.sha1(repr((_FINDING_FIELDS, _REFERENCE_FIELDS)).encode(), usedforsecurity=False).hexdigest()[:12]


def _finding_row(finding: Finding) -> list[Any]:
    """``finding``'s field values in field order, without its path."""
    row = [getattr(finding, name) for name in _FINDING_FIELDS]
    del row[_FINDING_PATH_AT]
    return row


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """What the check pass knows about one document."""

    path: str
    type: str | None
    findings: tuple[Finding, ...]
    references: tuple[Reference, ...] = ()
    restrictions: int = 0
    restrictions_by_provision: dict[str, int] = field(default_factory=dict)
    readability: dict[str, Any] = field(default_factory=dict)
    words: int = 0
    articles: int = 0
    title: str | None = None
    blob: str | None = None

    def summary(self) -> dict[str, Any]:
        counts = Counter(f.severity for f in self.findings)
        return {
            "path": self.path,
            "type": self.type,
            "title": self.title,
            "findings": {severity: counts.get(severity, 0) for severity in ("error", "warning", "info")},
            "restrictions": self.restrictions,
            "readability": self.readability.get("body", {}),
            "words": self.words,
            "articles": self.articles,
            "references": len(self.references),
        }

    def to_cache(self) -> dict[str, Any]:
        """A JSON-able record of this result for :class:`~regdesign.cache.ResultCache`: findings and references as
        rows of field values in field order (see :data:`CACHE_LAYOUT`), the rest as is; the path and blob id are
        not stored (the same blob may sit at several paths)."""
        return {
            "type": self.type,
            "title": self.title,
            "findings": [_finding_row(f) for f in self.findings],
            "references": [[getattr(r, name) for name in _REFERENCE_FIELDS] for r in self.references],
            "restrictions": self.restrictions,
            "restrictions_by_provision": self.restrictions_by_provision,
            "readability": self.readability,
            "words": self.words,
            "articles": self.articles,
        }

    @classmethod
    def from_cache(cls, path: str, blob: str, data: dict[str, Any]) -> DocumentResult:
        """The result :meth:`to_cache` recorded, found at ``path``: equal to the one that was stored (tested). Rows are
        passed positionally, which is several times cheaper than keyword dicts for the hundreds of records a re-check
        decodes; a record of another layout never gets here, because :data:`CACHE_LAYOUT` is part of the cache key."""
        at = _FINDING_PATH_AT
        findings = tuple(Finding(*row[:at], path, *row[at:]) for row in data["findings"])  # type: ignore[call-arg]  # rows of the cached layout
        references = []
        for row in data["references"]:
            row[_REFERENCE_ARTICLES_AT] = tuple(row[_REFERENCE_ARTICLES_AT])
            references.append(Reference(*row))
        return cls(
            path=path,
            type=data["type"],
            title=data.get("title"),
            findings=findings,
            references=tuple(references),
            restrictions=data["restrictions"],
            restrictions_by_provision=data["restrictions_by_provision"],
            readability=data["readability"],
            words=data["words"],
            articles=data["articles"],
            blob=blob,
        )


@dataclass(frozen=True, slots=True)
class CheckResult:
    """Findings of a whole run, with the per-document results and the files that were skipped."""

    documents: tuple[DocumentResult, ...]
    skipped: tuple[tuple[str, str], ...] = ()

    @property
    def findings(self) -> list[Finding]:
        return sorted((f for d in self.documents for f in d.findings), key=Finding.sort_key)

    def summary(self) -> dict[str, Any]:
        findings = self.findings
        by_severity = Counter(f.severity for f in findings)
        return {
            "files": len(self.documents),
            "skipped": [{"path": path, "reason": reason} for path, reason in self.skipped],
            "findings": len(findings),
            "by_severity": {severity: by_severity.get(severity, 0) for severity in ("error", "warning", "info")},
            "by_category": dict(sorted(Counter(f.category for f in findings).items())),
            "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
            "restrictions": sum(d.restrictions for d in self.documents),
            "documents": [d.summary() for d in self.documents],
        }

    def exit_code(self, fail_on: str) -> int:
        """0 when nothing is at or above ``fail_on`` and no file had to be skipped (``never`` always gives 0), else 1:
        a file that could not be checked (binary, unreadable, too large) must not let a CI run pass unseen."""
        if fail_on == "never":
            return 0
        if self.skipped:
            return 1
        threshold = SEVERITY_RANK[fail_on]
        return 1 if any(f.rank >= threshold for f in self.findings) else 0


def iter_document_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named, and ``.md``/``.txt`` files under directories named (sorted, hidden folders skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.endswith(DOCUMENT_SUFFIXES) and not name.startswith("."):
                        yield Path(root) / name
        elif path.exists():
            yield path
        else:
            raise UsageError(f"no existe: {raw}")


_RULESETS: dict[str, Any] = {}


def load_ruleset(config: Config) -> Any:
    """The rule packs for this configuration, loaded once per process and configuration."""
    key = config.fingerprint()
    if key not in _RULESETS:
        from regdesign.rules.engine import load_rules

        _RULESETS[key] = load_rules(config=config.rules_config())
    return _RULESETS[key]


def analyze_document(document: Document, config: Config, ruleset: Any | None = None) -> DocumentResult:
    """Every analysis stage over one parsed document.

    >>> from regdesign.parse import parse_document
    >>> result = analyze_document(parse_document("Artículo 1. Objeto. Regular.\\n\\nArtículo 3. Fin. Nada."), Config())
    >>> [f.rule for f in result.findings if f.rule.startswith("ESTRUCTURA-NUM")]
    ['ESTRUCTURA-NUMERACION']
    """
    from regdesign.nlp.restrictions import restrictions_by_provision
    from regdesign.readability import document_readability
    from regdesign.resolve import check_references
    from regdesign.rules.engine import run_rules
    from regdesign.structure import check_structure

    ruleset = ruleset if ruleset is not None else load_ruleset(config)
    findings: list[Finding] = list(document.problems)
    findings += check_structure(document, min_business_days=config.min_business_days)
    references, reference_findings = check_references(document)
    findings += reference_findings
    # the engine's findings already have this document's path, lines, columns and provisions (run_rules guarantees
    # it); only the other stages' findings go through _with_path, which leaves a finding as is when they are right
    findings = _with_path(findings, document)
    stats: dict[str, int] = {}
    findings += run_rules(document, ruleset, stats=stats)
    findings = _apply_suppressions(document, findings)
    if config.select or config.ignore:
        findings = _select(findings, config)
    by_provision = restrictions_by_provision(document)
    body = document.text[document.body_start :]
    return DocumentResult(
        path=document.path,
        type=document.type,
        title=document.title or str(document.metadata.get("title") or "") or None,
        findings=tuple(sorted(findings, key=_SORT_KEY)),
        references=tuple(references),
        restrictions=sum(by_provision.values()) if by_provision else _count_body_restrictions(body),
        restrictions_by_provision=by_provision,
        readability=document_readability(document),
        words=stats["body_words"] if "body_words" in stats else len(body.split()),
        articles=sum(1 for p in document.iter_provisions() if p.kind == "articulo"),
    )


def _count_body_restrictions(body: str) -> int:
    from regdesign.nlp.restrictions import count_restrictions

    return count_restrictions(body)


# Finding.sort_key as a C-level key: the same tuple (path, start, end, rule), so the same (stable) order.
_SORT_KEY = attrgetter("path", "start", "end", "rule")


def _with_path(findings: Iterable[Finding], document: Document) -> list[Finding]:
    """Each finding with this document's path, the line and column of its start (unless it starts at 0) and, when it
    has none, the provision at its start; a finding that is already right is returned as is (same object)."""
    from regdesign.rules.engine import Locator

    findings = list(findings)
    fixed = list(findings)
    size = len(document.text)
    # offsets in increasing order: the locator (same answers as LineIndex and Document.provision_at) only moves
    # forward, counting line breaks, instead of indexing every line of the text
    locate = Locator(document)
    for i in sorted(range(len(findings)), key=lambda i: findings[i].start):
        finding = findings[i]
        line, column = locate.line_col(min(finding.start, size))
        changes: dict[str, Any] = {}
        if finding.path != document.path:
            changes["path"] = document.path
        if (finding.line, finding.column) != (line, column) and finding.start:
            changes["line"], changes["column"] = line, column
        if finding.provision is None:
            # the locator answers for offsets within the text; others get the document's own search
            inside = 0 <= finding.start <= size
            provision = locate.provision_at(finding.start) if inside else document.provision_at(finding.start)
            if provision is not None:
                changes["provision"] = provision.id
        if changes:
            fixed[i] = _replace(finding, changes)
    return fixed


def _replace(finding: Finding, changes: dict[str, Any]) -> Finding:
    from dataclasses import replace

    return replace(finding, **changes)


def _matches(finding: Finding, prefixes: Sequence[str]) -> bool:
    return any(finding.rule.startswith(p) or finding.category.startswith(p) for p in prefixes)


def _selected(finding: Finding, config: Config) -> bool:
    if config.select and not _matches(finding, config.select):
        return False
    return not (config.ignore and _matches(finding, config.ignore))


def _select(findings: Iterable[Finding], config: Config) -> list[Finding]:
    """The findings that :func:`_selected` keeps, deciding once per (rule, category): the only fields it reads."""
    verdicts: dict[tuple[str, str], bool] = {}
    kept = []
    for finding in findings:
        key = (finding.rule, finding.category)
        verdict = verdicts.get(key)
        if verdict is None:
            verdict = verdicts[key] = _selected(finding, config)
        if verdict:
            kept.append(finding)
    return kept


def _apply_suppressions(document: Document, findings: list[Finding]) -> list[Finding]:
    """``<!-- regdesign-disable RULE[, RULE] -->`` silences those rules in the next provision (and its parts);
    ``<!-- regdesign-disable-file RULE -->`` in the whole file. ``all`` silences every rule."""
    if "regdesign-disable" not in document.text:
        return findings
    ranges: list[tuple[int, int, frozenset[str]]] = []
    top_level = [p for p in document.iter_provisions() if p.kind in ("articulo", "seccion_tdr", "paragrafo")]
    for match in SUPPRESSION.finditer(document.text):
        rules = frozenset(r.strip() for r in match.group("rules").replace(",", " ").split() if r.strip())
        if match.group("file"):
            ranges.append((0, len(document.text), rules))
            continue
        following = next((p for p in top_level if p.span.start >= match.end()), None)
        if following is not None:
            ranges.append((following.span.start, following.span.end, rules))
    kept = []
    for finding in findings:
        silenced = any(
            start <= finding.start < end and ("all" in rules or _matches(finding, tuple(rules)))
            for start, end, rules in ranges
        )
        if not silenced:
            kept.append(finding)
    return kept


def check_paths(
    paths: Sequence[str | Path],
    config: Config,
    *,
    cache: ResultCache | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    display_root: Path | None = None,
) -> CheckResult:
    """Checks every document under ``paths``; files are read and analysed one at a time (streaming).

    Results are taken from ``cache`` when the file's Git blob id, the rule packs, the tool version and the
    configuration are unchanged.
    """
    from regdesign.parse import MAX_BYTES, parse_document, read_text

    files = list(iter_document_paths(paths))
    ruleset = load_ruleset(config)
    cache_salt = f"{__version__}|{getattr(ruleset, 'version', '')}|{config.fingerprint()}|{CACHE_LAYOUT}"
    results: list[DocumentResult] = []
    skipped: list[tuple[str, str]] = []
    for number, path in enumerate(files, 1):
        shown = _display(path, display_root)
        if on_progress:
            on_progress(number, len(files), shown)
        try:
            if path.stat().st_size > MAX_BYTES:
                skipped.append((shown, f"supera el límite de {MAX_BYTES // 1048576} MB; no se revisó"))
                continue
            data = path.read_bytes()
        except OSError as error:
            skipped.append((shown, f"no se pudo leer: {error.strerror or error}"))
            continue
        blob = blob_id(data)
        if cache is not None:
            cached = _from_cache(cache, blob, cache_salt, shown)
            if cached is not None:
                results.append(cached)
                continue
        try:
            text, encoding, problems = read_text(path, data)
        except InputError as error:
            skipped.append((shown, str(error)))
            continue
        document = parse_document(text, shown, encoding)
        if problems:
            from dataclasses import replace

            document = replace(document, problems=tuple(problems) + document.problems)
        result = analyze_document(document, config, ruleset)
        result = _with_blob(result, blob)
        if cache is not None:
            cache.put(blob, cache_salt, result.to_cache())
        results.append(result)
    return CheckResult(documents=tuple(results), skipped=tuple(skipped))


def _from_cache(cache: ResultCache, blob: str, salt: str, shown: str) -> DocumentResult | None:
    """The cached result of the file with this blob id, or None when there is none or the record cannot be decoded (a
    damaged cache file is a miss: the document is checked again and its record rewritten, never an error)."""
    try:
        data = cache.get(blob, salt)
        return None if data is None else DocumentResult.from_cache(shown, blob, data)
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def _with_blob(result: DocumentResult, blob: str) -> DocumentResult:
    from dataclasses import replace

    return replace(result, blob=blob)


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()
