# Developer entry points. `make demo` sets everything up and cleans an example page;
# `make test` runs the whole test suite (setting up first when needed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXAMPLE := fixtures/text/newsweek-nato-training-center/input.txt
# Separately installable rule plugins under plugins/.
PLUGINS := $(wildcard plugins/*/pyproject.toml)

.PHONY: setup compile demo test lint clean proptest fuzz

# The compiled HTML walk's sources (see setup.py): a change to them builds it again.
WALK := $(addprefix src/cleanpress/readers/,walk.py _walk.pxd _nodes.pyx _nodes.pxd)

$(BIN)/cleanpress: pyproject.toml setup.py $(WALK) $(PLUGINS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' $(foreach p,$(PLUGINS),-e $(dir $(p)))
	touch $@

setup: $(BIN)/cleanpress

# Build the compiled modules again after editing them (an edited module runs as
# Python until then; see src/cleanpress/compiled.py).
compile: setup
	$(BIN)/python -m pip install --quiet --no-deps -e .

demo: setup
	$(BIN)/cleanpress clean --format json $(EXAMPLE)

test: setup
	$(BIN)/python -m pytest

# Property tests at full strength: 2,000 examples a property (the test suite runs 50).
proptest: setup
	HYPOTHESIS_PROFILE=proptest $(BIN)/python -m pytest tests/property \
		--hypothesis-show-statistics -q

# Fuzz each target for SECONDS (needs atheris: $(BIN)/pip install atheris), at low
# priority; `make -j3 fuzz` runs the three at once. See fuzz/_harness.py.
SECONDS ?= 60
FUZZ_TARGETS := html_reader text_reader clean_page
fuzz: $(FUZZ_TARGETS:%=fuzz-%)

fuzz-%: setup
	nice -n 10 $(BIN)/python fuzz/$*.py -max_total_time=$(SECONDS) -print_final_stats=1

lint: setup
	$(BIN)/ruff check src tests bench plugins
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist src/*.egg-info src/cleanpress/readers/*.c \
		src/cleanpress/readers/*.so
