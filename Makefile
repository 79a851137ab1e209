# coalition-kg: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= out
EXAMPLE := examples/letters/global-call-un-mechanism-china-2020.txt

.PHONY: install run test lint format bench docs clean system-deps viz-bundle regen-expected

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found (Python 3.11 is required)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,docs]'
	touch $(STAMP)

install: $(STAMP) viz-bundle

# The network page's JavaScript bundle (sigma.js + graphology from npm, bundled by esbuild).
viz-bundle:
	@$(MAKE) --no-print-directory -C graphs/viz bundle

# Debian packages the test suite needs: a real browser for the page tests, and a small CJK
# font (Droid Sans Fallback, 1.8 MB) so Chinese/Japanese names show in screenshots and PNGs.
SYSTEM_FONT := /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
system-deps:
	@{ command -v chromium >/dev/null && test -f $(SYSTEM_FONT); } || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-droid-fallback >/dev/null; }

run: install
	$(BIN)/kg build $(EXAMPLE) --out $(OUT) --kb auto --offline

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install system-deps lint
	$(BIN)/pytest -q

bench: install
	$(BIN)/python -m benchmarks

docs: install
	$(BIN)/python -m kg.docs docs/ontology.html

# Expected RDF graphs of the small test letters (tests/data/expected/*.ttl); review the diff.
regen-expected: install
	$(BIN)/python scripts/regen_expected.py

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info .mypy_cache .ruff_cache graphs/viz/node_modules graphs/viz/dist
