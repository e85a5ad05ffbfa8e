"""The documentation: every operation and model in the reference, READMEs that show real usage,
no stock text, no pointer to a file outside the repository.

The vendor pages (docs/vendors/) and the distributions' READMEs (generated/<v>/README.md) are
rendered from the specs by `make generate`; the drift check proves the checked-in files are what the
specs give, and these tests prove what the renderers give is complete and true. The site itself is
built by `make docs` (`mkdocs build --strict`), which `make check` runs.
"""

from __future__ import annotations

import copy
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scankit_codegen import docs, readme
from scankit_codegen.extensions import SpecError, load_vendor, parse_vendor
from scankit_codegen.registry import vendors

ROOT = Path(__file__).resolve().parent.parent
VENDORS = vendors()

# What the generator's stock README and examples say: none of it exists in scankit.
STOCK_TEXT = [
    "api.example.com",
    "internal_api.example.com",
    "MyDataModel",
    "my_data_model",
    "my_tag",
    "SuperSecretToken",
    "A client library for accessing",
]
# Files that live outside the repository: the project must not send a reader to them.
OUTSIDE = [
    re.compile(r"\bDESIGN\.md\b"),
    re.compile(r"(?<![\w.-])shared/(seeds|vendor-notes|generator-notes|hooks)\b"),
    re.compile(r"/work/(shared|main|wt)\b"),
]
SKIP_DIRS = {
    ".git",
    ".venv",
    "node_modules",
    "site",
    "dist",
    "build",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".hypothesis",
}
TEXT_SUFFIXES = {".py", ".md", ".yaml", ".yml", ".toml", ".txt", ".jinja", ".cfg", ".ini", ".json", ""}


def spec(vendor: str) -> dict[str, Any]:
    return docs.load_spec(vendor)


def page(vendor: str) -> str:
    return (ROOT / "docs" / "vendors" / f"{vendor}.md").read_text(encoding="utf-8")


def repo_text_files() -> list[Path]:
    """The repository's own text files: what git tracks (or would), not caches tools leave behind."""
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    candidates = [ROOT / line for line in listed.stdout.splitlines()] if listed.returncode == 0 else ROOT.rglob("*")
    out = []
    for path in candidates:
        rel = path.relative_to(ROOT)
        if SKIP_DIRS.intersection(rel.parts) or any(p.endswith(".egg-info") for p in rel.parts):
            continue
        if "cassettes" in rel.parts:  # recorded traffic, not prose (and checked for secrets elsewhere)
            continue
        if path.is_file() and path.suffix in TEXT_SUFFIXES and path.stat().st_size < 2_000_000:
            out.append(path)
    return out


# -- the reference -----------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_operation_has_an_entry_in_the_reference(vendor: str) -> None:
    text = page(vendor)
    for op in load_vendor(vendor).operations:
        heading = re.search(rf"^### .*\{{#{docs.anchor('op', op.operation_id)}\}}$", text, re.M)
        assert heading, f"{vendor}: {op.operation_id} has no entry in docs/vendors/{vendor}.md"
        assert f"`{op.call}()`" in heading.group(0)
        assert f"`{op.method} {op.path}`" in text
        for param in op.parameters:
            assert f"`{docs.python_name(param['name'].removesuffix('[]'))}`" in text, (vendor, param["name"])


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_argument_has_a_description(vendor: str) -> None:
    """An empty description cell (the request body's, once) leaves a reader to guess."""
    rows = [line for line in page(vendor).splitlines() if re.match(r"^\| `\w+` \| (path|query|header|body)\b", line)]
    assert rows
    for row in rows:
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]
        assert len(cells) == 5 and cells[4], f"docs/vendors/{vendor}.md: {row}"


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_model_and_field_has_an_entry(vendor: str) -> None:
    text = page(vendor)
    for name, schema in spec(vendor)["components"]["schemas"].items():
        assert f"{{#{docs.anchor('model', name)}}}" in text, f"{vendor}: model {name} missing"
        for prop in schema.get("properties") or {}:
            assert f"| `{prop}` | `{docs.python_name(prop)}` |" in text, f"{vendor}: {name}.{prop} missing"


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_inferred_fact_is_listed_with_its_reason(vendor: str) -> None:
    text = page(vendor)
    found = list(docs.inferred(spec(vendor)))
    assert found, f"{vendor}: the specs all mark something inferred"
    for where, why in found:
        assert f"| {docs.locate(load_vendor(vendor), where)} | {docs.one_line(why)} |" in text


def cells(row: str) -> int:
    """How many cells a Markdown table row has: `|` inside a code span or escaped does not count."""
    row = re.sub(r"`[^`]*`", "code", row.replace("\\|", ""))
    return row.strip().strip("|").count("|") + 1


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_table_row_has_as_many_cells_as_its_header(vendor: str) -> None:
    """A type such as `str | None` in a cell must not split it (the row would shift a column)."""
    header = 0
    for n, line in enumerate(page(vendor).splitlines(), 1):
        if not line.startswith("|"):
            header = 0
        elif not header:
            header = cells(line)
        else:
            assert cells(line) == header, f"docs/vendors/{vendor}.md:{n}: {line}"


# What the vendor research writes for maintainers: meaningless to a reader outside this repository.
MAINTAINER_NOTES = [
    re.compile(r"\bseed (page|example|\d{3})", re.I),
    re.compile(r"vendor-notes"),
    re.compile(r"\.\./shared"),
    re.compile(r"^Source: ", re.M),
    re.compile(r"\[(C|I|2nd)\b[^\]]*\]"),  # the research's confidence labels
    re.compile(r"\bcommits? [0-9a-f]{7}"),
    re.compile(r"(?<![\w/.-])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7}(?![\w-])"),  # a bare commit hash
    re.compile(r"x-scankit-(notes|source)"),
]


def maintainer_notes(text: str) -> list[str]:
    text = re.sub(r"<?https?://\S+", "", text)  # a URL may hold anything
    return [m.group(0) for pattern in MAINTAINER_NOTES for m in pattern.finditer(text)]


# The one page for maintainers: it explains x-scankit-source itself.
USER_PAGES = sorted(
    str(p.relative_to(ROOT / "docs")) for p in (ROOT / "docs").rglob("*.md") if p.name != "architecture.md"
)


@pytest.mark.parametrize("name", USER_PAGES)
def test_user_pages_carry_no_maintainers_notes(name: str) -> None:
    """Provenance stays in the spec (x-scankit-source, x-scankit-notes); a page shows at most a
    collapsed "Where this comes from" note with real URLs."""
    assert not maintainer_notes((ROOT / "docs" / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("vendor", VENDORS)
def test_help_texts_carry_no_maintainers_notes(vendor: str) -> None:
    """`--help` and IDE hovers show the facade's docstrings, which come from the spec's descriptions."""
    import ast

    tree = ast.parse((ROOT / "wrapper" / "scankit" / "vendors" / f"{vendor}.py").read_text(encoding="utf-8"))
    nodes = [n for n in ast.walk(tree) if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef))]
    found = {n.name if hasattr(n, "name") else "module": maintainer_notes(ast.get_docstring(n) or "") for n in nodes}
    assert not {k: v for k, v in found.items() if v}


def test_the_maintainers_notes_check_catches_what_it_is_for() -> None:
    for text in (
        "Source: seed 001.",
        "appeared for half a day only (docs repository commits d06e4b9 and 99baf5a)",
        "Documented on the inference model (vendor-notes [C by analogy])",
        "removed in d160f27",
    ):
        assert maintainer_notes(text), text
    assert not maintainer_notes("See <https://github.com/o/r/blob/d160f27/x.md> and scan_czhgjrk5JaVvyATPDbyURp.")


@pytest.mark.parametrize("vendor", VENDORS)
def test_every_source_tag_has_a_real_url_in_the_spec(vendor: str) -> None:
    """A `seed NNN` or `repo:path` source means nothing on a page: the spec maps each to a URL."""
    s = spec(vendor)
    known = s.get("x-scankit-sources") or {}
    assert all(url is None or str(url).startswith("https://") for url in known.values()), known

    def sources(node: Any) -> Any:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("x-scankit-source", "source") and isinstance(value, str):
                    yield value
                yield from sources(value)
        elif isinstance(node, list):
            for value in node:
                yield from sources(value)

    for source in sources(s):
        for tag in re.findall(r"\bseed (\d{3})", source):
            assert known.get(f"seed {tag}", "").startswith("https://"), (vendor, tag)


def test_where_this_comes_from_links_the_real_pages() -> None:
    links = docs.source_links(
        load_vendor("hostedscan"),
        "seed 001 (ScanState); vendor-notes [C] hostedscan-docs-gitbook:webhooks/overview.md, webhooks/event-types.md",
    )
    base = "https://github.com/hostedscan/hostedscan-docs-gitbook/blob/HEAD/"
    assert links == [f"{base}api/scans/get-scans.md", f"{base}webhooks/overview.md", f"{base}webhooks/event-types.md"]
    assert (
        docs.source_links(load_vendor("cloneguard"), "[C for v1] plugin (v1, https://pciscan.clone-systems.com/API/v1)")
        == []
    )
    list_scans = page("hostedscan").split("{#op-listscans}", 1)[1].split("\n### ", 1)[0]
    assert f'??? note "Where this comes from"\n\n    - <{base}api/scans/get-scans.md>' in list_scans


def test_a_missing_operation_would_be_caught() -> None:
    """The check above looks at what the renderer wrote: an operation it dropped is reported."""
    trimmed = copy.deepcopy(spec("hostedscan"))
    del trimmed["paths"]["/v1/scans/{id}"]["get"]
    del trimmed["x-scankit-webhooks"]  # (its only other reference: the waiter's resource)
    coverage = trimmed["x-scankit-coverage"]
    coverage["operations"] = [e for e in coverage["operations"] if e.get("covered") != "getScan"]
    for item in trimmed["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                op.pop("x-scankit-waiter", None)
    assert "{#op-getscan}" not in docs.render_vendor(parse_vendor("hostedscan", trimmed))
    assert "{#op-getscan}" in docs.render_vendor(load_vendor("hostedscan"))


def test_pages_show_rate_limit_pagination_and_error_body() -> None:
    passentry, hostedscan, advalidation = page("passentry"), page("hostedscan"), page("advalidation")
    assert "10 requests per 1 s" in passentry and "advises staying at 9" in passentry
    assert "x-rate-limit-retry-after" in passentry
    assert "`Retry-After` is known to be wrong" in advalidation
    assert "Cursor: the next page is asked for with `page_token`" in hostedscan
    assert "Error body on 400, 401, 404, 5XX: [ErrorBody](#model-errorbody)" in hostedscan
    assert "`404` → `scankit.NotFoundError`" in hostedscan


def test_waiter_and_webhooks_are_rendered_from_the_spec() -> None:
    """x-scankit-waiter (on a get) and x-scankit-webhooks (at the root) reach the page, key by key."""
    s = copy.deepcopy(spec("hostedscan"))
    s["paths"]["/v1/scans/{id}"]["get"]["x-scankit-waiter"].update(poll_interval=30, initial_delay=7)
    s["x-scankit-webhooks"]["signature"]["header"] = "X-Renamed-Signature"
    s["x-scankit-webhooks"]["events"] = ["scan.succeeded", "scan.failed"]
    text = docs.render_vendor(parse_vendor("hostedscan", s))
    get_scan = text.split("{#op-getscan}", 1)[1].split("\n### ", 1)[0]
    assert "`scans.wait(id)` polls this operation until `state` is a state that ends a run" in get_scan
    assert "`FAILED`, `OVER_LIMIT` when it did not" in get_scan
    assert "every 30 s, the first time after 7 s" in get_scan
    assert "| `poll_interval` |" not in get_scan, "a waiter is described in words, not as its raw keys"
    hooks = text.split("## Webhooks", 1)[1].split("\n## ", 1)[0]
    assert "the `X-Renamed-Signature` header holds the HMAC-SHA256" in hooks
    assert "- `scan.succeeded`" in hooks


def test_a_key_the_model_does_not_know_never_reaches_a_page() -> None:
    """An unknown key is refused with its JSON pointer instead of being shown (or ignored)."""
    s = copy.deepcopy(spec("hostedscan"))
    s["paths"]["/v1/scans/{id}"]["get"]["x-scankit-waiter"]["interval_seconds"] = 30
    with pytest.raises(
        SpecError, match=r"#/paths/~1v1~1scans~1\{id\}/get/x-scankit-waiter/interval_seconds: unknown key"
    ):
        parse_vendor("hostedscan", s)


def test_a_waiter_page_says_a_failed_run_is_returned_not_raised() -> None:
    """`wait()` returns the resource in whatever final state it reached (scankit._waiter): the page
    must not promise an exception for a failed run."""
    for vendor in VENDORS:
        for op in load_vendor(vendor).operations:
            if op.waiter is None:
                continue
            section = page(vendor).split(f"{{#{docs.anchor('op', op.operation_id)}}}", 1)[1]
            section = section.split("\n### ", 1)[0]
            assert "A failed run is an answer, not an exception" in section, (vendor, op.operation_id)
            assert "raises" not in section.split("**Waiting for a run to end**", 1)[1].split("WaitTimeoutError")[0]
            assert "failure value raises" not in page(vendor)


def test_every_page_is_in_the_site_nav_and_every_nav_entry_exists() -> None:
    """The hand-written pages are listed in mkdocs.yml; the vendor pages, one per spec, by its hook."""
    from scankit_codegen.mkdocs_hooks import vendor_nav

    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = set(re.findall(r":\s*([\w/.-]+\.md)\s*$", config, re.M))
    generated = {page for entry in vendor_nav() for page in entry.values()}
    assert generated == {f"vendors/{v}.md" for v in VENDORS}
    pages = {str(p.relative_to(ROOT / "docs")) for p in (ROOT / "docs").rglob("*.md")}
    assert nav | generated == pages and not nav & generated


def test_the_site_builds_offline() -> None:
    """Nothing in mkdocs.yml fetches at build time (social cards, privacy, remote inventories, fonts)."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for fetching in ("social", "privacy", "import:", "optimize"):
        assert not re.search(rf"^\s*-?\s*{fetching}\b", config, re.M), fetching
    assert re.search(r"^\s*font: false$", config, re.M)


# -- the distributions' READMEs ----------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS)
def test_vendor_readme_is_rendered_from_its_spec(vendor: str) -> None:
    text = (ROOT / "generated" / vendor / "README.md").read_text(encoding="utf-8")
    model = load_vendor(vendor)
    assert text == readme.render(model, __import__("scankit").__version__)
    assert f'pip install "scankit[{vendor}]"' in text
    assert f"`{model.meta.env_key}`" in text
    assert f"docs/vendors/{vendor}.md" in text
    for op in model.operations:
        assert f"`client.{op.call}()`" in text


def served(vendor: str) -> None:
    from scankit.sandbox import VENDORS as SERVED

    if vendor not in SERVED:
        pytest.skip(f"the sandbox does not serve {vendor} yet")


def readme_example(vendor: str) -> str:
    text = (ROOT / "generated" / vendor / "README.md").read_text(encoding="utf-8")
    usage = text.split("## Use it", 1)[1]
    return re.findall(r"```python\n(.*?)```", usage, re.S)[0]


@pytest.mark.parametrize("vendor", VENDORS)
def test_vendor_readme_example_runs_against_the_sandbox(vendor: str, scankit_sandbox: Any) -> None:
    """The README's list/get example uses real operations and fields: it runs as written."""
    served(vendor)
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))}
    env.update(scankit_sandbox.env())
    code = readme_example(vendor) + "\nprint('got', type(one).__name__)\n"
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = proc.stdout.strip().splitlines()
    assert 2 <= len(lines) <= 21, lines[:3]  # up to 20 items (max_items=20), then the one fetched again
    assert lines[-1].startswith("got ")
    assert "UNSET" not in proc.stdout and "Unset" not in proc.stdout, "the example prints fields that are there"


def test_no_stock_example_text_anywhere() -> None:
    files = [*ROOT.glob("generated/*/README.md"), *(ROOT / "docs").rglob("*.md"), ROOT / "README.md"]
    files += [ROOT / "wrapper" / "README.md", ROOT / "CHANGELOG.md"]
    found = [(str(f.relative_to(ROOT)), s) for f in files for s in STOCK_TEXT if s in f.read_text(encoding="utf-8")]
    assert not found


def test_nothing_refers_to_a_file_outside_the_repository() -> None:
    this = Path(__file__).resolve()
    found = []
    for path in repo_text_files():
        if path.resolve() == this:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if any(p.search(line) for p in OUTSIDE):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()[:100]}")
    assert not found, "\n".join(found)


def test_the_architecture_doc_explains_what_the_code_points_at() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, re.M)
    for needed in ("Specs → generated → wrapper", "The x-scankit extensions", "The one seam", "The generator"):
        assert needed in headings
    assert "## The pure core and the two drivers" in text and "## Adding a vendor" in text
    facade = (ROOT / "wrapper" / "scankit" / "vendors" / "hostedscan.py").read_text(encoding="utf-8")
    assert '(docs/architecture.md, "The one seam")' in facade
    for ext in ("x-scankit-pagination", "x-scankit-waiter", "x-scankit-webhooks", "x-scankit-unwrap"):
        assert f"`{ext}`" in text


def test_the_api_page_documents_every_public_name() -> None:
    """`::: scankit` over the whole module: a name added to `__all__` reaches the page by itself."""
    text = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    directive = re.search(r"^::: scankit\n((?:    .*\n)*)", text, re.M)
    assert directive, "docs/api.md documents the scankit module"
    assert "members:" not in directive.group(1) and "show_if_no_docstring: true" in directive.group(1)


@pytest.mark.parametrize("vendor", VENDORS)
def test_vendor_readme_generated_client_example_runs_against_the_sandbox(vendor: str, scankit_sandbox: Any) -> None:
    """The example without the scankit client: the real generated module, auth header and prefix."""
    served(vendor)
    sandbox = scankit_sandbox.env()
    stem = spec(vendor)["x-scankit"]["env_key"].removesuffix("_API_KEY")
    text = (ROOT / "generated" / vendor / "README.md").read_text(encoding="utf-8")
    code = re.findall(r"```python\n(.*?)```", text.split("Without the scankit client", 1)[1], re.S)[0]
    base_url = re.search(r'base_url="([^"]+)"', code)
    assert base_url and base_url.group(1) == spec(vendor)["servers"][0]["url"]
    code = code.replace(base_url.group(1), sandbox[f"{stem}_BASE_URL"])
    code = code.replace("<the API key>", sandbox[f"{stem}_API_KEY"])
    for placeholder in re.findall(r"<the (\w+)>", code):
        code = code.replace(f"<the {placeholder}>", sandbox[f"{stem}_{readme.snake_case(placeholder).upper()}"])
    code += "\nassert page is not None and type(page).__name__ != 'ErrorBody', page\nprint(type(page).__name__)\n"
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL", "_TOKEN"))}
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == re.search(r"# (\w+): one page", code).group(1)  # type: ignore[union-attr]


# -- the hand-written pages: what they name exists, and what the code has is named ----------------


def docs_page(name: str) -> str:
    return (ROOT / "docs" / name).read_text(encoding="utf-8")


def test_the_cli_page_has_every_exit_code_command_and_the_table_cap() -> None:
    """A new exit code, top-level command or a changed table cap must reach docs/cli.md."""
    from scankit.cli._app import TABLE_CAP
    from scankit.cli._exits import ExitCode
    from scankit.cli._root import RootGroup
    from scankit.vendors import slugs as vendor_slugs

    text = docs_page("cli.md")
    table = re.findall(r"^\| (\d+) \| .+ \|$", text, re.M)
    assert [int(code) for code in table] == [int(code) for code in ExitCode]
    for command in set(RootGroup().list_commands(None)) - set(vendor_slugs()):  # type: ignore[arg-type]
        assert f"scankit {command}" in text, command
    assert f"stops at {TABLE_CAP} rows" in text


def test_the_workflow_page_names_only_what_exists() -> None:
    """Every attribute in the raw/streamed response lists and every scankit.X name is real."""
    import scankit

    text = docs_page("workflow.md")
    for name in set(re.findall(r"`scankit\.([A-Za-z_]+)", text)):
        assert hasattr(scankit, name), f"docs/workflow.md names scankit.{name}"
    raw = text.split("## Raw responses", 1)[1].split("\n## ", 1)[0]
    for attr in re.findall(r"`\.([a-z_]+)(?:\(\))?`", raw.split("```python", 1)[0]):
        assert hasattr(scankit.RawResponse, attr), f"RawResponse.{attr}"
    streamed = text.split("## Streamed downloads", 1)[1].split("\n## ", 1)[0]
    for attr in re.findall(r"`\.([a-z_]+)(?:\([^`]*\))?`", streamed.split("The plain", 1)[0]):
        assert hasattr(scankit.StreamedResponse, attr), f"StreamedResponse.{attr}"
        assert hasattr(scankit.AsyncStreamedResponse, attr), f"AsyncStreamedResponse.{attr}"
    for field in re.findall(r"`\.([a-z_]+)`", text.split("scankit.WaitStatus`", 1)[1].split("\n- ", 1)[0]):
        assert hasattr(scankit.WaitStatus, field) or field in scankit.WaitStatus.__annotations__, field


def webhook_rows() -> dict[str, str]:
    """The vendors docs/webhooks.md has a row for, and the row."""
    rows = {}
    for line in docs_page("webhooks.md").splitlines():
        found = re.search(r"\(vendors/(\w+)\.md#webhooks\)", line)
        if found:
            rows[found.group(1)] = line
    return rows


def test_the_webhooks_page_names_only_vendors_with_webhooks() -> None:
    rows = webhook_rows()
    assert rows
    assert all("x-scankit-webhooks" in spec(v) for v in rows), sorted(rows)


@pytest.mark.parametrize("vendor", sorted(webhook_rows()))
def test_the_webhooks_page_shows_each_vendors_scheme_from_its_spec(vendor: str) -> None:
    hooks = spec(vendor)["x-scankit-webhooks"]
    row = webhook_rows()[vendor]
    assert f"`{hooks['signature']['header']}`" in row
    for event in hooks["events"]:
        assert f"`{event}`" in row, (vendor, event)
    declared = load_vendor(vendor).webhooks  # its secret_env: the default when the spec gives none
    assert declared is not None and f"`{declared.secret_env}`" in docs_page("webhooks.md")


def test_the_webhooks_page_example_verifies() -> None:
    """The sign-then-unwrap example runs as written (no network: signing is local)."""
    text = docs_page("webhooks.md")
    block = next(b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "webhooks.sign(" in b)
    exec(compile(block, "docs/webhooks.md", "exec"), {})
