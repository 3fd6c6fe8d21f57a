"""Passphrases and recovery codes come from a terminal prompt or the environment,
never from command-line arguments (visible to every process on the machine)."""

from __future__ import annotations

import getpass
import os
import sys

from storage.errors import InvalidInput, UsageError

# Names of environment variables, not secrets.
PASSPHRASE_ENV = "QORGAU_PASSPHRASE"  # noqa: S105
NEW_PASSPHRASE_ENV = "QORGAU_NEW_PASSPHRASE"  # noqa: S105
RECOVERY_ENV = "QORGAU_RECOVERY_CODE"


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str, env: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not _interactive():
        raise UsageError(f"no terminal to ask for the {prompt.lower()}: set {env}")
    return getpass.getpass(f"{prompt}: ")


def passphrase() -> str:
    return _ask("Passphrase", PASSPHRASE_ENV)


def new_passphrase() -> str:
    """A new passphrase, held to the floor (storage.keys.passphrase_strength: the same
    rule as the desktop) before anything slow happens."""
    from storage.keys import check_new_passphrase

    if NEW_PASSPHRASE_ENV in os.environ:
        value = os.environ[NEW_PASSPHRASE_ENV]
        check_new_passphrase(value)
        return value
    first = _ask("New passphrase", NEW_PASSPHRASE_ENV)
    check_new_passphrase(first)
    if _interactive() and getpass.getpass("Repeat the new passphrase: ") != first:
        raise InvalidInput("the two passphrases differ")
    return first


def recovery_code() -> str:
    return _ask("Recovery code", RECOVERY_ENV)
