"""Issue 15, the archive's side, written as the attacks: whoever holds a seized laptop
(its keys, its coerced passphrase, the record ids in it) or a hostile enrolled device,
with hand-made bundles signed by real device keys."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from app.check import check_vault
from app.records import CLOCK_LEAP_MAX, SIGNING_PREFIX, Records, build_envelope
from app.usecases import seizure
from app.usecases.session import Session
from storage.ids import now_iso
from storage.vault import Vault
from sync import trust
from tests.test_bundle_kit import (
    craft,
    export,
    hand_over,
    import_,
    link,
    make_vault,
    new_case,
    write,
)


def envelope(author: Vault, record_id: str, *, parents: tuple[str, ...] = (),
             clock: int = 1000, body: dict[str, Any] | None = None,
             tombstone: str | None = None, kind: str = "case") -> tuple[bytes, bytes]:
    """A version made and signed by hand with the author device's real key."""
    env = build_envelope(record_id=record_id, kind=kind, parents=parents,
                         author=author.identity.device_id, clock=clock, created_at=now_iso(),
                         tombstone=tombstone,
                         body={} if tombstone else (body or {"title": "Rewritten",
                                                              "city": "taraz"}))
    return env, author.identity.sign(SIGNING_PREFIX + env)


def bundle_sha(archive: Vault, device: Vault, seq: int) -> str:
    return archive.db.one("SELECT sha256 FROM sync_bundles WHERE device_id = ? AND seq = ?",
                          (device.identity.device_id, seq))[0]


@pytest.fixture
def world(tmp_path: Path) -> Any:
    field = make_vault(tmp_path / "seized", name="Seized laptop")
    colleague = make_vault(tmp_path / "colleague", name="Colleague laptop")
    archive = make_vault(tmp_path / "archive", "archive")
    link(field, archive)
    link(colleague, archive)
    yield field, colleague, archive
    for v in (field, colleague, archive):
        v.close()


def _state(archive: Vault, record_id: str) -> tuple[Any, ...]:
    r = Records(archive).get(record_id)
    return r.title, r.deleted, tuple(r.heads)


# --- 1. revocation is a cut-off in time --------------------------------------------------------


@pytest.mark.parametrize("after_seq", [None, 4])
def test_seized_key_signs_a_lost_sequence_number(tmp_path: Path, world: Any,
                                                 after_seq: int | None) -> None:
    field, _, archive = world
    case = new_case(Records(field), "Beating of a detainee")
    b1 = export(field, tmp_path / "1.qgb")
    for n in (2, 3, 4):  # 2 and 3 are lost in transit; 4 arrives
        new_case(Records(field), f"case {n}")
        last = export(field, tmp_path / f"{n}.qgb")
    assert import_(archive, b1).status == "merged"
    assert import_(archive, last).status == "merged"
    trust.revoke(archive, field.identity.device_id, after_seq)
    before = _state(archive, case)
    head = before[2][0]
    # The holder of the seized key signs the lost number 2, following on from bundle 1.
    forged = craft(field, [archive], seq=2, prev=bundle_sha(archive, field, 1), versions=[
        envelope(field, case, parents=(head,), tombstone="duplicate entry")])
    result = import_(archive, write(tmp_path / "forged.qgb", forged))
    assert (result.status, result.reason_code) == ("quarantined", "revoked")
    assert _state(archive, case) == before


def test_revoked_author_relayed_by_a_colleague(tmp_path: Path, world: Any) -> None:
    field, colleague, archive = world
    case = Records(field).create("case", {"title": "Complaint of Aigerim S.",
                                          "city": "taraz"}).record_id
    import_(archive, export(field, tmp_path / "1.qgb"))
    trust.revoke(archive, field.identity.device_id)
    before = _state(archive, case)
    # Whoever holds the seized laptop rewrites the victim's name and passes the case on.
    Records(field).update(case, {"title": "Complaint withdrawn", "city": "taraz"})
    hand_over(field, colleague, archive)
    result = import_(archive, export(colleague, tmp_path / "relay.qgb"))
    assert (result.status, result.reason_code) == ("quarantined", "revoked_author")
    assert case in (result.alert or "")
    assert _state(archive, case) == before


def test_revoke_flags_what_arrived_after_the_seizure(tmp_path: Path, world: Any) -> None:
    field, _, archive = world
    kept = new_case(Records(field), "Before the seizure")
    import_(archive, export(field, tmp_path / "1.qgb"))
    seized_on = now_iso()
    late = new_case(Records(field), "After the seizure")
    import_(archive, export(field, tmp_path / "2.qgb"))
    done = trust.revoke(archive, field.identity.device_id, since=seized_on)
    flagged = {s["record_id"] for s in seizure.suspects(Session(archive))}
    assert flagged == {late} and kept not in flagged and done["suspect_versions"] == 1
    vid = seizure.suspects(Session(archive))[0]["version_id"]
    seizure.review_suspect(Session(archive), vid, "confirmed with the lawyer by phone")
    assert seizure.suspects(Session(archive)) == []
    assert archive.db.one("SELECT count(*) FROM audit WHERE action = 'suspect_reviewed'")[0] == 1


# --- 2. write authority -------------------------------------------------------------------------


@pytest.mark.parametrize("tombstone", [None, "wrong record"])
def test_device_cannot_rewrite_another_devices_record(tmp_path: Path, world: Any,
                                                      tombstone: str | None) -> None:
    field, colleague, archive = world
    case = new_case(Records(field), "Real case")
    import_(archive, export(field, tmp_path / "1.qgb"))
    before = _state(archive, case)
    hostile = craft(colleague, [archive], versions=[
        envelope(colleague, case, parents=before[2], tombstone=tombstone)])
    result = import_(archive, write(tmp_path / "h.qgb", hostile))
    assert (result.status, result.reason_code) == ("quarantined", "authority")
    assert case in (result.alert or "")
    assert _state(archive, case) == before


def test_parentless_hijack_of_another_devices_record(tmp_path: Path, world: Any) -> None:
    field, colleague, archive = world
    case = new_case(Records(field), "Real case")
    import_(archive, export(field, tmp_path / "1.qgb"))
    before = _state(archive, case)
    hostile = craft(colleague, [archive], versions=[envelope(colleague, case, clock=10_000)])
    result = import_(archive, write(tmp_path / "h.qgb", hostile))
    assert (result.status, result.reason_code) == ("quarantined", "authority")
    assert _state(archive, case) == before


# --- 3. a version touches only its own record ---------------------------------------------------


def test_parent_from_another_record_is_rejected(tmp_path: Path, world: Any) -> None:
    field, colleague, archive = world
    victim = new_case(Records(field), "Real case")
    import_(archive, export(field, tmp_path / "1.qgb"))
    before = _state(archive, victim)
    own = Records(colleague).create("case", {"title": "Mine"}).record_id
    hostile = craft(colleague, [archive], versions=[
        envelope(colleague, own, parents=before[2], clock=5)])
    result = import_(archive, write(tmp_path / "h.qgb", hostile))
    assert (result.status, result.reason_code) == ("rejected", "version")
    assert "own record" in (result.reason or "")
    assert _state(archive, victim) == before
    assert check_vault(archive)["problems"] == []


# --- 4. clocks are bounded ----------------------------------------------------------------------


@pytest.mark.parametrize("clock", [2**53 - 1, CLOCK_LEAP_MAX * 2])
def test_absurd_clock_is_rejected(tmp_path: Path, world: Any, clock: int) -> None:
    _, colleague, archive = world
    own = "0190d6a0-0000-7000-8000-00000000abcd"
    before = Records(archive).clock()
    hostile = craft(colleague, [archive], versions=[envelope(colleague, own, clock=clock)])
    result = import_(archive, write(tmp_path / "h.qgb", hostile))
    assert (result.status, result.reason_code) == ("rejected", "version")
    assert "clock" in (result.reason or "")
    assert Records(archive).clock() == before


def test_clock_cannot_ratchet_within_one_bundle(tmp_path: Path, world: Any) -> None:
    _, colleague, archive = world
    start = Records(archive).clock()
    chain, parents = [], ()
    rid = "0190d6a0-0000-7000-8000-00000000abce"
    for i in range(1, 4):  # each step just inside the bound of the one before
        env, sig = envelope(colleague, rid, parents=parents, clock=start + i * (CLOCK_LEAP_MAX - 1),
                            body={"title": f"step {i}"})
        chain.append((env, sig))
        parents = (hashlib.sha256(env).hexdigest(),)
    hostile = craft(colleague, [archive], versions=chain)
    result = import_(archive, write(tmp_path / "h.qgb", hostile))
    assert result.status == "rejected" and "clock" in (result.reason or "")
    assert Records(archive).clock() <= start + CLOCK_LEAP_MAX


# --- 9. only prehashed minisign signatures ------------------------------------------------------


def test_legacy_manifest_signature_is_rejected(tmp_path: Path, world: Any) -> None:
    """A manifest signature in the legacy form, made with the device's real key."""
    import base64

    from sync import bundle as b

    field, _, archive = world
    me = field.identity

    def legacy(entries: list[tuple[str, bytes]]) -> None:
        manifest = entries[0][1]
        good = entries[1][1].decode().splitlines()
        comment = good[2][len("trusted comment: "):]
        sig = me.sign_key.sign(manifest)  # over the whole manifest, as `minisign -l` signs
        glob = me.sign_key.sign(sig + comment.encode())
        text = (f"untrusted comment: legacy\n"
                f"{base64.b64encode(b'Ed' + me.sign_key_id + sig).decode()}\n"
                f"trusted comment: {comment}\n{base64.b64encode(glob).decode()}\n")
        entries[1] = (b.MANIFEST_SIG, text.encode())

    data = craft(field, [archive], members_edit=legacy)
    result = import_(archive, write(tmp_path / "legacy.qgb", data))
    assert (result.status, result.reason_code) == ("rejected", "signature")
    assert "legacy" in (result.reason or "")


# --- the same actions through the command line --------------------------------------------------


def test_seizure_commands(tmp_path: Path, world: Any, cli: Any) -> None:
    import json

    field, colleague, archive = world
    case = new_case(Records(field), "Before")
    import_(archive, export(field, tmp_path / "1.qgb"))
    since = now_iso()  # the seizure
    new_case(Records(field), "After the seizure")
    import_(archive, export(field, tmp_path / "2.qgb"))
    ids = (field.identity.device_id, colleague.identity.device_id)
    path = str(archive.path)
    archive.close()
    assert since  # the day of seizure is the same day here: the bundle number decides
    done = cli("revoke", path, ids[0], "--reason", "seized at a checkpoint", "--after-seq", "1")
    assert done.returncode == 0 and "1 version(s)" in done.stdout, done.stderr
    assert cli("revoke", path, ids[0], "--reason", "again").returncode == 4  # once is enough
    assert cli("revoke", path, ids[1], "--reason", "x", "--seized-on", "yesterday"
               ).returncode == 4
    flagged = json.loads(cli("suspects", path, "--json").stdout)
    assert [s["title"] for s in flagged] == ["After the seizure"]
    assert cli("suspect-reviewed", path, flagged[0]["version_id"], "--reason",
               "confirmed by phone").returncode == 0
    assert "nothing waits" in cli("suspects", path).stdout
    # The seized worker's cases handed to a colleague: the colleague's edits are accepted,
    # versions the seized device wrote still are not.
    done = cli("grant", path, ids[1], "--records-of", ids[0], "--reason", "handed over")
    assert done.returncode == 0, done.stderr
    assert ids[0] in cli("grants", path).stdout
    assert cli("grant", path, ids[0], "--records-of", ids[1], "--reason", "x").returncode == 4
    assert cli("grant", path, ids[1], "--records-of", ids[1], "--reason", "x").returncode == 4
    assert cli("grant", path, ids[1], "--records-of", ids[0], "--reason", " ").returncode == 4
    assert case


def test_key_commands(tmp_path: Path, cli: Any) -> None:
    path = str(tmp_path / "v")
    made = cli("init", path)
    old_code = next(line.strip() for line in made.stdout.splitlines()
                    if line.strip().count("-") == 7)
    issued = cli("recovery-code", path)
    assert issued.returncode == 0, issued.stderr
    new_code = next(line.strip() for line in issued.stdout.splitlines()
                    if line.strip().count("-") == 7)
    assert new_code != old_code
    env = {"QORGAU_NEW_PASSPHRASE": "four new unrelated words"}
    assert cli("recover", path, env={**env, "QORGAU_RECOVERY_CODE": old_code}).returncode == 3
    assert cli("recover", path, env={**env, "QORGAU_RECOVERY_CODE": new_code}).returncode == 0
    moved = {"QORGAU_PASSPHRASE": "four new unrelated words"}
    done = cli("reencrypt-evidence", path, env=moved)
    assert done.returncode == 0 and "0 evidence file(s)" in done.stdout, done.stderr
    weak = cli("passwd", path, env={**moved, "QORGAU_NEW_PASSPHRASE": "aaaaaaaaaaaa"})
    assert weak.returncode == 4 and "too easy to guess" in weak.stderr
    assert cli("check", path, env=moved).returncode == 0
