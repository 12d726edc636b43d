"""A new user's first day, end to end through the real window and dialogs.

Start on an empty database, load the demo data offered on the first start,
answer an inquiry from *My day*, log a meeting on the project, move it to
Site visit and then to Lost with a reason -- the path the desktop issue asks
a new user to manage without the shortcut list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import ActivityKind, LostReason
from leadtracker.services.registry import Services
from leadtracker.services.timeline import EntryKind
from leadtracker.ui.pipeline.stage_dialogs import LostDialog
from leadtracker.ui.records.project_window import ProjectWindow
from leadtracker.ui.records.work_dialogs import ActivityDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from tests.ui.modal_answers import answer_modal


def _accept_demo_data(qtbot: QtBot, desk: Desk) -> None:
    def load(box: QMessageBox) -> None:
        [load_button] = [b for b in box.buttons() if b.text() == "Load demo data"]
        load_button.click()

    offered = answer_modal(QMessageBox, load)
    desk.offer_demo_data()
    assert offered, "no demo data was offered"
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=30_000)
    assert desk.services.maintenance.counts()["companies"] > 0


def _answer_the_first_inquiry(qtbot: QtBot, desk: Desk) -> int:
    my_day = desk.my_day
    desk.window.show_page(my_day)
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=5000)
    waiting = my_day.waiting_model.rowCount()
    assert waiting > 0
    project_id: int = my_day.waiting_model.row(0).project_id
    my_day.waiting.table.selectRow(0)
    assert my_day.answer.isEnabled()

    def reply(dialog: ActivityDialog) -> None:
        assert dialog.kind.currentData() == ActivityKind.EMAIL
        dialog.text.setPlainText("Thank you for your inquiry; our office market report follows.")
        dialog.buttons.accepted.emit()

    answered = answer_modal(ActivityDialog, reply)
    my_day.answer.click()
    assert answered
    qtbot.waitUntil(lambda: my_day.waiting_model.rowCount() == waiting - 1, timeout=5000)
    return project_id


def _log_a_meeting(window: ProjectWindow) -> None:
    def meeting(dialog: ActivityDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.MEETING))
        dialog.subject.setText("Meeting with the European HQ team")
        dialog.buttons.accepted.emit()

    met = answer_modal(ActivityDialog, meeting)
    window.log_button.click()
    assert met


def _move(window: ProjectWindow, label: str) -> None:
    [action] = [a for a in window.move_menu.actions() if a.text() == label]
    action.trigger()


def test_first_day(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    desk = Desk(Services.on(db), settings)
    qtbot.addWidget(desk.window)
    desk.window.show()
    _accept_demo_data(qtbot, desk)
    project_id = _answer_the_first_inquiry(qtbot, desk)

    window = desk.open_project(project_id)
    _log_a_meeting(window)
    kinds = [e.kind for e in desk.timeline.for_project(project_id)]
    assert EntryKind.MEETING in kinds and EntryKind.EMAIL in kinds

    def skip(box: QMessageBox) -> None:  # "Moving … skips “Qualified”, “Active project”."
        [move] = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        ]
        move.click()

    asked_to_skip = answer_modal(QMessageBox, skip)
    _move(window, "Site visit")  # past two open stages: asked once, then no stage dialog
    assert asked_to_skip
    assert desk.services.projects.get(project_id).stage_key == "site_visit"
    qtbot.waitUntil(lambda: window.stage.text() == "Site visit", timeout=3000)  # the notice came

    def lost(dialog: LostDialog) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData(LostReason.COSTS.value))
        dialog.location.setCurrentText("Amsterdam")
        dialog.move_button.click()

    asked = answer_modal(LostDialog, lost)
    _move(window, "Lost")
    assert asked, "the Lost dialog did not appear"
    project = desk.services.projects.get(project_id)
    assert (project.stage_key, project.lost_reason, project.lost_to_location) == (
        "lost",
        LostReason.COSTS,
        "Amsterdam",
    )
    qtbot.waitUntil(lambda: window.history.item(0, 0).text() == "Lost (now)", timeout=3000)
    window.close()
    desk.runner.wait()  # the pages reloading after the move, before the database closes
    qtbot.wait(50)
