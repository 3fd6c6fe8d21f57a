"""`python -m bench`: the storage benchmark (bench/storage.py)."""

import sys

from bench.storage import main

if __name__ == "__main__":
    sys.exit(main())
