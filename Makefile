# Developer entry points. `make demo` sets everything up and cleans an example page;
# `make test` runs the whole test suite (setting up first when needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := fixtures/text/newsweek-nato-training-center/input.txt
# Separately installable rule plugins under plugins/.
PLUGINS := $(wildcard plugins/*/pyproject.toml)

.PHONY: setup demo test lint clean

$(BIN)/cleanpress: pyproject.toml setup.py src/cleanpress/readers/_walk.pyx $(PLUGINS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' $(foreach p,$(PLUGINS),-e $(dir $(p)))
	touch $@

setup: $(BIN)/cleanpress

demo: setup
	$(BIN)/cleanpress clean --format json $(EXAMPLE)

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check src tests bench plugins
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist src/*.egg-info src/cleanpress/readers/_walk.c \
		src/cleanpress/readers/_walk.*.so
