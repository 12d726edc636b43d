"""Dragging a card across the pipeline board: scrolling towards columns off screen.

A scroll area does not scroll by itself for a drag it does not run (only an
item view scrolls its own items). :class:`EdgeScroller` does it for the
board: while a card is dragged within :attr:`EdgeScroller.MARGIN` pixels of
the left or right edge of the board's view, a timer scrolls the columns that
way, the faster the nearer the edge; it stops when the card moves away from
the edge, leaves the board, or is dropped.

The gaps between the columns (and their headings) take a dragged card too
(without accepting a drop there), so that the board hears where the card is
even when it is not over a column's list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QDragMoveEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from leadtracker.ui.pipeline.board_model import dragged_card


class EdgeScroller(QObject):
    """Scrolls ``area`` sideways while a dragged card is near its left or right edge."""

    #: Width of the band along each edge that scrolls, in pixels.
    MARGIN = 56
    #: Milliseconds between two steps of scrolling.
    INTERVAL = 25
    #: Pixels per step at the very edge (a third of it at the inner side of the band).
    FASTEST = 30

    #: The drag over the board has ended (left it or dropped).
    drag_ended = Signal()

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        self._step = 0
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL)
        self.timer.timeout.connect(self._scroll)

    def watch_gaps(self, widget: QWidget) -> None:
        """Let ``widget`` (the strip holding the columns) report drags over it, never take drops."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Card drags over the gaps: follow them; drops there: refuse."""
        kind = event.type()
        if kind in {QEvent.Type.DragEnter, QEvent.Type.DragMove} and isinstance(
            event, QDragMoveEvent
        ):
            if dragged_card(event.mimeData()) is None or not isinstance(watched, QWidget):
                return False
            self.hover(watched.mapToGlobal(event.position().toPoint()))
            # The enter is taken (so that moves keep coming), a drop here is not.
            event.setAccepted(kind is QEvent.Type.DragEnter)
            return True
        if kind in {QEvent.Type.DragLeave, QEvent.Type.Drop}:
            self.stop()
            event.ignore()
            return kind is QEvent.Type.Drop
        return False

    def hover(self, where: QPoint) -> None:
        """A card is dragged at ``where`` (global coordinates): scroll if it is near an edge."""
        viewport = self.area.viewport()
        x = viewport.mapFromGlobal(where).x()
        width = viewport.width()
        bar = self.area.horizontalScrollBar()
        margin = min(self.MARGIN, width // 4)
        step = 0
        if x < margin and bar.value() > bar.minimum():
            step = -self._speed(margin - x, margin)
        elif x > width - margin and bar.value() < bar.maximum():
            step = self._speed(x - (width - margin), margin)
        self._step = step
        if step and not self.timer.isActive():
            self.timer.start()
        elif not step:
            self.timer.stop()

    def _speed(self, depth: int, margin: int) -> int:
        """Pixels per step ``depth`` pixels into the band (of ``margin``)."""
        depth = max(0, min(depth, margin))
        return max(1, round(self.FASTEST * (1 + 2 * depth / margin) / 3))

    def stop(self) -> None:
        """The card left the board or was dropped: no more scrolling."""
        self._step = 0
        self.timer.stop()
        self.drag_ended.emit()

    @property
    def scrolling(self) -> bool:
        """Whether the board is scrolling for a drag right now."""
        return self.timer.isActive()

    def _scroll(self) -> None:
        bar = self.area.horizontalScrollBar()
        before = bar.value()
        bar.setValue(before + self._step)
        if bar.value() == before:  # at the end
            self.timer.stop()
