"""`qorgau check`: everything that can prove the vault is intact."""

from __future__ import annotations

from typing import Any

from app.records import Records
from storage import audit
from storage.vault import Vault


def check_vault(vault: Vault) -> dict[str, Any]:
    problems: list[str] = []
    warnings: list[str] = []
    db = vault.db
    problems += [f"database: {p}" for p in db.integrity_check()]
    records = Records(vault)
    problems += records.verify_all()
    problems += audit.verify(db)
    # Heads must be exactly the versions no other version names as parent.
    orphan_heads = db.one(
        "SELECT count(*) FROM heads h JOIN version_parents p ON p.parent_id = h.version_id")[0]
    if orphan_heads:
        problems.append(f"{orphan_heads} head(s) have a child version: derived state is stale")
    missing = 0
    for (sha,) in db.execute("SELECT sha256 FROM blobs"):
        if not vault.blobs.has(sha):
            missing += 1
    if missing:
        problems.append(f"{missing} evidence original(s) are missing from blobs/")
    if vault.kdf_params().is_test_grade:
        warnings.append("this vault's passphrase uses weak test-only key derivation")
    conflicts = db.one("SELECT count(*) FROM records WHERE head_count > 1")[0]
    if conflicts:
        warnings.append(f"{conflicts} record(s) have conflicting versions to resolve")
    counts = {
        "records": db.one("SELECT count(*) FROM records WHERE deleted = 0")[0],
        "versions": db.one("SELECT count(*) FROM versions")[0],
        "evidence files": db.one("SELECT count(*) FROM blobs")[0],
        "audit entries": audit.head(db)[0],
    }
    return {"problems": problems, "warnings": warnings, "counts": counts,
            "audit_head": audit.head(db)[1], "device_id": vault.identity.device_id}


def verify_blobs(vault: Vault) -> list[str]:
    """Decrypt and re-hash every original (slow: reads every byte)."""
    problems = []
    for (sha,) in vault.db.all("SELECT sha256 FROM blobs"):
        try:
            vault.blobs.copy_to(sha, None)
        except Exception as exc:
            problems.append(str(exc))
    return problems
