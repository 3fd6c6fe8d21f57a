"""Command-line subcommands for identity cards, trust, bundles and receipts.

Registered by app.cli.main through `register(command)`. Each command parses its
arguments, calls one action of the use-case layer (app.usecases) and prints; the rules
are there, shared with the desktop. Exit codes of verify/import: 0 merged (or would
merge), 10 duplicate, 11 rejected, 12 quarantined; with several files, every file is
tried and the worst outcome decides: a file that could not be read at all (its own
code, e.g. 7 not found), then quarantined > rejected > duplicate > merged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.common import Command
from app.cli.common import open_session as _open
from app.cli.common import out as _print
from storage.errors import EXIT_OK, InvalidInput, NotFound, UsageError

# --- identity and trust --------------------------------------------------------------------


def cmd_identity(args: argparse.Namespace) -> int:
    from app.usecases import devices

    with _open(args.vault) as session:
        data = devices.identity(
            session, card_out=Path(args.out) if args.out else None,
            age_secret_out=Path(args.age_secret_key) if args.age_secret_key else None)
    lines = [f"{k:<20} {v}" for k, v in data.items()]
    if args.out:
        lines.append(f"card written to {args.out}: give it to the other side and read the "
                     "fingerprint aloud to them")
    _print(data, args.json, "\n".join(lines))
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    from app.usecases import coordinators

    with _open(args.vault) as session:
        info = coordinators.trust(session, coordinators.read_card_file(Path(args.card)),
                                  args.fingerprint)
    print(f"trusted coordinator {info.name!r} ({info.device_id})\n"
          f"fingerprint {info.fingerprint} — it must match what the coordinator reads to you")
    return EXIT_OK


def cmd_enroll(args: argparse.Namespace) -> int:
    from app.usecases import devices

    with _open(args.vault) as session:
        card = devices.enroll(session, devices.read_card_file(Path(args.card)), args.fingerprint)
    print(f"enrolled {card['role']} device {card['name']!r} ({card['device_id']})\n"
          f"fingerprint {card['fingerprint']} — it must match what its owner reads to you")
    return EXIT_OK


def cmd_revoke(args: argparse.Namespace) -> int:
    from app.usecases import devices

    with _open(args.vault) as session:
        done = devices.revoke(session, args.device_id, reason=args.reason,
                              seized_on=args.seized_on, after_seq=args.after_seq)
    print(f"revoked {done['name']!r} ({done['device_id']}): from now on nothing it signs or "
          "authors is merged without review; "
          f"{done['suspect_versions']} version(s) already imported are flagged for review "
          "(`qorgau suspects`)")
    return EXIT_OK


def cmd_devices(args: argparse.Namespace) -> int:
    from app.usecases import devices

    with _open(args.vault) as session:
        data = devices.listing(session)
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

    from app.cli.progress import ProgressLine
    from app.usecases import export

    with _open(args.vault) as session, ProgressLine("sealing") as line:
        report = export.export_bundle(session, Path(args.out), everything=args.all,
                                      dry_run=args.dry_run, lang=args.lang,
                                      progress=None if args.dry_run else line)
    if args.dry_run:
        from app.cli.consent import preview_lines

        _print(asdict(report), args.json, "\n".join(
            [f"dry run, nothing written: {report.versions} version(s) and {report.blobs} "
             "evidence file(s) would be sealed", *preview_lines(report.preview)]))
        return EXIT_OK
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
    from app.usecases import receiving

    with _open(args.vault) as session:
        batch = receiving.import_bundles(session, [Path(f) for f in args.files], dry_run=dry_run,
                                         receipts=getattr(args, "receipts", False))
    items = []
    lines: list[str] = []
    for r, exc in batch.reports:
        if exc is not None:
            code = receiving.error_code(exc)
            items.append({**r.to_json(), "error": str(exc), "exit_code": code})
            lines += [f"{r.file}: NOT READ (exit {code})", f"  reason: {exc}"]
            continue
        if r.alert:
            print(r.alert, file=sys.stderr)
        items.append(r.to_json())
        lines += _bundle_lines(r)
    for rc in batch.receipts_written:
        lines.append(f"receipt for {rc['device_name']!r} written to {rc['path']}")
    for device_id, exc in batch.receipt_errors:
        lines.append(f"no receipt for device {device_id}: {exc}")
    _print(items if len(items) > 1 else items[0], args.json, "\n".join(lines))
    return batch.exit_code


def cmd_verify(args: argparse.Namespace) -> int:
    return _run_bundles(args, dry_run=True)


def cmd_import(args: argparse.Namespace) -> int:
    return _run_bundles(args, dry_run=False)


def cmd_quarantine(args: argparse.Namespace) -> int:
    from app.usecases import quarantine

    chosen = args.release or args.discard
    if chosen and not (args.reason or "").strip():
        raise UsageError("--release and --discard need --reason: say why (it is kept in the "
                         "custody log)")
    with _open(args.vault) as session:
        if args.release:
            report = quarantine.release(session, args.release, args.reason)
            _print(report.to_json(), args.json, "\n".join(_bundle_lines(report)))
            return report.exit_code
        if args.discard:
            quarantine.discard(session, args.discard, args.reason)
            _print({"discarded": args.discard}, args.json,
                   f"discarded quarantined bundle {args.discard}: its encrypted copy is gone, "
                   "the decision and the reason are in the audit log")
            return EXIT_OK
        rows = quarantine.pending(session)
    _print(rows, args.json, "\n".join(
        f"{q['bundle_sha256']}  {q['device_name']} seq {q['seq']}  {q['reason']}"
        + (f"  released {q['released_at']}" if q["released_at"] else "")
        + f"\n  {q['alert']}" for q in rows) or "no quarantined bundles")
    return EXIT_OK


# --- receipts --------------------------------------------------------------------------------


def cmd_receipt(args: argparse.Namespace) -> int:
    from app.usecases import receipts

    with _open(args.vault) as session:
        report = receipts.write_receipt(session, args.device_id, Path(args.out))
    _print(report, args.json,
           f"receipt written to {report['path']}: {report['versions']} version(s), "
           f"{report['blobs']} evidence file(s) held for device {report['device_id']}")
    return EXIT_OK


def cmd_accept_receipt(args: argparse.Namespace) -> int:
    from app.usecases import receipts

    with _open(args.vault) as session:
        report, plan = receipts.accept_receipt(session, Path(args.file))
    _print({**report.to_json(), "purgeable": len(plan.ids)}, args.json,
           f"receipt {report.receipt_id} from {report.coordinator!r}: {report.status}; "
           f"{report.versions_acknowledged} version(s) and {report.blobs_acknowledged} "
           f"evidence file(s) acknowledged; {len(plan.ids)} record(s) may now be removed "
           "from this device (`qorgau purge --acknowledged`)")
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from app.usecases import receipts

    with _open(args.vault) as session:
        count, _gone = receipts.purge(session)
    _print({"purged": count}, args.json,
           f"{count} acknowledged record(s) removed from this device (the archive keeps them)")
    return EXIT_OK


# --- conflicts -----------------------------------------------------------------------------


def cmd_conflicts(args: argparse.Namespace) -> int:
    from app.usecases import conflicts

    with _open(args.vault) as session:
        data = conflicts.listing(session)
    _print(data, args.json, "\n".join(
        f"{d['record_id']}  {d['kind']}  {d['title']}\n" + "\n".join(
            f"    {h['version_id']}  by {h['author']} at {h['created_at']}"
            + (f" (deleted: {h['tombstone']})" if h["tombstone"] else "") for h in d["heads"])
        for d in data) or "no conflicts")
    return EXIT_OK


def _body(path: str) -> dict[str, Any]:
    file = Path(path)
    if not file.is_file():
        raise NotFound(f"no such file: {path}")
    try:
        body = json.loads(file.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"the body file is not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise InvalidInput("the body file must hold a JSON object")
    return body


def cmd_resolve(args: argparse.Namespace) -> int:
    from app.usecases import conflicts

    heads = [h.strip() for h in args.heads.split(",") if h.strip()] if args.heads else None
    body = _body(args.body) if args.body else None
    with _open(args.vault) as session:
        version = conflicts.resolve(session, args.record_id, heads, body=body,
                                    keep=args.keep, delete_reason=args.delete)
    print(f"resolved {args.record_id}: version {version.version_id} supersedes "
          f"{len(version.parents)} conflicting versions")
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
    p = command("revoke", cmd_revoke,
                "archive: cut a seized device off; what it signs or authors from now on is"
                " quarantined")
    p.add_argument("vault")
    p.add_argument("device_id")
    p.add_argument("--reason", required=True,
                   help="why (seized at a checkpoint, lost…): kept in the custody log")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--seized-on", metavar="YYYY-MM-DD",
                      help="the day it was seized: what the archive took in from it since"
                           " then is flagged for review")
    when.add_argument("--after-seq", type=int, metavar="N",
                      help="flag for review what its bundles numbered above N brought"
                           " (default: none already imported)")
    p = command("devices", cmd_devices, "list trusted coordinators and enrolled devices")
    p.add_argument("vault")
    p.add_argument("--json", action="store_true")
    p = command("export", cmd_export,
                "seal what the coordinators have not acknowledged into a bundle file")
    p.add_argument("vault")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--all", action="store_true", help="every record, acknowledged or not")
    p.add_argument("--dry-run", action="store_true",
                   help="write nothing: list what would go and what consent keeps here")
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en",
                   help="language of the --dry-run preview")
    p.add_argument("--json", action="store_true")
    for name, handler, text in (
            ("verify", cmd_verify, "archive: check bundles without changing anything"),
            ("import", cmd_import, "archive: verify, import and merge bundles")):
        p = command(name, handler, text + " (exit 0 merged, 10 duplicate, 11 rejected, "
                                          "12 quarantined)")
        p.add_argument("vault")
        p.add_argument("files", nargs="+", metavar="FILE")
        p.add_argument("--json", action="store_true")
        if name == "import":
            p.add_argument("--receipts", action="store_true",
                           help="write a receipt for each device next to its bundles")
    p = command("quarantine", cmd_quarantine,
                "archive: list quarantined bundles, or release or discard one")
    p.add_argument("vault")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--release", metavar="BUNDLE_SHA256",
                       help="merge this bundle after checking it with the field worker")
    which.add_argument("--discard", metavar="BUNDLE_SHA256",
                       help="delete this quarantined bundle without merging it")
    p.add_argument("--reason", help="why (required with --release and --discard)")
    p.add_argument("--json", action="store_true")
    p = command("receipt", cmd_receipt, "archive: write a signed receipt for a device")
    p.add_argument("vault")
    p.add_argument("--for", dest="device_id", required=True, metavar="DEVICE_ID")
    p.add_argument("--out", required=True, metavar="FILE_OR_DIR")
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
    group.add_argument("--delete", metavar="REASON", help="resolve by deleting the record")
    p.add_argument("--heads", metavar="ID,ID",
                   help="the conflicting versions you compared (as `conflicts` listed "
                        "them): refused if the record has changed since")
