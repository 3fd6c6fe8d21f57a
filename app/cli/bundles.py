"""Command-line subcommands for identity cards, trust, bundles and receipts.

Registered by app.cli.main through `register(command)`. Exit codes of verify/import:
0 merged (or would merge), 10 duplicate, 11 rejected, 12 quarantined; with several
files, the most urgent outcome (quarantined > rejected > duplicate > merged) decides.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import Command
from app.cli.common import open_vault as _open
from app.cli.common import out as _print
from storage.errors import EXIT_OK, InvalidInput, NotFound


def _read_card(path: str) -> bytes:
    file = Path(path)
    if not file.is_file():
        raise NotFound(f"no such card file: {path}")
    return file.read_bytes()


# --- identity and trust --------------------------------------------------------------------


def cmd_identity(args: argparse.Namespace) -> int:
    from storage.atomic import write_atomic
    from sync import card as cardmod
    from sync import minisign, trust

    with _open(args.vault) as vault:
        card = trust.own_card(vault)
        if args.age_secret_key:
            # For the stock-tool recipe (docs/bundle-format.md): with this file anyone can
            # open every bundle sent to this vault. Recorded in the audit log.
            write_atomic(Path(args.age_secret_key),
                         f"# Qorgau {card.role} {card.device_id}: SECRET age identity\n"
                         f"# public key: {card.age_recipient}\n"
                         f"{vault.identity.box_identity}\n".encode())
            vault.audit("export_age_identity", {"device_id": card.device_id})
    if args.out:
        write_atomic(Path(args.out), cardmod.to_json(card), mode=0o644)
    fingerprint = cardmod.fingerprint(card)
    data = {"device_id": card.device_id, "name": card.name, "role": card.role,
            "minisign_public_key": minisign.public_key_line(card.sign_key_id, card.sign_public),
            "age_recipient": card.age_recipient, "fingerprint": fingerprint}
    lines = [f"{k:<20} {v}" for k, v in data.items()]
    if args.out:
        lines.append(f"card written to {args.out}: give it to the other side and read the "
                     "fingerprint aloud to them")
    _print(data, args.json, "\n".join(lines))
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    from sync import card as cardmod
    from sync import trust

    with _open(args.vault) as vault:
        card = trust.trust(vault, _read_card(args.card), args.fingerprint)
    print(f"trusted coordinator {card.name!r} ({card.device_id})\n"
          f"fingerprint {cardmod.fingerprint(card)} — it must match what the coordinator reads "
          "to you")
    return EXIT_OK


def cmd_enroll(args: argparse.Namespace) -> int:
    from sync import card as cardmod
    from sync import trust

    with _open(args.vault) as vault:
        card = trust.enroll(vault, _read_card(args.card), args.fingerprint)
    print(f"enrolled {card.role} device {card.name!r} ({card.device_id})\n"
          f"fingerprint {cardmod.fingerprint(card)} — it must match what its owner reads to you")
    return EXIT_OK


def cmd_revoke(args: argparse.Namespace) -> int:
    from sync import trust

    with _open(args.vault) as vault:
        done = trust.revoke(vault, args.device_id, args.after_seq)
    print(f"revoked {done['name']!r} ({done['device_id']}): its bundles numbered above "
          f"{done['after_seq']} will be quarantined")
    return EXIT_OK


def cmd_devices(args: argparse.Namespace) -> int:
    from sync import trust

    with _open(args.vault) as vault:
        data = {"trusted_coordinators": [
                    {"device_id": c.device_id, "name": c.name}
                    for c in trust.trusted(vault.db)],
                "enrolled_devices": trust.enrolled(vault.db)}
    lines = [f"coordinator  {c['device_id']}  {c['name']}" for c in data["trusted_coordinators"]]
    for d in data["enrolled_devices"]:
        state = f"revoked after seq {d['revoked_after_seq']}" if d["revoked_at"] else "enrolled"
        gaps = f" missing {d['missing']}" if d["missing"] else ""
        lines.append(f"{d['role']:<12} {d['device_id']}  {d['name']}  last seq {d['last_seq']}"
                     f"  {state}{gaps}")
    _print(data, args.json, "\n".join(lines) or "no coordinators or devices yet")
    return EXIT_OK


# --- bundles -------------------------------------------------------------------------------


def cmd_export(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from app.exporter import export

    with _open(args.vault) as vault:
        report = export(vault, Path(args.out), everything=args.all)
    lines = []
    if report.written:
        lines.append(f"bundle {report.seq} written to {report.path}: {report.versions} "
                     f"version(s), {report.blobs} evidence file(s), {report.bytes} bytes, "
                     f"sealed to {', '.join(report.recipients)}")
    else:
        lines.append("nothing to export: the coordinators hold everything (use --all to "
                     "send everything again)")
    for w in report.withheld:
        lines.append(f"withheld {w['kind']} {w['record_id']}: {w['reason']}")
    _print(asdict(report), args.json, "\n".join(lines))
    return EXIT_OK


def _bundle_lines(r: Any) -> list[str]:
    head = f"{r.file}: {r.status.upper()}" + (" (verify only, nothing changed)" if r.dry_run
                                               else "")
    lines = [head]
    if r.device_id:
        lines.append(f"  from {r.device_name!r} ({r.device_id}), bundle {r.seq}")
    if r.reason:
        lines.append(f"  reason: {r.reason}")
    if r.status == "merged":
        lines.append(f"  records new {r.records_new}, already known {r.records_known}; versions "
                     f"new {r.versions_new}, already known {r.versions_known}; evidence files "
                     f"new {r.blobs_new}")
        if r.conflicts:
            lines.append(f"  {len(r.conflicts)} record(s) in conflict, to resolve: "
                         + ", ".join(r.conflicts))
        if r.gaps:
            lines.append(f"  bundles never received from this device: {r.gaps}")
    return lines


def _run_bundles(args: argparse.Namespace, dry_run: bool) -> int:
    from app.importer import import_bundle, summary_code

    reports = []
    with _open(args.vault) as vault:
        for name in args.files:
            reports.append(import_bundle(vault, Path(name), dry_run=dry_run))
    for r in reports:
        if r.alert:
            print(r.alert, file=sys.stderr)
    _print([r.to_json() for r in reports] if len(reports) > 1 else reports[0].to_json(),
           args.json, "\n".join(line for r in reports for line in _bundle_lines(r)))
    return summary_code(reports)


def cmd_verify(args: argparse.Namespace) -> int:
    return _run_bundles(args, dry_run=True)


def cmd_import(args: argparse.Namespace) -> int:
    return _run_bundles(args, dry_run=False)


def cmd_quarantine(args: argparse.Namespace) -> int:
    from app.importer import quarantined, release

    with _open(args.vault) as vault:
        if args.release:
            report = release(vault, args.release)
            _print(report.to_json(), args.json, "\n".join(_bundle_lines(report)))
            return report.exit_code
        rows = quarantined(vault)
    _print(rows, args.json, "\n".join(
        f"{q['bundle_sha256']}  {q['device_name']} seq {q['seq']}  {q['reason']}"
        + (f"  released {q['released_at']}" if q["released_at"] else "")
        + f"\n  {q['alert']}" for q in rows) or "no quarantined bundles")
    return EXIT_OK


# --- receipts --------------------------------------------------------------------------------


def cmd_receipt(args: argparse.Namespace) -> int:
    from app.receipts import issue

    with _open(args.vault) as vault:
        report = issue(vault, args.device_id, Path(args.out))
    _print(report.to_json(), args.json,
           f"receipt written to {report.path}: {report.versions} version(s), {report.blobs} "
           f"evidence file(s) held for device {report.device_id}")
    return EXIT_OK


def cmd_accept_receipt(args: argparse.Namespace) -> int:
    from app.receipts import accept

    with _open(args.vault) as vault:
        report = accept(vault, Path(args.file))
    _print(report.to_json(), args.json,
           f"receipt {report.receipt_id} from {report.coordinator!r}: {report.status}; "
           f"{report.versions_acknowledged} version(s) and {report.blobs_acknowledged} "
           "evidence file(s) acknowledged")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from app.receipts import purge_acknowledged

    if not args.acknowledged:
        raise InvalidInput("purge needs --acknowledged: only what a coordinator acknowledged "
                           "can be removed from this device")
    with _open(args.vault) as vault:
        count = purge_acknowledged(vault)
    _print({"purged": count}, args.json,
           f"{count} acknowledged record(s) removed from this device (the archive keeps them)")
    return EXIT_OK


# --- conflicts -----------------------------------------------------------------------------


def cmd_conflicts(args: argparse.Namespace) -> int:
    from app.records import Records

    with _open(args.vault) as vault:
        records = Records(vault)
        rows = vault.db.all("SELECT record_id FROM records WHERE head_count > 1"
                            " ORDER BY updated_at")
        data = []
        for (rid,) in rows:
            rec = records.get(rid)
            data.append({"record_id": rid, "kind": rec.kind, "title": rec.title, "heads": [
                {"version_id": v.version_id, "author": v.author, "clock": v.clock,
                 "created_at": v.created_at, "tombstone": v.tombstone}
                for v in (records.version(h) for h in rec.heads)]})
    _print(data, args.json, "\n".join(
        f"{d['record_id']}  {d['kind']}  {d['title']}\n" + "\n".join(
            f"    {h['version_id']}  by {h['author']} at {h['created_at']}"
            + (f" (deleted: {h['tombstone']})" if h["tombstone"] else "") for h in d["heads"])
        for d in data) or "no conflicts")
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace) -> int:
    from app.records import Records

    with _open(args.vault) as vault:
        records = Records(vault)
        rec = records.get(args.record_id)
        if len(rec.heads) < 2:
            raise InvalidInput(f"record {args.record_id} is not in conflict")
        if args.keep:
            chosen = records.version(args.keep)
            if chosen.version_id not in rec.heads:
                raise InvalidInput(f"{args.keep} is not one of the conflicting versions")
            if chosen.tombstone is not None:
                version = records.delete(args.record_id, chosen.tombstone)
            else:
                version = records.update(args.record_id, chosen.body, parents=rec.heads)
        else:
            body = json.loads(Path(args.body).read_text(encoding="utf-8"))
            if not isinstance(body, dict):
                raise InvalidInput("the body file must hold a JSON object")
            version = records.update(args.record_id, body, parents=rec.heads)
    print(f"resolved {args.record_id}: version {version.version_id} supersedes "
          f"{len(rec.heads)} conflicting versions")
    return EXIT_OK


def register(command: Command) -> None:
    p = command("identity", cmd_identity, "show this vault's identity card and fingerprint")
    p.add_argument("vault")
    p.add_argument("--out", metavar="FILE", help="write the card (public keys) to FILE")
    p.add_argument("--age-secret-key", metavar="FILE",
                   help="write the SECRET age key that opens bundles sent to this vault, for "
                        "the stock-tool recipe (keep it off shared disks)")
    p.add_argument("--json", action="store_true")
    p = command("trust", cmd_trust, "trust a coordinator's archive: seal bundles to it")
    p.add_argument("vault")
    p.add_argument("card")
    p.add_argument("--fingerprint", help="refuse unless the card has this fingerprint")
    p = command("enroll", cmd_enroll, "archive: accept bundles signed by this device")
    p.add_argument("vault")
    p.add_argument("card")
    p.add_argument("--fingerprint", help="refuse unless the card has this fingerprint")
    p = command("revoke", cmd_revoke, "archive: quarantine a seized device's further bundles")
    p.add_argument("vault")
    p.add_argument("device_id")
    p.add_argument("--after-seq", type=int, metavar="N",
                   help="bundles numbered up to N stay valid (default: the last one imported)")
    p = command("devices", cmd_devices, "list trusted coordinators and enrolled devices")
    p.add_argument("vault")
    p.add_argument("--json", action="store_true")
    p = command("export", cmd_export,
                "seal what the coordinators have not acknowledged into a bundle file")
    p.add_argument("vault")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--all", action="store_true", help="every record, acknowledged or not")
    p.add_argument("--json", action="store_true")
    for name, handler, text in (
            ("verify", cmd_verify, "archive: check bundles without changing anything"),
            ("import", cmd_import, "archive: verify, import and merge bundles")):
        p = command(name, handler, text + " (exit 0 merged, 10 duplicate, 11 rejected, "
                                          "12 quarantined)")
        p.add_argument("vault")
        p.add_argument("files", nargs="+", metavar="FILE")
        p.add_argument("--json", action="store_true")
    p = command("quarantine", cmd_quarantine, "archive: list quarantined bundles, or release one")
    p.add_argument("vault")
    p.add_argument("--release", metavar="BUNDLE_SHA256",
                   help="merge this bundle after checking it with the field worker")
    p.add_argument("--json", action="store_true")
    p = command("receipt", cmd_receipt, "archive: write a signed receipt for a device")
    p.add_argument("vault")
    p.add_argument("--for", dest="device_id", required=True, metavar="DEVICE_ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p = command("accept-receipt", cmd_accept_receipt,
                "check a coordinator's receipt and mark what it holds as acknowledged")
    p.add_argument("vault")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p = command("purge", cmd_purge, "remove acknowledged records from this device (no tombstone)")
    p.add_argument("vault")
    p.add_argument("--acknowledged", action="store_true", required=True)
    p.add_argument("--json", action="store_true")
    p = command("conflicts", cmd_conflicts, "list records edited in parallel on several devices")
    p.add_argument("vault")
    p.add_argument("--json", action="store_true")
    p = command("resolve", cmd_resolve,
                "resolve a conflict with a version whose parents are all conflicting versions")
    p.add_argument("vault")
    p.add_argument("record_id")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--keep", metavar="VERSION_ID", help="keep this version's content")
    group.add_argument("--body", metavar="FILE", help="a merged body (JSON object)")
