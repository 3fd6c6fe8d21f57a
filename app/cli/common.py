"""What every command shares: opening a vault, printing results."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import secrets_input

if TYPE_CHECKING:  # the session's modules load with the first command that opens one
    from app.usecases.session import Session

# A function that adds one sub-command to the parser (argparse's add_parser).
Command = Callable[..., argparse.ArgumentParser]


def open_session(path: str) -> Session:
    """Unlock the vault at `path` with the passphrase from the environment or the
    terminal, for one command: the use-case session every action takes first."""
    from app.usecases import vault

    return vault.unlock(Path(path), secrets_input.passphrase())


def out(data: Any, as_json: bool, text: str) -> None:
    """Print `data` as JSON when asked for, else the human text."""
    if as_json:
        print_json(data)
    else:
        print(text)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True))
