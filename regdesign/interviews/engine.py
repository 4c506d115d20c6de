"""The offline docassemble driver: docassemble.base's own ``Interview`` and ``assemble()``, without a server.

This module owns everything needed to run docassemble.base 1.10.5 in a plain Python process:

* the NLTK/WordNet stub that keeps ``docassemble_pattern`` from downloading corpora at import time;
* the ~15 pluggy hook implementations the webapp normally provides (configuration, locale, a numbered-file store);
* the thread context (``global_context``/``user_dict_context``) around every parse and ``assemble()``;
* :class:`EngineSession`, one interview session stepped screen by screen, applying answers the way the webapp's POST
  handler does for the supported subset (``fields`` with text/area/email/number/currency/integer/date/yesno/radio/
  dropdown, ``yesno``/``noyes``, ``multiple_choice`` with ``field:``, ``continue button field``, generic list gathering
  with ``there_is_another``, field ``validate:`` functions, ``validation code:``, end screens with attachments);
* :func:`run_interview`, which drives an interview to its end from an answer set and writes its documents.

Guarantees: no network, no database, no redis; answers are values, never code (they are bound to a name and
assigned, never formatted into source); an invalid answer is reported on the screen (``Screen.error``) and the same
question comes back; a missing answer is a :class:`~regdesign.errors.UsageError` naming the question.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import os
import re
import shutil
import sys
import tempfile
import threading
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from regdesign.errors import RegdesignError, UsageError

log = logging.getLogger(__name__)

DOCASSEMBLE_VERSION = "1.10.5"
_LOCK = threading.RLock()
_BOOTED = False
_FILES: dict[int, dict[str, Any]] = {}
_FILE_DIR: Path | None = None
_LOG_LINES: list[str] = []
_PARSED: dict[tuple[str, float], Any] = {}

MAX_STEPS = 400
SUPPORTED_QUESTION_TYPES = ("fields", "yesno", "noyes", "multiple_choice", "settrue", "deadend")


class InterviewError(RegdesignError):
    """docassemble rejected an interview (parse error, missing variable with no question, circularity)."""


# --------------------------------------------------------------------------------------------------------------
# bootstrap


def _stub_wordnet() -> None:
    """docassemble_pattern's WordNet module downloads NLTK corpora at import; inflection works without it."""
    name = "docassemble_pattern.text.en.wordnet"
    if name not in sys.modules:
        stub = types.ModuleType(name)
        stub.synsets = lambda *args, **kwargs: []  # type: ignore[attr-defined]
        stub.Synset = object  # type: ignore[attr-defined]
        stub.NOUN, stub.VERB, stub.ADJECTIVE, stub.ADVERB = "NN", "VB", "JJ", "RB"  # type: ignore[attr-defined]
        sys.modules[name] = stub


def pandoc_path() -> str | None:
    """The pandoc docassemble should use: the one bundled with pypandoc-binary, else the one on PATH."""
    try:
        import pypandoc

        found = pypandoc.get_pandoc_path()
        if found and os.path.exists(found):
            return str(found)
    except (ImportError, OSError):
        pass
    return shutil.which("pandoc")


class _Hooks:
    """The webapp's share of docassemble's pluggy hooks, reduced to what an offline session needs."""

    import pluggy as _pluggy

    impl = _pluggy.HookimplMarker("docassemble")

    @impl
    def get_default_language(self) -> str:
        return "es"

    @impl
    def get_default_dialect(self) -> str:
        return "es"

    @impl
    def get_default_voice(self) -> str:
        return "es"

    @impl
    def get_default_locale(self) -> str:
        return "CO.utf8"

    @impl
    def get_default_timezone(self) -> str:
        return "America/Bogota"

    @impl
    def get_default_country(self) -> str:
        return "CO"

    @impl
    def get_configuration(self) -> dict:
        from docassemble.base.config import daconfig

        return daconfig

    @impl
    def get_hostname(self) -> str:
        return "localhost"

    @impl
    def get_debug_status(self) -> bool:
        return False

    @impl
    def get_main_page_parts(self) -> dict:
        return {}

    @impl
    def get_ext_and_mimetype(self, filename):
        import mimetypes

        extension = os.path.splitext(str(filename))[1].lstrip(".").lower()
        mimetype = mimetypes.guess_type(str(filename))[0] or "application/octet-stream"
        if extension == "md":
            mimetype = "text/markdown"
        return extension, mimetype

    @impl
    def get_new_file_number(self, user_code, file_name, yaml_file_name):
        return len(_FILES) + 1

    @impl
    def save_numbered_file(self, filename, orig_path, yaml_file_name, uid):
        assert _FILE_DIR is not None
        number = len(_FILES) + 1
        extension, mimetype = self.get_ext_and_mimetype(filename)
        target = _FILE_DIR / f"{number}_{os.path.basename(str(filename))}"
        shutil.copyfile(orig_path, target)
        _FILES[number] = {
            "fullpath": str(target),
            "path": str(target),
            "filename": os.path.basename(str(filename)),
            "extension": extension,
            "mimetype": mimetype,
        }
        return number, extension, mimetype

    @impl
    def file_number_finder(self, file_number, filename, uids, privileged):
        return dict(_FILES.get(int(file_number), {"fullpath": None}))

    @impl
    def secure_filename(self, filename):
        return re.sub(r"[^A-Za-z0-9_.-]+", "_", str(filename)).strip("._") or "archivo"

    @impl
    def secure_filename_spaces_ok(self, filename):
        return re.sub(r"[^\w .-]+", "_", str(filename)).strip("._") or "archivo"

    @impl
    def secure_filename_unicode_ok(self, the_filename):
        return re.sub(r"[^\w.-]+", "_", str(the_filename)).strip("._") or "archivo"

    @impl
    def url_for(self, endpoint, kwargs):
        return f"/{endpoint}"

    @impl
    def url_finder(self, file_reference, kwargs):
        return f"/file/{file_reference}"


def bootstrap() -> None:
    """Import docassemble.base offline and register the hooks (idempotent, thread-safe)."""
    global _BOOTED, _FILE_DIR
    with _LOCK:
        if _BOOTED:
            return
        _stub_wordnet()
        import nltk

        # docassemble.base.pattern tries nltk.download() of four corpora at import: no network here, no noise.
        real_download = nltk.download
        nltk.download = lambda *args, **kwargs: False
        try:
            _import_docassemble()
        finally:
            nltk.download = real_download
        _FILE_DIR = Path(tempfile.mkdtemp(prefix="regdesign-da-"))
        _BOOTED = True


def _import_docassemble() -> None:
    """Configure docassemble before its modules read the configuration at import time, then import them."""
    import docassemble.base.config as da_config

    da_config.daconfig.update(
        {
            "debug": False,
            "pandoc": pandoc_path() or "pandoc",
            "default interview": None,
            "loop limit": 500,
            "recursion limit": 500,
        }
    )
    # Read at import time by docassemble.base.pandoc; the rest of the import chain happens below.
    import docassemble.base.logger as da_logger
    from docassemble.base.plugin_manager import pm

    da_logger.set_logmessage(_LOG_LINES.append)
    pm.register(_Hooks(), name="regdesign-offline")
    import docassemble.base.parse  # noqa: F401
    import docassemble.base.util  # noqa: F401


def log_lines() -> list[str]:
    """Messages docassemble logged since start (warnings such as unknown keys)."""
    return list(_LOG_LINES)


def clear_log() -> None:
    _LOG_LINES.clear()


# --------------------------------------------------------------------------------------------------------------
# screens


@dataclass(frozen=True, slots=True)
class ScreenField:
    """One input of a screen. ``variable`` is the plain docassemble variable (iterators substituted)."""

    variable: str
    label: str
    datatype: str
    required: bool = True
    choices: tuple[tuple[str, str], ...] = ()
    default: Any = None
    hint: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "variable": self.variable,
            "label": self.label,
            "datatype": self.datatype,
            "required": self.required,
            "choices": [list(choice) for choice in self.choices],
            "default": self.default,
            "hint": self.hint,
        }


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    filename: str
    markdown: str
    files: Mapping[str, str] = field(default_factory=dict)  # format -> path in the engine's file store


@dataclass(frozen=True, slots=True)
class Screen:
    """What the user sees now: a question to answer, or an end screen (``is_end``)."""

    question_type: str
    id: str
    text: str
    subtext: str = ""
    fields: tuple[ScreenField, ...] = ()
    sought: str = ""
    attachments: tuple[Attachment, ...] = ()
    error: str | None = None
    step: int = 0

    @property
    def is_end(self) -> bool:
        return self.question_type == "deadend"

    def to_dict(self) -> dict[str, Any]:
        return {
            "question_type": self.question_type,
            "id": self.id,
            "text": self.text,
            "subtext": self.subtext,
            "fields": [f.to_dict() for f in self.fields],
            "sought": self.sought,
            "attachments": [
                {"name": a.name, "filename": a.filename, "markdown": a.markdown, "files": dict(a.files)}
                for a in self.attachments
            ],
            "error": self.error,
            "is_end": self.is_end,
            "step": self.step,
        }


# --------------------------------------------------------------------------------------------------------------
# parsing


def load_interview(path: str | os.PathLike[str], *, testing: bool = False) -> Any:
    """Parse an interview file with docassemble (``include:`` resolved beside it); cached by path and mtime."""
    bootstrap()
    from docassemble.base.error import DAError
    from docassemble.base.interview_source import InterviewSourceFile
    from docassemble.base.parse import Interview
    from docassemble.base.thread_context import empty_globals, global_context

    file = Path(path).resolve()
    if not file.is_file():
        raise UsageError(f"No existe la entrevista {path} / interview not found")
    key = (str(file), file.stat().st_mtime)
    if not testing and key in _PARSED:
        return _PARSED[key]
    with _LOCK, global_context(empty_globals()):
        source = InterviewSourceFile(filepath=str(file), path=file.name, testing=testing)
        source.set_package("docassemble.medeinn")
        if not source.update():
            raise UsageError(f"No se pudo leer la entrevista {path}")
        try:
            interview = Interview(source=source)
        except (DAError, SyntaxError, ValueError, TypeError, KeyError) as error:
            raise InterviewError(f"{path}: docassemble no puede leer la entrevista: {_one_line(str(error))}") from error
    if not testing:
        _PARSED[key] = interview
    return interview


def _one_line(text: str, limit: int = 600) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------------------------
# values


def _plain(text: Any) -> str:
    """docassemble's question text is HTML-ish Markdown; keep it readable as plain text."""
    if text is None:
        return ""
    value = str(text)
    value = re.sub(r"<[^>]+>", "", value)
    return value.strip()


def convert_value(datatype: str, value: Any) -> Any:
    """Turn an answer (as typed or as read from YAML) into the Python value docassemble expects for ``datatype``."""
    from docassemble.base.util import as_datetime

    if datatype in ("yesno", "noyes", "yesnoradio", "noyesradio", "yesnowide", "noyeswide", "boolean", "checkbox"):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("true", "sí", "si", "yes", "1", "s", "y"):
            return True
        if text in ("false", "no", "0", "n"):
            return False
        raise ValueError("Responda sí o no.")
    if datatype in ("number", "currency", "float", "range"):
        if isinstance(value, bool):
            raise ValueError("Escriba un número.")
        if isinstance(value, int | float):
            return float(value)
        text = str(value).strip().replace("$", "").replace(" ", "")
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", text):  # Colombian thousands separator
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
        try:
            return float(text)
        except ValueError:
            raise ValueError("Escriba un número, por ejemplo 150000000.") from None
    if datatype == "integer":
        try:
            number = float(str(value).strip())
        except ValueError:
            raise ValueError("Escriba un número entero.") from None
        if number != int(number):
            raise ValueError("Escriba un número entero.")
        return int(number)
    if datatype == "date":
        if isinstance(value, _dt.datetime | _dt.date):
            return as_datetime(value.isoformat())
        text = str(value).strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError("Escriba la fecha como AAAA-MM-DD, por ejemplo 2027-03-01.")
        try:
            _dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError("La fecha no existe en el calendario.") from None
        return as_datetime(text)
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


# --------------------------------------------------------------------------------------------------------------
# session


class EngineSession:
    """One docassemble session: ``screen()`` shows where the interview stands, ``answer()`` moves it on."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        bootstrap()
        from docassemble.base.parse import get_initial_dict

        self.path = Path(path)
        self.interview = load_interview(path)
        self.user_dict: dict[str, Any] = get_initial_dict()
        self.user_dict["_internal"]["starttime"] = _dt.datetime.now(_dt.UTC)
        self.steps = 0
        self._status: Any = None
        self._screen: Screen | None = None
        self._answered: dict[str, int] = {}

    # -- docassemble plumbing ------------------------------------------------------------------------------------

    def _current_info(self) -> dict[str, Any]:
        return {
            "user": {
                "is_anonymous": True,
                "is_authenticated": False,
                "email": None,
                "theid": "offline",
                "the_user_id": "t1",
                "roles": ["user"],
                "firstname": "",
                "lastname": "",
                "nickname": None,
                "country": "CO",
                "subdivisionfirst": None,
                "subdivisionsecond": None,
                "subdivisionthird": None,
                "organization": None,
                "timezone": "America/Bogota",
                "language": "es",
                "location": None,
                "session_uid": "regdesign",
                "device_id": "regdesign",
            },
            "session": "regdesign-offline",
            "secret": None,
            "yaml_filename": self.path.name,
            "url": "http://localhost/interview",
            "url_root": "http://localhost/",
            "encrypted": False,
            "interface": "web",
            "arguments": {},
            "clientip": "127.0.0.1",
            "method": "GET",
            "headers": {},
            "referer": None,
            "orig_yaml_filename": self.path.name,
        }

    def _contexts(self):
        from docassemble.base.thread_context import empty_globals, global_context, user_dict_context

        class _Both:
            def __enter__(inner):  # noqa: N805
                inner.g = global_context(empty_globals())
                inner.u = user_dict_context(self.user_dict)
                inner.g.__enter__()
                inner.u.__enter__()
                return inner

            def __exit__(inner, *exc):  # noqa: N805
                inner.u.__exit__(*exc)
                inner.g.__exit__(*exc)
                return False

        return _Both()

    def _assemble(self) -> Any:
        from docassemble.base.error import DAError
        from docassemble.base.parse import InterviewStatus

        status = InterviewStatus(current_info=self._current_info())
        try:
            self.interview.assemble(self.user_dict, status)
        except DAError as error:
            raise InterviewError(f"{self.path}: {_one_line(str(error))}") from error
        except (NameError, AttributeError, TypeError, ValueError, KeyError, IndexError) as error:
            raise InterviewError(f"{self.path}: error en la entrevista: {type(error).__name__}: {error}") from error
        return status

    # -- public API ------------------------------------------------------------------------------------------------

    def screen(self, error: str | None = None) -> Screen:
        """Assemble the interview and describe the screen it stops at."""
        with _LOCK, self._contexts():
            self._status = self._assemble()
            self._screen = self._describe(self._status, error)
        return self._screen

    def _describe(self, status: Any, error: str | None) -> Screen:
        from docassemble.base.parse import from_safeid

        question = status.question
        qtype = question.question_type
        fields: list[ScreenField] = []
        iterators = self._iterators()
        if qtype in ("fields", "yesno", "noyes", "multiple_choice", "settrue"):
            for position, qfield in enumerate(question.fields):
                if not hasattr(qfield, "saveas"):
                    continue
                variable = _substitute(from_safeid(qfield.saveas), iterators)
                datatype = getattr(qfield, "datatype", None) or ("yesno" if qtype in ("yesno", "noyes") else "text")
                if qtype == "multiple_choice":
                    datatype = "radio"
                elif qtype == "settrue":
                    datatype = "continue"
                label = ""
                if status.labels and position < len(status.labels):
                    label = _plain(status.labels[position])
                elif qfield.number in getattr(status, "labels", {}) if isinstance(status.labels, dict) else False:
                    label = _plain(status.labels[qfield.number])
                choices = tuple(
                    (str(choice.get("key")), _plain(choice.get("label", choice.get("key"))))
                    for choice in (status.selectcompute.get(qfield.number, []) if status.selectcompute else [])
                    if isinstance(choice, dict)
                )
                required = bool(status.extras.get("required", {}).get(qfield.number, True))
                if datatype in ("yesno", "noyes", "yesnoradio", "noyesradio", "continue", "checkbox"):
                    required = datatype != "checkbox"
                fields.append(
                    ScreenField(
                        variable=variable,
                        label=label or _plain(status.question_text),
                        datatype=str(datatype),
                        required=required,
                        choices=choices,
                        default=(status.defaults or {}).get(qfield.number),
                        hint=_plain((status.hints or {}).get(qfield.number, "")),
                    )
                )
        elif qtype != "deadend":
            raise InterviewError(
                f"{self.path}: la pregunta «{_plain(status.question_text)}» es de tipo {qtype}, "
                f"que el motor sin servidor no admite ({', '.join(SUPPORTED_QUESTION_TYPES)})"
            )
        attachments = []
        for item in status.attachments or []:
            files = {fmt: _FILES.get(number, {}).get("fullpath") for fmt, number in (item.get("file") or {}).items()}
            markdown = item.get("markdown") or {}
            md_text = markdown.get("md") or next(iter(markdown.values()), "") if isinstance(markdown, dict) else ""
            attachments.append(
                Attachment(
                    name=_plain(item.get("name", "")),
                    filename=str(item.get("filename", "documento")),
                    markdown=str(md_text or ""),
                    files={k: v for k, v in files.items() if v},
                )
            )
        return Screen(
            question_type=qtype,
            id=str(getattr(question, "id", None) or question.name or ""),
            text=_plain(status.question_text),
            subtext=_plain(status.subquestion_text),
            fields=tuple(fields),
            sought=str(status.sought or ""),
            attachments=tuple(attachments),
            error=error,
            step=self.steps,
        )

    def answer(self, values: Mapping[str, Any]) -> Screen:
        """Apply the answers to the current screen's fields; an invalid answer comes back as ``Screen.error``."""
        if self._screen is None or self._status is None:
            self.screen()
        assert self._screen is not None
        screen = self._screen
        if screen.is_end:
            return screen
        with _LOCK, self._contexts():
            error = self._apply(screen, values)
        self.steps += 1 if error is None else 0
        return self.screen(error=error)

    def _apply(self, screen: Screen, values: Mapping[str, Any]) -> str | None:
        from docassemble.base.error import DAValidationError

        status = self._status
        question = status.question
        converted: dict[str, Any] = {}
        for qfield, info in zip(_input_fields(question), screen.fields, strict=False):
            raw = values.get(info.variable)
            if info.datatype == "continue":
                converted[info.variable] = True
                continue
            if raw is None or (isinstance(raw, str) and not raw.strip() and info.datatype not in ("yesno", "noyes")):
                if info.required:
                    return f"Falta la respuesta a «{info.label}». / This answer is required."
                converted[info.variable] = "" if info.datatype not in ("number", "currency", "integer") else None
                continue
            try:
                value = convert_value(info.datatype, raw)
            except ValueError as error:
                return f"«{info.label}»: {error}"
            if info.choices and str(value) not in {key for key, _ in info.choices}:
                allowed = ", ".join(key for key, _ in info.choices)
                return f"«{info.label}»: elija una de las opciones ({allowed})."
            validate = getattr(qfield, "validate", None)
            if validate:
                try:
                    verdict = eval(validate["compute"], self.user_dict)(value)  # noqa: S307 (the interview's own code)
                except DAValidationError as error:
                    return str(error)
                if verdict is False:
                    return f"«{info.label}»: la respuesta no es válida."
            converted[info.variable] = value
        previous = {}
        for variable, value in converted.items():
            previous[variable] = self._get(variable)
            self._set(variable, value)
        if getattr(question, "validation_code", None) is not None:
            try:
                exec(question.validation_code, self.user_dict)  # noqa: S102 (the interview's own code)
            except DAValidationError as error:
                for variable, old in previous.items():
                    self._restore(variable, old)
                return str(error)
        question.mark_as_answered(self.user_dict)
        for variable in converted:
            self._answered[variable] = self._answered.get(variable, 0) + 1
        return None

    _MISSING = object()

    def _get(self, variable: str) -> Any:
        try:
            return eval(variable, self.user_dict)  # noqa: S307 (a variable name from the interview)
        except Exception:  # noqa: BLE001 - undefined in any way means "was not set"
            return self._MISSING

    def _set(self, variable: str, value: Any) -> None:
        if not _VARIABLE.fullmatch(variable):
            raise InterviewError(f"nombre de variable no admitido: {variable!r}")
        self.user_dict["__regdesign_value"] = value
        try:
            exec(f"{variable} = __regdesign_value", self.user_dict)  # noqa: S102 (name checked above; value bound)
        finally:
            self.user_dict.pop("__regdesign_value", None)

    def _restore(self, variable: str, old: Any) -> None:
        if old is self._MISSING:
            with contextlib.suppress(Exception):  # already undefined
                exec(f"del {variable}", self.user_dict)  # noqa: S102
        else:
            self._set(variable, old)

    def _iterators(self) -> list[str]:
        """Index values of a generic question (docassemble binds ``i``, ``j``… in the session before asking)."""
        values = []
        for letter in "ijklmn":
            value = self.user_dict.get(letter)
            if value is None:
                break
            values.append(repr(value))
        return values

    def times_answered(self, variable: str) -> int:
        return self._answered.get(variable, 0)

    def value(self, expression: str) -> Any:
        """The value of a variable of the session (None when undefined)."""
        result = self._get(expression)
        return None if result is self._MISSING else result


_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\[(\d+|'[^'\\]*'|\"[^\"\\]*\")\]|\.[A-Za-z_][A-Za-z0-9_]*)*")


def _input_fields(question: Any) -> list[Any]:
    return [f for f in question.fields if hasattr(f, "saveas")]


def _substitute(variable: str, iterators: list[str]) -> str:
    for letter, value in zip("ijklmn", iterators, strict=False):
        variable = variable.replace(f"[{letter}]", f"[{value}]")
    return variable


# --------------------------------------------------------------------------------------------------------------
# answer sets and whole runs

_NO_ANSWER = object()
_LIST_DATATYPES = ("checkboxes", "object_checkboxes", "multiselect")
_PATH_PART = re.compile(r"\[(\d+|'[^']*'|\"[^\"]*\")\]|\.([A-Za-z_][A-Za-z0-9_]*)")


def lookup_answer(answers: Mapping[str, Any], variable: str, session: EngineSession | None = None) -> Any:
    """The answer for ``variable`` in an answer set.

    Literal keys win (``"requisitos[0].texto": …``); otherwise the name is walked through nested data
    (``requisitos: [{texto: …}]``, ``cumple: {REQ-1: true}``, ``proponente: {nombre: …}``). A gathered list also
    answers its own ``there_are_any``/``there_is_another`` from its length.
    """
    if variable in answers:
        return answers[variable]
    match = re.match(r"[A-Za-z_][A-Za-z0-9_]*", variable)
    if not match or match.group(0) not in answers:
        return _NO_ANSWER
    current: Any = answers[match.group(0)]
    rest = variable[match.end() :]
    parts = [(m.group(1), m.group(2)) for m in _PATH_PART.finditer(rest)]
    for position, (index, attribute) in enumerate(parts):
        last = position == len(parts) - 1
        if attribute in ("there_are_any", "there_is_another", "gathered") and last and isinstance(current, list):
            if attribute == "there_are_any":
                return len(current) > 0
            if attribute == "gathered":
                return True
            container = variable[: variable.rfind(".")]
            so_far = session.value(f"len({container}.elements)") if session else 0
            return (so_far or 0) < len(current)
        if index is not None:
            key: Any = int(index) if index.isdigit() else index[1:-1]
            if (
                isinstance(current, list)
                and isinstance(key, int)
                and key < len(current)
                or isinstance(current, Mapping)
                and key in current
            ):
                current = current[key]
            elif isinstance(current, Mapping) and str(key) in current:
                current = current[str(key)]
            else:
                return _NO_ANSWER
        elif isinstance(current, Mapping) and attribute in current:
            current = current[attribute]
        else:
            return _NO_ANSWER
    return current


@dataclass(frozen=True, slots=True)
class RunResult:
    """The outcome of :func:`run_interview`: the end screen, the documents written and the path taken."""

    interview: Path
    end_screen: Screen
    documents: tuple[Path, ...]
    steps: tuple[dict[str, Any], ...]
    seconds: float

    @property
    def end_id(self) -> str:
        return self.end_screen.id

    def to_dict(self) -> dict[str, Any]:
        return {
            "interview": str(self.interview),
            "end": self.end_screen.to_dict(),
            "documents": [str(p) for p in self.documents],
            "steps": list(self.steps),
            "seconds": round(self.seconds, 3),
        }


def load_answers(path: str | os.PathLike[str]) -> tuple[Path | None, dict[str, Any]]:
    """Read an answer set (``*.answers.yml``): ``interview:`` (path from the repository root) and the answers."""
    import yaml

    file = Path(path)
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except OSError as error:
        raise UsageError(f"No se puede leer el archivo de respuestas {path}: {error.strerror}") from error
    except yaml.YAMLError as error:
        raise UsageError(f"El archivo de respuestas {path} no es YAML válido: {_one_line(str(error), 200)}") from error
    if not isinstance(data, dict):
        raise UsageError(f"El archivo de respuestas {path} debe ser un diccionario de variable → respuesta")
    interview = data.pop("interview", None)
    return (Path(interview) if interview else None), data


def answers_for_screen(
    screen: Screen, answers: Mapping[str, Any], session: EngineSession, source: str
) -> dict[str, Any]:
    """Pick the answers of one screen from an answer set; a list answers a scalar question asked again in turn."""
    values: dict[str, Any] = {}
    for info in screen.fields:
        if info.datatype == "continue":
            values[info.variable] = True
            continue
        value = lookup_answer(answers, info.variable, session)
        if value is _NO_ANSWER:
            if not info.required:
                continue
            raise UsageError(
                f"La respuesta a la pregunta «{info.label or screen.text}» (variable {info.variable}) falta en {source} "
                f"/ the answer to this question is missing"
            )
        if isinstance(value, list) and info.datatype not in _LIST_DATATYPES:
            if not value:
                raise UsageError(f"La respuesta a «{info.label}» (variable {info.variable}) está vacía en {source}")
            value = value[min(session.times_answered(info.variable), len(value) - 1)]
        values[info.variable] = value
    return values


def run_interview(
    path: str | os.PathLike[str],
    answers: Mapping[str, Any],
    out_dir: str | os.PathLike[str] | None = None,
    *,
    source: str = "las respuestas",
    pdf: bool = True,
) -> RunResult:
    """Drive ``path`` to its end screen with ``answers`` and write the end screen's documents into ``out_dir``.

    Documents: each attachment as DOCX and Markdown (docassemble + pandoc) and as PDF (the assembled Markdown through
    ``regdesign.render.render_markdown_to``). Raises :class:`UsageError` naming the question when an answer is
    missing and when an answer is rejected by the interview's validation.

    Example:
        >>> result = run_interview("interviews/tor_author.yml", answers, "out/")  # doctest: +SKIP
        >>> [p.name for p in result.documents]  # doctest: +SKIP
        ['terminos_de_referencia.docx', 'terminos_de_referencia.md', 'terminos_de_referencia.pdf']
    """
    import time

    started = time.perf_counter()
    session = EngineSession(path)
    screen = session.screen()
    steps: list[dict[str, Any]] = []
    while not screen.is_end:
        if len(steps) >= MAX_STEPS:
            raise InterviewError(f"{path}: la entrevista no terminó tras {MAX_STEPS} pasos (¿respuestas en ciclo?)")
        values = answers_for_screen(screen, answers, session, source)
        steps.append(
            {"id": screen.id, "sought": screen.sought, "answers": {k: _jsonable(v) for k, v in values.items()}}
        )
        next_screen = session.answer(values)
        if next_screen.error:
            raise UsageError(
                f"La respuesta a la pregunta «{screen.text}» en {source} no es válida: {next_screen.error}"
            )
        screen = next_screen
    documents: list[Path] = []
    if out_dir is not None:
        documents = write_documents(screen, Path(out_dir), pdf=pdf)
    return RunResult(Path(path), screen, tuple(documents), tuple(steps), time.perf_counter() - started)


def _jsonable(value: Any) -> Any:
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()[:10]
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return str(value)


def write_documents(screen: Screen, out_dir: Path, *, pdf: bool = True) -> list[Path]:
    """Copy an end screen's attachments into ``out_dir`` (atomically) and add a PDF rendered from the Markdown."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for attachment in screen.attachments:
        base = re.sub(r"[^\w.-]+", "_", attachment.filename) or "documento"
        for fmt, stored in sorted(attachment.files.items()):
            target = out_dir / f"{base}.{fmt}"
            _atomic_copy(Path(stored), target)
            written.append(target)
        if pdf:
            target = out_dir / f"{base}.pdf"
            render_pdf(attachment.markdown, target, title=attachment.name)
            written.append(target)
    return written


def render_pdf(markdown: str, target: Path, *, title: str) -> Path:
    """PDF of assembled Markdown through regdesign's renderer (typst), never through docassemble's LaTeX route."""
    try:
        from regdesign.render import render_markdown_to
    except ImportError as error:
        raise InterviewError(
            "regdesign.render no está disponible: no se puede producir el PDF / PDF renderer missing"
        ) from error
    text = markdown.lstrip("\n")
    render_markdown_to(text, "pdf", target, title=title)
    return target


def _atomic_copy(source: Path, target: Path) -> None:
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    os.close(handle)
    try:
        shutil.copyfile(source, temp)
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
