"""Article-level comparison of two versions of a document (the "texto comparado") and its renderers.

Pure: :func:`compare_documents` takes two :class:`~regdesign.model.Document` objects and returns a
:class:`Comparison`; nothing here touches git (``history.py`` fetches the versions).

Guarantees:

* every article (or numbered section of terms of reference) of either version appears in exactly one change, whose
  kind is ``added``, ``removed``, ``modified``, ``moved``, ``renumbered`` or ``unchanged``; parágrafos, numerales
  and literales of changed articles are compared the same way (``Change.children``);
* provisions are matched by content, not by number: identical content first (hash of the text without its label),
  then similarity (``difflib`` ratio on word tokens ≥ ``threshold``), preferring the same number. So inserting an
  article yields one ``added`` and ``renumbered`` for the ones after it, not a cascade of modifications;
* ``moved`` means same number and same text but another place: another título/capítulo, or out of order;
* a redline is a tuple of ``(op, text)`` with op ``equal``/``delete``/``insert``; joining the ``equal`` and
  ``delete`` parts gives the old text exactly, ``equal`` and ``insert`` the new text;
* the HTML renderer escapes everything that comes from a document (nothing in a bill becomes markup), the Markdown
  renderer backslash-escapes Markdown syntax; DOCX is made by pandoc from the Markdown and written atomically.
"""

from __future__ import annotations

import difflib
import hashlib
import html
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regdesign.errors import InputError
from regdesign.model import Document, Provision

CHANGE_KINDS = ("added", "removed", "modified", "moved", "renumbered", "unchanged")
KIND_LABELS_ES = {
    "added": "Añadido",
    "removed": "Eliminado",
    "modified": "Modificado",
    "moved": "Trasladado",
    "renumbered": "Renumerado",
    "unchanged": "Sin cambios",
}
PROVISION_LABELS_ES = {
    "articulo": "artículo",
    "paragrafo": "parágrafo",
    "numeral": "numeral",
    "literal": "literal",
    "seccion_tdr": "sección",
    "preambulo": "preámbulo",
}
UNIT_KINDS = frozenset({"articulo", "seccion_tdr"})
CHILD_KINDS = frozenset({"paragrafo", "numeral", "literal", "seccion_tdr"})
DEFAULT_THRESHOLD = 0.6
SAME_NUMBER_BONUS = 0.05
# Above this many candidate pairs, only pairs with the same number or close positions are scored.
_FULL_MATRIX_LIMIT = 20_000
_WINDOW = 25

_TOKEN = re.compile(r"\w+|[^\w\s]|\s+")
_WORD = re.compile(r"\w+|[^\w\s]")
_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"[*_#>`]+")

Redline = tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Change:
    """What happened to one provision between the old and the new version."""

    kind: str
    provision_kind: str
    old_id: str | None
    new_id: str | None
    old_label: str | None = None
    new_label: str | None = None
    old_text: str | None = None
    new_text: str | None = None
    similarity: float = 1.0
    text_changed: bool = False
    redline: Redline = ()
    children: tuple[Change, ...] = ()

    @property
    def id(self) -> str:
        return self.new_id or self.old_id or ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "provision_kind": self.provision_kind,
            "old_id": self.old_id,
            "new_id": self.new_id,
            "old_label": self.old_label,
            "new_label": self.new_label,
            "old_text": self.old_text,
            "new_text": self.new_text,
            "similarity": round(self.similarity, 4),
            "text_changed": self.text_changed,
            "redline": [[op, text] for op, text in self.redline],
            "children": [child.to_dict() for child in self.children],
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The changes between two versions, in the new version's order (removed ones where they stood)."""

    old_path: str
    new_path: str
    changes: tuple[Change, ...]
    threshold: float = DEFAULT_THRESHOLD

    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(CHANGE_KINDS, 0)
        for change in self.changes:
            counts[change.kind] += 1
        return counts

    def changed(self) -> list[Change]:
        return [change for change in self.changes if change.kind != "unchanged"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "old_path": self.old_path,
            "new_path": self.new_path,
            "threshold": self.threshold,
            "summary": self.summary(),
            "changes": [change.to_dict() for change in self.changes],
        }


# --------------------------------------------------------------------------------------------------------------
# Units of comparison
# --------------------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Unit:
    id: str
    kind: str
    number: str | None
    label: str
    text: str  # the provision's text as written, trailing blank space removed
    flat: str  # whitespace collapsed: identical texts compare equal
    digest: str  # hash of the content without the label and Markdown markup: finds renumbered twins
    words: list[str]
    container: tuple[str, ...]
    provision: Provision | None
    heading: str = ""  # the epigraph, lower-cased and collapsed: a rewritten article usually keeps it


def _unit(provision: Provision, text: str, container: tuple[str, ...]) -> _Unit:
    raw = text[provision.span.start : provision.span.end].rstrip()
    content_start = provision.heading_span.start if provision.heading_span else provision.body.start
    content_start = min(max(content_start, provision.span.start), provision.span.end)
    content = _MARKUP.sub(" ", text[content_start : provision.span.end])
    flat_content = _SPACE.sub(" ", content).strip()
    return _Unit(
        id=provision.id,
        kind=provision.kind,
        number=provision.number,
        label=provision.label,
        text=raw,
        flat=_SPACE.sub(" ", raw).strip(),
        digest=hashlib.blake2b(flat_content.encode("utf-8"), digest_size=16).hexdigest(),
        words=_WORD.findall(flat_content.lower()),
        container=container,
        provision=provision,
        heading=_SPACE.sub(" ", provision.heading or "").strip(" .").lower(),
    )


def _collect(provisions: Sequence[Provision], text: str, kinds: frozenset[str], top: bool) -> list[_Unit]:
    """Provisions of ``kinds`` found walking the tree, not descending into those found (their children are theirs)."""
    units: list[_Unit] = []

    def walk(level: Sequence[Provision], container: tuple[str, ...]) -> None:
        for provision in level:
            if provision.kind in kinds:
                units.append(_unit(provision, text, container))
            else:
                signature = _container_signature(provision, text) if top else ()
                walk(provision.children, container + signature)

    walk(provisions, ())
    return units


def _container_signature(provision: Provision, text: str) -> tuple[str, ...]:
    """How a título/capítulo is recognised across versions: its heading (numbers shift when chapters are inserted)."""
    if provision.kind in ("libro", "parte", "titulo", "capitulo", "seccion"):
        heading = provision.heading or provision.label or provision.id
        return (f"{provision.kind}:{_SPACE.sub(' ', heading).strip().lower()}",)
    return ()


def _preamble(document: Document) -> _Unit | None:
    first = min((p.span.start for p in document.provisions), default=len(document.text))
    first = document.text.rfind("\n", 0, first) + 1 if first < len(document.text) else first
    raw = document.text[document.body_start : max(first, document.body_start)].strip()
    if not raw:
        return None
    flat = _SPACE.sub(" ", raw)
    return _Unit(
        id="preambulo",
        kind="preambulo",
        number=None,
        label="",
        text=raw,
        flat=flat,
        digest=hashlib.blake2b(flat.encode("utf-8"), digest_size=16).hexdigest(),
        words=_WORD.findall(flat.lower()),
        container=(),
        provision=None,
    )


# --------------------------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------------------------


def _same_number(a: _Unit, b: _Unit) -> bool:
    if a.number is not None or b.number is not None:
        return _norm_number(a.number) == _norm_number(b.number)
    return a.id.rsplit("__", 1)[-1] == b.id.rsplit("__", 1)[-1]


def _norm_number(number: str | None) -> str | None:
    return number.strip().lower() if number is not None else None


def _ratio(a: list[str], b: list[str]) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _match(
    old: list[_Unit], new: list[_Unit], threshold: float, match_headings: bool = False
) -> dict[int, tuple[int, float]]:
    """new index → (old index, similarity) for every matched pair."""
    pairs: dict[int, tuple[int, float]] = {}
    used_old: set[int] = set()
    # 1. Same id, same content: the bulk of any two nearby versions.
    old_by_id = {unit.id: index for index, unit in enumerate(old)}
    for j, unit in enumerate(new):
        i = old_by_id.get(unit.id)
        if i is not None and old[i].digest == unit.digest:
            pairs[j] = (i, 1.0)
            used_old.add(i)
    # 2. Same content elsewhere (renumbered or moved twins), in order, the same number first.
    by_digest: dict[str, list[int]] = {}
    for i, unit in enumerate(old):
        if i not in used_old:
            by_digest.setdefault(unit.digest, []).append(i)
    for j, unit in enumerate(new):
        if j in pairs or unit.digest not in by_digest:
            continue
        candidates = [i for i in by_digest[unit.digest] if i not in used_old]
        if not candidates:
            continue
        i = next((c for c in candidates if _same_number(old[c], unit)), candidates[0])
        pairs[j] = (i, 1.0)
        used_old.add(i)
    # 3. Similar content, first between anchors (the unmatched provisions in the same gap between two matched ones
    #    are almost always the edited versions of each other), then anywhere.
    anchors = [(j, pairs[j][0]) for j in sorted(pairs)]
    keep = _in_order(anchors)
    anchors = [(-1, -1)] + [pair for pair in anchors if pair[0] in keep] + [(len(new), len(old))]
    for (j0, i0), (j1, i1) in zip(anchors, anchors[1:], strict=False):
        gap_old = [i for i in range(i0 + 1, i1) if i not in used_old]
        gap_new = [j for j in range(j0 + 1, j1) if j not in pairs]
        if gap_old and gap_new:
            _assign(old, new, gap_old, gap_new, threshold, pairs, used_old, windowed=False)
    rest_old = [i for i in range(len(old)) if i not in used_old]
    rest_new = [j for j in range(len(new)) if j not in pairs]
    if rest_old and rest_new:
        windowed = len(rest_old) * len(rest_new) > _FULL_MATRIX_LIMIT
        _assign(old, new, rest_old, rest_new, threshold, pairs, used_old, windowed=windowed)
    # 4. Rewritten beyond recognition but under the same epigraph ("Requisitos de admisión"): a lawyer reads that as
    #    the same article modified, not one removed and another added. Only epigraphs unique on both sides count.
    if match_headings:
        _match_by_heading(old, new, pairs, used_old)
    return pairs


def _match_by_heading(
    old: list[_Unit], new: list[_Unit], pairs: dict[int, tuple[int, float]], used_old: set[int]
) -> None:
    old_headings: dict[str, list[int]] = {}
    for i, unit in enumerate(old):
        if unit.heading:
            old_headings.setdefault(unit.heading, []).append(i)
    new_headings: dict[str, list[int]] = {}
    for j, unit in enumerate(new):
        if unit.heading:
            new_headings.setdefault(unit.heading, []).append(j)
    for heading, js in new_headings.items():
        i_list = old_headings.get(heading, [])
        if len(js) != 1 or len(i_list) != 1:
            continue
        j, i = js[0], i_list[0]
        if j in pairs or i in used_old or old[i].kind != new[j].kind:
            continue
        pairs[j] = (i, _ratio(old[i].words, new[j].words))
        used_old.add(i)


def _assign(
    old: list[_Unit],
    new: list[_Unit],
    rest_old: list[int],
    rest_new: list[int],
    threshold: float,
    pairs: dict[int, tuple[int, float]],
    used_old: set[int],
    windowed: bool,
) -> None:
    """Greedy assignment by score (ratio, plus a small bonus for keeping the number), pairs at or above threshold."""
    scored: list[tuple[float, int, int, float]] = []
    for j in rest_new:
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(new[j].words)
        position = j / max(len(new), 1)
        for i in rest_old:
            same = _same_number(old[i], new[j])
            if windowed and not same and abs(i / max(len(old), 1) - position) * len(new) > _WINDOW:
                continue
            matcher.set_seq1(old[i].words)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            ratio = matcher.ratio() if (old[i].words or new[j].words) else 1.0
            if ratio >= threshold:
                scored.append((ratio + (SAME_NUMBER_BONUS if same else 0.0), j, i, ratio))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    for _score, j, i, ratio in scored:
        if j in pairs or i in used_old:
            continue
        pairs[j] = (i, ratio)
        used_old.add(i)


def _in_order(matched: list[tuple[int, int]]) -> set[int]:
    """New indices of the longest run of matched pairs that kept their relative order (the rest moved)."""
    # Longest increasing subsequence of old indices, taken in new order (patience sorting, O(n log n)).
    import bisect

    tails: list[int] = []
    tail_at: list[int] = []
    previous: dict[int, int | None] = {}
    for position, (_j, i) in enumerate(matched):
        k = bisect.bisect_left(tails, i)
        if k == len(tails):
            tails.append(i)
            tail_at.append(position)
        else:
            tails[k] = i
            tail_at[k] = position
        previous[position] = tail_at[k - 1] if k > 0 else None
    keep: set[int] = set()
    cursor: int | None = tail_at[-1] if tail_at else None
    while cursor is not None:
        keep.add(matched[cursor][0])
        cursor = previous[cursor]
    return keep


# --------------------------------------------------------------------------------------------------------------
# Comparing
# --------------------------------------------------------------------------------------------------------------


def compare_documents(
    old: Document, new: Document, threshold: float = DEFAULT_THRESHOLD, match_headings: bool = True
) -> Comparison:
    """Article-level comparison of two versions of a document.

    Args:
        old: the earlier version. new: the later version.
        threshold: least similarity (0–1, difflib ratio on word tokens) for two differently numbered or edited
            provisions to count as the same one.
        match_headings: after matching by content, pair the provisions left over that carry the same epigraph
            (unique on both sides) as one rewritten provision.

    Example:
        >>> from regdesign.parse import parse_document
        >>> a = parse_document("Artículo 1. Uno.\\n\\nArtículo 2. Dos.\\n")
        >>> b = parse_document("Artículo 1. Uno.\\n\\nArtículo 2. Nuevo.\\n\\nArtículo 3. Dos.\\n")
        >>> [c.kind for c in compare_documents(a, b).changes]
        ['unchanged', 'added', 'renumbered']
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError("threshold must be in (0, 1]")
    old_units = _collect(old.provisions, old.text, UNIT_KINDS, top=True)
    new_units = _collect(new.provisions, new.text, UNIT_KINDS, top=True)
    changes: list[Change] = []
    old_pre, new_pre = _preamble(old), _preamble(new)
    if old_pre is not None or new_pre is not None:
        changes.extend(_compare_units([old_pre] if old_pre else [], [new_pre] if new_pre else [], old, new, 0.0))
    changes.extend(_compare_units(old_units, new_units, old, new, threshold, match_headings))
    return Comparison(old_path=old.path, new_path=new.path, changes=tuple(changes), threshold=threshold)


def _compare_units(
    old_units: list[_Unit],
    new_units: list[_Unit],
    old: Document,
    new: Document,
    threshold: float,
    match_headings: bool = False,
) -> list[Change]:
    pairs = (
        _match(old_units, new_units, threshold, match_headings) if threshold > 0 else _match_all(old_units, new_units)
    )
    matched = [(j, pairs[j][0]) for j in range(len(new_units)) if j in pairs]
    in_order = _in_order(matched)
    matched_old = {i for _j, i in matched}
    changes: list[Change] = []
    next_removed = 0

    def flush_removed(limit: int) -> None:
        nonlocal next_removed
        while next_removed < limit:
            if next_removed not in matched_old:
                changes.append(_removed(old_units[next_removed]))
            next_removed += 1

    next_old = [len(old_units)] * (len(new_units) + 1)  # old index of the next in-order pair at or after j
    for j in range(len(new_units) - 1, -1, -1):
        next_old[j] = pairs[j][0] if j in pairs and j in in_order else next_old[j + 1]
    for j, unit in enumerate(new_units):
        if j not in pairs:
            flush_removed(next_old[j])  # a removed provision comes before the one added in its place
            changes.append(_added(unit))
            continue
        i, ratio = pairs[j]
        if j in in_order:
            flush_removed(i)
        changes.append(_paired(old_units[i], unit, ratio, j not in in_order, old, new, threshold))
    flush_removed(len(old_units))
    return changes


def _match_all(old_units: list[_Unit], new_units: list[_Unit]) -> dict[int, tuple[int, float]]:
    """Pairs units one to one in order (the preamble: there is at most one on each side)."""
    return {j: (j, _ratio(old_units[j].words, new_units[j].words)) for j in range(min(len(old_units), len(new_units)))}


def _added(unit: _Unit) -> Change:
    return Change(
        kind="added",
        provision_kind=unit.kind,
        old_id=None,
        new_id=unit.id,
        new_label=unit.label,
        new_text=unit.text,
        similarity=0.0,
        text_changed=True,
        redline=(("insert", unit.text),),
    )


def _removed(unit: _Unit) -> Change:
    return Change(
        kind="removed",
        provision_kind=unit.kind,
        old_id=unit.id,
        new_id=None,
        old_label=unit.label,
        old_text=unit.text,
        similarity=0.0,
        text_changed=True,
        redline=(("delete", unit.text),),
    )


def _paired(a: _Unit, b: _Unit, ratio: float, out_of_order: bool, old: Document, new: Document, t: float) -> Change:
    identical = a.flat == b.flat
    if not _same_number(a, b):
        kind = "renumbered"
    elif not identical:
        kind = "modified"
    elif out_of_order or a.container != b.container:
        kind = "moved"
    else:
        kind = "unchanged"
    children: tuple[Change, ...] = ()
    if a.digest != b.digest and a.provision is not None and b.provision is not None:
        old_children = _collect(a.provision.children, old.text, CHILD_KINDS, top=False)
        new_children = _collect(b.provision.children, new.text, CHILD_KINDS, top=False)
        children = tuple(_compare_units(old_children, new_children, old, new, t))
    return Change(
        kind=kind,
        provision_kind=b.kind,
        old_id=a.id,
        new_id=b.id,
        old_label=a.label,
        new_label=b.label,
        old_text=a.text,
        new_text=b.text,
        similarity=1.0 if identical else ratio,
        text_changed=(a.digest != b.digest) if kind == "renumbered" else not identical,
        redline=() if a.text == b.text else redline(a.text, b.text),
        children=children,
    )


def redline(old_text: str, new_text: str) -> Redline:
    """Word-level differences: ``(op, text)`` segments with op ``equal``, ``delete`` or ``insert``."""
    a = _TOKEN.findall(old_text)
    b = _TOKEN.findall(new_text)
    segments: list[tuple[str, str]] = []

    def push(op: str, text: str) -> None:
        if not text:
            return
        if segments and segments[-1][0] == op:
            segments[-1] = (op, segments[-1][1] + text)
        elif op == "delete" and len(segments) >= 2 and segments[-1][0] == "insert" and segments[-2][0] == "delete":
            segments[-2] = (op, segments[-2][1] + text)  # keep one delete before one insert per change
        else:
            segments.append((op, text))

    # The common head and tail are cut first (a renumbered article differs in one token near its start), and blank
    # tokens are junk to the matcher (they would be its most frequent keys): both keep long articles fast.
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    matcher = difflib.SequenceMatcher(str.isspace, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False)
    opcodes = [("equal", 0, head, 0, head)] if head else []
    opcodes += [(tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    if tail:
        opcodes.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        # Blank space alone between two changes joins them: "~~reglas propias~~", not "~~reglas~~ ~~propias~~".
        bridge = tag == "equal" and 0 < index < len(opcodes) - 1 and all(token.isspace() for token in a[i1:i2])
        if tag == "equal" and not bridge:
            push("equal", "".join(a[i1:i2]))
        else:
            push("delete", "".join(a[i1:i2]))
            push("insert", "".join(b[j1:j2]))
    return tuple(segments)


def iter_changes(comparison: Comparison) -> Iterator[tuple[int, Change]]:
    """(depth, change) for every change and its children, depth first."""

    def walk(changes: Sequence[Change], depth: int) -> Iterator[tuple[int, Change]]:
        for change in changes:
            yield depth, change
            yield from walk(change.children, depth + 1)

    yield from walk(comparison.changes, 0)


# --------------------------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------------------------


def _plain(name: str) -> str:
    return name


def _code(name: str) -> str:
    return "`" + name.replace("`", "").replace("|", "\\|") + "`"


def _describe(change: Change, ident: Any = _plain) -> str:
    """One Spanish line: what happened to the provision (``ident`` formats provision ids)."""
    kind = KIND_LABELS_ES[change.kind]
    if change.kind == "renumbered":
        text = f"{kind}: {ident(change.old_id or '')} → {ident(change.new_id or '')}"
        if change.text_changed:
            text += " (con cambios de texto)"
        return text
    return f"{kind}: {ident(change.id)}"


def _children_summary(change: Change, ident: Any = _plain) -> list[str]:
    lines = []
    for child in change.children:
        if child.kind == "unchanged":
            continue
        name = PROVISION_LABELS_ES.get(child.provision_kind, child.provision_kind)
        lines.append(f"{name} {ident(child.id)}: {KIND_LABELS_ES[child.kind].lower()}")
    return lines


def _summary_line(comparison: Comparison) -> str:
    counts = comparison.summary()
    return ", ".join(f"{KIND_LABELS_ES[kind].lower()}: {counts[kind]}" for kind in CHANGE_KINDS)


def comparison_to_json(comparison: Comparison) -> dict[str, Any]:
    """The comparison as JSON-able data (every change, unchanged ones included)."""
    return comparison.to_dict()


def comparison_to_text(comparison: Comparison, include_unchanged: bool = False) -> str:
    """Plain text for a terminal: one block per change, redline as ``[-borrado-]{+insertado+}``."""
    marks = {"added": "+", "removed": "-", "modified": "~", "moved": ">", "renumbered": "#", "unchanged": "="}
    lines = [f"Texto comparado: {comparison.old_path} → {comparison.new_path}", f"Resumen: {_summary_line(comparison)}"]
    for change in comparison.changes:
        if change.kind == "unchanged" and not include_unchanged:
            continue
        lines.append("")
        lines.append(f"{marks[change.kind]} {_describe(change)}")
        lines.extend(f"    · {line}" for line in _children_summary(change))
        if change.kind == "unchanged":
            continue
        body = "".join(
            text if op == "equal" else f"[-{text}-]" if op == "delete" else f"{{+{text}+}}"
            for op, text in change.redline
        )
        if not body:
            body = change.new_text or change.old_text or ""
        lines.extend(f"    {line}" for line in body.splitlines())
    return "\n".join(lines) + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#&])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_cell_lines(text: str) -> str:
    """A table cell: escaped, blank lines dropped, line breaks as ``<br>`` (pipe tables hold one line)."""
    return "<br>".join(line for line in (part.strip() for part in text.splitlines()) if line)


def _md_wrap(text: str, marker: str) -> str:
    """``marker``-wrapped text, per line, with surrounding spaces kept outside (else Markdown ignores the marks)."""
    out = []
    for piece in re.split(r"(\n)", text):
        if piece == "\n" or not piece.strip():
            out.append(piece)
            continue
        core = piece.strip()
        lead = piece[: len(piece) - len(piece.lstrip())]
        trail = piece[len(piece.rstrip()) :]
        out.append(f"{lead}{marker}{_md_escape(core)}{marker}{trail}")
    return "".join(out)


def _md_redline(change: Change) -> str:
    parts = []
    for op, text in change.redline:
        if op == "equal":
            parts.append(_md_escape(text))
        elif op == "delete":
            parts.append(_md_wrap(text, "~~"))
        else:
            parts.append(_md_wrap(text, "**"))
    return "".join(parts)


def comparison_to_markdown(comparison: Comparison, include_unchanged: bool = False) -> str:
    """A "texto comparado" table — Texto anterior | Texto nuevo | Cambio — with ~~borrado~~ and **insertado**."""
    lines = [
        "## Texto comparado",
        "",
        f"`{comparison.old_path}` → `{comparison.new_path}`" if comparison.old_path != comparison.new_path else "",
        "",
        f"**Resumen:** {_md_escape(_summary_line(comparison))}",
        "",
        "| Texto anterior | Texto nuevo | Cambio |",
        "| --- | --- | --- |",
    ]
    if comparison.old_path == comparison.new_path:
        lines[2] = f"`{comparison.new_path}`" if comparison.new_path else ""
    for change in comparison.changes:
        if change.kind == "unchanged" and not include_unchanged:
            continue
        old_cell = _md_escape(change.old_text or "")
        if change.kind in ("added", "removed", "unchanged") or not change.redline:
            new_cell = _md_escape(change.new_text or "")
        else:
            new_cell = _md_redline(change)
        note = "<br>".join([_describe(change, _code), *_children_summary(change, _code)])
        lines.append(f"| {_md_cell_lines(old_cell)} | {_md_cell_lines(new_cell)} | {note} |")
    return "\n".join(lines) + "\n"


_HTML_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1b1b1b; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #bbb; padding: .5rem; vertical-align: top; text-align: left; }
td.text { white-space: pre-wrap; }
th { background: #eef2f5; }
del { background: #fde2e2; color: #8a1f11; }
ins { background: #dcf5dc; color: #1d5e20; text-decoration: underline; }
tr.added td.change { color: #1d5e20; } tr.removed td.change { color: #8a1f11; }
"""


def _html_redline(change: Change) -> str:
    out = []
    for op, text in change.redline:
        escaped = html.escape(text, quote=True)
        out.append(escaped if op == "equal" else f"<del>{escaped}</del>" if op == "delete" else f"<ins>{escaped}</ins>")
    return "".join(out)


def comparison_to_html(comparison: Comparison, include_unchanged: bool = False, title: str | None = None) -> str:
    """A self-contained HTML page (inline CSS, no scripts); every text from a document is escaped."""
    esc = html.escape
    heading = title or f"Texto comparado: {comparison.old_path} → {comparison.new_path}"
    rows = []
    for change in comparison.changes:
        if change.kind == "unchanged" and not include_unchanged:
            continue
        new_cell = (
            _html_redline(change)
            if change.kind not in ("added", "removed", "unchanged") and change.redline
            else esc(change.new_text or "")
        )
        notes = "".join(f"<li>{esc(line)}</li>" for line in _children_summary(change))
        rows.append(
            f'<tr class="{esc(change.kind)}" id="{esc(change.id, quote=True)}">'
            f'<td class="text">{esc(change.old_text or "")}</td>'
            f'<td class="text">{new_cell}</td>'
            f'<td class="change">{esc(_describe(change))}{f"<ul>{notes}</ul>" if notes else ""}</td></tr>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="es">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(heading)}</title>\n<style>{_HTML_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{esc(heading)}</h1>\n<p>{esc('Resumen: ' + _summary_line(comparison))}</p>\n"
        "<table>\n<thead><tr><th>Texto anterior</th><th>Texto nuevo</th><th>Cambio</th></tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody>\n</table>\n</body>\n</html>\n"
    )


def comparison_to_docx(
    comparison: Comparison, out_path: str | os.PathLike[str], include_unchanged: bool = False
) -> Path:
    """Writes the "texto comparado" as DOCX through :mod:`regdesign.render` (the only module that runs pandoc).

    Raises:
        InputError: pandoc failed or the file cannot be written.
    """
    from regdesign.errors import RegdesignError
    from regdesign.render import render_markdown_to

    target = Path(out_path)
    markdown = comparison_to_markdown(comparison, include_unchanged=include_unchanged)
    title = markdown.splitlines()[0].lstrip("# ").strip() if markdown else "Texto comparado"
    try:
        return render_markdown_to(markdown, "docx", target, title=title, metadata={"subject": "Texto comparado"})
    except (OSError, RegdesignError) as error:
        raise InputError(f"no se pudo escribir {target}: {error} / could not write the DOCX file") from None
