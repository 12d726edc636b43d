"""Dialogs for the day's work: log an activity (call, meeting …), add a task -- or correct one.

Both build a draft for :class:`~leadtracker.services.work.WorkService`, save
it when the user presses Save, and show what the service refuses next to the
field it is about; the dialog stays open until the record is saved. Given a
saved record (``editing``), they show it and save the changes to it; when
someone else saved it meanwhile, the user chooses to reload theirs or
overwrite it, as in the record editors.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import RecordChangedError, ValidationError
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.contacts import ContactRecord
from leadtracker.services.network import UserRecord
from leadtracker.services.work import (
    ActivityDraft,
    ActivityRecord,
    TaskDraft,
    TaskRecord,
    WorkService,
)
from leadtracker.ui.formats import date_pattern, moment_pattern, python_date
from leadtracker.ui.forms.editor import ConflictChoice, ask_conflict
from leadtracker.ui.forms.vocabulary import label
from leadtracker.ui.i18n import localized, localized_problem, translate

CONTEXT = "WorkDialogs"


def _problem_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class _SavingDialog(QDialog):
    """Save/Cancel buttons and one message line per field for the service's complaints."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.general_problem = _problem_label()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_problem)
        layout.addWidget(self.buttons)
        self._problems: dict[str, tuple[QWidget, QLabel]] = {}
        #: Asks what to do when someone else saved the record meanwhile (tests answer it).
        self.ask_conflict: Callable[[QWidget, RecordChangedError], ConflictChoice] = ask_conflict
        #: Save over whatever is saved now (the user chose to overwrite).
        self.overwrite = False

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        """A row with the field and, below it, the place for its message."""
        message = _problem_label()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(message)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(label, box)
        self._problems[key] = (widget, message)

    def show_problems(self, error: ValidationError) -> None:
        """Each problem next to its field (or below the form), the first field focused."""
        for _, message in self._problems.values():
            message.hide()
        self.general_problem.hide()
        first: QWidget | None = None
        for problem in error.problems:
            widget, message = self._problems.get(problem.field, (None, self.general_problem))
            message.setText(
                localized_problem(problem) if widget is None else localized(problem.problem)
            )
            message.show()
            if first is None and widget is not None:
                first = widget
        if first is not None:
            first.setFocus()

    def _save(self) -> None:
        try:
            self.save()
        except ValidationError as error:
            self.show_problems(error)
        except RecordChangedError as error:
            choice = self.ask_conflict(self, error)
            if choice is ConflictChoice.RELOAD:
                self.reload()
            elif choice is ConflictChoice.OVERWRITE:
                self.overwrite = True
                try:
                    self._save()
                finally:
                    self.overwrite = False
        else:
            self.accept()

    def save(self) -> None:
        """Save the record; raises :class:`ValidationError` to keep the dialog open."""
        raise NotImplementedError

    def reload(self) -> None:
        """Show the record as saved now (after someone else changed it)."""
        raise NotImplementedError


class ActivityDialog(_SavingDialog):
    """Log what happened with a company or project, and who took part."""

    def __init__(
        self,
        work: WorkService,
        *,
        company_id: int | None,
        project_id: int | None = None,
        contacts: Sequence[ContactRecord] = (),
        staff: Sequence[UserRecord] = (),
        me: int | None = None,
        kind: ActivityKind = ActivityKind.MEETING,
        subject: str = "",
        ticked: Collection[int | None] = (),
        editing: ActivityRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = translate("WorkDialogs", "Log activity")
        if editing is not None:
            title = translate("WorkDialogs", "Edit activity")
        super().__init__(title, parent)
        self._work = work
        self._editing = editing
        if editing is not None:
            company_id, project_id = editing.company_id, editing.project_id
        self._company_id = company_id
        self._project_id = project_id
        self._me = me
        self.saved: ActivityRecord | None = None

        self.kind = QComboBox()
        for value in ActivityKind:
            self.kind.addItem(label(value), value)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(moment_pattern())
        self.subject = QLineEdit(subject)
        self.subject.setPlaceholderText(
            translate("WorkDialogs", "e.g. Call with Mr. Yamada about office space")
        )
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            translate("WorkDialogs", "What was discussed, what was promised")
        )
        self.text.setTabChangesFocus(True)
        self.contacts = self._checklist(
            [
                (c.id, f"{c.name.display} — {c.title}" if c.title else c.name.display)
                for c in contacts
            ]
        )
        self.staff = self._checklist([(u.id, u.name) for u in staff], checked={me, *ticked})

        self.add_field("kind", translate("WorkDialogs", "&Kind"), self.kind)
        self.add_field("occurred_at", translate("WorkDialogs", "&When"), self.when)
        self.add_field("subject", translate("WorkDialogs", "&Subject"), self.subject)
        self.add_field("text", translate("WorkDialogs", "&Notes"), self.text)
        if contacts:
            self.add_field("participants", translate("WorkDialogs", "&Participants"), self.contacts)
        if staff:
            self.add_field("staff", translate("WorkDialogs", "S&taff"), self.staff)
        if editing is not None:
            self._fill(editing)
        self.subject.setFocus()

    def _fill(self, record: ActivityRecord) -> None:
        """Show a saved activity."""
        self.kind.setCurrentIndex(self.kind.findData(record.kind))
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(record.occurred_at.timestamp())))
        self.subject.setText(record.subject)
        self.text.setPlainText(record.text)
        for widget, ids in ((self.contacts, record.contact_ids), (self.staff, record.staff_ids)):
            for row in range(widget.count()):
                item = widget.item(row)
                ticked = int(item.data(Qt.ItemDataRole.UserRole)) in ids
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    @staticmethod
    def _checklist(
        items: Sequence[tuple[int, str]], checked: Collection[int | None] = ()
    ) -> QListWidget:
        widget = QListWidget()
        for item_id, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked
            )
            widget.addItem(item)
        widget.setMaximumHeight(110)
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[int, ...]:
        return tuple(
            int(widget.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        )

    def draft(self) -> ActivityDraft:
        """The activity as entered."""
        seconds = self.when.dateTime().toSecsSinceEpoch()
        occurred_at = datetime.fromtimestamp(seconds, UTC)
        if self._editing is not None and seconds == int(self._editing.occurred_at.timestamp()):
            occurred_at = self._editing.occurred_at  # unchanged, to the microsecond
        return ActivityDraft(
            kind=ActivityKind(self.kind.currentData()),
            occurred_at=occurred_at,
            company_id=self._company_id,
            project_id=self._project_id,
            subject=self.subject.text(),
            text=self.text.toPlainText(),
            contact_ids=self._checked(self.contacts),
            staff_ids=self._checked(self.staff),
            created_by_id=self._me if self._editing is None else self._editing.created_by_id,
        )

    def save(self) -> None:
        """Log the activity."""
        draft = self.draft()
        if not draft.subject.strip() and not draft.text.strip():
            raise ValidationError.single(
                "subject",
                translate("WorkDialogs", "Subject"),
                translate("WorkDialogs", "say in a few words what happened"),
            )
        if self._editing is None:
            self.saved = self._work.log_activity(draft)
        else:
            version = None if self.overwrite else self._editing.version
            self.saved = self._work.update_activity(
                self._editing.id, draft, expected_version=version
            )

    def reload(self) -> None:
        """Show the activity as saved now."""
        if self._editing is not None:
            self._editing = self._work.activity(self._editing.id)
            self._fill(self._editing)


class TaskDialog(_SavingDialog):
    """Add a follow-up with a due date and an owner."""

    def __init__(
        self,
        work: WorkService,
        *,
        company_id: int | None = None,
        project_id: int | None = None,
        staff: Sequence[UserRecord] = (),
        me: int | None = None,
        due_on: date | None = None,
        editing: TaskRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = translate("WorkDialogs", "New task")
        if editing is not None:
            title = translate("WorkDialogs", "Edit task")
        super().__init__(title, parent)
        self._work = work
        self._editing = editing
        if editing is not None:
            company_id, project_id = editing.company_id, editing.project_id
        self._company_id = company_id
        self._project_id = project_id
        self.saved: TaskRecord | None = None

        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("WorkDialogs", "e.g. Send list of office spaces"))
        self.has_due = QCheckBox(translate("WorkDialogs", "Due on"))
        self.due = QDateEdit(
            QDate.currentDate().addDays(7)
            if due_on is None
            else QDate(due_on.year, due_on.month, due_on.day)
        )
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_pattern())
        self.due.setAccessibleName(translate("WorkDialogs", "Due date"))
        self.has_due.setChecked(True)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QWidget()
        row = QFormLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addRow(self.has_due, self.due)
        due_row.setFocusProxy(self.has_due)  # Alt+D: to the tick, then Tab to the date
        self.owner = QComboBox()
        self.owner.addItem(translate("WorkDialogs", "Nobody yet"), None)
        for user in staff:
            self.owner.addItem(user.name, user.id)
        # A project's task is its owner's unless chosen otherwise; else the user's own.
        owner = work.default_task_owner(project_id=project_id) if editing is None else None
        for candidate in (owner, me):
            if candidate is not None and self.owner.findData(candidate) >= 0:
                self.owner.setCurrentIndex(self.owner.findData(candidate))
                break
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)

        self.add_field("title", translate("WorkDialogs", "&Task"), self.title)
        self.add_field("due_on", translate("WorkDialogs", "&Due"), due_row)
        self.add_field("owner_id", translate("WorkDialogs", "&Owner"), self.owner)
        self.add_field("notes", translate("WorkDialogs", "&Notes"), self.notes)
        if editing is not None:
            self._fill(editing)
        self.title.setFocus()

    def _fill(self, record: TaskRecord) -> None:
        """Show a saved task."""
        self.title.setText(record.title)
        self.has_due.setChecked(record.due_on is not None)
        if record.due_on is not None:
            self.due.setDate(QDate(record.due_on.year, record.due_on.month, record.due_on.day))
        self.owner.setCurrentIndex(max(0, self.owner.findData(record.owner_id)))
        self.notes.setPlainText(record.notes)

    def draft(self) -> TaskDraft:
        """The task as entered."""
        return TaskDraft(
            title=self.title.text(),
            due_on=python_date(self.due.date()) if self.has_due.isChecked() else None,
            owner_id=self.owner.currentData(),
            project_id=self._project_id,
            company_id=self._company_id,
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        """Add the task (or save the changes to it)."""
        if self._editing is None:
            self.saved = self._work.add_task(self.draft())
        else:
            version = None if self.overwrite else self._editing.version
            self.saved = self._work.update_task(
                self._editing.id, self.draft(), expected_version=version
            )

    def reload(self) -> None:
        """Show the task as saved now."""
        if self._editing is not None:
            self._editing = self._work.task(self._editing.id)
            self._fill(self._editing)
