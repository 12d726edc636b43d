"""Application shortcuts work wherever the focus is, a filter box included."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.services.registry import Services
from leadtracker.ui.exchange.export_dialog import ExportDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from tests.ui.modal_answers import answer_modal

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def desk(qtbot: QtBot, db: Database, tmp_path: Path) -> Desk:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    desk = Desk(Services.on(db), settings)
    qtbot.addWidget(desk.window)
    desk.window.show()
    qtbot.waitExposed(desk.window)
    return desk


def test_ctrl_e_exports_from_a_filter_box(qtbot: QtBot, desk: Desk) -> None:
    desk.window.show_page(desk.companies)
    desk.window.activateWindow()
    desk.companies.filter_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.companies.filter_edit)
    seen = answer_modal(ExportDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(desk.companies.filter_edit, Qt.Key.Key_E, CTRL)
    assert seen, "Ctrl+E did not open the export dialog from the filter box"


def test_editing_keys_stay_with_the_text_field(qtbot: QtBot, desk: Desk) -> None:
    desk.window.show_page(desk.companies)
    edit: QLineEdit = desk.companies.filter_edit
    edit.setFocus()
    edit.setText("Epson")
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)  # select all, in the field
    assert edit.selectedText() == "Epson"
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Z, CTRL)  # the field's own undo
    assert edit.text() == "Epson"


def test_ctrl_e_exports_from_a_company_window(
    qtbot: QtBot, desk: Desk, db: Database, services: Services
) -> None:
    from leadtracker.services.companies import CompanyDraft  # noqa: PLC0415

    company = services.companies.create(CompanyDraft(name_en="Wacom Co., Ltd."))
    window = desk.open_company(company.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen = answer_modal(ExportDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_E, CTRL)
    assert seen, "Ctrl+E did not open the export dialog from a company window"
