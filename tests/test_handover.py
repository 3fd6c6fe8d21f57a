"""The day Qorgau is gone: with the handed-over keys alone, SQLCipher reads every record
and the stock `age` tool every original (docs/longevity.md)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
import sqlcipher3

from app.evidence import ingest
from app.records import Records
from storage.vault import Vault
from tests.conftest import CLI, PASSPHRASE

CANARY = "Кенгирбай-канарейка рассказал о допросе"


def _vault(path: Path, tmp: Path) -> tuple[str, bytes]:
    vault, _code = Vault.create(path, PASSPHRASE, name="Field laptop")
    with vault:
        records = Records(vault)
        case = records.create("case", {"title": "Дело 7", "summary": CANARY}).record_id
        original = os.urandom(3000) + CANARY.encode()
        (tmp / "scan.pdf").write_bytes(b"%PDF-1.4\n" + original)
        ingest(records, tmp / "scan.pdf", record_id=case)
    return case, b"%PDF-1.4\n" + original


def test_keys_open_records_with_sqlcipher_and_originals_with_stock_age(
        cli: CLI, tmp_path: Path) -> None:
    if shutil.which("age") is None:
        pytest.skip("the stock age tool is not installed")
    case, original = _vault(tmp_path / "v", tmp_path)
    done = cli("export-keys", str(tmp_path / "v"), "--out", str(tmp_path / "keys"),
               "--reason", "archive handed to the successor organisation", "--i-understand",
               "--json")
    assert done.returncode == 0, done.stderr
    keys = tmp_path / "keys"
    for f in keys.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert stat.S_IMODE(keys.stat().st_mode) == 0o700

    # The records: SQLCipher 4 with nothing but the key line (its default settings).
    key_line = (keys / "database.key").read_text().strip()
    conn = sqlcipher3.connect(str(tmp_path / "v" / "vault.db"))
    conn.execute(f'PRAGMA key = "{key_line}"')
    envelopes = [json.loads(bytes(r[0])) for r in
                 conn.execute("SELECT envelope FROM versions WHERE record_id = ?", (case,))]
    audit = [r[0] for r in conn.execute("SELECT action FROM audit")]
    conn.close()
    assert any(e["body"].get("summary") == CANARY for e in envelopes)
    assert "keys_handed_over" in audit

    # The original: the stock age tool, the identity file, the index's path.
    rows = [line.split("\t") for line in (keys / "evidence-index.tsv").read_text().splitlines()]
    sha, _size, _mime, rel = rows[1]
    out = tmp_path / "out.pdf"
    subprocess.run(["age", "-d", "-i", str(keys / "evidence.age-identity"), "-o", str(out),
                    str(tmp_path / "v" / rel)], check=True)
    assert out.read_bytes() == original
    assert hashlib.sha256(original).hexdigest() == sha


def test_without_confirmation_or_reason_nothing_is_written(cli: CLI, tmp_path: Path) -> None:
    _vault(tmp_path / "v", tmp_path)
    refused = cli("export-keys", str(tmp_path / "v"), "--out", str(tmp_path / "keys"),
                  "--reason", "x")
    assert refused.returncode == 4
    assert "--i-understand" in refused.stderr
    blank = cli("export-keys", str(tmp_path / "v"), "--out", str(tmp_path / "keys"),
                "--reason", "  ", "--i-understand")
    assert blank.returncode == 4
    assert not (tmp_path / "keys").exists()
    assert not list(tmp_path.glob(".keys.*"))
    existing = tmp_path / "taken"
    existing.mkdir()
    taken = cli("export-keys", str(tmp_path / "v"), "--out", str(existing), "--reason", "y",
                "--i-understand")
    assert taken.returncode == 4 and list(existing.iterdir()) == []
