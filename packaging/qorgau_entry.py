"""The standalone build's entry point: the same `qorgau` as the installed command."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
