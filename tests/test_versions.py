"""One version number, in wrapper/scankit/_version.py, for scankit and every vendor's distribution.

hatch reads it for `scankit` (the wheel's metadata is checked in tests/test_wheels.py), and
scankit_codegen's generate gives it to the generator for every `scankit-<vendor>`.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
import yaml

import scankit
from scankit_codegen import generate
from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parent.parent
VENDORS = vendors()


def test_the_version_is_read_from_the_one_file() -> None:
    assert generate.version() == scankit.__version__
    text = (ROOT / "wrapper" / "scankit" / "_version.py").read_text(encoding="utf-8")
    assert f'__version__ = "{scankit.__version__}"' in text


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_vendor_package_carries_it(vendor: str) -> None:
    project = tomllib.loads((ROOT / "generated" / vendor / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == scankit.__version__
    assert "package_version_override" not in (yaml.safe_load((ROOT / "specs" / vendor / "codegen.yaml").read_text()))


def test_no_other_file_states_a_version() -> None:
    wrapper = tomllib.loads((ROOT / "wrapper" / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in wrapper["project"]
    assert set(wrapper["project"]["dynamic"]) == {"version", "optional-dependencies"}
    assert wrapper["tool"]["hatch"]["version"]["path"] == "scankit/_version.py"
    hook = (ROOT / "wrapper" / "hatch_build.py").read_text(encoding="utf-8")
    assert not re.search(r"\d+\.\d+\.\d+", hook), "the extras' pins come from _version.py"


def test_a_version_in_codegen_yaml_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "hostedscan").mkdir()
    config = yaml.safe_load((ROOT / "specs" / "hostedscan" / "codegen.yaml").read_text())
    (tmp_path / "hostedscan" / "codegen.yaml").write_text(
        yaml.safe_dump({**config, "package_version_override": "9.9.9"})
    )
    monkeypatch.setattr(generate, "SPECS", tmp_path)
    with pytest.raises(generate.GenerationError, match=r"the version lives in _version\.py alone"):
        generate.check_config("hostedscan")


def test_the_changelog_has_an_entry_for_this_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(scankit.__version__)}\b", text, re.M)
