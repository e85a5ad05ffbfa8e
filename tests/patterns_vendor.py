"""The patterns vendor (tests/patterns/openapi.yaml: every form of the vocabulary) as a client, made in a
temporary folder the way `make generate` makes a shipped vendor: the generated package by the pinned
openapi-python-client with our templates, the facade by scankit_codegen.facade. Nothing of it ships.

A plain module, not conftest.py (see helpers.py).
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import yaml

from scankit_codegen import facade, generate
from scankit_codegen.extensions import load_vendor

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tests" / "patterns" / "openapi.yaml"

MODULE = "scankit_patterns_facade"


def build(out: Path) -> ModuleType:
    """Generate the patterns client into `out` and import its facade (its package goes on sys.path)."""
    model = load_vendor("patterns", SPEC.parent.parent)  # raises SpecError listing every problem
    view = generate.codegen_view(model.document)
    (out / "openapi.yaml").write_text(yaml.safe_dump(view, sort_keys=False), encoding="utf-8")
    config = out / "codegen.yaml"
    values = {
        "project_name_override": "scankit-patterns",
        "package_name_override": "scankit_patterns",
        "package_version_override": generate.version(),
    }
    config.write_text(yaml.safe_dump(values), encoding="utf-8")
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [str(bin_dir / "openapi-python-client"), "generate", "--path", str(out / "openapi.yaml")]
    command += ["--config", str(config), "--output-path", str(out / "patterns"), "--meta", "pdm"]
    command += ["--fail-on-warning", "--custom-template-path", str(generate.TEMPLATES)]
    proc = subprocess.run(command, cwd=out, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or "Warning" in proc.stdout + proc.stderr:
        raise RuntimeError(f"openapi-python-client failed:\n{proc.stdout}{proc.stderr}")
    source = facade.render(model, view, config, generate.TEMPLATES)
    (out / f"{MODULE}.py").write_text(facade.format_source("patterns", source), encoding="utf-8")
    sys.path[:0] = [str(out / "patterns"), str(out)]
    return importlib.import_module(MODULE)
