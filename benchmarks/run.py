"""Runs every benchmark module (``benchmarks/bench_*.py``) in one process and writes ``benchmarks/results.json``.

Each module exposes ``run(quick: bool = False) -> dict``. Ratios are measured inside one run of one module, so
the noise of a shared machine cancels out; absolute numbers are reported beside them.

Usage: python benchmarks/run.py [--quick] [NAME ...]
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from regdesign.files import write_text_atomic  # noqa: E402


def _load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


#: Benchmarks that measure a whole system of processes (Streamlit server + browser) as a user runs it, on every core;
#: the others measure the library on one core (issue 3's throughput ratios are defined on one core).
ALL_CORES = {"explorer"}
_CORES = set(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else set()


def _set_cores(name: str) -> None:
    """One core for library benchmarks, every core for the ones in ALL_CORES (children inherit the affinity)."""
    if hasattr(os, "sched_setaffinity") and _CORES:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, _CORES if name in ALL_CORES else {min(_CORES)})


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    names = [a for a in argv if not a.startswith("-")]
    results: dict = {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "cores_used": {"library benchmarks": 1, "system benchmarks": sorted(ALL_CORES)},
        },
        "quick": quick,
        "benchmarks": {},
    }
    failed = 0
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if names and name not in names:
            continue
        print(f"== {name}", flush=True)
        _set_cores(name)
        started = time.perf_counter()
        try:
            data = _load(path).run(quick=quick)
        except Exception:  # a failing benchmark is reported, the others still run
            traceback.print_exc()
            data = {"error": traceback.format_exc(limit=3)}
            failed += 1
        data["wall_seconds"] = round(time.perf_counter() - started, 2)
        results["benchmarks"][name] = data
        print(json.dumps(data, indent=2, ensure_ascii=False, default=str), flush=True)
    write_text_atomic(HERE / "results.json", json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"wrote {HERE / 'results.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
