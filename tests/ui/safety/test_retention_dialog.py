"""The retention review dialog: contacts without recent activity, erased together after asking."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.safety.privacy import ERASED
from leadtracker.services.work import ActivityDraft
from leadtracker.ui.safety.retention_dialog import RetentionDialog
from tests.conftest import Services
from tests.ui.modal_answers import answer_modal


def test_lists_quiet_contacts_and_erases_the_selected_ones(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    company = services.company(name_en="Midori Seiki").id
    old, quiet, busy = (
        services.contacts.create(ContactDraft(company_id=company, family_romaji=name)).id
        for name in ("Ito", "Sato", "Kato")
    )
    for contact, when in ((old, datetime(2015, 3, 1, tzinfo=UTC)), (busy, datetime.now(UTC))):
        services.work.log_activity(
            ActivityDraft(ActivityKind.CALL, when, company_id=company, contact_ids=(contact,))
        )
    dialog = RetentionDialog(services.privacy, services.companies)
    qtbot.addWidget(dialog)
    listed = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert listed == ["Sato", "Ito"]  # never, then the oldest activity; Kato is active
    assert dialog.table.item(1, 1).text() == "Midori Seiki"
    assert dialog.table.item(0, 2).text() == "never"
    dialog.years.setValue(20)
    assert dialog.table.rowCount() == 1  # Sato only: no activity at all
    dialog.years.setValue(5)
    dialog.table.selectAll()
    erased: list[int] = []
    dialog.erased.connect(erased.append)
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert dialog.erase_selected() == 2
    qtbot.waitUntil(lambda: erased == [2], timeout=20_000)
    assert services.contacts.get(old).family_romaji == ERASED
    assert services.contacts.get(quiet).family_romaji == ERASED
    assert services.contacts.get(busy).family_romaji == "Kato"
    assert dialog.table.rowCount() == 0
