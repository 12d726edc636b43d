"""*My day*: what is overdue, due today and this week, and inquiries waiting for an answer.

A task is done with one click on its check box (or Space on its row); a
notice says so with *Undo*, and Ctrl+Z opens the last task done here again.
F2 edits the chosen task, Delete moves it to the trash, and its context menu
also reschedules it or gives it to someone else. An inquiry is answered with
*Answer…*, which logs the reply as an activity (its owner ticked). Enter or a
double click opens the project. Activities logged lately are listed last:
Enter, a double click or F2 corrects one, Delete moves it to the trash. The
page reloads in the background whenever data changes.
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.changes import ChangedKind
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.my_day import (
    RECENT_DAYS,
    Day,
    DueTask,
    RecentActivity,
    Section,
    WaitingInquiry,
)
from leadtracker.ui.background import BackgroundRunner, show_error
from leadtracker.ui.formats import day_text
from leadtracker.ui.lists.paged_table_model import RowT
from leadtracker.ui.lists.rows_model import RowsModel
from leadtracker.ui.lists.table_view import row_table
from leadtracker.ui.my_day.my_day_models import (
    DueTaskModel,
    RecentActivityModel,
    WaitingInquiryModel,
)
from leadtracker.ui.records import work_actions
from leadtracker.ui.shell.desk import DeskActions

#: Rows a section shows before it scrolls.
VISIBLE_ROWS = 8


class _SectionBox(QWidget):
    """A heading with the count, the table, and a line for "nothing here"."""

    def __init__(
        self, model: RowsModel, empty_text: str, stretch: int, button: QPushButton | None = None
    ) -> None:
        super().__init__()
        self.model = model
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600; font-size: 11pt; margin-top: 8px;")
        self.table = row_table(model, "")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        # Sized by the rows in view: measuring every loaded row delayed the first day by 0.1 s.
        self.table.horizontalHeader().setResizeContentsPrecision(VISIBLE_ROWS)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.empty = QLabel(empty_text)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 4px 0 4px 2px;")
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 0, Qt.AlignmentFlag.AlignBottom)
        heading_row.addStretch(1)
        if button is not None:
            heading_row.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        # As tall as its contents: spare height goes below the last section.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # Holds the focus when its table empties (the page's Ctrl+Z still reaches it); no Tab stop.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading_row)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def show_section(self, title: str, section: Section[RowT]) -> None:
        """Fill the table; the heading says how many there are (and how many shown)."""
        self.model.set_rows(section.rows)
        shown = len(section.rows)
        if section.total > shown:
            title = self.tr("{title} ({shown} of {total})").format(
                title=title, shown=shown, total=section.total
            )
        else:
            title = self.tr("{title} ({total})").format(title=title, total=section.total)
        self.heading.setText(title)
        self.table.setAccessibleName(title)
        if shown == 0 and self.window().focusWidget() is self.table:  # (active window or not)
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setVisible(shown > 0)
        self.empty.setVisible(shown == 0)
        rows = min(max(shown, 1), VISIBLE_ROWS)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows * row_height + 4)


class MyDayPage(QWidget):
    """The start page of a working day."""

    def __init__(self, actions: DeskActions, runner: BackgroundRunner) -> None:
        super().__init__()
        self._actions = actions
        self._runner = runner
        self._today = date.today()
        self.loaded = False  # the day has been shown once (start-time benchmarks wait for it)
        self._loading = False
        self._reload_again = False
        #: Tasks marked done on this page, the last one last (Ctrl+Z opens it again).
        self.done_here: list[DueTask] = []
        #: The notice of the last task marked done (with its *Undo*).
        self.done_notice: QMessageBox | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.only_mine = QCheckBox(self.tr("&Only my work"))
        self.only_mine.setToolTip(self.tr("Show only the tasks and inquiries you own"))
        self.only_mine.toggled.connect(self.refresh)
        self.new_inquiry = QPushButton(self.tr("New inquiry…"))
        self.new_inquiry.setToolTip(self.tr("Record a new inquiry (Ctrl+N)"))
        self.new_inquiry.clicked.connect(actions.new_inquiry)
        self.answer = QPushButton(self.tr("&Answer…"))
        self.answer.setToolTip(self.tr("Log your answer to the chosen inquiry"))
        self.answer.clicked.connect(self._answer_current)
        self.answer.setEnabled(False)

        self._lay_out()
        self._show_title()
        undo = QAction(self.tr("Undo the last task done"), self)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.undo_done)
        self.addAction(undo)
        kinds = (ChangedKind.TASK, ChangedKind.ACTIVITY, ChangedKind.PROJECT, ChangedKind.STAGE)
        actions.notices.watch({*kinds, ChangedKind.COMPANY, ChangedKind.STAFF}, self.refresh)
        self.refresh()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.only_mine)
        top.addWidget(self.new_inquiry)

        self.overdue = self._task_box(self.tr("Nothing overdue."))
        self.due_today = self._task_box(self.tr("Nothing due today."))
        self.this_week = self._task_box(self.tr("Nothing else due this week."))
        self.waiting_model = WaitingInquiryModel()
        self.waiting = _SectionBox(
            self.waiting_model,
            self.tr("Every new inquiry has been answered."),
            WaitingInquiryModel.COL_PROJECT,
            button=self.answer,
        )
        self.waiting.table.activated.connect(self._open_inquiry)
        self.waiting.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.answer.setEnabled(current.isValid())
        )

        self.recent = self._recent_box()

        body = QWidget()
        sections = QVBoxLayout(body)
        sections.addWidget(self.overdue)
        sections.addWidget(self.due_today)
        sections.addWidget(self.this_week)
        sections.addWidget(self.waiting)
        sections.addWidget(self.recent)
        sections.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty stop: Tab goes to the tables
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll)

    def _task_box(self, empty_text: str) -> _SectionBox:
        model = DueTaskModel(self._complete, lambda: self._today)
        box = _SectionBox(model, empty_text, DueTaskModel.COL_ABOUT)
        box.table.activated.connect(lambda index: self._open_task(model, index))
        done = QAction(self.tr("Mark the task done"), box.table)
        done.setShortcut(QKeySequence(Qt.Key.Key_Space))
        done.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        done.triggered.connect(lambda: self._complete_current(model, box.table))
        box.table.addAction(done)
        for keys, act in (
            (QKeySequence(Qt.Key.Key_F2), work_actions.edit_task),
            (QKeySequence(QKeySequence.StandardKey.Delete), work_actions.delete_task),
        ):
            action = QAction(box.table)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(
                lambda _checked=False, a=act, t=box.table: self._on_current(model, t, a)
            )
            box.table.addAction(action)
        box.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        box.table.customContextMenuRequested.connect(
            lambda point, t=box.table: self._task_menu(model, t, point)
        )
        box.table.setAccessibleDescription(
            self.tr(
                "Space marks the chosen task done (Ctrl+Z undoes it); F2 edits it; Delete moves "
                "it to the trash; Enter opens what it is about."
            )
        )
        return box

    def _recent_box(self) -> _SectionBox:
        model = RecentActivityModel()
        box = _SectionBox(
            model,
            self.tr("Nothing logged in the last {days} days.").format(days=RECENT_DAYS),
            RecentActivityModel.COL_SUBJECT,
        )
        box.table.activated.connect(lambda index: self.edit_recent(index.row()))
        for keys, act in (
            (QKeySequence(Qt.Key.Key_F2), work_actions.edit_activity),
            (QKeySequence(QKeySequence.StandardKey.Delete), work_actions.delete_activity),
        ):
            action = QAction(box.table)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, a=act: self._on_recent(a))
            box.table.addAction(action)
        box.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        box.table.customContextMenuRequested.connect(self._recent_menu)
        box.table.setAccessibleDescription(
            self.tr("Enter or F2 corrects the chosen activity; Delete moves it to the trash.")
        )
        return box

    def edit_recent(self, row: int) -> None:
        """Correct the recently logged activity in ``row``."""
        if 0 <= row < self.recent.model.rowCount():
            activity: RecentActivity = self.recent.model.row(row)
            work_actions.edit_activity(self._actions, activity.id, self)

    def _on_recent(self, act: work_actions.WorkAct) -> None:
        row = self.recent.table.currentIndex().row()
        if row >= 0:
            act(self._actions, self.recent.model.row(row).id, self)

    def _recent_menu(self, point: QPoint) -> None:
        index = self.recent.table.indexAt(point)
        if not index.isValid():
            return
        self.recent.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("&Edit…"), lambda: self._on_recent(work_actions.edit_activity))
        menu.addAction(self.tr("De&lete…"), lambda: self._on_recent(work_actions.delete_activity))
        menu.exec(self.recent.table.viewport().mapToGlobal(point))
        menu.deleteLater()

    def refresh(self) -> None:
        """Reload the day in the background (again once more if already loading)."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        owner = self._actions.me if self.only_mine.isChecked() else None
        self.only_mine.setEnabled(self._actions.me is not None)
        if self._actions.me is None:
            self.only_mine.setToolTip(self.tr("Choose who you are under Settings first"))
        self._runner.run(
            lambda _progress: self._actions.services.my_day.day(owner_id=owner),
            self._show,
            error_title=self.tr("My day could not be loaded"),
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._loading = False
        show_error(self, self.tr("My day could not be loaded"), error)

    def _show(self, day: Day) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.refresh()
            return
        self._today = day.today
        self._show_title()
        self.overdue.show_section(self.tr("Overdue"), day.overdue)
        self.due_today.show_section(self.tr("Due today"), day.due_today)
        self.this_week.show_section(self.tr("Due this week"), day.due_this_week)
        self.waiting.show_section(
            self.tr("New inquiries waiting for an answer"),
            day.waiting,
        )
        self.recent.show_section(
            self.tr("Logged in the last {days} days").format(days=RECENT_DAYS),
            day.recent,
        )
        self.answer.setEnabled(self.waiting.table.currentIndex().isValid())
        self.loaded = True

    def _show_title(self) -> None:
        self.title.setText(self.tr("My day — {date}").format(date=day_text(self._today)))

    def _complete(self, task: DueTask) -> None:
        def undone() -> None:
            if task in self.done_here:
                self.done_here.remove(task)

        self._close_notice()  # one notice at a time: Ctrl+Z reaches the earlier ones
        self.done_notice = work_actions.complete_with_notice(
            self._actions, task.id, task.title, self, undone=undone
        )
        if self.done_notice is not None:
            self.done_here.append(task)

    def undo_done(self) -> None:
        """Open the last task done on this page again (Ctrl+Z)."""
        if not self.done_here:
            return
        task = self.done_here.pop()
        self._close_notice()
        work_actions.set_done(self._actions, task.id, False, self)

    def _close_notice(self) -> None:
        notice, self.done_notice = self.done_notice, None
        if notice is not None:
            with contextlib.suppress(RuntimeError):  # it closed itself already (and is gone)
                notice.close()

    def _on_current(
        self, model: DueTaskModel, table: QTableView, act: work_actions.WorkAct
    ) -> None:
        row = table.currentIndex().row()
        if row >= 0:
            act(self._actions, model.row(row).id, self)

    def _task_menu(self, model: DueTaskModel, table: QTableView, point: QPoint) -> None:
        index = table.indexAt(point)
        if not index.isValid():
            return
        table.selectRow(index.row())
        task: DueTask = model.row(index.row())
        menu = work_actions.task_menu(
            self._actions,
            self,
            task_id=task.id,
            title=task.title,
            done=False,
            owner_id=task.owner_id,
            complete=lambda: self._complete(task),
        )
        menu.exec(table.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _complete_current(self, model: DueTaskModel, table: QTableView) -> None:
        row = table.currentIndex().row()
        if row >= 0:
            model.setData(
                model.index(row, DueTaskModel.COL_DONE),
                Qt.CheckState.Checked.value,
                Qt.ItemDataRole.CheckStateRole,
            )

    def _open_task(self, model: DueTaskModel, index: QModelIndex) -> None:
        task: DueTask = model.row(index.row())
        if task.project_id is not None:
            self._actions.open_project(task.project_id)
        elif task.company_id is not None:
            self._actions.open_company(task.company_id)

    def _open_inquiry(self, index: QModelIndex) -> None:
        inquiry: WaitingInquiry = self.waiting_model.row(index.row())
        self._actions.open_project(inquiry.project_id)

    def _answer_current(self) -> None:
        index = self.waiting.table.currentIndex()
        if index.isValid():
            self._answer(index)

    def _answer(self, index: QModelIndex) -> None:
        inquiry: WaitingInquiry = self.waiting_model.row(index.row())
        self._actions.log_activity(
            company_id=inquiry.company_id,
            project_id=inquiry.project_id,
            kind=ActivityKind.EMAIL,
            subject=self.tr("Answer to the inquiry “{title}”").format(title=inquiry.title),
            staff_ids=(inquiry.owner_id,),
        )
