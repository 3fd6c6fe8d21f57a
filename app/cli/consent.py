"""Consent commands: a person's answers, what an output would disclose, withdrawals.

    qorgau consent VAULT PERSON_ID [--set PURPOSE=ANSWER]… [--on DATE] [--by NAME]
                   [--reason TEXT] [--lang en|ru|kk] [--json]
    qorgau disclosure VAULT --for bundle|pdf|csv|statistics [--lang en|ru|kk] [--json]
    qorgau withdrawn VAULT [--purge PERSON_ID [PERSON_ID …] --reason TEXT] [--lang en|ru|kk]
                     [--json]
    qorgau statistics-consent VAULT [on|off] [--json]

Registered by app.cli.main (`_extensions`). Exit codes are those of storage/errors.py.
"""

from __future__ import annotations

import argparse

from app.cli.common import Command
from app.cli.common import open_session as _open
from app.cli.common import out as _out
from storage.errors import EXIT_OK, InvalidInput


def _answers(pairs: list[str]) -> dict[str, str]:
    answers = {}
    for pair in pairs:
        purpose, sep, answer = pair.partition("=")
        if not sep or not purpose or not answer:
            raise InvalidInput(f"--set takes PURPOSE=ANSWER, e.g. share_coordinator=refused; "
                               f"not {pair!r}")
        answers[purpose.strip()] = answer.strip()
    return answers


def cmd_consent(args: argparse.Namespace) -> int:
    from app.usecases import consent

    with _open(args.vault) as session:
        if args.set:
            consent.record_consent(session, args.person_id, _answers(args.set),
                                   given_on=args.on, recorded_by=args.by,
                                   reason=args.reason or "")
        rows = consent.consent_of(session, args.person_id, args.lang)
    _out(rows, args.json, "\n".join(f"{r['label']}: {r['answer_label']}" for r in rows))
    return EXIT_OK


def preview_lines(preview: dict) -> list[str]:
    """A disclosure preview as plain text (export --dry-run and `disclosure`)."""
    lines = [f"goes: {kind} {n}" for kind, n in preview["goes"].items()] or ["goes: nothing"]
    lines += [f"withheld: {w['text']}" for w in preview["withheld"]]
    lines += [f"anonymised: {a['text']}" for a in preview["anonymised"]]
    if preview.get("statistics_stubs"):
        lines.append(f"anonymised for statistics: {preview['statistics_stubs']} record(s) "
                     "counted with no name, text, date of birth or link to the records")
    return lines


def cmd_disclosure(args: argparse.Namespace) -> int:
    from app.usecases import consent

    with _open(args.vault) as session:
        preview = consent.disclosure_preview(session, args.channel, lang=args.lang)
    _out(preview, args.json, "\n".join(preview_lines(preview)))
    return EXIT_OK


def cmd_withdrawn(args: argparse.Namespace) -> int:
    from app.usecases import consent

    with _open(args.vault) as session:
        if args.purge:
            from app.cli.progress import ProgressLine

            # One action for all the people named: every id checked first, then all of
            # them removed in one transaction, or none (Ctrl+C included).
            with ProgressLine("removing records") as line:
                counts = consent.purge_withdrawn(session, args.purge, args.reason or "",
                                                 progress=line)
            count = sum(counts.values())
            _out({"purged": count, "people": counts}, args.json,
                 f"{count} record(s) of {len(counts)} person(s) removed from this vault")
            return EXIT_OK
        rows = consent.withdrawn(session, args.lang)
    _out(rows, args.json, "\n".join(
        f"{r['person_id']}  {r['person']}: {r['reason']}; {len(r['records'])} record(s) held"
        for r in rows) or "nobody has withdrawn consent to sharing")
    return EXIT_OK


def cmd_statistics_consent(args: argparse.Namespace) -> int:
    from app import stubs
    from app.usecases import prefs

    with _open(args.vault) as session:
        if args.state is not None:  # the same action as the desktop's Settings: audited
            prefs.change_setting(session, stubs.SETTING, int(args.state == "on"))
        on = bool(prefs.load_settings(session)[stubs.SETTING])
    _out({"statistics_stubs": on}, args.json,
         "anonymised stubs for statistics: " + ("on" if on else "off"))
    return EXIT_OK


def register(command: Command) -> None:
    p = command("consent", cmd_consent, "show or change a person's consent, by purpose")
    p.add_argument("vault")
    p.add_argument("person_id")
    p.add_argument("--set", action="append", metavar="PURPOSE=ANSWER",
                   help="e.g. share_coordinator=refused (a withdrawal); repeatable")
    p.add_argument("--on", metavar="DATE", help="when the person gave or changed it")
    p.add_argument("--by", metavar="NAME", help="who recorded it")
    p.add_argument("--reason", metavar="TEXT", help="why, for the audit log")
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en")
    p.add_argument("--json", action="store_true")
    p = command("disclosure", cmd_disclosure,
                "preview what an output would disclose and what consent keeps back")
    p.add_argument("vault")
    p.add_argument("--for", dest="channel", required=True,
                   choices=("bundle", "pdf", "csv", "statistics"))
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en")
    p.add_argument("--json", action="store_true")
    p = command("withdrawn", cmd_withdrawn,
                "archive: people who withdrew consent to sharing; remove their records")
    p.add_argument("vault")
    p.add_argument("--purge", metavar="PERSON_ID", nargs="+", action="extend",
                   help="remove what this vault holds of these people, all or none "
                        "(needs --reason)")
    p.add_argument("--reason", metavar="TEXT")
    p.add_argument("--lang", choices=("en", "ru", "kk"), default="en")
    p.add_argument("--json", action="store_true")
    p = command("statistics-consent", cmd_statistics_consent,
                "field laptop: the organisation's statistics consent (anonymised stubs of "
                "what a refusal to share keeps back); show it, or turn it on or off")
    p.add_argument("vault")
    p.add_argument("state", nargs="?", choices=("on", "off"))
    p.add_argument("--json", action="store_true")
