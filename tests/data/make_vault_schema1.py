"""Makes tests/data/vault-schema1: a vault written by schema 1, kept to test upgrades.

Run once from the repository root when the fixture must be rebuilt:
    .venv/bin/python -m tests.data.make_vault_schema1   (test-strength KDF: tests.fastkdf)
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from PIL import Image

from app.evidence import ingest
from app.records import Records
from storage.vault import Vault
from tests.fastkdf import install

install()

HERE = Path(__file__).resolve().parent
TARGET = HERE / "vault-schema1"
PASSPHRASE = "schema one fixture"


def main() -> None:
    shutil.rmtree(TARGET, ignore_errors=True)
    vault, code = Vault.create(TARGET, PASSPHRASE, name="Schema 1 laptop", schema=1)
    with vault:
        assert vault.db.user_version() == 1
        records = Records(vault)
        person = records.create("person", {"full_name": "Бауыржан Үлгіов", "gender": "male"})
        case = records.create("case", {"title": "Дело первой схемы", "city": "taraz",
                                       "victim_ids": [person.record_id]})
        records.create("incident", {"case_id": case.record_id,
                                    "narrative": "Избивали в служебном кабинете."})
        records.update(case.record_id, {"title": "Дело первой схемы (исправлено)",
                                        "city": "taraz", "victim_ids": [person.record_id]})
        buf = io.BytesIO()
        Image.new("RGB", (320, 240), (150, 100, 90)).save(buf, "JPEG")
        photo = HERE / "_fixture_photo.jpg"
        photo.write_bytes(buf.getvalue())
        try:
            ingest(records, photo, record_id=case.record_id)
        finally:
            photo.unlink()
    (TARGET / ".lock").unlink(missing_ok=True)
    print(f"made {TARGET} (recovery code {code})")


if __name__ == "__main__":
    main()
