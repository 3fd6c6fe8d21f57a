"""The export's two-core pipeline: originals decrypted in one child process, the tar
encrypted in another (storage.age_worker), the exporting process between them. Every
test here forces the children on (tests' bundles are below the size where they start
by themselves) and checks what the in-process path promises: the same plaintext, stock
tools read it, progress, cancel with nothing left behind, and a replaced or damaged
original refused before anything is written."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any

import pyrage
import pytest

from app import exporter
from app.evidence import ingest
from app.records import Records
from storage import age_worker
from storage.errors import Cancelled, IntegrityFailure
from storage.vault import Vault
from sync import bundle as b
from tests.test_bundle_kit import import_, new_case, random_file


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[subprocess.Popen[bytes]]:
    """Children from the first byte; every child started is kept, to check it ended."""
    monkeypatch.setattr(age_worker, "WORTH_A_PROCESS", 0)
    started: list[subprocess.Popen[bytes]] = []
    real = subprocess.Popen

    def popen(*args: Any, **kw: Any) -> subprocess.Popen[bytes]:
        proc = real(*args, **kw)
        started.append(proc)
        return proc

    monkeypatch.setattr(subprocess, "Popen", popen)
    return started


def _evidence(field: Vault, tmp_path: Path, count: int = 3) -> list[str]:
    records = Records(field)
    case_id = new_case(records)
    return [ingest(records, random_file(tmp_path / f"e{i}.bin", 150_000 + 777 * i),
                   record_id=case_id).sha256 for i in range(count)]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_children_make_a_bundle_the_archive_and_stock_tools_read(
        pair: tuple[Vault, Vault], children: list[subprocess.Popen[bytes]],
        tmp_path: Path) -> None:
    field, archive = pair
    shas = _evidence(field, tmp_path)
    seen: list[tuple[int, int]] = []
    report = exporter.export(field, tmp_path / "b.qgb",
                             progress=lambda d, t: seen.append((d, t)))
    assert report.written and report.blobs == 3
    commands = [proc.args for proc in children]
    modes = [a for c in commands for a in c if a in ("decrypt", "encrypt")]
    assert sorted(modes) == ["decrypt", "encrypt"]  # one child each way
    assert all(proc.returncode == 0 for proc in children)
    # The identity went through the pipe, not the command line.
    assert not any(str(field.identity.blob_identity) in " ".join(map(str, c)) for c in commands)
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] > 3 * 150_000
    assert import_(archive, tmp_path / "b.qgb").status == "merged"
    assert all(archive.blobs.has(sha) for sha in shas)
    if shutil.which("age") and shutil.which("tar"):
        (tmp_path / "k").write_text(str(archive.identity.box_identity) + "\n")
        (tmp_path / "x").mkdir()
        out = subprocess.run(["bash", "-euo", "pipefail", "-c",
                              "age -d -i ../k ../b.qgb | tar -x && sha256sum -c --quiet "
                              "SHA256SUMS"], cwd=tmp_path / "x", capture_output=True,
                             text=True, check=False)
        assert out.returncode == 0, out.stderr
        assert sorted(p.name for p in (tmp_path / "x" / "blobs").iterdir()) == sorted(shas)
        assert all(_sha256(tmp_path / "x" / "blobs" / sha) == sha for sha in shas)


def test_child_and_in_process_sealing_give_the_same_plaintext(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    content = [bytes([i]) * (100_000 + i) for i in range(5)]

    def produce(writer: Any) -> None:
        tar = b.TarWriter(writer, 1_700_000_000)
        for i, data in enumerate(content):
            tar.add_bytes(f"blobs/{i:064x}", data)
        tar.close()

    total = b.tar_size(len(c) for c in content)
    sealed = {}
    for where, threshold in (("child", 0), ("here", 1 << 40)):
        monkeypatch.setattr(age_worker, "WORTH_A_PROCESS", threshold)
        out = io.BytesIO() if where == "here" else None
        if out is None:  # a child writes to a real file descriptor
            path = tmp_path / "sealed.age"
            try:
                with path.open("wb") as fh:
                    b.seal(fh, [str(identity.to_public())], produce, total=total)
                sealed[where] = path.read_bytes()
            finally:
                path.unlink(missing_ok=True)
        else:
            b.seal(out, [str(identity.to_public())], produce, total=total)
            sealed[where] = out.getvalue()
    plain = {k: pyrage.decrypt(v, [identity]) for k, v in sealed.items()}
    assert sealed["child"] != sealed["here"]  # fresh file keys each time
    assert plain["child"] == plain["here"] and len(plain["child"]) == total


def test_cancel_stops_both_children_and_leaves_nothing(
        pair: tuple[Vault, Vault], children: list[subprocess.Popen[bytes]],
        tmp_path: Path) -> None:
    field, _archive = pair
    _evidence(field, tmp_path)
    cancel = threading.Event()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        exporter.export(field, out / "b.qgb", cancel=cancel,
                        progress=lambda d, t: cancel.set() if d > 200_000 else None)
    assert list(out.iterdir()) == []  # no bundle, no partial file
    assert field.db.all("SELECT * FROM sync_exports") == []
    assert len(children) == 2 and all(proc.returncode is not None for proc in children)


@pytest.mark.parametrize("attack", ["replaced", "damaged"])
def test_a_replaced_or_damaged_original_is_refused(
        pair: tuple[Vault, Vault], children: list[subprocess.Popen[bytes]],
        tmp_path: Path, attack: str) -> None:
    """Someone with the laptop's disk swaps an original for another file encrypted to
    the vault's (public) blob key, or flips bytes of one: the export refuses, writes
    nothing and seals no sequence number."""
    field, _archive = pair
    shas = _evidence(field, tmp_path)
    victim = field.blobs.path_for(shas[1])
    if attack == "replaced":
        fake = pyrage.encrypt(b"planted" * 30_000, [field.blobs._recipient])
        victim.write_bytes(fake)
    else:
        data = bytearray(victim.read_bytes())
        data[len(data) // 2] ^= 0xFF
        victim.write_bytes(bytes(data))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(IntegrityFailure, match=shas[1][:12]):
        exporter.export(field, out / "b.qgb")
    assert list(out.iterdir()) == []
    assert field.db.all("SELECT * FROM sync_exports") == []
    assert all(proc.returncode is not None for proc in children)
