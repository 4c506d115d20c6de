"""Result cache keyed by Git blob id, in SQLite (``.regdesign/cache/results.sqlite``).

A blob id is what ``git hash-object`` prints for the file's bytes, so a result computed for a committed file is
found again for the same content anywhere (another path, another branch). The key also carries a salt (tool
version, rule-pack version, configuration), so changing any of them invalidates old entries.

Safe under concurrent runs: WAL journal, a busy timeout, and ``INSERT OR REPLACE`` of whole rows. Two things
SQLite does not wait for on its own are handled here: switching a new database to WAL (the switch needs an exclusive
lock and fails at once when another connection is opening the same file), which is done under an advisory file lock
held only while a connection is set up; and the rare ``SQLITE_BUSY`` returned without calling the busy handler (a
stale snapshot, a checkpoint in progress), which is retried with a short back-off until the timeout.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

SCHEMA = "CREATE TABLE IF NOT EXISTS results (blob TEXT, salt TEXT, data TEXT NOT NULL, PRIMARY KEY (blob, salt))"
TIMEOUT = 30.0
_T = TypeVar("_T")


def _busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _retrying(action: Callable[[], _T], timeout: float = TIMEOUT) -> _T:
    """``action()``, tried again while SQLite answers "database is locked/busy", for at most ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            return action()
        except sqlite3.OperationalError as error:
            if not _busy(error) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


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
        self._connection = sqlite3.connect(self.path, timeout=TIMEOUT, isolation_level=None, check_same_thread=False)
        try:
            with open(directory / "results.lock", "a+b") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                _retrying(lambda: self._connection.execute("PRAGMA journal_mode=WAL"))
                _retrying(lambda: self._connection.execute(SCHEMA))
            self._connection.execute("PRAGMA synchronous=NORMAL")
        except BaseException:
            self._connection.close()
            raise

    def get(self, blob: str, salt: str) -> Any | None:
        query = "SELECT data FROM results WHERE blob = ? AND salt = ?"
        row = _retrying(lambda: self._connection.execute(query, (blob, salt)).fetchone())
        return json.loads(row[0]) if row else None

    def put(self, blob: str, salt: str, value: Any) -> None:
        payload = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
        statement = "INSERT OR REPLACE INTO results (blob, salt, data) VALUES (?, ?, ?)"
        _retrying(lambda: self._connection.execute(statement, (blob, salt, payload)))

    def __len__(self) -> int:
        return int(_retrying(lambda: self._connection.execute("SELECT COUNT(*) FROM results").fetchone()[0]))

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> ResultCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_cache(root: Path) -> ResultCache:
    """The cache of the repository (or directory) at ``root``."""
    return ResultCache(root / ".regdesign" / "cache")
