"""Backups in the app: the Backups dialog, restoring, and a damaged file at start."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leadtracker.db.database import open_database
from leadtracker.db.engine import WritesRefusedError
from leadtracker.services.companies import CompanyDraft
from leadtracker.ui.safety.backups_dialog import BackupsDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.startup import DeskApp
from tests.conftest import Services
from tests.ui.modal_answers import answer_modal


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = [row[0] for row in conn.execute("SELECT name_en FROM company ORDER BY id")]
    conn.close()
    return names


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    services = Services.on(db)
    services.network.add_user("Anna Becker", "AB")
    services.companies.create(CompanyDraft(name_en="Seiko Epson"))
    db.close()
    return path


@pytest.fixture
def desk_app(qtbot: QtBot, tmp_path: Path) -> Iterator[DeskApp]:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.staff_user_id = 1  # Anna Becker: the window does not ask who is working
    app = DeskApp(settings)
    yield app
    if app.desk is not None:
        app.desk.window.close()
    app.close()


def _click(text: str) -> object:
    """Click the message box button labelled ``text`` (mnemonic ampersands ignored)."""

    def act(box: QMessageBox) -> None:
        found = [b for b in box.buttons() if b.text().replace("&", "") == text]
        (found[0] if found else box.buttons()[-1]).click()  # never leave a box open

    return act


def test_the_dialog_lists_backs_up_and_asks_before_restoring(qtbot: QtBot, database: Path) -> None:
    service = Services.backups_of(database)
    service.back_up()
    dialog = BackupsDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and not dialog.restore_button.isEnabled()
    assert dialog.table.item(0, 1).text() == "backed up by hand"
    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    requested: list[object] = []
    dialog.restore_requested.connect(requested.append)
    answer_modal(QMessageBox, _click("Cancel"))
    dialog.restore_button.click()
    assert requested == []
    answer_modal(QMessageBox, _click("Yes"))
    dialog.restore_button.click()
    assert requested == [service.backups()[1].path]


def test_restoring_from_the_app_brings_the_backup_back(
    qtbot: QtBot, desk_app: DeskApp, database: Path
) -> None:
    taken = Services.backups_of(database).back_up()
    assert desk_app.open(database)
    assert desk_app.desk is not None
    desk_app.desk.runner.wait()
    desk_app.desk.services.companies.create(CompanyDraft(name_en="Wacom"))
    assert desk_app.restore(taken.path)
    assert desk_app.desk is not None
    assert desk_app.desk.services.companies.count() == 1
    assert _names(database) == ["Seiko Epson"]


def _damage(path: Path) -> None:
    with path.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xde\xad\xbe\xef" * 4096)


def test_a_damaged_file_found_after_start_leads_to_the_newest_good_backup(
    qtbot: QtBot, desk_app: DeskApp, database: Path
) -> None:
    Services.backups_of(database).back_up()
    _damage(database)
    seen = answer_modal(QMessageBox, _click("Restore the backup"), timeout_ms=20_000)
    assert desk_app.open(database)
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert "is damaged" in seen[0].text()
    assert desk_app.desk is not None
    desk_app.desk.runner.wait()
    assert Services.backups_of(database).health(full=True).sound
    assert _names(database) == ["Seiko Epson"]


def test_a_file_that_does_not_open_leads_to_its_backup(
    qtbot: QtBot, desk_app: DeskApp, database: Path
) -> None:
    Services.backups_of(database).back_up()
    database.write_bytes(b"garbage" * 10_000)
    seen = answer_modal(QMessageBox, _click("Restore the backup"), timeout_ms=20_000)
    assert desk_app.open(database)
    assert seen and desk_app.desk is not None
    assert desk_app.desk.services.companies.count() == 1


def test_a_sound_file_gets_its_daily_backup_after_start(
    qtbot: QtBot, desk_app: DeskApp, database: Path
) -> None:
    assert desk_app.open(database)
    assert desk_app.desk is not None
    qtbot.waitUntil(lambda: bool(Services.backups_of(database).backups()), timeout=20_000)
    assert [b.reason for b in Services.backups_of(database).backups()] == ["daily"]


def test_a_restore_refused_while_another_program_writes_brings_the_window_back(
    qtbot: QtBot, desk_app: DeskApp, database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leadtracker.db import restore as restoring  # noqa: PLC0415

    monkeypatch.setattr(restoring, "WAIT_SECONDS", 0.3)
    taken = Services.backups_of(database).back_up()
    assert desk_app.open(database)
    assert desk_app.desk is not None
    desk_app.desk.runner.wait()
    writer = sqlite3.connect(database, isolation_level=None)  # another program, mid-write
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE company SET name_en = 'Seiko Epson Corporation'")
    seen = answer_modal(QMessageBox, _click("OK"), timeout_ms=20_000)
    try:
        assert desk_app.restore(taken.path)  # the window is back, on the file as it was
    finally:
        writer.execute("COMMIT")
        writer.close()
    assert seen and "is busy" in seen[0].text()
    assert desk_app.desk is not None
    assert _names(database) == ["Seiko Epson Corporation"]  # the writer's change, not replaced


def test_once_the_file_is_found_damaged_nothing_more_is_saved_into_it(
    qtbot: QtBot, desk_app: DeskApp, database: Path
) -> None:
    Services.backups_of(database).back_up()
    assert desk_app.open(database)
    assert desk_app.desk is not None
    health = desk_app._health
    assert health is not None
    qtbot.waitUntil(lambda: not health.running, timeout=20_000)  # the check after the start
    _damage(database)
    seen = answer_modal(QMessageBox, _click("Close"), timeout_ms=20_000)  # keep the file
    desk_app.desk.runner.damage_found.emit()
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    desk_app.desk.runner.wait()
    before = database.read_bytes()
    companies = desk_app.desk.services.companies
    with pytest.raises(WritesRefusedError, match="is damaged: nothing is saved"):
        companies.create(CompanyDraft(name_en="Wacom"))
    assert database.read_bytes() == before
