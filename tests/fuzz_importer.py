"""Fuzzing the importer: mutated bundles must never crash it, and every rejection must
carry a known reason code and a sentence, with the archive unchanged.

Two kinds of input, both re-encrypted to the archive (mutating the ciphertext only ever
reaches age's authentication, which tests/test_import_rejects.py covers region by region):

- byte-level mutations of a valid bundle's tar stream (flips, insertions, deletions,
  cuts, splices of tar headers);
- structural mutations of the manifest — any field replaced by arbitrary JSON — that are
  then properly signed by the enrolled device, so they reach the deepest checks.

In the suite, tests/test_import_fuzz.py runs a short hypothesis campaign. By hand, a
random campaign, or a coverage-guided one with atheris (libFuzzer; the seed bundles'
tar streams are its corpus, the remaining arguments are libFuzzer's):

    .venv/bin/python -m tests.fuzz_importer --seconds 600 [--seed N]
    .venv/bin/python -m tests.fuzz_importer --atheris -max_total_time=600
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage

from app import importer
from storage import canonical
from storage.errors import InvalidInput
from storage.vault import Vault
from sync import bundle as b
from tests.fastkdf import install

install()

KNOWN_CODES = {"not_addressed", "damaged", "truncated", "tar", "tar_member", "manifest",
               "limits", "unknown_device", "signature", "order", "count", "size", "hash",
               "version", "authors"}
OUTCOMES = {"merged", "duplicate", "rejected", "quarantined"}


@dataclass
class Target:
    """A field vault enrolled in an archive, and a few valid bundles' tar streams."""

    root: Path
    field: Vault
    archive: Vault
    seeds: list[bytes]
    stats: dict[str, int] = field(default_factory=dict)

    def close(self) -> None:
        self.field.close()
        self.archive.close()

    @classmethod
    def build(cls, root: Path) -> Target:
        from app.evidence import ingest
        from app.records import Records
        from tests.test_bundle_kit import export, link, make_vault, new_case

        field_vault = make_vault(root / "field", name="Fuzzed laptop")
        archive = make_vault(root / "archive", "archive")
        link(field_vault, archive)
        records = Records(field_vault)
        case_id = new_case(records)
        (root / "e.bin").write_bytes(os.urandom(3000))
        ingest(records, root / "e.bin", record_id=case_id)
        records.delete(records.create("person", {"pseudonym": "B-2", "protected": True})
                       .record_id, "entered twice")
        seeds = []
        for i in range(2):
            path = export(field_vault, root / f"seed{i}.qgb")
            seeds.append(pyrage.decrypt(path.read_bytes(), [archive.identity.box_identity]))
            records.update(case_id, {"title": f"Edit {i}", "city": "taraz"})
        return cls(root, field_vault, archive, seeds)

    def encrypt(self, plain: bytes) -> bytes:
        return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(
            self.archive.identity.box_recipient)])

    def fingerprint(self) -> tuple[Any, ...]:
        db = self.archive.db
        files = sorted(p.name for p in (self.archive.path / "blobs").rglob("*")
                       if p.is_file()) if (self.archive.path / "blobs").exists() else []
        return (db.one("SELECT count(*), group_concat(version_id) FROM versions"),
                db.one("SELECT max(seq), max(hash) FROM audit"),
                db.one("SELECT count(*) FROM sync_bundles"),
                db.one("SELECT count(*) FROM blobs"), tuple(files))

    def run(self, plain: bytes, *, dry_run: bool) -> importer.ImportReport:
        """Import one mutated tar stream and check the invariants."""
        path = self.root / "case.qgb"
        path.write_bytes(self.encrypt(plain))
        before = self.fingerprint()
        report = importer.import_bundle(self.archive, path, dry_run=dry_run)
        assert report.status in OUTCOMES, report
        key = report.status if report.status != "rejected" else f"rejected:{report.reason_code}"
        self.stats[key] = self.stats.get(key, 0) + 1
        if report.status == "rejected":
            assert report.reason_code in KNOWN_CODES, report
            assert isinstance(report.reason, str) and len(report.reason) > 15, report
        if report.status in ("rejected", "duplicate") or dry_run:
            assert self.fingerprint() == before, report
        return report


# --- mutations ---------------------------------------------------------------------------


def mutate_bytes(data: bytes, rng: random.Random, count: int = 3) -> bytes:
    buf = bytearray(data)
    for _ in range(count):
        if not buf:
            break
        op = rng.randrange(6)
        pos = rng.randrange(len(buf))
        if op == 0:
            buf[pos] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos] = rng.choice([0, 0x20, 0x2F, 0x30, 0x37, 0x2E, 0xFF, rng.randrange(256)])
        elif op == 2:
            del buf[pos:pos + rng.choice([1, 2, 512, rng.randrange(1, 2048)])]
        elif op == 3:
            buf[pos:pos] = os.urandom(rng.choice([1, 7, 512]))
        elif op == 4:
            del buf[pos:]
        else:  # tar-aware: corrupt a field of a header block
            block = rng.randrange(max(1, len(buf) // 512)) * 512
            offset = block + rng.choice([0, 100, 124, 136, 148, 156, 157, 257, 345])
            if offset < len(buf):
                buf[offset] = rng.choice(b"0125xLK/.\x00 7")
    return bytes(buf)


def json_value(rng: random.Random, depth: int = 0) -> Any:
    choice = rng.randrange(9 if depth < 3 else 6)
    if choice == 0:
        return None
    if choice == 1:
        return rng.choice([True, False])
    if choice == 2:
        return rng.choice([0, -1, 1, 2**53, 10**12, 8**11, rng.randrange(-10**6, 10**6)])
    if choice == 3:
        return rng.choice(["", "../x", "/etc/passwd", "blobs/" + "a" * 64, "versions/x.json",
                           "0" * 64, "\u202e", "x" * 300, "AGE-SECRET-KEY-1"])
    if choice == 4:
        return hashlib.sha256(os.urandom(8)).hexdigest()
    if choice == 5:
        return "01900000-0000-7000-8000-0000000000" + f"{rng.randrange(100):02d}"
    if choice in (6, 7):
        return [json_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(["name", "size", "sha256", "device_id", "x"]): json_value(rng, depth + 1)
            for _ in range(rng.randrange(4))}


def _paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*prefix, i))
    return out


def mutate_manifest(target: Target, plain: bytes, rng: random.Random) -> bytes:
    """Change the manifest structurally, re-sign it with the device's real key, and keep
    the rest of the stream: the importer's deepest checks see it."""
    tar = b.TarReader(io.BytesIO(plain))
    entries: list[tuple[str, bytes]] = []
    while (head := tar.next()) is not None:
        entries.append((head[0], tar.read_member(head[1], 1 << 30)))
    obj = json.loads(entries[0][1])
    for _ in range(rng.randrange(1, 3)):
        path = rng.choice(_paths(obj)[1:])
        parent = obj
        for key in path[:-1]:
            parent = parent[key]
        if rng.random() < 0.2 and isinstance(parent, list):
            parent.pop(path[-1])
        else:
            parent[path[-1]] = json_value(rng)
    try:
        manifest = canonical.dumps(obj)
    except ValueError:
        manifest = json.dumps(obj).encode()
    me = target.field.identity
    bundle_id = obj.get("bundle_id") if isinstance(obj.get("bundle_id"), str) else ""
    seq = obj.get("seq") if type(obj.get("seq")) is int else 0
    sums = entries[2][1]
    try:
        msig, ssig = b.sign_header(me.sign_key, me.sign_key_id, manifest, bundle_id, seq, sums)
    except (UnicodeEncodeError, InvalidInput):  # a bundle id no comment can carry
        msig, ssig = b.sign_header(me.sign_key, me.sign_key_id, manifest, "x", seq, sums)
    entries[0:4] = [(b.MANIFEST, manifest), (b.MANIFEST_SIG, msig), (b.SUMS, sums),
                    (b.SUMS_SIG, ssig)]
    out = io.BytesIO()
    writer = b.TarWriter(out, 0)
    for name, data in entries:
        writer.add_bytes(name, data)
    writer.close()
    return out.getvalue()


def one_case(target: Target, rng: random.Random, *, dry_run: bool) -> importer.ImportReport:
    seed = rng.choice(target.seeds)
    if rng.random() < 0.4:
        plain = mutate_manifest(target, seed, rng)
    else:
        plain = mutate_bytes(seed, rng, rng.randrange(1, 5))
    return target.run(plain, dry_run=dry_run)


def fuzz_with_atheris(argv: list[str]) -> None:
    """libFuzzer mutates the plaintext tar stream with coverage feedback; one input in
    four is instead a structured (re-signed) manifest mutation seeded by its bytes."""
    import sys

    import atheris

    root = Path(tempfile.mkdtemp(prefix="qorgau-fuzz-"))
    target = Target.build(root)
    corpus = root / "corpus"
    corpus.mkdir()
    for i, seed in enumerate(target.seeds):
        (corpus / f"seed{i}").write_bytes(seed)

    def one(data: bytes) -> None:
        if data[:1] == b"S":
            target.run(mutate_manifest(target, target.seeds[0], random.Random(data)),
                       dry_run=True)
        else:
            target.run(data, dry_run=True)

    atheris.instrument_all()  # the modules are imported already: instrument them now
    atheris.Setup([sys.argv[0], *argv, str(corpus)], one)
    atheris.Fuzz()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--atheris", action="store_true", help="coverage-guided (libFuzzer)")
    args, rest = parser.parse_known_args()
    if args.atheris:
        fuzz_with_atheris(rest)
        return
    rng = random.Random(args.seed)
    root = Path(tempfile.mkdtemp(prefix="qorgau-fuzz-"))
    target = Target.build(root)
    runs, deadline = 0, time.monotonic() + args.seconds
    try:
        while time.monotonic() < deadline:
            one_case(target, rng, dry_run=runs % 2 == 0)
            runs += 1
    finally:
        target.close()
        shutil.rmtree(root, ignore_errors=True)
    print(f"seed {args.seed}: {runs} bundles, no crash")
    for key, count in sorted(target.stats.items(), key=lambda kv: -kv[1]):
        print(f"  {count:>6}  {key}")


if __name__ == "__main__":
    main()
