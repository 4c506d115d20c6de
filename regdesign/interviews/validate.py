"""Static validation of interview files with docassemble's own parser, plus an undefined-variable check.

This module owns :func:`validate_interview` and :class:`Problem`. docassemble catches YAML, Python, Mako and
structural errors at parse time; unknown keys are only logged (captured here as warnings); names used but defined by
no block are found from ``Question.names_used``/``fields_used`` (docassemble itself only fails at run time).

Guarantees: never raises for a bad interview file (every problem is a :class:`Problem` with file and line); a block
without ``id:`` is a warning (AssemblyLine convention of this project).
"""

from __future__ import annotations

import builtins
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from regdesign.errors import RegdesignError
from regdesign.interviews import engine


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    severity: str  # "error" | "warning"
    message: str
    block: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "severity": self.severity,
            "message": self.message,
            "block": self.block,
        }

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


_BLOCK_LINE = re.compile(r"block on line (\d+)")
_KNOWN_NAMES = {
    "i",
    "j",
    "k",
    "l",
    "m",
    "n",
    "x",
    "user_dict",
    "url_args",
    "nav",
    "session_local",
    "device_local",
    "user_local",
    "allow_cron",
    "multi_user",
    "menu_items",
    "role_event",
    "role_needed",
    "speak_text",
    "track_location",
    "the_user",
    "_internal",
    "__builtins__",
}
_ID_EXEMPT = ("metadata", "include", "modules", "imports", "default screen parts", "features", "comment")


def _block_starts(text: str) -> list[int]:
    """1-based first line of each YAML document (blocks are separated by ``---`` lines)."""
    starts = [1]
    for number, line in enumerate(text.splitlines(), start=1):
        if line.rstrip() == "---":
            starts.append(number + 1)
    return starts


def _id_problems(path: Path, shown: str) -> list[Problem]:
    problems: list[Problem] = []
    text = path.read_text(encoding="utf-8")
    starts = _block_starts(text)
    try:
        blocks = list(yaml.safe_load_all(text))
    except yaml.YAMLError:
        return problems  # docassemble reports the YAML error itself
    for position, block in enumerate(blocks):
        if not isinstance(block, dict) or "id" in block or any(key in block for key in _ID_EXEMPT):
            continue
        line = starts[position] if position < len(starts) else 1
        problems.append(Problem(shown, line, "warning", "bloque sin id: / block without id:"))
    return problems


def validate_interview(path: str | os.PathLike[str]) -> list[Problem]:
    """Problems of one interview file (and the files it includes), sorted by file and line."""
    file = Path(path)
    shown = file.as_posix()
    if not file.is_file():
        return [Problem(shown, 1, "error", "el archivo no existe / file not found")]
    problems = _id_problems(file, shown)
    engine.bootstrap()
    engine.clear_log()
    from docassemble.base.config import daconfig

    try:
        daconfig["debug"] = True  # docassemble reports unknown keys only in debug mode
        interview = engine.load_interview(file, testing=True)
    except RegdesignError as error:
        match = _BLOCK_LINE.search(str(error))
        problems.append(Problem(shown, int(match.group(1)) if match else 1, "error", str(error)))
        return sorted(problems, key=lambda p: (p.path, p.line))
    finally:
        daconfig["debug"] = False
    for message in engine.log_lines():
        text = re.sub(r"\s+", " ", str(message)).strip()
        match = _BLOCK_LINE.search(text)
        severity = "warning" if "Ignoring unknown" in text or "unknown" in text.lower() else "error"
        problems.append(Problem(shown, int(match.group(1)) if match else 1, severity, text[:400]))
    if not getattr(interview, "success", True):
        problems.append(Problem(shown, 1, "error", "docassemble no pudo leer todos los bloques"))
    problems.extend(_undefined_names(interview, shown))
    return sorted(problems, key=lambda p: (p.path, p.line, p.message))


def _defined_names(interview: Any) -> set[str]:
    defined = set(interview.questions.keys()) | set(getattr(interview, "generic_questions", {}).keys())
    for question in interview.questions_list:
        defined |= set(getattr(question, "fields_saveas", set()) or set())
        for name in getattr(question, "fields_used", set()) or set():
            defined.add(name)
        if getattr(question, "question_type", None) in ("objects", "objects_from_file", "data", "data_from_code"):
            defined |= {name for name in getattr(question, "fields_used", set())}
    roots = {re.split(r"[.\[]", name, maxsplit=1)[0] for name in defined}
    return defined | roots


def _module_names(interview: Any) -> set[str]:
    names: set[str] = set()
    import importlib

    for question in interview.questions_list:
        if question.question_type in ("modules", "imports"):
            for module_name in question.module_list:
                try:
                    module = importlib.import_module(module_name)
                except ImportError:
                    continue
                if question.question_type == "imports":
                    names.add(module_name.split(".")[0])
                else:
                    names |= set(getattr(module, "__all__", None) or dir(module))
    return names


def _undefined_names(interview: Any, shown: str) -> list[Problem]:
    import docassemble.base.util as da_util

    known = (
        set(dir(builtins))
        | set(getattr(da_util, "__all__", dir(da_util)))
        | _KNOWN_NAMES
        | _module_names(interview)
        | _defined_names(interview)
    )
    problems = []
    seen = set()
    for question in interview.questions_list:
        used = set(getattr(question, "names_used", set()) or set()) | set(
            getattr(question, "mako_names", set()) or set()
        )
        local = _locally_assigned(question)
        for name in sorted(used):
            root = re.split(r"[.\[]", name, maxsplit=1)[0]
            if not root or root in known or root in local or name in known or (root, name) in seen:
                continue
            seen.add((root, name))
            source = getattr(getattr(question, "from_source", None), "filepath", None) or shown
            line = int(getattr(question, "line_number", 0) or 0) + 1
            problems.append(
                Problem(
                    str(source),
                    line,
                    "error",
                    f"la variable «{name}» se usa pero ningún bloque la define / used but never defined",
                )
            )
    return problems


def _locally_assigned(question: Any) -> set[str]:
    """Names bound inside the block's own code (loop variables, comprehension targets, assignments)."""
    source = getattr(question, "sourcecode", None) or ""
    filepath = getattr(getattr(question, "from_source", None), "filepath", None)
    if filepath and os.path.isfile(filepath):  # Mako "% for x in" lines of the block's file
        source += "\n" + "\n".join(
            re.findall(r"^\s*%\s*for\s.*$", Path(filepath).read_text(encoding="utf-8"), flags=re.M)
        )
    names = set(
        re.findall(
            r"(?:\bfor|^\s*%\s*for)\s+([A-Za-z_][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z_][A-Za-z0-9_]*)*)\s+in\b",
            source,
            flags=re.M,
        )
    )
    flat = {part.strip() for group in names for part in group.split(",")}
    flat |= set(re.findall(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=", source, flags=re.M))
    flat |= set(re.findall(r"\bas\s+([A-Za-z_][A-Za-z0-9_]*)", source))
    return flat


def interview_files(root: str | os.PathLike[str]) -> list[Path]:
    """Interview entry files under ``root``: ``*.yml`` except answer sets and files another interview includes."""
    base = Path(root)
    files = sorted(p for p in base.rglob("*.yml") if not p.name.endswith(".answers.yml") and "templates" not in p.parts)
    included: set[Path] = set()
    for file in files:
        try:
            for block in yaml.safe_load_all(file.read_text(encoding="utf-8")):
                if isinstance(block, dict) and isinstance(block.get("include"), list | str):
                    items = block["include"] if isinstance(block["include"], list) else [block["include"]]
                    included |= {(file.parent / item).resolve() for item in items}
        except (yaml.YAMLError, OSError):
            continue
    return [file for file in files if file.resolve() not in included]
