"""Result cache keyed by Git blob id, in SQLite (``.regdesign/cache/results.sqlite``).

A blob id is what ``git hash-object`` prints for the file's bytes, so a result computed for a committed file is
found again for the same content anywhere (another path, another branch). The key also carries a salt (tool
version, rule-pack version, configuration), so changing any of them invalidates old entries.

Safe under concurrent runs: WAL journal, a busy timeout, and ``INSERT OR REPLACE`` of whole rows.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

SCHEMA = "CREATE TABLE IF NOT EXISTS results (blob TEXT, salt TEXT, data TEXT NOT NULL, PRIMARY KEY (blob, salt))"


def blob_id(data: bytes) -> str:
    """The Git blob id (SHA-1 of ``blob <size>\\0<bytes>``) of ``data``."""
    digest = hashlib.sha1(usedforsecurity=False)
    digest.update(b"blob %d\0" % len(data))
    digest.update(data)
    return digest.hexdigest()


class ResultCache:
    """A persistent map (blob id, salt) → JSON-able result."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / "results.sqlite"
        self._connection = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.execute("PRAGMA synchronous=NORMAL")
        self._connection.execute(SCHEMA)

    def get(self, blob: str, salt: str) -> Any | None:
        row = self._connection.execute("SELECT data FROM results WHERE blob = ? AND salt = ?", (blob, salt)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, blob: str, salt: str, value: Any) -> None:
        payload = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
        self._connection.execute(
            "INSERT OR REPLACE INTO results (blob, salt, data) VALUES (?, ?, ?)", (blob, salt, payload)
        )

    def __len__(self) -> int:
        return int(self._connection.execute("SELECT COUNT(*) FROM results").fetchone()[0])

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_cache(root: Path) -> ResultCache:
    """The cache of the repository (or directory) at ``root``."""
    return ResultCache(root / ".regdesign" / "cache")
