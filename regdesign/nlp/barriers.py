"""The ``regdesign_barriers`` spaCy component: text matching of rule-pack rules (phrases, token patterns, regexes).

This module owns the *matching* half of the rule engine (``regdesign.rules.engine`` owns loading, configuration and
turning matches into findings). Guarantees:

* matching is accent-insensitive and case-insensitive: texts are folded with :func:`fold_accents`, which maps each
  accented Latin letter to its base letter one code point for one code point, so offsets in the folded text are
  offsets in the original text; phrases match on the LOWER attribute and regexes run on the lower-cased folded
  text (write them in lower case without accents);
* every match is ``(rule_id, start, end, params)`` with ``start``/``end`` character offsets into ``doc.text``;
  phrase and token-pattern matches cover whole tokens, regex matches cover exactly the regex match (or its
  ``hit`` group);
* context constraints are applied per sentence: ``requires_any`` / ``excludes_any`` words and, unless a rule says
  ``negation: false``, the default negation cues written before the match ("no se exigirá", "se prohíbe exigir",
  "sin necesidad de" …) — "No se exigirán copias autenticadas" is not a barrier;
* the component is serialisable: ``to_bytes``/``from_bytes`` and ``to_disk``/``from_disk`` carry the rule specs,
  so a pipeline restored from bytes matches exactly as the original.

As a pipeline component it writes its matches to ``doc.spans["regdesign_barriers"]`` (label = rule id).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import srsly
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

SPANS_KEY = "regdesign_barriers"

# Default negation cues (on folded, lower-cased text) that, written before a match in the same sentence, mean the
# clause forbids or waives the requirement instead of imposing it.
NEGATION_CUES = (
    r"\bno\s+(?:se\s+)?(?:le\s+|les\s+)?(?:exig|requ|solicit|pid|pedir|cobr|necesit)\w*",
    r"\bno\s+(?:debera|deberan|tendra\s+que|tendran\s+que|estara\s+obligad\w*|estaran\s+obligad\w*)\b",
    r"\bno\s+(?:se\s+)?(?:podra|podran|debera|deberan)\s+(?:exigir|requerir|solicitar|pedir|cobrar|imponer|establecer)",
    r"\bno\s+(?:es|son|sera|seran|resulta|resultan)\s+(?:objeto\s+de|necesari|obligatori|exigible|requisito|causal|requerid|"
    r"exigid|solicitad|indispensable|condicion)",
    r"\bno\s+(?:habra\s+lugar|tendra|tendran|genera|generara|constituye|constituyen|constituira|obliga|implica)",
    r"\bni\s+(?:se\s+)?(?:exig|requer|solicit|pedir|cobr)",
    r"\bsin\s+(?:necesidad|que\s+(?:se\s+)?(?:requiera|exija|sea\s+necesari|medie)|exigir|requerir|costo|cobro)",
    r"\bse\s+prohiben?\b|\bprohibase\b|\bqueda(?:n)?\s+prohibid|\besta(?:n)?\s+prohibid|\bprohibido\s+exigir",
    r"\bninguna?\s+(?:autoridad|entidad|dependencia|servidor|funcionario)",
    r"\ben\s+ningun\s+caso\b|\bse\s+abstendra|\bse\s+entiende[n]?\s+suprimid",
    r"\bsuprimase\b|\bsuprimese\b|\beliminase\b|\beliminese\b|\bderogase\b|\bderoguese\b",
)
NEGATION_RE = re.compile("|".join(f"(?:{cue})" for cue in NEGATION_CUES))

# Sentence ends: ".", ";", "!" or "?" followed by whitespace, or a line break; colons do not end a sentence
# ("deberán aportar: a) copia autenticada…" is one requirement).
_SENTENCE_END = re.compile(r"[.;!?](?=\s)|\n")

_NUMBER_WORDS = {
    "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "cien": 100,
}  # fmt: skip

_REGEX_FLAGS = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL, "VERBOSE": re.VERBOSE}


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD_TABLE = _build_fold_table()


def fold_accents(text: str) -> str:
    """Strip accents from Latin letters, one code point for one code point (``len`` and offsets are kept).

    >>> fold_accents("Autenticación ÑANDÚ")
    'Autenticacion NANDU'
    """
    if text.isascii():
        return text
    return text.translate(_FOLD_TABLE)


def parse_number(value: str) -> int | None:
    """``"5"`` → 5, ``"cinco"`` → 5; anything else → None."""
    value = value.strip().lower()
    if value.isdigit():
        return int(value)
    return _NUMBER_WORDS.get(fold_accents(value))


def lower_keeping_length(text: str) -> str:
    """``text.lower()``, except characters whose lower case has another length (e.g. "İ") stay as they are."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` around ``[start, end)``: from after the previous sentence end to the next one."""
    left = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end)
    right = right_match.start() if right_match else len(text)
    return left, right


def required_literals(pattern: str) -> tuple[str, ...] | None:
    """Literal strings of which every match of ``pattern`` contains at least one (lower case), or None if unknown.

    Used as a prefilter: a regex runs on a paragraph only when one of its literals occurs in it, which keeps
    dozens of regex rules close to the cost of one substring scan each.
    """
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - Python < 3.11
        import sre_parse  # type: ignore[no-redef]
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
    except re.error:
        return None
    found = _literals_of_sequence(list(parsed), sre_parse)
    if not found or min(len(item) for item in found) < 2:
        return None
    return tuple(sorted(set(found)))


def _literals_of_sequence(items: list[Any], sre: Any) -> list[str] | None:
    constants = sre._constants if hasattr(sre, "_constants") else sre
    candidates: list[list[str]] = []
    run = ""
    for op, value in items:
        if op == constants.LITERAL:
            run += chr(value).lower()
            continue
        if run:
            candidates.append([run])
            run = ""
        sub: list[str] | None = None
        if op == constants.SUBPATTERN:
            sub = _literals_of_sequence(list(value[-1]), sre)
        elif op == constants.BRANCH:
            branches = [_literals_of_sequence(list(branch), sre) for branch in value[1]]
            if all(branches):
                sub = [literal for branch in branches for literal in branch or ()]
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and value[0] >= 1:
            sub = _literals_of_sequence(list(value[2]), sre)
        if sub:
            candidates.append(sub)
    if run:
        candidates.append([run])
    if not candidates:
        return None
    return max(candidates, key=lambda literals: (min(len(item) for item in literals), -len(literals)))


def _compile_regex(spec: Mapping[str, Any]) -> re.Pattern[str]:
    # Patterns run on lower-cased, accent-folded text: no IGNORECASE needed (it makes Python's re several times slower).
    flags = 0
    for name in spec.get("flags") or ():
        flags |= _REGEX_FLAGS[name]
    return re.compile(fold_accents(spec["regex"]), flags)


class _CompiledRule:
    """One text rule ready to match: its spec as data plus compiled context words."""

    __slots__ = (
        "id",
        "kind",
        "spec",
        "regex",
        "requires",
        "excludes",
        "negation",
        "threshold",
        "options",
        "literals",
    )

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.id: str = spec["id"]
        self.spec = dict(spec)
        self.kind = next(kind for kind in ("phrases", "patterns", "regex") if kind in spec)
        context = spec.get("context") or {}
        self.requires = tuple(fold_accents(word).lower() for word in context.get("requires_any") or ())
        self.excludes = tuple(fold_accents(word).lower() for word in context.get("excludes_any") or ())
        self.negation = bool(context.get("negation", True))
        self.threshold = context.get("threshold")
        self.options = dict(spec.get("options") or {})
        self.regex = _compile_regex(spec) if self.kind == "regex" else None
        self.literals = required_literals(self.regex.pattern) if self.regex is not None else None

    def may_match(self, lowered: str) -> bool:
        """Cheap necessary condition on a lower-cased paragraph: a required literal and a required word occur."""
        if self.literals is not None and not any(literal in lowered for literal in self.literals):
            return False
        return not self.requires or any(word in lowered for word in self.requires)


class BarrierMatcher:
    """Matches text rules on a Doc. Used directly by the engine (:meth:`find`) and as the pipeline component."""

    def __init__(self, nlp: Language, name: str = SPANS_KEY, rules: Iterable[Mapping[str, Any]] = ()) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.tokenizer = nlp.tokenizer
        self._specs: list[dict[str, Any]] = []
        self._rules: dict[str, _CompiledRule] = {}
        self._phrase_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._matcher = Matcher(nlp.vocab)
        self._regex_rules: list[_CompiledRule] = []
        self._word_literals: dict[str, set[str]] = {}  # literal → regex rules that need it
        self._always: set[str] = set()  # regex rules whose literals cannot be checked per token
        self._word_cache: dict[int, frozenset[str]] = {}  # lower-case word hash → regex rules it may trigger
        self.add_rules(rules)

    # -- building -------------------------------------------------------------------------------------------------
    def add_rules(self, specs: Iterable[Mapping[str, Any]]) -> None:
        """Add rule specs (``id`` + one of ``phrases``/``patterns``/``regex``, optional ``context``, ``flags``).

        Raises:
            ValueError: a spec is malformed (bad regex, bad token pattern, duplicate id).
        """
        for spec in specs:
            rule = _CompiledRule(spec)
            if rule.id in self._rules:
                raise ValueError(f"rule {rule.id!r} added twice")
            if rule.kind == "phrases":
                docs = [self.tokenizer(fold_accents(str(phrase))) for phrase in spec["phrases"]]
                self._phrase_matcher.add(rule.id, docs)
            elif rule.kind == "patterns":
                patterns = [_fold_pattern(pattern) for pattern in spec["patterns"]]
                self._matcher.add(rule.id, patterns)
            else:
                self._regex_rules.append(rule)
                literals = rule.literals or ()
                if literals and all(literal.isalnum() for literal in literals):
                    for literal in literals:
                        self._word_literals.setdefault(literal, set()).add(rule.id)
                else:
                    self._always.add(rule.id)
                self._word_cache.clear()
            self._rules[rule.id] = rule
            self._specs.append(dict(spec))

    @property
    def rule_ids(self) -> list[str]:
        return list(self._rules)

    # -- matching -------------------------------------------------------------------------------------------------
    def find(self, doc: Doc, text: str | None = None) -> list[tuple[str, int, int, dict[str, Any]]]:
        """Matches on ``doc`` whose text is already folded; ``(rule_id, start, end, params)`` in text order.

        ``text`` may pass ``doc.text`` when the caller has it (building it from the tokens costs more than matching).
        """
        text = doc.text if text is None else text
        lowered = lower_keeping_length(text)
        raw: list[tuple[str, int, int, dict[str, Any]]] = []
        strings = self.vocab.strings
        if len(self._phrase_matcher):
            for match_id, start, end in self._phrase_matcher(doc):
                span = doc[start:end]
                raw.append((strings[match_id], span.start_char, span.end_char, {}))
        if len(self._matcher):
            for match_id, start, end in self._matcher(doc):
                span = doc[start:end]
                raw.append((strings[match_id], span.start_char, span.end_char, {}))
        candidates = self._regex_candidates(doc) if self._regex_rules else set()
        for rule in self._regex_rules:
            assert rule.regex is not None
            if rule.id not in candidates or (rule.id in self._always and not rule.may_match(lowered)):
                continue
            for match in rule.regex.finditer(lowered):
                params = {key: value for key, value in match.groupdict().items() if value is not None}
                start, end = match.span("hit") if "hit" in rule.regex.groupindex else match.span()
                if start < end:
                    raw.append((rule.id, start, end, params))
        if not raw:
            return []
        kept = []
        seen: set[tuple[str, int, int]] = set()
        for rule_id, start, end, params in sorted(raw, key=lambda item: (item[1], -item[2], item[0])):
            rule = self._rules[rule_id]
            if not self._context_ok(rule, lowered, start, end, params):
                continue
            # one finding per rule per sentence region: drop matches nested in an earlier match of the same rule
            key = (rule_id, start, end)
            if key in seen or any(r == rule_id and s <= start and end <= e for r, s, e, _ in kept):
                continue
            seen.add(key)
            params.setdefault("match", doc.text[start:end])
            kept.append((rule_id, start, end, params))
        return kept

    def _regex_candidates(self, doc: Doc) -> set[str]:
        """Regex rules one of whose required literals occurs inside a word of ``doc`` (cached per word type)."""
        candidates = set(self._always)
        cache = self._word_cache
        if len(cache) > 500_000:
            cache.clear()
        strings = self.vocab.strings
        for key in set(doc.to_array(LOWER).tolist()):
            rule_ids = cache.get(key)
            if rule_ids is None:
                word = strings[key]
                rule_ids = frozenset(
                    rule_id for literal, ids in self._word_literals.items() if literal in word for rule_id in ids
                )
                cache[key] = rule_ids
            if rule_ids:
                candidates |= rule_ids
        return candidates

    def _context_ok(self, rule: _CompiledRule, lowered: str, start: int, end: int, params: dict[str, Any]) -> bool:
        left, right = sentence_bounds(lowered, start, end)
        sentence = lowered[left:right]
        if rule.requires and not any(word in sentence for word in rule.requires):
            return False
        if rule.excludes and any(word in sentence for word in rule.excludes):
            return False
        if rule.negation and NEGATION_RE.search(lowered, left, start):
            return False
        if rule.threshold:
            value = parse_number(str(params.get(rule.threshold["group"], "")))
            limit = rule.options.get(rule.threshold["option"])
            if value is None or limit is None or value <= float(limit):
                return False
            params[rule.threshold["group"]] = value
            params[rule.threshold["option"]] = limit
        return True

    # -- pipeline component ---------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        folded = fold_accents(doc.text)
        target = doc if folded == doc.text else self.tokenizer(folded)
        spans = []
        for rule_id, start, end, _params in self.find(target):
            span = doc.char_span(start, end, label=rule_id, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.name] = spans
        return doc

    def to_bytes(self, *, exclude: Sequence[str] = ()) -> bytes:
        return srsly.msgpack_dumps({"rules": self._specs})

    def from_bytes(self, data: bytes, *, exclude: Sequence[str] = ()) -> BarrierMatcher:
        specs = srsly.msgpack_loads(data)["rules"]
        self._reset()
        self.add_rules(specs)
        return self

    def to_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "rules.json", self._specs)

    def from_disk(self, path: str | Path, *, exclude: Sequence[str] = ()) -> BarrierMatcher:
        specs = srsly.read_json(Path(path) / "rules.json")
        self._reset()
        self.add_rules(specs)
        return self

    def _reset(self) -> None:
        self._specs = []
        self._rules = {}
        self._phrase_matcher = PhraseMatcher(self.vocab, attr="LOWER")
        self._matcher = Matcher(self.vocab)
        self._regex_rules = []
        self._word_literals = {}
        self._always = set()
        self._word_cache = {}


def _fold_pattern(pattern: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Fold accents in the string values of a token pattern, so patterns match folded text."""

    def fold_value(value: Any) -> Any:
        if isinstance(value, str):
            return fold_accents(value).lower()
        if isinstance(value, list):
            return [fold_value(item) for item in value]
        if isinstance(value, dict):
            return {
                key: fold_value(item) if key in ("IN", "NOT_IN", "==", "!=") else item for key, item in value.items()
            }
        return value

    folded = []
    for token in pattern:
        new_token = {}
        for key, value in token.items():
            if key in ("LOWER", "NORM", "ORTH", "TEXT"):
                new_token["LOWER"] = fold_value(value)
            else:
                new_token[key] = value
        folded.append(new_token)
    return folded


@Language.factory(
    "regdesign_barriers",
    default_config={"load_packs": True},
)
def make_barriers_component(nlp: Language, name: str, load_packs: bool) -> BarrierMatcher:
    """Factory of ``regdesign_barriers``. With ``load_packs`` it loads the text rules of every rule pack."""
    specs: list[dict[str, Any]] = []
    if load_packs:
        from regdesign.rules.engine import load_rules  # the engine imports this module: import late

        specs = load_rules().text_rule_specs()
    return BarrierMatcher(nlp, name, specs)
