# Two commands a newcomer needs: `make play` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: play test check lint typecheck imports install clean bench schema coverage

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
	$(BIN)/ruff format --check .

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

## The suite under coverage (xdist workers and subprocesses too); fails when cli/ or tui/ is
## under 90%. Separate from `make test`, which stays as fast as it was.
COVERED_PACKAGES := cli tui plain.py serve engine storage report scenario scoring nlp
coverage: $(STAMP)
	rm -rf .coverage && mkdir -p .coverage
	$(BIN)/coverage run -m pytest -n 2 -q $(COVERAGE_ARGS); echo $$? > .coverage/pytest-exit
	$(BIN)/coverage combine -q
	$(BIN)/coverage html -q -d .coverage/html
	@echo "coverage per package (HTML report: .coverage/html/index.html):"
	@for pkg in $(COVERED_PACKAGES); do \
		case $$pkg in *.py) inc="src/roleplay/$$pkg";; *) inc="src/roleplay/$$pkg/*";; esac; \
		printf '  %-10s %6s%%\n' "$$pkg" "$$($(BIN)/coverage report --include="$$inc" --format=total)"; \
	done
	@for pkg in cli tui; do \
		$(BIN)/coverage report --include="src/roleplay/$$pkg/*" --skip-covered --fail-under=90 \
			> .coverage/$$pkg.txt || { cat .coverage/$$pkg.txt; \
			echo "$$pkg/ is under 90% covered (lines missed above)" >&2; exit 2; }; \
	done
	@rc=$$(cat .coverage/pytest-exit); if [ "$$rc" != 0 ]; then \
		echo "tests failed under coverage (pytest exit $$rc)" >&2; exit 1; fi
