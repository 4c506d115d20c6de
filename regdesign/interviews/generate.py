"""Terms of reference → bidder interview (docassemble YAML) that matches one exact version of the call.

This module owns :func:`generate_bidder_interview`: it reads the ToR's front matter (FORMAT.md), embeds the call as a
Python literal in a ``code:`` block (data, never YAML or Mako source, so no text of the call can run), records the
source path, its Git blob id and SHA-256 in ``metadata``, and appends the shared blocks of
``interviews/templates/propuesta_bloques.yml``.

Guarantees: the output is deterministic for a given ToR text; :func:`interview_matches` tells whether a generated
interview still matches its ToR; invalid front matter is a :class:`~regdesign.errors.InputError`, not a traceback.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import pprint
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from regdesign.errors import InputError
from regdesign.files import write_text_atomic

REPO_ROOT = Path(__file__).resolve().parents[2]
BLOCKS = REPO_ROOT / "interviews" / "templates" / "propuesta_bloques.yml"
REQUIRED_KEYS = ("title", "number", "entity", "object", "budget", "schedule", "eligibility", "documents", "contact")


def git_blob_id(data: bytes) -> str:
    """The id Git gives these bytes as a blob (``git hash-object``)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()  # noqa: S324 (Git's object id, not security)


def read_front_matter(path: str | os.PathLike[str]) -> tuple[dict[str, Any], bytes]:
    """The ToR's front matter as data, and the file's bytes. Uses ``regdesign.parse`` when present."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise InputError(f"No se puede leer {path}: {error.strerror}") from error
    metadata: Any = None
    try:
        from regdesign.parse import read_document

        metadata = dict(read_document(file).metadata)
    except ImportError:
        metadata = None
    except Exception:  # noqa: BLE001 - fall back to reading the front matter directly
        metadata = None
    if not metadata:
        text = raw.decode("utf-8", errors="replace")
        if not text.startswith("---"):
            raise InputError(f"{path}: no tiene front matter YAML entre líneas ---")
        end = text.find("\n---", 3)
        if end < 0:
            raise InputError(f"{path}: el front matter no se cierra con ---")
        try:
            metadata = yaml.safe_load(text[3:end])
        except yaml.YAMLError as error:
            raise InputError(f"{path}: front matter YAML inválido: {error}") from error
    if not isinstance(metadata, dict):
        raise InputError(f"{path}: el front matter debe ser un diccionario")
    if metadata.get("type") != "terminos_de_referencia":
        raise InputError(f"{path}: type debe ser terminos_de_referencia (es {metadata.get('type')!r})")
    missing = [key for key in REQUIRED_KEYS if key not in metadata]
    if missing:
        raise InputError(f"{path}: faltan en el front matter: {', '.join(missing)}")
    return metadata, raw


def _data(value: Any) -> Any:
    """Front matter → plain Python data (dates as ISO strings) for a literal."""
    if isinstance(value, Mapping):
        return {str(k): _data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_data(v) for v in value]
    if isinstance(value, _dt.date):
        return value.isoformat()[:10]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def call_data(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """The parts of the call a bidder interview uses, with defaults for optional keys."""
    data = _data(dict(metadata))
    data.setdefault("participants", [])
    data.setdefault("criteria", [])
    data.setdefault("guarantees", [])
    for position, item in enumerate(data.get("eligibility") or [], start=1):
        item.setdefault("id", f"REQ-{position}")
        item.setdefault("question", f"¿Cumple este requisito? {item.get('text', '')}")
        item.setdefault("kind", "otro")
    for position, item in enumerate(data.get("documents") or [], start=1):
        item.setdefault("id", f"DOC-{position}")
        item.setdefault("required", True)
        item.setdefault("formats", ["pdf"])
    return data


def render_bidder_interview(tor_path: str | os.PathLike[str], *, relative_to: Path | None = None) -> str:
    """The YAML text of the bidder interview for ``tor_path``."""
    metadata, raw = read_front_matter(tor_path)
    data = call_data(metadata)
    source = Path(tor_path)
    try:
        shown = source.resolve().relative_to((relative_to or REPO_ROOT).resolve()).as_posix()
    except ValueError:
        shown = source.as_posix()
    header = {
        "metadata": {
            "title": f"Participar en: {data['title']}",
            "short title": "Propuesta",
            "language": "es",
            "regdesign": {
                "source": shown,
                "number": data.get("number"),
                "blob": git_blob_id(raw),
                "sha256": hashlib.sha256(raw).hexdigest(),
            },
        }
    }
    literal = pprint.pformat(data, width=110, sort_dicts=False)
    code = "convocatoria = " + literal + "\n"
    # A literal of str/int/float/bool/None/list/dict is valid Python; check before writing it into a code block.
    compile(code, "<convocatoria>", "exec")
    call_block = "id: datos de la convocatoria\ncode: |\n" + textwrap.indent(code, "  ")
    blocks = BLOCKS.read_text(encoding="utf-8")
    return (
        "# Generated by `regdesign interview generate` from "
        + shown
        + ". Do not edit: regenerate.\n"
        + yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=110)
        + "---\n"
        + call_block
        + "---\n"
        + blocks
    )


def default_output(tor_path: str | os.PathLike[str]) -> Path:
    return REPO_ROOT / "interviews" / "generated" / (Path(tor_path).stem + ".yml")


def generate_bidder_interview(tor_path: str | os.PathLike[str], out_path: str | os.PathLike[str] | None = None) -> Path:
    """Write the bidder interview of ``tor_path`` (default ``interviews/generated/<stem>.yml``) atomically.

    Example:
        >>> generate_bidder_interview("terminos_de_referencia/cia-2027.md")  # doctest: +SKIP
        PosixPath('.../interviews/generated/cia-2027.yml')
    """
    text = render_bidder_interview(tor_path)
    target = Path(out_path) if out_path else default_output(tor_path)
    write_text_atomic(target, text)
    return target


def interview_matches(interview_path: str | os.PathLike[str], tor_path: str | os.PathLike[str]) -> bool:
    """True when the generated interview was made from exactly this version of the ToR (SHA-256 compared)."""
    with open(interview_path, encoding="utf-8") as stream:
        first = next(yaml.safe_load_all(stream))
    recorded = (((first or {}).get("metadata") or {}).get("regdesign") or {}).get("sha256")
    return recorded == hashlib.sha256(Path(tor_path).read_bytes()).hexdigest()
