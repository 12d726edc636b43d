"""Dossiers and briefings from the app: saved through the file dialog, printed page by page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import Language, Rank
from leadtracker.reports.dossier import company_dossier_pdf
from leadtracker.services.companies import CompanyRecord
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.reporting.dossiers import CompanyDossier
from leadtracker.ui.exchange import documents
from leadtracker.ui.exchange.briefing_dialog import (
    BriefingDialog,
    BriefingOutput,
    next_working_day,
)
from leadtracker.ui.exchange.documents import file_name, print_pdf
from leadtracker.ui.records.company_window import CompanyWindow
from leadtracker.ui.records.project_window import ProjectWindow
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from leadtracker.ui.shell.desk import DeskActions
from tests.conftest import Services
from tests.reports.pdf import read_pdf


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def desk(qtbot: QtBot, demo_db: Database, settings: AppSettings) -> Iterator[Desk]:
    desk = Desk(Services.on(demo_db), settings)
    qtbot.addWidget(desk.window)
    yield desk


def choose_file(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Answer the save dialog with ``target``; returns the names it suggested."""
    suggested: list[str] = []

    def answer(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(target), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return suggested


def test_save_dossier_as_pdf_writes_the_chosen_language(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = desk.open_company(1)  # Seiko Epson, the first known company
    assert isinstance(window, CompanyWindow)
    menu = [a.text() for a in window.dossier_button.menu().actions() if a.text()]
    assert menu[:2] == ["Print dossier…", "Save dossier as PDF…"]
    japanese = next(a for a in window.language_menu.actions() if a.text() == "日本語")
    japanese.trigger()
    suggested = choose_file(monkeypatch, tmp_path / "epson")  # no suffix typed
    window.save_action.trigger()
    target = tmp_path / "epson.pdf"
    qtbot.waitUntil(lambda: target.exists() and not window.documents.runner.busy, timeout=15_000)
    pdf = read_pdf(target.read_bytes())
    assert "企業ドシエ" in pdf.text and "セイコーエプソン株式会社" in pdf.text
    assert all(pdf.fonts.values())
    assert Path(suggested[0]).name.startswith("Dossier Seiko Epson Corporation ")
    assert not list(tmp_path.glob("*.part"))


def test_print_dossier_makes_the_pdf_off_the_ui_thread_then_asks_to_print(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed: list[bytes] = []
    monkeypatch.setattr(
        documents, "ask_and_print", lambda _parent, pdf, _title: printed.append(pdf) or 1
    )
    window = desk.open_company(1)
    assert isinstance(window, CompanyWindow)
    window.print_action.trigger()
    qtbot.waitUntil(lambda: bool(printed), timeout=15_000)
    assert "Unternehmensdossier" in read_pdf(printed[0]).text  # German: the default


def test_print_pdf_puts_every_page_on_the_printer(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    window = desk.open_company(1)
    assert isinstance(window, CompanyWindow)
    pdf = window.dossier_maker()()
    pages = len(read_pdf(pdf).pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)
    assert print_pdf(pdf, printer) == pages
    printed = (tmp_path / "printed.pdf").read_bytes()
    from pypdf import PdfReader  # noqa: PLC0415

    reader = PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == pages
    for page in reader.pages:  # each page carries the rendered image of the document's page
        images = page.images
        assert len(images) == 1 and images[0].image.width > 1000
    assert len(printed) > 20_000


def test_briefing_dialog_asks_date_time_attendees_and_language(
    qtbot: QtBot, db: Database, services: Services, settings: AppSettings
) -> None:
    project = services.project(code_name="Sakura")
    for family, rank in (("Kato", Rank.MANAGER), ("Ogawa", Rank.PRESIDENT)):
        services.contacts.create(
            ContactDraft(company_id=project.company_id, family_romaji=family, rank=rank)
        )
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = DeskActions(Services.on(db), settings, holder)
    contacts = actions.services.contacts.for_company(project.company_id)
    dialog = BriefingDialog(
        contacts, language=Language.ENGLISH, code_name="Sakura", today=date(2026, 11, 20)
    )
    qtbot.addWidget(dialog)
    assert dialog.date_edit.date() == QDate(2026, 11, 23)  # Friday -> Monday
    assert dialog.reveal_box.isVisibleTo(dialog)
    assert [dialog.attendees.item(r).text() for r in range(2)] == ["Ogawa", "Kato"]
    dialog.attendees.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(4 * 3600 + 30 * 60))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ja"))
    dialog.save_button.click()
    choice = dialog.choice
    assert choice is not None and choice.output is BriefingOutput.SAVE
    assert (choice.meeting_on, choice.at, choice.language) == (
        date(2026, 11, 23),
        time(14, 30),
        Language.JAPANESE,
    )
    assert choice.attendee_ids == (contacts[0].id,)

    window = ProjectWindow(
        project.id,
        actions,
        timeline=services.timeline,
        ask_outcome=lambda *_args: None,
    )
    qtbot.addWidget(window)
    text = read_pdf(window.briefing_maker(choice)()).text
    assert "面談ブリーフィング" in text and "Ogawa" in text and "Kato" not in text
    assert "Sakura" in text and "Sales office Düsseldorf" not in text  # the code name only


def test_briefing_dialog_lets_the_user_tick_the_staff_who_attend(
    qtbot: QtBot,
    db: Database,
    services: Services,
    settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = services.project()
    services.contacts.create(ContactDraft(company_id=project.company_id, family_romaji="Ogawa"))
    services.network.add_user("Anna Schmidt", "AS", "anna.schmidt@duesseldorf.example")
    services.network.add_user("Bernd Lange", "BL")
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = DeskActions(Services.on(db), settings, holder)
    staff = actions.services.network.users()
    dialog = BriefingDialog(
        actions.services.contacts.for_company(project.company_id),
        staff=staff,
        language=Language.ENGLISH,
    )
    qtbot.addWidget(dialog)
    items = [dialog.staff.item(row) for row in range(dialog.staff.count())]
    assert [i.text() for i in items] == ["Anna Schmidt (AS)", "Bernd Lange (BL)"]
    assert all(i.checkState() == Qt.CheckState.Unchecked for i in items)  # who goes is chosen
    items[0].setCheckState(Qt.CheckState.Checked)
    dialog.print_button.click()
    choice = dialog.choice
    assert choice is not None and choice.staff_ids == (staff[0].id,)

    window = ProjectWindow(
        project.id,
        actions,
        timeline=services.timeline,
        ask_outcome=lambda *_args: None,
    )
    qtbot.addWidget(window)
    text = read_pdf(window.briefing_maker(choice)()).text
    assert "Japan Desk" in text.split("Attendees")[1] and "Ogawa" in text
    assert "Anna Schmidt" in text and "anna.schmidt@duesseldorf.example" in text
    assert "Bernd Lange" not in text

    offered: list[str] = []

    def cancel(dialog: BriefingDialog) -> int:
        offered.extend(dialog.staff.item(row).text() for row in range(dialog.staff.count()))
        return 0

    monkeypatch.setattr(BriefingDialog, "exec", cancel)
    window.meeting_briefing()  # the project window offers the desk's staff
    assert offered == ["Anna Schmidt (AS)", "Bernd Lange (BL)"]


def test_helpers_for_names_and_days() -> None:
    assert file_name("Dossier", 'A/B: "C"?', "2026-11-22") == "Dossier A-B- -C- 2026-11-22.pdf"
    assert next_working_day(date(2026, 11, 21)) == date(2026, 11, 23)  # Saturday -> Monday
    assert next_working_day(date(2026, 11, 23)) == date(2026, 11, 24)


def test_a_printer_that_cannot_start_gives_a_message_not_a_crash(
    qtbot: QtBot, tmp_path: Path
) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "missing-folder" / "out.pdf"))  # cannot be written
    data = company_dossier_pdf(
        CompanyDossier(
            company=CompanyRecord(name_en="Test K.K."),
            chain=(),
            subsidiaries=(),
            contacts=(),
            projects=(),
            activities=(),
            open_tasks=(),
            partners=(),
            events=(),
            printed_at=datetime(2026, 11, 22, tzinfo=UTC),
        )
    )
    with pytest.raises(OSError, match="printer could not be started"):
        print_pdf(data, printer)
