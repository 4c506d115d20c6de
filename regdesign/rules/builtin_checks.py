"""The Python checks that ship with regdesign: importing this module registers all of them.

The rule engine imports it before it resolves ``check: <name>`` entries of the rule packs. Its only job is to
import the modules that call :func:`regdesign.rules.checks.register_check`; add a module here when it adds checks.
"""

from __future__ import annotations

import importlib

CHECK_MODULES: tuple[str, ...] = (
    "regdesign.nlp.plain",
    "regdesign.nlp.definitions",
    "regdesign.rules.barrier_model",
)

for _module in CHECK_MODULES:
    importlib.import_module(_module)
