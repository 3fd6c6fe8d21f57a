"""Plaintext written outside the vault never outlives a write that was killed.

Written as the attack: a real child process writes an original, a PDF report, a
statistics CSV or the key hand-over folder to a "USB stick", is SIGKILLed in the middle
(kill -9, a power cut: no clean-up runs), and leaves the hidden `.NAME.PID.partial` with
plaintext in it. The vault noted it before writing; its next opening must remove it.
Before, only bundles and record tables were noted: an original's canary, a report or the
raw database key stayed hidden on the stick for good.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest

from app.evidence import ingest
from app.records import Records
from storage.vault import Vault
from tests import stalled
from tests.conftest import PASSPHRASE
from tests.test_bundle_kit import make_vault

CANARY = b"QORGAU-CANARY-7f3e"

# The child: the real use case, every write stalled after its first bytes (so that the
# kill surely lands in the middle, whatever the machine's speed).
_CHILD = """
import contextlib, sys, time
from pathlib import Path
from tests.fastkdf import install
install()
import storage.atomic as atomic_mod
import storage.vault as vault_mod
from app.usecases import handover
from app.usecases.session import Session
from storage.vault import Vault

real = vault_mod.atomic_writer

@contextlib.contextmanager
def stalled(target, **kw):
    with real(target, **kw) as fh:
        fh.write(b"QORGAU-CANARY-7f3e")
        fh.flush()
        print("READY", file=sys.stderr, flush=True)
        time.sleep(60)
        yield fh
vault_mod.atomic_writer = atomic_mod.atomic_writer = stalled

def stalled_folder(staging, folder, files):
    staging.mkdir(mode=0o700)
    (staging / "database.key").write_text("QORGAU-CANARY-7f3e")
    print("READY", file=sys.stderr, flush=True)
    time.sleep(60)
handover._write_folder = stalled_folder

what, vault_path, out, arg = sys.argv[1:5]
from tests.conftest import PASSPHRASE
s = Session(Vault.open(Path(vault_path), PASSPHRASE))
if what == "original":
    from app.usecases import evidence
    evidence.export_original(s, arg, Path(out))
elif what == "pdf":
    from app.usecases import reports
    reports.write_case_report(s, arg, Path(out), render=lambda data: b"%PDF",
                              parts=["case_report"])
elif what == "csv":
    from app.usecases import figures
    table = figures.tables(s)[0]
    figures.write_csv(s, [(table, Path(out))])
elif what == "keys":
    handover.export_keys(s, Path(out), reason="a test of a killed hand-over")
"""


@pytest.mark.parametrize("what", ["original", "pdf", "csv", "keys"])
def test_a_killed_write_leaves_plaintext_only_until_the_vault_is_next_opened(
        tmp_path: Path, what: str) -> None:
    vault = make_vault(tmp_path / "v")
    records = Records(vault)
    case = records.create("case", {"title": "Дело", "city": "taraz"}).record_id
    photo = tmp_path / "photo.bin"
    photo.write_bytes(CANARY + bytes(5000))
    sha = ingest(records, photo, record_id=case).sha256
    vault.close()
    stick = tmp_path / "usb"
    stick.mkdir()
    out = stick / {"original": "photo.jpg", "pdf": "report.pdf", "csv": "table.csv",
                   "keys": "keys"}[what]
    arg = {"original": sha, "pdf": case}.get(what, "-")
    root = Path(__file__).resolve().parent.parent
    done = stalled.interrupted([sys.executable, "-c", _CHILD, what, str(tmp_path / "v"),
                                str(out), arg], sig=signal.SIGKILL, cwd=root)
    assert done.returncode == -signal.SIGKILL
    left = list(stick.iterdir())
    assert [p.name.startswith(".") and p.name.endswith(".partial") for p in left] == [True]
    held = left[0] / "database.key" if left[0].is_dir() else left[0]
    assert CANARY in held.read_bytes()  # the attack's premise: plaintext on the stick

    with Vault.open(tmp_path / "v", PASSPHRASE):
        pass
    assert list(stick.iterdir()) == []
