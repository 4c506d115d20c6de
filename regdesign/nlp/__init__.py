"""The spaCy pass: components registered as factories on ``spacy.blank("es")``.

Two of its modules are compiled to C extensions by ``make`` (``tools/build_native.py``): the citation grammar and
parser (mypyc) and the doc scan of the references component (Cython). The extension files sit beside their sources
and Python would import them first even when a source was edited after the build; so, on import, this package checks
that each extension is newer than its source and otherwise loads the plain-Python source instead (same results,
slower) until ``make`` rebuilds. ``REGDESIGN_PURE_PYTHON=1`` forces the plain-Python sources.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent
#: Modules compiled by mypyc, in import order (the parser imports the grammar).
MYPYC_MODULES = ("citation_grammar", "citation_parser")
#: The Cython extension and its source (there is no plain-Python module of that name: the caller falls back).
CYTHON_MODULES = {"_docscan": "_docscan.pyx"}


def _extensions(name: str) -> list[Path]:
    return [p for p in _HERE.glob(f"{name}.*") if p.suffix in (".so", ".pyd")]


def extension_is_fresh(name: str, source: str) -> bool:
    """True when ``name`` has a built extension at least as new as ``source`` (a file name in this package)."""
    built = _extensions(name)
    src = _HERE / source
    if not built or not src.is_file():
        return False
    return min(p.stat().st_mtime for p in built) >= src.stat().st_mtime


def native_status() -> dict[str, bool]:
    """Which compiled modules are in use in this process (for benchmarks and tests)."""
    status = {}
    for name in (*MYPYC_MODULES, *CYTHON_MODULES):
        module = sys.modules.get(f"{__name__}.{name}")
        status[name] = bool(module is not None and str(getattr(module, "__file__", "")).endswith((".so", ".pyd")))
    return status


def _load_source(name: str) -> None:
    full = f"{__name__}.{name}"
    spec = importlib.util.spec_from_file_location(full, _HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[full] = module
    spec.loader.exec_module(module)


PURE_PYTHON = os.environ.get("REGDESIGN_PURE_PYTHON", "") not in ("", "0")
if PURE_PYTHON or not all(extension_is_fresh(name, f"{name}.py") for name in MYPYC_MODULES):
    for _name in MYPYC_MODULES:
        if f"{__name__}.{_name}" not in sys.modules:
            _load_source(_name)
USE_DOCSCAN = not PURE_PYTHON and all(extension_is_fresh(n, src) for n, src in CYTHON_MODULES.items())
