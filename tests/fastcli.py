"""`python -m tests.fastcli ARGS`: the real `qorgau` entry point with test-strength key
derivation (tests.fastkdf). For the test suite's subprocesses only."""

from __future__ import annotations

import sys

from tests.fastkdf import install

install()

from ui.launcher import main  # noqa: E402  (after the patch, before any vault is made)

if __name__ == "__main__":
    sys.exit(main())
