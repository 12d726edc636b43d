"""The contact dialog's Personal data button: export as PDF or JSON, erase after asking."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import ActivityKind, Language
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.safety.privacy import ERASED
from leadtracker.services.work import ActivityDraft
from leadtracker.ui.records.contact_editor import ContactEditorDialog
from leadtracker.ui.safety.privacy_menu import PrivacyMenu
from tests.conftest import Services
from tests.reports.pdf import read_pdf
from tests.ui.modal_answers import answer_modal


def _dialog(qtbot: QtBot, db: Database, services: Services) -> tuple[ContactEditorDialog, int]:
    company = services.company(name_en="Midori Seiki").id
    contact = services.contacts.create(
        ContactDraft(
            company_id=company,
            family_kanji="山田",
            given_kanji="太郎",
            family_romaji="Yamada",
            given_romaji="Taro",
            email="t.yamada@example.jp",
        )
    ).id
    services.work.log_activity(
        ActivityDraft(
            ActivityKind.CALL,
            datetime(2026, 5, 2, 9, tzinfo=UTC),
            company_id=company,
            text="Yamada Taro calls back",
            contact_ids=(contact,),
        )
    )

    def menu(contact_id: int, reload: object, parent: QWidget) -> QWidget:
        privacy = services.privacy
        return PrivacyMenu(privacy, contact_id, Language.ENGLISH, reload, parent)  # type: ignore[arg-type]

    dialog = ContactEditorDialog(
        services.contacts, services.companies, services.search, contact, privacy=menu
    )
    qtbot.addWidget(dialog)
    return dialog, contact


def test_exports_as_pdf_and_as_json(
    qtbot: QtBot, db: Database, services: Services, tmp_path: Path
) -> None:
    dialog, _ = _dialog(qtbot, db, services)
    menu = dialog.privacy_menu
    assert isinstance(menu, PrivacyMenu)
    assert [a.text() for a in menu.menu().actions() if a.text()] == [
        "Export as PDF…",
        "Export as JSON…",
        "Erase this person…",
    ]
    menu.ask_path = lambda *_args: (str(tmp_path / "Yamada Taro.pdf"), "")
    pdf = menu.export(pdf=True)
    assert pdf is not None
    text = " ".join(read_pdf(pdf.read_bytes()).text.split())
    assert "Personal data held" in text and "t.yamada@example.jp" in text
    menu.ask_path = lambda *_args: (str(tmp_path / "yamada.json"), "")
    held = json.loads((menu.export(pdf=False) or Path()).read_text(encoding="utf-8"))
    assert held["activities"][0]["text"] == "Yamada Taro calls back"


def test_erasing_asks_then_erases_and_shows_the_result(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    dialog, contact = _dialog(qtbot, db, services)
    menu = dialog.privacy_menu
    assert isinstance(menu, PrivacyMenu)

    def press(button: QMessageBox.StandardButton) -> object:
        return lambda box: box.button(button).click()

    answer_modal(QMessageBox, press(QMessageBox.StandardButton.Cancel))
    assert not menu.erase()
    assert services.contacts.get(contact).email == "t.yamada@example.jp"
    answer_modal(QMessageBox, press(QMessageBox.StandardButton.Yes))
    assert menu.erase()
    assert services.contacts.get(contact).email == ""
    assert dialog.editor.family_romaji.text() == ERASED  # the dialog shows what is left
