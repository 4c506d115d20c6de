"""The annotation contract of the gold references (../shared/corpus/gold/verify.py), re-implemented once for the
held-out reference tests so that they run from a fresh clone: the contract's constants, its ``in_note`` rule, loaders
of a set's ``<name>.txt`` / ``<name>.gold.jsonl`` pairs and ONE checker, ``contract_errors``, that returns every
violation of a text/gold pair as a list of error strings (empty when the pair is well-formed)."""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path

TYPES = {
    "ley",
    "ley estatutaria",
    "decreto",
    "decreto ley",
    "decreto legislativo",
    "resolución",
    "acuerdo",
    "acto legislativo",
    "circular",
    "conpes",
    "constitución",
    "código",
    "estatuto",
    "sentencia",
    "otro",
}
NUMBERED = TYPES - {"acuerdo", "circular", "conpes", "constitución", "código", "estatuto", "otro"}  # need a number
REQUIRED = ["start", "end", "text", "scope", "type", "number", "year", "article"]
OPTIONAL = {"articles", "sub", "relative", "note", "doubt"}
RELATIVE = {"anterior", "presente", "siguiente"}
ARTICLE_RE = re.compile(r"^\d+(?:[.\-]\d+)*[A-Z]?$")


def in_note(text: str, s: int, e: int) -> bool:
    """True when [s, e) lies inside a compiler note <...> on its line (same rule as verify.py)."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le == -1 else le
    before = text[ls:s]
    if not before.rfind("<") > before.rfind(">"):
        return False
    nxt_gt = text.find(">", e, le)
    nxt_lt = text.find("<", e, le)
    return nxt_gt != -1 and (nxt_lt == -1 or nxt_gt < nxt_lt)


def set_names(folder: Path) -> tuple[set[str], set[str]]:
    """(names of the ``.txt`` files, names of the ``.gold.jsonl`` files) of a held-out folder."""
    texts = {p.name[: -len(".txt")] for p in folder.glob("*.txt")}
    golds = {p.name[: -len(".gold.jsonl")] for p in folder.glob("*.gold.jsonl")}
    return texts, golds


def load_text(folder: Path, name: str) -> str:
    """The text of ``<name>.txt`` (UTF-8, as a str: gold offsets are code-point indices into it)."""
    return (folder / f"{name}.txt").read_text(encoding="utf-8")


def load_gold(folder: Path, name: str) -> list[dict]:
    """The gold references of ``<name>.gold.jsonl``, one JSON object a line (an empty line is an error)."""
    lines = (folder / f"{name}.gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def contract_errors(text: str, refs: list[dict]) -> list[str]:
    """Every violation of the gold contract (verify.py's checks) in one text/gold pair."""
    errors = []
    for n, d in enumerate(refs, 1):
        missing = [k for k in REQUIRED if k not in d]
        unknown = [k for k in d if k not in REQUIRED and k not in OPTIONAL]
        if missing or unknown:
            errors.append(f"{n}: missing {missing} unknown {unknown}")
            continue
        s, e = d["start"], d["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errors.append(f"{n}: bad offsets {s},{e}")
            continue
        span = d["text"]
        if text[s:e] != span:
            errors.append(f"{n}: text mismatch {span!r} != {text[s:e]!r}")
        if span != span.strip():
            errors.append(f"{n}: surrounding whitespace")
        if re.match(r"(?i)(el|la|los|las)\s", span):
            errors.append(f"{n}: starts with a definite article {span!r}")
        sc, ty, num, yr, art = d["scope"], d["type"], d["number"], d["year"], d["article"]
        if sc == "external":
            if ty not in TYPES:
                errors.append(f"{n}: bad type {ty!r}")
            if ty in NUMBERED and not num:
                errors.append(f"{n}: numbered type without number")
            if ty in ("constitución", "código", "estatuto") and num is not None:
                errors.append(f"{n}: {ty} with a number")
        elif sc == "internal":
            if ty is not None or num is not None or yr is not None:
                errors.append(f"{n}: internal ref with type/number/year")
        else:
            errors.append(f"{n}: bad scope {sc!r}")
        if num is not None:
            pattern = r"[A-Z]{1,3}-\d+(?:[A-Z])?" if ty == "sentencia" else r"[1-9]\d*"
            if not (isinstance(num, str) and re.fullmatch(pattern, num)):
                errors.append(f"{n}: bad number {num!r}")
        if yr is not None and not (isinstance(yr, int) and 1800 <= yr <= 2100):
            errors.append(f"{n}: bad year {yr!r}")
        if art is not None and not (isinstance(art, str) and ARTICLE_RE.match(art)):
            errors.append(f"{n}: bad article {art!r}")
        if "articles" in d:
            arts = d["articles"]
            if not (
                isinstance(arts, list)
                and len(arts) >= 2
                and all(isinstance(a, str) and ARTICLE_RE.match(a) for a in arts)
            ):
                errors.append(f"{n}: bad articles {arts!r}")
            elif arts[0] != art or len(set(arts)) != len(arts):
                errors.append(f"{n}: articles[0] != article or duplicates")
        if "sub" in d and not (isinstance(d["sub"], str) and d["sub"].strip()):
            errors.append(f"{n}: bad sub")
        if "relative" in d and (d["relative"] not in RELATIVE or sc != "internal"):
            errors.append(f"{n}: bad relative {d['relative']!r}")
        if "doubt" in d and not (isinstance(d["doubt"], str) and d["doubt"].strip()):
            errors.append(f"{n}: bad doubt")
        if "note" in d and d["note"] is not True:
            errors.append(f"{n}: note must be true when present")
        if in_note(text, s, e) != bool(d.get("note")):
            errors.append(f"{n}: note flag disagrees with <...> position")
    for a, b in zip(refs, refs[1:], strict=False):
        if (a["start"], a["end"]) > (b["start"], b["end"]):
            errors.append(f"not sorted at {b['start']}")
        if b["start"] < a["end"]:
            errors.append(f"overlap {a['text']!r} / {b['text']!r}")
    return errors


def verify_failures(shared_corpus: Path, folder: Path, names) -> list[str]:  # noqa: ANN001 - any iterable of names
    """The pairs of ``folder`` that the contract's own ``verify.py`` (in ../shared) rejects, with its output."""
    import subprocess
    import sys

    verify = shared_corpus / "gold" / "verify.py"
    failures = []
    for name in sorted(names):
        proc = subprocess.run(
            [sys.executable, str(verify), str(folder / f"{name}.txt"), str(folder / f"{name}.gold.jsonl")],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or ": OK" not in proc.stdout:
            failures.append(f"{name}: {proc.stdout}{proc.stderr}")
    return failures


def extractor_f1(folder: Path, names, level: str) -> float:  # noqa: ANN001 - any iterable of names
    """F1 at ``level`` (a, b or c, as the contract's scorer) of the extractor on the pairs of ``folder``."""
    from refscore import f1

    from regdesign.nlp.references import extract_references

    pairs = []
    for name in sorted(names):
        pairs.append((load_gold(folder, name), [r.to_dict() for r in extract_references(load_text(folder, name))]))
    return f1(pairs, level)


def file_errors(folder: Path, name: str) -> list[str]:
    """Hygiene of one pair's files: UTF-8 without ``\\r`` and without leftover annotation markup (⟦ ‖ ⟧) in the text;
    a gold file ending in a newline, without empty lines."""
    errors = []
    raw = (folder / f"{name}.txt").read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return [f"{name}.txt is not UTF-8: {error}"]
    if b"\r" in raw:
        errors.append(f"{name}.txt has \\r")
    if any(mark in text for mark in "⟦‖⟧"):
        errors.append(f"{name}.txt keeps annotation markup")
    lines = (folder / f"{name}.gold.jsonl").read_text(encoding="utf-8").split("\n")
    if lines[-1] != "":
        errors.append(f"{name}.gold.jsonl does not end in a newline")
    if not all(line.strip() for line in lines[:-1]):
        errors.append(f"{name}.gold.jsonl has an empty line")
    return errors


def readme_errors(folder: Path, names, date: str = "2026-11-30") -> list[str]:  # noqa: ANN001 - any iterable
    """A set's README: dated ``date`` (the day it was written), says it is blind, names every text, and its ``| **total**`` row gives the
    set's reference and character counts."""
    readme = (folder / "README.md").read_text(encoding="utf-8")
    errors = [f"README lacks {word!r}" for word in (date, "blind") if word not in readme]
    errors += [f"README does not name {name}.txt" for name in sorted(names) if f"`{name}.txt`" not in readme]
    total_row = next((line for line in readme.splitlines() if line.startswith("| **total**")), "")
    refs = sum(len(load_gold(folder, name)) for name in names)
    chars = sum(len(load_text(folder, name)) for name in names)
    for count in (f"**{refs}**", f"**{chars:,}**"):
        if count not in total_row:
            errors.append(f"README total row lacks {count}")
    return errors


def type_mix(folder: Path, names) -> dict:  # noqa: ANN001 - any iterable of names
    """What a set's type-mix test asserts on, over all its texts: ``types`` (a Counter of external types), ``lists``
    (references with an article list), ``decimal`` (DUR decimal articles), ``longest`` (the longest expanded article
    list) and ``relatives`` (the set of internal references' relative words)."""
    refs = [r for name in names for r in load_gold(folder, name)]
    return {
        "types": collections.Counter(r["type"] for r in refs if r["scope"] == "external"),
        "lists": sum(1 for r in refs if "articles" in r),
        "decimal": sum(1 for r in refs if r["article"] and "." in r["article"]),
        "longest": max(len(r.get("articles", ())) for r in refs),
        "relatives": {r.get("relative") for r in refs if r["scope"] == "internal"},
    }
