"""A docassemble session in a worker process, for the Streamlit explorer and other step-by-step front ends.

:class:`InterviewSession` starts ``python -m regdesign.interviews.worker`` (docassemble's import, locale and thread
state stay out of the caller's process) and talks JSON lines over stdin/stdout: ``start``, ``answer``,
``documents``. Each call returns a :class:`~regdesign.interviews.engine.Screen` as a dict.

Guarantees: one request at a time per session; a worker that dies becomes a clean
:class:`~regdesign.errors.RegdesignError`; ``close()`` (or the context manager) ends the worker it started.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from regdesign.errors import RegdesignError


class InterviewSession:
    """``start(yaml_path) -> screen``, ``answer(values) -> screen``, ``documents(out_dir) -> list[Path]``."""

    def __init__(self) -> None:
        env = dict(os.environ, PYTHONUTF8="1")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "regdesign.interviews.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self._lock = threading.Lock()

    def _call(self, request: Mapping[str, Any]) -> Any:
        with self._lock:
            if self._process.poll() is not None:
                raise RegdesignError("el proceso de la entrevista terminó / interview worker is not running")
            assert self._process.stdin and self._process.stdout
            self._process.stdin.write(json.dumps(request, ensure_ascii=False, default=str) + "\n")
            self._process.stdin.flush()
            line = self._process.stdout.readline()
        if not line:
            raise RegdesignError("el proceso de la entrevista no respondió / interview worker died")
        reply = json.loads(line)
        if "error" in reply:
            raise RegdesignError(reply["error"])
        return reply["result"]

    def start(self, yaml_path: str | os.PathLike[str]) -> dict[str, Any]:
        return self._call({"op": "start", "path": str(Path(yaml_path).resolve())})

    def answer(self, values: Mapping[str, Any]) -> dict[str, Any]:
        return self._call({"op": "answer", "values": dict(values)})

    def documents(self, out_dir: str | os.PathLike[str], *, pdf: bool = True) -> list[Path]:
        return [Path(p) for p in self._call({"op": "documents", "out": str(out_dir), "pdf": pdf})]

    def close(self) -> None:
        if self._process.poll() is None:
            with contextlib.suppress(RegdesignError):
                self._call({"op": "quit"})
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()

    def __enter__(self) -> InterviewSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(stdin: Any = None, stdout: Any = None) -> None:
    """The worker loop: one JSON request per line in, one JSON reply per line out."""
    from regdesign.interviews.engine import EngineSession, write_documents

    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    session: EngineSession | None = None
    screen = None
    for line in stdin:
        try:
            request = json.loads(line)
            op = request.get("op")
            if op == "quit":
                stdout.write(json.dumps({"result": None}) + "\n")
                stdout.flush()
                return
            if op == "start":
                session = EngineSession(request["path"])
                screen = session.screen()
                result: Any = screen.to_dict()
            elif op == "answer":
                if session is None:
                    raise RegdesignError("no hay entrevista iniciada / call start first")
                screen = session.answer(request.get("values") or {})
                result = screen.to_dict()
            elif op == "documents":
                if screen is None or not screen.is_end:
                    raise RegdesignError("la entrevista no ha terminado / interview not finished")
                result = [
                    str(p) for p in write_documents(screen, Path(request["out"]), pdf=bool(request.get("pdf", True)))
                ]
            else:
                raise RegdesignError(f"operación desconocida {op!r}")
            reply = {"result": result}
        except RegdesignError as error:
            reply = {"error": str(error)}
        except Exception as error:  # noqa: BLE001 - the worker must answer every request
            reply = {"error": f"{type(error).__name__}: {error}"}
        stdout.write(json.dumps(reply, ensure_ascii=False, default=str) + "\n")
        stdout.flush()


if __name__ == "__main__":
    serve()
