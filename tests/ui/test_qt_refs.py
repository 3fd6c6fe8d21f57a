"""The Qt binding keeps Python's reference counts: PySide6-Essentials 6.12.0 on CPython
3.11 lost one reference to None on every call from Python into a Qt method returning
nothing (setText, setEnabled, processEvents…). None's count is finite before Python 3.12:
a desktop session dies with "Fatal Python error: none_dealloc" after enough such calls
(the window audit's long runs died of it). pyproject.toml keeps that release out."""

from __future__ import annotations

import sys
from typing import Any


def test_calls_into_qt_returning_nothing_keep_none_alive(qapp: Any) -> None:
    from ui.qt import QtWidgets

    label = QtWidgets.QLabel()
    before = sys.getrefcount(None)
    for i in range(500):
        label.setText(str(i % 7))
        label.setEnabled(bool(i % 2))
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost in 1,000 calls into Qt"
