"""A progress line for long commands: on standard error, and only when a person watches it
in a terminal. In a pipe or a script's log it prints nothing, so output stays clean.

    with ProgressLine("exporting") as line:
        export(..., progress=line)
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TextIO


class ProgressLine:
    """A `progress(done, total)` callable that redraws one line ("label 42 %") in place,
    only when the whole percentage changes (a redraw per row would slow the work)."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.shown = -1
        self.live = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, done: int, total: int) -> None:
        if not self.live:
            return
        percent = min(100, done * 100 // max(total, 1))
        if percent != self.shown:
            self.shown = percent
            self.stream.write(f"\r{self.label} {percent:3d} %")
            self.stream.flush()

    def __enter__(self) -> ProgressLine:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self.live and self.shown >= 0:
            self.stream.write("\n")  # the next message starts on its own line
            self.stream.flush()
