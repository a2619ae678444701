# Developer entry points. `make demo` sets everything up and cleans an example page;
# `make test` runs the whole test suite (setting up first when needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := fixtures/text/newsweek-nato-training-center/input.txt
# Separately installable rule plugins under plugins/.
PLUGINS := $(wildcard plugins/*/pyproject.toml)

.PHONY: setup demo test lint clean

# The compiled HTML walk's sources (see setup.py): a change to them builds it again.
WALK := $(addprefix src/cleanpress/readers/,walk.py _walk.pxd _nodes.pyx _nodes.pxd)

$(BIN)/cleanpress: pyproject.toml setup.py $(WALK) $(PLUGINS)
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
	rm -rf $(VENV) build dist src/*.egg-info src/cleanpress/readers/*.c \
		src/cleanpress/readers/*.so
