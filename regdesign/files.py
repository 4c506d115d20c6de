"""Writing files atomically (and reading YAML fast): a temporary file in the target's directory, then ``os.replace``.

Every file regdesign writes goes through here, so a crash or a full disk never leaves a half-written file and
readers see either the old content or the new one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import yaml


def write_bytes_atomic(path: Path, data: bytes) -> Path:
    """Writes ``data`` to ``path`` atomically and returns ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return path


def write_text_atomic(path: Path, text: str) -> Path:
    """Writes UTF-8 ``text`` to ``path`` atomically."""
    return write_bytes_atomic(path, text.encode("utf-8"))


def load_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, by libyaml's C parser when PyYAML has it (about 20× faster on the rule packs, same
    data), else by the pure-Python one. Raises ``yaml.YAMLError`` as ``safe_load`` does."""
    return yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 - a safe loader (C or Python)


_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
