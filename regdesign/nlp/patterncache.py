"""What building a rule set derives from each regular expression, kept on disk between processes.

Every ``regdesign`` process used to spend seconds before reading its first document: the text rules' ~560 regular
expressions were compiled (Python's ``re`` parses and compiles in pure Python) and analysed (the word-level
conditions and match prefixes of :mod:`regdesign.nlp.barriers`, from a second parse). None of that depends on the
document, so this module keeps it, per pattern, in one JSON file of the user's cache folder:

* ``analyses``: a pure function's result (prefixes, alternatives) per ``(kind, pattern, flags)``;
* ``code``: the compiled program of ``re`` (``re._compiler._code``: a list of integers plus the group tables), from
  which ``_sre.compile`` rebuilds the same pattern object without parsing. That is CPython's private API, so the
  file's name carries the Python version and the regex engine's ``MAGIC`` and ``CODESIZE``; ``_sre`` validates the
  program it is given, and any failure falls back to ``re.compile``. A pattern rebuilt this way is the same object as
  ``re.compile`` gives: ``tests/test_patterncache.py`` compares them on every rule.

The file's name also carries a hash of ``barriers.py`` (the analyses' code): editing it starts a new file. The
folder is ``$REGDESIGN_CACHE_DIR``, else ``$XDG_CACHE_HOME/regdesign``, else ``~/.cache/regdesign``;
``REGDESIGN_CACHE_DIR=off`` (or an unwritable folder) keeps everything in memory. Writes are atomic; a damaged file
is ignored and replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from regdesign.files import write_text_atomic

#: A file holding more entries than this is started afresh (rules removed over time leave entries behind).
MAX_ENTRIES = 20_000
_FORMAT = 1


def cache_dir() -> Path | None:
    """The folder of regdesign's per-user cache, or None when ``REGDESIGN_CACHE_DIR`` is ``off``."""
    chosen = os.environ.get("REGDESIGN_CACHE_DIR", "")
    if chosen.lower() in ("off", "0", "none"):
        return None
    if chosen:
        return Path(chosen)
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "regdesign"


def _engine_tag() -> str:
    try:
        import _sre
        from re import _constants  # type: ignore[attr-defined]

        return (
            f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}-{_constants.MAGIC}-{_sre.CODESIZE}"
        )
    except (ImportError, AttributeError):
        return f"{sys.implementation.name}{sys.version_info[0]}.{sys.version_info[1]}-nocode"


def _code_version() -> str:
    """A hash of the analyses' code (``barriers.py``): results computed by another version are not reused."""
    source = Path(__file__).resolve().parent / "barriers.py"
    try:
        return hashlib.sha256(source.read_bytes()).hexdigest()[:12]
    except OSError:
        from regdesign import __version__

        return __version__


class PatternStore:
    """The per-pattern cache of one process, loaded on first use and written back by :meth:`save`."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._analyses: dict[str, Any] | None = None
        self._code: dict[str, Any] = {}
        self._dirty = False

    def _load(self) -> dict[str, Any]:
        if self._analyses is not None:
            return self._analyses
        self._analyses = {}
        if self.path is None:
            return self._analyses
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):  # missing or damaged: start afresh
            return self._analyses
        if isinstance(data, dict) and data.get("format") == _FORMAT:
            analyses, code = data.get("analyses"), data.get("code")
            if isinstance(analyses, dict) and isinstance(code, dict):
                self._analyses, self._code = analyses, code
        return self._analyses

    def __len__(self) -> int:
        return len(self._load()) + len(self._code)

    def get(self, kind: str, key: str) -> Any:
        """The JSON value stored for ``(kind, key)``, or None."""
        return self._load().get(f"{kind}\0{key}")

    def put(self, kind: str, key: str, value: Any) -> None:
        """Store a JSON value for ``(kind, key)`` (written by the next :meth:`save`)."""
        self._load()[f"{kind}\0{key}"] = value
        self._dirty = True

    def analysis(self, kind: str, pattern: str, flags: int, compute: Callable[[str, int], Any]) -> Any:
        """``compute(pattern, flags)``, from the cache when it is there (a JSON round trip: ``compute`` returns
        JSON data, lists for tuples and sets, and callers convert back)."""
        analyses = self._load()
        key = f"{kind}\0{flags}\0{pattern}"
        if key in analyses:
            return analyses[key]
        value = compute(pattern, flags)
        analyses[key] = value
        self._dirty = True
        return value

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, rebuilt from the stored program when there is one."""
        self._load()
        key = f"{flags}\0{pattern}"
        stored = self._code.get(key)
        if stored is not None:
            try:
                return _rebuild(pattern, stored)
            except Exception:  # noqa: BLE001 - a damaged entry: compile it again
                del self._code[key]
        compiled, program = _compile_with_program(pattern, flags)
        if program is not None:
            self._code[key] = program
            self._dirty = True
        return compiled

    def save(self) -> None:
        """Write the cache back (atomically) when this process added to it; a failure to write is ignored."""
        if not self._dirty or self.path is None or self._analyses is None:
            return
        if len(self._analyses) + len(self._code) > MAX_ENTRIES:
            self._analyses, self._code = {}, {}
            return
        payload = {"format": _FORMAT, "analyses": self._analyses, "code": self._code}
        try:
            write_text_atomic(self.path, json.dumps(payload, ensure_ascii=False, separators=(",", ":")))
        except OSError:
            return
        self._dirty = False


def _compile_with_program(pattern: str, flags: int) -> tuple[re.Pattern[str], list[Any] | None]:
    """``re.compile`` and the program ``_sre.compile`` took, as stored by :meth:`PatternStore.compile`."""
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program = [flags | parsed.state.flags, list(code), parsed.state.groups - 1, groupindex, indexgroup]
        compiled = _sre.compile(pattern, program[0], code, program[2], groupindex, tuple(indexgroup))
        return compiled, program
    except re.error:
        raise
    except Exception:  # noqa: BLE001 - another Python: the public way
        return re.compile(pattern, flags), None


def _rebuild(pattern: str, program: list[Any]) -> re.Pattern[str]:
    import _sre

    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, list(code), groups, dict(groupindex), tuple(indexgroup))  # type: ignore[no-any-return]


_STORE: PatternStore | None = None


def store() -> PatternStore:
    """The process's store (its file chosen from the environment at first use)."""
    global _STORE
    if _STORE is None:
        folder = cache_dir()
        name = f"patterns-{_engine_tag()}-{_code_version()}.json"
        _STORE = PatternStore(folder / name if folder is not None else None)
    return _STORE


def reset() -> None:
    """Forget the process's store (tests that change the cache folder)."""
    global _STORE
    _STORE = None
