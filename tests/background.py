"""Long single-threaded subprocess checks (the fuzz targets, the window audits) started
as soon as the tests are collected, one at a time on the second core, while the rest of
the suite runs on the first: pytest itself uses one core, so on a two-core machine they
then cost almost no wall time. Their tests collect the results where they stand."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

_pool: ThreadPoolExecutor | None = None
_jobs: dict[str, Future[Any]] = {}
_folders: list[Path] = []


def folder(name: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=f"qorgau-{name}-"))
    _folders.append(path)
    return path


def start(name: str, fn: Callable[[], Any]) -> None:
    """Queue `fn` (once per session) on the one background worker."""
    global _pool
    if name in _jobs:
        return
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="background-check")
    _jobs[name] = _pool.submit(fn)


def job(name: str, fn: Callable[[], Any]) -> Future[Any]:
    """The job `name`, started now if collection did not start it."""
    start(name, fn)
    return _jobs[name]


def finish() -> None:
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
    for path in _folders:
        shutil.rmtree(path, ignore_errors=True)
