"""A calm, readable look: Fusion, a restrained light palette with high contrast,
generous spacing, and a font large enough for tired eyes on old screens."""

from __future__ import annotations

from ui.qt import QtGui, QtWidgets

INK = "#1b1f24"
MUTED = "#4f5a66"
PAPER = "#f5f6f8"
CARD = "#ffffff"
LINE = "#c9d0d8"
ACCENT = "#1d5a78"
ACCENT_SOFT = "#dcebf3"
WARN = "#8a4b00"
WARN_BG = "#fff1d6"
DANGER = "#9b1c1c"
DANGER_BG = "#fde4e4"
OK = "#1e6b3a"

FONT_POINTS = 10.5

SHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, QDialog {{ background: {PAPER}; }}
QToolBar {{ background: {CARD}; border-bottom: 1px solid {LINE}; spacing: 6px; padding: 4px; }}
QToolBar QToolButton {{ padding: 5px 10px; border-radius: 4px; }}
QToolBar QToolButton:hover {{ background: {ACCENT_SOFT}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QListWidget, QTableView,
QTextBrowser, QTreeWidget {{
    background: {CARD}; border: 1px solid {LINE}; border-radius: 4px; padding: 4px;
    selection-background-color: {ACCENT}; selection-color: white;
}}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QListWidget:focus,
QTableView:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"], QComboBox[invalid="true"] {{
    border: 2px solid {DANGER}; background: {DANGER_BG};
}}
QPushButton {{
    background: {CARD}; border: 1px solid {LINE}; border-radius: 4px; padding: 6px 14px;
    min-height: 20px;
}}
QPushButton:hover {{ background: {ACCENT_SOFT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT}; }}
QPushButton[primary="true"]:hover {{ background: #174a63; }}
QPushButton[danger="true"] {{ color: {DANGER}; }}
QPushButton:disabled {{ color: #8a939c; background: #eceff2; }}
QGroupBox {{
    background: {CARD}; border: 1px solid {LINE}; border-radius: 6px; margin-top: 14px;
    padding: 10px 8px 8px 8px; font-weight: bold;
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; color: {ACCENT}; }}
QGroupBox QLabel, QGroupBox QCheckBox {{ font-weight: normal; }}
QHeaderView::section {{
    background: #e9edf1; border: none; border-right: 1px solid {LINE};
    border-bottom: 1px solid {LINE}; padding: 5px; font-weight: bold;
}}
QTableView {{ gridline-color: #e3e7eb; alternate-background-color: #f8fafb; }}
QTabWidget::pane {{ border: 1px solid {LINE}; background: {CARD}; border-radius: 4px; }}
QTabBar::tab {{ padding: 6px 10px; background: #e9edf1; border: 1px solid {LINE};
    border-bottom: none; border-top-left-radius: 4px; border-top-right-radius: 4px; }}
QTabBar::tab:selected {{ background: {CARD}; color: {ACCENT}; font-weight: bold; }}
QListWidget[sections="true"] {{ background: transparent; border: none; padding: 0; }}
QListWidget[sections="true"]::item {{ padding: 5px 10px; background: #e9edf1;
    border: 1px solid {LINE}; border-radius: 4px; color: {INK}; }}
QListWidget[sections="true"]::item:selected {{ background: {ACCENT}; color: white;
    font-weight: bold; }}
QLabel[role="title"] {{ font-size: 15pt; font-weight: bold; color: {INK}; }}
QLabel[role="subtitle"] {{ font-size: 11.5pt; font-weight: bold; color: {ACCENT}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="help"] {{ color: {MUTED}; font-size: 9pt; }}
QLabel[role="error"] {{ color: {DANGER}; font-weight: bold; }}
QLabel[role="calm"] {{ color: {WARN}; background: {WARN_BG}; border-radius: 4px; padding: 8px; }}
QLabel[role="ok"] {{ color: {OK}; font-weight: bold; }}
QLabel[role="badge-danger"] {{ color: white; background: {DANGER}; border-radius: 9px;
    padding: 2px 9px; font-weight: bold; }}
QLabel[role="badge-warn"] {{ color: {WARN}; background: {WARN_BG}; border: 1px solid #e0b36a;
    border-radius: 9px; padding: 2px 9px; font-weight: bold; }}
QLabel[role="badge"] {{ color: {ACCENT}; background: {ACCENT_SOFT}; border-radius: 9px;
    padding: 2px 9px; }}
QLabel[role="code"] {{ font-family: "DejaVu Sans Mono"; font-size: 16pt; background: {CARD};
    border: 2px dashed {ACCENT}; padding: 12px; letter-spacing: 1px; }}
QFrame[role="card"] {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 6px; }}
QFrame[role="banner"] {{ background: {WARN_BG}; border: 1px solid #e0b36a; border-radius: 4px; }}
QStatusBar {{ background: {CARD}; border-top: 1px solid {LINE}; color: {MUTED}; }}
"""


def apply(app: QtWidgets.QApplication) -> None:
    app.setStyle("Fusion")
    font = QtGui.QFont("DejaVu Sans")
    font.setPointSizeF(FONT_POINTS)
    app.setFont(font)
    pal = app.palette()
    colors = {
        QtGui.QPalette.ColorRole.Window: PAPER, QtGui.QPalette.ColorRole.Base: CARD,
        QtGui.QPalette.ColorRole.AlternateBase: "#f8fafb",
        QtGui.QPalette.ColorRole.Text: INK, QtGui.QPalette.ColorRole.WindowText: INK,
        QtGui.QPalette.ColorRole.ButtonText: INK, QtGui.QPalette.ColorRole.Button: CARD,
        QtGui.QPalette.ColorRole.Highlight: ACCENT,
        QtGui.QPalette.ColorRole.HighlightedText: "#ffffff",
        QtGui.QPalette.ColorRole.ToolTipBase: CARD, QtGui.QPalette.ColorRole.ToolTipText: INK,
        QtGui.QPalette.ColorRole.PlaceholderText: "#6b7580",
    }
    for role, color in colors.items():
        pal.setColor(role, QtGui.QColor(color))
    app.setPalette(pal)
    app.setStyleSheet(SHEET)


def set_role(widget: QtWidgets.QWidget, role: str) -> QtWidgets.QWidget:
    widget.setProperty("role", role)
    return widget


def repolish(widget: QtWidgets.QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
