# mlkg: the two set-up commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= kg-data
PORT   ?= 8000

.PHONY: install demo test lint bench clean

$(BIN)/kg: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(BIN)/kg

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch node_modules/.installed

install: $(BIN)/kg $(if $(wildcard package.json),node_modules/.installed)

demo: install  ## build the sample corpus in examples/ and serve it
	$(BIN)/kg --store $(STORE) build examples/papers.jsonl
	$(BIN)/kg --store $(STORE) stats
	@echo "Serving on http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	$(BIN)/kg --store $(STORE) serve --port $(PORT)

test: install  ## everything CI runs
	$(BIN)/ruff check kg tests bench
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check kg tests bench
	$(BIN)/ruff format --check kg tests bench

bench: install  ## speed, as ratios against peers measured in the same run
	@for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) node_modules kg-data .pytest_cache
