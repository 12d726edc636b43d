"""Driving the pipeline board in GUI tests: a board on a database, drags and drops like Qt's."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.ui.pipeline.board_columns import StageColumn
from leadtracker.ui.pipeline.board_model import card_mime
from leadtracker.ui.pipeline.pipeline_board import PipelineBoard
from leadtracker.ui.settings import AppSettings
from tests.conftest import Services


class Refusals:
    """Stands in for the message box: remembers what the board would have said."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def __call__(self, _parent: object, title: str, error: BaseException) -> None:
        self.seen.append((title, str(error)))


def board_on(
    qtbot: QtBot,
    database: Database,
    *,
    settings: AppSettings | None = None,
    size: tuple[int, int] = (1400, 800),
) -> tuple[PipelineBoard, Refusals]:
    """A loaded board on ``database`` whose refusals are collected, not shown."""
    services = Services.on(database)
    board = PipelineBoard(services.board, services.projects, settings=settings)
    # A load still running when the test ends would report to a deleted board.
    qtbot.addWidget(
        board, before_close_func=lambda _: qtbot.waitUntil(lambda: not board.runner.busy)
    )
    refusals = Refusals()
    board.show_refusal = refusals
    board.resize(*size)
    qtbot.waitUntil(lambda: board.board is not None, timeout=5000)
    return board, refusals


def _drag_event(kind: type[QDragMoveEvent], where: QPoint, mime: QMimeData) -> QDragMoveEvent:
    move, buttons = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    keys = Qt.KeyboardModifier.NoModifier
    try:
        return kind(QPointF(where), move, mime, buttons, keys)  # PySide6 6.12 and later
    except TypeError:
        return kind(where, move, mime, buttons, keys)


def drag_over(widget: QWidget, where: QPoint, mime: QMimeData) -> None:
    """What Qt delivers when a card (``mime``, kept alive by the caller) enters ``widget``."""
    enter = _drag_event(QDragEnterEvent, where, mime)
    assert QApplication.sendEvent(widget, enter) and enter.isAccepted()
    QApplication.sendEvent(widget, _drag_event(QDragMoveEvent, where, mime))


def drag_away(widget: QWidget) -> None:
    """The card left ``widget``."""
    QApplication.sendEvent(widget, QDragLeaveEvent())


def drop_card(column: StageColumn, project_id: int, source: str) -> None:
    """What Qt delivers when a card is dragged over ``column`` and let go there."""
    viewport, where = column.list.viewport(), QPoint(20, 20)
    mime = card_mime(project_id, source)
    drag_over(viewport, where, mime)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(QPointF(where), Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
