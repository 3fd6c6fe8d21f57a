# Two entry points (README): `make run` opens Qorgau, `make test` runs the suite.
# Each bootstraps .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/qorgau

# The whole suite, slow fuzz runs included (CI runs this). The layering contracts in
# pyproject.toml fail it when a layer is crossed or modules import each other in a circle.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m bench

# Renders every screen in Russian and Kazakh at 1366×768 to docs/screenshots/ (needs
# xvfb-run), and checks each window: it fits, no button or label is cut, no English shows.
screenshots: $(STAMP)
	xvfb-run -a -s '-screen 0 1366x768x24' $(BIN)/python scripts/screenshots.py --check

clean:
	rm -rf $(VENV) build *.egg-info
