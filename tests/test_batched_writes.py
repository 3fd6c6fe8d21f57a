"""The batched write path leaves exactly the derived rows the record-by-record path
leaves: the same records, links and search rows, with the same rowids."""

from __future__ import annotations

from typing import Any

from app.records import Records
from bench.storage import Workload, _resolve
from storage.vault import Vault

TABLES = {
    "records": "SELECT rowid, * FROM records ORDER BY rowid",
    "links": "SELECT * FROM links ORDER BY src, rel, dst",
    "search": "SELECT rowid, text, folded FROM search ORDER BY rowid",
}


def _snapshot(vault: Vault) -> dict[str, list[Any]]:
    return {name: vault.db.all(sql) for name, sql in TABLES.items()}


def test_bulk_add_derives_what_one_by_one_refresh_derives(vault: Vault) -> None:
    records = Records(vault)
    ids: dict[str, str] = {}
    for batch in Workload(1500, 3).batches(400):
        made = records.create_many([(it.kind, _resolve(it.body, ids)) for it in batch])
        ids.update({it.key: v.record_id for it, v in zip(batch, made, strict=True)})
    deleted = records.create("person", {"full_name": "Удалённый Тест"}).record_id
    records.delete(deleted, "test")
    batched = _snapshot(vault)
    assert len(batched["records"]) == 1501 and batched["search"] and batched["links"]

    # The same versions, derived again one record at a time by the general path.
    order = [r[0] for r in vault.db.all("SELECT record_id FROM records ORDER BY rowid")]
    with vault.db.transaction():
        for table in ("records", "links", "search"):
            vault.db.execute(f"DELETE FROM {table}")
        for record_id in order:
            records._refresh(record_id)
    again = _snapshot(vault)
    for name in TABLES:
        diff = [(a, b) for a, b in zip(batched[name], again[name], strict=True) if a != b]
        cols = [(i, x, y) for a, b in diff[:1] for i, (x, y) in enumerate(zip(a, b, strict=True))
                if x != y]
        assert not diff, (name, len(diff), cols)
