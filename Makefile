# Two entry points (README): `make run` opens Qorgau, `make test` runs the suite.
# Each first installs the system packages it needs (scripts/system-packages.txt, asking
# for sudo when not root) and bootstraps .venv on first use.
# `make dist` builds the standalone application, packaged and signed (docs/install.md);
# `make dist-check` proves it runs on its own and measures it.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DIST_STAMP := $(VENV)/.installed-dist
DEPS := scripts/system-deps.sh

.PHONY: run test bench screenshots dist dist-check clean system-run system-test system-dist
.NOTPARALLEL:

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

$(DIST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

# Prerequisites run left to right (.NOTPARALLEL): the system packages come first.
system-run:
	@$(DEPS) app dev

system-test:
	@$(DEPS) app dev test

system-dist:
	@$(DEPS) app dev test dist

run: system-run $(STAMP)
	$(BIN)/qorgau

# The whole suite, slow fuzz runs included (CI runs this), on every core (pytest-xdist;
# `worksteal` lets an idle worker take queued tests from a busy one, so a long test does
# not leave one core waiting at the end). The layering contracts in pyproject.toml fail it
# when a layer is crossed or modules import each other in a circle.
test: system-test $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n auto --dist worksteal

dist: system-dist $(DIST_STAMP)
	$(BIN)/python scripts/dist.py

dist-check: system-dist
	$(BIN)/python scripts/check_dist.py

bench: $(STAMP)
	$(BIN)/python -m bench

# Renders every screen in Russian and Kazakh at 1366×768 to docs/screenshots/ (needs
# xvfb-run), and checks each window: it fits, no button or label is cut, no English shows.
screenshots: $(STAMP)
	xvfb-run -a -s '-screen 0 1366x768x24' $(BIN)/python scripts/screenshots.py --check

clean:
	rm -rf $(VENV) build dist *.egg-info
