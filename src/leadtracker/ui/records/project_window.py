"""A project's record in a window of its own: details, stage history, timeline and tasks.

The header names the company and project and the stage it is in; *Move to*
offers the stages the rules allow from there and asks for what a stage needs
(Lost: reason and location; Landed: the checklist), and takes a move back
(Ctrl+Z) or makes it again (Ctrl+Shift+Z, Ctrl+Y): the board's
:class:`~leadtracker.ui.pipeline.stage_mover.StageMover` does it all. The tabs show the editable
details, how many days the project spent in each stage, what happened (newest
first) and the tasks.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from leadtracker.domain.pipeline.stages import StageDefinition
from leadtracker.services.projects import ProjectRecord
from leadtracker.services.timeline import (
    StageSpan,
    TaskLine,
    TimelineEntry,
    TimelineService,
)
from leadtracker.ui.exchange.briefing_dialog import BriefingChoice, BriefingDialog, BriefingOutput
from leadtracker.ui.exchange.documents import file_name, staff_name
from leadtracker.ui.formats import moment_text
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.lists.table_view import read_only_table
from leadtracker.ui.pipeline.board_questions import ConfirmSkip
from leadtracker.ui.pipeline.stage_mover import AskOutcome, StageMover
from leadtracker.ui.records.record_window import RecordWindow, timeline_html
from leadtracker.ui.records.task_table import TaskTable
from leadtracker.ui.shell.desk import DeskActions


def _local(moment: datetime | None) -> str:
    return moment_text(moment)


class ProjectWindow(RecordWindow[ProjectRecord]):
    """One project's record; emits nothing, saves through the services, reloads itself."""

    KIND = "project"

    def __init__(
        self,
        project_id: int,
        actions: DeskActions,
        *,
        timeline: TimelineService,
        ask_outcome: AskOutcome,
        details: Callable[[int, QWidget], QWidget] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        tasks = TaskTable(actions)
        super().__init__(
            project_id, actions, timeline=timeline, tasks=tasks, size=(900, 640), parent=parent
        )
        self.project_id = project_id
        #: Moves the project as the board does: the same questions, refusals, undo and redo.
        self.mover = StageMover(
            actions.services.projects,
            self,
            current_user=lambda: actions.me,
            settings=actions.settings,
            ask=ask_outcome,
        )
        self.mover.out_of_date.connect(self.reload)
        self.record: ProjectRecord | None = None
        self._build_header()
        tabs = self._own_tabs(details)
        line = QHBoxLayout()
        line.addWidget(self.stage)
        line.addWidget(self.company_link)
        line.addStretch(1)
        buttons = (
            self.move_button,
            self.log_button,
            self.task_button,
            self.briefing_button,
            self.delete_button,
        )
        self._finish(line, buttons, tabs, self.tr("C&hanges"))

    def _build_header(self) -> None:
        self.heading.setWordWrap(True)
        self.stage = QLabel()
        self.stage.setStyleSheet(
            "background: #e8eef7; color: #1d3b66; border-radius: 9px; padding: 2px 10px;"
        )
        self.company_link = QLabel()
        self.company_link.linkActivated.connect(lambda _link: self._open_company())

        self.move_button = QPushButton(self.tr("&Move to"))
        self.move_button.setToolTip(self.tr("Move the project to another stage (Alt+M)"))
        self.move_button.setAccessibleName(self.tr("Move the project to another stage"))
        self.move_menu = QMenu(self.move_button)
        self.move_button.setMenu(self.move_menu)
        self.briefing_button = QPushButton(self.tr("Meeting &briefing…"))
        self.briefing_button.setToolTip(
            self.tr("Print or save a briefing for a meeting on this project (Alt+B)")
        )
        self.briefing_button.clicked.connect(self.meeting_briefing)
        self.delete_button.setToolTip(
            self.tr("Move the project to the trash (File → Trash… restores it)")
        )

    def _own_tabs(
        self, details: Callable[[int, QWidget], QWidget] | None
    ) -> list[tuple[QWidget, str]]:
        """The details (the project's editor, if any), the timeline, the stage history."""
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Since"), self.tr("Days"), self.tr("By"), self.tr("Note")]
        )
        self.history.setAccessibleName(self.tr("Stage history"))
        read_only_table(self.history, stretch=4)
        self.details = details(self.project_id, self) if details is not None else None
        return [self._timeline_tab(), (self.history, self.tr("Stage &history"))]

    def _read(self) -> ProjectRecord:
        return self._actions.services.projects.get(self.project_id)

    def _show(self, record: ProjectRecord) -> None:
        self.record = record
        name = record.code_name or record.title
        self.setWindowTitle(
            self.tr("{project} — {company}").format(project=name, company=record.company_name)
        )
        title = html.escape(name)
        if record.code_name:
            real = html.escape(record.title)
            title += f" <span style='color: gray; font-weight: normal;'>({real})</span>"
        self.heading.setText(title)
        self.stage.setText(stage_name(record.stage_label))
        self.stage.setAccessibleName(
            self.tr("Stage: {stage}").format(stage=stage_name(record.stage_label))
        )
        self.company_link.setText(f"<a href='company'>{html.escape(record.company_name)}</a>")
        self._fill_move_menu(record)
        story = self._timeline.project_story(self.project_id)
        self._show_history(story.spans)
        self._show_entries(story.entries)
        self._show_tasks(story.tasks)

    def _fill_move_menu(self, record: ProjectRecord) -> None:
        self.move_menu.clear()
        pipeline = self._actions.services.projects.pipeline()
        for stage in pipeline.allowed_targets(record.stage_key):
            action = self.move_menu.addAction(stage_name(stage.label))
            action.triggered.connect(lambda _checked=False, s=stage: self.move_to(s))
        offered = not self.move_menu.isEmpty()
        self.move_menu.addSeparator()
        self.move_menu.addAction(self.mover.undo_action)
        self.move_menu.addAction(self.mover.redo_action)
        history = self.mover.history
        self.move_button.setEnabled(offered or bool(history.undo_moves or history.redo_moves))

    def move_to(self, stage: StageDefinition) -> bool:
        """Move the project to ``stage``, asking first for what it needs; whether it moved."""
        if self.record is None:
            return False
        return self.mover.move(self.project_id, stage.key) is not None

    @property
    def confirm_skip(self) -> ConfirmSkip:
        """Whether to move although stages are skipped (as the board asks); replaceable in tests."""
        return self.mover.confirm_skip

    @confirm_skip.setter
    def confirm_skip(self, confirm: ConfirmSkip) -> None:
        self.mover.confirm_skip = confirm

    def meeting_briefing(self) -> None:
        """Ask when the meeting is and who attends, then print or save the briefing."""
        record = self.record
        if record is None:
            return
        dialog = BriefingDialog(
            self._actions.services.contacts.for_company(record.company_id),
            staff=tuple(u for u in self._actions.services.network.users() if u.active),
            language=self._actions.settings.pdf_language,
            code_name=record.code_name,
            parent=self,
        )
        if not dialog.exec() or dialog.choice is None:
            return
        choice = dialog.choice
        make = self.briefing_maker(choice)
        if choice.output is BriefingOutput.PRINT:
            self.documents.print(make, self.tr("Briefing {name}").format(name=self.windowTitle()))
        else:
            name = file_name(self.tr("Briefing"), self.windowTitle(), choice.meeting_on.isoformat())
            self.documents.save(make, name)

    def briefing_maker(self, choice: BriefingChoice) -> Callable[[], bytes]:
        """What makes the briefing as chosen, on any thread."""
        author = staff_name(self._actions)
        dossiers, project_id = self._actions.services.dossiers, self.project_id

        def make() -> bytes:
            from leadtracker.reports.briefing import meeting_briefing_pdf  # noqa: PLC0415

            briefing = dossiers.meeting_briefing(
                project_id,
                choice.meeting_on,
                choice.at,
                attendee_ids=choice.attendee_ids,
                staff_ids=choice.staff_ids,
                language=choice.language,
            )
            return meeting_briefing_pdf(
                briefing,
                choice.language,
                author=author,
                reveal_confidential=choice.reveal_confidential,
            )

        return make

    def _show_history(self, spans: tuple[StageSpan, ...]) -> None:
        self.history.setRowCount(len(spans))
        for row, span in enumerate(reversed(spans)):
            days = QTableWidgetItem(str(span.days))
            days.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            stage = (
                stage_name(span.stage_label)
                if span.left_at
                else self.tr("{stage} (now)").format(stage=stage_name(span.stage_label))
            )
            for column, item in enumerate(
                (
                    QTableWidgetItem(stage),
                    QTableWidgetItem(_local(span.entered_at)),
                    days,
                    QTableWidgetItem(span.changed_by),
                    QTableWidgetItem(span.note),
                )
            ):
                self.history.setItem(row, column, item)

    def _show_entries(self, entries: tuple[TimelineEntry, ...]) -> None:
        self.entries.setHtml(timeline_html(entries, editable=True))

    def _show_tasks(self, tasks: tuple[TaskLine, ...]) -> None:
        self.tasks.show_tasks(tasks)

    def _log_activity(self) -> None:
        if self.record is not None:
            self._actions.log_activity(
                company_id=self.record.company_id, project_id=self.project_id
            )

    def _add_task(self) -> None:
        if self.record is not None:
            self._actions.add_task(project_id=self.project_id, company_id=self.record.company_id)

    def _open_company(self) -> None:
        if self.record is not None:
            self._actions.open_company(self.record.company_id)
