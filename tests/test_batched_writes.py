"""The batched write paths leave exactly what the record-by-record paths leave: bulk add
the same records, links and search rows, with the same rowids; an import in batches, its
signatures checked by worker processes, the same archive as one version at a time, and
the same refusal, word for word, for a bundle with several faults."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import importer, records_json
from app.records import CLOCK_LEAP_MAX, SIGNING_PREFIX, Records, build_envelope
from bench.storage import Workload, Writer
from storage import signatures
from storage.errors import QorgauError
from storage.vault import Vault
from tests.test_bundle_kit import PASSPHRASE, craft, export, link, make_vault, write

TABLES = {
    "records": "SELECT rowid, * FROM records ORDER BY rowid",
    "links": "SELECT * FROM links ORDER BY src, rel, dst",
    "search": "SELECT rowid, text, folded FROM search ORDER BY rowid",
}


def _snapshot(vault: Vault) -> dict[str, list[Any]]:
    return {name: vault.db.all(sql) for name, sql in TABLES.items()}


def test_bulk_add_derives_what_one_by_one_refresh_derives(vault: Vault) -> None:
    records = Records(vault)
    writer = Writer("vault", records)
    # Every kind of the coordinator's mix, in several batches: the size is not the point.
    for batch in Workload(600, 3).batches(150):
        writer.write(batch)
    deleted = records.create("person", {"full_name": "Удалённый Тест"}).record_id
    records.delete(deleted, "test")
    batched = _snapshot(vault)
    assert len(batched["records"]) == 601 and batched["search"] and batched["links"]

    # The same versions, derived again one record at a time by the general path.
    order = [r[0] for r in vault.db.all("SELECT record_id FROM records ORDER BY rowid")]
    with vault.db.transaction():
        for table in ("records", "links", "search"):
            vault.db.execute(f"DELETE FROM {table}")
        for record_id in order:
            records._refresh(record_id)
    again = _snapshot(vault)
    for name in TABLES:
        diff = [(a, b) for a, b in zip(batched[name], again[name], strict=True) if a != b]
        cols = [(i, x, y) for a, b in diff[:1] for i, (x, y) in enumerate(zip(a, b, strict=True))
                if x != y]
        assert not diff, (name, len(diff), cols)


# --- import: batched and parallel against version by version -----------------------------------

_IMPORT_TABLES = {
    "versions": "SELECT rowid, version_id, record_id, kind, author, clock, created_at, tombstone,"
                " envelope, signature, origin FROM versions ORDER BY rowid",
    "version_parents": "SELECT * FROM version_parents ORDER BY 1, 2",
    "heads": "SELECT * FROM heads ORDER BY 1, 2",
    "records": "SELECT rowid, record_id, kind, head, head_count, deleted, title, case_id, city,"
               " facility_id, status, date, flags, body, created_at, updated_at FROM records"
               " ORDER BY rowid",
    "links": "SELECT * FROM links ORDER BY 1, 2, 3",
    "search": "SELECT rowid, text, folded FROM search ORDER BY rowid",
    "devices": "SELECT device_id, sign_public FROM devices ORDER BY 1",
    "clock": "SELECT clock FROM device",
    "bundles": "SELECT sha256, device_id, seq, status, reason, versions_new, versions_known,"
               " blobs_new FROM sync_bundles ORDER BY 1",
    "peers": "SELECT device_id, last_seq, last_sha256, missing FROM sync_peers ORDER BY 1",
    "provenance": "SELECT version_id, device_id, bundle_sha256 FROM sync_provenance ORDER BY 1",
    "quarantine": "SELECT bundle_sha256, reason_code, alert FROM sync_quarantine ORDER BY 1",
    "audit": "SELECT seq, action, detail FROM audit ORDER BY seq",
}


def _archive_state(vault: Vault) -> dict[str, list[Any]]:
    """Every row an import writes, in storage order, with only the wall-clock times left
    out (when a version was stored, when a bundle was imported, when an entry was made)."""
    return {name: vault.db.all(sql) for name, sql in _IMPORT_TABLES.items()}


def _outcome(report: importer.ImportReport) -> tuple[Any, ...]:
    return (report.status, report.reason_code, report.reason, report.alert,
            report.records_new, report.records_known, report.versions_new,
            report.versions_known, report.conflicts)


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    """An archive (closed, to copy) and, in order, the bundles to import into it: two real
    exports of a field laptop (new records with references, edits, a deletion, then edits
    of records the archive holds), a colleague's hand-made bundle that arrives out of order
    with a conflict, and hostile bundles each refused for a fault placed after another."""
    root = tmp_path_factory.mktemp("batched-import")
    field = make_vault(root / "field", name="Field laptop")
    colleague = make_vault(root / "colleague", name="Colleague laptop")
    third = make_vault(root / "third", name="Third laptop")
    archive = make_vault(root / "archive", "archive")
    for device in (field, colleague, third):
        link(device, archive)
    out: list[Path] = []
    records = Records(field)
    writer = Writer("field", records)
    for batch in Workload(150, 5).batches(50):
        writer.write(batch)
    cases = [r[0] for r in field.db.all("SELECT record_id FROM records WHERE kind = 'case'"
                                        " ORDER BY rowid LIMIT 3")]
    records.update(cases[0], {**records.get(cases[0]).body, "title": "Избиение в ИВС, правка"})
    records.delete(cases[1], "entered twice")
    out.append(export(field, root / "field-1.qgb"))
    records.update(cases[0], {**records.get(cases[0]).body, "title": "Второе изменение"})
    records.update(cases[2], {**records.get(cases[2]).body, "title": "Дело передано"})
    out.append(export(field, root / "field-2.qgb"))

    def made(record_id: str, *, parents: tuple[str, ...] = (), clock: int = 10,
             kind: str = "case", title: str = "Жалоба", key: Any = None,
             tombstone: str | None = None, by: Vault = colleague) -> tuple[bytes, bytes]:
        env = build_envelope(record_id=record_id, kind=kind, parents=parents,
                             author=by.identity.device_id, clock=clock,
                             created_at="2026-03-01T10:00:00Z", tombstone=tombstone,
                             body={} if tombstone else (
                                 {"title": title} if kind == "case" else {"full_name": title}))
        return env, (key or by.identity.sign_key).sign(SIGNING_PREFIX + env)

    def vid(version: tuple[bytes, bytes]) -> tuple[str, ...]:
        return (hashlib.sha256(version[0]).hexdigest(),)

    own, gone, other = (f"0190d6a0-0000-7000-8000-0000000000{n:02d}" for n in (1, 2, 3))
    root_v = made(own, title="Корень")
    left = made(own, parents=vid(root_v), clock=11, title="Левая правка")
    right = made(own, parents=vid(root_v), clock=12, title="Правая правка")
    gone_v = made(gone)
    tomb = made(gone, parents=vid(gone_v), clock=13, tombstone="дубликат")
    # Children before their parent, and two children of one parent: a conflict.
    out.append(write(root / "colleague-1.qgb", craft(
        colleague, [archive], versions=[left, root_v, right, gone_v, tomb])))

    # Hostile bundles: the third laptop's first, each refused (so never counted).
    forged = made(other, title="Подделка", key=Ed25519PrivateKey.generate(), by=third)
    crossing = made(other, parents=vid(root_v), clock=14, by=third)  # a parent of `own`
    absurd = made(other, clock=CLOCK_LEAP_MAX * 4, by=third)
    as_person = made(own, parents=vid(left) + vid(right), clock=15, kind="person", by=third)
    fresh = [made(f"0190d6a0-0000-7000-8000-0000000001{n:02d}", title=f"Дело {n}", by=third)
             for n in range(4)]
    # A version whose parent comes later in the bundle and belongs to another record.
    later = made(other, title="Позже", by=third)
    early = made("0190d6a0-0000-7000-8000-000000000200", parents=vid(later), clock=16,
                 by=third)

    def spoil(index: int) -> Callable[[list[tuple[str, bytes]]], None]:
        def edit(entries: list[tuple[str, bytes]]) -> None:
            name, data = entries[index]
            entries[index] = (name, data.replace(b"\\u", b"\\U", 1) if b"\\u" in data
                              else data[:-2] + b"X}")
        return edit

    hostile = [
        [fresh[0], fresh[1], forged, crossing, absurd],  # the forged signature first
        [fresh[0], crossing, forged, absurd],  # the parent from another record first
        [fresh[0], absurd, forged],  # the clock first
        [fresh[0], as_person, fresh[1]],  # a record changing kind
        [fresh[0], early, later],  # named as a parent by a version of another record
    ]
    for n, versions in enumerate(hostile):
        out.append(write(root / f"hostile-{n}.qgb", craft(third, [archive],
                                                           versions=versions)))
    # A damaged member after a forged signature: the signature is reported.
    out.append(write(root / "hostile-damaged.qgb", craft(
        third, [archive], versions=[fresh[2], forged, fresh[3]],
        members_edit=spoil(4 + 2 * 2))))
    for vault in (field, colleague, third, archive):
        vault.close()
    return root / "archive", out


def _import_all(template: Path, dest: Path, files: list[Path],
                batch: Callable[[Path], int]) -> tuple[Any, Any]:
    shutil.copytree(template, dest)
    archive = Vault.open(dest, PASSPHRASE)
    outcomes = []
    try:
        for f in files:
            importer.BATCH_VERSIONS = batch(f)
            outcomes.append(_outcome(importer.import_bundle(archive, f)))
        return outcomes, _archive_state(archive)
    finally:
        archive.close()


@pytest.mark.slow  # two archives, nine bundles: a few seconds
def test_batched_parallel_import_equals_version_by_version(
        tmp_path: Path, bundles: tuple[Path, list[Path]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    template, files = bundles
    monkeypatch.setattr(importer, "BATCH_VERSIONS", importer.BATCH_VERSIONS)  # restored
    # Version by version: a batch of one, checked in this process.
    monkeypatch.setattr(signatures, "_cores", lambda: 1)
    one, one_state = _import_all(template, tmp_path / "one", files, lambda f: 1)
    # Batched, each batch checked by two worker processes.
    monkeypatch.setattr(signatures, "_cores", lambda: 2)
    monkeypatch.setattr(signatures, "PARALLEL_MIN", 1)
    many, many_state = _import_all(template, tmp_path / "many", files, lambda f: 1000)
    # Small batches: one checked by the workers while the one before is stored, and
    # faults that fall across batches (of two versions in the crafted bundles).
    pairs, pairs_state = _import_all(template, tmp_path / "pairs", files,
                                     lambda f: 50 if f.name.startswith("field") else 2)

    statuses = [o[:2] for o in one]
    assert statuses == [("merged", None)] * 3 + [("rejected", "version")] * 5 + [
        ("rejected", "version")], statuses
    assert one[2][-1], "the colleague's bundle leaves a conflict"
    reasons = [o[2] for o in one[3:]]
    for reason, words in zip(reasons, ["bad signature", "as its parent", "clock",
                                       "changes kind", "named as a parent",
                                       "bad signature"], strict=True):
        assert words in (reason or ""), (words, reason)
    assert many == one and pairs == one
    for name in _IMPORT_TABLES:
        assert many_state[name] == one_state[name], name
        assert pairs_state[name] == one_state[name], name
    assert len(one_state["versions"]) > 150 and one_state["search"]


@pytest.mark.slow  # two archives, nine bundles: a few seconds
def test_refused_batch_changes_nothing_even_in_parallel(
        tmp_path: Path, bundles: tuple[Path, list[Path]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    template, files = bundles
    monkeypatch.setattr(signatures, "_cores", lambda: 2)
    monkeypatch.setattr(signatures, "PARALLEL_MIN", 1)
    shutil.copytree(template, tmp_path / "a")
    archive = Vault.open(tmp_path / "a", PASSPHRASE)
    try:
        before = _archive_state(archive)
        report = importer.import_bundle(archive, files[3])
        assert (report.status, report.reason_code) == ("rejected", "version")
        assert "bad signature" in (report.reason or "")
        assert _archive_state(archive) == before
    finally:
        archive.close()


def test_verifier_answers_in_order_in_process_and_in_workers() -> None:
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw()
    items = [(public, (other if i % 7 == 3 else key).sign(b"m%d" % i), b"m%d" % i)
             for i in range(40)]
    items.append((b"\0" * 31, b"\0" * 64, b"not a key"))
    expected = [i % 7 != 3 for i in range(40)] + [False]
    assert signatures.check(items) == expected
    with signatures.Verifier(workers=2, parallel_min=1) as verifier:
        assert verifier.start(items)() == expected
        assert verifier._pool is not None, "the workers were used"


# --- a records file: new records a run at a time -----------------------------------------------


def test_records_file_writes_runs_in_file_order(vault: Vault) -> None:
    records = Records(vault)
    existing = records.create("case", {"title": "Дело до файла"}).record_id
    entries = [
        {"kind": "person", "ref": "p1", "body": {"full_name": "Асель Тестова"}},
        {"kind": "case", "ref": "c1", "body": {"title": "Избиение", "victim_ids": ["@p1"]}},
        {"id": existing, "body": {"title": "Дело, правка", "victim_ids": ["@p1"]}},
        {"kind": "person", "body": {"full_name": "Ержан Тестов"}},
    ]
    written = records_json.add(records, entries)
    assert [v.kind for v in written] == ["person", "case", "case", "person"]
    assert written[2].record_id == existing
    clocks = [v.clock for v in written]
    assert clocks == sorted(clocks) and len(set(clocks)) == 4, "versions in the file's order"
    person = written[0].record_id
    assert {(src, dst) for src, dst, _ in vault.db.all("SELECT * FROM links")} == {
        (written[1].record_id, person), (existing, person)}
    actions = [a for (a,) in vault.db.all("SELECT action FROM audit WHERE action = 'write'")]
    assert len(actions) == 5  # the case before the file, then one per version
    assert Records(vault).get(existing).title == "Дело, правка"


@pytest.mark.parametrize(("entries", "message"), [
    # An invalid body after valid new records: its place in the file is named.
    ([{"kind": "person", "body": {"full_name": "А"}}, {"kind": "case", "body": {}}],
     r"records\[1\]\.title"),
    # Two faults: the one further up the file is reported.
    ([{"kind": "person", "body": {"full_name": "А"}}, {"kind": "case", "body": {}},
      {"kind": "case", "body": {"title": "x", "victim_ids": ["@nobody"]}}],
     r"records\[1\]\.title"),
    ([{"kind": "person", "body": {}}, {"id": "0190d6a0-0000-7000-8000-00000000dead",
                                       "body": {"title": "x"}}], r"records\[0\]\.full_name"),
    ([{"kind": "person", "body": {"full_name": "А"}}, {"kind": "nonsense", "body": {}}],
     "unknown record kind"),
])
def test_records_file_refused_whole_with_the_first_fault(vault: Vault, entries: Any,
                                                         message: str) -> None:
    records = Records(vault)
    before = vault.db.all("SELECT count(*) FROM versions")
    with pytest.raises(QorgauError, match=message):
        records_json.add(records, entries)
    assert vault.db.all("SELECT count(*) FROM versions") == before


# --- bulk add in the vault's worker processes ----------------------------------------------------

_LOCAL_TABLES = {
    **{name: sql for name, sql in _IMPORT_TABLES.items()
       if name in ("versions", "version_parents", "heads", "records", "links", "search",
                   "clock")},
    "audit": "SELECT seq, action, detail FROM audit ORDER BY seq",
}


def _bulk_add(vault: Vault, monkeypatch: pytest.MonkeyPatch, *, workers: int
              ) -> tuple[list[str], dict[str, list[Any]]]:
    """The same records, with the same ids and times, added with the Python work in
    `workers` processes (1: in this process): the errors of batches with an invalid body
    first, inside a chunk and last, then every row the bulk add wrote."""
    from app import records as records_mod

    counter = iter(range(10**6))
    monkeypatch.setattr(records_mod, "uuid7",
                        lambda: f"0190d6a0-0000-7000-8000-{next(counter):012d}")
    monkeypatch.setattr(records_mod, "now_iso", lambda: "2026-03-01T10:00:00.000000Z")
    vault._workers = signatures.Verifier(workers=workers, parallel_min=1)
    records, errors = Records(vault), []
    writer = Writer("vault", records)
    for batch in Workload(120, 7).batches(60):
        writer.write(batch)
    people = [("person", {"full_name": f"Тестовый Человек {n}"}) for n in range(100)]
    for bad_at in (0, 73, 99):
        spoilt = list(people)
        spoilt[bad_at] = ("person", {"full_name": "Тест", "sex": "nonsense"})
        with pytest.raises(QorgauError) as refused:
            records.create_many(spoilt)
        errors.append(str(refused.value))
    records.create_many(people)
    if workers > 1:
        assert vault.workers._pool is not None, "the workers were used"
    return errors, {name: vault.db.all(sql) for name, sql in _LOCAL_TABLES.items()}


@pytest.mark.slow  # two vaults, worker processes started: a few seconds
def test_bulk_add_in_workers_writes_what_this_process_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Byte for byte: the signed envelopes, every derived row, the audit chain; and a
    batch with an invalid body refused whole with the same words, wherever it falls
    (first of the batch, inside a chunk, last)."""
    from tests.conftest import new_vault

    here, there = new_vault(tmp_path / "here"), new_vault(tmp_path / "there")
    try:
        one = _bulk_add(here, monkeypatch, workers=1)
        two = _bulk_add(there, monkeypatch, workers=2)
    finally:
        here.close()
        there.close()
    assert len(one[0]) == 3 and all("sex" in e for e in one[0])
    assert two[0] == one[0]
    assert len(one[1]["versions"]) == 220, "the refused batches wrote nothing"
    for name in _LOCAL_TABLES:
        assert two[1][name] == one[1][name], name
    assert one[1]["search"] and one[1]["links"]


@pytest.mark.slow  # worker processes started twice
def test_a_killed_worker_fails_the_bulk_add_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker ended mid-action (by the system, out of memory): the action fails with
    a clear error and writes nothing; the next one starts fresh workers."""
    import os
    import signal
    import threading
    import time

    from storage.errors import EnvironmentFault
    from tests.conftest import new_vault

    vault = new_vault(tmp_path / "v")
    try:
        vault._workers = signatures.Verifier(workers=2, parallel_min=1)
        records = Records(vault)
        batches = [[("person", {"full_name": f"Тест {b} {n}"}) for n in range(100)]
                   for b in range(2)]

        def add(batch: list[Any]) -> None:
            records.create_many(batch)

        add(batches[0])  # the workers are up
        pool = vault.workers._pool
        assert pool is not None
        pids = list(pool._processes)
        assert len(pids) == 2
        before = vault.db.all("SELECT count(*) FROM versions")
        # Frozen, the workers take the next batch and answer nothing; then they are killed.
        for pid in pids:
            os.kill(pid, signal.SIGSTOP)
        timer = threading.Timer(0.3, lambda: [os.kill(pid, signal.SIGKILL) for pid in pids])
        timer.start()
        with pytest.raises(EnvironmentFault, match="worker process stopped"):
            add(batches[1])
        timer.join()
        assert vault.db.all("SELECT count(*) FROM versions") == before
        assert not vault.db.in_transaction
        add(batches[1])  # fresh workers
        assert vault.workers._pool is not None and set(vault.workers._pool._processes) \
            .isdisjoint(pids)
        assert vault.db.all("SELECT count(*) FROM records")[0][0] == 200
        # A worker ended while the pool stands idle between two actions: the next action
        # notices and starts fresh workers instead of failing.
        idle = vault.workers._pool
        assert idle is not None
        os.kill(next(iter(idle._processes)), signal.SIGKILL)
        for _ in range(500):
            if idle._broken:
                break
            time.sleep(0.01)
        add([("person", {"full_name": f"Тест после {n}"}) for n in range(100)])
        assert vault.workers._pool is not idle
        assert vault.db.all("SELECT count(*) FROM records")[0][0] == 300
    finally:
        vault.close()


def test_the_workers_end_with_the_vault(tmp_path: Path) -> None:
    """No worker outlives the unlocked vault with record text in its memory."""
    from tests.conftest import new_vault

    vault = new_vault(tmp_path / "v")
    vault._workers = signatures.Verifier(workers=2, parallel_min=1)
    records = Records(vault)
    records.create_many([("person", {"full_name": f"Тест {n}"}) for n in range(40)])
    pool = vault.workers._pool
    assert pool is not None
    procs = list(pool._processes.values())
    vault.close()
    assert procs and all(not p.is_alive() for p in procs)


# --- import: originals stored by a child process -------------------------------------------------


def test_import_stores_originals_through_a_child_as_in_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The child that encrypts a bundle's originals into the blob store leaves the same
    archive as this process does, no temp file, and no original in plaintext on disk;
    killed midway, the import fails whole and leaves nothing."""
    import subprocess

    from app.evidence import ingest
    from storage import age_worker
    from storage.errors import EnvironmentFault
    from tests.test_bundle_kit import new_case, open_copy, pair_template, random_file

    (tmp_path / "t").mkdir()
    template = pair_template(tmp_path / "t")
    field = open_copy(template, "field", tmp_path / "field")
    originals = [random_file(tmp_path / f"e{i}.bin", 200_000 + 999 * i) for i in range(3)]
    try:
        records = Records(field)
        case_id = new_case(records)
        shas = [ingest(records, f, record_id=case_id).sha256 for f in originals]
        bundle = export(field, tmp_path / "b.qgb")
    finally:
        field.close()

    started: list[subprocess.Popen[bytes]] = []
    real = subprocess.Popen

    def popen(*args: Any, **kw: Any) -> subprocess.Popen[bytes]:
        started.append(real(*args, **kw))
        return started[-1]

    monkeypatch.setattr(subprocess, "Popen", popen)
    states, files = [], []
    for name, threshold in (("here", 1 << 40), ("child", 0)):
        monkeypatch.setattr(age_worker, "WORTH_A_PROCESS", threshold)
        archive = open_copy(template, "archive", tmp_path / name)
        try:
            assert importer.import_bundle(archive, bundle).status == "merged"
            states.append(_archive_state(archive))
            files.append({sha: archive.blobs.read_bytes(sha) for sha in shas})
            on_disk = [p for p in archive.blobs.folder.rglob("*") if p.is_file()]
        finally:
            archive.close()
        assert not [p for p in on_disk if p.name.endswith(".partial")]
        for original in originals:  # encrypted: no run of an original's bytes on disk
            probe = original.read_bytes()[1000:1064]
            assert not any(probe in p.read_bytes() for p in on_disk)
    assert ["store" in p.args for p in started] == [True], "one child, for the second import"
    assert all(p.returncode == 0 for p in started)
    for name in _IMPORT_TABLES:
        if name != "audit":
            assert states[1][name] == states[0][name], name
    assert files[1] == files[0] == {sha: f.read_bytes() for sha, f in zip(shas, originals,
                                                                          strict=True)}

    # Killed while the originals are stored: nothing merged, no file left.
    archive = open_copy(template, "archive", tmp_path / "killed")
    try:
        before = _archive_state(archive)

        def kill_store_child(done: int, total: int) -> None:
            for p in started:
                if "store" in p.args and p.poll() is None:
                    p.kill()

        with pytest.raises(EnvironmentFault, match="evidence files"):
            importer.import_bundle(archive, bundle, progress=kill_store_child)
        assert _archive_state(archive) == before
        assert not [p for p in archive.blobs.folder.rglob("*") if p.is_file()]
    finally:
        archive.close()
