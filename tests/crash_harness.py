"""Crash consistency: SIGKILL the command line at random points during add, attach,
export and import, then prove nothing is lost.

    .venv/bin/python -m tests.crash_harness --runs 200      # by hand
    (tests/test_crash.py runs a short variant in the suite)

After every kill: the vault opens, SQLCipher's integrity check and `qorgau check` pass,
every record whose command had reported success is present, no partial file is left in
the vault, and rerunning the interrupted command succeeds.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSPHRASE = "crash harness passphrase"


@dataclass
class Outcome:
    runs: int = 0
    killed: int = 0
    completed: int = 0
    failures: list[str] = field(default_factory=list)


class Harness:
    def __init__(self, workdir: Path, seed: int) -> None:
        self.work = workdir
        self.rng = random.Random(seed)
        self.vault = workdir / "vault"
        self.env = {**os.environ, "QORGAU_PASSPHRASE": PASSPHRASE,
                    "PYTHONPATH": str(ROOT),
                    "TMPDIR": str(workdir / "tmp")}
        (workdir / "tmp").mkdir(exist_ok=True)
        self.confirmed: set[str] = set()  # record ids whose command reported success
        self.case_id = ""
        self.archive = workdir / "archive"
        self.bundles = workdir / "bundles"
        self.bundles.mkdir()
        self.last_bundle: tuple[Path, set[str]] | None = None  # a bundle and what it holds
        self.in_archive: set[str] = set()  # record ids an import reported as merged

    def qorgau(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "tests.fastcli", *args], env=self.env,
                              capture_output=True, text=True, timeout=300, check=False)

    def start(self) -> None:
        for args in (("init", str(self.vault)), ("init", "--archive", str(self.archive)),
                     ("identity", str(self.archive), "--out", str(self.work / "a.card")),
                     ("identity", str(self.vault), "--out", str(self.work / "f.card")),
                     ("trust", str(self.vault), str(self.work / "a.card")),
                     ("enroll", str(self.archive), str(self.work / "f.card"))):
            result = self.qorgau(*args)
            assert result.returncode == 0, (args, result.stderr)
        self.case_id = self._add_records(1)[0]

    def _records_file(self, count: int) -> Path:
        path = self.work / f"records-{self.rng.randrange(1 << 30)}.json"
        entries = [{"kind": "incident", "body": {
            "case_id": self.case_id,
            "narrative": f"Показания {i}: " + "били дубинкой по спине. " * 40}}
            for i in range(count)] if self.case_id else [
            {"kind": "case", "body": {"title": "Дело для проверки сбоев"}}]
        path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
        return path

    def _add_records(self, count: int) -> list[str]:
        result = self.qorgau("add", str(self.vault), str(self._records_file(count)), "--json")
        assert result.returncode == 0, result.stderr
        ids = [r["record_id"] for r in json.loads(result.stdout)]
        self.confirmed.update(ids)
        return ids

    # Operations to interrupt: each returns argv and a parser of confirmed record ids.
    def op_add(self) -> tuple[list[str], Callable[[str], list[str]]]:
        path = self._records_file(self.rng.choice([1, 50, 400]))
        return (["add", str(self.vault), str(path), "--json"],
                lambda out: [r["record_id"] for r in json.loads(out)])

    def op_attach(self) -> tuple[list[str], Callable[[str], list[str]]]:
        path = self.work / f"video-{self.rng.randrange(1 << 30)}.mp4"
        with path.open("wb") as fh:
            fh.write(b"\x00\x00\x00\x18ftypmp42")
            fh.write(os.urandom(self.rng.choice([1, 8, 48]) << 20))
        return (["attach", str(self.vault), self.case_id, str(path), "--json"],
                lambda out: [r["record_id"] for r in json.loads(out)])

    def op_export(self) -> tuple[list[str], Callable[[str], list[str]]]:
        out = self.bundles / f"b{self.rng.randrange(1 << 30)}.age"
        holds = set(self.confirmed)

        def done(_stdout: str) -> list[str]:
            self.last_bundle = (out, holds)
            return []
        return ["export", str(self.vault), "--all", "--out", str(out), "--json"], done

    def op_import(self) -> tuple[list[str], Callable[[str], list[str]]]:
        if self.last_bundle is None:
            self.run_once("export", Outcome())
        assert self.last_bundle is not None
        path, holds = self.last_bundle

        def done(_stdout: str) -> list[str]:
            self.in_archive |= holds
            return []
        return ["import", str(self.archive), str(path), "--json"], done

    # Exit codes that mean the command did its job (import: merged or duplicate).
    OK_CODES = (0, 10)

    def run_once(self, op_name: str, outcome: Outcome) -> None:
        argv, parse = getattr(self, f"op_{op_name}")()
        proc = subprocess.Popen([sys.executable, "-m", "tests.fastcli", *argv], env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(self.rng.uniform(0.05, 1.5))
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate()
        outcome.runs += 1
        if killed:
            outcome.killed += 1
        elif proc.returncode in self.OK_CODES:
            outcome.completed += 1
            self.confirmed.update(parse(out))
        else:
            outcome.failures.append(f"{op_name} failed without a kill: {err.strip()[-300:]}")
            return
        problems = self.verify()
        if problems:
            outcome.failures.append(f"after {'kill' if killed else 'run'} of {op_name}: "
                                    + "; ".join(problems))
            return
        if killed and op_name == "export" and self.last_export_done(argv):
            # The kill came after the bundle was renamed into place: the export had
            # finished, and running it again would rightly refuse to overwrite it.
            outcome.completed += 1
            parse(out)
            return
        if killed:  # the interrupted command must succeed when run again
            again = self.qorgau(*argv)
            if again.returncode not in self.OK_CODES:
                outcome.failures.append(f"rerun of {op_name} failed: {again.stderr[-300:]}")
            else:
                self.confirmed.update(parse(again.stdout))

    def last_export_done(self, argv: list[str]) -> bool:
        """Whether a killed export's bundle is in place, whole and recorded by the vault."""
        out = Path(argv[argv.index("--out") + 1])
        if not out.exists():
            return False
        checked = self.qorgau("verify", str(self.archive), str(out), "--json")
        return checked.returncode in self.OK_CODES

    def _open_and_check(self, path: Path) -> tuple[list[str], set[str]]:
        """Open the vault as the next command would (which removes what an interrupted
        write left behind), run `qorgau check`'s use case and list its records. In this
        process: the command under test is the killed one; checking after it needs no
        interpreter of its own (four per run made this test the suite's slowest)."""
        from app.usecases import records, vault

        with vault.unlock(path, PASSPHRASE) as session:
            problems = vault.check(session)["problems"]
            rows = records.list_records(session, records.Filters(), order="date",
                                        limit=1_000_000)
        return problems, {r["record_id"] for r in rows}

    def verify(self) -> list[str]:
        problems, present = self._open_and_check(self.vault)
        if problems:
            return [f"check found {problems}"]
        missing = self.confirmed - present
        if missing:
            problems.append(f"{len(missing)} confirmed record(s) missing")
        archive_problems, held = self._open_and_check(self.archive)
        if archive_problems:
            problems.append(f"archive check found {archive_problems}")
        if self.in_archive - held:
            problems.append(f"{len(self.in_archive - held)} imported record(s) missing")
        partial = [str(p) for folder in (self.vault, self.archive, self.bundles)
                   for p in folder.rglob("*") if p.name.endswith(".partial")]
        if partial:
            problems.append(f"partial files left: {partial}")
        return problems


def run(runs: int, seed: int,
        ops: tuple[str, ...] = ("add", "attach", "export", "import")) -> Outcome:
    outcome = Outcome()
    with tempfile.TemporaryDirectory(prefix="qorgau-crash-") as tmp:
        harness = Harness(Path(tmp), seed)
        harness.start()
        for i in range(runs):
            harness.run_once(ops[i % len(ops)], outcome)
    return outcome


def main() -> int:
    from tests.fastkdf import install

    install()  # the vaults the commands make use test-strength key derivation
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--ops", default="add,attach,export,import")
    args = parser.parse_args()
    start = time.perf_counter()
    outcome = run(args.runs, args.seed, tuple(args.ops.split(",")))
    print(f"seed {args.seed}: {outcome.runs} runs, {outcome.killed} killed mid-way, "
          f"{outcome.completed} completed, {len(outcome.failures)} failures, "
          f"{time.perf_counter() - start:.0f} s")
    for failure in outcome.failures:
        print("FAIL:", failure)
    return 1 if outcome.failures else 0


if __name__ == "__main__":
    sys.exit(main())
