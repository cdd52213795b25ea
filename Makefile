# newsflow: `make demo` and `make test` work on a fresh machine with Python 3.11+ and make.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint typecheck unit integration bench eval install clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "newsflow needs Python 3.11+"' \
		|| { echo "newsflow needs Python 3.11 or newer (set PYTHON=python3.11)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/newsflow demo --seeds seeds --out .newsflow/demo.jsonl

test: lint typecheck
	bash deploy/tools/ensure-tools.sh
	$(PY) -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP)
	$(PY) -m pytest -q tests/unit

integration: $(STAMP)
	$(PY) -m pytest -q tests/integration

bench: $(STAMP)
	$(PY) -m tests.bench

eval: $(STAMP)
	$(VENV)/bin/newsflow eval-clean
	$(VENV)/bin/newsflow eval-topics

clean:
	rm -rf $(VENV) .newsflow .mypy_cache .ruff_cache
