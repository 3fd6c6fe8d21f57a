"""No plaintext at rest: after a command-line session, no canary anywhere on disk."""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from tests.canary import scan
from tests.conftest import CLI

NARRATIVE_CANARY = "ZqXcanaryNarrative7781"
NAME_CANARY = "Канарейкова-Жұлдыз-5521"
PHOTO_CANARY = "PhotoCanary-EXIF-0093"


def _photo(path: Path) -> Path:
    img = Image.new("RGB", (640, 480), (180, 120, 110))
    exif = Image.Exif()
    exif[0x010F] = PHOTO_CANARY  # camera make
    exif[0x010E] = PHOTO_CANARY  # image description
    img.save(path, "JPEG", exif=exif, comment=PHOTO_CANARY.encode())
    return path


def test_cli_session_leaves_no_plaintext(cli: CLI, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    source = tmp_path / "source"  # the user's own files: outside what we scan
    source.mkdir()
    assert cli("init", str(vault)).returncode == 0
    data = source / "records.json"
    data.write_text(json.dumps([
        {"kind": "person", "ref": "p", "body": {"full_name": NAME_CANARY}},
        {"kind": "case", "ref": "c", "body": {"title": "Дело", "victim_ids": ["@p"]}},
        {"kind": "incident", "body": {"case_id": "@c", "narrative":
                                      f"Свидетель сказал: {NARRATIVE_CANARY}"}},
    ], ensure_ascii=False), encoding="utf-8")
    added = json.loads(cli("add", str(vault), str(data), "--json").stdout)
    case_id = added[1]["record_id"]
    photo = _photo(source / "photo.jpg")
    assert PHOTO_CANARY.encode() in photo.read_bytes()
    assert cli("attach", str(vault), case_id, str(photo)).returncode == 0
    # Use the vault the way people do, including reading the canaries back.
    assert NARRATIVE_CANARY in cli("search", str(vault), NARRATIVE_CANARY).stdout
    assert NAME_CANARY in cli("show", str(vault), added[0]["record_id"]).stdout
    assert cli("list", str(vault)).returncode == 0
    assert cli("check", str(vault)).returncode == 0
    assert cli("passwd", str(vault), env={"QORGAU_NEW_PASSPHRASE": "another passphrase"}
               ).returncode == 0
    home = Path(cli.env["HOME"])
    folders = [vault, Path(cli.env["TMPDIR"]), home / ".cache", home / ".config",
               home / ".local"]
    assert any(p.is_file() for p in vault.rglob("*"))
    assert scan(folders, [NARRATIVE_CANARY, NAME_CANARY, PHOTO_CANARY]) == []


def test_scanner_finds_what_it_should(tmp_path: Path) -> None:
    import base64

    (tmp_path / "a").write_bytes(b"xx" + NAME_CANARY.encode("utf-16-le") + b"yy")
    (tmp_path / "b").write_bytes(base64.b64encode(b"prefix " + NARRATIVE_CANARY.encode()))
    (tmp_path / "c").write_bytes(PHOTO_CANARY.lower().encode())
    assert len(scan([tmp_path], [NAME_CANARY, NARRATIVE_CANARY, PHOTO_CANARY])) == 3
