"""The `qorgau` entry point: with a subcommand, the command line (no Qt loaded);
without one, the desktop application."""

from __future__ import annotations

import sys


def _harden_process() -> None:
    # A core dump would hold decrypted records and keys. Windows writes no core files
    # (and has no `resource` module).
    try:
        import resource
    except ImportError:
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main() -> int:
    _harden_process()
    argv = sys.argv[1:]
    if argv:
        from app.cli.main import main as cli_main

        return cli_main(argv)
    try:
        from ui.app import run  # type: ignore[import-not-found]
    except ModuleNotFoundError as exc:
        if exc.name != "ui.app":
            raise
        from app.cli.main import main as cli_main

        return cli_main(["--help"])
    return int(run())


if __name__ == "__main__":
    sys.exit(main())
