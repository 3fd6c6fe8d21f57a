"""Legal-path commands: a complaint's steps and deadlines; folding older appeal records.

    qorgau legal-path VAULT COMPLAINT_ID [--lang en|ru|kk] [--json]
    qorgau legal-fold VAULT [--dry-run] [--json]

Registered by app.cli.main (`_extensions`). Exit codes are those of storage/errors.py.
"""

from __future__ import annotations

import argparse

from app.cli.common import Command, open_session, print_json


def cmd_legal_path(args: argparse.Namespace) -> int:
    from app.usecases import legal

    with open_session(args.vault) as session:
        path = legal.legal_path(session, args.complaint_id.strip().lower(), lang=args.lang)
    if args.json:
        print_json(path)
        return 0
    print(path["title"])
    for step in path["steps"]:
        dates = " → ".join(d for d in (step["filed_on"], step["decided_on"]) if d)
        print(f"  {dates or '—':<25} {step['step_label']}: {step['body_label']}"
              f"{' — ' + step['outcome_label'] if step['outcome_label'] else ''}")
    for d in path["deadlines"]:
        mark = "ok" if d["met"] else ("OVERDUE" if d["overdue"] else f"{d['days_left']} d")
        print(f"  [{mark}] {d['label']}: {d['since']} → {d['due']} ({d['basis']})")
    return 0


def cmd_legal_fold(args: argparse.Namespace) -> int:
    from app.usecases import legal

    with open_session(args.vault) as session:
        folded = legal.fold_appeals(session, dry_run=args.dry_run)
    if args.json:
        print_json([{"complaint_id": f.complaint_id, "step_record_id": f.step_record_id,
                     "versions": [v.version_id for v in f.versions]} for f in folded])
        return 0
    verb = "would fold" if args.dry_run else "folded"
    for f in folded:
        print(f"{verb} {f.step_record_id} into complaint {f.complaint_id}")
    print(f"{len(folded)} appeal record(s) {verb}")
    return 0


def register(command: Command) -> None:
    from app.vocab import LANGS

    p = command("legal-path", cmd_legal_path,
                "a complaint's legal path: its steps in order and the deadlines the law sets")
    p.add_argument("vault")
    p.add_argument("complaint_id", metavar="COMPLAINT_ID")
    p.add_argument("--lang", choices=LANGS, default="en", help="language of the labels")
    p.add_argument("--json", action="store_true")
    p = command("legal-fold", cmd_legal_fold,
                "make this device's older appeal records steps of the complaint they "
                "continue (new signed versions; the old ones stay in the history)")
    p.add_argument("vault")
    p.add_argument("--dry-run", action="store_true", help="say what would be folded")
    p.add_argument("--json", action="store_true")
