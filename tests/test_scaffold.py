"""`make vendor NAME=x`: the scaffolded spec folder is one `make generate` accepts as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from openapi_spec_validator import validate

from scankit_codegen import generate
from scankit_codegen.extensions import load_document, load_vendor
from scankit_codegen.lint_specs import conventions, readme_problems
from scankit_codegen.registry import vendors
from scankit_codegen.scaffold import main, scaffold


def test_the_scaffold_parses_lints_and_generates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    specs = tmp_path / "specs"
    folder = scaffold("zeta", "Zeta Scan", specs)
    assert sorted(p.name for p in folder.iterdir()) == ["codegen.yaml", "openapi.yaml"]
    assert vendors(specs) == ["zeta"]
    document = load_document(folder / "openapi.yaml")
    validate(document)
    assert conventions("zeta", document) == [] and readme_problems("zeta", document) == []
    model = load_vendor("zeta", specs)
    assert (model.meta.class_name, model.meta.env_key) == ("ZetaScan", "ZETA_API_KEY")

    monkeypatch.setattr(generate, "SPECS", specs)
    generate.generate_one("zeta", tmp_path / "generated", tmp_path / "vendors", tmp_path / "docs")
    facade = (tmp_path / "vendors" / "zeta.py").read_text(encoding="utf-8")
    assert "class ZetaScan(SyncClient):" in facade and "class AsyncZetaScan(AsyncClient):" in facade
    assert (tmp_path / "generated" / "zeta" / "scankit_zeta" / "api" / "scans" / "list_scans.py").exists()
    assert "`client.scans.list()`" in (tmp_path / "generated" / "zeta" / "README.md").read_text(encoding="utf-8")
    assert "## `client.scans`" in (tmp_path / "docs" / "zeta.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("slug", "name", "message"),
    [
        ("Zeta", None, "lower-case letters and digits"),
        ("hostedscan", None, "exists already"),
        ("zeta", "Zeta-Scan", "letters, digits and spaces"),
    ],
)
def test_a_bad_or_taken_name_is_refused(slug: str, name: str | None, message: str, tmp_path: Path) -> None:
    (tmp_path / "hostedscan").mkdir()
    with pytest.raises(ValueError, match=message):
        scaffold(slug, name, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["hostedscan"]


def test_the_command_says_what_is_wrong(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["Not-A-Slug"]) == 2
    assert "lower-case letters and digits" in capsys.readouterr().err


def test_a_spec_without_a_list_the_readme_can_show_is_linted(tmp_path: Path) -> None:
    """The README's example lists a paginated operation that needs no argument: say so before generating."""
    folder = scaffold("zeta", None, tmp_path)
    document = load_document(folder / "openapi.yaml")
    for param in document["paths"]["/v1/scans"]["get"]["parameters"]:
        param["required"] = True
    assert readme_problems("zeta", document) == [
        "#/paths: no paginated operation without required arguments; the README's example loops over one "
        '(docs/architecture.md, "Adding a vendor")'
    ]


def test_generating_every_vendor_removes_what_a_gone_spec_left(tmp_path: Path) -> None:
    """A spec renamed or removed leaves no package, facade, card or page behind (the drift check
    would fail on them, and a maintainer would have to find and delete them by hand)."""
    out, facades, pages = tmp_path / "generated", tmp_path / "vendors", tmp_path / "docs"
    for name in ("kept", "gone"):
        (out / name).mkdir(parents=True)
        (out / name / "pyproject.toml").write_text("[project]\n", encoding="utf-8")
    (out / "notes").mkdir()  # not a package of ours: left alone
    facades.mkdir()
    pages.mkdir()
    for path in (facades / "__init__.py", facades / "_webhooks.py", facades / "kept.py", pages / "kept.md"):
        path.write_text("", encoding="utf-8")
    for path in (facades / "gone.py", facades / "gone.json", pages / "gone.md"):
        path.write_text("", encoding="utf-8")
    stale = generate.stale_outputs(["kept"], out, facades, pages)
    assert sorted(str(p.relative_to(tmp_path)) for p in stale) == [
        "docs/gone.md",
        "generated/gone",
        "vendors/gone.json",
        "vendors/gone.py",
    ]
