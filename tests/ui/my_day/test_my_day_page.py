"""*My day* on a real database: sections, one-click done, answering an inquiry."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.db.models.base import utc_now
from leadtracker.domain.office import office_date
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.work import TaskDraft
from leadtracker.ui.background import BackgroundRunner
from leadtracker.ui.my_day.my_day_models import DueTaskModel
from leadtracker.ui.my_day.my_day_page import MyDayPage
from leadtracker.ui.records.work_dialogs import ActivityDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.desk import DeskActions
from tests.conftest import Services


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _page(qtbot: QtBot, db: Database, settings: AppSettings) -> tuple[MyDayPage, DeskActions]:
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = DeskActions(Services.on(db), settings, holder)
    runner = BackgroundRunner(holder)
    page = MyDayPage(actions, runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    return page, actions


def test_sections_show_tasks_and_a_tick_completes_one(
    qtbot: QtBot, db: Database, services: Services, settings: AppSettings
) -> None:
    today = office_date(utc_now())
    project = services.project(title="European HQ")
    for title, days in (("Send offers", -2), ("Call Mr. Yamada", 0), ("Old one", -9)):
        services.work.add_task(
            TaskDraft(title, due_on=today + timedelta(days=days), project_id=project.id)
        )
    page, _actions = _page(qtbot, db, settings)

    overdue = page.overdue.model
    assert page.overdue.heading.text() == "Overdue (2)"
    assert [overdue.row(r).title for r in range(overdue.rowCount())] == ["Old one", "Send offers"]
    assert page.due_today.heading.text() == "Due today (1)"
    assert page.this_week.heading.text() == "Due this week (0)"
    assert page.this_week.empty.isVisibleTo(page)

    done = overdue.index(0, DueTaskModel.COL_DONE)
    assert overdue.flags(done) & Qt.ItemFlag.ItemIsUserCheckable
    overdue.setData(done, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: page.overdue.heading.text() == "Overdue (1)", timeout=3000)
    assert [t.title for t in services.timeline.tasks(project_id=project.id)][-1] == (
        "Old one"  # done tasks come last
    )


def test_a_waiting_inquiry_goes_once_answered(
    qtbot: QtBot, db: Database, services: Services, settings: AppSettings
) -> None:
    project = services.project(title="Sales office")
    page, actions = _page(qtbot, db, settings)
    assert page.waiting.heading.text() == "New inquiries waiting for an answer (1)"
    assert page.waiting_model.row(0).project_id == project.id

    # What "Answer…" opens, filled in and saved as a user would.
    dialog = ActivityDialog(
        actions.services.work,
        company_id=project.company_id,
        project_id=project.id,
        kind=ActivityKind.EMAIL,
        subject="Answer to the inquiry",
    )
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Sent our welcome package and office market report.")
    dialog.buttons.accepted.emit()
    assert dialog.result() == ActivityDialog.DialogCode.Accepted  # the save reports itself
    qtbot.waitUntil(
        lambda: page.waiting.heading.text() == "New inquiries waiting for an answer (0)",
        timeout=3000,
    )
    assert page.waiting.empty.isVisibleTo(page)


def test_activity_dialog_keeps_open_on_bad_input(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    company = services.company()
    dialog = ActivityDialog(Services.on(db).work, company_id=company.id)
    qtbot.addWidget(dialog)
    dialog.buttons.accepted.emit()  # neither subject nor notes
    assert dialog.result() != ActivityDialog.DialogCode.Accepted
    assert dialog.saved is None
    problems = [label.text() for label in dialog.findChildren(type(dialog.general_problem))]
    assert "say in a few words what happened" in problems
    assert services.timeline.for_company(company.id) == ()
