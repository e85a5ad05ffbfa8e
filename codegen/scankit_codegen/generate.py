"""Generate each vendor's client package from its spec.

    python -m scankit_codegen generate                 # all vendors into generated/
    python -m scankit_codegen generate hostedscan      # one vendor
    python -m scankit_codegen generate --out /tmp/x    # elsewhere (the drift check uses this)

Steps for each vendor, all deterministic:
1. Check `specs/<v>/codegen.yaml` against the generator's known keys (it ignores typos silently).
2. Rewrite the spec for the generator: query parameters declared with `content: application/json`
   (which openapi-python-client drops without a word) become plain string parameters marked
   `x-scankit-json`; the wrapper serialises them.
3. Run the pinned openapi-python-client with our custom templates, failing on any warning, with
   the venv's ruff on PATH (without it the generator "skips integration" and exits 0 unformatted),
   and the one version number of scankit and every vendor distribution (wrapper/scankit/_version.py).
4. Drop `.ruff_cache`, which the generator leaves behind.
5. Render the wrapper's per-vendor facade from the spec's typed model (facade.py), and its card
   (`<v>.json`: what `scankit --help` shows without importing the facade); copy LICENSE into the
   distribution.
6. Write the distribution's README from the spec through templates/readme/README.md.jinja (readme.py)
   in place of the generator's stock text, and the vendor's reference page, docs/vendors/<v>.md
   (docs.py).
7. When every vendor is generated, remove what an earlier run wrote for a spec that is gone.
   After every vendor: the index that names them all (facade.write_index): the vendors package's
   `__init__.py` and `_webhooks.py`, and `scankit/__init__.py`, from templates/facade/.
8. `specs/x-scankit.schema.json`, the vocabulary's JSON Schema, from the typed model (vocabulary.py).
"""

from __future__ import annotations

import argparse
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from scankit_codegen import docs, facade, readme, vocabulary
from scankit_codegen.extensions import SpecError, VendorSpec, load_vendor
from scankit_codegen.registry import ROOT, SPECS, vendors

TEMPLATES = Path(__file__).resolve().parent / "templates" / "client"
FACADE_DIR = ROOT / "wrapper" / "scankit" / "vendors"
VERSION_FILE = ROOT / "wrapper" / "scankit" / "_version.py"
DOCS_VENDORS = ROOT / "docs" / "vendors"

# openapi-python-client 0.29.1's ConfigFile fields (read from its config module).
KNOWN_CONFIG_KEYS = {
    "class_overrides",
    "content_type_overrides",
    "project_name_override",
    "package_name_override",
    "package_version_override",
    "use_path_prefixes_for_title_model_names",
    "post_hooks",
    "docstrings_on_attributes",
    "field_prefix",
    "generate_all_tags",
    "http_timeout",
    "literal_enums",
}


class GenerationError(Exception):
    pass


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def version() -> str:
    """The version of scankit and every vendor distribution: `__version__` in wrapper/scankit/_version.py."""
    match = re.search(r'^__version__ = "([^"]+)"$', VERSION_FILE.read_text(encoding="utf-8"), re.M)
    if match is None:
        raise GenerationError(f'{VERSION_FILE}: no `__version__ = "..."` line')
    return match.group(1)


def check_config(vendor: str) -> dict[str, Any]:
    path = SPECS / vendor / "codegen.yaml"
    config = load_yaml(path) or {}
    unknown = sorted(set(config) - KNOWN_CONFIG_KEYS)
    if unknown:
        raise GenerationError(f"{path}: unknown key(s) {unknown}; the generator would ignore them")
    for key, want in (("project_name_override", f"scankit-{vendor}"), ("package_name_override", f"scankit_{vendor}")):
        if config.get(key) != want:
            raise GenerationError(f"{path}: {key} must be {want!r}")
    if "package_version_override" in config:
        raise GenerationError(f"{path}: package_version_override: the version lives in {VERSION_FILE.name} alone")
    return {**config, "package_version_override": version()}


def codegen_view(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The spec as the generator should see it: JSON query parameters become strings."""
    view: dict[str, Any] = copy.deepcopy(dict(spec))
    params_lists = [
        op.get("parameters", [])
        for item in view.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict)
    ]
    params_lists += [item.get("parameters", []) for item in view.get("paths", {}).values()]
    params_lists.append(list(view.get("components", {}).get("parameters", {}).values()))
    for params in params_lists:
        for param in params:
            if not isinstance(param, dict):
                continue
            if param.get("style") == "deepObject" and param.get("in") == "query":
                # The generator ignores deepObject and would send q's fields as name=...; the
                # `[]` suffix tells our endpoint_macros template to send q[name]=... instead.
                param["name"] = f"{param['name']}[]"
                param.pop("style")
                param.pop("explode", None)
                continue
            if "content" not in param:
                continue
            content = param.pop("content")
            if set(content) != {"application/json"}:
                raise GenerationError(f"parameter {param.get('name')!r}: only application/json content is supported")
            param["x-scankit-json"] = content["application/json"].get("schema", {})
            note = "JSON-encoded. The scankit wrapper accepts the object and encodes it."
            param["description"] = f"{param.get('description', '').rstrip()}\n\n{note}".strip()
            # the generator takes a parameter's docstring from its schema's description
            param["schema"] = {"type": "string", "description": param["description"]}
    _discriminators_as_const(view)
    _mark_case_insensitive_enums(view)
    return view


CASE_INSENSITIVE_NOTE = "Compared case-insensitively: any spelling of a listed value reads as that value."


def _mark_case_insensitive_enums(view: dict[str, Any]) -> None:
    """Tell the enum template which enums `x-scankit-case-insensitive` covers.

    The generator hands templates no `x-` keys, only the description; the note added here is both
    what the user reads in the docstring and what `str_enum.py.jinja` looks for.
    """
    for schema in view.get("components", {}).get("schemas", {}).values():
        if isinstance(schema, dict) and schema.get("enum") and schema.get("x-scankit-case-insensitive"):
            schema["description"] = f"{schema.get('description', '').rstrip()}\n\n{CASE_INSENSITIVE_NOTE}".strip()


def _discriminators_as_const(view: dict[str, Any]) -> None:
    """Make a discriminated union tell its members apart in the generated code.

    openapi-python-client 0.29.1 ignores `discriminator` and tries each member of a union in turn;
    a member's one-value enum (`type: {enum: [pass]}`) becomes one of our lenient enum classes, which
    accept any value, so the first member would take every item. The faithful 3.0 spec says
    `enum: [pass]`; the generator is shown `const: pass`, which it types as `Literal["pass"]`, and
    our union template (property_templates/union_property.py.jinja) picks the member whose const
    matches before parsing; the open member without a const takes the rest.
    """
    schemas = view.get("components", {}).get("schemas", {})
    for schema in schemas.values():
        if not isinstance(schema, dict):
            continue
        key = "x-scankit-discriminator" if "x-scankit-discriminator" in schema else "discriminator"
        discriminator = schema.get(key)
        if not discriminator:
            continue
        prop_name = discriminator["propertyName"]
        for value, ref in (discriminator.get("mapping") or {}).items():
            member = schemas[ref.rsplit("/", 1)[-1]]
            prop = member.get("properties", {}).get(prop_name, {})
            if prop.get("enum") != [value]:
                raise GenerationError(f"{ref}: {prop_name} must be `enum: [{value}]` to match its discriminator")
            member["properties"][prop_name] = {
                "type": "string",
                "const": value,
                "description": prop.get("description", ""),
            }
        schema.pop(key)  # the generator has no use for it


def generate_one(vendor: str, out_root: Path, facade_dir: Path, docs_dir: Path) -> None:
    config_values = check_config(vendor)
    try:
        model = load_vendor(vendor, SPECS)
    except SpecError as exc:
        raise GenerationError(str(exc)) from None
    view = codegen_view(model.document)
    target = out_root / vendor
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    with tempfile.TemporaryDirectory() as tmp:
        view_path = Path(tmp) / "openapi.yaml"
        view_path.write_text(yaml.safe_dump(view, sort_keys=False), encoding="utf-8")
        config = Path(tmp) / "codegen.yaml"
        config.write_text(yaml.safe_dump(config_values, sort_keys=True), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        cmd = [
            str(Path(sys.executable).parent / "openapi-python-client"),
            "generate",
            "--path",
            str(view_path),
            "--config",
            str(config),
            "--output-path",
            str(target),
            "--meta",
            "pdm",
            "--fail-on-warning",
            "--custom-template-path",
            str(TEMPLATES),
        ]
        proc = subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, text=True, check=False)
        output = proc.stdout + proc.stderr
        if proc.returncode != 0 or "Skipping Integration" in output or "Warning" in output:
            raise GenerationError(f"{vendor}: openapi-python-client failed (rc {proc.returncode}):\n{output}")
        shutil.rmtree(target / ".ruff_cache", ignore_errors=True)
        try:
            source = facade.render(model, view, config, TEMPLATES)
        except facade.FacadeError as exc:
            raise GenerationError(str(exc)) from exc
    facade.write(vendor, source, facade_dir)
    facade.write_card(model, facade_dir)
    shutil.copyfile(ROOT / "LICENSE", target / "LICENSE")  # each distribution carries the license
    write_pages(model, target, docs_dir)


def write_pages(model: VendorSpec, target: Path, docs_dir: Path) -> None:
    """The distribution's README and the vendor's reference page."""
    (target / "README.md").write_text(readme.render(model, version()), encoding="utf-8")
    docs_dir.mkdir(parents=True, exist_ok=True)
    (docs_dir / f"{model.slug}.md").write_text(docs.render_vendor(model), encoding="utf-8")


def stale_outputs(known: list[str], out: Path, facade_dir: Path, docs_dir: Path) -> list[Path]:
    """What an earlier `generate` wrote for a vendor whose spec is gone (removed or renamed): its
    package, facade, card and page. Only what has a generated output's shape: a package folder with
    a pyproject.toml, `<v>.py` / `<v>.json` beside the index (not `_`-prefixed), `<v>.md`."""
    stale: list[Path] = []
    if out.is_dir():
        stale += [
            p for p in sorted(out.iterdir()) if p.is_dir() and p.name not in known and (p / "pyproject.toml").is_file()
        ]
    if facade_dir.is_dir():
        stale += [
            p
            for p in sorted(facade_dir.iterdir())
            if p.suffix in (".py", ".json") and not p.name.startswith("_") and p.stem not in known
        ]
    if docs_dir.is_dir():
        stale += [p for p in sorted(docs_dir.glob("*.md")) if p.stem not in known]
    return stale


def main(argv: list[str] | None = None) -> int:
    known = vendors(SPECS)
    parser = argparse.ArgumentParser(prog="scankit_codegen generate", description=__doc__.splitlines()[0])
    parser.add_argument("vendors", nargs="*", metavar="vendor", help=f"any of {', '.join(known)} (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument("--facade-out", type=Path, default=FACADE_DIR)
    parser.add_argument("--docs-out", type=Path, default=DOCS_VENDORS)
    parser.add_argument("--schema-out", type=Path, default=vocabulary.SCHEMA_FILE)
    args = parser.parse_args(argv)
    unknown = sorted(set(args.vendors) - set(known))
    if unknown:
        parser.error(f"unknown vendor(s) {unknown}; known: {', '.join(known)}")
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        for vendor in args.vendors or known:
            generate_one(vendor, args.out, args.facade_out, args.docs_out)
            print(
                f"generated {vendor} -> {args.out / vendor}, {args.facade_out / vendor}.py, {args.docs_out / vendor}.md"
            )
        if not args.vendors:
            for path in stale_outputs(known, args.out, args.facade_out, args.docs_out):
                shutil.rmtree(path) if path.is_dir() else path.unlink()
                print(f"removed {path} (its spec is gone)")
        # the index names every vendor, whichever were generated this time
        facade.write_index([load_vendor(v, SPECS) for v in known], args.facade_out)
        vocabulary.write(args.schema_out)  # the vocabulary's JSON Schema, from the typed model
    except (GenerationError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
