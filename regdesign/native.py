"""Which of regdesign's modules run compiled to C, and the switch back to their plain-Python sources.

``make`` compiles the hot modules in place (``tools/build_native.py``): the modules listed in :data:`COMPILED` with
mypyc, into one extension group, and the references component's doc scan with Cython. The modules stay ordinary,
fully typed Python; compiled or not, they give the same results (``tests/test_native.py``), only the speed differs.

Python imports an extension before a source of the same name, even when the source was edited after the build. So
``import regdesign`` installs a finder (:class:`_SourceFinder`) that loads the plain-Python sources of *every*
module of :data:`COMPILED` when any one of them is newer than the build, or when ``REGDESIGN_PURE_PYTHON=1`` asks
for it: all or none, because compiled modules of one group call each other's native classes directly. ``make``
rebuilds; until then the tool is only slower.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE_DIR = Path(__file__).resolve().parent
#: Modules compiled together by mypyc (one extension group, :data:`GROUP`).
COMPILED = (
    "regdesign.nlp.citation_grammar",
    "regdesign.nlp.citation_parser",
    "regdesign.nlp.sentences",
    "regdesign.nlp.plain",
    "regdesign.nlp.definitions",
    "regdesign.nlp.restrictions",
    "regdesign.nlp.barriers",
    "regdesign.readability",
    "regdesign.rules.engine",
    "regdesign.rules.barrier_model",
)
# Left as plain Python on purpose: regdesign.model (its frozen dataclasses, compiled, cannot be unpickled or copied:
# the explorer's caches failed with FrozenInstanceError), and regdesign.resolve, regdesign.structure and
# regdesign.laws.index (compiled, they gained about 5 % of a full check, and tests that replace a function of theirs
# with monkeypatch no longer reached the compiled callers).
#: The mypyc group: one shared library, ``regdesign/_compiled__mypyc*.so``, beside one small extension per module.
GROUP = "regdesign._compiled"
_GROUP_LIBRARY = f"{GROUP}__mypyc"
#: Cython extensions and their sources (no plain-Python module has their name: callers fall back themselves).
CYTHON = {"regdesign.nlp._docscan": "nlp/_docscan.pyx", "regdesign.nlp._trigscan": "nlp/_trigscan.pyx"}

PURE_PYTHON = os.environ.get("REGDESIGN_PURE_PYTHON", "") not in ("", "0")


def source_path(module: str) -> Path:
    """The ``.py`` source of a module of this package."""
    return PACKAGE_DIR.joinpath(*module.split(".")[1:]).with_suffix(".py")


def extensions(module: str) -> list[Path]:
    """The built extension files of a module (``name.cpython-311-….so``) of this package."""
    path = PACKAGE_DIR.joinpath(*module.split(".")[1:])
    return [p for p in path.parent.glob(f"{path.name}.*") if p.suffix in (".so", ".pyd")]


def _is_fresh(modules: Sequence[str], sources: Sequence[Path]) -> bool:
    built = [p for m in modules for p in extensions(m)]
    if len({p.parent / p.name.split(".")[0] for p in built}) < len(modules):
        return False
    present = [s for s in sources if s.is_file()]
    if len(present) < len(sources):
        return False
    return min(p.stat().st_mtime for p in built) >= max(s.stat().st_mtime for s in present)


def compiled_fresh() -> bool:
    """Every module of :data:`COMPILED` and the group library built, and newer than every one of their sources."""
    return _is_fresh([*COMPILED, _GROUP_LIBRARY], [source_path(m) for m in COMPILED])


def docscan_fresh() -> bool:
    """The Cython extensions (doc scan, trigger scan) built and newer than their sources."""
    return all(_is_fresh([m], [PACKAGE_DIR / src]) for m, src in CYTHON.items())


_USE_SOURCES: bool | None = None


def use_sources() -> bool:
    """Whether the modules of :data:`COMPILED` are imported from their sources (decided once per process)."""
    global _USE_SOURCES
    if _USE_SOURCES is None:
        _USE_SOURCES = PURE_PYTHON or not compiled_fresh()
    return _USE_SOURCES


def use_docscan() -> bool:
    return not PURE_PYTHON and docscan_fresh()


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the ``.py`` source of a module of :data:`COMPILED` when :func:`use_sources` says so; otherwise leaves
    the import to Python's own finders (which take the extension)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in _COMPILED_SET or not use_sources():
            return None
        return importlib.util.spec_from_file_location(fullname, source_path(fullname))


_COMPILED_SET = frozenset(COMPILED)


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once)."""
    if not any(isinstance(finder, _SourceFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder())


def is_compiled(module: ModuleType) -> bool:
    return str(getattr(module, "__file__", "")).endswith((".so", ".pyd"))


def native_status() -> dict[str, bool]:
    """Module name (without ``regdesign.``) → whether it runs compiled in this process (imports it if needed; the
    Cython doc scan counts as compiled when the references component uses it)."""
    status = {name.removeprefix("regdesign."): is_compiled(importlib.import_module(name)) for name in COMPILED}
    from regdesign.nlp import references

    status["nlp._docscan"] = references.DocScanner is not None
    from regdesign.nlp import citation_parser

    status["nlp._trigscan"] = citation_parser.TRIGGER_SCAN is not None
    return status


def package_dir(package: str) -> Path:
    """The folder of a package of regdesign, from its ``__init__`` (never compiled): inside a module compiled by
    mypyc, ``__file__`` names a path built from the group library's folder, which is not the module's own."""
    module = sys.modules.get(package) or importlib.import_module(package)
    return Path(str(module.__file__)).resolve().parent
