"""Bundle benchmark: export, verify + import, re-import, peak memory — against the stock
tools doing the same work on the same files, measured in the same run.

    python -m bench.bundles                       # 128 x 4 MiB + 10,000 records, 2 GiB peak run
    python -m bench.bundles --quick               # 16 x 4 MiB + 1,000 records, 256 MiB peak run
    python -m bench.bundles --files 64 --file-mib 8 --records 5000 --big-mib 0 --dir /mnt/usb

Goals (issue 3): export <= 1.5x `tar | age -r` and <= 0.5x `tar | gpg --sign --encrypt`;
verify + import <= 2x `age -d | tar x`; re-import of the same bundle <= 1 s; peak memory
<= 300 MB for a 2 GiB bundle (export and import each measured in a child process).
Export and import are measured in --rounds rounds, each interleaved with its reference;
each reference is run a second time with its output flushed to the disk, as Qorgau
flushes what it writes (context beside the goal, which is against the first).
Not a test: it prints figures and ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import exporter, importer
from app.evidence import ingest
from app.records import Records
from storage import age_worker
from storage.vault import Vault
from sync import card as cardmod
from sync import trust
from tests.fastkdf import install as _fast_kdf

_fast_kdf()  # the KDF is not what is measured

PASSPHRASE = "bench passphrase, not a secret"  # noqa: S105
MiB = 1 << 20


def on_disk(path: Path) -> str:
    """A shell command that flushes the file `path`, or every file under the folder
    `path`, to the disk: the stock tools' output made as durable as Qorgau makes its own
    (it fsyncs what it writes before it reports success). With it, a second reference
    beside the goal's, which leaves its output in the page cache."""
    return f"find {path} -type f -exec sync -- {{}} +"


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def sh(script: str, **env: str) -> float:
    start = time.perf_counter()
    subprocess.run(["bash", "-euo", "pipefail", "-c", script], check=True,
                   env={**os.environ, **env}, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def make_pair(root: Path) -> tuple[Vault, Vault]:
    field, _ = Vault.create(root / "field", PASSPHRASE, name="Bench laptop")
    archive, _ = Vault.create(root / "archive", PASSPHRASE, role="archive", name="Bench archive")
    trust.trust(field, cardmod.to_json(trust.own_card(archive)))
    trust.enroll(archive, cardmod.to_json(trust.own_card(field)))
    return field, archive


def fill(field: Vault, source: Path, files: int, file_mib: int, records: int) -> None:
    """`files` incompressible evidence files and `records` case records, also written
    as plain files in `source` for the stock tools."""
    source.mkdir()
    rec = Records(field)
    case_id = rec.create("case", {"title": "Benchmark case", "city": "almaty"}).record_id
    for i in range(files):
        path = source / f"evidence-{i:04d}.bin"
        with path.open("wb") as fh:
            for _ in range(file_mib):
                fh.write(os.urandom(MiB))
        ingest(rec, path, record_id=case_id)
    bodies = [("case", {"title": f"Case {i}", "city": "taraz", "summary": "Избиение в ИВС. " * 20,
                        "reference": f"TRZ-{i:05d}"}) for i in range(records)]
    for start in range(0, len(bodies), 1000):
        rec.create_many(bodies[start:start + 1000])
    (source / "records.json").write_text(json.dumps(
        [v.body for v in rec.iter_versions()], ensure_ascii=False))


def gpg_home(root: Path) -> dict[str, str]:
    home = root / "gnupg"
    home.mkdir(mode=0o700)
    env = {"GNUPGHOME": str(home)}
    sh("gpg --batch --quiet --passphrase '' --quick-gen-key bench@example.invalid "
       "future-default default never", **env)
    return env


def peak_child(args: list[str]) -> dict[str, Any]:
    """Run one phase in a fresh process; its own peak resident memory."""
    out = subprocess.run([sys.executable, "-m", "bench.bundles", *args], check=True,
                         capture_output=True, text=True, env=os.environ.copy())
    return json.loads(out.stdout.strip().splitlines()[-1])


def child(phase: str, root: Path) -> None:
    if phase == "export":
        with Vault.open(root / "field", PASSPHRASE) as field:
            seconds, report = timed(lambda: exporter.export(field, root / "big.qgb"))
        size = report.bytes
    else:
        with Vault.open(root / "archive", PASSPHRASE) as archive:
            seconds, report = timed(lambda: importer.import_bundle(archive, root / "big.qgb"))
            assert report.status == "merged", report
        size = (root / "big.qgb").stat().st_size
    print(json.dumps({"seconds": seconds, "peak": peak_rss(), "bytes": size}))


def peak_rss() -> int:
    """This process's peak resident memory, in bytes. VmHWM, not ru_maxrss: Linux keeps
    ru_maxrss across exec, so a child would report its parent's peak."""
    with open("/proc/self/status") as status:
        for text in status:
            if text.startswith("VmHWM:"):
                return int(text.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def line(label: str, value: str, goal: str = "", ok: bool | None = None) -> None:
    mark = "" if ok is None else ("  ok" if ok else "  MISSED")
    print(f"  {label:<44} {value:>18}  {goal}{mark}")


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the age workers, tar, age):
    what a busy machine cannot inflate, unlike the wall clock."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


# How an export spreads its age work: in child processes (what the product does from
# age_worker.WORTH_A_PROCESS bytes up), or all of it in one process.
MODES = {"children": 0, "one process": 1 << 62}


def export_rounds(field: Vault, root: Path, source: Path, recipient: str,
                  rounds: int) -> dict[str, Any]:
    """Whole exports (everything, not only what is unacknowledged) in every MODE and
    `tar | age -r` of the same files, alternating, so all see the same load. Each
    export's file is deleted before the next."""
    out: dict[str, Any] = {"age": [], "load": [], "age_durable": []}
    for mode in MODES:
        out[mode] = {"wall": [], "ratio": [], "cpu_ratio": [], "durable_ratio": []}
    threshold = age_worker.WORTH_A_PROCESS
    for i in range(rounds):
        load = os.getloadavg()[0]
        cpu = cpu_seconds()
        t_age = sh(f"tar -C {source} -cf - . | age -r {recipient} > {root}/ref-{i}.age")
        cpu_age = cpu_seconds() - cpu
        (root / f"ref-{i}.age").unlink()
        t_durable = sh(f"tar -C {source} -cf - . | age -r {recipient} > {root}/ref-{i}.age"
                       f" && {on_disk(root / f'ref-{i}.age')}")
        (root / f"ref-{i}.age").unlink()
        out["age"].append(t_age)
        out["age_durable"].append(t_durable)
        said = [f"tar | age {t_age:.2f} s (on disk {t_durable:.2f} s)"]
        for mode, forced in MODES.items():
            age_worker.WORTH_A_PROCESS = forced
            try:
                cpu = cpu_seconds()
                t_exp, _ = timed(lambda i=i: exporter.export(field, root / f"round-{i}.qgb",
                                                             everything=True))
                cpu_exp = cpu_seconds() - cpu
            finally:
                age_worker.WORTH_A_PROCESS = threshold
            (root / f"round-{i}.qgb").unlink()
            out[mode]["wall"].append(t_exp)
            out[mode]["ratio"].append(t_exp / t_age)
            out[mode]["durable_ratio"].append(t_exp / t_durable)
            out[mode]["cpu_ratio"].append(cpu_exp / cpu_age)
            said.append(f"{mode} {t_exp:.2f} s")
        out["load"].append(load)
        print(f"  round {i + 1}/{rounds} (load {load:.1f}): " + ", ".join(said), file=sys.stderr)
    out["load"].append(os.getloadavg()[0])
    return out


def spread(values: list[float], unit: str) -> str:
    return " / ".join(f"{v:.2f}" for v in (min(values), statistics.median(values),
                                              max(values))) + f" {unit}"


def import_round(template: Path, dest: Path, bundle: Path, dry_run: bool = False,
                 one_process: bool = False) -> float:
    """Seconds to import `bundle` into a fresh copy of `template` (a closed archive that
    has not imported it), removed afterwards. `one_process`: the originals encrypted
    into the blob store by this process, without the child that does it on the other
    core (bench.imports' in-run reference for that child)."""
    worth = age_worker.WORTH_A_PROCESS
    if one_process:
        age_worker.WORTH_A_PROCESS = 1 << 62
    shutil.copytree(template, dest)
    archive = Vault.open(dest, PASSPHRASE)
    try:
        seconds, report = timed(lambda: importer.import_bundle(archive, bundle,
                                                               dry_run=dry_run))
        assert report.status == "merged", report
    finally:
        age_worker.WORTH_A_PROCESS = worth
        archive.close()
        shutil.rmtree(dest)
    return seconds


def import_rounds(template: Path, root: Path, bundle: Path, reference: Path, key: Path,
                  rounds: int) -> dict[str, list[float]]:
    """Verify + import of `bundle` into a fresh copy of `template`, then `age -d | tar x`
    of `reference` (the same files sealed by the stock tools), round after round, so
    both see the same load, and again with the files flushed to the disk (`on_disk`);
    the extracted files are removed each round."""
    out: dict[str, list[float]] = {"import": [], "untar": [], "ratio": [], "durable": [],
                                    "durable_ratio": []}
    for n in range(rounds):
        t_import = import_round(template, root / f"import-{n}", bundle)
        dest = root / f"x-{n}"
        dest.mkdir()
        t_untar = sh(f"age -d -i {key} {reference} | tar -x -C {dest}")
        shutil.rmtree(dest)
        dest.mkdir()
        t_durable = sh(f"age -d -i {key} {reference} | tar -x -C {dest} && {on_disk(dest)}")
        shutil.rmtree(dest)
        out["import"].append(t_import)
        out["untar"].append(t_untar)
        out["ratio"].append(t_import / t_untar)
        out["durable"].append(t_durable)
        out["durable_ratio"].append(t_import / t_durable)
        print(f"  import round {n + 1}/{rounds}: {t_import:.2f} s, age -d | tar x "
              f"{t_untar:.2f} s, the same on disk {t_durable:.2f} s", file=sys.stderr)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description="bundle benchmark (not a test)")
    parser.add_argument("--files", type=int, default=128)
    parser.add_argument("--file-mib", type=int, default=4)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--big-mib", type=int, default=2048,
                        help="size of the peak-memory bundle (0: skip)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="export and `tar | age` rounds, interleaved (min/median/max)")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--dir", help="where to make the vaults (default: a temp folder)")
    parser.add_argument("--child", nargs=2, metavar=("PHASE", "ROOT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return 0
    if args.quick:
        args.files, args.records, args.big_mib = 16, 1000, 256
    root = Path(tempfile.mkdtemp(prefix="qorgau-bench-", dir=args.dir))
    try:
        run(root, args)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


def run(root: Path, args: argparse.Namespace) -> None:
    total = args.files * args.file_mib
    print(f"Bundles: {args.files} x {args.file_mib} MiB incompressible files ({total} MiB) + "
          f"{args.records} records, in {root}")
    field, archive = make_pair(root)
    source = root / "source"
    fill(field, source, args.files, args.file_mib, args.records)
    recipient = archive.identity.box_recipient
    (root / "key.txt").write_text(str(archive.identity.box_identity) + "\n")
    env = gpg_home(root) if shutil.which("gpg") else None
    # The archive as it was before any import: each import round starts from a copy.
    archive.close()
    template = root / "archive-template"
    shutil.copytree(root / "archive", template)
    archive = Vault.open(root / "archive", PASSPHRASE)

    t_export, report = timed(lambda: exporter.export(field, root / "b.qgb"))
    t_age = sh(f"tar -C {source} -cf - . | age -r {recipient} > {root}/ref.age")
    rounds = export_rounds(field, root, source, recipient, args.rounds)
    t_gpg = sh(f"tar -C {source} -cf - . | gpg --batch --yes --sign --encrypt "
               f"-r bench@example.invalid -o {root}/ref.gpg", **env) if env else None
    imports = import_rounds(template, root, root / "b.qgb", root / "ref.age",
                            root / "key.txt", args.rounds)
    t_import, result = timed(lambda: importer.import_bundle(archive, root / "b.qgb"))
    assert result.status == "merged", result
    t_again, dup = timed(lambda: importer.import_bundle(archive, root / "b.qgb"))
    assert dup.status == "duplicate"
    t_verify, _ = timed(lambda: importer.import_bundle(archive, root / "b.qgb", dry_run=True))
    field.close()
    archive.close()

    mb = report.bytes / 1e6
    print(f"bundle: {mb:.0f} MB, {report.versions} versions, {report.blobs} evidence files")
    line("export (first)", f"{t_export:.2f} s ({mb / t_export:.0f} MB/s)")
    line("tar | age -r (first)", f"{t_age:.2f} s")
    print(f"  export, {args.rounds} rounds interleaved with `tar | age -r` (min / median / max):")
    line("  tar | age -r wall", spread(rounds["age"], "s"))
    line("  the same, flushed to disk", spread(rounds["age_durable"], "s"))
    for mode in MODES:
        got = rounds[mode]
        print(f"  export, {mode}:")
        line("    wall", spread(got["wall"], "s"))
        line("    / (tar | age), wall", spread(got["ratio"], "x"), "goal <= 1.5x",
             max(got["ratio"]) <= 1.5)  # steadily: every round
        line("    / (tar | age), CPU seconds", spread(got["cpu_ratio"], "x"))
        line("    / (tar | age, flushed to disk), wall", spread(got["durable_ratio"], "x"))
    line("  load average (1 min) at each round", " ".join(f"{x:.1f}" for x in rounds["load"]))
    if t_gpg is not None:
        line("tar | gpg --sign --encrypt", f"{t_gpg:.2f} s")
        line("export / (tar | gpg)", f"{t_export / t_gpg:.2f}x", "goal <= 0.5x",
             t_export / t_gpg <= 0.5)
    print(f"  verify + import, {args.rounds} rounds interleaved with `age -d | tar x` "
          "(min / median / max), each into a fresh copy of the archive:")
    line("  verify + import wall", spread(imports["import"], "s"))
    line("  age -d | tar x wall", spread(imports["untar"], "s"))
    line("  / (age -d | tar x)", spread(imports["ratio"], "x"), "goal <= 2x",
         max(imports["ratio"]) <= 2)  # steadily: every round
    line("  age -d | tar x, flushed to disk", spread(imports["durable"], "s"))
    line("  / (age -d | tar x, flushed to disk)", spread(imports["durable_ratio"], "x"))
    line("verify + import (into the kept archive)", f"{t_import:.2f} s ({mb / t_import:.0f} MB/s)")
    line("verify only (dry run, full read)", f"{t_verify:.2f} s")
    line("re-import of the same bundle", f"{t_again:.3f} s", "goal <= 1 s", t_again <= 1)

    if args.big_mib:
        big = root / "big"
        big.mkdir()
        field, archive = make_pair(big)
        files = max(1, args.big_mib // 128)
        fill(field, big / "source", files, args.big_mib // files, 100)
        field.close()
        archive.close()
        shutil.rmtree(big / "source")
        exp = peak_child(["--child", "export", str(big)])
        imp = peak_child(["--child", "import", str(big)])
        print(f"peak memory, {exp['bytes'] / 2**30:.2f} GiB bundle (each phase in its own "
              "process):")
        for name, r in (("export", exp), ("verify + import", imp)):
            line(f"{name} peak RSS", f"{r['peak'] / 1e6:.0f} MB", "goal <= 300 MB",
                 r["peak"] <= 300e6)
            line(f"{name} time", f"{r['seconds']:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
