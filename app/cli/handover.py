"""`qorgau export-keys`: the deliberate, audited hand-over of a vault's keys."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import Command, open_session, out
from app.usecases import handover
from storage.errors import EXIT_OK, InvalidInput


def cmd_export_keys(args: argparse.Namespace) -> int:
    if not args.i_understand:
        raise InvalidInput(f"{handover.WARNING} Run again with --i-understand to write them.")
    with open_session(args.vault) as session:
        done = handover.export_keys(session, Path(args.out), reason=args.reason or "")
    out({"folder": done.folder, "files": done.files, "originals": done.originals}, args.json,
        f"Keys written to {done.folder} ({', '.join(done.files)}); "
        f"{done.originals} evidence originals indexed.\n{handover.WARNING}\n"
        "How to use them: docs/longevity.md")
    return EXIT_OK


def register(command: Command) -> None:
    p = command("export-keys", cmd_export_keys,
                "hand over the keys that open this vault with stock tools (sqlcipher, age): "
                "deliberate and audited")
    p.add_argument("vault")
    p.add_argument("--out", required=True, metavar="FOLDER", help="a new folder")
    p.add_argument("--reason", required=True, help="why (kept in the audit log)")
    p.add_argument("--i-understand", action="store_true",
                   help="confirm that these files open every record to whoever holds them")
    p.add_argument("--json", action="store_true")
