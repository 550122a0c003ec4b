# Two commands a newcomer needs: `make play` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: play test check lint typecheck imports install clean bench schema

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Opens the simulator (the scenario picker). `make play SCENARIO=budget_pushback` opens one directly.
play: $(STAMP)
	$(BIN)/roleplay $(if $(SCENARIO),play $(SCENARIO),)

## Installs everything and runs the whole check: ruff, mypy, import contracts and pytest.
test: check

check: lint typecheck imports pytest

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP)
	$(BIN)/pytest -n 2 -q; rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$rc

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

schema: $(STAMP)
	$(BIN)/roleplay schema > schema/scenario.schema.json

clean:
	rm -rf $(VENV)
