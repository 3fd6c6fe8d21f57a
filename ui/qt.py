"""The one door to Qt: every GUI module imports Qt names from here, never PySide6."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPointF,
    QRectF,
    QSettings,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from shiboken6 import Shiboken

__all__ = [
    "QT_TRANSLATE_NOOP",
    "QAbstractTableModel", "QCoreApplication", "QDate", "QEvent", "QLocale", "QModelIndex",
    "QObject",
    "QPointF", "QRectF", "QSettings", "QSize", "QStandardPaths", "QTimer", "QTranslator", "Qt",
    "QtCore", "QtGui", "QtSvg", "QtWidgets", "Signal", "Slot", "is_alive", "translate",
]


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def is_alive(obj: object) -> bool:
    """False once the C++ side of a Qt object is gone (a window closed by a lock)."""
    return obj is not None and Shiboken.isValid(obj)
