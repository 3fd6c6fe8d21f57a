"""The codec against its specification: docs/bundle-format.md's test vector, the strict
tar reader, and the manifest rules. `python -m tests.test_bundle_format` prints the
vector's blocks for the document (after a deliberate format change only)."""

from __future__ import annotations

import base64
import hashlib
import io
import re
import tarfile
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import schema
from app.records import SIGNING_PREFIX, Version, build_envelope
from sync import bundle as b
from sync import card as cardmod
from sync import minisign

DOC = Path(__file__).resolve().parent.parent / "docs" / "bundle-format.md"

# --- the test vector's inputs (all fixed, so the tar stream is reproducible) -------------

ARCHIVE_AGE_SECRET = "AGE-SECRET-KEY-1T5DLJ4TWY8VE899RZPMDWE6K73RWUUXWZZG64876X8CHT0HKXHPQQ8YNSZ"
DEVICE_AGE_SECRET = "AGE-SECRET-KEY-1YLNF96L0XMFXRE8700YQG8K76AFQZS5S6EDAF3E7JM2SHKUZTA4SW5U3RQ"
DEVICE_SEED = bytes(range(32))
DEVICE_KEY_ID = bytes.fromhex("0102030405060708")
ARCHIVE_SEED = bytes([0xA1]) * 32
ARCHIVE_KEY_ID = bytes.fromhex("a1a1a1a1a1a1a1a1")
CREATED_AT = "2024-06-01T12:00:00.000Z"
BUNDLE_ID = "01900000-0000-7000-8000-0000000b0001"
BLOB = b"Qorgau test vector: an evidence file.\n"


def _card(device_id: str, name: str, role: str, seed: bytes, key_id: bytes,
          age_secret: str) -> cardmod.IdentityCard:
    public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
    recipient = str(pyrage.x25519.Identity.from_str(age_secret).to_public())
    return cardmod.IdentityCard(device_id=device_id, name=name, role=role, sign_public=public,
                                sign_key_id=key_id, age_recipient=recipient)


DEVICE = _card("01900000-0000-7000-8000-00000000f001", "Field laptop (test vector)", "field",
               DEVICE_SEED, DEVICE_KEY_ID, DEVICE_AGE_SECRET)
ARCHIVE = _card("01900000-0000-7000-8000-00000000a001", "Coordinator archive (test vector)",
                "archive", ARCHIVE_SEED, ARCHIVE_KEY_ID, ARCHIVE_AGE_SECRET)


def vector() -> dict[str, bytes]:
    """Every member of the vector's tar stream, and the stream itself."""
    key = Ed25519PrivateKey.from_private_bytes(DEVICE_SEED)
    versions = []
    for record_id, kind, body in (
            ("01900000-0000-7000-8000-0000000c0001", "case",
             {"title": "Test vector case", "city": "taraz"}),
            ("01900000-0000-7000-8000-0000000c0002", "evidence",
             {"sha256": hashlib.sha256(BLOB).hexdigest(), "size": len(BLOB),
              "mime": "text/plain", "filename": "note.txt"})):
        assert schema.validate(kind, body) == body
        envelope = build_envelope(record_id=record_id, kind=kind, parents=[],
                                  author=DEVICE.device_id, clock=1, created_at=CREATED_AT,
                                  tombstone=None, body=body)
        versions.append((envelope, key.sign(SIGNING_PREFIX + envelope)))
    content: list[tuple[str, bytes]] = []
    for envelope, sig in versions:
        vid = hashlib.sha256(envelope).hexdigest()
        content += [(f"versions/{vid}.json", envelope), (f"versions/{vid}.sig",
                                                          b.encode_sig(sig))]
    content.append((f"blobs/{hashlib.sha256(BLOB).hexdigest()}", BLOB))
    members = [b.Member(n, len(d), hashlib.sha256(d).hexdigest()) for n, d in content]
    manifest = b.build_manifest(bundle_id=BUNDLE_ID, created_at=CREATED_AT, device=DEVICE,
                                seq=1, prev_sha256=b.GENESIS, recipients=[ARCHIVE], authors=[],
                                members=members)
    sums = b.render_sums(members)
    msig, ssig = b.sign_header(key, DEVICE_KEY_ID, manifest, BUNDLE_ID, 1, sums)
    entries = [(b.MANIFEST, manifest), (b.MANIFEST_SIG, msig), (b.SUMS, sums),
               (b.SUMS_SIG, ssig), *content]
    out = io.BytesIO()
    tar = b.TarWriter(out, b.epoch(CREATED_AT))
    for name, data in entries:
        tar.add_bytes(name, data)
    tar.close()
    return {**dict(entries), "tar": out.getvalue()}


def doc_block(name: str) -> str:
    match = re.search(rf"<!-- vector:{name} -->\n```\w*\n(.*?)\n```", DOC.read_text(), re.S)
    assert match, f"docs/bundle-format.md has no vector block {name!r}"
    return match.group(1)


# --- the vector --------------------------------------------------------------------------


def test_vector_in_the_document_matches_the_codec() -> None:
    v = vector()
    assert doc_block("manifest") == v[b.MANIFEST].decode()
    assert doc_block("manifest-minisig") == v[b.MANIFEST_SIG].decode().rstrip("\n")
    assert doc_block("sums") == v[b.SUMS].decode().rstrip("\n")
    assert doc_block("tar-sha256") == hashlib.sha256(v["tar"]).hexdigest()
    assert doc_block("device-minisign-public-key") == minisign.public_key_line(
        DEVICE_KEY_ID, DEVICE.sign_public)
    assert doc_block("archive-age-secret-key") == ARCHIVE_AGE_SECRET
    age_file = base64.b64decode(doc_block("bundle-base64"))
    plain = pyrage.decrypt(age_file, [pyrage.x25519.Identity.from_str(ARCHIVE_AGE_SECRET)])
    assert plain == v["tar"]


def test_vector_reads_back_with_the_strict_reader() -> None:
    tar = b.TarReader(io.BytesIO(vector()["tar"]))
    seen = {}
    while (head := tar.next()) is not None:
        seen[head[0]] = tar.read_member(head[1], 1 << 20)
    m = b.parse_manifest(seen[b.MANIFEST])
    assert (m.device, m.seq, m.recipients) == (DEVICE, 1, (
        (ARCHIVE.device_id, cardmod.fingerprint(ARCHIVE)),))
    b.verify_signature(DEVICE, seen[b.MANIFEST], seen[b.MANIFEST_SIG],
                       b.trusted_comment("bundle", m.sha256, m.bundle_id, 1), "manifest")
    for member in m.members:
        assert hashlib.sha256(seen[member.name]).hexdigest() == member.sha256
    for vid in m.version_ids:
        version = Version.from_envelope(seen[f"versions/{vid}.json"], b.decode_sig(
            seen[f"versions/{vid}.sig"], "sig"))
        DEVICE_KEY = Ed25519PrivateKey.from_private_bytes(DEVICE_SEED).public_key()
        DEVICE_KEY.verify(version.signature, SIGNING_PREFIX + version.envelope)


def test_python_tarfile_reads_the_stream() -> None:
    """A second, independent tar implementation agrees on every member."""
    v = vector()
    with tarfile.open(fileobj=io.BytesIO(v["tar"]), mode="r:") as tf:
        names = tf.getnames()
        for info in tf.getmembers():
            assert info.isreg() and info.mode == 0o644 and info.uid == 0
            assert tf.extractfile(info).read() == v[info.name]  # type: ignore[union-attr]
    assert names[:4] == list(b.HEADER_MEMBERS)


# --- the tar layer -----------------------------------------------------------------------


def test_tar_header_limits() -> None:
    with pytest.raises(b.InvalidInput):
        b.tar_header("x" * 101, 1, 0)
    with pytest.raises(b.InvalidInput):
        b.tar_header("blobs/x", b.USTAR_MAX_SIZE + 1, 0)
    assert len(b.tar_header("blobs/x", b.USTAR_MAX_SIZE, 0)) == 512


def test_writer_refuses_a_member_of_another_size() -> None:
    tar = b.TarWriter(io.BytesIO(), 0)
    with pytest.raises(b.InvalidInput):
        tar.add_stream("blobs/x", 10, lambda w: w.write(b"only five"[:5]))
    with pytest.raises(b.InvalidInput):
        b.TarWriter(io.BytesIO(), 0).add_stream("blobs/x", 3, lambda w: w.write(b"four"))


def test_tar_size_is_exact() -> None:
    v = vector()
    sizes = [len(v[n]) for n in v if n != "tar"]
    assert b.tar_size(sizes) == len(v["tar"])


# --- the manifest ------------------------------------------------------------------------


def test_manifest_round_trip_and_hash() -> None:
    raw = vector()[b.MANIFEST]
    m = b.parse_manifest(raw)
    assert m.sha256 == hashlib.sha256(raw).hexdigest()
    assert len(m.version_ids) == 2 and len(m.blob_ids) == 1
    assert m.mtime == 1717243200


def test_manifest_limits_come_before_content() -> None:
    raw = vector()[b.MANIFEST]
    with pytest.raises(b.Rejected) as info:
        b.parse_manifest(raw, b.Limits(blob_bytes=10))
    assert info.value.code == "limits" and "above the limit" in str(info.value)
    with pytest.raises(b.Rejected) as info:
        b.parse_manifest(raw, b.Limits(total_bytes=100))
    assert info.value.code == "limits"


@pytest.mark.parametrize("raw", [b"", b"[]", b"{}", b"\xff", b'{"format":"qorgau-bundle"}',
                                 b"[" * 100_000])
def test_manifest_garbage(raw: bytes) -> None:
    with pytest.raises(b.Rejected) as info:
        b.parse_manifest(raw)
    assert info.value.code == "manifest"


def test_signature_member_codec() -> None:
    sig = bytes(range(64))
    assert len(b.encode_sig(sig)) == b.SIG_MEMBER_SIZE
    assert b.decode_sig(b.encode_sig(sig), "x") == sig
    for bad in (b"", b"AAAA\n", b.encode_sig(sig)[:-1], b.encode_sig(sig) + b"\n"):
        with pytest.raises(b.Rejected):
            b.decode_sig(bad, "x")


def test_human_size() -> None:
    from storage.units import human_size

    assert human_size(10**12) == "1.0 TB"
    assert human_size(999) == "999 B"
    assert human_size(1000) == "1.0 kB"
    assert human_size(1_500_000) == "1.5 MB"
    assert human_size(2 * 10**15) == "2000.0 TB"
    assert human_size(1_500_000, ("Б", "кБ", "МБ", "ГБ", "ТБ")) == "1.5 МБ"


if __name__ == "__main__":  # print the document's vector blocks
    v = vector()
    blocks = {
        "archive-age-secret-key": ARCHIVE_AGE_SECRET,
        "device-minisign-public-key": minisign.public_key_line(DEVICE_KEY_ID,
                                                               DEVICE.sign_public),
        "manifest": v[b.MANIFEST].decode(),
        "manifest-minisig": v[b.MANIFEST_SIG].decode().rstrip("\n"),
        "sums": v[b.SUMS].decode().rstrip("\n"),
        "tar-sha256": hashlib.sha256(v["tar"]).hexdigest(),
        "bundle-base64": base64.encodebytes(pyrage.encrypt(
            v["tar"], [pyrage.x25519.Recipient.from_str(ARCHIVE.age_recipient)])).decode(
            ).rstrip("\n"),
    }
    for name, text in blocks.items():
        print(f"<!-- vector:{name} -->\n```text\n{text}\n```\n")
