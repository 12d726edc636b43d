"""The Reports and Data menus: pipeline summary as PDF or Excel, exports, in the background."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from leadtracker.cli import EXIT_OK, main
from leadtracker.db.database import Database, open_database
from leadtracker.db.models import Project
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.vocabulary import Language
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.registry import Services
from leadtracker.ui.exchange.export_dialog import ExportDialog
from leadtracker.ui.exchange.import_dialog import ImportDialog, Importer, importer_into
from leadtracker.ui.exchange.report_dialog import PipelineReportDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from tests.reports.pdf import read_pdf
from tests.services.importing.hostile_files import HEADER_ROW, inline, sheet_xml, workbook
from tests.ui.modal_answers import answer_modal, saved_notice


@pytest.fixture
def desk(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[Desk]:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    desk = Desk(Services.on(demo_db), settings)
    qtbot.addWidget(desk.window)
    yield desk


def answer_save(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    def answer(_parent: QWidget, _title: str, _start: str, _filter: str) -> tuple[str, str]:
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))


def test_the_menus_offer_reports_and_exports(desk: Desk) -> None:
    menus = {
        action.text(): [a.text() for a in action.menu().actions()]
        for action in desk.window.menuBar().actions()
    }
    assert menus == {
        "&File": [
            "New &company…",
            "New c&ontact…",
            "",
            "&Backups…",
            "&Trash…",
            "&Retention review…",
            "",
            "&Quit",
        ],
        "&Reports": ["&Pipeline summary…"],
        "&Data": ["&Import…", "&Export…"],
        "&Help": ["&About LeadTracker…", "About &Qt…"],
    }
    shortcuts = {
        a.text(): a.shortcut().toString()
        for a in desk.window.menuBar().actions()[1].menu().actions()
    }
    assert shortcuts == {"&Pipeline summary…": "Ctrl+R"}


def test_the_report_dialog_takes_a_year_or_a_typed_period(qtbot: QtBot) -> None:
    dialog = PipelineReportDialog(date(2026, 11, 22), language=Language.ENGLISH)
    qtbot.addWidget(dialog)
    dialog.other.setText("2025Q5")
    dialog.save_button.click()
    assert dialog.choice is None and "is not a period" in dialog.problem.text()
    dialog.other.setText("2025Q3")
    dialog.excel.setChecked(True)
    dialog.save_button.click()
    assert dialog.choice is not None
    assert (dialog.choice.period, dialog.choice.excel) == (Period.quarter(2025, 3), True)
    again = PipelineReportDialog(
        date(2026, 11, 22), language=Language.GERMAN, period=Period.fiscal_year(2024)
    )
    qtbot.addWidget(again)
    again.save_button.click()
    assert again.choice is not None and again.choice.period == Period.fiscal_year(2024)
    assert again.choice.language is Language.GERMAN and not again.choice.excel


def test_pipeline_summary_from_the_menu_as_pdf(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "summary.pdf"
    answer_save(monkeypatch, target)

    def choose(dialog: PipelineReportDialog) -> None:
        dialog.other.setText("FY2025")
        dialog.save_button.click()

    seen = answer_modal(PipelineReportDialog, choose)
    desk.pipeline_summary()
    assert seen
    qtbot.waitUntil(lambda: target.exists() and not desk.documents.runner.busy, timeout=20_000)
    text = read_pdf(target.read_bytes()).text
    assert "Pipeline-Bericht" in text and "Japanisches Geschäftsjahr 2025" in text


def test_pipeline_summary_from_the_menu_as_excel(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "summary.xlsx"
    answer_save(monkeypatch, target)

    def choose(dialog: PipelineReportDialog) -> None:
        dialog.excel.setChecked(True)
        dialog.save_button.click()

    answer_modal(PipelineReportDialog, choose)
    desk.pipeline_summary(Period.calendar_year(2025))
    qtbot.waitUntil(lambda: target.exists() and not desk.documents.runner.busy, timeout=20_000)
    book = load_workbook(target)
    assert book.sheetnames[0] == "Summary"
    figures = {r[0]: r[1] for r in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert figures["Period"] == "2025" and isinstance(figures["Inquiries"], int)


def test_the_app_and_the_command_line_give_the_same_numbers(
    qtbot: QtBot, desk: Desk, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's workbook and PDF, and the command line's workbook, for FY2025."""
    app_xlsx, app_pdf, cli_xlsx = tmp_path / "app.xlsx", tmp_path / "app.pdf", tmp_path / "cli.xlsx"
    for target, excel in ((app_xlsx, True), (app_pdf, False)):
        answer_save(monkeypatch, target)

        def choose(dialog: PipelineReportDialog, excel: bool = excel) -> None:
            dialog.excel.setChecked(excel)
            dialog.save_button.click()

        answer_modal(PipelineReportDialog, choose)
        desk.pipeline_summary(Period.fiscal_year(2025))
        qtbot.waitUntil(
            lambda t=target: t.exists() and not desk.documents.runner.busy, timeout=20_000
        )
    args = ["--db", str(demo_db.path), "report", "pipeline", "--period", "FY2025"]
    assert main([*args, "--format", "xlsx", "-o", str(cli_xlsx)]) == EXIT_OK

    def summary(path: Path) -> dict[str, object]:
        rows = load_workbook(path)["Summary"].iter_rows(min_row=2, values_only=True)
        return {label: value for label, value in rows if label != "As of"}

    from_app = summary(app_xlsx)
    assert from_app == summary(cli_xlsx)
    with demo_db.sessions() as session:
        inquiries = session.scalar(
            select(func.count()).where(
                Project.received_on.between(date(2025, 4, 1), date(2026, 3, 31))
            )
        )
    assert from_app["Inquiries"] == inquiries
    tiles = read_pdf(app_pdf.read_bytes()).pages[0].split()
    assert tiles[tiles.index("Anfragen") + 1] == str(inquiries)
    assert tiles[tiles.index("Angesiedelt") + 1] == str(from_app["Landed"])


def test_export_one_table_as_csv_from_the_menu(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "companies.csv"
    offered: list[str] = []

    def answer(_parent: QWidget, _title: str, start: str, _filter: str) -> tuple[str, str]:
        offered.append(Path(start).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))

    def choose(dialog: ExportDialog) -> None:
        dialog.table_box.setCurrentIndex(dialog.table_box.findData("companies"))
        dialog.csv.setChecked(True)
        dialog.export_button.click()

    answer_modal(ExportDialog, choose)
    desk.export_data()
    qtbot.waitUntil(lambda: target.exists() and not desk.documents.runner.busy, timeout=20_000)
    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][0] == "ID" and len(rows) == 81  # the header and 80 demo companies
    assert offered == [f"leadtracker-companies-{date.today().isoformat()}.csv"]  # dated
    notice = saved_notice(qtbot)
    assert "companies.csv" in notice.text() and str(tmp_path) in notice.informativeText()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    buttons = {b.text().replace("&", ""): b for b in notice.buttons()}
    buttons["Open"].click()
    buttons["Show in folder"].click()
    assert [url.toLocalFile() for url in opened] == [str(target), str(tmp_path)]


def test_the_dashboard_asks_for_the_summary_of_its_period(qtbot: QtBot, desk: Desk) -> None:
    offered: list[Period] = []

    def look(dialog: PipelineReportDialog) -> None:
        offered.append(dialog.chooser.period())
        dialog.reject()

    desk.dashboard.set_period(Period.fiscal_year(2024))
    answer_modal(PipelineReportDialog, look)
    desk.dashboard.summary_button.click()
    assert offered == [Period.fiscal_year(2024)]


def _importer(db: Database) -> Importer:
    """Imports into ``db`` as the app does."""
    return importer_into(db)


def test_the_import_dialog_checks_first_and_imports_all_or_nothing(
    qtbot: QtBot, db: Database, tmp_path: Path, services: Services
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Firma;Präfektur\nGood K.K.;Tokyo\nBad K.K.;Atlantis\n", encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text("Firma;Präfektur\nGood K.K.;Tokyo\nAlso Good K.K.;大阪府\n", encoding="utf-8")

    dialog = ImportDialog(_importer(db))
    qtbot.addWidget(dialog)
    imported: list[object] = []
    dialog.imported.connect(imported.append)
    dialog.choose(bad)
    qtbot.waitUntil(lambda: dialog.problems.count() > 0, timeout=10_000)
    assert dialog.problems.item(0).text().startswith("row 3, Präfektur: “Atlantis”")
    assert not dialog.import_button.isEnabled()
    dialog.choose(good)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "Rows: 2 — to create: 2," in dialog.summary.text()
    assert services.companies.count() == 0  # checking writes nothing
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(imported), timeout=10_000)
    assert services.companies.count() == 2
    assert "Rows: 2 — created: 2," in dialog.summary.text()


def test_the_import_dialog_takes_vcards_too(
    qtbot: QtBot, db: Database, tmp_path: Path, services: Services
) -> None:
    services.companies.create(CompanyDraft(name_en="Wacom Co., Ltd."))
    card = tmp_path / "phone.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nFN:山田 太郎\r\nORG:Wacom Co., Ltd.\r\n"
        "X-PHONETIC-LAST-NAME:やまだ\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )

    dialog = ImportDialog(_importer(db))
    qtbot.addWidget(dialog)
    dialog.choose(card)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "created: 1," in dialog.summary.text(), timeout=10_000)
    [contact] = services.contacts.for_company(1)
    assert (contact.family_kanji, contact.family_kana) == ("山田", "やまだ")


def test_a_column_of_unknown_name_is_mapped_in_the_dialog(
    qtbot: QtBot, db: Database, tmp_path: Path, services: Services
) -> None:
    path = tmp_path / "alt.csv"
    path.write_text(
        "Kunde;Ort;Seit wann\nAoba Denki;Sendai;2019\nMidori Seiki;Nagoya;2020\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(_importer(db))
    qtbot.addWidget(dialog)
    dialog.choose(path)
    qtbot.waitUntil(lambda: dialog.columns.rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: "Columns left out" in dialog.summary.text(), timeout=10_000)
    assert "Kunde, Seit wann" in dialog.summary.text()  # "Ort" is the city
    assert dialog.rows.rowCount() == 2 and dialog.rows.item(1, 0).text() == "Midori Seiki"
    assert dialog.columns.item(0, 2).text() == "Aoba Denki"  # the first value beside the column
    name_box = dialog.columns.cellWidget(0, 1)
    assert name_box.currentText() == "— not imported —"
    assert not dialog.import_button.isEnabled()  # without a name column every row is refused
    name_box.setCurrentIndex(name_box.findData("name_en"))
    name_box.activated.emit(name_box.currentIndex())
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "Columns left out: Seit wann" in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: "created: 2," in dialog.summary.text(), timeout=10_000)
    companies = services.companies
    assert [(companies.get(i).name_en, companies.get(i).hq_city) for i in (1, 2)] == [
        ("Aoba Denki", "Sendai"),
        ("Midori Seiki", "Nagoya"),
    ]


def test_the_dialog_imports_a_whole_workbook(
    qtbot: QtBot, db: Database, tmp_path: Path, services: Services
) -> None:
    services.companies.create(CompanyDraft(name_en="Aoba Denki"))
    workbook = tmp_path / "all.xlsx"
    services.exports.to_xlsx(workbook)
    target = open_database(tmp_path / "restored.sqlite")
    try:
        dialog = ImportDialog(_importer(target))
        qtbot.addWidget(dialog)
        dialog.choose(workbook)
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
        assert dialog.kind_box.currentText() == "Every sheet of an exported workbook"
        assert not dialog.kind_box.isEnabled()
        sheets = [dialog.columns.item(r, 0).text() for r in range(dialog.columns.rowCount())]
        assert sheets == [
            "Projects",
            "Companies",
            "Contacts",
            "Activities",
            "Tasks",
            "Stage history",
            "Staff",
            "Partners",
            "Events",
        ]
        dialog.import_button.click()
        qtbot.waitUntil(lambda: "created:" in dialog.summary.text(), timeout=10_000)
        assert "Companies 1" in dialog.summary.text()
        assert Services.on(target).companies.count() == 1
    finally:
        target.close()


def test_the_import_dialog_shows_the_warnings_of_a_file(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    rows = HEADER_ROW + '<row r="2">' + inline("A2", "Wacom") + '<c r="B2"><f>A2</f></c></row>'
    path = workbook(tmp_path / "firmen.xlsx", sheet_xml(rows))
    dialog = ImportDialog(_importer(db))
    qtbot.addWidget(dialog)
    dialog.choose(path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "formula cells without a value saved by Excel (B2)" in dialog.summary.text()
