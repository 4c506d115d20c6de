"""Shared fixtures. The public legal corpus in ../shared/corpus is used when present (CI has it beside the clone);
tests that need it are skipped on a machine that lacks it, the rest run from a fresh clone alone."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"

# The rule sets' pattern cache (regdesign.nlp.patterncache) of this test session, shared with the CLI processes the
# tests start, and never the developer's own ~/.cache.
if "REGDESIGN_CACHE_DIR" not in os.environ:
    _CACHE = tempfile.mkdtemp(prefix="regdesign-test-cache-")
    os.environ["REGDESIGN_CACHE_DIR"] = _CACHE
    atexit.register(shutil.rmtree, _CACHE, True)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    """../shared/corpus, the public legal texts; only this project's CI and developers have it."""
    if not SHARED_CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present on this machine")
    return SHARED_CORPUS
