"""Who is working: asked at the start while nobody is chosen, before any change is saved."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from leadtracker.db.audit import StaffNotChosenError
from leadtracker.db.database import open_database
from leadtracker.services.companies import CompanyDraft
from leadtracker.ui.background import show_error
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.startup import DeskApp
from leadtracker.ui.shell.who_dialog import WhoDialog
from tests.conftest import Services
from tests.ui.modal_answers import answer_modal


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    services = Services.on(db)
    network = services.network
    network.add_user("Anna Becker", "AB")
    network.add_user("Tanaka Yūki", "TY")
    services.companies.create(CompanyDraft(name_en="Seiko Epson"))
    db.close()
    return path


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def desk_app(qtbot: QtBot, settings: AppSettings) -> Iterator[DeskApp]:
    app = DeskApp(settings)
    yield app
    for dialog in _who_dialogs():
        dialog.reject()
    if app.desk is not None:
        app.desk.window.close()
    app.close()


def _who_dialogs() -> list[WhoDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, WhoDialog) and w.isVisible()]


def _authors(path: Path) -> list[tuple[str, str | None]]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT record_type, staff_name FROM audit_entry ORDER BY id"
        ).fetchall()
    conn.close()
    return rows


def _company_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = [row[0] for row in conn.execute("SELECT name_en FROM company ORDER BY id")]
    conn.close()
    return names


def test_the_first_start_asks_who_and_signs_changes_with_the_answer(
    qtbot: QtBot, desk_app: DeskApp, database: Path, settings: AppSettings
) -> None:
    assert desk_app.open(database)
    qtbot.waitUntil(lambda: len(_who_dialogs()) == 1)
    dialog = _who_dialogs()[0]
    assert not dialog.start.isEnabled()  # nothing chosen yet
    assert [dialog.staff.item(i).text() for i in range(dialog.staff.count())] == [
        "Anna Becker (AB)",
        "Tanaka Yūki (TY)",
    ]
    dialog.staff.setCurrentRow(1)
    dialog.start.click()
    assert not _who_dialogs()
    desk = desk_app.desk
    assert desk is not None
    assert settings.staff_user_id == desk.actions.me is not None
    qtbot.waitUntil(desk.my_day.only_mine.isEnabled)
    desk.services.companies.create(CompanyDraft(name_en="Yamada Consulting"))
    assert _authors(database)[-1] == ("company", "Tanaka Yūki (TY)")


def test_a_new_colleague_adds_themselves(
    qtbot: QtBot, desk_app: DeskApp, database: Path, settings: AppSettings
) -> None:
    assert desk_app.open(database)
    qtbot.waitUntil(lambda: len(_who_dialogs()) == 1)
    dialog = _who_dialogs()[0]
    qtbot.keyClicks(dialog.name, "Juergen Schmitz")
    assert dialog.initials.text() == "JS" and dialog.start.isEnabled()
    dialog.initials.setText("AB")  # taken: the dialog stays and says so
    dialog.start.click()
    assert dialog.isVisible() and "AB" in dialog.problem.text()
    dialog.initials.setText("JSc")
    dialog.start.click()
    assert not _who_dialogs()
    users = {u.id: u.name for u in desk_app.desk.services.network.users()}  # type: ignore[union-attr]
    assert users[settings.staff_user_id] == "Juergen Schmitz"  # type: ignore[index]


def test_no_change_is_saved_before_someone_is_chosen(
    qtbot: QtBot, desk_app: DeskApp, database: Path
) -> None:
    assert desk_app.open(database)
    qtbot.waitUntil(lambda: len(_who_dialogs()) == 1)
    _who_dialogs()[0].later.click()
    desk = desk_app.desk
    assert desk is not None
    before = _authors(database)
    with pytest.raises(StaffNotChosenError, match="Choose who is using this PC"):
        desk.services.companies.create(CompanyDraft(name_en="Yamada Consulting"))
    assert _authors(database) == before
    assert _company_names(database) == ["Seiko Epson"]

    # The error dialog offers to choose; choosing lets the next save through.
    def choose(box: QMessageBox) -> None:
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == "Choose who I am…"]
        button.click()

    answer_modal(QMessageBox, choose)
    answer_modal(WhoDialog, lambda dialog: (dialog.staff.setCurrentRow(0), dialog.start.click()))
    show_error(desk.window, "Could not save", StaffNotChosenError("x"))
    desk.services.companies.create(CompanyDraft(name_en="Yamada Consulting"))
    assert _authors(database)[-1] == ("company", "Anna Becker (AB)")


def test_a_known_staff_member_is_not_asked_but_one_of_another_file_is(
    qtbot: QtBot, desk_app: DeskApp, database: Path, settings: AppSettings, tmp_path: Path
) -> None:
    anna = Services.on(open_database(database)).network.users()[0]
    settings.staff_user_id = anna.id
    assert desk_app.open(database)
    qtbot.wait(50)
    assert not _who_dialogs()
    assert desk_app.desk is not None and desk_app.desk.actions.me == anna.id

    other = tmp_path / "other.sqlite"
    db = open_database(other)
    Services.on(db).companies.create(CompanyDraft(name_en="Toyota"))
    db.close()  # a file without staff: the id chosen for the first file means nobody here
    assert desk_app.open(other)
    qtbot.waitUntil(lambda: len(_who_dialogs()) == 1)
    assert desk_app.desk is not None and desk_app.desk.actions.me is None
