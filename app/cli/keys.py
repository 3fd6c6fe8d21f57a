"""Key commands after a seizure or a coerced passphrase (app.usecases.keys):

    qorgau recovery-code VAULT         replace the recovery code (shown once)
    qorgau reencrypt-evidence VAULT    re-encrypt the evidence files under a new key

Registered by app.cli.main (`_extensions`). `passwd` and `recover` stay in main.py.
Secrets come from the terminal or the environment (app.cli.secrets_input), never argv.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import secrets_input
from app.cli.common import Command
from storage.errors import EXIT_OK


def show_code(code: str, why: str) -> None:
    print(why)
    print("RECOVERY CODE — write it on paper and keep it away from this laptop.")
    print("It is shown only now. The old code, if any, opens nothing any more.")
    print()
    print(f"    {code}")
    print()


def cmd_recovery_code(args: argparse.Namespace) -> int:
    from app.usecases import keys
    from app.usecases import vault as vault_uc

    passphrase = secrets_input.passphrase()
    with vault_uc.unlock(Path(args.vault), passphrase) as session:
        code = keys.new_recovery_code(session, passphrase)
    show_code(code, "New recovery code issued; the database key was replaced too.")
    return EXIT_OK


def cmd_reencrypt_evidence(args: argparse.Namespace) -> int:
    from app.cli.common import open_session
    from app.usecases import keys

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} files", end="", file=sys.stderr, flush=True)

    with open_session(args.vault) as session:
        done = keys.reencrypt_evidence(session, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"{done['files']} evidence file(s) re-encrypted under a new key")
    return EXIT_OK


def register(command: Command) -> None:
    p = command("recovery-code", cmd_recovery_code,
                "replace the recovery code (the old one then opens nothing)")
    p.add_argument("vault")
    p = command("reencrypt-evidence", cmd_reencrypt_evidence,
                "re-encrypt the evidence files under a new key (resumable; Ctrl+C stops)")
    p.add_argument("vault")
