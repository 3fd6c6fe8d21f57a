"""A disk that fills up mid-work ends in a clear error, exit code 6, and nothing lost."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import errors
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
