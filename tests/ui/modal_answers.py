"""Driving widgets like a user in GUI tests: answering modal dialogs, activating windows.

A dialog opened with ``exec()`` blocks the test until it closes, so a timer
started beforehand finds it (``QApplication.activeModalWidget()``) and acts
on it like a user. A dialog that never appears or is of the wrong kind is
closed after a while, so that a failing test fails instead of hanging.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget


def answer_modal(
    kind: type[QWidget], act: Callable[[Any], None], *, timeout_ms: int = 3000
) -> list[QWidget]:
    """When a modal ``kind`` opens, call ``act`` on it; returns the dialogs seen (one, or none)."""
    seen: list[QWidget] = []
    deadline = time.monotonic() + timeout_ms / 1000

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            seen.append(widget)
            act(widget)
            return
        if time.monotonic() > deadline:
            if widget is not None:
                widget.close()  # the wrong dialog: close it rather than hang
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def add_editor_dialog(qtbot: Any, dialog: Any) -> None:
    """Register an editor dialog with ``qtbot``; unsaved changes are discarded when it closes.

    (Otherwise closing a dialog with changes at the end of a test would
    open the real "save the changes?" box and wait for an answer forever.)
    """
    from leadtracker.ui.forms.editor import UnsavedChoice  # noqa: PLC0415

    def discard(widget: Any) -> None:
        widget.editor.ask_unsaved = lambda *_: UnsavedChoice.DISCARD

    qtbot.addWidget(dialog, before_close_func=discard)


def activate(qtbot: Any, widget: QWidget) -> None:
    """Show ``widget``'s window and make it the active one, so shortcuts reach it.

    (``qtbot.waitActive`` returns at once on the offscreen platform.)
    """
    window = widget.window()
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def saved_notice(qtbot: Any) -> QMessageBox:
    """The notice shown after a file was saved (it does not block); waits for it."""
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "saved-notice" and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=20_000)
    return found[-1]
