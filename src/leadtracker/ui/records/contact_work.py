"""A contact's work on their record: the activities they took part in, their company's tasks.

Shown as a tab of the contact's dialog, the way the company and project
windows show theirs; each activity has *Edit* and *Delete*, and the tasks are
corrected in place (:class:`~leadtracker.ui.records.task_table.TaskTable`).
The tab reloads whenever data changes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from leadtracker.domain.errors import DomainError
from leadtracker.ui.i18n import translate
from leadtracker.ui.records import work_actions
from leadtracker.ui.records.record_window import timeline_html
from leadtracker.ui.records.task_table import TaskTable
from leadtracker.ui.shell.desk import DeskActions


def _heading() -> QLabel:
    label = QLabel()
    label.setStyleSheet("font-weight: 600;")
    return label


class ContactWork(QWidget):
    """The activities a contact took part in, newest first, and their company's tasks."""

    def __init__(
        self, actions: DeskActions, contact_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self._actions = actions
        self._timeline = actions.services.timeline
        self.activities_heading = _heading()
        self.entries = QTextBrowser()
        self.entries.setOpenLinks(False)
        self.entries.anchorClicked.connect(
            lambda link: work_actions.follow_activity_link(actions, link, self)
        )
        self.tasks_heading = _heading()
        self.tasks = TaskTable(actions, with_project=True)
        for heading, view in (
            (self.activities_heading, self.entries),
            (self.tasks_heading, self.tasks),
        ):
            heading.setBuddy(view)
        top, bottom = QWidget(), QWidget()
        for box, heading, view in (
            (top, self.activities_heading, self.entries),
            (bottom, self.tasks_heading, self.tasks),
        ):
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(heading)
            column.addWidget(view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addWidget(splitter)
        actions.data_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read the contact's activities and tasks again."""
        try:
            story = self._timeline.contact_story(self.contact_id)
        except DomainError:  # deleted meanwhile: the dialog closes
            return
        self.entries.setHtml(timeline_html(story.entries, editable=True))
        self.tasks.show_tasks(story.tasks)
        activities = translate("ContactWork", "Activities with this contact ({count})").format(
            count=len(story.entries)
        )
        tasks = translate("ContactWork", "Tasks of their company ({count})").format(
            count=len(story.tasks)
        )
        self.activities_heading.setText(activities)
        self.entries.setAccessibleName(activities)
        self.tasks_heading.setText(tasks)
        self.tasks.setAccessibleName(tasks)
