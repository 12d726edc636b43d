"""Correcting the day's work from any window: edit, reschedule, reassign, delete, done and undone.

My day, the project and company windows and a contact's record all call
these, so an activity or a task is corrected the same way everywhere: the
log/task dialogs open filled in (:mod:`leadtracker.ui.records.work_dialogs`),
deleting asks and moves the record to the trash, and marking a task done
says so in a notice with *Undo*. What they save reports itself to the pages
(the change notices of ``actions.notices``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import UTC, date, datetime, timedelta
from functools import partial

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from leadtracker.domain.errors import DomainError
from leadtracker.domain.office import office_date
from leadtracker.services.network import UserRecord
from leadtracker.ui.background import show_error
from leadtracker.ui.i18n import translate
from leadtracker.ui.shell.desk import DeskActions, dialog_parent

#: Something done to one task or activity: ``(actions, its id, parent)``; whether it was done.
WorkAct = Callable[[DeskActions, int, QWidget | None], bool]
#: The scheme of the links in a timeline that correct an activity.
EDIT_ACTIVITY, DELETE_ACTIVITY = "activity-edit", "activity-delete"


def _staff(actions: DeskActions, keep: Collection[int | None]) -> list[UserRecord]:
    """The staff to choose from: those active, and those already on the record."""
    return [u for u in actions.services.network.users() if u.active or u.id in keep]


def _run(actions: DeskActions, dialog: QDialog) -> bool:
    saved = bool(dialog.exec())
    dialog.deleteLater()
    return saved


def edit_activity(actions: DeskActions, activity_id: int, parent: QWidget | None) -> bool:
    """Correct a logged activity in the log dialog, filled in; whether it was saved."""
    from leadtracker.ui.records.work_dialogs import ActivityDialog  # noqa: PLC0415

    services = actions.services
    try:
        record = services.work.activity(activity_id)
    except DomainError as error:
        show_error(parent, translate("WorkActions", "The activity could not be opened"), error)
        return False
    company_id = record.company_id
    contacts = services.contacts.for_company(company_id) if company_id is not None else ()
    dialog = ActivityDialog(
        services.work,
        company_id=company_id,
        project_id=record.project_id,
        contacts=contacts,
        staff=_staff(actions, record.staff_ids),
        me=actions.me,
        editing=record,
        parent=dialog_parent(parent),
    )
    return _run(actions, dialog)


def edit_task(actions: DeskActions, task_id: int, parent: QWidget | None) -> bool:
    """Correct a task in the task dialog, filled in; whether it was saved."""
    from leadtracker.ui.records.work_dialogs import TaskDialog  # noqa: PLC0415

    try:
        record = actions.services.work.task(task_id)
    except DomainError as error:
        show_error(parent, translate("WorkActions", "The task could not be opened"), error)
        return False
    dialog = TaskDialog(
        actions.services.work,
        staff=_staff(actions, (record.owner_id,)),
        me=actions.me,
        editing=record,
        parent=dialog_parent(parent),
    )
    return _run(actions, dialog)


def delete_activity(actions: DeskActions, activity_id: int, parent: QWidget | None) -> bool:
    """Move an activity to the trash after asking; whether it went."""
    return actions.move_to_trash("activity", activity_id, parent)


def delete_task(actions: DeskActions, task_id: int, parent: QWidget | None) -> bool:
    """Move a task to the trash after asking; whether it went."""
    return actions.move_to_trash("task", task_id, parent)


def set_done(actions: DeskActions, task_id: int, done: bool, parent: QWidget | None) -> bool:
    """Mark a task done or not done (again); whether it worked."""
    work = actions.services.work
    try:
        if done:
            work.complete_task(task_id)
        else:
            work.reopen_task(task_id)
    except DomainError as error:
        title = translate("WorkActions", "The task was not changed")
        show_error(parent, title, error)
        return False
    return True


def show_done_notice(parent: QWidget | None, task: str, undo: Callable[[], None]) -> QMessageBox:
    """Say that ``task`` is done, with *Undo*; does not block and closes itself when clicked."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # The work goes on where it was (Ctrl+Z on My day included): the notice takes no focus.
    box.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("WorkActions", "Task done"))
    box.setText(translate("WorkActions", "“{task}” is done.").format(task=task))
    box.setInformativeText(translate("WorkActions", "Undo opens it again."))
    box.setObjectName("done-notice")
    undo_button = box.addButton(
        translate("WorkActions", "&Undo"), QMessageBox.ButtonRole.ActionRole
    )
    undo_button.clicked.connect(undo)
    undo_key = QAction(box)  # Ctrl+Z works in the notice too, when it has the focus
    undo_key.setShortcut(QKeySequence.StandardKey.Undo)
    undo_key.triggered.connect(undo_button.click)
    box.addAction(undo_key)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setModal(False)
    box.show()
    return box


def complete_with_notice(
    actions: DeskActions,
    task_id: int,
    task: str,
    parent: QWidget | None,
    *,
    undone: Callable[[], None] | None = None,
) -> QMessageBox | None:
    """Mark a task done and show the notice whose *Undo* opens it again (then calls ``undone``)."""
    if not set_done(actions, task_id, True, parent):
        return None

    def undo() -> None:
        if set_done(actions, task_id, False, parent) and undone is not None:
            undone()

    return show_done_notice(parent, task, undo)


def reschedule_task(
    actions: DeskActions, task_id: int, due_on: date | None, parent: QWidget | None
) -> bool:
    """Give a task another due date; whether it worked."""
    try:
        actions.services.work.reschedule_task(task_id, due_on)
    except DomainError as error:
        show_error(parent, translate("WorkActions", "The task was not rescheduled"), error)
        return False
    return True


def reassign_task(
    actions: DeskActions, task_id: int, owner_id: int | None, parent: QWidget | None
) -> bool:
    """Give a task to another staff member (``None``: nobody yet); whether it worked."""
    try:
        actions.services.work.reassign_task(task_id, owner_id)
    except DomainError as error:
        show_error(
            parent, translate("WorkActions", "The task was not given to someone else"), error
        )
        return False
    return True


def task_menu(
    actions: DeskActions,
    parent: QWidget,
    *,
    task_id: int,
    title: str,
    done: bool,
    owner_id: int | None,
    complete: Callable[[], object] | None = None,
) -> QMenu:
    """The menu of one task: edit, done/not done, reschedule, give to, delete.

    ``complete`` marks it done instead of :func:`complete_with_notice` (a page
    that keeps its own undo).
    """
    menu = QMenu(parent)
    menu.addAction(translate("WorkActions", "&Edit…"), lambda: edit_task(actions, task_id, parent))
    if done:
        menu.addAction(
            translate("WorkActions", "Mark as &not done"),
            lambda: set_done(actions, task_id, False, parent),
        )
    else:
        menu.addAction(
            translate("WorkActions", "Mark as &done"),
            complete or (lambda: complete_with_notice(actions, task_id, title, parent)),
        )
    later = menu.addMenu(translate("WorkActions", "&Reschedule"))
    today = office_date(datetime.now(UTC))
    for text, due in (
        (translate("WorkActions", "Today"), today),
        (translate("WorkActions", "Tomorrow"), today + timedelta(days=1)),
        (translate("WorkActions", "Next Monday"), today + timedelta(days=7 - today.weekday())),
        (translate("WorkActions", "In a week"), today + timedelta(days=7)),
    ):
        later.addAction(text, partial(reschedule_task, actions, task_id, due, parent))
    later.addAction(
        translate("WorkActions", "Other date…"), lambda: edit_task(actions, task_id, parent)
    )
    give = menu.addMenu(translate("WorkActions", "&Give to"))
    for user in _staff(actions, ()):
        action = give.addAction(
            user.name, partial(reassign_task, actions, task_id, user.id, parent)
        )
        action.setCheckable(True)
        action.setChecked(user.id == owner_id)
    nobody = give.addAction(
        translate("WorkActions", "Nobody yet"),
        lambda: reassign_task(actions, task_id, None, parent),
    )
    nobody.setCheckable(True)
    nobody.setChecked(owner_id is None)
    menu.addSeparator()
    menu.addAction(
        translate("WorkActions", "De&lete…"), lambda: delete_task(actions, task_id, parent)
    )
    return menu


def activity_links(activity_id: int) -> str:
    """The *Edit* and *Delete* links of an activity in a timeline (HTML)."""
    edit = translate("WorkActions", "Edit")
    delete = translate("WorkActions", "Delete")
    return (
        f"<a href='{EDIT_ACTIVITY}:{activity_id}'>{edit}</a> · "
        f"<a href='{DELETE_ACTIVITY}:{activity_id}'>{delete}</a>"
    )


def follow_activity_link(actions: DeskActions, link: QUrl, parent: QWidget | None) -> bool:
    """Edit or delete the activity a timeline link names; whether the link was one of those."""
    scheme, _, number = link.toString().partition(":")
    if not number.isdigit():
        return False
    if scheme == EDIT_ACTIVITY:
        edit_activity(actions, int(number), parent)
        return True
    if scheme == DELETE_ACTIVITY:
        delete_activity(actions, int(number), parent)
        return True
    return False
