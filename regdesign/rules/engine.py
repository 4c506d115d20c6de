"""The rule engine: loads YAML rule packs, applies configuration, and runs rules over a Document → Findings.

This module owns rule packs as data (``regdesign/rules/*.yml`` plus extra directories), their validation against
``schema.json``, the ``[tool.regdesign]`` configuration of rules (select / ignore / per-rule overrides), the named
front-matter predicates, and the conversion of matches and check hits into :class:`~regdesign.model.Finding`.
Text matching itself lives in :mod:`regdesign.nlp.barriers` (the ``regdesign_barriers`` component).

Guarantees:

* a broken pack raises :class:`~regdesign.errors.ConfigError` naming the file and, when it can, the rule id;
* text rules run on the body only (never the front matter), one paragraph at a time, and every finding's
  ``document.text[start:end]`` is the words that triggered it; predicate rules point at the front-matter key;
* ``RuleSet.version`` changes whenever a pack's content or the effective configuration changes (a cache key);
* speed: paragraphs are split without a per-character regex, a paragraph none of whose words can trigger a text
  rule is skipped before any tokenizing or regex (see :mod:`regdesign.nlp.barriers`), and lines and provisions of
  findings are located incrementally; the findings are those of matching every paragraph with every rule.

Example:
    >>> ruleset = load_rules()
    >>> [f.rule for f in analyze_text("Se exigirá copia autenticada de la cédula.", ruleset, "decreto")][:1]
    ['ANTITRAMITES-ART25-AUTENTICADOS']
"""

from __future__ import annotations

import bisect
import hashlib
import importlib
import itertools
import json
import pkgutil
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from regdesign.calendar import as_date
from regdesign.errors import ConfigError
from regdesign.files import load_yaml
from regdesign.model import SEVERITY_RANK, Document, Finding, LineIndex
from regdesign.native import package_dir
from regdesign.nlp import patterncache
from regdesign.nlp.barriers import BarrierMatcher, fold_accents, parse_number
from regdesign.rules.checks import CHECKS, Hit

PACKS_DIR = package_dir("regdesign.rules")  # not __file__: see regdesign.native.package_dir
SCHEMA_PATH = PACKS_DIR / "schema.json"
MATCHER_KINDS = ("phrases", "patterns", "regex", "predicate", "check")
TEXT_KINDS = ("phrases", "patterns", "regex")
# Categories whose findings are regulatory or access barriers (the others are drafting quality).
BARRIER_CATEGORY_PREFIXES = ("OCDE-", "ANTITRAMITES", "CONTRATACION", "TRANSFORMACION-DIGITAL")
# Paragraphs longer than this are cut at line breaks before tokenizing (plain-text laws have few blank lines).
MAX_UNIT_CHARS = 4000


def is_barrier_category(category: str) -> bool:
    """True for OECD, anti-red-tape, procurement and digital-transformation categories."""
    return category.startswith(BARRIER_CATEGORY_PREFIXES)


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a pack, after configuration. ``matcher`` is one of :data:`MATCHER_KINDS`; ``spec`` its value."""

    id: str
    category: str
    severity: str
    message_es: str
    message_en: str
    basis: str
    suggestion: str
    matcher: str
    spec: Any
    pack: str
    source: str
    applies_to: tuple[str, ...] = ()
    context: Mapping[str, Any] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)
    flags: tuple[str, ...] = ()
    examples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    enabled: bool = True

    def applies(self, doc_type: str | None) -> bool:
        return not self.applies_to or doc_type in self.applies_to

    def text_spec(self) -> dict[str, Any]:
        """The data the matcher component needs (JSON-able)."""
        spec: dict[str, Any] = {"id": self.id, self.matcher: self.spec, "context": dict(self.context)}
        if self.flags:
            spec["flags"] = list(self.flags)
        if self.options:
            spec["options"] = dict(self.options)
        return spec


class RuleSet:
    """The enabled rules of all packs plus the compiled matcher; ``version`` hashes packs and configuration."""

    def __init__(self, rules: Sequence[Rule], version: str, packs: Mapping[str, str]) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)
        self.version = version
        self.packs = dict(packs)  # pack name → file
        self._by_id = {rule.id: rule for rule in self.rules}
        self._matcher: BarrierMatcher | None = None

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __contains__(self, rule_id: object) -> bool:
        return rule_id in self._by_id

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    def text_rule_specs(self) -> list[dict[str, Any]]:
        return [rule.text_spec() for rule in self.rules if rule.matcher in TEXT_KINDS]

    @property
    def matcher(self) -> BarrierMatcher:
        if self._matcher is None:
            from regdesign.nlp.pipeline import shared_blank_nlp

            self._matcher = BarrierMatcher(shared_blank_nlp(), rules=self.text_rule_specs())
        return self._matcher


# ---------------------------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _schema_bytes() -> bytes:
    return SCHEMA_PATH.read_bytes()


@lru_cache(maxsize=1)
def _schema_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(_schema_bytes().decode("utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def _pack_files(extra_dirs: Sequence[Path]) -> list[Path]:
    files = sorted(PACKS_DIR.glob("*.yml"))
    for entry in extra_dirs:
        entry = Path(entry)
        if entry.is_file():
            files.append(entry)
        elif entry.is_dir():
            files.extend(sorted(entry.glob("*.yml")) + sorted(entry.glob("*.yaml")))
        else:
            raise ConfigError(f"{entry}: rule pack directory not found")
    return files


def _import_check_modules(extra: Iterable[str]) -> None:
    """Import the modules that register checks: every module of ``regdesign.rules`` and any a pack names."""
    import regdesign.rules as package

    names = [f"{package.__name__}.{info.name}" for info in pkgutil.iter_modules(package.__path__)]
    for name in [*names, *extra]:
        if name.endswith((".engine", ".evaluation")):
            continue
        try:
            importlib.import_module(name)
        except ImportError as error:
            if name in extra:
                raise ConfigError(f"cannot import check module {name!r}: {error}") from error


def _rule_id_at(data: Any, path: Sequence[Any]) -> str | None:
    if len(path) >= 2 and path[0] == "rules" and isinstance(data, Mapping):
        rules = data.get("rules")
        if isinstance(rules, list) and isinstance(path[1], int) and path[1] < len(rules):
            rule = rules[path[1]]
            if isinstance(rule, Mapping) and rule.get("id"):
                return str(rule["id"])
            return f"rules[{path[1]}]"
    return None


def _read_pack(path: Path) -> tuple[dict[str, Any], bytes]:
    try:
        raw = path.read_bytes()
        data = load_yaml(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ConfigError(f"{path}: cannot read rule pack: {error}") from error
    # A pack already found valid (same bytes, same schema) is not validated again: it took most of the start.
    digest = hashlib.sha256(_schema_bytes() + b"\0" + raw).hexdigest()
    if patterncache.store().get("valid-pack", digest):
        return data, raw
    errors = sorted(_schema_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if not errors:
        patterncache.store().put("valid-pack", digest, True)
    else:
        first = errors[0]
        where = _rule_id_at(data, list(first.absolute_path))
        location = "/".join(str(part) for part in first.absolute_path) or "(top level)"
        rule_part = f" rule {where}:" if where else ""
        raise ConfigError(f"{path}:{rule_part} invalid rule pack at {location}: {first.message}")
    return data, raw


#: Context keys whose word lists may name a shared list ("@name", from a pack's ``word_lists``).
_LIST_KEYS = ("requires_any", "excludes_any")


def _word_lists(loaded: Sequence[tuple[Path, Mapping[str, Any]]]) -> dict[str, tuple[str, ...]]:
    """The named word lists of every pack (``word_lists: {name: [words]}``): one name space for all packs, so a list
    written once (e.g. the negations that follow a requirement) serves every rule that names it."""
    lists: dict[str, tuple[str, ...]] = {}
    where: dict[str, Path] = {}
    for path, data in loaded:
        for name, words in (data.get("word_lists") or {}).items():
            if name in lists:
                raise ConfigError(f"{path}: word list {name!r} is defined twice (also in {where[name]})")
            lists[name] = tuple(words)
            where[name] = path
    return lists


def _expand_lists(context: Mapping[str, Any], lists: Mapping[str, tuple[str, ...]], where: str) -> dict[str, Any]:
    """``context`` with each "@name" of its word lists replaced, in place, by the words of that shared list."""
    out = dict(context)
    for key in _LIST_KEYS:
        words = out.get(key)
        if not words or not any(word.startswith("@") for word in words):
            continue
        expanded: list[str] = []
        for word in words:
            if word.startswith("@"):
                if word[1:] not in lists:
                    known = ", ".join(f"@{name}" for name in sorted(lists)) or "none"
                    raise ConfigError(f"{where}: unknown word list {word!r} in {key} (known: {known})")
                expanded.extend(lists[word[1:]])
            else:
                expanded.append(word)
        out[key] = expanded
    return out


def _make_rule(
    data: Mapping[str, Any], pack: str, source: Path, lists: Mapping[str, tuple[str, ...]] | None = None
) -> Rule:
    kinds = [kind for kind in MATCHER_KINDS if kind in data]
    if len(kinds) != 1:
        raise ConfigError(f"{source}: rule {data['id']}: needs exactly one matcher of {', '.join(MATCHER_KINDS)}")
    kind = kinds[0]
    spec = data[kind]
    rule_id = data["id"]
    if kind == "predicate":
        name = spec["name"]
        if name not in PREDICATES:
            raise ConfigError(f"{source}: rule {rule_id}: unknown predicate {name!r} (known: {', '.join(PREDICATES)})")
    if kind == "check" and spec not in CHECKS:
        raise ConfigError(f"{source}: rule {rule_id}: unknown check {spec!r}; register it with @register_check")
    examples = data.get("examples") or {}
    return Rule(
        id=rule_id,
        category=data["category"],
        severity=data["severity"],
        message_es=data["message"]["es"],
        message_en=data["message"]["en"],
        basis=data.get("basis", ""),
        suggestion=data.get("suggestion", ""),
        matcher=kind,
        spec=spec,
        pack=pack,
        source=str(source),
        applies_to=tuple(data.get("applies_to") or ()),
        context=_expand_lists(data.get("context") or {}, lists or {}, f"{source}: rule {rule_id}"),
        options=dict(data.get("options") or {}),
        flags=tuple(data.get("flags") or ()),
        examples={key: tuple(value) for key, value in examples.items()},
    )


def _prefix_decision(rule: Rule, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Ruff-like: the longest matching prefix among select and ignore decides; a tie goes to ignore."""

    def longest(prefixes: Sequence[str]) -> int:
        best = -1
        for prefix in prefixes:
            if prefix == "ALL" or rule.id.startswith(prefix) or rule.category.startswith(prefix):
                best = max(best, 0 if prefix == "ALL" else len(prefix))
        return best

    selected = longest(select) if select else 0
    ignored = longest(ignore)
    return selected >= 0 and selected > ignored


def _configure(rules: list[Rule], config: Mapping[str, Any]) -> list[Rule]:
    unknown = set(config) - {"select", "ignore", "rules", "extend-select", "extend_select"}
    if unknown:
        raise ConfigError(f"[tool.regdesign] unknown rule settings: {', '.join(sorted(unknown))}")
    lists: dict[str, list[str]] = {}
    for key in ("select", "ignore", "extend-select", "extend_select"):
        value = config.get(key) or []
        if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
            raise ConfigError(f"[tool.regdesign] {key} must be a list of rule ids or categories")
        lists[key] = list(value)
    select = lists["select"] + lists["extend-select"] + lists["extend_select"]
    ignore = lists["ignore"]
    overrides = config.get("rules") or {}
    if not isinstance(overrides, Mapping):
        raise ConfigError("[tool.regdesign] rules must be a table of rule id → settings")
    by_id = {rule.id: rule for rule in rules}
    for rule_id, settings in overrides.items():
        if rule_id not in by_id:
            raise ConfigError(f"[tool.regdesign] rules: unknown rule id {rule_id!r}")
        if not isinstance(settings, Mapping):
            raise ConfigError(f"[tool.regdesign] rules.{rule_id} must be a table")
        rule = by_id[rule_id]
        changes: dict[str, Any] = {}
        options = dict(rule.options)
        for key, value in settings.items():
            if key == "enabled":
                changes["enabled"] = bool(value)
            elif key == "severity":
                if value not in SEVERITY_RANK:
                    raise ConfigError(f"[tool.regdesign] rules.{rule_id}.severity: {value!r} is not error/warning/info")
                changes["severity"] = value
            elif key in options or (rule.matcher == "predicate" and key in rule.spec):
                options[key] = value
            else:
                known = sorted({"enabled", "severity", *options, *(rule.spec if rule.matcher == "predicate" else ())})
                raise ConfigError(
                    f"[tool.regdesign] rules.{rule_id}: unknown option {key!r} (known: {', '.join(known)})"
                )
        by_id[rule_id] = replace(rule, options=options, **changes)
    return [by_id[rule.id] for rule in rules if by_id[rule.id].enabled and _prefix_decision(rule, select, ignore)]


_CACHE: dict[str, RuleSet] = {}


def load_rules(extra_dirs: Sequence[Path] = (), config: Mapping[str, Any] | None = None) -> RuleSet:
    """Load every ``*.yml`` pack of ``regdesign/rules`` and of ``extra_dirs``, validate them and apply ``config``.

    Args:
        extra_dirs: more directories (or files) of packs.
        config: ``{"select": [...], "ignore": [...], "rules": {rule_id: {"enabled": False, "severity": ...,
            option: value}}}`` as read from ``[tool.regdesign]``; select/ignore match prefixes of ids or categories.

    Raises:
        ConfigError: a pack is unreadable or invalid (the message names the file and rule), or ``config`` is wrong.

    Example:
        >>> rs = load_rules(config={"select": ["ANTITRAMITES"]})
        >>> all(rule.category == "ANTITRAMITES" for rule in rs)
        True
    """
    config = dict(config or {})
    files = _pack_files(extra_dirs)
    blobs = []
    for path in files:
        try:
            blobs.append(path.read_bytes())
        except OSError as error:
            raise ConfigError(f"{path}: cannot read rule pack: {error}") from error
    digest = hashlib.sha256()
    for path, blob in zip(files, blobs, strict=True):
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(blob).digest())
    digest.update(json.dumps(config, sort_keys=True, default=str).encode())
    version = digest.hexdigest()[:16]
    if version in _CACHE:
        return _CACHE[version]

    packs: dict[str, str] = {}
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    loaded = [(path, _read_pack(path)[0]) for path in files]
    _import_check_modules([module for _, data in loaded for module in data.get("imports") or ()])
    lists = _word_lists(loaded)
    for path, data in loaded:
        packs[data["pack"]] = str(path)
        for rule_data in data["rules"]:
            rule_id = rule_data["id"]
            if rule_id in seen:
                raise ConfigError(f"{path}: rule {rule_id}: duplicate id (also in {seen[rule_id]})")
            seen[rule_id] = path
            rules.append(_make_rule(rule_data, data["pack"], path, lists))
    _validate_text_rules(rules)
    ruleset = RuleSet(_configure(rules, config), version, packs)
    if len(_CACHE) > 16:
        _CACHE.clear()
    _CACHE[version] = ruleset
    return ruleset


def _validate_text_rules(rules: Sequence[Rule]) -> None:
    """Compile each text rule alone so that a bad regex or token pattern names its file and rule."""
    from regdesign.nlp.pipeline import shared_blank_nlp

    nlp = shared_blank_nlp()
    text_rules = [rule for rule in rules if rule.matcher in TEXT_KINDS]
    for rule in text_rules:
        threshold = rule.context.get("threshold")
        if threshold and threshold.get("option") not in rule.options:
            raise ConfigError(f"{rule.source}: rule {rule.id}: threshold option {threshold.get('option')!r} missing")
    try:  # all at once (the matcher's compiled patterns are kept, so the rule set's own matcher reuses them) ...
        BarrierMatcher(nlp, rules=[rule.text_spec() for rule in text_rules])
        return
    except (re.error, ValueError, KeyError, TypeError):
        pass
    for rule in text_rules:  # ... and one by one only to name the rule that fails
        try:
            BarrierMatcher(nlp, rules=[rule.text_spec()])
        except (re.error, ValueError, KeyError, TypeError) as error:
            raise ConfigError(f"{rule.source}: rule {rule.id}: invalid {rule.matcher}: {error}") from error
    raise ConfigError("the text rules are valid one by one but cannot be compiled together")


# ---------------------------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------------------------


class _SafeParams(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str, params: Mapping[str, Any], safe: _SafeParams | None = None) -> str:
    """``template`` with ``{placeholders}`` filled from ``params`` (unknown ones kept); ``safe``: ``params`` already
    wrapped, so that the messages of one finding share one copy."""
    if "{" not in template and "}" not in template:  # nothing to fill, and no "}}" to unescape
        return template
    try:
        return template.format_map(_SafeParams(params) if safe is None else safe)
    except (ValueError, IndexError, AttributeError):
        return template


_BLANK_LINE_BREAK = re.compile(r"\n(?=[ \t]*\n)")


def _segments(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Paragraphs of ``text[start:end]`` before cutting: the non-empty runs between line breaks that begin a blank
    line (a line break followed by spaces or tabs and another line break)."""
    cursor = start
    for match in _BLANK_LINE_BREAK.finditer(text, start, end):
        if match.start() > cursor:
            yield cursor, match.start()
        cursor = match.end()
    if end > cursor:
        yield cursor, end


def _cut(text: str, unit_start: int, unit_end: int) -> Iterator[tuple[int, int]]:
    """A paragraph as units of at most MAX_UNIT_CHARS, cut at line breaks, else spaces; whitespace-only: nothing."""
    if not text[unit_start:unit_end].strip():
        return
    if unit_end - unit_start <= MAX_UNIT_CHARS:
        yield unit_start, unit_end
        return
    cursor = unit_start
    while cursor < unit_end:
        cut = unit_end if unit_end - cursor <= MAX_UNIT_CHARS else text.rfind("\n", cursor, cursor + MAX_UNIT_CHARS)
        if cut <= cursor:
            cut = text.rfind(" ", cursor, cursor + MAX_UNIT_CHARS)
        if cut <= cursor:
            cut = min(unit_end, cursor + MAX_UNIT_CHARS)
        yield cursor, cut
        cursor = cut


def iter_units(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Paragraph-sized ``[start, end)`` ranges of ``text[start:end]``: split at blank lines, long ones at line breaks."""
    end = min(end, len(text))
    for segment_start, segment_end in _segments(text, start, end):
        yield from _cut(text, segment_start, segment_end)


def run_rules(document: Document, ruleset: RuleSet, *, stats: dict[str, int] | None = None) -> list[Finding]:
    """All findings of ``ruleset`` on ``document``, sorted by position.

    Text rules see the body (``document.text[document.body_start:]``) one paragraph at a time; predicate rules read
    ``document.metadata`` and point at the front-matter key; check rules are called as ``fn(document, options)``.

    Every finding has ``path == document.path`` and the ``line``, ``column`` and ``provision`` that
    :class:`~regdesign.model.LineIndex` and :meth:`Document.provision_at` give for its ``start`` (every start is
    within the text), so callers need not recompute them.

    Speed: a hit's messages are formatted when it is emitted (its params are not kept), but its location and its
    :class:`Finding` are made after the model's echoes are dropped and the hits are sorted, so the locator only moves
    forward (no line index) and no finding is built only to be thrown away.

    ``stats``: when given and text rules ran over the whole body, ``stats["body_words"]`` is set to
    ``len(document.text[document.body_start:].split())`` (counted while splitting paragraphs for the prefilter;
    absent otherwise), so that the check need not split the body again.
    """
    rules = [rule for rule in ruleset.rules if rule.applies(document.type)]
    if not rules:
        return []
    text = document.text
    hits: list[_Hit] = []

    def emit(rule: Rule, start: int, end: int, params: Mapping[str, Any]) -> None:
        safe = _SafeParams(params)
        # a check may give the category, basis and suggestion of what it found (the statistical model does: its
        # rule, MODELO-BARRERA, stands for every barrier category)
        hits.append(
            (
                start,
                end,
                rule.id,
                rule.severity,
                _format(rule.message_es, params, safe),
                _format(rule.message_en, params, safe),
                params.get("_category") or rule.category,
                params.get("_basis") or rule.basis,
                params.get("_suggestion") or _format(rule.suggestion, params, safe),
            )
        )

    active = {rule.id: rule for rule in rules if rule.matcher in TEXT_KINDS}
    if active:
        body_start = min(max(document.body_start, 0), len(text))
        body_words = _run_text_rules(text, body_start, ruleset.matcher, active, emit)
        if stats is not None and body_start == document.body_start:
            stats["body_words"] = body_words
    for rule in rules:
        if rule.matcher == "predicate":
            for start, end, params in _run_predicate(rule, document):
                emit(rule, start, end, params)
        elif rule.matcher == "check":
            fn = CHECKS.get(rule.spec)
            if fn is None:
                raise ConfigError(f"{rule.source}: rule {rule.id}: check {rule.spec!r} is not registered")
            for hit in fn(document, dict(rule.options)) or ():
                if isinstance(hit, Hit) and 0 <= hit.start <= hit.end <= len(text):
                    emit(rule, hit.start, hit.end, hit.params)
    model_rules = {rule.id for rule in rules if rule.matcher == "check" and rule.spec in MODEL_CHECKS}
    if model_rules:
        hits = _drop_model_echoes(hits, model_rules)
    # (start, end, rule id) is Finding.sort_key within one document; the sort is stable, as sorting findings was
    hits.sort(key=_HIT_ORDER)
    return _findings(document, hits)


# A hit before it becomes a Finding: start, end, rule id, severity, message ES, message EN, category, basis,
# suggestion (the rule's data with the hit's params already applied).
_Hit = tuple[int, int, str, str, str, str, str, str, str]
_HIT_ORDER = itemgetter(0, 1, 2)


def _findings(document: Document, hits: Sequence[_Hit]) -> list[Finding]:
    """Findings of hits sorted by start: lines, columns and provisions found by a locator that only moves forward."""
    path = document.path
    locate = Locator(document)
    line_col, provision_at = locate.line_col, locate.provision_at
    findings = []
    for start, end, rule_id, severity, message, message_en, category, basis, suggestion in hits:
        line, column = line_col(start)
        provision = provision_at(start)
        findings.append(
            Finding(
                rule=rule_id,
                severity=severity,
                message=message,
                message_en=message_en,
                path=path,
                start=start,
                end=end,
                line=line,
                column=column,
                provision=provision.id if provision else None,
                category=category,
                basis=basis,
                suggestion=suggestion,
            )
        )
    return findings


#: Checks whose findings stand back when an explicit barrier rule flagged the same place (statistical models).
MODEL_CHECKS = frozenset({"barrier_model"})


def _drop_model_echoes(hits: list[_Hit], model_rules: set[str]) -> list[_Hit]:
    """Hits of model rules that overlap no hit of an explicit barrier rule (the model only adds what the rules
    missed; where both speak, the rule's precise message and basis are kept)."""
    explicit = sorted((h[0], h[1]) for h in hits if h[2] not in model_rules and is_barrier_category(h[6]))
    if not explicit:
        return hits
    starts = [start for start, _ in explicit]
    reach = list(itertools.accumulate((end for _, end in explicit), max))  # furthest end among the first i + 1
    kept = []
    for hit in hits:
        if hit[2] in model_rules:
            i = bisect.bisect_left(starts, hit[1])  # explicit hits that start before the model's end…
            if i and reach[i - 1] > hit[0]:  # …one of which ends after its start: they overlap
                continue
        kept.append(hit)
    return kept


class Locator:
    """Line, column and provision of offsets, cheap when they come in increasing order (as findings do).

    Same results as :class:`~regdesign.model.LineIndex` and :meth:`Document.provision_at`: lines are counted from
    the previous offset; provisions are found by bisection on levels whose spans are sorted and disjoint (else by
    the document's own linear search).
    """

    __slots__ = ("_document", "_text", "_offset", "_line", "_line_start", "_index", "_levels", "_last")

    def __init__(self, document: Document) -> None:
        self._document = document
        self._text = document.text
        self._offset = 0
        self._line = 1
        self._line_start = 0
        self._index: LineIndex | None = None
        self._levels: dict[int, tuple[list[int], tuple[Any, ...]] | None] = {}
        self._last: tuple[int, int, Any] = (0, 0, None)  # [low, high) and the provision of every offset in it

    def line_col(self, offset: int) -> tuple[int, int]:
        if offset < self._offset:
            if self._index is None:
                self._index = LineIndex(self._text)
            return self._index.line_col(offset)
        text = self._text
        newlines = text.count("\n", self._offset, offset)
        if newlines:
            self._line += newlines
            self._line_start = text.rfind("\n", self._offset, offset) + 1
        self._offset = offset
        return self._line, offset - self._line_start + 1

    def provision_at(self, offset: int) -> Any:
        # the last answer holds for every offset of [low, high): findings of one provision come one after another
        low, high, answer = self._last
        if low <= offset < high:
            return answer
        found = None
        level = self._document.provisions
        low, high = 0, len(self._text) + 1  # offsets past the text get the same answer as the end of the text
        while level:
            key = id(level)
            if key not in self._levels:
                starts = [provision.span.start for provision in level]
                ordered = all(
                    level[i].span.start <= level[i].span.end <= level[i + 1].span.start for i in range(len(level) - 1)
                )
                self._levels[key] = (starts, level) if ordered else None
            indexed = self._levels[key]
            if indexed is None:  # unusual spans: the document's own search from here on (not remembered)
                inner = Document(path="", text="", type=None, provisions=level).provision_at(offset)
                self._last = (0, 0, None)
                return inner if inner is not None else found
            starts = indexed[0]
            position = bisect.bisect_right(starts, offset) - 1
            # on sorted disjoint spans, every offset of the interval below gets the same position and the same verdict
            if position < 0:
                high = min(high, starts[0])
            elif not level[position].span.contains(offset):
                low = max(low, level[position].span.end)
                if position + 1 < len(starts):
                    high = min(high, starts[position + 1])
            else:
                found = level[position]
                low, high = max(low, found.span.start), min(high, found.span.end)
                level = found.children
                continue
            break
        if offset < 0 or offset > len(self._text):  # outside the text: answer without remembering
            return found
        self._last = (low, high, found)
        return found


_Locator = Locator  # the name it had first (tests import it)


def _run_text_rules(
    text: str,
    body_start: int,
    matcher: BarrierMatcher,
    active: Mapping[str, Rule],
    emit: Callable[[Rule, int, int, Mapping[str, Any]], None],
) -> int:
    """Text rules over the body, paragraph by paragraph; only paragraphs whose words allow a match are matched.

    The word-level prefilter of :class:`~regdesign.nlp.barriers.BarrierMatcher` is a necessary condition, so the
    findings are those of matching every paragraph with every rule.

    Returns ``len(text[body_start:].split())``: the paragraphs and the line breaks between them cover the body, and
    a line break is whitespace, so the body's words are the words of its paragraphs (split here anyway).
    """
    words_in_body = 0
    prefilter = matcher.prefilter
    is_cold, candidates_of = prefilter.is_cold, prefilter.candidates
    cursor = body_start
    end = len(text)
    breaks = [match.start() for match in _BLANK_LINE_BREAK.finditer(text, body_start, end)]
    breaks.append(end)
    for segment_end in breaks:
        segment_start, cursor = cursor, segment_end + 1
        if segment_end <= segment_start:
            continue
        segment = text[segment_start:segment_end]
        words = segment.split()
        words_in_body += len(words)
        if not words or is_cold(words):
            continue
        if segment_end - segment_start <= MAX_UNIT_CHARS:
            units: Iterable[tuple[int, int]] = ((segment_start, segment_end),)
        else:
            units = _cut(text, segment_start, segment_end)
        for unit_start, unit_end in units:
            whole = unit_end - unit_start == segment_end - segment_start
            unit = segment if whole else text[unit_start:unit_end]
            unit_words = words if whole else unit.split()
            candidates = [rule_id for rule_id in candidates_of(unit_words, whole) if rule_id in active]
            if not candidates:
                continue
            for rule_id, start, stop, params in matcher.find_text(fold_accents(unit), candidates, unit_words):
                params["match"] = text[unit_start + start : unit_start + stop]
                emit(active[rule_id], unit_start + start, unit_start + stop, params)
    return words_in_body


def analyze_text(text: str, ruleset: RuleSet, doc_type: str | None = None) -> list[Finding]:
    """Findings of ``ruleset`` on a clause typed by a user (interviews): the text is the whole body.

    Example:
        >>> [f.category for f in analyze_text("Tener domicilio en Medellín.", load_rules(), "terminos_de_referencia")]
        ['OCDE-A5']
    """
    document = Document(path="", text=text, type=doc_type, metadata={}, body_start=0)
    return run_rules(document, ruleset)


# ---------------------------------------------------------------------------------------------------------------
# Front-matter predicates
# ---------------------------------------------------------------------------------------------------------------

PredicateResult = Iterator[tuple[tuple[Any, ...], dict[str, Any]]]  # (key path in the front matter, params)
PREDICATES: dict[str, Callable[[Mapping[str, Any], Mapping[str, Any]], PredicateResult]] = {}


def _predicate(name: str) -> Callable[[Callable[..., PredicateResult]], Callable[..., PredicateResult]]:
    def decorate(fn: Callable[..., PredicateResult]) -> Callable[..., PredicateResult]:
        PREDICATES[name] = fn
        return fn

    return decorate


def _items(metadata: Mapping[str, Any], key: str) -> list[tuple[int, Mapping[str, Any]]]:
    value = metadata.get(key)
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, Mapping)]


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        match = re.search(r"\d+(?:[.,]\d+)?", value)
        if match:
            return float(match.group().replace(",", "."))
        parsed = parse_number(value)
        return float(parsed) if parsed is not None else None
    return None


_YEARS_IN_TEXT = re.compile(r"(\d+|[a-z]+)\s*(?:\(\d+\)\s*)?anos?\b")


@_predicate("experience_years_above")
def _experience_years_above(metadata: Mapping[str, Any], params: Mapping[str, Any]) -> PredicateResult:
    limit = float(params.get("max", 3))
    for i, item in _items(metadata, "eligibility"):
        years = _number(item.get("years"))
        key: tuple[Any, ...] = ("eligibility", i, "years")
        if years is None and str(item.get("kind", "")).lower() == "experiencia":
            match = _YEARS_IN_TEXT.search(fold_accents(str(item.get("text", ""))).lower())
            years = float(parse_number(match.group(1)) or 0) if match else None
            key = ("eligibility", i, "text")
        if years is not None and years > limit:
            yield key, {"years": int(years), "max": int(limit), "id": item.get("id", "")}


@_predicate("guarantee_percent_above")
def _guarantee_percent_above(metadata: Mapping[str, Any], params: Mapping[str, Any]) -> PredicateResult:
    limit = float(params.get("max", 10))
    for i, item in _items(metadata, "guarantees"):
        percent = _number(item.get("percent"))
        if percent is not None and percent > limit:
            yield ("guarantees", i, "percent"), {"percent": percent, "max": limit, "type": item.get("type", "")}


@_predicate("closing_days_below")
def _closing_days_below(metadata: Mapping[str, Any], params: Mapping[str, Any]) -> PredicateResult:
    limit = int(params.get("min", 10))
    schedule = metadata.get("schedule")
    if not isinstance(schedule, Mapping):
        return
    publication, closing = as_date(schedule.get("publication")), as_date(schedule.get("closing"))
    if publication and closing and (closing - publication).days < limit:
        yield ("schedule", "closing"), {"days": (closing - publication).days, "min": limit}


_FEE_KEYS = ("participation_fee", "fee", "costo_participacion", "valor_inscripcion", "derechos_de_participacion")
_FEE_WORDS = re.compile(
    r"recibo de pago|pago de (?:los )?derechos|consignacion|compra del pliego|valor de (?:la )?inscripcion"
    r"|(?:costo|cuota|tarifa|derechos?) de (?:la )?(?:inscripcion|participacion)|comprobante de pago"
    r"|\b(?:pagar|pague|paguen|cancelar)\b.*\b(?:inscripcion|participacion|pliegos?|derechos?)\b"
)
_FREE_WORDS = re.compile(
    r"gratuit|sin (?:costo|cobro|pago)|ningun (?:costo|cobro|pago)|no (?:tiene|tendra) (?:costo|cobro)"
)


@_predicate("fee_to_participate")
def _fee_to_participate(metadata: Mapping[str, Any], params: Mapping[str, Any]) -> PredicateResult:
    for key in _FEE_KEYS:
        value = metadata.get(key)
        amount = _number(value.get("amount") if isinstance(value, Mapping) else value)
        if amount:
            yield (key,), {"amount": amount}
    for key, field_name in (("documents", "name"), ("eligibility", "text"), ("criteria", "name")):
        for i, item in _items(metadata, key):
            text = fold_accents(str(item.get(field_name, ""))).lower()
            if _FEE_WORDS.search(text) and not _FREE_WORDS.search(text):
                yield (key, i, field_name), {"name": item.get(field_name, "")}


_PHYSICAL = {"presencial", "fisico", "fisica", "papel", "ventanilla", "correo certificado", "en fisico"}


@_predicate("missing_digital_channel")
def _missing_digital_channel(metadata: Mapping[str, Any], params: Mapping[str, Any]) -> PredicateResult:
    submission = metadata.get("submission")
    channels: list[str] = []
    if isinstance(submission, Mapping):
        raw = submission.get("channels", submission.get("channel"))
        channels = [raw] if isinstance(raw, str) else [str(c) for c in raw or ()]
    elif isinstance(submission, str):
        channels = [submission]
    elif isinstance(submission, list):
        channels = [str(c) for c in submission]
    folded = [fold_accents(c).strip().lower() for c in channels]
    if folded and all(c in _PHYSICAL for c in folded):
        yield ("submission",), {"channels": ", ".join(channels)}
        return
    if folded:
        return
    contact = metadata.get("contact")
    has_digital = isinstance(contact, Mapping) and any(contact.get(key) for key in ("email", "url", "platform"))
    if not has_digital:
        yield (("contact",) if "contact" in metadata else ("type",)), {}


_QUALITY = re.compile(r"\biso\s*9001|sistema de gestion de (?:la )?calidad|certificacion de calidad|ntc[- ]?gp\s*1000")


@_predicate("quality_certification_required")
def _quality_certification_required(metadata: Mapping[str, Any], params: Mapping[str, Any]) -> PredicateResult:
    for key, field_name in (("eligibility", "text"), ("criteria", "name"), ("documents", "name")):
        for i, item in _items(metadata, key):
            if _QUALITY.search(fold_accents(str(item.get(field_name, ""))).lower()):
                yield (key, i, field_name), {"where": key}


_ELIGIBILITY_WORDS = re.compile(
    r"capacidad (?:juridica|financiera|de organizacion|organizacional)|indicadores? financieros?|"
    r"experiencia (?:general )?del proponente|liquidez|endeudamiento|patrimonio"
)


@_predicate("eligibility_scored")
def _eligibility_scored(metadata: Mapping[str, Any], params: Mapping[str, Any]) -> PredicateResult:
    for i, item in _items(metadata, "criteria"):
        name = fold_accents(str(item.get("name", ""))).lower()
        if _ELIGIBILITY_WORDS.search(name) and _number(item.get("points")):
            yield ("criteria", i, "name"), {"name": item.get("name", ""), "points": item.get("points")}


# ---------------------------------------------------------------------------------------------------------------
# Front-matter locations
# ---------------------------------------------------------------------------------------------------------------


def _run_predicate(rule: Rule, document: Document) -> Iterator[tuple[int, int, dict[str, Any]]]:
    params = {key: value for key, value in rule.spec.items() if key != "name"}
    params.update(rule.options)
    metadata = document.metadata if isinstance(document.metadata, Mapping) else {}
    if not metadata:  # no front matter (a plain law, a clause typed in an interview): nothing to judge
        return
    try:
        results = list(PREDICATES[rule.spec["name"]](metadata, params))
    except (TypeError, ValueError, AttributeError):  # malformed front matter is the parser's finding, not a crash
        return
    for path, values in results:
        span = _parser_key_span(document, path)
        start, end = span if span else locate_front_matter_key(document.text, document.body_start, path)
        yield start, end, values


def _parser_key_span(document: Document, path: Sequence[Any]) -> tuple[int, int] | None:
    """The parser's own locator of front-matter keys (YAML marks) when available; None to fall back."""
    try:
        from regdesign.parse import metadata_key_span
    except ImportError:
        return None
    try:
        span = metadata_key_span(document, list(path))
    except Exception:  # noqa: BLE001 - a locator problem must not stop the check; fall back to line search
        return None
    if span is None or not (0 <= span[0] <= span[1] <= len(document.text)):
        return None
    return span


def locate_front_matter_key(text: str, body_start: int, path: Sequence[Any]) -> tuple[int, int]:
    """Span of the line that holds the front-matter entry at ``path`` (e.g. ``("guarantees", 0, "percent")``).

    Falls back to the closest enclosing key found, then to the first line of the file.
    """
    limit = body_start if 0 < body_start <= len(text) else 0
    best = 0
    cursor = 0
    for i, part in enumerate(path):
        if isinstance(part, int):
            found = _list_item(text, cursor, limit, part)
            if found is None:
                break
            cursor = best = found
            continue
        pattern = rf"^{re.escape(str(part))}:" if i == 0 else rf"(?<![\w-]){re.escape(str(part))}\s*:"
        match = re.compile(pattern, re.MULTILINE).search(text, cursor, limit)
        if not match:
            break
        cursor = best = match.start()
    line_end = text.find("\n", best)
    end = line_end if line_end != -1 else len(text)
    start = best
    while start < end and text[start] in " \t-":
        start += 1
    return (start, end) if start < end else (best, max(end, best))


def _list_item(text: str, cursor: int, limit: int, index: int) -> int | None:
    """Offset of the ``index``-th ``- `` item of the block list that starts after ``cursor``."""
    items = [m for m in re.finditer(r"^([ \t]*)- ", text[:limit], re.MULTILINE) if m.start() >= cursor]
    if not items:
        return None
    indent = items[0].group(1)
    same = [m for m in items if m.group(1) == indent]
    return same[index].start() + len(indent) if index < len(same) else None
