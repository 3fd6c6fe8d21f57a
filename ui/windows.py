"""How every window behaves, whatever screen it opens on.

One application-wide event filter, so that no window can forget:

- a window never opens larger than the screen's free area, nor with its title bar or
  buttons off-screen (the laptops these organisations own are 1366×768, often at 125 %);
  a window asking for more is shrunk and its content scrolls;
- the mouse wheel never changes a drop-down, a spin box or a slider that does not have
  the keyboard focus: scrolling a long form moves the form (a checklist rating changed
  by a wheel passing over it would be silently recorded as found on the visit).
"""

from __future__ import annotations

from ui.qt import QEvent, QObject, QSize, Qt, QtGui, QTimer, QtWidgets, is_alive

# Room kept for the window manager's title bar and frame, which Qt does not count.
FRAME_W = 16
FRAME_H = 40
_WHEEL_GUARDED = (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox, QtWidgets.QSlider)


def available(widget: QtWidgets.QWidget) -> tuple[int, int, int, int]:
    """The free area (x, y, width, height) of the screen the widget is on."""
    screen = widget.screen() or QtGui.QGuiApplication.primaryScreen()
    g = screen.availableGeometry()
    return g.x(), g.y(), g.width(), g.height()


def fit(widget: QtWidgets.QWidget) -> None:
    """Shrink a window to the free area of its screen and move it fully onto it."""
    if widget.isMaximized() or widget.isFullScreen():
        return  # the window manager fits it already
    x0, y0, aw, ah = available(widget)
    max_w, max_h = aw - FRAME_W, ah - FRAME_H
    w, h = widget.width(), widget.height()
    if w > max_w or h > max_h:
        widget.resize(min(w, max_w), min(h, max_h))
        w, h = widget.width(), widget.height()
    x, y = widget.x(), widget.y()
    parent = widget.parentWidget()
    if (parent is None and (x, y) == (0, 0)) or not _inside(x, y, w, h, x0, y0, aw, ah):
        if parent is not None and parent.isVisible():
            top = parent.window()
            x = top.x() + (top.width() - w) // 2
            y = top.y() + (top.height() - h) // 2
        else:
            x = x0 + (aw - w) // 2
            y = y0 + (ah - h) // 2
    x = max(x0, min(x, x0 + aw - w - FRAME_W // 2))
    y = max(y0 + FRAME_H - FRAME_W // 2, min(y, y0 + ah - h - FRAME_W // 2))
    if (x, y) != (widget.x(), widget.y()):
        widget.move(x, y)


def grow(widget: QtWidgets.QWidget) -> None:
    """A message appeared or got longer: make the window tall enough to show all of it
    (never shrinking it, never beyond the screen; past that, its content scrolls)."""
    if not is_alive(widget) or not widget.isVisible():
        return
    lay = widget.layout()
    if lay is None:
        return
    need = lay.totalMinimumSize().height()
    if widget.findChild(ScrollPage) is not None:
        # Its content scrolls, so its minimum stays small: show as much as the page has.
        need = max(need, lay.totalSizeHint().height())
    if lay.hasHeightForWidth():
        need = max(need, lay.totalHeightForWidth(widget.width()))
    if need > widget.height():
        widget.resize(widget.width(), need)
        fit(widget)


class ScrollPage(QtWidgets.QScrollArea):
    """A page that scrolls when the window cannot give it its minimum size, and asks for
    its whole size otherwise (QScrollArea's own hint is cached and capped at 24 lines).

    The page is sized here rather than by QScrollArea's widgetResizable, which gives a
    page with wrapping text its *preferred* height for the width: a case's lists would
    then scroll off the bottom of a 1366×768 screen that has room for them."""

    def __init__(self, page: QtWidgets.QWidget | None, *, across: bool,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.across = across
        self.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        if not across:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)  # the window's own background shows
        if page is not None:
            self.set_page(page)

    def set_page(self, page: QtWidgets.QWidget) -> None:
        """The page, once (a page built before its frame is placed is moved once: moving
        a built tree of widgets restyles every widget in it)."""
        self.setWidget(page)
        page.setAutoFillBackground(False)
        page.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the page grew (a message appeared): so may the window
            self._size_page()
        return False

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_page()

    def _size_page(self) -> None:
        """The viewport's size, or the page's minimum where that is more."""
        page = self.widget()
        if page is None or not is_alive(page):
            return
        view = self.viewport().size()
        width = view.width()
        if self.across:
            width = max(width, page.minimumSizeHint().width(), page.minimumWidth())
        shown = page
        while isinstance(shown, QtWidgets.QStackedWidget) and shown.currentWidget():
            shown = shown.currentWidget()  # a stack's own answer is its largest page's
        lay = shown.layout()
        need = shown.minimumSizeHint().height()
        if lay is not None and lay.hasHeightForWidth():
            need = max(need, lay.totalMinimumHeightForWidth(width))
        height = max(view.height(), need, page.minimumHeight())
        if (width, height) != (page.width(), page.height()):
            page.resize(width, height)

    def _bar(self) -> int:
        return self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)

    def sizeHint(self) -> QSize:
        page = self.widget()
        if page is None:
            return super().sizeHint()
        hint = page.sizeHint().expandedTo(page.minimumSizeHint())
        if page.hasHeightForWidth():
            hint.setHeight(max(hint.height(), page.heightForWidth(hint.width())))
        return QSize(hint.width() + self._bar(), hint.height())

    def minimumSizeHint(self) -> QSize:
        page = self.widget()
        if page is None or self.across:
            return QSize(0, 0)
        # Up and down only: as wide as the page needs, as short as a few lines.
        return QSize(page.minimumSizeHint().width() + self._bar(),
                     min(page.minimumSizeHint().height(), 4 * self.fontMetrics().height()))


def scrolling(page: QtWidgets.QWidget, *, across: bool = False) -> ScrollPage:
    """`page` in a frameless scroll area: on a screen smaller than the page (1280×720 at
    125 %, a long Kazakh message) the page scrolls instead of pushing the window, or its
    buttons, off the screen; wherever it fits, it shows whole, as before. `across`: it
    may scroll sideways too (a pane of the main window)."""
    return ScrollPage(page, across=across)


def show_whole(widget: QtWidgets.QWidget) -> None:
    """Size a window to show all of its content, within the screen (QWidget.adjustSize
    stops at two thirds of the screen's height: 384 pixels at 1280×720 and 125 %)."""
    lay = widget.layout()
    if lay is None:
        widget.adjustSize()
        return
    for page in widget.findChildren(ScrollPage):
        page.updateGeometry()  # its content just changed: its hint is not cached yet
    lay.invalidate()
    hint = lay.totalSizeHint()
    width = max(widget.width(), hint.width(), lay.totalMinimumSize().width())
    height = max(hint.height(), lay.totalMinimumSize().height())
    if lay.hasHeightForWidth():
        height = max(height, lay.totalHeightForWidth(width))
    widget.resize(width, height)
    fit(widget)


def _onto_screen(popup: QtWidgets.QWidget) -> None:
    """Shift a popup that reaches past the screen's edge back onto it."""
    x0, y0, aw, ah = available(popup)
    x = max(x0, min(popup.x(), x0 + aw - popup.width()))
    y = max(y0, min(popup.y(), y0 + ah - popup.height()))
    if (x, y) != (popup.x(), popup.y()):
        popup.move(x, y)


def _inside(x: int, y: int, w: int, h: int, x0: int, y0: int, aw: int, ah: int) -> bool:
    return x >= x0 and y >= y0 and x + w <= x0 + aw and y + h <= y0 + ah


def _scroll_area(widget: QtWidgets.QWidget) -> QtWidgets.QAbstractScrollArea | None:
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QtWidgets.QAbstractScrollArea):
            return w
        w = w.parentWidget()
    return None


class WindowGuard(QObject):
    """Installed once on the application (ui.app.run and the tests' controller)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(obj, _WHEEL_GUARDED) \
                and not obj.hasFocus():
            area = _scroll_area(obj)
            if area is not None:  # the wheel scrolls what the control sits in, as expected
                bar = area.verticalScrollBar()
                steps = event.angleDelta().y() / 120  # type: ignore[attr-defined]
                bar.setValue(int(bar.value() - steps * bar.singleStep() * 3))
            return True
        if kind == QEvent.Type.Show and isinstance(obj, QtWidgets.QWidget) and obj.isWindow() \
                and obj.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
            fit(obj)
        if kind in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.Move) \
                and isinstance(obj, QtWidgets.QCalendarWidget) and obj.isWindow() \
                and obj.isVisible():
            _onto_screen(obj)  # a date field's calendar, wherever its field has moved to
        if kind == QEvent.Type.LayoutRequest and isinstance(obj, QtWidgets.QWidget) \
                and obj.isWindow() and obj.isVisible() \
                and not isinstance(obj, QtWidgets.QMainWindow) \
                and obj.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
            QTimer.singleShot(0, lambda w=obj: grow(w))
        if kind == QEvent.Type.Resize and isinstance(obj, QtWidgets.QWidget) \
                and obj.isWindow() and obj.isVisible() \
                and obj.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
            x0, y0, aw, ah = available(obj)
            # A window grown by its layout (a message appeared) can reach past the
            # screen's bottom edge without being larger than the screen: move it back.
            if obj.width() > aw - FRAME_W or obj.height() > ah - FRAME_H or not _inside(
                    obj.x(), obj.y(), obj.width(), obj.height(), x0, y0, aw, ah):
                fit(obj)
        return False


def install(app: QtWidgets.QApplication) -> WindowGuard:
    """Install the guard once per application; returns it."""
    guard = app.findChild(WindowGuard)
    if guard is None:
        guard = WindowGuard(app)
        app.installEventFilter(guard)
    return guard
