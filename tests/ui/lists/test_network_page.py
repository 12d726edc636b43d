"""*Partners & events* on a real database: results per partner, adding partners and events."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import PartnerKind, ProjectSource
from leadtracker.ui.background import BackgroundRunner
from leadtracker.ui.formats import day_text
from leadtracker.ui.lists.network_page import EventDialog, NetworkPage, PartnerDialog, PartnerModel
from tests.conftest import Services


def _page(qtbot: QtBot, db: Database, services: Services) -> NetworkPage:
    holder = QWidget()
    qtbot.addWidget(holder)
    runner = BackgroundRunner(holder)
    page = NetworkPage(services.referrals, services.network, runner)
    page.setParent(holder)
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    return page


def test_partners_show_what_they_brought_in(qtbot: QtBot, db: Database, services: Services) -> None:
    jetro = services.network.add_partner("JETRO Düsseldorf", PartnerKind.AGENCY)
    for _ in range(2):
        services.project(source=ProjectSource.PARTNER_REFERRAL, partner_id=jetro.id)
    services.network.add_event("Japan-Tag", date(2026, 5, 23), "Rheinufer")
    page = _page(qtbot, db, services)
    model = page.partners
    assert model.rowCount() == 1
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells == ["JETRO Düsseldorf", "Agency", "2", "0", "0"]
    assert model.headerData(PartnerModel.COL_INQUIRIES, Qt.Orientation.Horizontal) == "Inquiries"
    assert page.events.data(page.events.index(0, 0)) == day_text(date(2026, 5, 23))


def test_adding_a_partner_and_refusing_a_second_of_the_same_name(
    qtbot: QtBot, db: Database, services: Services
) -> None:
    page = _page(qtbot, db, services)
    dialog = PartnerDialog(services.network, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("IHK Düsseldorf")
    dialog.kind.setCurrentIndex(dialog.kind.findData(PartnerKind.CHAMBER))
    dialog.buttons.accepted.emit()
    assert dialog.result() == PartnerDialog.DialogCode.Accepted
    again = PartnerDialog(services.network, page)
    qtbot.addWidget(again)
    again.name.setText("IHK Düsseldorf")
    again.buttons.accepted.emit()
    assert again.result() != PartnerDialog.DialogCode.Accepted
    assert "already exists" in again.problem.text()
    assert [p.name for p in services.network.partners()] == ["IHK Düsseldorf"]


def test_adding_an_event_with_its_organiser(qtbot: QtBot, db: Database, services: Services) -> None:
    jetro = services.network.add_partner("JETRO Düsseldorf", PartnerKind.AGENCY)
    page = _page(qtbot, db, services)
    dialog = EventDialog(services.network, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("NRW Business Seminar Tokyo")
    dialog.starts_on.setDate(QDate(2026, 10, 8))
    dialog.location.setText("Tokyo")
    dialog.organiser.setCurrentIndex(dialog.organiser.findData(jetro.id))
    dialog.buttons.accepted.emit()
    [event] = services.referrals.events()
    assert (event.name, event.starts_on, event.location, event.organiser) == (
        "NRW Business Seminar Tokyo",
        date(2026, 10, 8),
        "Tokyo",
        "JETRO Düsseldorf",
    )
