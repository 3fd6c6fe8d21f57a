"""Valid inputs for each fuzz target, so mutation starts from the real formats."""

from __future__ import annotations

import functools
import io
import json
import tempfile
from pathlib import Path

from PIL import Image


def _records() -> list[bytes]:
    entries = [
        {"kind": "person", "ref": "p", "body": {"full_name": "Әлия", "protected": True,
                                               "pseudonym": "A-1", "minor": True}},
        {"kind": "case", "ref": "c", "body": {"title": "Дело", "city": "taraz",
                                             "victim_ids": ["@p"], "opened_on": "2022-01"}},
        {"kind": "interview", "body": {"case_id": "@c", "language": "kk",
                                       "consent": {"publication": "refused"}}},
        {"kind": "npm_visit", "body": {"facility_id": "01a20b6c-9ed3-73ee-8bba-b0b08355e1fc",
                                       "started_at": "2023-02-01T10:00+05:00",
                                       "checklist": [{"item": "light", "rating": "partly"}]}},
        {"kind": "lesion", "body": {"exam_id": "01a20b6c-9ed3-73ee-8bba-b0b08355e1fc",
                                    "x": 500, "y": 120, "view": "front"}},
    ]
    return [json.dumps({"format": "qorgau-records", "version": 1, "records": entries},
                       ensure_ascii=False).encode(), json.dumps(entries).encode()]


def _card() -> list[bytes]:
    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from storage.identity import raw_public
    from sync import card

    made = card.IdentityCard(
        device_id="01a20b6c-9ed3-73ee-8bba-b0b08355e1fc", name="Ноутбук Алматы",
        role="field", sign_public=raw_public(Ed25519PrivateKey.generate()),
        sign_key_id=b"\x01" * 8,
        age_recipient=str(pyrage.x25519.Identity.generate().to_public()))
    return [card.to_json(made)]


def _envelope() -> list[bytes]:
    from app.records import build_envelope

    env = build_envelope(record_id="01a20b6c-9ed3-73ee-8bba-b0b08355e1fc", kind="case",
                         parents=["ab" * 32], author="01a20b6c-9ed3-73ee-8bba-b0b08355e1fd",
                         clock=3, created_at="2026-01-01T00:00:00.000Z", tombstone=None,
                         body={"title": "Дело"})
    return [env + b"\x00" * 64]


def _images() -> list[bytes]:
    out = []
    img = Image.new("RGB", (64, 48), (200, 100, 90))
    exif = Image.Exif()
    exif[0x010F] = "Cam"
    exif.get_ifd(0x8825).update({1: "N", 2: (43.0, 1.0, 0.0), 3: "E", 4: (76.0, 2.0, 0.0)})
    for fmt, kwargs in (("JPEG", {"exif": exif}), ("PNG", {}), ("TIFF", {}), ("GIF", {})):
        buf = io.BytesIO()
        img.save(buf, fmt, **kwargs)
        out.append(buf.getvalue())
    return out


@functools.cache
def _bundle_parts() -> dict[str, list[bytes]]:
    """A real bundle's tar stream and manifest, and a real receipt's body, made once."""
    import tarfile

    import pyrage

    from tests.fastkdf import install

    install()
    from app import receipts
    from app.records import Records
    from tests import test_bundle_kit as kit

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        field = kit.make_vault(root / "field")
        archive = kit.make_vault(root / "archive", "archive")
        kit.link(field, archive)
        kit.new_case(Records(field))
        bundle = kit.export(field, root / "b.age")
        plain = pyrage.decrypt(bundle.read_bytes(), [archive.identity.box_identity])
        kit.import_(archive, bundle)
        receipts.issue(archive, field.identity.device_id, root / "r.age")
        receipt_tar = pyrage.decrypt((root / "r.age").read_bytes(), [field.identity.box_identity])
        field.close()
        archive.close()

    def member(tar_bytes: bytes, name: str) -> bytes:
        with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as tar:
            extracted = tar.extractfile(name)
            assert extracted is not None
            return extracted.read()

    return {"bundle_tar": [plain], "bundle_manifest": [member(plain, "manifest.json")],
            "receipt": [member(receipt_tar, receipts.RECEIPT)]}


SEEDS = {"records_file": _records, "identity_card": _card, "version_envelope": _envelope,
         "image": _images, **{name: (lambda name=name: _bundle_parts()[name])
                              for name in ("bundle_tar", "bundle_manifest", "receipt")}}


def seeds_for(name: str) -> list[bytes]:
    return SEEDS[name]() if name in SEEDS else []


def write_corpus(name: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=f"qorgau-corpus-{name}-"))
    for i, data in enumerate(seeds_for(name)):
        (folder / f"seed{i}").write_bytes(data)
    return folder
