"""`qorgau custody VAULT RECORD_ID`: the chain of custody of a record or an evidence file,
the same read model the coordinator's desk shows (app.usecases.custody.timeline)."""

from __future__ import annotations

import argparse

from app.cli.common import Command, open_session, out
from storage.errors import EXIT_OK


def cmd_custody(args: argparse.Namespace) -> int:
    from app.usecases import custody

    with open_session(args.vault) as session:
        data = custody.timeline(session, args.record_id, args.lang)
    lines = [f"{data['kind']}: {data['title']}" + ("  (deleted)" if data["deleted"] else "")]
    ev = data["evidence"]
    if ev:
        lines.append(f"original {ev.get('filename') or '-'}, sha256 {ev['sha256']}, "
                     + ("held here" if ev["held"] else "NOT held here"))
    for step in data["steps"]:
        small = f"  [{step['small']}]" if step["small"] else ""
        lines.append(f"{step['at'] or '-':<22} {step['what']}: {step['detail']}{small}")
    out(data, args.json, "\n".join(lines))
    return EXIT_OK


def register(command: Command) -> None:
    p = command("custody", cmd_custody,
                "the chain of custody of a record or an evidence file")
    p.add_argument("vault")
    p.add_argument("record_id")
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en",
                   help="language of the steps")
    p.add_argument("--json", action="store_true")
