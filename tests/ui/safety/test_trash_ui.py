"""Deleting in the window: the question, the record gone from lists and windows, the Trash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.services.contacts import ContactDraft
from leadtracker.ui.records.change_history import ChangeHistory
from leadtracker.ui.records.contact_editor import ContactEditorDialog
from leadtracker.ui.records.contact_record_buttons import contact_record_buttons
from leadtracker.ui.safety.trash_dialog import TrashDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from tests.conftest import Services
from tests.ui.modal_answers import activate, answer_modal


def _desk(qtbot: QtBot, db: Database, tmp_path: Path) -> Desk:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    desk = Desk(Services.on(db), settings)
    qtbot.addWidget(desk.window)
    return desk


def _click(text: str) -> list[object]:
    """Answer the next message box with its button labelled ``text``; what it said."""
    said: list[object] = []

    def click(box: QMessageBox) -> None:
        said.append(f"{box.text()}\n{box.informativeText()}")
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == text]
        button.click()

    answer_modal(QMessageBox, click)
    return said


def test_delete_key_in_the_company_list_asks_then_moves_the_company_away(
    qtbot: QtBot, db: Database, services: Services, tmp_path: Path
) -> None:
    gone = services.company(name_en="Gone K.K.").id
    services.company(name_en="Kept Ltd.")
    services.contacts.create(ContactDraft(company_id=gone, family_romaji="Tanaka"))
    services.project(gone, title="Vanishing office")
    desk = _desk(qtbot, db, tmp_path)
    page = desk.companies
    desk.window.show()
    desk.window.show_page(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    activate(qtbot, desk.window)
    page.table.setFocus()
    page.table.selectRow(0)
    window = desk.open_company(gone)
    activate(qtbot, desk.window)
    page.table.setFocus()
    said = _click("Cancel")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert said and "Move “Gone K.K.” to the trash?" in str(said[0])
    assert "1 contacts, 1 projects" in str(said[0])
    assert page.model.rowCount() == 2  # Cancel left it

    activate(qtbot, desk.window)
    page.table.setFocus()
    said = _click("Move to trash")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert said
    assert not window.isVisible()  # its window closed
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert [i.label for i in services.trash.items()] == ["Gone K.K."]


def test_the_trash_dialog_restores_and_deletes_for_good(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    trash = services.trash
    first = services.company(name_en="First K.K.").id
    second = services.company(name_en="Second K.K.").id
    trash.move_to_trash("company", first)
    trash.move_to_trash("company", second)
    dialog = TrashDialog(trash)
    qtbot.addWidget(dialog)
    names = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert names == ["Second K.K.", "First K.K."]
    changed: list[bool] = []
    dialog.changed.connect(lambda: changed.append(True))

    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert services.companies.get(first).name_en == "First K.K."
    assert dialog.table.rowCount() == 1

    _click("Cancel")
    dialog.empty_button.click()
    assert dialog.table.rowCount() == 1
    _click("Yes")
    dialog.empty_button.click()
    assert trash.items() == ()
    assert dialog.empty_label.isVisibleTo(dialog)
    assert not dialog.empty_button.isEnabled()
    assert changed == [True, True]


def test_the_contact_dialog_shows_the_changes_and_deletes_into_the_trash(
    qtbot: QtBot, db: Database, services: Services, tmp_path: Path
) -> None:
    company = services.company(name_en="Midori Seiki").id
    contact = services.contacts.create(ContactDraft(company_id=company, family_romaji="Ito")).id
    desk = _desk(qtbot, db, tmp_path)
    actions = desk.actions
    dialog = ContactEditorDialog(
        services.contacts,
        services.companies,
        services.search,
        contact,
        privacy=lambda c, reload, parent: contact_record_buttons(actions, c, reload, parent),
    )
    qtbot.addWidget(dialog)
    buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QPushButton)}

    def read_changes(shown: QDialog) -> None:
        [table] = shown.findChildren(ChangeHistory)
        cells.extend(table.item(0, column).text() for column in range(table.columnCount()))
        shown.reject()

    cells: list[str] = []
    answer_modal(QDialog, read_changes)
    buttons["Changes…"].click()
    assert cells[2] == "(created)" and "Family name (romaji): Ito" in cells[4]

    _click("Move to trash")
    buttons["Delete…"].click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert [i.label for i in services.trash.items()] == ["Ito"]
