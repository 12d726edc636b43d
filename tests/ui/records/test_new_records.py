"""New companies and contacts from the pages that list them: button, context menu, menu, keys."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.services.registry import Services
from leadtracker.ui.records.company_editor import CompanyEditorDialog
from leadtracker.ui.records.company_window import CompanyWindow
from leadtracker.ui.records.contact_editor import ContactEditorDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from tests.ui.modal_answers import answer_modal


@pytest.fixture
def desk(qtbot: QtBot, db: Database, tmp_path: Path) -> Desk:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    desk = Desk(Services.on(db), settings)
    qtbot.addWidget(desk.window)
    desk.window.show()
    return desk


def _button(page: object, text: str) -> QToolButton:
    found = page.findChildren(QToolButton)  # type: ignore[attr-defined]
    buttons = [b for b in found if b.defaultAction() and b.defaultAction().text() == text]
    assert len(buttons) == 1, [b.text() for b in found]
    return buttons[0]


def _names(db: Database, query: str) -> list[str]:
    conn = sqlite3.connect(db.path)
    try:
        return [row[0] for row in conn.execute(query)]
    finally:
        conn.close()


def test_a_new_company_from_the_companies_page_opens_in_its_window(
    qtbot: QtBot, desk: Desk, db: Database
) -> None:
    desk.window.show_page(desk.companies)
    seen: list[str] = []

    def fill(dialog: CompanyEditorDialog) -> None:
        first = dialog.editor.form.fields[0].focus_target()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is first)  # the cursor waits there
        seen.append(first.objectName())
        dialog.editor.name_en.setText("Kawasaki Heavy Industries")
        dialog.buttons.accepted.emit()

    answer_modal(CompanyEditorDialog, fill, timeout_ms=10_000)
    _button(desk.companies, "&New company…").click()
    assert seen
    assert _names(db, "SELECT name_en FROM company") == ["Kawasaki Heavy Industries"]
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, CompanyWindow)]
    assert windows and windows[0].isVisible()


def test_new_records_are_offered_in_the_context_menu_and_by_keys(
    qtbot: QtBot, desk: Desk, db: Database
) -> None:
    for page, text in ((desk.companies, "New company…"), (desk.contacts, "New contact…")):
        texts = [a.text().replace("&", "") for a in page.table.actions()]
        assert text in texts  # the table's context menu
    desk.window.show_page(desk.contacts)
    desk.contacts.table.setFocus()
    opened: list[bool] = []

    def cancel(dialog: ContactEditorDialog) -> None:
        first = dialog.editor.form.fields[0].focus_target()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
        opened.append(True)
        dialog.reject()

    answer_modal(ContactEditorDialog, cancel, timeout_ms=10_000)
    qtbot.keyClick(
        desk.contacts.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert opened == [True]
    assert _names(db, "SELECT family_romaji FROM contact") == []  # cancelled: nothing saved
