"""Every window opens within the screen it is shown on.

A 14-inch laptop at 150 % scaling offers 960×600 logical pixels, less the
task bar. A dialog sized to its contents, or a main window restored from a
larger screen, would open with its buttons out of reach. :class:`ScreenFit`
watches the application for windows being shown and, the first time each is
shown, shrinks it to the available area of its screen (down to its minimum
size; the layouts keep that small by scrolling) and moves it fully onto it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

#: The window kinds that are fitted (menus, tool tips and pop-ups look after themselves).
FITTED = (Qt.WindowType.Window, Qt.WindowType.Dialog)

#: A property set on a window once fitted: later shows keep the size the user gave it.
FITTED_PROPERTY = "leadtracker_fitted"


def available_area(window: QWidget) -> QRect:
    """The part of ``window``'s screen that windows may use (without task bars)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_into(window: QWidget, area: QRect) -> None:
    """Shrink ``window`` to ``area`` (its frame included) and move it fully onto it."""
    if window.isMaximized() or window.isFullScreen():
        return
    frame = window.frameGeometry()
    inner = window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    room = QSize(
        max(area.width() - extra.width(), 1),
        max(area.height() - extra.height(), 1),
    )
    size = window.size().boundedTo(room).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), max(area.right() + 1 - frame.width(), area.left()))
    y = min(max(frame.y(), area.top()), max(area.bottom() + 1 - frame.height(), area.top()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(QPoint(x, y) + (window.pos() - frame.topLeft()))


class ScreenFit(QObject):
    """Fits every top-level window into its screen the first time it is shown."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On a window's first show: fit it into its screen (never swallows the event)."""
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in FITTED
            and not watched.property(FITTED_PROPERTY)
        ):
            watched.setProperty(FITTED_PROPERTY, True)
            fit_into(watched, available_area(watched))
        return False
