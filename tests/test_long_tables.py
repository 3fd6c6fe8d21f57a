"""Long exports and imports of tables: progress that moves forward to the end, a cancel in
the middle of the writing that leaves nothing, and — through the real command line —
a progress line in a terminal (and none in a pipe), and Ctrl+C (a real SIGINT) that
leaves no file, no folder, no record and no audit entry behind."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.record_tables import Scope
from app.records import Records
from app.usecases import record_export
from app.usecases.session import Session
from storage.errors import EXIT_CANCELLED, Cancelled
from storage.vault import Vault
from tests import stalled
from tests.conftest import CLI, PASSPHRASE


def _people(vault: Vault, n: int) -> None:
    case = Records(vault).create("case", {"title": "Дело 1", "city": "almaty"}).record_id
    Records(vault).create_many(("person", {"full_name": f"Вымышленный {i}",
                                           "case_ids": [case]}) for i in range(n))


def _audited(vault: Vault) -> int:
    return vault.db.one("SELECT count(*) FROM audit WHERE action = 'records_export'")[0]


def test_progress_moves_forward_to_the_end(vault: Vault, tmp_path: Path) -> None:
    _people(vault, 450)
    seen: list[tuple[int, int]] = []
    record_export.export_records(Session(vault), tmp_path / "t.xlsx", "xlsx", Scope(), "en",
                                 progress=lambda d, t: seen.append((d, t)))
    done = [d for d, _t in seen]
    assert done == sorted(done) and done[-1] == 1000 and {t for _d, t in seen} == {1000}
    assert any(500 < d < 1000 for d in done)  # the writing itself reports, not just the end


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "uwazi"])
def test_a_cancel_while_writing_leaves_nothing(vault: Vault, tmp_path: Path, fmt: str) -> None:
    _people(vault, 450)
    cancel = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done > 500:  # the records are chosen; the file is being written
            cancel.set()

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        record_export.export_records(Session(vault), out / f"tables.{fmt}", fmt, Scope(), "en",
                                     progress=progress, cancel=cancel)
    assert list(out.iterdir()) == []  # not the file, not a folder, not a hidden .partial
    assert _audited(vault) == 0


def test_no_row_lies_in_the_temp_folder_while_a_workbook_is_written(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The attack: read the system's temp folder (or a seized disk's) while the export
    runs, or after it was killed. The spreadsheet library's scratch files used to hold
    the rows there in plaintext."""
    import tempfile

    temp = tmp_path / "system-temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    _people(vault, 450)
    out = tmp_path / "out"
    out.mkdir()
    looked: list[int] = []

    def progress(done: int, _total: int) -> None:
        if done > 500:
            data = b"".join(f.read_bytes() for f in temp.rglob("*") if f.is_file())
            assert "Вымышленный".encode() not in data
            for f in out.iterdir():  # the scratch files beside the target: private
                assert (f.stat().st_mode & 0o077) == 0, f
            looked.append(done)

    record_export.export_records(Session(vault), out / "t.xlsx", "xlsx", Scope(), "en",
                                 progress=progress)
    assert looked and list(temp.iterdir()) == []
    assert [f.name for f in out.iterdir()] == ["t.xlsx"]


def test_the_preview_names_who_stays_within_the_filters_only(vault: Vault) -> None:
    r = Records(vault)
    almaty = r.create("case", {"title": "Дело А", "city": "almaty"}).record_id
    taraz = r.create("case", {"title": "Дело Т", "city": "taraz"}).record_id
    for case, name in ((almaty, "Вымышленная Айгерим"), (taraz, "Вымышленный Марат")):
        pid = r.create("person", {"full_name": name, "case_ids": [case]}).record_id
        r.create("consent", {"person_id": pid, "consent": {"share_coordinator": "refused"}})
    p = record_export.disclosure_preview(Session(vault), record_export.scope(city="almaty"),
                                         "xlsx", "ru")
    text = " ".join(w["text"] for w in p["withheld"])
    assert "Вымышленная Айгерим" in text and "Отказ" in text
    assert "Марат" not in text  # another city's person is not this file's business
    assert p["rows"] == {"case": 1} and p["withheld_records"] >= 1


# -- the command line --------------------------------------------------------------------

# The real `qorgau` entry point with the test KDF and one change: every file the export
# writes (or the import's one transaction) stalls inside, after saying READY, so that the
# SIGINT surely arrives in the middle of the work, whatever the machine's speed.
_STALLED = """
import contextlib, sys, time
from tests.fastkdf import install
install()
from app.usecases import record_export
from app.records import Records
real = record_export.atomic_writer

@contextlib.contextmanager
def stalled(target, **kw):
    with real(target, **kw) as fh:
        fh.write(b"half")
        print("READY", file=sys.stderr, flush=True)
        time.sleep(60)
        yield fh
record_export.atomic_writer = stalled
real_many = Records.create_many

def stalled_many(self, items):
    done = real_many(self, items)
    print("READY", file=sys.stderr, flush=True)
    time.sleep(60)
    return done
Records.create_many = stalled_many
from sync import bundle
real_seal = bundle.seal

def stalled_seal(*args, **kw):
    done = real_seal(*args, **kw)  # the whole bundle is in its hidden file, not yet named
    print("READY", file=sys.stderr, flush=True)
    time.sleep(60)
    return done
bundle.seal = stalled_seal
from ui.launcher import main
sys.exit(main())
"""


def _interrupted(cli: CLI, *args: str,
                 sig: int = signal.SIGINT) -> subprocess.CompletedProcess[str]:
    return stalled.interrupted([sys.executable, "-c", _STALLED, *args], sig=sig,
                               env=cli.env, cwd=cli.tmp)


@pytest.fixture
def filled(vault_path: Path) -> Path:
    v, _code = Vault.create(vault_path, PASSPHRASE, name="Test device")
    _people(v, 30)
    v.close()
    return vault_path


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "uwazi"])
def test_ctrl_c_during_an_export_leaves_nothing(cli: CLI, filled: Path, tmp_path: Path,
                                                fmt: str) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    done = _interrupted(cli, "export-records", str(filled), "--format", fmt,
                        "--out", str(out / f"tables.{fmt}"))
    assert done.returncode == EXIT_CANCELLED, done.stderr
    assert "interrupted" in done.stderr
    assert list(out.iterdir()) == []  # no file, no folder, no hidden .partial
    with Vault.open(filled, PASSPHRASE) as v:
        assert _audited(v) == 0


@pytest.mark.parametrize("fmt", ["xlsx", "uwazi"])
def test_a_killed_export_leaves_rows_only_until_the_vault_is_next_opened(
        cli: CLI, filled: Path, tmp_path: Path, fmt: str) -> None:
    """kill -9 (or a power cut) runs no clean-up: the hidden partial file or folder stays
    on the stick, with rows in it. The vault noted it before writing; its next opening —
    by any command or the desktop — removes it."""
    out = tmp_path / "usb"
    out.mkdir()
    done = _interrupted(cli, "export-records", str(filled), "--format", fmt,
                        "--out", str(out / f"tables.{fmt}"), sig=signal.SIGKILL)
    assert done.returncode == -signal.SIGKILL
    left = list(out.iterdir())
    assert left and all(p.name.startswith(".") and p.name.endswith(".partial") for p in left)
    with Vault.open(filled, PASSPHRASE) as v:
        assert _audited(v) == 0
    assert list(out.iterdir()) == []


def test_ctrl_c_during_an_import_keeps_no_row(cli: CLI, filled: Path, tmp_path: Path) -> None:
    import json

    sheet = tmp_path / "people.csv"
    sheet.write_text("ФИО;Пол\nТестова Айгуль;ж\nТестов Ерлан;м\n", encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"kind": "person", "columns": {
        "ФИО": "full_name", "Пол": "gender"}}), encoding="utf-8")
    with Vault.open(filled, PASSPHRASE) as v:
        before = v.db.one("SELECT count(*) FROM records")[0]
    done = _interrupted(cli, "import-table", str(filled), str(sheet), "--mapping", str(mapping))
    assert done.returncode == EXIT_CANCELLED, done.stderr
    with Vault.open(filled, PASSPHRASE) as v:
        assert v.db.one("SELECT count(*) FROM records")[0] == before  # all rows or none
        assert v.db.one("SELECT count(*) FROM audit WHERE action = 'table_import'")[0] == 0
    assert cli("import-table", str(filled), str(sheet), "--mapping", str(mapping)
               ).returncode == 0  # and the same import then goes through whole


def test_ctrl_c_during_a_bundle_export_leaves_no_bundle_and_no_record_of_one(
        cli: CLI, filled: Path, tmp_path: Path) -> None:
    from tests.test_bundle_kit import link, make_vault

    archive = make_vault(tmp_path / "archive", "archive")
    with Vault.open(filled, PASSPHRASE) as v:
        link(v, archive)
    archive.close()
    out = tmp_path / "usb"
    out.mkdir()
    done = _interrupted(cli, "export", str(filled), "--all", "--out",
                        str(out / "laptop.bundle"))
    assert done.returncode == EXIT_CANCELLED, done.stderr
    assert list(out.iterdir()) == []
    with Vault.open(filled, PASSPHRASE) as v:
        assert v.db.one("SELECT count(*) FROM sync_exports")[0] == 0  # sent nothing
        assert v.db.one("SELECT count(*) FROM audit WHERE action = 'bundle_export'")[0] == 0
    again = cli("export", str(filled), "--all", "--out", str(out / "laptop.bundle"))
    assert again.returncode == 0, again.stderr  # and the next export is whole


def test_a_progress_line_in_a_terminal_and_none_in_a_pipe(cli: CLI, filled: Path,
                                                          tmp_path: Path) -> None:
    args = [sys.executable, "-m", "tests.fastcli", "export-records", str(filled)]
    piped = subprocess.run([*args, "--out", str(tmp_path / "a.xlsx")], env=cli.env,
                           cwd=cli.tmp, capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0, piped.stderr
    assert "exporting" not in piped.stderr and "%" not in piped.stderr
    master, slave = pty.openpty()
    proc = subprocess.Popen([*args, "--out", str(tmp_path / "b.xlsx")], env=cli.env,
                            cwd=cli.tmp, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        ready, _w, _x = select.select([master], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        seen += chunk
    stdout, _ = proc.communicate(timeout=60)
    os.close(master)
    assert proc.returncode == 0
    text = seen.decode()
    assert "exporting" in text and "100 %" in text, text
    assert b"exporting" not in stdout  # on standard error only
