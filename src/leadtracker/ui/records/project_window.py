"""A project's record in a window of its own: details, stage history, timeline and tasks.

The header names the company and project and the stage it is in; *Move to*
offers the stages the rules allow from there and asks for what a stage needs
(Lost: reason and location; Landed: the checklist). The tabs show the editable
details, how many days the project spent in each stage, what happened (newest
first) and the tasks.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError
from leadtracker.domain.stages import StageDefinition
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.projects import OutcomeUpdate, ProjectRecord
from leadtracker.services.timeline import (
    EntryKind,
    StageSpan,
    TaskLine,
    TimelineEntry,
    TimelineService,
)
from leadtracker.ui.background import show_error
from leadtracker.ui.exchange.briefing_dialog import BriefingChoice, BriefingDialog, BriefingOutput
from leadtracker.ui.exchange.documents import DocumentOutput, file_name, staff_name
from leadtracker.ui.formats import moment_text
from leadtracker.ui.forms.editor import RecordEditor
from leadtracker.ui.forms.vocabulary import label, stage_name
from leadtracker.ui.i18n import localized, translate
from leadtracker.ui.lists.table_view import read_only_table
from leadtracker.ui.pipeline.board_questions import ConfirmSkip, skip_agreed, skip_asker
from leadtracker.ui.records import work_actions
from leadtracker.ui.records.change_history import ChangeHistory
from leadtracker.ui.records.task_table import TaskTable
from leadtracker.ui.shell.desk import DeskActions

#: Asks the user for what moving to a stage needs; ``None`` when they cancel.
AskOutcome = Callable[[QWidget, ProjectRecord, StageDefinition], OutcomeUpdate | None]


def _local(moment: datetime | None) -> str:
    return moment_text(moment)


def _entry_kind(kind: EntryKind) -> str:
    if kind is EntryKind.STAGE_MOVE:
        return translate("Timeline", "Stage")
    return label(ActivityKind(kind.value))


def timeline_html(entries: Sequence[TimelineEntry], *, editable: bool = False) -> str:
    """Entries as HTML, newest first: when, what, who, the notes (user text escaped).

    ``editable``: each activity has *Edit* and *Delete* links
    (:func:`~leadtracker.ui.records.work_actions.follow_activity_link` follows them).
    """
    if not entries:
        nothing = html.escape(translate("Timeline", "Nothing logged yet."))
        return f"<p style='color: gray'>{nothing}</p>"
    parts = []
    for entry in entries:
        who = ", ".join((*entry.people, *entry.staff))
        text = html.escape(entry.text).replace("\n", "<br>")
        kind = html.escape(_entry_kind(entry.kind))
        links = ""
        if editable and entry.activity_id is not None:
            links = f" &nbsp; <small>{work_actions.activity_links(entry.activity_id)}</small>"
        parts.append(
            "<div style='margin-bottom: 10px;'>"
            f"<span style='color: gray;'>{_local(entry.at)}</span> &nbsp; "
            f"<b>{kind}</b> &nbsp; {html.escape(localized(entry.title))}{links}"
            + (f"<br><span style='color: #555;'>{html.escape(who)}</span>" if who else "")
            + (f"<br>{text}" if text else "")
            + "</div>"
        )
    return "".join(parts)


class ProjectWindow(QWidget):
    """One project's record; emits nothing, saves through the services, reloads itself."""

    #: The window was closed (and is about to be deleted).
    closed = Signal()

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
        super().__init__(parent, Qt.WindowType.Window)
        self.project_id = project_id
        self._actions = actions
        self._timeline = timeline
        self._ask_outcome = ask_outcome
        #: Whether to move although stages are skipped (as the board asks); replaceable in tests.
        self.confirm_skip: ConfirmSkip = skip_asker(actions.settings)
        self.resize(900, 640)
        self.record: ProjectRecord | None = None
        self._build_header()
        self._build_tabs(details)
        line = QHBoxLayout()
        line.addWidget(self.stage)
        line.addWidget(self.company_link)
        line.addStretch(1)
        # The actions get a row of their own: beside the title they would
        # make the window wider than a 960-pixel screen in German.
        actions_row = QHBoxLayout()
        for button in (
            self.move_button,
            self.log_button,
            self.task_button,
            self.briefing_button,
            self.delete_button,
        ):
            actions_row.addWidget(button)
        actions_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(line)
        layout.addLayout(actions_row)
        layout.addWidget(self.tabs)

        close = QAction(self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)
        actions.data_changed.connect(self.reload)
        self.reload()

    def _build_header(self) -> None:
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        self.log_button = QPushButton(self.tr("Log activity…"))
        self.log_button.setShortcut(QKeySequence("Ctrl+L"))
        self.log_button.setToolTip(self.tr("Log a call, meeting or visit (Ctrl+L)"))
        self.log_button.clicked.connect(self._log_activity)
        self.task_button = QPushButton(self.tr("Add task…"))
        self.task_button.setShortcut(QKeySequence("Ctrl+T"))
        self.task_button.setToolTip(self.tr("Add a follow-up task (Ctrl+T)"))
        self.task_button.clicked.connect(self._add_task)
        self.briefing_button = QPushButton(self.tr("Meeting &briefing…"))
        self.briefing_button.setToolTip(
            self.tr("Print or save a briefing for a meeting on this project (Alt+B)")
        )
        self.briefing_button.clicked.connect(self.meeting_briefing)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(
            self.tr("Move the project to the trash (File → Trash… restores it)")
        )
        self.delete_button.clicked.connect(
            lambda: self._actions.move_to_trash("project", self.project_id, self)
        )
        self.documents = DocumentOutput(self, self._actions.settings)

    def _build_tabs(self, details: Callable[[int, QWidget], QWidget] | None) -> None:
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Stage"), self.tr("Since"), self.tr("Days"), self.tr("By"), self.tr("Note")]
        )
        self.history.setAccessibleName(self.tr("Stage history"))
        read_only_table(self.history, stretch=4)
        self.entries = QTextBrowser()
        self.entries.setAccessibleName(self.tr("Timeline"))
        self.entries.setOpenLinks(False)
        self.entries.anchorClicked.connect(
            lambda link: work_actions.follow_activity_link(self._actions, link, self)
        )
        self.tasks = TaskTable(self._actions)

        self.tabs = QTabWidget()
        self._details = details(self.project_id, self) if details is not None else None
        if self._details is not None:
            self.tabs.addTab(self._details, self.tr("&Details"))
        self.tabs.addTab(self.entries, self.tr("T&imeline"))
        self.tabs.addTab(self.history, self.tr("Stage &history"))
        self.tabs.addTab(self.tasks, self.tr("T&asks"))
        self.changes = ChangeHistory()
        self.tabs.addTab(self.changes, self.tr("C&hanges"))

    def reload(self) -> None:
        """Read the project again and show it (after any change anywhere)."""
        try:
            record = self._actions.services.projects.get(self.project_id)
        except DomainError:  # deleted meanwhile
            self.close()
            return
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
        if isinstance(self._details, RecordEditor) and not self._details.dirty:
            self._details.load_id(self.project_id)
        self._fill_move_menu(record)
        story = self._timeline.project_story(self.project_id)
        self._show_history(story.spans)
        self._show_entries(story.entries)
        self._show_tasks(story.tasks)
        self.changes.show_lines(self._actions.services.history.of("project", self.project_id))

    def _fill_move_menu(self, record: ProjectRecord) -> None:
        self.move_menu.clear()
        pipeline = self._actions.services.projects.pipeline()
        for stage in pipeline.allowed_targets(record.stage_key):
            action = self.move_menu.addAction(stage_name(stage.label))
            action.triggered.connect(lambda _checked=False, s=stage: self.move_to(s))
        self.move_button.setEnabled(not self.move_menu.isEmpty())

    def move_to(self, stage: StageDefinition) -> bool:
        """Move the project to ``stage``, asking first for what it needs; whether it moved."""
        if self.record is None:
            return False
        pipeline = self._actions.services.projects.pipeline()
        settings = self._actions.settings
        if not skip_agreed(
            self, pipeline, self.record, stage.key, settings=settings, confirm=self.confirm_skip
        ):
            return False
        outcome = self._ask_outcome(self, self.record, stage)
        if outcome is None:
            return False
        try:
            self._actions.services.projects.move(
                self.project_id, stage.key, outcome=outcome, by_user_id=self._actions.me
            )
        except DomainError as error:
            show_error(self, self.tr("The project was not moved"), error)
            return False
        return True

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

    def discard_and_close(self) -> None:
        """Close without asking about unsaved changes (the project went to the trash)."""
        if isinstance(self._details, RecordEditor):
            self._details.revert()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before unsaved changes are lost; stop listening once closed."""
        if isinstance(self._details, RecordEditor) and not self._details.confirm_discard():
            event.ignore()
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self._actions.data_changed.disconnect(self.reload)
        super().closeEvent(event)
        self.closed.emit()
