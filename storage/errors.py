"""Error types and the exit codes the command line maps them to.

Environment faults and bad input are QorgauError subclasses with a message meant for
a person; anything else escaping the core is a bug and is shown as one.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_BUG = 1
EXIT_USAGE = 2
EXIT_AUTH = 3  # wrong passphrase or recovery code
EXIT_INVALID = 4  # invalid input: a record, a file, a card
EXIT_INTEGRITY = 5  # a signature, hash chain or database check failed
EXIT_ENVIRONMENT = 6  # disk full, permission denied, vault locked by another process
EXIT_NOT_FOUND = 7  # no such vault, record or file
EXIT_CANCELLED = 8
# Bundle import outcomes (see docs/cli.md): 0 merged, then these.
EXIT_DUPLICATE = 10
EXIT_REJECTED = 11
EXIT_QUARANTINED = 12


class QorgauError(Exception):
    """A fault a person can act on. `str(err)` is the message to show them."""

    exit_code = EXIT_BUG


class UsageError(QorgauError):
    exit_code = EXIT_USAGE


class WrongSecret(QorgauError):
    """Wrong passphrase or recovery code. Nothing was modified."""

    exit_code = EXIT_AUTH


class InvalidInput(QorgauError):
    exit_code = EXIT_INVALID


class ValidationError(InvalidInput):
    """A record body that does not fit its schema; `errors` maps field paths to messages."""

    def __init__(self, kind: str, errors: dict[str, str]) -> None:
        self.kind = kind
        self.errors = dict(errors)
        detail = "; ".join(f"{field}: {msg}" for field, msg in sorted(self.errors.items()))
        super().__init__(f"invalid {kind}: {detail}")


class IntegrityFailure(QorgauError):
    exit_code = EXIT_INTEGRITY


class EnvironmentFault(QorgauError):
    exit_code = EXIT_ENVIRONMENT


class NotFound(QorgauError):
    exit_code = EXIT_NOT_FOUND


class Cancelled(QorgauError):
    exit_code = EXIT_CANCELLED

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)
