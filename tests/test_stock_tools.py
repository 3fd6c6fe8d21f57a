"""docs/bundle-format.md's recipe, run as written, with the stock age, tar, minisign and
sha256sum; and byte compatibility with the stock age tool in both directions."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import receipts
from app.evidence import ingest
from app.records import Records
from storage.vault import Vault
from sync import minisign
from tests.test_bundle_kit import (
    PASSPHRASE,
    export,
    import_,
    link,
    make_vault,
    new_case,
    random_file,
)

DOC = Path(__file__).resolve().parent.parent / "docs" / "bundle-format.md"
TOOLS = ("age", "tar", "minisign", "sha256sum", "bash")
pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                reason="stock age/minisign not installed (.ci/run installs them)")


def recipe() -> str:
    match = re.search(r"<!-- recipe -->\n```sh\n(.*?)\n```", DOC.read_text(), re.S)
    assert match, "docs/bundle-format.md lost its recipe"
    return match.group(1)


def sh(script: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=cwd,
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **env},
                          capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def sent(tmp_path: Path) -> Iterator[tuple[Vault, Vault, Path]]:
    field = make_vault(tmp_path / "field", name="Lawyer laptop")
    archive = make_vault(tmp_path / "archive", "archive")
    link(field, archive)
    records = Records(field)
    case_id = new_case(records)
    ingest(records, random_file(tmp_path / "photo.bin", 150_000), record_id=case_id)
    bundle = export(field, tmp_path / "bundle.qgb")
    yield field, archive, bundle
    field.close()
    archive.close()


def test_recipe_opens_and_verifies_a_bundle(tmp_path: Path, cli: object,
                                            sent: tuple[Vault, Vault, Path]) -> None:
    field, archive, _bundle = sent
    device_pub = minisign.public_key_line(field.identity.sign_key_id, field.identity.sign_public)
    archive.close()  # the command below opens it
    key = tmp_path / "archive-key.txt"
    done = cli("identity", str(archive.path), "--age-secret-key", str(key))  # type: ignore[operator]
    assert done.returncode == 0, done.stderr
    run = sh(recipe(), tmp_path, DEVICE_PUB=device_pub)
    assert run.returncode == 0, run.stderr
    assert run.stdout.count("Signature and comment signature verified") == 2
    assert "Trusted comment: qorgau bundle " in run.stdout
    assert run.stdout.count(": OK") == 5  # 2 versions x (.json, .sig) + 1 evidence file
    extracted = tmp_path / "bundle"
    assert sorted(p.name for p in extracted.iterdir()) == [
        "SHA256SUMS", "SHA256SUMS.minisig", "blobs", "manifest.json", "manifest.json.minisig",
        "versions"]
    assert (extracted / "blobs").joinpath(
        next((extracted / "blobs").iterdir()).name).read_bytes() == (
        tmp_path / "photo.bin").read_bytes()

    # The recipe really checks: an altered member, or a manifest signed by another
    # device, fails it.
    checks = "\n".join(line for line in recipe().split("\n")
                       if line.startswith(("minisign", "sha256sum")))
    assert sh(checks, extracted, DEVICE_PUB=device_pub).returncode == 0
    other = make_vault(tmp_path / "other", name="Other")
    other_pub = minisign.public_key_line(other.identity.sign_key_id, other.identity.sign_public)
    assert sh(checks, extracted, DEVICE_PUB=other_pub).returncode != 0
    victim = next((extracted / "versions").glob("*.json"))
    victim.write_bytes(victim.read_bytes()[:-1] + b" ")
    failed = sh(checks, extracted, DEVICE_PUB=device_pub)
    assert failed.returncode != 0 and "FAILED" in failed.stdout

    # Issue 15: a bundle whose manifest is not signed by the device is unpacked no further
    # than the manifest: the recipe stops at its signature.
    from tests.test_bundle_kit import craft, signed_version

    forged = tmp_path / "forged"
    forged.mkdir()
    (forged / "bundle.qgb").write_bytes(craft(
        field, [archive], versions=[signed_version(field)], sign_key=other.identity.sign_key))
    shutil.copy(key, forged / "archive-key.txt")
    run = sh(recipe(), forged, DEVICE_PUB=device_pub)
    assert run.returncode != 0
    assert sorted(p.name for p in (forged / "bundle").iterdir()) == [
        "manifest.json", "manifest.json.minisig"]
    other.close()


def test_stock_tar_sees_only_plain_files(tmp_path: Path, sent: tuple[Vault, Vault, Path]
                                         ) -> None:
    _field, archive, bundle = sent
    (tmp_path / "k").write_text(str(archive.identity.box_identity) + "\n")
    listing = sh(f"age -d -i k {bundle.name} | tar -tv", tmp_path)
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert len(lines) == 9 and all(line.startswith("-rw-r--r-- 0/0") for line in lines)


def test_bundle_reencrypted_by_stock_age_imports(tmp_path: Path,
                                                 sent: tuple[Vault, Vault, Path]) -> None:
    _field, archive, bundle = sent
    (tmp_path / "k").write_text(str(archive.identity.box_identity) + "\n")
    again = sh(f"age -d -i k {bundle.name} | age -r {archive.identity.box_recipient} "
               "-o stock.qgb", tmp_path)
    assert again.returncode == 0, again.stderr
    assert import_(archive, tmp_path / "stock.qgb").status == "merged"
    # Same signed manifest, so the original is the same bundle.
    assert import_(archive, bundle).status == "duplicate"


def test_receipt_opens_with_stock_tools(tmp_path: Path, sent: tuple[Vault, Vault, Path]
                                        ) -> None:
    field, archive, bundle = sent
    import_(archive, bundle)
    receipts.issue(archive, field.identity.device_id, tmp_path / "receipt.age")
    (tmp_path / "dk").write_text(str(field.identity.box_identity) + "\n")
    pub = minisign.public_key_line(archive.identity.sign_key_id, archive.identity.sign_public)
    run = sh(f"mkdir r && age -d -i dk receipt.age | tar -x -C r && "
             f"minisign -V -P {pub} -m r/receipt.json", tmp_path)
    assert run.returncode == 0, run.stderr
    assert "qorgau receipt" in run.stdout


def test_vault_still_opens_after_cli_use(tmp_path: Path, cli: object,
                                         sent: tuple[Vault, Vault, Path]) -> None:
    """The secret-key export is audited and leaves the vault usable."""
    _field, archive, _bundle = sent
    archive.close()
    key = tmp_path / "key.txt"
    assert cli("identity", str(archive.path), "--age-secret-key",  # type: ignore[operator]
               str(key)).returncode == 0
    assert key.stat().st_mode & 0o077 == 0
    with Vault.open(archive.path, PASSPHRASE) as reopened:
        from storage import audit

        assert audit.entries(reopened.db, action="export_age_identity")
