# regdesign — the README's commands. CI runs `make test` unchanged (.ci/run).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
SYSTAMP := $(VENV)/.system
AXE := $(VENV)/npm/node_modules/axe-core/axe.min.js
PORT ?= 8501
export LC_ALL := C.UTF-8
export PYTHONUTF8 := 1

.PHONY: install native system app test test-fast bench eval lint clean

install: $(STAMP) $(SYSTAMP) $(AXE) native

# The citation parser and the references component's doc scan, compiled to C (mypyc, Cython); rebuilt when their
# sources change. Without the build the same sources run as plain Python (slower, identical results).
native: $(STAMP) $(SYSTAMP)
	$(PY) tools/build_native.py --strict --if-stale

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools wheel

$(STAMP): $(VENV)/bin/python pyproject.toml constraints.txt
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	@touch $@

$(SYSTAMP): tools/setup-system.sh | $(VENV)/bin/python
	bash tools/setup-system.sh
	@touch $@

$(AXE): | $(VENV)/bin/python $(SYSTAMP)
	@command -v npm >/dev/null || { echo "regdesign: npm is needed for axe-core (apt-get install npm)"; exit 1; }
	npm install --silent --no-audit --no-fund --prefix $(VENV)/npm axe-core@4.10
	@test -f $@

app: install
	$(BIN)/regdesign explore --port $(PORT)

test: install
	$(PY) -m pytest -q -p no:cacheprovider

test-fast: install
	$(PY) -m pytest -q -p no:cacheprovider -m "not e2e"

bench: install
	$(PY) benchmarks/run.py

eval: install
	$(BIN)/regdesign eval

lint: install
	$(BIN)/ruff check regdesign tests benchmarks app.py
	$(BIN)/ruff format --check regdesign tests benchmarks app.py
	$(BIN)/mypy

clean:
	-$(PY) tools/build_native.py --clean
	rm -rf $(VENV) .pytest_cache .regdesign dist build *.egg-info
