"""Configuration of a regdesign run: ``[tool.regdesign]`` in ``pyproject.toml`` or a ``regdesign.toml``.

The first of ``regdesign.toml`` or ``pyproject.toml`` (with a ``[tool.regdesign]`` table) found from the working
directory upwards wins. Keys (all optional)::

    paths = ["bills", "terminos_de_referencia"]   # what `regdesign check` reads by default
    fail-on = "error"                              # error | warning | info | never
    select = ["OCDE", "ANTITRAMITES"]               # rule id or category prefixes to keep
    ignore = ["LENGUAJE-CLARO-ORACION"]             # rule id or category prefixes to drop
    min-business-days = 10                          # TDR-PLAZO: days between publication and closing
    lang = "es"                                     # es | en
    [rules.OCDE-A5-DOMICILIO]                       # per-rule switches and options
    enabled = false
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from regdesign.errors import ConfigError

DEFAULT_PATHS = ("bills", "terms_of_reference")
FAIL_ON_VALUES = ("error", "warning", "info", "never")


@dataclass(frozen=True, slots=True)
class Config:
    """The settings of one run, after merging the file and the command line."""

    root: Path = field(default_factory=Path.cwd)
    source: Path | None = None
    paths: tuple[str, ...] = DEFAULT_PATHS
    fail_on: str = "error"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    min_business_days: int = 10
    lang: str = "es"
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def with_overrides(self, **changes: Any) -> Config:
        """A copy with the given non-empty command-line values applied."""
        return replace(self, **{key: value for key, value in changes.items() if value not in (None, (), [])})

    def rules_config(self) -> dict[str, Any]:
        """The mapping the rule engine's ``load_rules(config=...)`` takes."""
        return {"select": list(self.select), "ignore": list(self.ignore), "rules": dict(self.rules)}

    def fingerprint(self) -> str:
        """A stable text that changes when anything affecting findings changes (cache key part)."""
        import json

        return json.dumps(
            {
                "select": self.select,
                "ignore": self.ignore,
                "min_business_days": self.min_business_days,
                "rules": self.rules,
            },
            sort_keys=True,
            default=str,
        )


def find_config_file(start: Path) -> tuple[Path | None, Mapping[str, Any]]:
    """The nearest ``regdesign.toml`` or ``pyproject.toml`` with ``[tool.regdesign]`` from ``start`` upwards."""
    start = start.resolve()
    for directory in (start, *start.parents):
        candidate = directory / "regdesign.toml"
        if candidate.is_file():
            return candidate, _read_toml(candidate)
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            table = _read_toml(candidate).get("tool", {}).get("regdesign")
            if table is not None:
                return candidate, table
    return None, {}


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: configuración inválida: {error}") from error


def _strings(value: Any, key: str, source: Path | None) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Sequence) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise ConfigError(f"{source}: '{key}' debe ser una lista de textos")


def load_config(start: Path | None = None) -> Config:
    """Reads the configuration that applies to ``start`` (default: the working directory)."""
    start = (start or Path.cwd()).resolve()
    source, table = find_config_file(start)
    root = source.parent if source else start
    config = Config(root=root, source=source)
    if not table:
        return config
    known = {"paths", "fail-on", "select", "ignore", "min-business-days", "lang", "rules"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"{source}: clave desconocida en [tool.regdesign]: {', '.join(unknown)}")
    fail_on = table.get("fail-on", config.fail_on)
    if fail_on not in FAIL_ON_VALUES:
        raise ConfigError(f"{source}: 'fail-on' debe ser uno de {', '.join(FAIL_ON_VALUES)}")
    days = table.get("min-business-days", config.min_business_days)
    if not isinstance(days, int) or days < 0:
        raise ConfigError(f"{source}: 'min-business-days' debe ser un entero no negativo")
    lang = table.get("lang", config.lang)
    if lang not in ("es", "en"):
        raise ConfigError(f"{source}: 'lang' debe ser 'es' o 'en'")
    rules = table.get("rules", {})
    if not isinstance(rules, Mapping) or not all(isinstance(v, Mapping) for v in rules.values()):
        raise ConfigError(f"{source}: [rules.<ID>] debe ser una tabla por regla")
    return replace(
        config,
        paths=_strings(table.get("paths", list(config.paths)), "paths", source),
        fail_on=fail_on,
        select=_strings(table.get("select", []), "select", source),
        ignore=_strings(table.get("ignore", []), "ignore", source),
        min_business_days=days,
        lang=lang,
        rules={key: dict(value) for key, value in rules.items()},
    )
