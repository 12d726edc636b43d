"""Table models of *My day*: due tasks (tick one done), waiting inquiries, recent activities."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from leadtracker.services.my_day import DueTask, RecentActivity, WaitingInquiry
from leadtracker.ui.formats import day_text, moment_text
from leadtracker.ui.forms.vocabulary import label
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP, translate
from leadtracker.ui.lists.paged_table_model import TableColumn
from leadtracker.ui.lists.rows_model import Index, RowsModel

CONTEXT = "MyDay"


class DueTaskModel(RowsModel):
    """Open tasks; the first column's check box completes a task in one click."""

    CONTEXT = CONTEXT
    COL_DONE, COL_TITLE, COL_DUE, COL_ABOUT, COL_OWNER = range(5)
    COLUMNS: tuple[TableColumn[DueTask], ...] = (
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "Done"), lambda _t: ""),
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "Task"), lambda t: t.title),
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "Due"), lambda t: day_text(t.due_on)),
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "About"), lambda t: t.about),
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "Owner"), lambda t: t.owner),
    )

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
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_DONE:
            return Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DONE:
            return translate("MyDay", "Mark “{task}” as done").format(task=task.title)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_DUE:
            overdue = task.due_on is not None and task.due_on < self._today()
            return QColor("#b00020") if overdue else None
        return super().data(index, role)

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

    CONTEXT = CONTEXT
    COL_RECEIVED, COL_WAITING, COL_COMPANY, COL_PROJECT, COL_OWNER = range(5)
    COLUMNS: tuple[TableColumn[WaitingInquiry], ...] = (
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "Received"), lambda i: day_text(i.received_on)),
        TableColumn(
            QT_TRANSLATE_NOOP("MyDay", "Waiting"),
            lambda i: translate("MyDay", "{days} d").format(days=i.days_waiting),
            numeric=True,
        ),
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "Company"), lambda i: i.company),
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "Project"), lambda i: i.title),
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "Owner"), lambda i: i.owner),
    )


class RecentActivityModel(RowsModel):
    """Activities logged lately, the last logged first (to correct them while fresh)."""

    CONTEXT = CONTEXT
    COL_WHEN, COL_KIND, COL_SUBJECT, COL_ABOUT = range(4)
    COLUMNS: tuple[TableColumn[RecentActivity], ...] = (
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "When"), lambda a: moment_text(a.occurred_at)),
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "Kind"), lambda a: label(a.kind)),
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "Subject"), lambda a: a.subject),
        TableColumn(QT_TRANSLATE_NOOP("MyDay", "About"), lambda a: a.about),
    )
