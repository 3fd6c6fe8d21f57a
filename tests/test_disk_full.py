"""A disk that fills up mid-work ends in a clear error, exit code 6, and nothing lost."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import errors
from tests.conftest import CLI


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "usb"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_attach_larger_than_the_disk(cli: CLI, small_disk: Path, tmp_path: Path) -> None:
    vault = str(small_disk / "vault")
    assert cli("init", vault).returncode == 0
    cases = tmp_path / "c.json"
    cases.write_text(json.dumps([{"kind": "case", "body": {"title": "Дело"}}]))
    case_id = json.loads(cli("add", vault, str(cases), "--json").stdout)[0]["record_id"]
    video = tmp_path / "video.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(12 << 20))
    result = cli("attach", vault, case_id, str(video))
    assert result.returncode == errors.EXIT_ENVIRONMENT, result.stderr
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    assert not [p for p in Path(vault).rglob("*.partial")]
    check = cli("check", vault)
    assert check.returncode == 0, check.stdout
    assert json.loads(cli("list", vault, "--json").stdout)["total"] == 1


def test_adding_records_until_the_disk_is_full(cli: CLI, small_disk: Path,
                                               tmp_path: Path) -> None:
    vault = str(small_disk / "vault")
    assert cli("init", vault).returncode == 0
    # Fill most of the disk with something else first.
    (small_disk / "filler").write_bytes(os.urandom(4 << 20))
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps([{"kind": "case", "body": {
        "title": f"Дело {i}", "summary": os.urandom(600).hex()}} for i in range(300)]))
    confirmed = 0
    for _ in range(20):
        result = cli("add", vault, str(batch), "--json")
        if result.returncode != 0:
            assert result.returncode == errors.EXIT_ENVIRONMENT, result.stderr
            assert "disk is full" in result.stderr
            break
        confirmed += len(json.loads(result.stdout))
    else:
        pytest.fail("the disk never filled up")
    (small_disk / "filler").unlink()  # a person frees space, then looks
    check = cli("check", vault)
    assert check.returncode == 0, check.stdout + check.stderr
    assert json.loads(cli("list", vault, "--json", "--limit", "100000").stdout)["total"] \
        == confirmed


def _pair(cli: CLI, field: Path, archive: Path, tmp_path: Path) -> None:
    for args in (("init", str(field)), ("init", "--archive", str(archive)),
                 ("identity", str(archive), "--out", str(tmp_path / "a.card")),
                 ("identity", str(field), "--out", str(tmp_path / "f.card")),
                 ("trust", str(field), str(tmp_path / "a.card")),
                 ("enroll", str(archive), str(tmp_path / "f.card"))):
        result = cli(*args)
        assert result.returncode == 0, (args, result.stderr)


def _with_evidence(cli: CLI, field: Path, tmp_path: Path, mib: int) -> None:
    cases = tmp_path / "c.json"
    cases.write_text(json.dumps([{"kind": "case", "body": {"title": "Дело"}}]))
    case_id = json.loads(cli("add", str(field), str(cases), "--json").stdout)[0]["record_id"]
    video = tmp_path / "video.mp4"
    video.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(mib << 20))
    assert cli("attach", str(field), case_id, str(video)).returncode == 0


def test_export_to_a_full_usb_stick(cli: CLI, small_disk: Path, tmp_path: Path) -> None:
    field, archive = tmp_path / "field", tmp_path / "archive"
    _pair(cli, field, archive, tmp_path)
    _with_evidence(cli, field, tmp_path, 10)
    out = small_disk / "bundle.age"
    result = cli("export", str(field), "--out", str(out))
    assert result.returncode == errors.EXIT_ENVIRONMENT, result.stderr
    assert "disk is full" in result.stderr and "Traceback" not in result.stderr
    assert list(small_disk.iterdir()) == []  # no partial bundle on the stick
    assert cli("check", str(field)).returncode == 0
    # With room, the same export works and imports.
    ok = tmp_path / "bundle.age"
    assert cli("export", str(field), "--out", str(ok)).returncode == 0
    assert cli("import", str(archive), str(ok)).returncode == 0


def test_import_into_a_full_archive_disk(cli: CLI, small_disk: Path, tmp_path: Path) -> None:
    field, archive = tmp_path / "field", small_disk / "archive"
    _pair(cli, field, archive, tmp_path)
    _with_evidence(cli, field, tmp_path, 8)
    bundle = tmp_path / "bundle.age"
    assert cli("export", str(field), "--out", str(bundle)).returncode == 0
    before = json.loads(cli("list", str(archive), "--json").stdout)["total"]
    result = cli("import", str(archive), str(bundle))
    assert result.returncode == errors.EXIT_ENVIRONMENT, result.stdout + result.stderr
    assert "disk is full" in (result.stdout + result.stderr)
    assert "Traceback" not in result.stderr
    assert cli("check", str(archive)).returncode == 0
    assert json.loads(cli("list", str(archive), "--json").stdout)["total"] == before
    assert not [p for p in archive.rglob("*.partial")]
