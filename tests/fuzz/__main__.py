"""Coverage-guided fuzzing with atheris (libFuzzer).

    .venv/bin/python -m tests.fuzz TARGET [-runs=100000] [-max_total_time=60] [corpus…]
    .venv/bin/python -m tests.fuzz --list

Seeds come from tests/fuzz/seeds.py. A crash is any exception other than a QorgauError
with a message; libFuzzer then writes the input to crash-*.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from tests.fuzz import seeds, targets


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help", "--list"):
        print("targets:", " ".join(sorted(targets.TARGETS)))
        sys.exit(0 if len(sys.argv) > 1 else 2)
    name = sys.argv.pop(1)
    target = targets.TARGETS[name]
    corpus = seeds.write_corpus(name)
    sys.argv.append(str(corpus))

    def one(data: bytes) -> None:
        targets.run_one(target, data)

    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
