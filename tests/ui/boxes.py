"""Answering the desktop's real message boxes and file dialogs, as a person would.

A test says beforehand what it will answer (`Answers.queue.append("remove")`) or pick
(`Answers.files.append([path])`); while the `gui` fixture runs, a timer looks for the
modal box or file dialog the product shows (inside its own `exec()` loop), reads it,
clicks the button named `answer-<key>` or types the file names and accepts. Nothing of
this is in the product: ui.dialogs shows the real QMessageBox and QFileDialog.

A box that shows when no answer is waiting is recorded in `Answers.unanswered` and
dismissed (Escape), so the test fails at teardown with the box's text instead of hanging.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any, ClassVar

from ui.qt import QTimer, QtWidgets


class _Pending(deque):  # type: ignore[type-arg]
    """A queue of answers that speeds the watch up as soon as one is queued."""

    def append(self, item: Any) -> None:
        super().append(item)
        Answers.watch(fast=True)

    def extend(self, items: Any) -> None:
        super().extend(items)
        Answers.watch(fast=True)


class Reply(str):
    """A button key whose box's text the test reads afterwards (Answers.answer)."""

    seen: list[str]


class Answers:
    queue: ClassVar[deque[str]] = _Pending()  # button keys, in the order the boxes show
    files: ClassVar[deque[list[str]]] = _Pending()  # picks; [] cancels the dialog
    seen: ClassVar[list[str]] = []  # the text of every box answered
    unanswered: ClassVar[list[str]] = []  # boxes or dialogs no answer was waiting for
    _timer: ClassVar[Any] = None
    # Boxes and dialogs already handled (one may stay visible until its click is
    # processed). Held, so that no other widget can take the id of one deleted since; a
    # Qt dynamic property would do, but reading one thousands of times a second is where
    # PySide6 loses count of its references to None and True (a crash in long runs).
    _handled: ClassVar[dict[int, Any]] = {}

    @classmethod
    def answer(cls, key: str) -> list[str]:
        """Queue `key`; the returned list receives the text of the box it answers."""
        reply = Reply(key)
        reply.seen = []
        cls.queue.append(reply)
        return reply.seen

    @classmethod
    def start(cls) -> None:
        cls.reset()
        cls._timer = QTimer()
        cls._timer.setInterval(250)
        cls._timer.timeout.connect(cls.poll)
        cls._timer.start()

    @classmethod
    def stop(cls) -> None:
        if cls._timer is not None:
            cls._timer.stop()
            cls._timer.deleteLater()
            cls._timer = None

    @classmethod
    def reset(cls) -> None:
        cls.queue.clear()
        cls.files.clear()
        cls.seen.clear()
        cls.unanswered.clear()
        cls._handled.clear()

    @classmethod
    def watch(cls, *, fast: bool) -> None:
        """Look often while an answer waits (a box is answered within 10 ms), seldom
        otherwise (an unexpected box is still caught, and an idle test costs nothing)."""
        interval = 10 if fast else 250
        if cls._timer is not None and cls._timer.interval() != interval:
            cls._timer.setInterval(interval)

    @classmethod
    def poll(cls) -> None:
        cls.watch(fast=bool(cls.queue or cls.files))
        for w in QtWidgets.QApplication.topLevelWidgets():
            if id(w) in cls._handled or not isinstance(
                    w, QtWidgets.QMessageBox | QtWidgets.QFileDialog) or not w.isVisible():
                continue
            cls._handled[id(w)] = w
            if isinstance(w, QtWidgets.QMessageBox):
                cls._answer(w)
            else:
                cls._pick(w)
            return

    @classmethod
    def _answer(cls, box: QtWidgets.QMessageBox) -> None:
        if not cls.queue:
            cls.unanswered.append(box.text())
            box.reject()
            return
        key = cls.queue.popleft()
        button = box.findChild(QtWidgets.QAbstractButton, f"answer-{key}")
        if button is None:
            cls.unanswered.append(f"no button {key!r} on: {box.text()}")
            box.reject()
            return
        cls.seen.append(box.text())
        if isinstance(key, Reply):
            key.seen.append(box.text())
        button.click()

    @classmethod
    def _pick(cls, dialog: QtWidgets.QFileDialog) -> None:
        if not cls.files:
            cls.unanswered.append(f"file dialog: {dialog.windowTitle()}")
            dialog.reject()
            return
        paths = [Path(p) for p in cls.files.popleft()]
        if not paths:
            dialog.reject()
            return
        if len({p.parent for p in paths}) != 1:
            cls.unanswered.append(f"files from several folders: {paths}")
            dialog.reject()
            return
        edit = dialog.findChild(QtWidgets.QLineEdit, "fileNameEdit")
        if dialog.acceptMode() == QtWidgets.QFileDialog.AcceptMode.AcceptSave:
            # Qt's own "replace it?" for an existing file, answered yes as a person would:
            # what the product then does with an existing file is what tests check.
            dialog.setOption(QtWidgets.QFileDialog.Option.DontConfirmOverwrite, True)
        if dialog.fileMode() == QtWidgets.QFileDialog.FileMode.Directory:
            dialog.setDirectory(str(paths[0]))
            edit.setText("")
        else:
            dialog.setDirectory(str(paths[0].parent))
            edit.setText(paths[0].name if len(paths) == 1 else
                         " ".join(f'"{p.name}"' for p in paths))
        dialog.accept()
