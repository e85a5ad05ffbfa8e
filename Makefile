# Thin on purpose: the logic lives in codegen/scankit_codegen (build time) and scripts/. Every target
# installs what it needs on a fresh machine that has only python3, pip and npm.
PY       ?= python3
VENV     := .venv
BIN      := $(VENV)/bin
CODEGEN  := $(BIN)/python -m scankit_codegen
# The vendors are the specs: one per specs/<slug>/openapi.yaml, never a list written here.
VENDORS  := $(sort $(patsubst specs/%/openapi.yaml,%,$(wildcard specs/*/openapi.yaml)))
# One stamp per generated package, so a vendor generated for the first time is installed by the
# next `make setup` (or any target below) without rebuilding the rest of the venv.
READY    := $(VENV)/.stamp $(VENDORS:%=$(VENV)/.stamp-%) $(VENV)/.stamp-extras
# Packages installed for a spec that is gone (removed or renamed): `make setup` uninstalls them.
STALE    := $(filter-out $(VENDORS) extras,$(patsubst $(VENV)/.stamp-%,%,$(wildcard $(VENV)/.stamp-*)))
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
# mkdocs-material prints a banner about its successor on every build; the build log is ours
export NO_MKDOCS_2_WARNING := 1

.PHONY: help setup demo build dist bench generate check-generated lint format typecheck lint-specs test docs check record vendor clean

help:
	@echo "make demo             the scankit CLI against a local sandbox of every vendor"
	@echo "make check            lint, type check, drift check, spec lint and tests (what CI runs)"
	@echo "make docs             the documentation site into site/ (offline, mkdocs build --strict)"
	@echo "make build            wheels for scankit and each scankit-<vendor> package into dist/"
	@echo "make dist             every sdist and wheel, ready to publish (checked with twine check --strict)"
	@echo "make bench            speed and memory against json.loads, pydantic and the floor (~5 min)"
	@echo "make record VENDOR=v  re-record a vendor's cassettes (sandbox, or the real API: see README)"
	@echo "make generate         regenerate generated/ and the wrapper facades from specs/"
	@echo "make check-generated  fail if generated code differs from what the specs produce"
	@echo "make vendor NAME=x    scaffold specs/x/ for a new vendor (docs/architecture.md, \"Adding a vendor\")"

setup: $(READY) node_modules/.stamp
ifneq ($(STALE),)
	$(BIN)/python -m pip uninstall --quiet --yes $(STALE:%=scankit-%)
	rm -f $(STALE:%=$(VENV)/.stamp-%) $(VENV)/.stamp-extras
	$(MAKE) --no-print-directory $(VENV)/.stamp-extras
endif

$(VENV)/.stamp: requirements/dev.txt wrapper/pyproject.toml wrapper/scankit/_version.py codegen/pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet -e wrapper -e codegen
	touch $@

# A generated package, installed editable once (its code changes in place; its metadata only with
# the version, which rebuilds the venv stamp and so every one of these).
$(VENV)/.stamp-%: $(VENV)/.stamp | generated/%/pyproject.toml
	$(BIN)/python -m pip install --quiet -e generated/$*
	touch $@

# scankit's own metadata has one extra per generated facade (wrapper/hatch_build.py), computed when
# it is installed: installed again, without its dependencies, once a new vendor's package is, so the
# editable scankit offers `scankit[<new vendor>]` too.
$(VENV)/.stamp-extras: $(VENDORS:%=$(VENV)/.stamp-%)
	$(BIN)/python -m pip install --quiet --no-deps -e wrapper
	touch $@

generated/%/pyproject.toml:
	@echo "generated/$* does not exist: run \`make generate\` first" >&2; exit 1

node_modules/.stamp: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The main job: on a fresh machine, installs what it needs, starts the sandbox, runs the CLI.
demo: $(READY)
	$(BIN)/python scripts/demo.py

# scankit's wheel and one per vendor, each installable on its own (tests/test_wheels.py installs them
# into a clean venv).
build: $(READY)
	rm -rf dist
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist ./wrapper $(foreach v,$(VENDORS),generated/$(v))
	@ls dist

# What a release publishes: scankit and one scankit-<vendor> per spec, each as an sdist and a wheel
# built from that sdist in an isolated environment (so the sdist is proven complete), then checked as
# the package index will check them.
# DIST_DIR=path builds elsewhere (tests/test_wheels.py does).
DISTS    := wrapper $(patsubst specs/%/openapi.yaml,generated/%,$(wildcard specs/*/openapi.yaml))
DIST_DIR ?= dist
dist: $(VENV)/.stamp
	rm -rf $(DIST_DIR)
	$(foreach d,$(DISTS),$(BIN)/python -m build --quiet --outdir $(DIST_DIR) $(d) &&) true
	$(BIN)/twine check --strict $(DIST_DIR)/*

# Benchmarks: ratios measured side by side in one run, GC mode stated; bench/results.json.
# Never timed assertions in the test suite. `bench/run.py --quick` skips the listing part.
bench: $(READY)
	$(BIN)/python bench/run.py

# Needs only the venv (not the vendor packages): it is how a new vendor's package comes to exist.
generate: $(VENV)/.stamp
	$(CODEGEN) generate

check-generated: $(VENV)/.stamp
	$(CODEGEN) check

lint: $(READY)
	$(BIN)/ruff check wrapper codegen scripts tests bench
	$(BIN)/ruff format --check wrapper codegen scripts tests bench

format: $(READY)
	$(BIN)/ruff check --fix wrapper codegen scripts tests bench
	$(BIN)/ruff format wrapper codegen scripts tests bench

# mypy --strict over the code; pyright strict and mypy --strict over tests/typing/ (user-style
# scripts, plus mistakes that must stay errors); pyright's type completeness of each package; the
# architecture contract (import-linter: the wrapper's layers, no import cycle; pyproject.toml).
typecheck: $(READY)
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy --strict wrapper/scankit codegen/scankit_codegen $(foreach v,$(VENDORS),generated/$(v)/scankit_$(v)) tests/test_typing.py
	$(BIN)/mypy --strict tests/typing
	$(BIN)/pyright --pythonpath $(BIN)/python -p tests/typing
	$(CODEGEN) verifytypes

lint-specs: $(VENV)/.stamp node_modules/.stamp
	$(CODEGEN) lint

test: $(READY)
	$(BIN)/python -m pytest

# The documentation site: the vendor pages from the specs (`scankit_codegen docs` writes what
# `make generate` writes, so the drift check keeps them honest), then a strict build: a broken link or
# anchor fails.
docs: $(READY) node_modules/.stamp
	$(CODEGEN) docs
	$(BIN)/mkdocs build --strict --quiet

# Re-record one vendor's cassettes: from the local sandbox, or from the real vendor when
# SCANKIT_RECORD_REAL=1 and its key (and base URL) are in the environment. See tests/vendors/conftest.py.
record: $(READY)
	@test -n "$(VENDOR)" || { echo "usage: make record VENDOR=<$(shell echo $(VENDORS) | tr ' ' '|')>"; exit 2; }
	rm -rf tests/vendors/cassettes/test_$(VENDOR)
	$(BIN)/python -m pytest -q tests/vendors/test_$(VENDOR).py --record-mode=rewrite

# A new vendor's spec folder from the template (codegen/scankit_codegen/templates/vendor/), ready for
# `make generate`: docs/architecture.md, "Adding a vendor".
vendor: $(VENV)/.stamp
	@test -n "$(NAME)" || { echo "usage: make vendor NAME=<slug>"; exit 2; }
	$(CODEGEN) vendor $(NAME)

# The README's test command: everything CI must prove.
check: lint typecheck check-generated lint-specs test docs

clean:
	rm -rf $(VENV) node_modules dist site .mypy_cache .pytest_cache .ruff_cache
