"""Evidence ingest: originals sealed byte for byte, photos' metadata read and stripped."""

from __future__ import annotations

import io
import os
import threading
from pathlib import Path

import pytest
from PIL import Image

from app.evidence import derivative, export_original, ingest
from app.records import Records
from storage.errors import Cancelled, IntegrityFailure, InvalidInput, NotFound


def _photo(path: Path, *, size: tuple[int, int] = (800, 600)) -> Path:
    img = Image.new("RGB", size, (200, 150, 130))
    exif = Image.Exif()
    exif[0x010F] = "CanaryCam"  # Make
    exif[0x0110] = "Model Z"  # Model
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (43.0, 15.0, 0.0), 3: "E", 4: (76.0, 54.0, 0.0)})
    exif.get_ifd(0x8769)[0x9003] = "2022:01:07 14:30:00"  # DateTimeOriginal
    img.save(path, "JPEG", exif=exif)
    return path


def test_photo_is_sealed_with_metadata_and_stripped_derivatives(records: Records,
                                                                 tmp_path: Path) -> None:
    case = records.create("case", {"title": "Дело"}).record_id
    photo = _photo(tmp_path / "injury.jpg")
    done = ingest(records, photo, record_id=case)
    body = records.get(done.version.record_id).body
    assert body["sha256"] == done.sha256 and body["size"] == photo.stat().st_size
    assert body["case_id"] == case and body["record_id"] == case
    assert body["type"] == "photo" and body["mime"] == "image/jpeg"
    assert body["camera"] == "CanaryCam Model Z"
    assert body["captured_at"].startswith("2022-01-07T14:30")
    assert body["gps"]["lat_e7"] == 432500000 and body["gps"]["lon_e7"] == 769000000
    # The original is kept byte for byte, encrypted.
    assert records.vault.blobs.read_bytes(done.sha256) == photo.read_bytes()
    stored = records.vault.blobs.path_for(done.sha256).read_bytes()
    assert b"CanaryCam" not in stored and stored.startswith(b"age-encryption.org/v1")
    for kind in ("display", "thumb"):
        data = derivative(records, done.sha256, kind)
        assert data is not None and b"CanaryCam" not in data
        assert not Image.open(io.BytesIO(data)).getexif()


def test_blob_file_names_reveal_no_hash(records: Records, tmp_path: Path) -> None:
    photo = _photo(tmp_path / "a.jpg")
    done = ingest(records, photo)
    names = [p.name for p in (records.vault.path / "blobs").rglob("*") if p.is_file()]
    assert names and done.sha256 not in names


def test_same_file_twice_is_stored_once(records: Records, tmp_path: Path) -> None:
    photo = _photo(tmp_path / "a.jpg")
    first = ingest(records, photo)
    second = ingest(records, photo)
    assert first.new_blob and not second.new_blob
    assert first.version.record_id != second.version.record_id
    files = [p for p in (records.vault.path / "blobs").rglob("*") if p.is_file()]
    assert len(files) == 1


def test_opaque_files_keep_their_hash(records: Records, tmp_path: Path) -> None:
    pdf = tmp_path / "reply.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(5000))
    done = ingest(records, pdf)
    assert done.mime == "application/pdf"
    assert records.get(done.version.record_id).body["type"] == "scan"
    assert derivative(records, done.sha256) is None


def test_hostile_image_is_refused_cleanly(records: Records, tmp_path: Path) -> None:
    photo = _photo(tmp_path / "a.jpg")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(photo.read_bytes()[: photo.stat().st_size // 2])
    before = records.db.one("SELECT count(*) FROM versions")[0]
    with pytest.raises(InvalidInput):
        ingest(records, broken)
    assert records.db.one("SELECT count(*) FROM versions")[0] == before
    with pytest.raises(NotFound):
        ingest(records, tmp_path / "missing.jpg")
    with pytest.raises(InvalidInput):
        ingest(records, tmp_path)


def test_large_file_streams_and_can_be_cancelled(records: Records, tmp_path: Path) -> None:
    big = tmp_path / "video.mp4"
    with big.open("wb") as fh:
        fh.write(b"\x00\x00\x00\x18ftypmp42")
        for _ in range(24):
            fh.write(os.urandom(1 << 20))
    seen: list[int] = []
    done = ingest(records, big, progress=lambda d, t: seen.append(d))
    assert done.size == big.stat().st_size and seen[-1] == done.size and len(seen) > 5
    cancel = threading.Event()

    def stop_midway(d: int, t: int) -> None:
        if d > 4 << 20:
            cancel.set()

    other = tmp_path / "other.mp4"
    other.write_bytes(big.read_bytes()[:12] + os.urandom(10 << 20))
    before = records.db.one("SELECT count(*) FROM versions")[0]
    with pytest.raises(Cancelled):
        ingest(records, other, progress=stop_midway, cancel=cancel)
    assert records.db.one("SELECT count(*) FROM versions")[0] == before
    leftovers = [p for p in (records.vault.path / "blobs").rglob("*.partial")]
    assert leftovers == []


def test_tampered_blob_is_detected(records: Records, tmp_path: Path) -> None:
    done = ingest(records, _photo(tmp_path / "a.jpg"))
    path = records.vault.blobs.path_for(done.sha256)
    data = bytearray(path.read_bytes())
    data[-40] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(IntegrityFailure):
        records.vault.blobs.read_bytes(done.sha256)


def test_export_original_writes_exactly_the_original(records: Records, tmp_path: Path) -> None:
    photo = _photo(tmp_path / "a.jpg")
    done = ingest(records, photo)
    out = tmp_path / "out" / "copy.jpg"
    out.parent.mkdir()
    assert export_original(records, done.sha256, out) == photo.stat().st_size
    assert out.read_bytes() == photo.read_bytes()
