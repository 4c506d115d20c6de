"""The docassemble package ``docassemble.medeinn`` built from ``interviews/`` for a standard docassemble server.

Layout (as docassemble packages have): ``setup.py``, ``pyproject.toml``, ``docassemble/medeinn/__init__.py``
(``docassemble`` stays a namespace package), ``docassemble/medeinn/data/questions/*.yml`` (interviews, their parts and the
answer sets), ``data/templates``, ``data/static``, and the vendored modules ``validators.py`` and ``documents.py``.

Decision: the package VENDORS the pure-Python functions interviews call (validators, ToR builder) instead of
depending on regdesign (which pins Python 3.11, spaCy and Streamlit). Module references in the YAML are rewritten
from ``regdesign.interviews.X`` to ``docassemble.medeinn.X``. The barrier review needs regdesign's rule engine: on a
server where ``regdesign`` is not installed it is skipped (``review_texts`` returns no findings); install regdesign
in the server's venv to enable it.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

PACKAGE = "docassemble.medeinn"
VERSION = "0.1.0"
REPO_ROOT = Path(__file__).resolve().parents[2]
VENDORED = ("validators.py", "documents.py")

SETUP_PY = """import os
from setuptools import setup, find_namespace_packages

setup(
    name="docassemble.medeinn",
    version="{version}",
    description="MedeINN: entrevistas para términos de referencia y propuestas",
    license="MIT",
    url="https://www.medellin.gov.co/medeinn",
    packages=find_namespace_packages(include=["docassemble.*"]),
    install_requires=["PyYAML"],
    zip_safe=False,
    package_data={{"docassemble.medeinn": ["data/questions/*.yml", "data/questions/**/*.yml", "data/templates/*",
                                           "data/static/*", "data/sources/*"]}},
)
"""

PYPROJECT = """[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"
"""


def _rewrite(text: str) -> str:
    return re.sub(r"\bregdesign\.interviews\.(validators|documents)\b", r"docassemble.medeinn.\1", text)


def build_package(out_dir: str | os.PathLike[str], interviews_dir: str | os.PathLike[str] | None = None) -> Path:
    """Write the package tree into ``out_dir/docassemble-medeinn`` (replaced atomically) and return its path."""
    source = Path(interviews_dir) if interviews_dir else REPO_ROOT / "interviews"
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "docassemble-medeinn"
    staging = Path(tempfile.mkdtemp(dir=out, prefix=".docassemble-medeinn."))
    try:
        pkg = staging / "docassemble" / "medeinn"
        questions = pkg / "data" / "questions"
        for sub in ("questions", "templates", "static", "sources"):
            (pkg / "data" / sub).mkdir(parents=True, exist_ok=True)
        # No docassemble/__init__.py: "docassemble" is a namespace package shared with docassemble.base.
        (pkg / "__init__.py").write_text(f'__version__ = "{VERSION}"\n', encoding="utf-8")
        for name in VENDORED:
            text = (REPO_ROOT / "regdesign" / "interviews" / name).read_text(encoding="utf-8")
            text = text.replace("from regdesign.interviews.validators import", "from .validators import")
            (pkg / name).write_text(text, encoding="utf-8")
        for file in sorted(source.rglob("*.yml")):
            relative = file.relative_to(source)
            if relative.parts[0] == "templates":
                destination = pkg / "data" / "templates" / relative.name
            else:
                destination = questions / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_text(_rewrite(file.read_text(encoding="utf-8")), encoding="utf-8")
        for file in sorted((source / "templates").glob("*")) if (source / "templates").is_dir() else []:
            if file.suffix != ".yml" and file.is_file():
                shutil.copyfile(file, pkg / "data" / "templates" / file.name)
        (pkg / "data" / "static" / "README.md").write_text(
            "Archivos estáticos de docassemble.medeinn.\n", encoding="utf-8"
        )
        (staging / "setup.py").write_text(SETUP_PY.format(version=VERSION), encoding="utf-8")
        (staging / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
        (staging / "README.md").write_text(
            "# docassemble.medeinn\n\nEntrevistas de MedeINN. Instale con `pip install .` en el entorno del servidor "
            "docassemble o súbalo desde *Package Management*. Entrevista del autor: "
            "`docassemble.medeinn:data/questions/tor_author.yml`.\n",
            encoding="utf-8",
        )
        if target.exists():
            old = out / f".old-{target.name}"
            shutil.rmtree(old, ignore_errors=True)
            os.replace(target, old)
            os.replace(staging, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target
