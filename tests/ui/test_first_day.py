"""A new staff member's whole first day, in German, English and Japanese, through the real window.

The desk's demo database is opened as a colleague left it. The new member
says who they are, answers an inquiry, logs a meeting and corrects it, adds
a task, reschedules it, ticks it done and takes that back, creates a company
from the Companies page, a contact and an inquiry for it, moves the inquiry
past a stage and then to Lost, undoes and redoes that, finds the project by
its company's name, saves a dossier and exports a table -- each step checked
in the database file, as the issue about the first day lists them. Buttons
are found by their role or their object, never by their text, so that the
same walk runs in every language.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.models.base import utc_now
from leadtracker.domain.office import office_date
from leadtracker.domain.vocabulary import LostReason, RecordKind
from leadtracker.services.companies import CompanyRecord
from leadtracker.ui.exchange.export_dialog import ExportDialog
from leadtracker.ui.i18n import install_translations
from leadtracker.ui.lists.project_table_model import ProjectTableModel
from leadtracker.ui.pipeline.stage_dialogs import LostDialog
from leadtracker.ui.records.company_editor import CompanyEditorDialog
from leadtracker.ui.records.contact_editor import ContactEditorDialog
from leadtracker.ui.records.project_editor import ProjectEditorDialog
from leadtracker.ui.records.project_window import ProjectWindow
from leadtracker.ui.records.work_actions import EDIT_ACTIVITY
from leadtracker.ui.records.work_dialogs import ActivityDialog, TaskDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from leadtracker.ui.shell.startup import DeskApp
from leadtracker.ui.shell.who_dialog import WhoDialog
from tests.reports.pdf import read_pdf
from tests.ui.modal_answers import activate, answer_modal, saved_notice


@pytest.fixture(params=["de", "en", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators: list[QTranslator] = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    for translator in install_translations(qapp, "en"):  # the English the other tests expect
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def desk_app(qtbot: QtBot, tmp_path: Path) -> Iterator[DeskApp]:
    app = DeskApp(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    yield app
    for widget in QApplication.topLevelWidgets():  # notices, record windows: none stays open
        if widget.isVisible():
            widget.close()
    app.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _accept(box: QMessageBox) -> None:
    """Press the box's button that goes ahead (whatever it says in this language)."""
    [button] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    button.click()


def _say_who_i_am(qtbot: QtBot, desk_app: DeskApp) -> Desk:
    def dialogs() -> list[WhoDialog]:
        return [
            w for w in QApplication.topLevelWidgets() if isinstance(w, WhoDialog) and w.isVisible()
        ]

    qtbot.waitUntil(lambda: len(dialogs()) == 1)
    [who] = dialogs()
    qtbot.keyClicks(who.name, "Mia Neumann")
    assert who.initials.text() == "MN"
    who.start.click()
    desk = desk_app.desk
    assert desk is not None
    me = desk.actions.me
    assert me is not None and desk.services.network.users()  # chosen, and known here
    assert {u.name for u in desk.services.network.users() if u.id == me} == {"Mia Neumann"}
    return desk


def _answer_an_inquiry(qtbot: QtBot, desk: Desk) -> int:
    my_day = desk.my_day
    desk.window.show_page(my_day)
    qtbot.waitUntil(lambda: not desk.runner.busy and my_day.waiting_model.rowCount() > 0)
    project_id: int = my_day.waiting_model.row(0).project_id
    my_day.waiting.table.selectRow(0)

    def reply(dialog: ActivityDialog) -> None:
        dialog.text.setPlainText("ご連絡ありがとうございます。Marktbericht folgt.")
        dialog.buttons.accepted.emit()

    answered = answer_modal(ActivityDialog, reply)
    my_day.answer.click()
    assert answered
    return project_id


def _log_and_correct_a_meeting(qtbot: QtBot, desk: Desk, window: ProjectWindow) -> None:
    def log(dialog: ActivityDialog) -> None:
        dialog.subject.setText("Meeting in Tokio")
        dialog.buttons.accepted.emit()

    answer_modal(ActivityDialog, log)
    window.log_button.click()
    [meeting] = [
        e for e in desk.timeline.for_project(window.project_id) if e.title == "Meeting in Tokio"
    ]

    def correct(dialog: ActivityDialog) -> None:
        assert dialog.subject.text() == "Meeting in Tokio"
        dialog.subject.setText("Meeting in Tokyo")
        dialog.buttons.accepted.emit()

    answer_modal(ActivityDialog, correct)
    window.entries.anchorClicked.emit(_url(f"{EDIT_ACTIVITY}:{meeting.activity_id}"))
    titles = [e.title for e in desk.timeline.for_project(window.project_id)]
    assert "Meeting in Tokyo" in titles and "Meeting in Tokio" not in titles


def _url(text: str) -> object:
    from PySide6.QtCore import QUrl  # noqa: PLC0415

    return QUrl(text)


def _a_task_rescheduled_done_and_undone(qtbot: QtBot, desk: Desk, window: ProjectWindow) -> None:
    today = office_date(utc_now())

    def add(dialog: TaskDialog) -> None:
        dialog.title.setText("Send the office market report")
        dialog.due.setDate(today + timedelta(days=3))
        dialog.buttons.accepted.emit()

    answer_modal(TaskDialog, add)
    window.task_button.click()
    qtbot.waitUntil(lambda: window.tasks.rowCount() > 0)
    row = next(
        r
        for r in range(window.tasks.rowCount())
        if window.tasks.task_at(r).title.startswith("Send")  # type: ignore[union-attr]
    )
    task_id = window.tasks.task_at(row).id  # type: ignore[union-attr]

    def reschedule(dialog: TaskDialog) -> None:
        dialog.due.setDate(today)
        dialog.buttons.accepted.emit()

    window.tasks.selectRow(row)
    answer_modal(TaskDialog, reschedule)
    window.tasks.edit_current()
    assert desk.services.work.task(task_id).due_on == today

    my_day = desk.my_day
    desk.window.show_page(my_day)
    my_day.refresh()
    table = my_day.due_today
    qtbot.waitUntil(
        lambda: any(table.model.row(r).id == task_id for r in range(table.model.rowCount()))
    )
    row = next(r for r in range(table.model.rowCount()) if table.model.row(r).id == task_id)
    activate(qtbot, my_day)
    table.table.setFocus()
    table.table.selectRow(row)
    model = table.model
    model.setData(
        model.index(row, model.COL_DONE),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert desk.services.work.task(task_id).done_at is not None
    qtbot.waitUntil(lambda: all(model.row(r).id != task_id for r in range(model.rowCount())))
    activate(qtbot, my_day)  # back from the done notice: Ctrl+Z takes the tick back
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.services.work.task(task_id).done_at is None


def _new_company_contact_and_inquiry(qtbot: QtBot, desk: Desk) -> tuple[CompanyRecord, int]:
    desk.window.show_page(desk.companies)
    [new] = [
        b
        for b in desk.companies.findChildren(QToolButton)
        if b.defaultAction() is not None
        and b.defaultAction().shortcut() == QKeySequence("Ctrl+Shift+N")
    ]

    def company(dialog: CompanyEditorDialog) -> None:
        dialog.editor.name_ja.setText("株式会社やまだコンサルティング")
        dialog.editor.name_en.setText("Yamada Consulting Co., Ltd.")
        dialog.buttons.accepted.emit()

    answer_modal(CompanyEditorDialog, company, timeout_ms=10_000)
    new.click()
    [hit] = desk.services.search.search("Yamada Consulting", kinds=[RecordKind.COMPANY])
    record = desk.services.companies.get(hit.record_id)
    window = desk.open_company(record.id)

    def contact(dialog: ContactEditorDialog) -> None:
        dialog.editor.family_kanji.setText("山田")
        dialog.editor.given_kanji.setText("太郎")
        dialog.editor.family_romaji.setText("Yamada")
        dialog.editor.given_romaji.setText("Taro")
        dialog.buttons.accepted.emit()

    answer_modal(ContactEditorDialog, contact, timeout_ms=10_000)
    window.new_contact_button.click()
    assert [c.family_kanji for c in desk.services.contacts.for_company(record.id)] == ["山田"]

    def inquiry(dialog: ProjectEditorDialog) -> None:
        dialog.editor.title.setText("Sales office Düsseldorf")
        dialog.buttons.accepted.emit()

    answer_modal(ProjectEditorDialog, inquiry, timeout_ms=10_000)
    window.new_project_button.click()
    window.close()
    [project] = [
        p for p in desk.projects_of_company(record.id) if p.title == "Sales office Düsseldorf"
    ]
    return record, project.id


def _skip_lose_undo_redo(qtbot: QtBot, desk: Desk, project_id: int) -> None:
    board = desk.pipeline
    desk.window.show_page(board)
    qtbot.waitUntil(lambda: bool(board.columns) and not desk.runner.busy, timeout=10_000)
    projects = desk.services.projects
    asked = answer_modal(QMessageBox, _accept)
    board.move_project(project_id, "site_visit")  # skips Qualified and Active project
    assert asked, "a move past open stages did not ask"
    assert projects.get(project_id).stage_key == "site_visit"

    def lose(dialog: LostDialog) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData(LostReason.COSTS.value))
        dialog.location.setCurrentText("Amsterdam")
        dialog.note.setPlainText("Office rents in Amsterdam were lower.")
        dialog.move_button.click()

    lost = answer_modal(LostDialog, lose)
    board.move_project(project_id, "lost")
    assert lost and projects.get(project_id).stage_key == "lost"
    board.undo_last_move()
    assert projects.get(project_id).stage_key == "site_visit"
    board.redo_last_move()
    record = projects.get(project_id)
    assert (record.stage_key, record.lost_reason) == ("lost", LostReason.COSTS)


def _find_by_company_name(qtbot: QtBot, desk: Desk, project_id: int) -> None:
    page = desk.projects
    desk.window.show_page(page)
    page.filter_edit.setText("やまだコンサルティング")  # the company's name, not the project's
    model = page.model
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == 1, timeout=10_000)
    title = model.index(0, ProjectTableModel.COL_TITLE).data()
    assert title == "Sales office Düsseldorf"


def _save_a_dossier_and_export(
    qtbot: QtBot,
    desk: Desk,
    company: CompanyRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    targets = iter([tmp_path / "dossier.pdf", tmp_path / "companies.csv"])

    def answer(_parent: QWidget, _title: str, _start: str, _filter: str) -> tuple[str, str]:
        return str(next(targets)), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    window = desk.open_company(company.id)
    window.save_action.trigger()
    notice = saved_notice(qtbot)
    assert "dossier.pdf" in notice.text()
    assert "Yamada Consulting" in read_pdf((tmp_path / "dossier.pdf").read_bytes()).text
    notice.close()
    window.close()

    def choose(dialog: ExportDialog) -> None:
        dialog.table_box.setCurrentIndex(dialog.table_box.findData("companies"))
        dialog.csv.setChecked(True)
        dialog.export_button.click()

    answer_modal(ExportDialog, choose)
    desk.export_data()
    notice = saved_notice(qtbot)
    assert "companies.csv" in notice.text()
    with (tmp_path / "companies.csv").open(encoding="utf-8-sig", newline="") as file:
        names = [row[3] for row in csv.reader(file)]
    assert "Yamada Consulting Co., Ltd." in str(names) or any("Yamada" in n for n in names)
    notice.close()


@pytest.mark.usefixtures("language")
def test_the_first_day(
    qtbot: QtBot,
    desk_app: DeskApp,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "desk.sqlite"
    path.write_bytes(demo_file.read_bytes())
    assert desk_app.open(path)
    desk = _say_who_i_am(qtbot, desk_app)

    project_id = _answer_an_inquiry(qtbot, desk)
    window = desk.open_project(project_id)
    _log_and_correct_a_meeting(qtbot, desk, window)
    _a_task_rescheduled_done_and_undone(qtbot, desk, window)
    window.close()

    company, inquiry = _new_company_contact_and_inquiry(qtbot, desk)
    _skip_lose_undo_redo(qtbot, desk, inquiry)
    _find_by_company_name(qtbot, desk, inquiry)
    _save_a_dossier_and_export(qtbot, desk, company, tmp_path, monkeypatch)

    me = desk.actions.me
    authors = {line.staff for line in desk.services.history.of("project", inquiry)}
    assert authors == {"Mia Neumann (MN)"}, authors  # every change signed by the newcomer
    assert me is not None
    desk.runner.wait()
