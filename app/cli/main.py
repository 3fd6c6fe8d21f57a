"""The `qorgau` command line: parses arguments, calls one use case (app.usecases), prints.
Exit codes: storage/errors.py and docs/cli.md."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.cli import secrets_input
from app.cli.common import open_session
from app.cli.common import out as _out
from app.usecases import records as records_uc
from app.usecases import vault as vault_uc
from storage import errors
from storage.errors import QorgauError, UsageError

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


class _VersionAction(argparse.Action):
    # Computed only when asked: it opens an in-memory SQLCipher database.
    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from app.version import text

        print(text())
        parser.exit()


# -- vault -------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    passphrase = os.environ.get(secrets_input.PASSPHRASE_ENV) or secrets_input.new_passphrase()
    role = "archive" if args.archive else "field"
    session, code = vault_uc.create(Path(args.vault), passphrase, name=args.name, role=role)
    with session:
        device_id, path = session.device_id, session.path
    print(f"Created a {role} vault at {path}  (device {device_id})")
    print()
    print("RECOVERY CODE — write it on paper and keep it away from this laptop.")
    print("It is shown only now. Without it, a forgotten passphrase means lost records.")
    print()
    print(f"    {code}")
    print()
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from app.cli.keys import show_code

    with open_session(args.vault) as session:
        code = vault_uc.change_passphrase(session, secrets_input.new_passphrase())
    if code is not None:  # a key file of the first format: its code could not be kept
        show_code(code, "Passphrase changed; the database key was replaced too.")
    else:
        print("Passphrase changed; the database key was replaced too. The recovery code "
              "is unchanged.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    code = secrets_input.recovery_code()
    with vault_uc.recover(Path(args.vault), code, secrets_input.new_passphrase()):
        pass
    print("New passphrase set; the database key was replaced too. The recovery code stays "
          "valid: keep it safe.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    with open_session(args.vault) as session:
        report = vault_uc.check(session)
    ok = not report["problems"]
    lines = [f"{k}: {v}" for k, v in report["counts"].items()]
    lines += [f"warning: {w}" for w in report["warnings"]]
    lines += [f"PROBLEM: {p}" for p in report["problems"]]
    lines.append("vault is intact" if ok else f"{len(report['problems'])} problem(s) found")
    _out(report, args.json, "\n".join(lines))
    return 0 if ok else errors.EXIT_INTEGRITY


# -- records -----------------------------------------------------------------


def cmd_add(args: argparse.Namespace) -> int:
    with open_session(args.vault) as session:
        written = records_uc.add_from_file(session, Path(args.file))
    data = [{"record_id": v.record_id, "kind": v.kind, "version_id": v.version_id}
            for v in written]
    _out(data, args.json, "\n".join(f"{d['kind']:<13} {d['record_id']}" for d in data)
         + f"\n{len(data)} record(s) written")
    return 0


def cmd_attach(args: argparse.Namespace) -> int:
    from app.usecases import evidence as evidence_uc  # images: only for this command

    with open_session(args.vault) as session:
        batch = evidence_uc.attach(session, args.record_id, [Path(f) for f in args.files])
    results = [{"file": str(path), "record_id": d.version.record_id, "sha256": d.sha256,
                "size": d.size, "mime": d.mime} for path, d in batch.done]
    _out(results, args.json, "\n".join(
        f"{r['record_id']}  {r['sha256'][:16]}…  {r['size']:>10} B  {r['file']}"
        for r in results))
    for path, exc in batch.failed:
        print(f"qorgau: not added: {path}: {exc}", file=sys.stderr)
    if batch.stopped is not None:
        print(f"qorgau: {batch.stopped}", file=sys.stderr)
    return batch.exit_code


def cmd_delete(args: argparse.Namespace) -> int:
    with open_session(args.vault) as session:
        version = records_uc.delete(session, args.record_id, args.reason)
    print(f"deleted {args.record_id} (tombstone {version.version_id[:16]}…)")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    filters = records_uc.Filters(kind=args.kind, city=args.city, status=args.status,
                                 date_from=args.date_from, date_to=args.date_to,
                                 flag=args.flag)
    with open_session(args.vault) as session:
        # The records people work on: an anonymised statistics stub is the export's
        # bookkeeping, counted by the statistics only (app.usecases.field_views.WorkedOn).
        from app.usecases import field_views

        filters = field_views.worked_on(filters)
        rows = records_uc.list_records(session, filters, order="date", limit=args.limit)
        total = records_uc.count(session, filters)
    text = "\n".join(
        f"{r['record_id']}  {r['kind']:<13} {r['date'] or '':<10}  {r['title']}"
        + ("  [CONFLICT]" if r["conflict"] else "") for r in rows)
    text += f"\n{len(rows)} of {total} record(s)"
    _out({"total": total, "records": rows}, args.json, text)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_session(args.vault) as session:
        data = records_uc.show(session, args.record_id, history=args.history,
                               reveal=args.reveal)
    if args.json:
        _out(data, True, "")
        return 0
    lines = [f"{data['kind']} {data['record_id']}" + ("  (deleted)" if data["deleted"] else ""),
             f"  {data['title']}"]
    if len(data["heads"]) > 1:
        lines.append(f"  CONFLICT: {len(data['heads'])} versions edited in parallel")
    lines.append(json.dumps(data["body"], ensure_ascii=False, indent=2))
    for link in data["linked"]:
        lines.append(f"  ← {link['kind']} {link['record_id']} ({link['rel']})")
    for v in data.get("history", []):
        what = f"deleted: {v['tombstone']}" if v["tombstone"] else "edit"
        lines.append(f"  version {v['version_id'][:16]}… clock {v['clock']} {v['created_at']}"
                     f" by {v['author']} ({what})")
    print("\n".join(lines))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_session(args.vault) as session:
        from app.usecases import field_views

        hits = field_views.find(session, args.query, records_uc.Filters(kind=args.kind),
                                limit=args.limit)
    data = [h.__dict__ for h in hits]
    _out(data, args.json, "\n".join(
        f"{h.record_id}  {h.kind:<13} {h.title}\n    {h.snippet}" for h in hits)
        + f"\n{len(hits)} hit(s)")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from app.usecases import demo as demo_uc  # the demo's data loads only for it

    path = Path(args.vault)
    code = None
    if path.exists() and any(path.iterdir()):
        session = open_session(args.vault)
    else:
        passphrase = (os.environ.get(secrets_input.PASSPHRASE_ENV)
                      or secrets_input.new_passphrase())
        session, code = demo_uc.create(path, passphrase)
    with session:
        counts = demo_uc.populate(session)
    print("Demo data (fictional) added: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    if code:
        print(f"Recovery code of this demo vault: {code}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="qorgau", description=(
        "Qorgau: encrypted, offline documentation of torture and ill-treatment cases. "
        "Run without arguments to open the desktop application. The passphrase is asked "
        f"on the terminal or read from ${secrets_input.PASSPHRASE_ENV}; never pass it as an "
        "argument."))
    parser.add_argument("--version", action=_VersionAction,
                        help="print the version of Qorgau and of SQLCipher, Qt and age inside")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, "create a new vault (shows its recovery code once)")
    p.add_argument("vault")
    p.add_argument("--archive", action="store_true", help="a coordinator's archive vault")
    p.add_argument("--name", help="a human name for this device")
    p = command("demo", cmd_demo, "fill a vault (new or existing) with fictional demo cases")
    p.add_argument("vault")
    p = command("add", cmd_add, "add or update records from a JSON file (docs/record-format.md)")
    p.add_argument("vault")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    p = command("attach", cmd_attach, "seal evidence files into the vault, linked to a record")
    p.add_argument("vault")
    p.add_argument("record_id")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p = command("delete", cmd_delete, "delete a record (a signed tombstone; history is kept)")
    p.add_argument("vault")
    p.add_argument("record_id")
    p.add_argument("--reason", required=True)
    p = command("list", cmd_list, "list records")
    p.add_argument("vault")
    p.add_argument("--kind")
    p.add_argument("--city")
    p.add_argument("--status")
    p.add_argument("--flag", help="minor, woman, protected, reprisal_risk, do_not_contact…")
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_show, "show one record")
    p.add_argument("vault")
    p.add_argument("record_id")
    p.add_argument("--history", action="store_true", help="every version, oldest first")
    p.add_argument("--reveal", action="store_true",
                   help="show the real names of protected people")
    p.add_argument("--json", action="store_true")
    p = command("search", cmd_search, "full-text search (any script, case-insensitive)")
    p.add_argument("vault")
    p.add_argument("query")
    p.add_argument("--kind")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p = command("passwd", cmd_passwd, "change the passphrase")
    p.add_argument("vault")
    p = command("recover", cmd_recover, "set a new passphrase with the recovery code")
    p.add_argument("vault")
    p = command("check", cmd_check,
                "verify the database, every version's signature and the audit chain")
    p.add_argument("vault")
    p.add_argument("--json", action="store_true")
    for register in _extensions():
        register(command)
    return parser


def _extensions() -> list[Callable[[Callable[..., argparse.ArgumentParser]], None]]:
    # Command groups in their own modules of app/cli.
    from app.cli.archive import register as archive
    from app.cli.bundles import register as bundles
    from app.cli.consent import register as consent
    from app.cli.coordinators import register as coordinators
    from app.cli.custody import register as custody
    from app.cli.handover import register as handover
    from app.cli.keys import register as keys
    from app.cli.legal import register as legal
    from app.cli.seizure import register as seizure
    from app.cli.tables import register as tables

    return [bundles, coordinators, archive, handover, tables, keys, seizure, legal, consent,
            custody]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not getattr(args, "handler", None):
            parser.print_help()
            return errors.EXIT_OK
        return int(args.handler(args))
    except QorgauError as exc:
        print(f"qorgau: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("qorgau: interrupted", file=sys.stderr)
        return errors.EXIT_CANCELLED
    except Exception:
        # Our bug, not the user's: say so, with the traceback for the report.
        traceback.print_exc()
        print("qorgau: internal error (a bug in Qorgau; nothing was half-written)",
              file=sys.stderr)
        return errors.EXIT_BUG
