"""The cards of one pipeline board column as a list model, and the drag data of a card.

A card travels between columns as :data:`CARD_MIME` data naming the project
and the stage it is dragged from, so a column can tell a move from a drop on
itself. The model reads no database: the board gives it a
:class:`~leadtracker.services.board.BoardColumn`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from leadtracker.services.board import BoardCard, BoardColumn
from leadtracker.ui.i18n import translate

CONTEXT = "PipelineBoardModel"

#: Drag data of a card: ``{"project_id": 12, "stage": "inquiry"}`` as UTF-8 JSON.
CARD_MIME = "application/x-leadtracker-project"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DraggedCard:
    """What a drop receives: the project and the stage it was dragged from."""

    project_id: int
    stage_key: str


def card_mime(project_id: int, stage_key: str) -> QMimeData:
    """The drag data of a card."""
    mime = QMimeData()
    payload = {"project_id": project_id, "stage": stage_key}
    mime.setData(CARD_MIME, json.dumps(payload).encode())
    return mime


def dragged_card(mime: QMimeData | None) -> DraggedCard | None:
    """The card in drag data, or ``None`` when the data is not a card."""
    if mime is None or not mime.hasFormat(CARD_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(CARD_MIME).data()).decode())
        return DraggedCard(int(payload["project_id"]), str(payload["stage"]))
    except (ValueError, KeyError, TypeError):
        return None


def card_summary(card: BoardCard) -> str:
    """The card in one line of words, for screen readers and tooltips."""
    parts = [f"{card.company} — {card.title}" if card.company else card.title]
    if card.confidential:
        parts.append(translate("PipelineBoardModel", "confidential"))
    if card.owner_name:
        parts.append(translate("PipelineBoardModel", "owner {name}").format(name=card.owner_name))
    parts.append(
        translate("PipelineBoardModel", "{days} days in stage").format(days=card.days_in_stage)
    )
    if card.planned_jobs is not None:
        parts.append(
            translate("PipelineBoardModel", "{jobs} planned jobs").format(jobs=card.planned_jobs)
        )
    return ", ".join(parts)


def _order_key(card: BoardCard) -> tuple[date, int]:
    """What a column is ordered by (see :mod:`leadtracker.services.board`)."""
    return card.received_on, card.project_id


class BoardColumnModel(QAbstractListModel):
    """The cards of one stage, in the column's order; draggable, never edited here."""

    CARD_ROLE = Qt.ItemDataRole.UserRole + 1
    ID_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, column: BoardColumn) -> None:
        super().__init__()
        self._column = column
        self._cards: list[BoardCard] = list(column.cards)
        self._total = column.total

    @property
    def column(self) -> BoardColumn:
        """The column as last loaded."""
        return self._column

    @property
    def stage_key(self) -> str:
        """Key of the column's stage."""
        return self._column.stage.key

    @property
    def total(self) -> int:
        """Projects in the stage with the board's filter, shown or not."""
        return self._total

    @property
    def cards(self) -> Sequence[BoardCard]:
        """The cards shown, in order."""
        return tuple(self._cards)

    def set_column(self, column: BoardColumn) -> None:
        """Show a freshly loaded column."""
        self.beginResetModel()
        self._column = column
        self._cards = list(column.cards)
        self._total = column.total
        self.endResetModel()

    def row_of(self, project_id: int) -> int:
        """The row of a project's card, or -1."""
        for row, card in enumerate(self._cards):
            if card.project_id == project_id:
                return row
        return -1

    def take(self, project_id: int) -> BoardCard | None:
        """Remove a project's card (it moved away); ``None`` if it is not shown here."""
        row = self.row_of(project_id)
        if row < 0:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        card = self._cards.pop(row)
        self._total -= 1
        self.endRemoveRows()
        return card

    def place(self, card: BoardCard) -> int:
        """Add a card that moved here, where the column's order puts it; returns its row."""
        card = replace(card, stage_key=self.stage_key, days_in_stage=0)
        newest_first = self._column.newest_first
        key = _order_key(card)

        def comes_before(other: BoardCard) -> bool:
            return key > _order_key(other) if newest_first else key < _order_key(other)

        row = next(
            (r for r, other in enumerate(self._cards) if comes_before(other)), len(self._cards)
        )
        self.beginInsertRows(QModelIndex(), row, row)
        self._cards.insert(row, card)
        self._total += 1
        self.endInsertRows()
        return row

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Cards shown."""
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The card for ``CARD_ROLE``, its project id for ``ID_ROLE``, its summary as text."""
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == self.CARD_ROLE:
            return card
        if role == self.ID_ROLE:
            return card.project_id
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return card_summary(card)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cards can be selected and dragged; the column takes drops (its view handles them)."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        """Cards travel as :data:`CARD_MIME`."""
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The drag data of the first card among ``indexes``."""
        for index in indexes:
            if index.isValid():
                return card_mime(self._cards[index.row()].project_id, self.stage_key)
        return QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        """A card is moved, never copied."""
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        """A card is moved, never copied."""
        return Qt.DropAction.MoveAction
