from pathlib import Path

import pytest

from regdesign.config import Config, load_config
from regdesign.errors import ConfigError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_config_file(tmp_path):
    config = load_config(tmp_path)
    assert config.paths == ("bills", "terms_of_reference")
    assert config.fail_on == "error"
    assert config.source is None


def test_pyproject_table_is_read_from_a_parent_directory(tmp_path):
    write(
        tmp_path / "pyproject.toml",
        '[tool.regdesign]\nfail-on = "warning"\nignore = ["LENGUAJE-CLARO"]\n'
        "min-business-days = 5\n[tool.regdesign.rules.OCDE-A5-DOMICILIO]\nenabled = false\n",
    )
    nested = tmp_path / "bills" / "drafts"
    nested.mkdir(parents=True)
    config = load_config(nested)
    assert config.source == tmp_path / "pyproject.toml"
    assert config.root == tmp_path
    assert config.fail_on == "warning"
    assert config.ignore == ("LENGUAJE-CLARO",)
    assert config.min_business_days == 5
    assert config.rules_config()["rules"] == {"OCDE-A5-DOMICILIO": {"enabled": False}}


def test_regdesign_toml_wins_over_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.regdesign]\nfail-on = "warning"\n')
    write(tmp_path / "regdesign.toml", 'fail-on = "info"\n')
    assert load_config(tmp_path).fail_on == "info"


def test_pyproject_without_table_is_skipped(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    assert load_config(tmp_path).source is None


@pytest.mark.parametrize(
    "body, fragment",
    [
        ('fail-on = "sometimes"\n', "fail-on"),
        ("min-business-days = -1\n", "min-business-days"),
        ('colour = "red"\n', "colour"),
        ("select = 3\n", "select"),
        ("fail-on = \n", "configuración inválida"),
    ],
)
def test_invalid_config_is_one_clear_error(tmp_path, body, fragment):
    write(tmp_path / "regdesign.toml", body)
    with pytest.raises(ConfigError) as error:
        load_config(tmp_path)
    assert fragment in str(error.value)
    assert "regdesign.toml" in str(error.value)


def test_overrides_keep_file_values_when_flag_absent():
    config = Config(fail_on="warning", ignore=("X",))
    assert config.with_overrides(fail_on=None, ignore=()).fail_on == "warning"
    assert config.with_overrides(fail_on="info", ignore=("Y",)).ignore == ("Y",)
    assert config.fingerprint() != config.with_overrides(ignore=("Y",)).fingerprint()
