"""The company's and the project's window share one shell: title, actions, tabs, closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.ui.forms.editor import UnsavedChoice
from leadtracker.ui.records.record_window import RecordWindow
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from tests.conftest import Services
from tests.ui.modal_answers import answer_modal


def _desk(qtbot: QtBot, db: Database, tmp_path: Path) -> Desk:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    desk = Desk(Services.on(db), settings)
    qtbot.addWidget(desk.window)
    return desk


def _open(desk: Desk, services: Services, kind: str) -> tuple[RecordWindow[object], str]:
    company = services.company(name_en="Horiba Ltd.")
    project = services.project(company.id, title="Horiba sales office")
    if kind == "company":
        return desk.open_company(company.id), "Horiba Ltd."
    return desk.open_project(project.id), "Horiba sales office"


@pytest.mark.parametrize("kind", ["company", "project"])
def test_delete_asks_then_trashes_the_record_and_closes_its_window_despite_unsaved_edits(
    qtbot: QtBot, db: Database, services: Services, tmp_path: Path, kind: str
) -> None:
    window, name = _open(_desk(qtbot, db, tmp_path), services, kind)
    assert window.windowTitle().startswith(name)
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs[0] == "Details" and "Timeline" in tabs and tabs[-1] == "Changes"
    assert window.editor is not None
    field = getattr(window.editor, "name_en" if kind == "company" else "title")
    assert isinstance(field, QLineEdit)
    field.setText("Edited, not saved")
    assert window.editor.dirty
    asked: list[str] = []
    editor = window.editor

    def keep_editing(_parent: object, what: str) -> UnsavedChoice:
        asked.append(f"Save {what}?")
        return UnsavedChoice.CANCEL

    editor.ask_unsaved = keep_editing

    def move(box: QMessageBox) -> None:
        asked.append(box.text())
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == "Move to trash"]
        button.click()

    answer_modal(QMessageBox, move)
    window.delete_button.click()
    assert asked == [f"Move “{name}” to the trash?"]
    assert not window.isVisible()  # closed without asking about the unsaved edit
    assert [item.label for item in services.trash.items()] == [name]


@pytest.mark.parametrize("kind", ["company", "project"])
def test_a_window_closes_when_its_record_went_to_the_trash_elsewhere(
    qtbot: QtBot, db: Database, services: Services, tmp_path: Path, kind: str
) -> None:
    desk = _desk(qtbot, db, tmp_path)
    window, _name = _open(desk, services, kind)
    window.show()
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    services.trash.move_to_trash(kind, window.record_id)
    desk.actions.data_changed.emit()  # as a change made anywhere else is announced
    assert closed == [True]
    assert not window.isVisible()
