"""Coordinator commands for a seized or hostile device (app.usecases.seizure):

    qorgau grant VAULT DEVICE --records-of OWNER --reason TEXT
    qorgau grants VAULT [--json]
    qorgau suspects VAULT [--all] [--json]
    qorgau suspect-reviewed VAULT VERSION --reason TEXT

`revoke` (with --since) stays with the other device commands in app/cli/bundles.py.
Registered by app.cli.main (`_extensions`).
"""

from __future__ import annotations

import argparse

from app.cli.common import Command, open_session, out
from storage.errors import EXIT_OK


def cmd_grant(args: argparse.Namespace) -> int:
    from app.usecases import seizure

    with open_session(args.vault) as session:
        seizure.grant(session, args.device_id, args.records_of, args.reason)
    print(f"device {args.device_id} may now write the records of {args.records_of}")
    return EXIT_OK


def cmd_grants(args: argparse.Namespace) -> int:
    from app.usecases import seizure

    with open_session(args.vault) as session:
        rows = seizure.grants(session)
    out(rows, args.json, "\n".join(f"{g['grantee']} writes records of {g['owner']}"
                                   f"  ({g['granted_at']}: {g['reason']})" for g in rows)
        or "no grants: each device writes only the records it created")
    return EXIT_OK


def cmd_suspects(args: argparse.Namespace) -> int:
    from app.usecases import seizure

    with open_session(args.vault) as session:
        rows = seizure.suspects(session, include_reviewed=args.all)
    lines = [f"{s['version_id']}  {s['kind'] or '?'} {s['record_id']}  {s['title'] or ''}"
             f"  from {s['device_name'] or s['device_id']}"
             + (f"  reviewed {s['reviewed_at']}: {s['review_reason']}" if s["reviewed_at"]
                else "") for s in rows]
    out(rows, args.json, "\n".join(lines) or "nothing waits for review")
    return EXIT_OK


def cmd_suspect_reviewed(args: argparse.Namespace) -> int:
    from app.usecases import seizure

    with open_session(args.vault) as session:
        seizure.review_suspect(session, args.version_id, args.reason)
    print(f"version {args.version_id} reviewed; the reason is in the audit log")
    return EXIT_OK


def register(command: Command) -> None:
    p = command("grant", cmd_grant, "archive: let a device write the records another "
                "device created (a case handed over)")
    p.add_argument("vault")
    p.add_argument("device_id")
    p.add_argument("--records-of", required=True, metavar="OWNER",
                   help="the device whose records it may write")
    p.add_argument("--reason", required=True)
    p = command("grants", cmd_grants, "archive: list write authority granted")
    p.add_argument("vault")
    p.add_argument("--json", action="store_true")
    p = command("suspects", cmd_suspects, "archive: versions a seized device sent after "
                "the seizure, waiting for review")
    p.add_argument("vault")
    p.add_argument("--all", action="store_true", help="include those already reviewed")
    p.add_argument("--json", action="store_true")
    p = command("suspect-reviewed", cmd_suspect_reviewed,
                "archive: mark a flagged version as checked with the field worker")
    p.add_argument("vault")
    p.add_argument("version_id")
    p.add_argument("--reason", required=True)
