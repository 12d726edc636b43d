"""The window of one record, a company's or a project's: what both windows are.

A window of its own with the record's name as heading and window title, a
line about the record under it, a row of actions (logging an activity, adding
a task, moving the record to the trash among them) and tabs: the details
(the record's editor), the timeline of what happened (newest first, each
activity with *Edit* and *Delete*), the tasks and the changes. The window
reads its record again after every change, closes when the record is gone
(moved to the trash meanwhile) and asks before unsaved edits are lost.

A subclass gives what is its own: how it reads and shows its record
(``_read`` and ``_show``), its line under the heading, its further actions
and tabs.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.timeline import EntryKind, TimelineEntry, TimelineService
from leadtracker.ui.exchange.documents import DocumentOutput
from leadtracker.ui.formats import moment_text
from leadtracker.ui.forms.editor import RecordEditor
from leadtracker.ui.forms.vocabulary import label
from leadtracker.ui.i18n import localized, translate
from leadtracker.ui.records import work_actions
from leadtracker.ui.records.change_history import ChangeHistory
from leadtracker.ui.records.task_table import TaskTable
from leadtracker.ui.shell.desk import DeskActions

#: What a window reads of its record (a company's or a project's record).
RecordT = TypeVar("RecordT")


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
            f"<span style='color: gray;'>{moment_text(entry.at)}</span> &nbsp; "
            f"<b>{kind}</b> &nbsp; {html.escape(localized(entry.title))}{links}"
            + (f"<br><span style='color: #555;'>{html.escape(who)}</span>" if who else "")
            + (f"<br>{text}" if text else "")
            + "</div>"
        )
    return "".join(parts)


class RecordWindow(QWidget, Generic[RecordT]):
    """One record in a window of its own; reloads on any change, closes when the record is gone."""

    #: The window was closed (and is about to be deleted).
    closed = Signal()
    #: The record's kind as the trash and the change history name it ("company").
    KIND: ClassVar[str]

    def __init__(
        self,
        record_id: int,
        actions: DeskActions,
        *,
        timeline: TimelineService,
        tasks: TaskTable,
        size: tuple[int, int],
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.record_id = record_id
        self._actions = actions
        self._timeline = timeline
        #: The tab of the record's details (first of the tabs), if there is one.
        self.details: QWidget | None = None
        self.resize(*size)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_button = self._button(
            translate("RecordWindow", "Log activity…"),
            translate("RecordWindow", "Log a call, meeting or visit (Ctrl+L)"),
            self._log_activity,
            "Ctrl+L",
        )
        self.task_button = self._button(
            translate("RecordWindow", "Add task…"),
            translate("RecordWindow", "Add a follow-up task (Ctrl+T)"),
            self._add_task,
            "Ctrl+T",
        )
        self.delete_button = QPushButton(translate("RecordWindow", "Delete…"))
        self.delete_button.clicked.connect(
            lambda: self._actions.move_to_trash(self.KIND, self.record_id, self)
        )
        self.documents = DocumentOutput(self, actions.settings)

        self.entries = QTextBrowser()
        self.entries.setAccessibleName(translate("RecordWindow", "Timeline"))
        self.entries.setOpenLinks(False)
        self.entries.anchorClicked.connect(
            lambda link: work_actions.follow_activity_link(self._actions, link, self)
        )
        self.tasks = tasks
        self.changes = ChangeHistory()
        self.tabs = QTabWidget()

    @property
    def editor(self) -> RecordEditor | None:
        """The details, if they are the record's editor (asked before the window closes)."""
        return self.details if isinstance(self.details, RecordEditor) else None

    def _button(
        self, text: str, tip: str, slot: Callable[[], object], shortcut: str = ""
    ) -> QPushButton:
        """An action of the row under the heading."""
        button = QPushButton(text)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _timeline_tab(self) -> tuple[QWidget, str]:
        """The timeline and its tab's title, for a subclass's tabs in its order."""
        return self.entries, translate("RecordWindow", "T&imeline")

    def _finish(
        self,
        line: QWidget | QLayout,
        buttons: Sequence[QPushButton],
        tabs: Sequence[tuple[QWidget, str]],
        changes_title: str,
    ) -> None:
        """Lay the window out, the details first and tasks and changes last; show the record.

        ``line`` stands under the heading, ``buttons`` in a row of their own:
        beside the name they would make the window wider than a 960-pixel
        screen in German.
        """
        if self.details is not None:
            self.tabs.addTab(self.details, translate("RecordWindow", "&Details"))
        for page, title in tabs:
            self.tabs.addTab(page, title)
        self.tabs.addTab(self.tasks, translate("RecordWindow", "T&asks"))
        self.tabs.addTab(self.changes, changes_title)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        if isinstance(line, QLayout):
            layout.addLayout(line)
        else:
            layout.addWidget(line)
        layout.addLayout(row)
        layout.addWidget(self.tabs)

        close = QAction(self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)
        self._actions.data_changed.connect(self.reload)
        self.reload()

    def _read(self) -> RecordT:
        """The record as stored now (a DomainError: it is gone)."""
        raise NotImplementedError

    def _show(self, record: RecordT) -> None:
        """Show what is the subclass's own of ``record`` (title, heading, its tabs)."""
        raise NotImplementedError

    def _log_activity(self) -> None:
        raise NotImplementedError

    def _add_task(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        """Read the record again and show it (the editor only when it holds no unsaved change)."""
        try:
            record = self._read()
        except DomainError:  # deleted meanwhile
            self.close()
            return
        self._show(record)
        if self.editor is not None and not self.editor.dirty:
            self.editor.load_id(self.record_id)
        self.changes.show_lines(self._actions.services.history.of(self.KIND, self.record_id))

    def discard_and_close(self) -> None:
        """Close without asking about unsaved changes (the record went to the trash)."""
        if self.editor is not None:
            self.editor.revert()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask before unsaved changes are lost; stop listening once closed."""
        if self.editor is not None and not self.editor.confirm_discard():
            event.ignore()
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self._actions.data_changed.disconnect(self.reload)
        super().closeEvent(event)
        self.closed.emit()
