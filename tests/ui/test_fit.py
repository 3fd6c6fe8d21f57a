"""Every window of both desks, as a person sees it on a 1366×768 laptop (and at
1280×720 with 125 % scaling), in Russian and Kazakh: it fits the screen, no button or
label is cut, and not one English word shows. The windows are the ones
scripts/screenshots.py renders; it runs here on Qt's offscreen screen of that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, width: int, height: int, dpi: int, *extra: str
         ) -> tuple[subprocess.CompletedProcess[str], Path]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": dpi, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": str(ROOT), "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"),
                           "--check", "--out", str(tmp_path / "shots"), *extra],
                          env=env, capture_output=True, text=True, timeout=900, check=False)
    return done, tmp_path


def _problems(tmp_path: Path, name: str) -> list[str]:
    """Run the audit `name` (one single-threaded process: under pytest-xdist it has a core
    of its own) and return the problems it lists."""
    width, height, dpi, extra = AUDITS[name]
    done, _ = _run(tmp_path, width, height, dpi, *extra)
    problems = [line[8:] for line in done.stdout.splitlines() if line.startswith("PROBLEM ")]
    # 1 with problems listed; without any, a crash (a run that stopped half-way).
    assert done.returncode == 0 or (done.returncode == 1 and problems), done.stderr[-3000:]
    assert list((tmp_path / "shots").glob("kk-*.png")), done.stderr[-3000:]
    return problems


AUDITS: dict[str, tuple[int, int, int, tuple[str, ...]]] = {
    "1366": (1366, 768, 96, ()),
    "field": (1280, 720, 120, ("--field-only",)),
    "coord": (1280, 720, 120, ("--coord-only",)),
}


@pytest.mark.slow
def test_every_window_fits_1366_by_768_in_russian_and_kazakh(tmp_path: Path) -> None:
    problems = _problems(tmp_path, "1366")
    assert problems == [], "\n".join(problems)


@pytest.mark.slow
def test_field_windows_fit_1280_by_720_at_125_percent(tmp_path: Path) -> None:
    # English is checked at 1366×768 above; the words are the same at any scale.
    problems = [p for p in _problems(tmp_path, "field") if "English" not in p]
    assert problems == [], "\n".join(problems)


@pytest.mark.slow
def test_coordinators_desk_fits_1280_by_720_at_125_percent(tmp_path: Path) -> None:
    problems = [p for p in _problems(tmp_path, "coord") if "English" not in p]
    assert problems == [], "\n".join(problems)
