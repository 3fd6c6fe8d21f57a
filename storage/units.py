"""Sizes for people: one rule for the whole program (messages, dialogs, reports).

Decimal SI units (1 kB = 1000 bytes), as file managers and USB sticks count them, so the
size Qorgau shows matches the one on the stick's label and in the file manager.
"""

from __future__ import annotations

from collections.abc import Sequence

# The English unit names; the desktop passes their translations (ui.labels.size).
UNITS = ("B", "kB", "MB", "GB", "TB")


def human_size(n: int, units: Sequence[str] = UNITS) -> str:
    """E.g. 999 -> "999 B", 1_500_000 -> "1.5 MB"; `units`: names for B, kB, MB, GB, TB."""
    n = int(n)
    for power in range(len(units) - 1, 0, -1):
        if abs(n) >= 1000**power:
            return f"{n / 1000**power:.1f} {units[power]}"
    return f"{n} {units[0]}"
