# complaint-orientation: set-up, tests, demo, plugin archive.
# `make demo` and `make test` each create the virtual environment on a fresh machine.

SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PLUGIN_ID := complaint-orientation
PLUGIN_VERSION := $(shell $(PYTHON) -c "import json; print(json.load(open('plugin.json'))['version'])")
ARCHIVE := dist/dss-plugin-$(PLUGIN_ID)-$(PLUGIN_VERSION).zip
export PYTHONPATH := $(CURDIR)/python-lib
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: venv test demo bench plugin integration-tests clean

$(STAMP): code-env/python/spec/requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

venv: $(STAMP)

## Unit and flow tests (no DSS, no network).
test: $(STAMP)
	$(PY) -m pytest -q tests/unit tests/flow

## prepare -> train -> score on the bundled corpus through the real recipes, then a summary.
demo: $(STAMP)
	$(PY) tools/local_dss/demo.py out/demo

## Benchmarks: quality on the held-out sets and scoring speed (minutes, not part of CI).
bench: $(STAMP)
	$(PY) bench/bench_linear.py
	$(PY) bench/bench_rules.py

## The plugin archive DSS installs, from committed files only.
plugin:
	@rm -rf dist && mkdir -p dist
	git archive --format zip -o $(ARCHIVE) HEAD plugin.json custom-recipes python-lib resource code-env LICENSE README.md CHANGELOG.md
	@echo "Wrote $(ARCHIVE)"

## Integration tests against a real DSS instance (see tests/integration/README.md).
integration-tests: $(STAMP)
	$(PY) -m pip install --quiet dataiku-api-client
	$(PY) -m pytest -q tests/integration

clean:
	rm -rf $(VENV) dist out .pytest_cache
