"""Each action of the coordinator's desk, run once through the command line and once
through the desktop (the real pages, offscreen, on their worker), on two copies of the
same archive fed the same bundle files: both must leave the same thing behind — the
same versions (record, kind, author, body, deletion), the same audit entries (kind and
reason, in order), the same files with the same modes.

The two interfaces used to differ (the command line resolved conflicts unaudited and
without the stale-heads check, released and revoked without a reason, wrote the CSV
0644 unaudited and stopped a batch at the first bad file); this test keeps them one.
"""

from __future__ import annotations

import json
import shutil
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PASSPHRASE
from tests.ui.conftest import clock, gui, settle  # noqa: F401 (desktop fixtures)
from tests.ui.test_archive_kit import FIELD_B, copy_world, field, make_template, show

pytest.importorskip("PySide6")

NAME, DOB = "Алия Тестова", "1988-03-14"
REVOKE_WHY = "laptop seized at a checkpoint"
RELEASE_WHY = "made by the field worker: confirmed by phone"
DISCARD_WHY = "not made by the field worker"
LINK_NOTE = "same date of birth and city"
SEIZED_ON = "2099-01-01"
PURGE_WHY = "their written requests of 1 March"


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("desk-twins"))


def _export(vault: Any, path: Path) -> Path:
    from app import exporter

    assert exporter.export(vault, path).written
    return path


def _bundles(world: dict[str, Path], out: Path) -> dict[str, Path]:
    """Bundle files from the two field laptops: a case edited on both (a conflict), one
    person recorded on each (a duplicate), and, after B's seizure, two more from B."""
    from app.records import Records
    from tests.test_bundle_kit import hand_over

    out.mkdir()
    a, b = field(world["a"]), field(world["b"])
    try:
        ra, rb = Records(a), Records(b)
        case = ra.create("case", {"title": "Beating at IVS Taraz", "city": "taraz"}).record_id
        ra.create("person", {"full_name": NAME, "date_of_birth": DOB, "gender": "female",
                             "city": "taraz", "roles": ["victim"]})
        hand_over(a, b)
        ra.update(case, {"title": "Beating at IVS Taraz", "city": "taraz",
                         "summary": "Written on laptop A."})
        rb.update(case, {"title": "Beating at IVS Taraz (B)", "city": "taraz"})
        rb.create("person", {"full_name": NAME, "date_of_birth": DOB, "gender": "female",
                             "city": "taraz", "roles": ["witness"]})
        files = {"a1": _export(a, out / "a1.bundle"), "b1": _export(b, out / "b1.bundle")}
        rb.create("case", {"title": "Sealed after the seizure", "city": "almaty"})
        files["b2"] = _export(b, out / "b2.bundle")
        rb.create("case", {"title": "Also sealed after the seizure", "city": "almaty"})
        files["b3"] = _export(b, out / "b3.bundle")
    finally:
        a.close()
        b.close()
    (out / "junk.bundle").write_bytes(b"age-encryption.org/v1\nnot a bundle at all\n")
    files["junk"] = out / "junk.bundle"
    return files


def _device_ids(world: dict[str, Path]) -> dict[str, str]:
    out = {}
    for key in ("a", "b"):
        v = field(world[key])
        out[key] = v.identity.device_id
        v.close()
    return out


def _usb(files: dict[str, Path], folder: Path, *names: str) -> list[Path]:
    """Copies of the named bundles in a folder of their own (receipts are written next
    to them, so each interface gets its own stick)."""
    folder.mkdir(exist_ok=True)
    return [Path(shutil.copy2(files[n], folder / files[n].name)) for n in names]


def _state(vault: Any) -> dict[str, Any]:
    """What an action leaves in the vault, without what differs by nature between two
    runs (version ids and times of versions signed here, audit times and hashes)."""
    from app.records import Records
    from storage import audit

    versions = sorted(
        json.dumps([v.record_id, v.kind, v.author, v.body, v.tombstone, len(v.parents)],
                   sort_keys=True, ensure_ascii=False)
        for v in Records(vault).iter_versions())
    entries = [(e["action"], e["detail"].get("reason"))
               for e in reversed(audit.entries(vault.db, limit=100000))
               if e["action"] not in SESSION_ACTIONS]
    heads = sorted(vault.db.all("SELECT record_id, head_count, deleted FROM records"))
    quarantined = sorted(vault.db.all("SELECT b.seq, q.released_at IS NOT NULL FROM"
                                      " sync_quarantine q JOIN sync_bundles b ON"
                                      " b.sha256 = q.bundle_sha256"))
    revoked = vault.db.all("SELECT name, revoked_after_seq FROM devices"
                           " WHERE revoked_at IS NOT NULL")
    return {"versions": versions, "audit": entries, "records": heads,
            "quarantine": quarantined, "revoked": revoked}


# Opening and locking a vault is the session's business, not a desk action's.
SESSION_ACTIONS = {"unlock", "lock", "open", "close"}


def _files(folder: Path) -> list[tuple[str, int]]:
    """Files in a folder, by kind (receipt names carry the time), with their modes."""
    out = []
    for p in sorted(folder.iterdir()):
        if p.suffix == ".bundle":
            continue
        kind = "receipt" if p.name.startswith("qorgau-receipt-") else p.name
        out.append((kind, stat.S_IMODE(p.stat().st_mode)))
    return sorted(out)


def _cli_json(done: subprocess.CompletedProcess[str]) -> Any:
    assert done.stdout, done.stderr
    return json.loads(done.stdout)


def test_each_desk_action_leaves_the_same_through_both_interfaces(
        qtbot: Any, gui: Any, cli: Any, template: Path, tmp_path: Path) -> None:  # noqa: F811
    from storage.vault import Vault
    from tests.ui.test_archive_kit import open_desk
    from ui.desk.devices import RevokeDialog

    world = copy_world(template, tmp_path)  # the desktop's archive: gui.vault_path
    archive = tmp_path / "cli-archive"
    shutil.copytree(world["archive"], archive)
    files = _bundles(world, tmp_path / "made")
    ids = _device_ids(world)
    # The case is handed from A to B: both archives grant it (write authority, issue 15).
    from app.usecases import seizure
    from app.usecases.session import Session

    for path in (world["archive"], archive):
        with Vault.open(path, PASSPHRASE) as v:
            seizure.grant(Session(v), ids["b"], ids["a"], "case handed over to a colleague")
    usb_cli, usb_desk = tmp_path / "usb-cli", tmp_path / "usb-desk"
    desk = open_desk(qtbot, gui)
    s = gui.session

    def desk_state() -> dict[str, Any]:
        settle(qtbot, gui)
        return gui.tasks.call(lambda: _state(s.vault))

    def cli_state() -> dict[str, Any]:
        with Vault.open(archive, PASSPHRASE) as v:
            return _state(v)

    def same(step: str) -> None:
        c, d = cli_state(), desk_state()
        for key in c:
            assert c[key] == d[key], f"{step}: {key} differs"

    # 1. Several files at once, a bad one among them, receipts next to the bundles: the
    # batch carries on past the bad file; the worst outcome is the exit code.
    done = cli("import", str(archive), *map(str, _usb(files, usb_cli, "a1", "junk", "b1")),
               "--receipts", "--json")
    assert done.returncode == 11, done.stderr
    assert [r["status"] for r in _cli_json(done)] == ["merged", "rejected", "merged"]
    page = show(qtbot, gui, desk, "receive")
    assert page.receipts.isChecked()
    page.enqueue(_usb(files, usb_desk, "a1", "junk", "b1"))
    qtbot.waitUntil(lambda: page.batch is None, timeout=30000)
    assert "2 merged, 1 rejected." in page.summary.text()
    same("import")
    assert _files(usb_cli) == _files(usb_desk) == [("receipt", 0o600)] * 2

    # 2. A conflict resolved: the same heads compared, the same content kept, audited.
    listed = _cli_json(cli("conflicts", str(archive), "--json"))
    assert len(listed) == 1
    heads = [h["version_id"] for h in listed[0]["heads"]]
    stale = cli("resolve", str(archive), listed[0]["record_id"], "--keep", heads[0],
                "--heads", heads[0])
    assert stale.returncode == 4 and "changed while you were comparing" in stale.stderr
    done = cli("resolve", str(archive), listed[0]["record_id"], "--keep", heads[0],
               "--heads", ",".join(heads))
    assert done.returncode == 0, done.stderr
    page = show(qtbot, gui, desk, "conflicts")
    qtbot.waitUntil(lambda: page.data is not None, timeout=15000)
    assert [h["version_id"] for h in page.data["heads"]] == heads
    page.resolve()
    same("resolve")

    # 3. Two records of one person linked, with the coordinator's note.
    found = _cli_json(cli("duplicates", str(archive), "--json"))
    assert len(found) == 1
    done = cli("link", str(archive), found[0]["a_id"], found[0]["b_id"], "--note", LINK_NOTE)
    assert done.returncode == 0, done.stderr
    page = show(qtbot, gui, desk, "duplicates")
    qtbot.waitUntil(lambda: page.current() is not None, timeout=15000)
    page.note.setText(LINK_NOTE)
    page.link()
    same("link")

    # 4. Device B revoked: the reason and the day of seizure are kept, from both.
    assert cli("revoke", str(archive), ids["b"], "--seized-on", SEIZED_ON).returncode == 2
    done = cli("revoke", str(archive), ids["b"], "--reason", REVOKE_WHY,
               "--seized-on", SEIZED_ON)
    assert done.returncode == 0, done.stderr
    page = show(qtbot, gui, desk, "devices")
    qtbot.waitUntil(lambda: len(page.rows) == 2, timeout=15000)
    device = next(d for d in page.rows if d["device_id"] == ids["b"])
    dialog = RevokeDialog(page, device)
    dialog.run(reason=REVOKE_WHY, seized_on=SEIZED_ON, after_seq=None)
    same("revoke")
    assert cli_state()["revoked"] == [(FIELD_B, 1)]

    # 5. B's later bundles are quarantined; one is released, the other discarded, each
    # with its reason (refused without one, from the command line too).
    done = cli("import", str(archive), *map(str, _usb(files, usb_cli, "b2", "b3")))
    assert done.returncode == 12
    page = show(qtbot, gui, desk, "receive")
    page.enqueue(_usb(files, usb_desk, "b2", "b3"))
    qtbot.waitUntil(lambda: page.batch is None, timeout=30000)
    held = _cli_json(cli("quarantine", str(archive), "--json"))
    first, second = sorted(held, key=lambda q: q["seq"])
    assert cli("quarantine", str(archive), "--release", first["bundle_sha256"]).returncode == 2
    assert cli("quarantine", str(archive), "--release", first["bundle_sha256"],
               "--reason", RELEASE_WHY).returncode == 0
    assert cli("quarantine", str(archive), "--discard", second["bundle_sha256"],
               "--reason", DISCARD_WHY).returncode == 0
    page = show(qtbot, gui, desk, "quarantine")
    page.release_bundle(first["bundle_sha256"], RELEASE_WHY)
    settle(qtbot, gui)
    page.discard_bundle(second["bundle_sha256"], DISCARD_WHY)
    same("quarantine")

    # 6. A receipt for device A, written into a folder.
    assert cli("receipt", str(archive), "--for", ids["a"], "--out", str(usb_cli)).returncode == 0
    page = show(qtbot, gui, desk, "devices")
    page.write_receipt(ids["a"], usb_desk)
    same("receipt")
    assert _files(usb_cli) == _files(usb_desk) == [("receipt", 0o600)] * 3

    # 7. The statistics as CSV: the same files, plaintext for this user only, audited.
    csv_cli, csv_desk = tmp_path / "csv-cli", tmp_path / "csv-desk"
    done = cli("stats", str(archive), "--csv", str(csv_cli))
    assert done.returncode == 0, done.stderr
    assert "plaintext" in done.stderr
    page = show(qtbot, gui, desk, "stats")
    qtbot.waitUntil(lambda: bool(page.tables), timeout=15000)
    csv_desk.mkdir()
    page.write_csv([(t, csv_desk / f"{t.name}.csv") for t in page.tables])
    same("csv")
    assert _files(csv_cli) == _files(csv_desk)
    assert {mode for _n, mode in _files(csv_cli)} == {0o600}
    for p in csv_cli.iterdir():
        assert p.read_bytes() == (csv_desk / p.name).read_bytes(), p.name

    # 8. The chain of custody of the case edited on both laptops: the same steps, in the
    # same words, from the command line and on the page (which only lays them out).
    case_id = listed[0]["record_id"]
    done = cli("custody", str(archive), case_id, "--json")
    assert done.returncode == 0, done.stderr
    steps = [(x["what"], x["detail"]) for x in _cli_json(done)["steps"]]
    assert any("resolving a conflict between 2 versions" in d for _w, d in steps)
    page = show(qtbot, gui, desk, "custody")
    page.show_record(case_id)
    qtbot.waitUntil(lambda: (page.current or {}).get("record_id") == case_id, timeout=15000)
    assert [(x["what"], x["detail"]) for x in page.current["steps"]] == steps
    text = page.view.toPlainText()
    assert all(what in text and detail in text for what, detail in steps)

    # 9. Three people withdrew consent to sharing (laptop A's next two bundles): what the
    # archive holds of them removed, all three in one action, with one reason.
    from tests.ui.boxes import Answers
    from tests.ui.test_desk_purge import withdrawals

    people = withdrawals(world, tmp_path)
    files |= {"people": world["usb"] / "people.bundle",
              "withdrawals": world["usb"] / "withdrawals.bundle"}
    done = cli("import", str(archive), *map(str, _usb(files, usb_cli, "people", "withdrawals")),
               "--receipts")
    assert done.returncode == 0, done.stderr
    page = show(qtbot, gui, desk, "receive")
    page.enqueue(_usb(files, usb_desk, "people", "withdrawals"))
    qtbot.waitUntil(lambda: page.batch is None and page.withdrawn_box.isVisible(),
                    timeout=30000)
    same("withdrawals received")
    listed = _cli_json(cli("withdrawn", str(archive), "--json"))
    assert sorted(w["person_id"] for w in listed) == sorted(p["id"] for p in people[:3])
    done = cli("withdrawn", str(archive), "--purge", *(w["person_id"] for w in listed),
               "--reason", PURGE_WHY, "--json")
    assert done.returncode == 0, done.stderr
    page.withdrawn_reason.setText(PURGE_WHY)
    Answers.queue.append("remove")
    page.purge_withdrawn()
    qtbot.waitUntil(lambda: not page.strip.busy and not page.withdrawn_box.isVisible(),
                    timeout=15000)
    assert _cli_json(done)["purged"] == int(page.summary.text().split()[0])
    same("purge")
    assert _files(usb_cli) == _files(usb_desk)

    # Every decision above is in the log with the reason the person gave.
    reasons = {(a, r) for a, r in cli_state()["audit"] if r}
    assert {("revoke_reason", REVOKE_WHY), ("quarantine_release", RELEASE_WHY),
            ("quarantine_discard", DISCARD_WHY), ("consent_purge", PURGE_WHY)} <= reasons
    assert [a for a, _r in cli_state()["audit"]].count("consent_purge") == 3
    actions = [a for a, _r in cli_state()["audit"]]
    assert actions.count("conflict_resolved") == 1 and actions.count("link_person") == 1
