"""Table models of *My day*: due tasks (tick one to mark it done) and waiting inquiries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from leadtracker.services.my_day import DueTask, WaitingInquiry

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "MyDay"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


class RowsModel(QAbstractTableModel):
    """Read-only rows of dataclasses; ``ROW_ROLE`` gives the row's dataclass."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    TITLES: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` instead of the current ones."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        """The dataclass shown in row ``number``."""
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Columns shown."""
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """The translated column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.TITLES[section])
        return None


class DueTaskModel(RowsModel):
    """Open tasks; the first column's check box completes a task in one click."""

    COL_DONE, COL_TITLE, COL_DUE, COL_ABOUT, COL_OWNER = range(5)
    TITLES = ("Done", "Task", "Due", "About", "Owner")

    def __init__(self, complete: Callable[[DueTask], None], today: Callable[[], date]) -> None:
        super().__init__()
        self._complete = complete
        self._today = today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The task's texts, its check box, the overdue colour."""
        if not index.isValid():
            return None
        task: DueTask = self._rows[index.row()]
        column = index.column()
        value: Any = None
        if role == self.ROW_ROLE:
            value = task
        elif role == Qt.ItemDataRole.CheckStateRole and column == self.COL_DONE:
            value = Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.DisplayRole:
            value = {
                self.COL_TITLE: task.title,
                self.COL_DUE: _date(task.due_on),
                self.COL_ABOUT: task.about,
                self.COL_OWNER: task.owner,
            }.get(column)
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DONE:
            value = _tr("Mark “{task}” as done").format(task=task.title)
        elif role == Qt.ItemDataRole.ForegroundRole and column == self.COL_DUE:
            overdue = task.due_on is not None and task.due_on < self._today()
            value = QColor("#b00020") if overdue else None
        return value

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The Done column is a check box."""
        flags = super().flags(index)
        if index.column() == self.COL_DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ticking a task's check box completes it."""
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_DONE:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._complete(self._rows[index.row()])
            return True
        return False


class WaitingInquiryModel(RowsModel):
    """New inquiries nobody has answered, the longest waiting first."""

    COL_RECEIVED, COL_WAITING, COL_COMPANY, COL_PROJECT, COL_OWNER = range(5)
    TITLES = ("Received", "Waiting", "Company", "Project", "Owner")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The inquiry's texts; the waiting days right-aligned."""
        if not index.isValid():
            return None
        inquiry: WaitingInquiry = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return inquiry
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.COL_RECEIVED: _date(inquiry.received_on),
                self.COL_WAITING: _tr("{days} d").format(days=inquiry.days_waiting),
                self.COL_COMPANY: inquiry.company,
                self.COL_PROJECT: inquiry.title,
                self.COL_OWNER: inquiry.owner,
            }.get(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_WAITING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
