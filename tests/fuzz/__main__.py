"""Coverage-guided fuzzing with atheris (libFuzzer).

    .venv/bin/python -m tests.fuzz TARGET [-runs=100000] [-max_total_time=60] [corpus…]
    .venv/bin/python -m tests.fuzz --list

Seeds come from tests/fuzz/seeds.py. A crash is any exception other than a QorgauError
with a message; libFuzzer then writes the input to crash-*.
"""

from __future__ import annotations

import sys

import atheris

# Everything the targets reach is imported here, inside the block, so it is
# instrumented for coverage (modules first imported later would not be).
with atheris.instrument_imports():
    from app import imaging, receipts, records_json, schema  # noqa: F401
    from app.records import Version  # noqa: F401
    from sync import bundle, card  # noqa: F401
    from tests.fuzz import seeds, targets


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help", "--list"):
        print("targets:", " ".join(sorted(targets.TARGETS)))
        sys.exit(0 if len(sys.argv) > 1 else 2)
    name = sys.argv.pop(1)
    target = targets.TARGETS[name]
    corpus = seeds.write_corpus(name)
    if not any(arg.startswith("-max_len=") for arg in sys.argv):
        # Room for the seeds (a bundle's tar stream is tens of KiB) and some growth.
        longest = max((p.stat().st_size for p in corpus.iterdir()), default=0)
        sys.argv.append(f"-max_len={max(4096, 2 * longest)}")
    sys.argv.append(str(corpus))

    def one(data: bytes) -> None:
        targets.run_one(target, data)

    atheris.Setup(sys.argv, one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
