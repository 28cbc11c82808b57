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

.PHONY: venv test demo bench plugin integration-tests clean assistant

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

## The assistant web app on http://127.0.0.1:$(ASSISTANT_PORT)/ (trains the bundled linear model first if missing).
ASSISTANT_MODEL ?= out/assistant-model
ASSISTANT_PORT ?= 8765
assistant: $(STAMP)
	@test -f $(ASSISTANT_MODEL)/manifest.json || $(PY) -m orientation train --input resource/corpus/orientation_fr.csv \
		--text-column text --label-column label --feature-columns auteur_connu,faits_en_ligne,victime_mineure \
		--algorithm linear --model-dir $(ASSISTANT_MODEL)
	$(PY) tools/assistant_server.py --model-dir $(ASSISTANT_MODEL) --port $(ASSISTANT_PORT)

## The plugin archive DSS installs, from committed files only.
plugin:
	@rm -rf dist && mkdir -p dist
	git archive --format zip -o $(ARCHIVE) HEAD plugin.json custom-recipes webapps python-lib resource code-env LICENSE README.md CHANGELOG.md
	@echo "Wrote $(ARCHIVE)"

## Integration tests against a real DSS instance (see tests/integration/README.md).
integration-tests: $(STAMP)
	$(PY) -m pip install --quiet dataiku-api-client
	$(PY) -m pytest -q tests/integration

clean:
	rm -rf $(VENV) dist out .pytest_cache
