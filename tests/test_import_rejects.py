"""Every listed fault is rejected with a clear reason, and the archive stays unchanged."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.evidence import ingest
from app.records import Records
from storage.vault import Vault
from sync import bundle as b
from sync import trust
from tests.test_bundle_kit import (
    craft,
    export,
    full_state,
    import_,
    link,
    make_vault,
    new_case,
    open_copy,
    pair_template,
    random_file,
    signed_version,
    write,
)

CHUNK = 64 * 1024 + 16  # age payload chunk with its tag


@dataclass
class Env:
    tmp: Path
    field: Vault
    archive: Vault


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pair_template(tmp_path_factory.mktemp("pair"))


@pytest.fixture
def env(tmp_path: Path, template: Path) -> Iterator[Env]:
    field = open_copy(template, "field", tmp_path / "field")
    archive = open_copy(template, "archive", tmp_path / "archive")
    yield Env(tmp_path, field, archive)
    field.close()
    archive.close()


def rejected(env: Env, data: bytes | Path, code: str | tuple[str, ...]) -> str:
    """Import `data`; it must be refused with `code`, leaving the archive as it was."""
    path = data if isinstance(data, Path) else write(env.tmp / "bad.qgb", data)
    before = full_state(env.archive)
    for dry_run in (True, False):
        report = import_(env.archive, path, dry_run=dry_run)
        assert report.status == "rejected", report
        assert report.exit_code == 11
        codes = (code,) if isinstance(code, str) else code
        assert report.reason_code in codes, report.reason
        assert report.reason and len(report.reason) > 20  # a sentence, not a code
        assert report.versions_new == 0 and report.blobs_new == 0
    assert full_state(env.archive) == before
    return report.reason


# --- the age layer: every region of the file ----------------------------------------------


def _age_regions(data: bytes) -> dict[str, int]:
    header_end = data.index(b"\n---") + 1
    mac_line_end = data.index(b"\n", header_end) + 1
    payload = mac_line_end + 16  # after the nonce
    chunks = (len(data) - payload + CHUNK - 1) // CHUNK
    assert chunks >= 3
    return {
        "version line": 3,
        "recipient stanza": data.index(b"-> X25519") + 12,
        "stanza body": data.index(b"\n", data.index(b"-> X25519")) + 5,
        "header mac": header_end + 8,
        "payload nonce": mac_line_end + 3,
        "first chunk": payload + 100,
        "first chunk tag": payload + CHUNK - 3,
        "middle chunk": payload + CHUNK + 5000,
        "last chunk": len(data) - 40,
        "last byte": len(data) - 1,
    }


@pytest.fixture
def big_bundle(env: Env) -> bytes:
    ingest(Records(env.field), random_file(env.tmp / "photo.bin", 200_000))
    return export(env.field, env.tmp / "good.qgb").read_bytes()


def test_flipped_byte_in_every_region(env: Env, big_bundle: bytes) -> None:
    for region, offset in _age_regions(big_bundle).items():
        data = bytearray(big_bundle)
        data[offset] ^= 0x01
        reason = rejected(env, bytes(data), ("damaged", "not_addressed"))
        assert "damaged" in reason or "not addressed" in reason, (region, reason)
    assert import_(env.archive, env.tmp / "good.qgb").status == "merged"  # the original is fine


@pytest.mark.parametrize("cut", ["in header", "after header", "mid chunk", "chunk boundary",
                                 "last byte"])
def test_truncated(env: Env, big_bundle: bytes, cut: str) -> None:
    regions = _age_regions(big_bundle)
    payload = regions["first chunk"] - 100
    end = {"in header": 40, "after header": payload, "mid chunk": payload + CHUNK + 77,
           "chunk boundary": payload + 2 * CHUNK, "last byte": len(big_bundle) - 1}[cut]
    rejected(env, big_bundle[:end], ("damaged", "truncated"))


@pytest.mark.parametrize("data", [b"", b"not an age file at all\n", os.urandom(3000)])
def test_not_an_age_file(env: Env, data: bytes) -> None:
    rejected(env, data, "damaged")


def test_wrong_recipient(env: Env) -> None:
    other = make_vault(env.tmp / "other-archive", "archive", name="Another NGO")
    trust.trust(env.field, _card(other))
    env.field.db.execute("DELETE FROM sync_trusted WHERE device_id = ?",
                         (env.archive.identity.device_id,))
    new_case(Records(env.field))
    reason = rejected(env, export(env.field, env.tmp / "b.qgb"), "not_addressed")
    assert "not addressed" in reason
    other.close()


def test_reencrypted_to_us_but_signed_for_another_archive(env: Env) -> None:
    other = make_vault(env.tmp / "other-archive", "archive", name="Another NGO")
    data = craft(env.field, [other], age_recipients=[env.archive.identity.box_recipient])
    assert "other coordinators" in rejected(env, data, "not_addressed")
    other.close()


# --- who signed ------------------------------------------------------------------------------


def test_unknown_device(env: Env) -> None:
    stranger = make_vault(env.tmp / "stranger", name="Unknown laptop")
    reason = rejected(env, craft(stranger, [env.archive]), "unknown_device")
    assert "qorgau enroll" in reason
    stranger.close()


def test_forged_manifest_signature(env: Env) -> None:
    forged = craft(env.field, [env.archive], sign_key=Ed25519PrivateKey.generate())
    assert "not signed by" in rejected(env, forged, "signature")


def test_claims_an_enrolled_device_with_another_key(env: Env) -> None:
    impostor = make_vault(env.tmp / "impostor", name="Impostor")
    real = b.card_fields(trust.own_card(env.field))

    def pose(obj: dict[str, Any]) -> None:
        obj["device"] = {**b.card_fields(trust.own_card(impostor)),
                         "device_id": real["device_id"], "name": real["name"]}

    rejected(env, craft(impostor, [env.archive], manifest_edit=pose), "signature")
    impostor.close()


def test_forged_version_signature(env: Env) -> None:
    envelope, _ = signed_version(env.field)
    forged = (envelope, Ed25519PrivateKey.generate().sign(envelope))
    assert "bad signature" in rejected(env, craft(env.field, [env.archive], versions=[forged]),
                                       "version")


def test_version_with_invalid_body(env: Env) -> None:
    bad = signed_version(env.field, body={"title": "x", "no_such_field": 1})
    rejected(env, craft(env.field, [env.archive], versions=[bad]), "version")


def test_version_by_a_device_the_manifest_does_not_name(env: Env) -> None:
    other = make_vault(env.tmp / "other", name="Other laptop")
    link(other, env.archive)
    theirs = signed_version(other)
    rejected(env, craft(env.field, [env.archive], versions=[theirs]), "authors")
    other.close()


# --- members ---------------------------------------------------------------------------------

Edit = Callable[[list[tuple[str, bytes]]], None]


def _replace_content(index: int, transform: Callable[[bytes], bytes]) -> Edit:
    def edit(entries: list[tuple[str, bytes]]) -> None:
        name, data = entries[index]
        entries[index] = (name, transform(data))
    return edit


def _flip_first(data: bytes) -> bytes:
    return bytes([data[0] ^ 1]) + data[1:]


def _swap(i: int, j: int) -> Edit:
    def edit(entries: list[tuple[str, bytes]]) -> None:
        entries[i], entries[j] = entries[j], entries[i]
    return edit


def _insert(index: int, name: str, data: bytes) -> Edit:
    return lambda entries: entries.insert(index, (name, data))


def _drop(index: int) -> Edit:
    return lambda entries: entries.pop(index)


BLOB = b"evidence bytes " * 100
BLOB_SHA = hashlib.sha256(BLOB).hexdigest()


@pytest.mark.parametrize(("edit", "code"), [
    (_replace_content(4, _flip_first), "hash"),  # a version, same size
    (_replace_content(8, _flip_first), "hash"),  # an evidence file, same size
    (_replace_content(5, lambda d: d[:-1] + b"="), ("version", "hash")),  # a signature
    (_replace_content(8, lambda d: d + b"x"), "size"),
    (_replace_content(0, lambda d: d + b" "), "manifest"),  # not canonical: signature fails
    (_replace_content(2, lambda d: d.replace(b"  ", b" *", 1)), "manifest"),  # SHA256SUMS
    (_swap(4, 6), "order"),  # versions reordered
    (_swap(1, 2), "order"),  # header members reordered
    (_drop(8), ("count", "order")),  # a member missing
    (_insert(9, f"blobs/{'0' * 64}", b"extra"), ("count", "order")),  # one member too many
    (_insert(4, f"versions/{'0' * 64}.json", b"{}"), "order"),  # smuggled in between
    (_insert(4, "../x", b"escape"), "tar_member"),
    (_insert(4, "/etc/passwd", b"x"), "tar_member"),
    (_insert(4, "versions/../../x", b"x"), "tar_member"),
    (_insert(4, "notes.txt", b"x"), "tar_member"),
], ids=["version-hash", "blob-hash", "signature-member", "size", "manifest-bytes",
        "sums", "reordered-versions", "reordered-header", "missing", "extra", "smuggled",
        "dotdot", "absolute", "nested-dotdot", "unexpected-name"])
def test_member_faults(env: Env, edit: Edit, code: str | tuple[str, ...]) -> None:
    # Members: 0-3 header, 4-5 a case version, 6-7 an evidence version, 8 its file.
    evidence = signed_version(env.field, kind="evidence", body={
        "sha256": BLOB_SHA, "size": len(BLOB), "mime": "application/pdf"})
    data = craft(env.field, [env.archive], versions=[signed_version(env.field), evidence],
                 blobs=[BLOB], members_edit=edit)
    rejected(env, data, code)


def _raw_member(name: str, typeflag: bytes, data: bytes = b"", linkname: bytes = b"") -> bytes:
    header = bytearray(b.tar_header(name, len(data), 0))
    header[156:157] = typeflag
    header[157:157 + len(linkname)] = linkname
    header[148:156] = b" " * 8
    header[148:156] = f"{sum(header):06o}".encode() + b"\0 "
    return bytes(header) + data + b"\0" * (-len(data) % 512)


@pytest.mark.parametrize(("typeflag", "linkname", "what"), [
    (b"2", b"/etc/shadow", "symbolic link"),
    (b"1", b"manifest.json", "hard link"),
    (b"5", b"", "folder"),
    (b"x", b"", "pax extended header"),
    (b"L", b"", "GNU long name"),
    (b"3", b"", "not a file"),
])
def test_non_plain_tar_members(env: Env, typeflag: bytes, linkname: bytes, what: str) -> None:
    def splice(tar: bytes) -> bytes:
        # Just before the end-of-archive blocks, after every expected member.
        return tar[:-1024] + _raw_member(f"blobs/{BLOB_SHA}", typeflag, b"", linkname) + tar[-1024:]

    reason = rejected(env, craft(env.field, [env.archive], tar_edit=splice), "tar_member")
    assert what in reason


@pytest.mark.parametrize(("splice", "code"), [
    (lambda t: t + b"trailing garbage", "tar"),
    (lambda t: t[:-1024] + b"\0" * 512 + b"x" * 512, "tar"),
    (lambda t: t[:-1024], "truncated"),
    (lambda t: t[:148] + b"0000000\0" + t[156:], "tar"),  # checksum
    (lambda t: t[:257] + b"ustar  " + t[264:], "tar"),  # GNU, not POSIX
])
def test_malformed_tar(env: Env, splice: Callable[[bytes], bytes], code: str) -> None:
    rejected(env, craft(env.field, [env.archive], tar_edit=splice), code)


# --- the manifest ----------------------------------------------------------------------------


def _manifest(edit: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    return edit


@pytest.mark.parametrize(("edit", "code", "words"), [
    (lambda m: m["members"].append({"name": f"blobs/{'a' * 64}", "size": 10**12,
                                    "sha256": "a" * 64}), "limits", "1.0 TB"),
    (lambda m: m["members"].__setitem__(0, {**m["members"][0], "size": 17 << 20}), "limits",
     "above the limit"),
    (lambda m: m.__setitem__("extra", 1), "manifest", "unexpected"),
    (lambda m: m.__setitem__("version", 2), "manifest", "unsupported version"),
    (lambda m: m.__setitem__("seq", 0), "manifest", "seq"),
    (lambda m: m.__setitem__("prev_sha256", "b" * 64), "manifest", "first bundle"),
    (lambda m: m["members"].append({"name": "../x", "size": 1, "sha256": "c" * 64}),
     "manifest", "not a bundle member name"),
    (lambda m: m["members"].append(dict(m["members"][0])), "manifest", "signature"),
    (lambda m: m.__setitem__("recipients", []), "manifest", "recipients"),
], ids=["1TB", "large-version", "unknown-field", "version", "seq", "prev", "dotdot",
        "duplicate", "no-recipients"])
def test_manifest_faults(env: Env, edit: Callable[[dict[str, Any]], None], code: str,
                         words: str) -> None:
    assert words in rejected(env, craft(env.field, [env.archive], manifest_edit=edit), code)


def test_too_many_members_is_refused_before_reading(env: Env) -> None:
    limits = b.Limits(members=3)
    data = craft(env.field, [env.archive], versions=[signed_version(env.field)
                                                     for _ in range(2)])
    report = import_(env.archive, write(env.tmp / "many.qgb", data), limits=limits)
    assert (report.status, report.reason_code) == ("rejected", "limits")


def test_evidence_record_without_its_file(env: Env) -> None:
    evidence = signed_version(env.field, kind="evidence", body={
        "sha256": "d" * 64, "size": 10, "mime": "image/jpeg"})
    assert "neither in it nor in the archive" in rejected(
        env, craft(env.field, [env.archive], versions=[evidence]), "count")


def test_prev_hash_mismatch_is_quarantined_as_rollback(env: Env) -> None:
    assert import_(env.archive, write(env.tmp / "1.qgb", craft(
        env.field, [env.archive], seq=1))).status == "merged"
    report = import_(env.archive, write(env.tmp / "2.qgb", craft(
        env.field, [env.archive], seq=2, prev="e" * 64)))
    assert (report.status, report.reason_code, report.exit_code) == ("quarantined",
                                                                      "rollback", 12)


def test_rejected_bundle_leaves_no_evidence_file(env: Env) -> None:
    """Evidence streamed into the store before a later fault is removed again."""
    big = os.urandom(150_000)
    evidence = signed_version(env.field, kind="evidence", body={
        "sha256": hashlib.sha256(big).hexdigest(), "size": len(big)})
    data = craft(env.field, [env.archive], versions=[evidence], blobs=[big],
                 tar_edit=lambda t: t + b"junk")
    rejected(env, data, "tar")


def _card(vault: Vault) -> bytes:
    from tests.test_bundle_kit import card_of

    return card_of(vault)


def test_deeply_nested_version_is_refused_not_a_crash(env: Env) -> None:
    envelope = b"[" * 100_000 + b"]" * 100_000
    version = (envelope, env.field.identity.sign_key.sign(envelope))
    assert "nested too deeply" in rejected(
        env, craft(env.field, [env.archive], versions=[version]), "version")
