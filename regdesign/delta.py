"""The regulatory delta between two revisions: what a change did to the regulatory burden of each document.

For every document changed between ``rev_a`` and ``rev_b`` it reports the change in restriction counts, the barrier
findings introduced and resolved, readability before and after, references added and removed, and defined terms
added and removed — as JSON and as Markdown fit for a pull-request comment.

Findings are matched across versions by rule and the text they point at (not by offset, which shifts with every
edit), so moving a clause is neither "resolved" nor "introduced".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from regdesign.check import DocumentResult, analyze_document, load_ruleset
from regdesign.config import Config
from regdesign.model import Document, Finding

BARRIER_PREFIXES = ("OCDE", "ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL")


@dataclass(frozen=True, slots=True)
class DocumentDelta:
    """The delta of one document (``old_path`` None: added; ``new_path`` None: removed)."""

    old_path: str | None
    new_path: str | None
    restrictions_before: int = 0
    restrictions_after: int = 0
    introduced: tuple[Finding, ...] = ()
    resolved: tuple[Finding, ...] = ()
    readability_before: dict[str, Any] = field(default_factory=dict)
    readability_after: dict[str, Any] = field(default_factory=dict)
    references_added: tuple[str, ...] = ()
    references_removed: tuple[str, ...] = ()
    terms_added: tuple[str, ...] = ()
    terms_removed: tuple[str, ...] = ()
    errors_before: int = 0
    errors_after: int = 0

    @property
    def path(self) -> str:
        return self.new_path or self.old_path or ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "old_path": self.old_path,
            "new_path": self.new_path,
            "restrictions": {
                "before": self.restrictions_before,
                "after": self.restrictions_after,
                "change": self.restrictions_after - self.restrictions_before,
            },
            "barriers_introduced": [_finding_summary(f) for f in self.introduced],
            "barriers_resolved": [_finding_summary(f) for f in self.resolved],
            "readability": {"before": self.readability_before, "after": self.readability_after},
            "references_added": list(self.references_added),
            "references_removed": list(self.references_removed),
            "defined_terms_added": list(self.terms_added),
            "defined_terms_removed": list(self.terms_removed),
            "errors": {"before": self.errors_before, "after": self.errors_after},
        }


def _finding_summary(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity,
        "message": finding.message,
        "basis": finding.basis,
        "line": finding.line,
        "provision": finding.provision,
    }


def _is_barrier(finding: Finding) -> bool:
    return finding.category.startswith(BARRIER_PREFIXES)


def _finding_key(finding: Finding, text: str) -> tuple[str, str]:
    return finding.rule, " ".join(text[finding.start : finding.end].lower().split())


def _multiset_difference(
    left: Sequence[Finding], left_text: str, right: Sequence[Finding], right_text: str
) -> list[Finding]:
    remaining = Counter(_finding_key(f, right_text) for f in right)
    out = []
    for finding in left:
        key = _finding_key(finding, left_text)
        if remaining[key]:
            remaining[key] -= 1
        else:
            out.append(finding)
    return out


def _reference_labels(result: DocumentResult | None) -> Counter[str]:
    if result is None:
        return Counter()
    return Counter(r.target or " ".join(r.text.split()) for r in result.references if r.scope == "external")


def _terms(document: Document | None) -> set[str]:
    if document is None:
        return set()
    from regdesign.nlp.definitions import find_definitions

    return {d.term for d in find_definitions(document)}


def _readability_summary(result: DocumentResult | None) -> dict[str, Any]:
    if result is None:
        return {}
    return dict(result.readability.get("body", {}))


def compare_versions(
    old: Document | None, new: Document | None, config: Config, ruleset: Any | None = None
) -> DocumentDelta:
    """The delta between two parsed versions of one document (either may be None)."""
    ruleset = ruleset if ruleset is not None else load_ruleset(config)
    old_result = analyze_document(old, config, ruleset) if old is not None else None
    new_result = analyze_document(new, config, ruleset) if new is not None else None
    old_barriers = [f for f in (old_result.findings if old_result else ()) if _is_barrier(f)]
    new_barriers = [f for f in (new_result.findings if new_result else ()) if _is_barrier(f)]
    old_text = old.text if old is not None else ""
    new_text = new.text if new is not None else ""
    old_refs, new_refs = _reference_labels(old_result), _reference_labels(new_result)
    old_terms, new_terms = _terms(old), _terms(new)
    return DocumentDelta(
        old_path=old.path if old is not None else None,
        new_path=new.path if new is not None else None,
        restrictions_before=old_result.restrictions if old_result else 0,
        restrictions_after=new_result.restrictions if new_result else 0,
        introduced=tuple(_multiset_difference(new_barriers, new_text, old_barriers, old_text)),
        resolved=tuple(_multiset_difference(old_barriers, old_text, new_barriers, new_text)),
        readability_before=_readability_summary(old_result),
        readability_after=_readability_summary(new_result),
        references_added=tuple(sorted((new_refs - old_refs).elements())),
        references_removed=tuple(sorted((old_refs - new_refs).elements())),
        terms_added=tuple(sorted(new_terms - old_terms)),
        terms_removed=tuple(sorted(old_terms - new_terms)),
        errors_before=sum(1 for f in (old_result.findings if old_result else ()) if f.severity == "error"),
        errors_after=sum(1 for f in (new_result.findings if new_result else ()) if f.severity == "error"),
    )


def regulatory_delta(
    repo: Any, rev_a: str, rev_b: str | None, paths: Iterable[str] | None, config: Config
) -> list[DocumentDelta]:
    """Deltas of every document changed between two revisions (``rev_b=None``: the working tree)."""
    from regdesign.history import changed_documents, read_blob_text
    from regdesign.parse import parse_document

    ruleset = load_ruleset(config)
    root = repo.working_tree_dir
    deltas = []
    for old_path, new_path in changed_documents(repo, rev_a, rev_b, paths):
        old_text = read_blob_text(repo, rev_a, old_path) if old_path else None
        if new_path is None:
            new_text = None
        elif rev_b is None:
            with open(f"{root}/{new_path}", encoding="utf-8", errors="replace") as stream:
                new_text = stream.read()
        else:
            new_text = read_blob_text(repo, rev_b, new_path)
        old_doc = parse_document(old_text, old_path) if old_text is not None and old_path else None
        new_doc = parse_document(new_text, new_path) if new_text is not None and new_path else None
        deltas.append(compare_versions(old_doc, new_doc, config, ruleset))
    return deltas


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def _score(readability: dict[str, Any]) -> str:
    value = readability.get("fernandez_huerta")
    label = readability.get("inflesz", "")
    return f"{value:.1f} ({label})" if isinstance(value, (int, float)) else "—"


def delta_to_markdown(deltas: Sequence[DocumentDelta], rev_a: str, rev_b: str | None) -> str:
    """A pull-request comment: one summary table, then the barriers introduced and resolved per document."""
    target = rev_b or "árbol de trabajo"
    lines = [f"## Delta regulatorio `{rev_a}` → `{target}`", ""]
    if not deltas:
        lines.append("Ningún documento cambió.")
        return "\n".join(lines) + "\n"
    lines += [
        "| Documento | Restricciones | Barreras nuevas | Barreras resueltas | Legibilidad (Fernández-Huerta) | Referencias | Términos definidos |",
        "|---|---|---|---|---|---|---|",
    ]
    for delta in deltas:
        change = delta.restrictions_after - delta.restrictions_before
        lines.append(
            f"| `{delta.path}` | {delta.restrictions_before} → {delta.restrictions_after} ({_signed(change)}) "
            f"| {len(delta.introduced)} | {len(delta.resolved)} "
            f"| {_score(delta.readability_before)} → {_score(delta.readability_after)} "
            f"| +{len(delta.references_added)} / −{len(delta.references_removed)} "
            f"| +{len(delta.terms_added)} / −{len(delta.terms_removed)} |"
        )
    for delta in deltas:
        if not (delta.introduced or delta.resolved or delta.references_added or delta.references_removed):
            continue
        lines += ["", f"### `{delta.path}`", ""]
        for title, findings in (("Barreras introducidas", delta.introduced), ("Barreras resueltas", delta.resolved)):
            if findings:
                lines.append(f"**{title}**")
                lines.append("")
                for finding in findings:
                    where = f"{finding.provision}, " if finding.provision else ""
                    lines.append(
                        f"- `{finding.rule}` ({finding.category}; {where}línea {finding.line}): "
                        f"{_markdown_escape(finding.message)} — *{_markdown_escape(finding.basis)}*"
                    )
                lines.append("")
        if delta.references_added:
            lines.append("**Referencias añadidas:** " + ", ".join(f"`{r}`" for r in delta.references_added))
        if delta.references_removed:
            lines.append("**Referencias retiradas:** " + ", ".join(f"`{r}`" for r in delta.references_removed))
    return "\n".join(lines).rstrip() + "\n"


def _markdown_escape(text: str) -> str:
    for char in ("\\", "`", "*", "_", "<", ">", "|", "[", "]"):
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())
