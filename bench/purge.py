"""Removing the records of people who withdrew consent, at the archive: what the one
action for several people costs, against the desk's former way of doing it.

    .venv/bin/python -m bench.purge [--copies 2] [--people 10] [--rounds 5]

On an archive holding the demo `--copies` times (each copy ~500 records, with its own
withdrawals), plus `--people` people who withdrew consent (each with an interview, a
complaint and a scanned letter), timed over `--rounds` rounds on fresh copies of the
same archive, min / median / max:

- the one action: `consent.purge_withdrawn(session, [all of them], reason)` — every id
  checked against one consent decision, one transaction, one scrub;
- the reference, in the same run, alternating with it: one `purge_withdrawn` per person,
  as the desk did before (a consent decision, a transaction and a scrub each).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

PASS = "bench passphrase for the purge 5521"  # noqa: S105  (a throwaway bench vault)
REASON = "their written requests"


def _archive(path: Path, copies: int, people: int, files: Path) -> None:
    from app import demo
    from app.evidence import ingest
    from app.records import Records
    from app.usecases import consent
    from app.usecases.session import Session
    from storage.vault import Vault

    vault, _code = Vault.create(path, PASS, name="Bench archive", role="archive")
    try:
        for _ in range(copies):
            demo.populate(vault)
        records = Records(vault)
        for n in range(people):
            person = records.create("person", {"full_name": f"Bench Person {n}",
                                               "roles": ["relative"]}).record_id
            case = records.create("case", {"title": f"Bench case {n}", "city": "taraz"})
            interview = records.create("interview", {
                "case_id": case.record_id, "interviewee_id": person, "date": "2022-02-03",
                "account": f"Account number {n}.", "consent": {"documentation": "given"}})
            records.create("complaint", {"case_id": case.record_id, "body": "prosecutor",
                                         "status": "filed", "on_behalf_of": [person]})
            letter = files / f"letter-{n}.pdf"
            letter.write_bytes(os.urandom(2000))
            ingest(records, letter, record_id=interview.record_id)
            consent.record_consent(Session(vault), person, {"share_coordinator": "refused"})
    finally:
        vault.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--people", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)

    from app.usecases import consent
    from app.usecases.session import Session
    from storage.vault import Vault

    tmp = Path(tempfile.mkdtemp(prefix="qorgau-bench-purge-"))
    try:
        (tmp / "files").mkdir()
        _archive(tmp / "template", args.copies, args.people, tmp / "files")
        with Vault.open(tmp / "template", PASS) as v:
            total = v.db.one("SELECT count(*) FROM records")[0]
            # The demo's own withdrawals too: everyone the desk would list.
            ids = [w["person_id"] for w in consent.withdrawn(Session(v))]

        def one_action(session: Session) -> None:
            consent.purge_withdrawn(session, ids, REASON)

        def per_person(session: Session) -> None:
            for person in ids:
                consent.purge_withdrawn(session, person, REASON)

        figures: dict[str, list[float]] = {"one action": [], "  reference: one per person": []}
        for i in range(args.rounds):
            order = [("one action", one_action),
                     ("  reference: one per person", per_person)]
            for name, fn in order if i % 2 == 0 else reversed(order):
                copy = tmp / f"round-{i}-{name.strip()[:3]}"
                shutil.copytree(tmp / "template", copy)
                with Vault.open(copy, PASS) as vault:
                    session = Session(vault)
                    start = time.perf_counter()
                    fn(session)
                    figures[name].append(time.perf_counter() - start)
                    assert consent.withdrawn(session) == []
                shutil.rmtree(copy)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{total} records, {len(ids)} people withdrawn, {args.rounds} rounds; seconds")
    print(f"{'figure':32} {'min':>7} {'median':>7} {'max':>7}")
    for name, values in figures.items():
        print(f"{name:32} {min(values):7.3f} {statistics.median(values):7.3f} "
              f"{max(values):7.3f}")
    ratio = (statistics.median(figures["  reference: one per person"])
             / statistics.median(figures["one action"]))
    print(f"one per person ÷ one action (median): ×{ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
