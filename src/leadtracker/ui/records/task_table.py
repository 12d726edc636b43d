"""A table of tasks that can be corrected where they are shown (project, company, contact).

Ticking *Done* marks a task done (with a notice whose *Undo* opens it
again, as Ctrl+Z in the table does); unticking opens it again. A double
click or F2 edits the chosen task, Delete moves it to the trash, and the
context menu (or the menu key) offers all of it plus rescheduling and giving
the task to someone else.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QTableWidget, QTableWidgetItem, QWidget

from leadtracker.domain.errors import DomainError
from leadtracker.services.timeline import TaskLine
from leadtracker.ui.formats import day_text, moment_text
from leadtracker.ui.i18n import translate
from leadtracker.ui.lists.table_view import read_only_table
from leadtracker.ui.records import work_actions
from leadtracker.ui.shell.desk import DeskActions


class TaskTable(QTableWidget):
    """Tasks with their due date, owner and done tick; each one correctable in place."""

    COL_TITLE, COL_DUE, COL_OWNER, COL_DONE, COL_PROJECT = range(5)

    def __init__(
        self, actions: DeskActions, parent: QWidget | None = None, *, with_project: bool = False
    ) -> None:
        super().__init__(0, 5 if with_project else 4, parent)
        self._actions = actions
        self._tasks: tuple[TaskLine, ...] = ()
        #: The notice of the last task marked done here (with its *Undo*).
        self.done_notice: QMessageBox | None = None
        #: The tasks ticked done here, the last one last (Ctrl+Z opens it again).
        self.done_here: list[int] = []
        self.setHorizontalHeaderLabels(
            [
                translate("TaskTable", "Task"),
                translate("TaskTable", "Due"),
                translate("TaskTable", "Owner"),
                translate("TaskTable", "Done"),
                translate("TaskTable", "Project"),
            ][: self.columnCount()]
        )
        self.setAccessibleName(translate("TaskTable", "Tasks"))
        self.setAccessibleDescription(
            translate(
                "TaskTable",
                "Space ticks the chosen task done; F2 or a double click edits it; "
                "Delete moves it to the trash; the context menu reschedules or reassigns it.",
            )
        )
        read_only_table(self, stretch=self.COL_TITLE)
        if with_project:  # shown beside the task it is about
            self.horizontalHeader().moveSection(self.COL_PROJECT, self.COL_TITLE + 1)
        self.itemChanged.connect(self._ticked)
        self.doubleClicked.connect(lambda _index: self.edit_current())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F2), self.edit_current),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_current),
            (QKeySequence(Qt.Key.Key_Space), self.toggle_current),
            (QKeySequence(QKeySequence.StandardKey.Undo), self.undo_done),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def show_tasks(self, tasks: Sequence[TaskLine]) -> None:
        """Show ``tasks`` (the chosen row stays chosen where it can)."""
        row_before = self.currentRow()
        self._tasks = tuple(tasks)
        self.blockSignals(True)
        self.setRowCount(len(self._tasks))
        for row, task in enumerate(self._tasks):
            title = QTableWidgetItem(task.title)
            title.setData(Qt.ItemDataRole.UserRole, task.id)
            done = QTableWidgetItem(moment_text(task.done_at) if task.done_at else "")
            done.setFlags(done.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done.setCheckState(Qt.CheckState.Checked if task.done_at else Qt.CheckState.Unchecked)
            done.setToolTip(
                translate("TaskTable", "Untick to open the task again")
                if task.done_at
                else translate("TaskTable", "Tick when the task is done")
            )
            cells = (title, QTableWidgetItem(day_text(task.due_on)), QTableWidgetItem(task.owner))
            for column, item in enumerate((*cells, done, QTableWidgetItem(task.project))):
                if column < self.columnCount():
                    self.setItem(row, column, item)
        self.blockSignals(False)
        if 0 <= row_before < self.rowCount():
            self.selectRow(row_before)

    def task_at(self, row: int) -> TaskLine | None:
        """The task shown in ``row``."""
        return self._tasks[row] if 0 <= row < len(self._tasks) else None

    def edit_current(self) -> None:
        """Edit the chosen task."""
        task = self.task_at(self.currentRow())
        if task is not None:
            work_actions.edit_task(self._actions, task.id, self)

    def delete_current(self) -> None:
        """Move the chosen task to the trash, after asking."""
        task = self.task_at(self.currentRow())
        if task is not None:
            work_actions.delete_task(self._actions, task.id, self)

    def toggle_current(self) -> None:
        """Tick or untick the chosen task's *Done*."""
        row = self.currentRow()
        item = self.item(row, self.COL_DONE) if row >= 0 else None
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def undo_done(self) -> None:
        """Open again the last task ticked done in this table (Ctrl+Z)."""
        while self.done_here:
            task_id = self.done_here.pop()
            try:
                still_done = self._actions.services.work.task(task_id).done_at is not None
            except DomainError:  # deleted meanwhile: the one before, then
                continue
            if still_done:
                work_actions.set_done(self._actions, task_id, False, self)
                return

    def _ticked(self, item: QTableWidgetItem) -> None:
        task = self.task_at(item.row())
        if item.column() != self.COL_DONE or task is None:
            return
        if item.checkState() == Qt.CheckState.Checked and task.done_at is None:
            self.done_here.append(task.id)
            self.done_notice = work_actions.complete_with_notice(
                self._actions, task.id, task.title, self
            )
        elif item.checkState() == Qt.CheckState.Unchecked and task.done_at is not None:
            work_actions.set_done(self._actions, task.id, False, self)

    def _show_menu(self, point: QPoint) -> None:
        task = self.task_at(self.rowAt(point.y()))
        if task is None:
            return
        self.selectRow(self.rowAt(point.y()))
        menu = work_actions.task_menu(
            self._actions,
            self,
            task_id=task.id,
            title=task.title,
            done=task.done_at is not None,
            owner_id=task.owner_id,
        )
        menu.exec(self.viewport().mapToGlobal(point))
        menu.deleteLater()
