"""Correcting activities and tasks in the windows: My day, project, company, the contact's record.

Every test drives the real dialogs on a real database file: the filled-in
log/task dialog is changed and saved like a user would, deletions are
confirmed in the real question, and the Trash dialog brings them back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.db.models.base import utc_now
from leadtracker.domain.office import office_date
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.work import ActivityDraft, TaskDraft
from leadtracker.ui.forms.editor import ConflictChoice
from leadtracker.ui.my_day.my_day_models import DueTaskModel
from leadtracker.ui.my_day.my_day_page import MyDayPage
from leadtracker.ui.records.contact_editor import ContactEditorDialog
from leadtracker.ui.records.contact_record_buttons import contact_record_buttons
from leadtracker.ui.records.contact_work import ContactWork
from leadtracker.ui.records.work_actions import DELETE_ACTIVITY, EDIT_ACTIVITY
from leadtracker.ui.records.work_dialogs import ActivityDialog, TaskDialog
from leadtracker.ui.safety.trash_dialog import TrashDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from tests.conftest import Services
from tests.ui.modal_answers import activate, answer_modal

MEETING = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def desk(qtbot: QtBot, db: Database, tmp_path: Path) -> Desk:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    made = Desk(Services.on(db), settings)
    qtbot.addWidget(made.window)
    return made


def _retitle(
    subject: str, kind: ActivityKind = ActivityKind.CALL
) -> Callable[[ActivityDialog], None]:
    """What a user does in the filled-in activity dialog: another kind and subject, Save."""

    def act(dialog: ActivityDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        dialog.subject.setText(subject)
        dialog.buttons.accepted.emit()

    return act


def _click(text: str) -> list[str]:
    """Answer the next message box with its button labelled ``text``; what it asked."""
    said: list[str] = []

    def click(box: QMessageBox) -> None:
        said.append(box.text())
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    answer_modal(QMessageBox, click)
    return said


def _meeting(
    services: Services, project_id: int, when: datetime = MEETING, **fields: object
) -> int:
    draft = ActivityDraft(
        ActivityKind.MEETING, when, project_id=project_id, subject="Meeting in Tokyo", **fields
    )  # type: ignore[arg-type]
    return services.work.log_activity(draft).id


def test_an_activity_is_corrected_from_my_day(
    qtbot: QtBot, db: Database, services: Services, desk: Desk
) -> None:
    project = services.project(title="European HQ")
    this_morning = datetime.now(UTC).replace(microsecond=123456) - timedelta(hours=2)
    activity = _meeting(services, project.id, this_morning)
    page = desk.my_day
    page.refresh()
    qtbot.waitUntil(lambda: page.recent.model.rowCount() == 1, timeout=5000)
    assert page.recent.heading.text() == "Logged in the last 7 days (1)"
    assert page.recent.model.row(0).about.endswith("— European HQ")

    seen = answer_modal(ActivityDialog, _retitle("Call with Mr. Yamada"))
    page.edit_recent(0)

    assert seen and seen[0].windowTitle() == "Edit activity"
    saved = services.work.activity(activity)
    assert (saved.kind, saved.subject, saved.occurred_at) == (
        ActivityKind.CALL,
        "Call with Mr. Yamada",
        this_morning,
    )
    changed = {line.field for line in services.history.of("activity", activity)}
    assert {"kind", "subject"} <= changed and "occurred_at" not in changed  # the time as it was
    qtbot.waitUntil(
        lambda: page.recent.model.row(0).subject == "Call with Mr. Yamada", timeout=5000
    )


def test_an_activity_is_corrected_and_deleted_from_the_project_window(
    qtbot: QtBot, services: Services, desk: Desk
) -> None:
    project = services.project(title="R&D centre")
    activity = _meeting(services, project.id)
    window = desk.open_project(project.id)
    html = window.entries.toHtml()
    assert f"{EDIT_ACTIVITY}:{activity}" in html and f"{DELETE_ACTIVITY}:{activity}" in html

    answer_modal(ActivityDialog, _retitle("Site visit Königsallee", ActivityKind.SITE_VISIT))
    window.entries.anchorClicked.emit(QUrl(f"{EDIT_ACTIVITY}:{activity}"))
    assert services.work.activity(activity).kind is ActivityKind.SITE_VISIT
    qtbot.waitUntil(lambda: "Site visit Königsallee" in window.entries.toPlainText(), timeout=3000)

    said = _click("Move to trash")
    window.entries.anchorClicked.emit(QUrl(f"{DELETE_ACTIVITY}:{activity}"))
    assert said == ["Move “2026-11-02 Site visit Königsallee” to the trash?"]
    qtbot.waitUntil(
        lambda: "Site visit Königsallee" not in window.entries.toPlainText(), timeout=3000
    )


def test_an_activity_is_corrected_from_the_company_window_and_its_tasks_are_there(
    qtbot: QtBot, services: Services, desk: Desk
) -> None:
    project = services.project(title="Sales office")
    activity = _meeting(services, project.id)
    services.work.add_task(TaskDraft("Send offers", project_id=project.id))
    window = desk.open_company(project.company_id)

    answer_modal(ActivityDialog, _retitle("Call about the lease"))
    window.entries.anchorClicked.emit(QUrl(f"{EDIT_ACTIVITY}:{activity}"))

    assert services.work.activity(activity).subject == "Call about the lease"
    qtbot.waitUntil(lambda: "Call about the lease" in window.entries.toPlainText(), timeout=3000)
    assert window.tabs.tabText(window.tabs.indexOf(window.tasks)) == "T&asks (1)"
    assert window.tasks.item(0, 0).text() == "Send offers"
    assert window.tasks.item(0, window.tasks.COL_PROJECT).text() == "Sales office"


def test_the_contacts_record_lists_their_activities_and_tasks_and_corrects_them(
    qtbot: QtBot, services: Services, desk: Desk
) -> None:
    project = services.project(title="European HQ")
    ito = services.contacts.create(ContactDraft(company_id=project.company_id, family_romaji="Ito"))
    with_ito = _meeting(services, project.id, contact_ids=(ito.id,))
    _meeting(services, project.id)  # without Ito: not on Ito's record
    services.work.add_task(TaskDraft("Send Mr. Ito the offers", project_id=project.id))
    actions = desk.actions
    dialog = ContactEditorDialog(
        services.contacts,
        services.companies,
        services.search,
        ito.id,
        privacy=lambda c, reload, parent: contact_record_buttons(actions, c, reload, parent),
    )
    qtbot.addWidget(dialog)

    assert dialog.tabs is not None and dialog.tabs.tabText(1) == "Activities and tasks"
    [work] = dialog.findChildren(ContactWork)
    assert work.activities_heading.text() == "Activities with this contact (1)"
    assert work.tasks_heading.text() == "Tasks of their company (1)"
    assert work.tasks.item(0, 0).text() == "Send Mr. Ito the offers"
    assert work.entries.toPlainText().count("Meeting in Tokyo") == 1

    answer_modal(ActivityDialog, _retitle("Call with Mr. Ito"))
    work.entries.anchorClicked.emit(QUrl(f"{EDIT_ACTIVITY}:{with_ito}"))
    assert services.work.activity(with_ito).subject == "Call with Mr. Ito"
    qtbot.waitUntil(lambda: "Call with Mr. Ito" in work.entries.toPlainText(), timeout=3000)


def _my_day_with_a_task(
    qtbot: QtBot, services: Services, desk: Desk, title: str
) -> tuple[MyDayPage, int]:
    today = office_date(utc_now())
    project = services.project(title="Logistics hub")
    task = services.work.add_task(TaskDraft(title, due_on=today, project_id=project.id)).id
    page = desk.my_day
    desk.window.show()
    desk.window.show_page(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.due_today.model.rowCount() == 1, timeout=5000)
    return page, task


def _tick(page: MyDayPage) -> None:
    model = page.due_today.model
    model.setData(
        model.index(0, DueTaskModel.COL_DONE),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )


def test_a_task_ticked_done_comes_back_with_ctrl_z_and_with_the_notices_undo(
    qtbot: QtBot, services: Services, desk: Desk
) -> None:
    page, task = _my_day_with_a_task(qtbot, services, desk, "Call Mr. Yamada back")
    activate(qtbot, page)
    page.due_today.table.setFocus()

    _tick(page)
    assert services.work.task(task).done_at is not None
    notice = page.done_notice
    assert notice is not None and notice.isVisible() and not notice.isModal()
    assert notice.text() == "“Call Mr. Yamada back” is done."
    qtbot.waitUntil(lambda: page.due_today.model.rowCount() == 0, timeout=5000)

    # Back in the main window, the emptied section kept the focus: Ctrl+Z reaches the page.
    activate(qtbot, page)
    focused = QApplication.focusWidget()
    assert focused is page.due_today, focused
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.work.task(task).done_at is None
    qtbot.waitUntil(lambda: page.due_today.model.rowCount() == 1, timeout=5000)

    _tick(page)
    assert services.work.task(task).done_at is not None
    notice = page.done_notice
    assert notice is not None
    [undo] = [b for b in notice.findChildren(QPushButton) if b.text() == "&Undo"]
    undo.click()
    assert services.work.task(task).done_at is None
    assert page.done_here == []  # nothing left for Ctrl+Z to undo
    qtbot.waitUntil(lambda: page.due_today.model.rowCount() == 1, timeout=5000)

    # Closed by its own button, the notice is gone; Ctrl+Z still undoes the last done.
    _tick(page)
    notice = page.done_notice
    assert notice is not None
    notice.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not page.findChildren(QMessageBox), timeout=3000)
    page.undo_done()
    assert services.work.task(task).done_at is None


def test_a_task_is_edited_from_my_day_and_deleted_then_restored_from_the_trash(
    qtbot: QtBot, db: Database, services: Services, desk: Desk
) -> None:
    kenji = services.network.add_user("Kenji Sato", "KS")
    page, task = _my_day_with_a_task(qtbot, services, desk, "Send offers")
    next_week = office_date(utc_now()) + timedelta(days=7)

    def reschedule_and_reassign(dialog: TaskDialog) -> None:
        assert dialog.title.text() == "Send offers"
        dialog.due.setDate(next_week)
        dialog.owner.setCurrentIndex(dialog.owner.findData(kenji.id))
        dialog.buttons.accepted.emit()

    activate(qtbot, page)
    page.due_today.table.setFocus()
    page.due_today.table.selectRow(0)
    answer_modal(TaskDialog, reschedule_and_reassign)
    qtbot.keyClick(page.due_today.table, Qt.Key.Key_F2)
    saved = services.work.task(task)
    assert (saved.due_on, saved.owner_id) == (next_week, kenji.id)
    qtbot.waitUntil(lambda: page.due_today.model.rowCount() == 0, timeout=5000)

    window = desk.open_project(services.work.task(task).project_id or 0)
    window.tasks.selectRow(0)
    said = _click("Move to trash")
    window.tasks.delete_current()
    assert said == ["Move “Send offers” to the trash?"]
    qtbot.waitUntil(lambda: window.tasks.rowCount() == 0, timeout=3000)

    trash = TrashDialog(services.trash)
    qtbot.addWidget(trash)
    assert [trash.table.item(0, c).text() for c in (1, 2)] == ["Task", "Send offers"]
    trash.table.selectRow(0)
    trash.restore_button.click()
    assert services.work.task(task).title == "Send offers"
    assert [t.title for t in services.timeline.tasks(project_id=window.project_id)] == [
        "Send offers"
    ]


def test_a_stale_edit_asks_and_overwrites_only_when_chosen(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    project = services.project()
    activity = services.work.activity(_meeting(services, project.id))
    holder = QWidget()
    qtbot.addWidget(holder)
    dialog = ActivityDialog(services.work, company_id=None, editing=activity, parent=holder)
    db.attribution.staff_name = "Kenji Sato (KS)"
    services.work.update_activity(activity.id, replace(activity, subject="Kenji's"))
    asked: list[str] = []

    def cancel(_parent: QWidget, error: Exception) -> ConflictChoice:
        asked.append(str(error))
        return ConflictChoice.CANCEL

    dialog.ask_conflict = cancel
    dialog.subject.setText("Mine")
    dialog.buttons.accepted.emit()
    assert asked and "The activity was changed by Kenji Sato" in asked[0]
    assert dialog.result() == 0 and services.work.activity(activity.id).subject == "Kenji's"

    dialog.ask_conflict = lambda *_: ConflictChoice.OVERWRITE
    dialog.buttons.accepted.emit()
    assert services.work.activity(activity.id).subject == "Mine"

    task = services.work.add_task(TaskDraft("Call back", project_id=project.id))
    dialog = TaskDialog(services.work, editing=task, parent=holder)
    services.work.update_task(task.id, replace(task, title="Kenji's call"))
    dialog.ask_conflict = lambda *_: ConflictChoice.RELOAD
    dialog.title.setText("Mine")
    dialog.buttons.accepted.emit()
    assert dialog.title.text() == "Kenji's call"  # theirs shown, nothing saved
    assert services.work.task(task.id).title == "Kenji's call"


def test_answering_an_inquiry_ticks_its_owner_and_a_new_task_is_for_the_projects_owner(
    qtbot: QtBot, services: Services, desk: Desk
) -> None:
    kenji = services.network.add_user("Kenji Sato", "KS")
    services.network.add_user("Anna Schmidt", "AS")
    project = services.project(title="Sales office", owner_id=kenji.id)
    page = desk.my_day
    page.refresh()
    qtbot.waitUntil(lambda: page.waiting.model.rowCount() == 1, timeout=5000)
    page.waiting.table.selectRow(0)
    ticked: list[tuple[int, ...]] = []
    owners: list[object] = []

    def read_ticks(dialog: ActivityDialog) -> None:
        ticked.append(dialog.draft().staff_ids)
        dialog.reject()

    def read_owner(dialog: TaskDialog) -> None:
        owners.append(dialog.owner.currentData())
        dialog.reject()

    answer_modal(ActivityDialog, read_ticks)
    page.answer.click()
    answer_modal(TaskDialog, read_owner)
    desk.actions.add_task(project_id=project.id, company_id=project.company_id)

    assert ticked == [(kenji.id,)]
    assert owners == [kenji.id]


def test_ctrl_z_in_a_project_windows_task_table_opens_the_task_ticked_done_again(
    qtbot: QtBot, services: Services, desk: Desk
) -> None:
    """Issue 17: done could be undone with Ctrl+Z on My day only."""
    project = services.project(title="Logistics hub")
    first = services.work.add_task(TaskDraft("Send offers", project_id=project.id)).id
    second = services.work.add_task(TaskDraft("Book the room", project_id=project.id)).id
    window = desk.open_project(project.id)
    table = window.tasks
    tabs = window.tabs
    tabs.setCurrentIndex(
        next(
            i
            for i in range(tabs.count())
            if tabs.widget(i) is table or tabs.widget(i).isAncestorOf(table)
        )
    )
    activate(qtbot, window)
    table.setFocus()
    for task in (first, second):
        row = next(r for r in range(table.rowCount()) if table.task_at(r).id == task)  # type: ignore[union-attr]
        table.item(row, table.COL_DONE).setCheckState(Qt.CheckState.Checked)
        assert services.work.task(task).done_at is not None
    activate(qtbot, window)  # back from the done notices
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.work.task(second).done_at is None  # the last one ticked
    assert services.work.task(first).done_at is not None
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.work.task(first).done_at is None
    for notice in window.findChildren(QMessageBox):
        notice.close()
