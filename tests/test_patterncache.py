"""The rule sets' pattern cache (regdesign.nlp.patterncache): what it gives back is what it would compute."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from regdesign.nlp import barriers, patterncache
from regdesign.nlp.patterncache import PatternStore
from regdesign.rules.engine import TEXT_KINDS, load_rules

SAMPLE = (
    "El proponente deberá presentar certificado de existencia y representación legal expedido con no más de 30 días, "
    "copia autenticada ante notario, sello seco y firma manuscrita; la solicitud se radicará en ventanilla física "
    "de lunes a viernes. Se exige experiencia mínima de diez (10) años con entidades públicas del Valle de Aburrá."
)


def rule_patterns() -> list[tuple[str, int]]:
    """Every regex of the built-in text rules, folded and flagged as the matcher compiles it."""
    found = []
    for rule in load_rules():
        if rule.matcher in TEXT_KINDS and rule.matcher == "regex":
            compiled = barriers._compile_regex(rule.text_spec())
            found.append((compiled.pattern, compiled.flags & ~re.UNICODE))
    assert len(found) > 400  # the packs hold hundreds of regex rules
    return found


def assert_same_pattern(got: re.Pattern[str], expected: re.Pattern[str], text: str) -> None:
    assert (got.pattern, got.flags, got.groups, got.groupindex) == (
        expected.pattern,
        expected.flags,
        expected.groups,
        expected.groupindex,
    )
    assert [m.span() + m.groups() for m in got.finditer(text)] == [
        m.span() + m.groups() for m in expected.finditer(text)
    ]


def test_every_rule_pattern_comes_back_from_disk_as_re_compiles_it(tmp_path: Path) -> None:
    path = tmp_path / "patterns.json"
    text = barriers.fold_accents(SAMPLE).lower()
    patterns = rule_patterns()
    first = PatternStore(path)
    for pattern, flags in patterns:
        assert_same_pattern(first.compile(pattern, flags), re.compile(pattern, flags), text)
    first.save()
    stored = json.loads(path.read_text(encoding="utf-8"))["code"]
    assert len(stored) == len(set(patterns))
    second = PatternStore(path)  # a new process: rebuilt from the stored programs, not parsed
    for pattern, flags in patterns:
        assert_same_pattern(second.compile(pattern, flags), re.compile(pattern, flags), text)
    assert not second._dirty  # every pattern was found


def test_stored_analyses_equal_the_computed_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "patterns.json"
    patterns = rule_patterns()[:120]
    for attempt in range(2):  # computed and saved, then read back by a fresh store
        monkeypatch.setattr(patterncache, "_STORE", PatternStore(path))
        for pattern, flags in patterns:
            assert barriers._stored_alternatives(pattern, flags) == barriers.required_alternatives(pattern, flags)
            assert barriers._stored_prefixes(pattern, flags) == barriers.match_prefixes(pattern, flags)
        assert patterncache.store()._dirty is (attempt == 0)
        patterncache.store().save()


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "patterns.json"
    for damage in ("{not json", json.dumps({"format": 1, "analyses": [], "code": {}}), "\x00\xff"):
        path.write_text(damage, encoding="utf-8", errors="surrogateescape")
        store = PatternStore(path)
        assert store.compile(r"\bsello\s+seco", 0).search("un sello  seco")
        assert store.analysis("prefixes", r"\bsello\s+seco", 0, lambda p, f: ["sello"]) == ["sello"]
        store.save()
        assert json.loads(path.read_text(encoding="utf-8"))["analyses"] == {
            "prefixes\x000\x00\\bsello\\s+seco": ["sello"]
        }


def test_a_damaged_program_is_compiled_again(tmp_path: Path) -> None:
    path = tmp_path / "patterns.json"
    store = PatternStore(path)
    store.compile("ab+c", 0)
    store.save()
    data = json.loads(path.read_text(encoding="utf-8"))
    (key,) = data["code"]
    data["code"][key][1] = [999, 1, 2]  # not a program _sre accepts
    path.write_text(json.dumps(data), encoding="utf-8")
    again = PatternStore(path)
    assert again.compile("ab+c", 0).fullmatch("abbc")


def test_a_bad_pattern_still_raises_and_is_not_stored(tmp_path: Path) -> None:
    store = PatternStore(tmp_path / "patterns.json")
    with pytest.raises(re.error):
        store.compile("(unclosed", 0)
    store.save()
    assert not (tmp_path / "patterns.json").exists()


def test_the_folder_comes_from_the_environment_and_off_keeps_it_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(patterncache, "_STORE", None)
    monkeypatch.setenv("REGDESIGN_CACHE_DIR", str(tmp_path / "aqui"))
    assert patterncache.store().path is not None and patterncache.store().path.parent == tmp_path / "aqui"
    assert "barriers" not in patterncache.store().path.name  # named by the code's hash, not its file
    monkeypatch.setattr(patterncache, "_STORE", None)
    monkeypatch.setenv("REGDESIGN_CACHE_DIR", "off")
    store = patterncache.store()
    assert store.path is None
    assert store.compile("a+", 0).match("aa")
    store.save()
    monkeypatch.delenv("REGDESIGN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert patterncache.cache_dir() == tmp_path / "xdg" / "regdesign"


def test_an_unwritable_folder_only_costs_speed(tmp_path: Path) -> None:
    blocker = tmp_path / "fichero"
    blocker.write_text("no soy una carpeta", encoding="utf-8")
    store = PatternStore(blocker / "patterns.json")
    assert store.compile("x+y", 0).match("xxy")
    store.save()  # cannot create a folder inside a file: nothing raised, nothing lost
    assert blocker.read_text(encoding="utf-8") == "no soy una carpeta"


def test_a_pack_made_invalid_after_it_was_cached_as_valid_is_rejected(tmp_path: Path) -> None:
    from regdesign.errors import ConfigError

    good = (Path(__file__).resolve().parents[1] / "regdesign" / "rules" / "definiciones.yml").read_text(
        encoding="utf-8"
    )
    pack = tmp_path / "copia.yml"
    pack.write_text(good.replace("pack: definiciones", "pack: copia").replace("id: DEF", "id: COPIA-DEF"), "utf-8")
    load_rules(extra_dirs=[pack])  # valid, remembered as valid
    pack.write_text(pack.read_text(encoding="utf-8").replace("severity: ", "severity: fatal-", 1), "utf-8")
    with pytest.raises(ConfigError, match="copia.yml"):
        load_rules(extra_dirs=[pack])
