"""Versioned, signed records: history, tombstones, conflicts, signatures."""

from __future__ import annotations

import hashlib

import pytest

from app.records import SIGNING_PREFIX, Records, Version
from storage import audit, canonical
from storage.errors import IntegrityFailure, InvalidInput, NotFound, ValidationError


def _case(records: Records, title: str = "Избиение в ИВС") -> str:
    return records.create("case", {"title": title, "city": "taraz"}).record_id


def test_version_id_is_the_hash_of_the_signed_envelope(records: Records) -> None:
    v = records.create("case", {"title": "Дело"})
    assert v.version_id == hashlib.sha256(v.envelope).hexdigest()
    records.vault.identity.sign_key.public_key().verify(v.signature, SIGNING_PREFIX + v.envelope)
    data = canonical.loads(v.envelope)
    assert data["author"] == records.vault.identity.device_id
    assert data["parents"] == [] and data["clock"] >= 1
    assert len(v.record_id) == 36 and v.record_id[14] == "7"  # UUIDv7


def test_update_keeps_history_and_links_parents(records: Records) -> None:
    rid = _case(records)
    first = records.get(rid).head
    second = records.update(rid, {"title": "Избиение в ИВС Тараза", "city": "taraz"})
    assert second.parents == (first,)
    assert second.clock > records.version(first).clock
    record = records.get(rid)
    assert record.title == "Избиение в ИВС Тараза"
    assert record.heads == [second.version_id]
    assert [v.body["title"] for v in records.history(rid)] == [
        "Избиение в ИВС", "Избиение в ИВС Тараза"]


def test_tombstone_hides_but_keeps_history(records: Records) -> None:
    from app.search import Filters, list_records, search

    rid = _case(records, "Пытки электрошокером")
    assert search(records.db, "электрошокером")
    tomb = records.delete(rid, "entered twice")
    assert tomb.tombstone == "entered twice" and tomb.body == {}
    assert records.get(rid).deleted
    assert not search(records.db, "электрошокером")
    assert rid not in {r["record_id"] for r in list_records(records.db, Filters())}
    assert len(records.history(rid)) == 2
    with pytest.raises(NotFound):
        records.get(rid, include_deleted=False)
    with pytest.raises(InvalidInput, match="reason"):
        records.delete(_case(records), "  ")


def test_validation_errors_name_the_field_and_write_nothing(records: Records) -> None:
    before = records.db.one("SELECT count(*) FROM versions")[0]
    with pytest.raises(ValidationError) as err:
        records.create("interview", {"case_id": "not-a-uuid", "language": "klingon",
                                     "consent": {"publication": "maybe"}})
    assert set(err.value.errors) >= {"case_id", "language", "consent.publication"}
    assert records.db.one("SELECT count(*) FROM versions")[0] == before
    with pytest.raises(InvalidInput, match="unknown record kind"):
        records.create("spaceship", {})


def test_conflict_two_heads_then_resolution(records: Records) -> None:
    rid = _case(records)
    base = records.get(rid).head
    a = records.update(rid, {"title": "Версия A"}, parents=[base])
    # A second edit made in parallel on the same base (as another device would).
    b = records._write_local(rid, "case", [base], {"title": "Версия B"}, None)
    record = records.get(rid)
    assert record.in_conflict and set(record.heads) == {a.version_id, b.version_id}
    resolved = records.update(rid, {"title": "Версия A+B"})
    assert set(resolved.parents) == {a.version_id, b.version_id}
    record = records.get(rid)
    assert not record.in_conflict and record.title == "Версия A+B"


def test_update_refuses_a_stale_parent(records: Records) -> None:
    rid = _case(records)
    old = records.get(rid).head
    records.update(rid, {"title": "new"})
    with pytest.raises(InvalidInput, match="not a current version"):
        records.update(rid, {"title": "newer"}, parents=[old])


def test_altered_version_is_caught_by_verification(records: Records) -> None:
    rid = _case(records, "Оригинал")
    assert records.verify_all() == []
    vid = records.get(rid).head
    envelope = bytes(records.db.one("SELECT envelope FROM versions WHERE version_id = ?",
                                    (vid,))[0])
    forged = envelope.replace("Оригинал".encode(), "Подделка".encode())
    with records.db.transaction():
        records.db.execute("UPDATE versions SET envelope = ? WHERE version_id = ?",
                           (forged, vid))
    problems = records.verify_all()
    assert len(problems) == 1 and "does not match its hash" in problems[0]
    # Re-hashed forgery: the id matches again, the signature does not.
    new_id = hashlib.sha256(forged).hexdigest()
    records.db.execute("PRAGMA foreign_keys = OFF")
    with records.db.transaction():
        records.db.execute("UPDATE versions SET version_id = ? WHERE version_id = ?",
                           (new_id, vid))
    problems = records.verify_all()
    assert any("bad signature" in p for p in problems)


def test_foreign_version_needs_a_known_author_and_a_good_signature(records: Records) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.records import build_envelope
    from storage.ids import uuid7

    stranger = uuid7()
    envelope = build_envelope(record_id=uuid7(), kind="case", parents=[], author=stranger,
                              clock=1, created_at="2026-01-01T00:00:00.000Z", tombstone=None,
                              body={"title": "x"})
    sig = Ed25519PrivateKey.generate().sign(SIGNING_PREFIX + envelope)
    with records.db.transaction(), pytest.raises(IntegrityFailure, match="unknown device"):
        records.insert_foreign(Version.from_envelope(envelope, sig), origin="test")
    # Signed with our key but claiming our device: accepted once, then idempotent.
    mine = build_envelope(record_id=uuid7(), kind="case", parents=[],
                          author=records.me.device_id, clock=5,
                          created_at="2026-01-01T00:00:00.000Z", tombstone=None,
                          body={"title": "x"})
    good = Version.from_envelope(mine, records.me.sign(SIGNING_PREFIX + mine))
    with records.db.transaction():
        assert records.insert_foreign(good, origin="test") is True
        assert records.insert_foreign(good, origin="test") is False
    bad = Version.from_envelope(mine.replace(b'"x"', b'"y"'), good.signature)
    with records.db.transaction(), pytest.raises(IntegrityFailure, match="bad signature"):
        records.insert_foreign(bad, origin="test")


def test_envelope_shape_is_strict(records: Records) -> None:
    v = records.create("case", {"title": "Дело"})
    with pytest.raises(InvalidInput):
        Version.from_envelope(b"not json", v.signature)
    with pytest.raises(InvalidInput, match="unexpected fields"):
        Version.from_envelope(b'{"format":"qorgau-version"}', v.signature)
    spaced = v.envelope.replace(b'"kind":', b'"kind": ')
    with pytest.raises(InvalidInput, match="canonical"):
        Version.from_envelope(spaced, v.signature)
    with pytest.raises(InvalidInput, match="malformed"):
        Version.from_envelope(v.envelope, v.signature[:10])


def test_every_write_is_in_the_audit_chain(records: Records) -> None:
    rid = _case(records)
    records.update(rid, {"title": "b"})
    records.delete(rid, "test")
    actions = [e["action"] for e in audit.entries(records.db)]
    assert actions[:3] == ["delete", "write", "write"]
    assert audit.verify(records.db) == []
    with records.db.transaction():
        records.db.execute("UPDATE audit SET detail = '{}' WHERE seq = 2")
    assert any("was altered" in p for p in audit.verify(records.db))


def test_links_and_children(records: Records) -> None:
    person = records.create("person", {"full_name": "Ержан Тестов"}).record_id
    case = records.create("case", {"title": "Дело", "victim_ids": [person]}).record_id
    interview = records.create("interview", {"case_id": case, "interviewee_id": person})
    kinds = {kind for _rel, _rid, kind in records.linked(case)}
    assert kinds == {"interview"}
    assert {rid for _r, rid, _k in records.linked(person)} == {case, interview.record_id}


def test_create_many_is_one_transaction(records: Records) -> None:
    before = records.db.one("SELECT count(*) FROM versions")[0]
    with pytest.raises(ValidationError):
        records.create_many([("case", {"title": "ok"}), ("case", {"title": ""})])
    assert records.db.one("SELECT count(*) FROM versions")[0] == before
    made = records.create_many([("case", {"title": f"Дело {i}"}) for i in range(50)])
    clocks = [v.clock for v in made]
    assert clocks == sorted(clocks) and len(set(clocks)) == 50


def test_purge_removes_locally_without_tombstone(records: Records, tmp_path) -> None:
    rid = _case(records, "Удалить с устройства")
    assert records.purge([rid], reason="acknowledged by coordinator") == 1
    assert records.db.one("SELECT count(*) FROM versions WHERE record_id = ?", (rid,))[0] == 0
    with pytest.raises(NotFound):
        records.get(rid)
    assert audit.entries(records.db)[0]["action"] == "purge"
