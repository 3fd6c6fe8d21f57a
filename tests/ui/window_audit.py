"""What a person would see wrong in a window, found by walking its widgets.

`audit(window, lang)` returns a list of problems (plain sentences naming the widget):

- the window does not fit the free area of its screen;
- a push button (Save, Cancel, OK…) is hidden off the window's edge or clipped by it;
- a label's text is cut: wider than the label on one line, or taller than the label
  when it wraps;
- text in the wrong language: a Latin word in a Russian or Kazakh window, unless it is
  a name the data or the trade uses (device names of the fictional demo, "PDF", "USB"…).

scripts/screenshots.py runs it on every window it renders (`--check`), and
tests/ui/test_fit.py runs that at 1366×768 in Russian and Kazakh.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6 import QtWidgets

# Latin words that belong in a Russian or Kazakh screen: product and format names, and
# the fictional demo data's own names (device names, references, file names, markers).
ALLOWED = {
    "qorgau", "pdf", "csv", "usb", "age", "minisign", "json", "jpeg", "jpg", "png", "tar",
    "sqlcipher", "utc", "gps", "id", "ok", "ctrl", "shift", "alt", "esc", "del", "enter",
    "tab", "exif", "sha", "npm", "un", "opcat", "cat", "spt", "ivs", "caps", "lock",
    "samsung", "canon", "nikon", "apple", "iphone", "xiaomi",  # camera makers (EXIF)
    "english",  # the name of a language in its own language, in the language list
    "excel", "xlsx", "uwazi",  # names of programs and formats, written so in ru and kk
    # device, office and file names in the fictional demo world
    "taraz", "laptop", "shymkent", "kyzylorda", "almaty", "coalition", "office", "regional",
    "partner", "bundle", "card", "copy", "receipt", "img", "trz", "shy", "kyz", "ala",
    "ast", "kar", "zhanbolat", "kassymov", "demo", "new",
}
_LATIN = re.compile(r"[A-Za-z]{3,}")
_PATHISH = re.compile(r"(\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b|"
                      r"\bX{4}\b|\b[a-z]+/[\w.+-]+|\b(?=[0-9A-Z]*\d)[0-9A-Z]{3,}\b|/[^\s]*|"
                      r"\b[\w.-]+\.(bundle|json|age|pdf|csv|png|jpg|card)\b|"
                      r"\b[0-9A-F]{4}(-[0-9A-Z]{4})+\b|\b[A-Z]{2,4}-\d{4}-\d{3}\b|"
                      r"\b[0-9a-f]{8,}\b|\b[A-Za-z0-9+/]{20,}={0,2})")
TOLERANCE = 2  # pixels of rounding between a size hint and the laid-out size


def texts(w: QtWidgets.QWidget) -> list[str]:
    """Every piece of text the widget shows a person."""
    out: list[str] = []
    if isinstance(w, QtWidgets.QLabel | QtWidgets.QAbstractButton):
        out.append(w.text())
    elif isinstance(w, QtWidgets.QGroupBox):
        out.append(w.title())
    elif isinstance(w, QtWidgets.QLineEdit | QtWidgets.QPlainTextEdit):
        out.append(w.placeholderText())
        if isinstance(w, QtWidgets.QPlainTextEdit) and w.isReadOnly():
            out.append(w.toPlainText())
    elif isinstance(w, QtWidgets.QTextEdit) and w.isReadOnly():
        out.append(w.toPlainText())
    elif isinstance(w, QtWidgets.QTabBar):
        out += [w.tabText(i) for i in range(w.count())]
    elif isinstance(w, QtWidgets.QComboBox):
        out += [w.itemText(i) for i in range(w.count())]
    elif isinstance(w, QtWidgets.QTableView) and w.model() is not None \
            and w.horizontalHeader().isVisible():
        from PySide6.QtCore import QModelIndex, Qt

        m = w.model()
        for section in range(m.columnCount(QModelIndex())):
            out.append(str(m.headerData(section, Qt.Orientation.Horizontal) or ""))
    if w.isWindow():
        out.append(w.windowTitle())
    return [t for t in out if t]


def foreign_words(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text)  # rich text tags
    plain = re.sub(r"&(\w+);", " ", plain)
    plain = _PATHISH.sub(" ", plain)
    return [word for word in _LATIN.findall(plain) if word.lower() not in ALLOWED]


def _name(w: QtWidgets.QWidget) -> str:
    shown = ""
    for t in texts(w):
        shown = t.replace("\n", " ")[:50]
        break
    return f"{type(w).__name__}({shown!r})"


def _in_scroll_area(w: QtWidgets.QWidget, top: QtWidgets.QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not top:
        if isinstance(p, QtWidgets.QAbstractScrollArea):
            return True
        p = p.parentWidget()
    return False


def _clipped(w: QtWidgets.QWidget, top: QtWidgets.QWidget) -> bool:
    """True if part of `w` lies outside an ancestor (or the window) that clips it."""
    rect = w.rect()
    p: QtWidgets.QWidget | None = w
    while p is not None and p is not top:
        parent = p.parentWidget()
        if parent is None:
            break
        r = w.rect().translated(w.mapTo(parent, rect.topLeft()))
        if not parent.rect().contains(r):
            return True
        p = parent
    return False


def audit(window: QtWidgets.QWidget, lang: str, *, where: str = "") -> list[str]:
    problems: list[str] = []
    label = where or window.windowTitle() or type(window).__name__

    def say(text: str) -> None:
        problems.append(f"[{lang}] {label}: {text}")

    screen = (window.screen() or QtWidgets.QApplication.primaryScreen()).availableGeometry()
    if window.isWindow() and (window.width() > screen.width()
                              or window.height() > screen.height()):
        say(f"window {window.width()}×{window.height()} is larger than the screen "
            f"{screen.width()}×{screen.height()}")
    elif window.isWindow() and not screen.contains(window.geometry()):
        say(f"window at {window.geometry().getRect()} is not fully on the screen")
    widgets = [window, *window.findChildren(QtWidgets.QWidget)]
    for w in widgets:
        if not w.isVisibleTo(window) or (w is not window and w.window() is not window):
            continue
        if isinstance(w, QtWidgets.QPushButton) and not _in_scroll_area(w, window) and (
                _clipped(w, window) or w.width() < w.minimumSizeHint().width() - TOLERANCE):
            say(f"button {_name(w)} is cut off or hidden")
        if isinstance(w, QtWidgets.QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + TOLERANCE:
                    say(f"wrapped label {_name(w)} needs {need}px, has {w.height()}px")
            elif not w.hasScaledContents():
                need = w.sizeHint().width()
                if need > w.width() + TOLERANCE:
                    say(f"label {_name(w)} needs {need}px wide, has {w.width()}px")
        if lang in ("ru", "kk"):
            for t in texts(w):
                bad = foreign_words(t)
                if bad:
                    say(f"English in {_name(w)}: {' '.join(dict.fromkeys(bad))}")
    return problems


def visible_windows() -> list[Any]:
    return [w for w in QtWidgets.QApplication.topLevelWidgets()
            if w.isVisible() and w.isWindow()]
