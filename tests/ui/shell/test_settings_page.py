"""Settings: choosing the interface language offers to start LeadTracker again now."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.services.opening import read_location
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.restart import restart, restart_command
from leadtracker.ui.shell.settings_page import SettingsPage
from tests.conftest import Services
from tests.ui.modal_answers import answer_modal


def _click(text: str) -> object:
    def act(box: QMessageBox) -> None:
        found = [b for b in box.buttons() if b.text().replace("&", "") == text]
        (found[0] if found else box.buttons()[-1]).click()

    return act


@pytest.fixture
def page(
    qtbot: QtBot, db: Database, tmp_path: Path, services: Services
) -> tuple[SettingsPage, AppSettings]:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    page = SettingsPage(settings, services.network, db.path)
    qtbot.addWidget(page)
    return page, settings


@pytest.mark.parametrize(("answer", "restarts"), [("Later", 0), ("Restart now", 1)])
def test_choosing_a_language_offers_to_restart_now(
    page: tuple[SettingsPage, AppSettings], answer: str, restarts: int
) -> None:
    view, settings = page
    requested: list[bool] = []
    view.restart_requested.connect(lambda: requested.append(True))
    seen = answer_modal(QMessageBox, _click(answer))
    view.interface_language.setCurrentIndex(view.interface_language.findData("ja"))
    assert seen and "starts again" in seen[0].text()
    assert settings.interface_language == "ja"  # kept either way: it shows at the next start
    assert len(requested) == restarts


class _Unsaved(QWidget):
    """A window with unsaved changes: it stays open when asked to close."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def test_a_window_that_stays_open_is_not_restarted(qtbot: QtBot) -> None:
    window = _Unsaved()
    qtbot.addWidget(window)
    window.show()
    assert restart(window) is False
    assert window.isVisible()


def test_the_restart_command_starts_leadtracker_with_the_same_arguments() -> None:
    program, arguments = restart_command()
    assert program == sys.executable
    assert arguments[:2] == ["-m", "leadtracker"] and arguments[2:] == sys.argv[1:]
    started = subprocess.run(
        [program, *arguments[:2], "--version"], capture_output=True, text=True, check=False
    )
    assert started.returncode == 0 and started.stdout.startswith("leadtracker ")


def test_on_a_team_database_the_page_speaks_of_the_server_not_of_a_file(
    qtbot: QtBot, tmp_path: Path, services: Services
) -> None:
    """On a server it said "all data lives in this one file" and offered backup rotation."""
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    server = read_location("postgresql://anna@db.japandesk.example:5432/leadtracker")
    page = SettingsPage(settings, services.network, server)
    qtbot.addWidget(page)
    assert page.path_label.text() == "anna@db.japandesk.example:5432/leadtracker"
    assert page.path_label.accessibleName() == "Team database"
    assert "team server" in page.database_hint.text()
    assert "one file" not in page.database_hint.text()
    assert not page.keep_days.isVisibleTo(page)
