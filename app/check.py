"""`qorgau check`: everything that can prove the vault is intact."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from app import disclosure, settings, stats
from app.records import Records
from storage import audit, keys
from storage.db import SQLError
from storage.errors import IntegrityFailure, InvalidInput
from storage.vault import Vault


def _guarded(problems: list[str], what: str, step: Callable[[], list[str]]) -> None:
    """Run one family of checks; a page put back from an old copy may make SQLite itself
    fail on the way, which is a finding (exit 5), never a crash (exit 1)."""
    try:
        problems += step()
    except (IntegrityFailure, InvalidInput) as exc:
        problems.append(f"{what}: {exc}")
    except SQLError as exc:
        problems.append(f"{what}: the database could not be read ({exc}): it was altered")


def check_vault(vault: Vault) -> dict[str, Any]:
    problems: list[str] = []
    warnings: list[str] = []
    db = vault.db
    _guarded(problems, "database", lambda: [f"database: {p}" for p in db.integrity_check()])
    records = Records(vault)
    _guarded(problems, "versions", records.verify_all)
    _guarded(problems, "audit log", lambda: audit.verify(db))
    _guarded(problems, "cross-checks", lambda: cross_checks(vault))
    _guarded(problems, "evidence", lambda: _missing_blobs(vault))
    params = vault.kdf_params()
    if params.below_floor:
        problems.append(
            f"the passphrase's key derivation is below the floor (Argon2id with "
            f"{params.memory_kib // 1024} MiB, at least {keys.KDF_MIN_MEMORY_KIB // 1024} MiB "
            "needed): a guess costs too little; change the passphrase to rebuild it")
    counts: dict[str, int] = {}
    head: tuple[int, str] = (0, "")

    def tally() -> list[str]:
        nonlocal head
        conflicts = db.one("SELECT count(*) FROM records WHERE head_count > 1")[0]
        if conflicts:
            warnings.append(f"{conflicts} record(s) have conflicting versions to resolve")
        suspect = db.one("SELECT count(*) FROM sync_suspect WHERE reviewed_at IS NULL")[0]
        if suspect:
            warnings.append(f"{suspect} version(s) from a seized device wait for review "
                            "(`qorgau suspects`)")
        counts.update({
            "records": db.one("SELECT count(*) FROM records WHERE deleted = 0")[0],
            "versions": db.one("SELECT count(*) FROM versions")[0],
            "evidence files": db.one("SELECT count(*) FROM blobs")[0],
            "audit entries": audit.head(db)[0],
        })
        head = audit.head(db)
        return []

    _guarded(problems, "counts", tally)
    return {"problems": problems, "warnings": warnings, "counts": counts,
            "audit_head": head[1], "device_id": vault.identity.device_id}


def _missing_blobs(vault: Vault) -> list[str]:
    missing = sum(1 for (sha,) in vault.db.iterate("SELECT sha256 FROM blobs")
                  if not vault.blobs.has(sha))
    return [f"{missing} evidence original(s) are missing from blobs/"] if missing else []


def cross_checks(vault: Vault) -> list[str]:
    """Tables that must agree with each other. SQLCipher authenticates each page but
    cannot tell an old copy of a page put back; such a rollback shows up here as
    records, heads, versions, the index and the audit log disagreeing."""
    db = vault.db
    problems = []

    def count(sql: str) -> int:
        return int(db.one(sql)[0])

    checks = [
        ("SELECT count(*) FROM heads h JOIN version_parents p ON p.parent_id = h.version_id",
         "head(s) have a child version"),
        ("SELECT count(*) FROM heads h LEFT JOIN versions v USING (version_id)"
         " WHERE v.version_id IS NULL", "head(s) name a missing version"),
        ("SELECT count(*) FROM records r LEFT JOIN versions v ON v.version_id = r.head"
         " WHERE v.version_id IS NULL", "record(s) show a missing version"),
        ("SELECT count(*) FROM (SELECT DISTINCT record_id FROM versions) v"
         " LEFT JOIN records r USING (record_id) WHERE r.record_id IS NULL",
         "record(s) have versions but no current state"),
        ("SELECT count(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM heads h"
         " WHERE h.record_id = r.record_id AND h.version_id = r.head)",
         "record(s) show a version that is not one of their heads"),
        ("SELECT count(*) FROM records r WHERE r.head_count !="
         " (SELECT count(*) FROM heads h WHERE h.record_id = r.record_id)",
         "record(s) disagree with their heads"),
        ("SELECT count(*) FROM versions v WHERE v.author = (SELECT device_id FROM device)"
         " AND v.clock > (SELECT clock FROM device)", "version(s) are newer than the device clock"),
        ("SELECT abs((SELECT count(*) FROM records WHERE deleted = 0)"
         " - (SELECT count(*) FROM search))", "record(s) missing from the search index"),
    ]
    for sql, what in checks:
        n = count(sql)
        if n:
            problems.append(f"{n} {what}")
    # Every version this device's audit log says it wrote must still be here, unless
    # its record was purged on purpose.
    purged = set()
    written = {}
    for action, detail in db.iterate(
            "SELECT action, detail FROM audit WHERE action IN ('write', 'delete', 'purge')"):
        data = json.loads(detail)
        if action == "purge":
            purged.update(data.get("record_ids", ()))
        else:
            written[data["version_id"]] = data["record_id"]
    have = {r[0] for r in db.iterate("SELECT version_id FROM versions")}
    lost = [v for v, rid in written.items() if v not in have and rid not in purged]
    if lost:
        problems.append(f"{len(lost)} version(s) recorded in the audit log are missing")
    if db.user_version() >= 5:  # the rows schema 5 derives for the consent rule and figures
        n = disclosure.facts_disagreeing(db)
        if n:
            problems.append(f"{n} consent row(s) disagree with the versions they come from")
        n = stats.figures_disagreeing(db)
        if n:
            problems.append(f"{n} record(s) have counted fields that disagree with their "
                            "bodies")
    config = dict(db.all("SELECT k, v FROM search_config"))
    if config != {"secure-delete": 1, "version": 5}:
        problems.append("the search index's configuration is not the current one (an old copy "
                        "was put back): deleted words may be left in it")
    for name in settings.audited_mismatches(db):
        problems.append(f"the setting {name} is not the value the audit log last recorded: "
                        "an old copy of it was put back")
    try:
        db.execute("INSERT INTO search (search) VALUES ('integrity-check')")
    except (IntegrityFailure, SQLError) as exc:
        problems.append(f"search index: {exc}")
    return problems
