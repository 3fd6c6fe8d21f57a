"""Field laptop commands about its coordinators that are not bundle transport: removing
one this laptop trusted (app.usecases.coordinators)."""

from __future__ import annotations

import argparse

from app.cli.common import Command, open_session
from app.usecases import coordinators as coord_uc
from storage.errors import EXIT_OK


def cmd_untrust(args: argparse.Namespace) -> int:
    with open_session(args.vault) as session:
        coord_uc.untrust(session, args.device_id, args.reason)
    print(f"coordinator {args.device_id} removed: bundles are no longer sealed to it")
    return EXIT_OK


def register(command: Command) -> None:
    p = command("untrust", cmd_untrust,
                "stop sealing bundles to a trusted coordinator (a lost or seized archive)")
    p.add_argument("vault", type=str)
    p.add_argument("device_id")
    p.add_argument("--reason", required=True)



