"""Import benchmark: verify + import of one bundle, several rounds, each against the stock
tools doing the same work on the same files in the same round.

    python -m bench.imports                  # 128 x 4 MiB + 10,000 records, 3 rounds
    python -m bench.imports --quick          # 16 x 4 MiB + 1,000 records
    python -m bench.imports --rounds 5 --dir /mnt/usb

Each round imports the bundle into a fresh copy of the same archive (made before the
first import, closed), then runs `age -d | tar x` on the same files sealed by the stock
tools, so both see the same machine load; a noisy machine shows as a wide range. The
stock tools run again with their files flushed to the disk (bench.bundles.on_disk), as
the import flushes what it stores: context beside the goal's reference. A
second bundle with the records alone gives the cost per version (no evidence files).
Goal (issue 13): verify + import <= 2x `age -d | tar x`. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from app import exporter
from bench.bundles import fill, import_round, line, make_pair, on_disk, sh

GOAL = 2.0


def spread(values: list[float], fmt: str = "{:.2f}") -> str:
    """min / median / max."""
    return " / ".join(fmt.format(v) for v in (min(values), statistics.median(values),
                                                max(values)))


def main() -> int:
    parser = argparse.ArgumentParser(description="import benchmark (not a test)")
    parser.add_argument("--files", type=int, default=128)
    parser.add_argument("--file-mib", type=int, default=4)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--dir", help="where to make the vaults (default: a temp folder)")
    args = parser.parse_args()
    if args.quick:
        args.files, args.records = 16, 1000
    root = Path(tempfile.mkdtemp(prefix="qorgau-bench-imports-", dir=args.dir))
    try:
        run(root, args)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


def run(root: Path, args: argparse.Namespace) -> None:
    load = os.getloadavg()[0]
    print(f"Import: {args.files} x {args.file_mib} MiB incompressible files + {args.records}"
          f" records, {args.rounds} rounds, {os.cpu_count()} CPUs, load {load:.1f}, in {root}")
    field, archive = make_pair(root)
    source = root / "source"
    fill(field, source, args.files, args.file_mib, args.records)
    recipient = archive.identity.box_recipient
    (root / "key.txt").write_text(str(archive.identity.box_identity) + "\n")
    report = exporter.export(field, root / "b.qgb")
    field.close()
    archive.close()
    sh(f"tar -C {source} -cf - . | age -r {recipient} > {root}/ref.age")
    # The records alone, for the cost per version.
    records_only = root / "records"
    records_only.mkdir()
    field2, archive2 = make_pair(records_only)
    fill(field2, records_only / "source", 0, 0, args.records)
    rep2 = exporter.export(field2, records_only / "r.qgb")
    field2.close()
    archive2.close()

    imports, untars, ratios, verifies, per_version = [], [], [], [], []
    durables: list[float] = []
    befores, gains = [], []
    for n in range(args.rounds):
        t_import = import_round(root / "archive", root / f"round-{n}", root / "b.qgb")
        t_before = import_round(root / "archive", root / f"before-{n}", root / "b.qgb",
                                one_process=True)
        out = root / f"x-{n}"
        out.mkdir()
        t_untar = sh(f"age -d -i {root}/key.txt {root}/ref.age | tar -x -C {out}")
        shutil.rmtree(out)
        out.mkdir()
        durables.append(sh(f"age -d -i {root}/key.txt {root}/ref.age | tar -x -C {out}"
                           f" && {on_disk(out)}"))
        shutil.rmtree(out)
        t_verify = import_round(root / "archive", root / f"dry-{n}", root / "b.qgb",
                                dry_run=True)
        t_records = import_round(records_only / "archive", records_only / f"round-{n}",
                                 records_only / "r.qgb")
        imports.append(t_import)
        befores.append(t_before)
        gains.append(t_before / t_import)
        untars.append(t_untar)
        ratios.append(t_import / t_untar)
        verifies.append(t_verify)
        per_version.append(1000 * t_records / rep2.versions)
        print(f"  round {n + 1}: import {t_import:.2f} s, age -d | tar x {t_untar:.2f} s "
              f"(x{t_import / t_untar:.2f}), originals stored in process {t_before:.2f} s, "
              f"dry run {t_verify:.2f} s, records alone "
              f"{per_version[-1]:.3f} ms/version", file=sys.stderr)

    mb = report.bytes / 1e6
    print(f"bundle: {mb:.0f} MB, {report.versions} versions, {report.blobs} evidence files; "
          f"records-only bundle: {rep2.versions} versions")
    print(f"  {'figure (min / median / max)':<44} {'value':>24}")
    line("verify + import (s)", spread(imports))
    line("age -d | tar x (s)", spread(untars))
    line("import / (age -d | tar x), per round", spread(ratios) + " x",
         f"goal <= {GOAL:g}x (median)", statistics.median(ratios) <= GOAL)
    line("age -d | tar x, flushed to disk (s)", spread(durables))
    line("import / that, per round", spread([i / d for i, d in zip(imports, durables,
                                                                    strict=True)]) + " x")
    line("  the same, originals stored in process (s)", spread(befores))
    line("  in process / with the storing child", spread(gains) + " x")
    line("verify only (dry run, full read) (s)", spread(verifies))
    line("records alone (ms per version)", spread(per_version, "{:.3f}"))
    print(f"  load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    sys.exit(main())
