"""Table exports, read back with other libraries than the writers: openpyxl and ``csv``.

The data set: Seiko Epson (Japanese names, a contact 山田 太郎, a project with
every kind of cell), and a company whose name is a formula, with projects,
activities and tasks whose texts a spreadsheet would evaluate if they were
written carelessly (``+49 …``, ``-5``, ``@SUM(A1)``, a leading tab).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from leadtracker.db.database import Database
from leadtracker.db.models import (
    Activity,
    Company,
    Contact,
    Event,
    Partner,
    Project,
    StageChange,
    Task,
    User,
)
from leadtracker.domain.vocabulary import (
    ActivityKind,
    CompanyStatus,
    Language,
    ProjectSource,
    ProjectType,
    Rank,
    Sector,
)
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.exporting import exports
from leadtracker.services.exporting import tables as export_tables
from leadtracker.services.exporting.exports import (
    COLUMNS,
    TABLES,
    ExportError,
    ExportService,
    SummaryValue,
    safe_text,
)
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

BOM = b"\xef\xbb\xbf"
EPSON_JA = "セイコーエプソン株式会社"
EVIL_NAME = '=HYPERLINK("http://evil","x")'
#: Texts a spreadsheet would evaluate; each is the notes of one project.
RISKY = ("+49 211 8993000", "-5", "@SUM(A1)", "\tTab", "=1+1")
MET_AT = datetime(2026, 5, 15, 12, 30, tzinfo=UTC)  # 14:30 in Düsseldorf (summer time)
DONE_AT = datetime(2026, 1, 15, 8, 0, tzinfo=UTC)  # 09:00 in Düsseldorf (winter time)
SUMMARY: tuple[tuple[str, SummaryValue], ...] = (
    ("Inquiries", 12),
    ("Landing rate", 0.25),
    ("Planned investment", Decimal("2500000.50")),
    ("Period", "FY2026"),
    ("As of", date(2026, 5, 15)),
    ("Benchmark", None),
    ("Change", float("nan")),
)
#: The workbook's sheets by table.
SHEET_OF = {
    "projects": "Projects",
    "companies": "Companies",
    "contacts": "Contacts",
    "activities": "Activities",
    "tasks": "Tasks",
    "stage_history": "Stage history",
    "staff": "Staff",
    "partners": "Partners",
    "events": "Events",
}
SHEETS = list(SHEET_OF.values())


@dataclass(frozen=True)
class Ids:
    epson: int
    evil: int
    project: int
    contact: int


@pytest.fixture
def ids(services: Services) -> Ids:
    owner = services.network.add_user("Hanako Suzuki", "HS").id
    colleague = services.network.add_user("Anna Becker", "AB").id
    jetro = services.network.add_partner("JETRO").id
    event = services.network.add_event("Japan-Tag 2026", date(2026, 5, 23)).id
    epson = services.company(
        name_ja=EPSON_JA,
        name_kana="セイコーエプソン",
        name_en="Seiko Epson",
        name_de="Epson Deutschland GmbH",
        sector=Sector.ELECTRONICS,
        hq_prefecture=20,
        hq_city="諏訪市",
        status=CompanyStatus.SETTLED,
    ).id
    evil = services.company(name_en=EVIL_NAME, parent_id=epson).id
    contact = services.contacts.create(
        ContactDraft(
            company_id=epson,
            family_kanji="山田",
            given_kanji="太郎",
            family_kana="やまだ",
            given_kana="たろう",
            family_romaji="Yamada",
            given_romaji="Taro",
            title="代表取締役社長",
            rank=Rank.PRESIDENT,
            preferred_language=Language.JAPANESE,
        )
    ).id
    project = services.project(
        epson,
        title="European HQ",
        project_type=ProjectType.EUROPEAN_HQ,
        source=ProjectSource.PARTNER_REFERRAL,
        partner_id=jetro,
        event_id=event,
        owner_id=owner,
        received_on=date(2026, 4, 1),
        planned_jobs=25,
        planned_investment=Decimal("1234567.89"),
        office_space_m2=800,
        competing_locations=("Amsterdam", "London"),
        notes="山田 太郎さんと面談",
    ).id
    for note in RISKY:
        services.project(evil, title="Warehouse", received_on=date(2026, 4, 2), notes=note)
    services.work.log_activity(
        ActivityDraft(
            kind=ActivityKind.MEETING,
            occurred_at=MET_AT,
            project_id=project,
            subject="Besuch 山田 太郎",
            text="-5 Angebote",
            contact_ids=(contact,),
            staff_ids=(owner, colleague),
            created_by_id=owner,
        )
    )
    task = services.work.add_task(
        TaskDraft(
            "Send offer", due_on=date(2026, 6, 1), owner_id=owner, project_id=project, notes="@x"
        )
    )
    services.work.complete_task(task.id, DONE_AT)
    return Ids(epson, evil, project, contact)


@pytest.fixture
def service(services: Services) -> ExportService:
    return services.exports


def _rows(sheet: Any) -> list[dict[str, Any]]:
    """The data rows of a sheet as dicts by header."""
    header, *rows = sheet.iter_rows(values_only=True)
    return [dict(zip(header, row, strict=True)) for row in rows]


def _cell(sheet: Any, row_id: int, header: str) -> Any:
    """The cell of a sheet in the row with this ID and the column with this header."""
    headers = [cell.value for cell in sheet[1]]
    column = headers.index(header) + 1
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, 1).value == row_id:
            return sheet.cell(row, column)
    raise AssertionError(f"no row with ID {row_id}")


def _read_csv(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(BOM)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _count(db: Database, model: Any) -> int:
    with db.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def workbook(service: ExportService, ids: Ids, tmp_path: Path) -> Any:
    path = tmp_path / "export.xlsx"
    service.to_xlsx(path, summary=SUMMARY)
    return openpyxl.load_workbook(path, read_only=False)


# --- The rule against formulas ----------------------------------------------


@pytest.mark.parametrize("text", ["=1+1", "+49 211 8993000", "-5", "@SUM(A1)", "\tTab", "\rx"])
def test_safe_text_prefixes_what_a_spreadsheet_would_evaluate(text: str) -> None:
    assert safe_text(text) == "'" + text


@pytest.mark.parametrize("text", ["", "Seiko Epson", "山田 太郎", "a=b", "'quoted", " =1", "5-3"])
def test_safe_text_leaves_other_text_alone(text: str) -> None:
    assert safe_text(text) == text


# --- Columns ----------------------------------------------------------------


def test_every_table_declares_its_columns() -> None:
    assert list(COLUMNS) == list(TABLES) == list(SHEET_OF)
    for columns in COLUMNS.values():
        assert columns[0].header == "ID"
        assert len({c.header for c in columns}) == len(columns)
    projects = {c.header: c.cell_type for c in COLUMNS["projects"]}
    assert projects["Planned investment (EUR)"] is exports.CellType.MONEY
    assert projects["Received on"] is exports.CellType.DATE
    assert projects["Planned jobs"] is exports.CellType.INTEGER
    assert {c.header: c.width for c in COLUMNS["projects"]}["Notes"] == 40


# --- XLSX -------------------------------------------------------------------


def test_workbook_has_the_summary_then_one_sheet_per_table(workbook: Any) -> None:
    assert workbook.sheetnames == ["Summary", *SHEETS]


def test_summary_rows_are_written_typed(workbook: Any) -> None:
    sheet = workbook["Summary"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows == [
        ("Inquiries", 12),
        ("Landing rate", 0.25),
        ("Planned investment", 2500000.5),
        ("Period", "FY2026"),
        ("As of", datetime(2026, 5, 15)),
        ("Benchmark", None),
        ("Change", None),
    ]
    assert "€" in sheet["B4"].number_format
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"


def test_without_summary_only_the_tables_asked_for(
    service: ExportService, ids: Ids, tmp_path: Path
) -> None:
    path = tmp_path / "two.xlsx"
    report = service.to_xlsx(path, ["tasks", "companies"])
    assert openpyxl.load_workbook(path).sheetnames == ["Companies", "Tasks"]
    assert report.paths == (path,)
    assert dict(report.rows) == {"companies": 2, "tasks": 1}


def test_header_is_bold_and_frozen_with_a_filter_over_the_data(workbook: Any) -> None:
    for table, name in SHEET_OF.items():
        sheet = workbook[name]
        headers = [cell.value for cell in sheet[1]]
        assert headers == [c.header for c in COLUMNS[table]]
        assert all(cell.font.b for cell in sheet[1])
        assert sheet.freeze_panes == "A2"
        last = sheet.cell(1, len(headers)).column_letter
        assert sheet.auto_filter.ref == f"A1:{last}{sheet.max_row}"


def test_references_are_written_by_name_and_by_id(workbook: Any, ids: Ids) -> None:
    project = _rows(workbook["Projects"])[0]
    assert (project["Company"], project["Company ID"]) == ("Seiko Epson", ids.epson)
    evil = _rows(workbook["Companies"])[1]
    assert (evil["Parent company"], evil["Parent ID"]) == ("Seiko Epson", ids.epson)
    assert _rows(workbook["Contacts"])[0]["Company ID"] == ids.epson
    activity = _rows(workbook["Activities"])[0]
    assert (activity["Company ID"], activity["Project ID"]) == (ids.epson, ids.project)
    assert (activity["Contact IDs"], activity["Staff"]) == (str(ids.contact), "AB, HS")
    assert activity["Logged by"] == "Hanako Suzuki"
    task = _rows(workbook["Tasks"])[0]
    assert (task["Project"], task["Project ID"]) == ("European HQ", ids.project)


def test_history_staff_and_network_have_sheets_of_their_own(workbook: Any, ids: Ids) -> None:
    history = [r for r in _rows(workbook["Stage history"]) if r["Project ID"] == ids.project]
    assert [(r["From stage"], r["To stage"]) for r in history] == [(None, "Inquiry")]
    assert history[0]["Changed at"] == datetime(2026, 4, 1, 9, 0)  # office time
    staff = _rows(workbook["Staff"])
    assert [(r["Name"], r["Initials"], r["Active"]) for r in staff] == [
        ("Hanako Suzuki", "HS", "yes"),
        ("Anna Becker", "AB", "yes"),
    ]
    assert [r["Name"] for r in _rows(workbook["Partners"])] == ["JETRO"]
    event = _rows(workbook["Events"])[0]
    assert (event["Name"], event["Starts on"]) == ("Japan-Tag 2026", datetime(2026, 5, 23))


def test_column_widths_follow_the_type(workbook: Any) -> None:
    sheet = workbook["Projects"]
    widths = {cell.value: sheet.column_dimensions[cell.column_letter].width for cell in sheet[1]}
    assert widths["Received on"] < widths["Planned investment (EUR)"] < widths["Notes"]
    assert 11 <= widths["Received on"] <= 20
    assert widths["Notes"] >= 40


def test_numbers_dates_and_money_are_typed(workbook: Any, ids: Ids) -> None:
    sheet = workbook["Projects"]
    received = _cell(sheet, ids.project, "Received on")
    assert received.value == datetime(2026, 4, 1)
    assert received.is_date and "yy" in received.number_format
    money = _cell(sheet, ids.project, "Planned investment (EUR)")
    assert money.data_type == "n" and money.value == pytest.approx(1234567.89)
    assert "€" in money.number_format and "0.00" in money.number_format
    jobs = _cell(sheet, ids.project, "Planned jobs")
    assert jobs.value == 25 and isinstance(jobs.value, int)
    assert isinstance(_cell(sheet, ids.project, "ID").value, int)
    assert _cell(sheet, ids.project, "Target date").value is None


def test_times_are_office_time_with_a_date_time_format(workbook: Any, ids: Ids) -> None:
    activity = workbook["Activities"]["B2"]
    assert activity.value == datetime(2026, 5, 15, 14, 30)
    assert activity.is_date and "hh:mm" in activity.number_format
    assert workbook["Tasks"]["D2"].value == datetime(2026, 1, 15, 9, 0)


def test_references_and_vocabularies_are_shown_by_name(workbook: Any, ids: Ids) -> None:
    project = next(r for r in _rows(workbook["Projects"]) if r["ID"] == ids.project)
    assert project["Company"] == "Seiko Epson"
    assert (project["Type"], project["Source"]) == ("European HQ", "Partner referral")
    assert (project["Partner"], project["Event"], project["Owner"]) == (
        "JETRO",
        "Japan-Tag 2026",
        "Hanako Suzuki",
    )
    assert (project["Stage"], project["Permits"]) == ("Inquiry", "Open")
    assert project["Competing locations"] == "Amsterdam, London"
    companies = {r["ID"]: r for r in _rows(workbook["Companies"])}
    assert companies[ids.evil]["Parent company"] == "Seiko Epson"
    assert companies[ids.epson]["HQ prefecture"] == "Nagano"
    assert companies[ids.epson]["Status"] == "Settled in Düsseldorf"
    assert companies[ids.epson]["Sector"] == "Electronics"
    (task,) = _rows(workbook["Tasks"])
    assert (task["Owner"], task["Company"], task["Project"]) == (
        "Hanako Suzuki",
        None,
        "European HQ",
    )


def test_japanese_text_survives(workbook: Any, ids: Ids) -> None:
    (contact,) = _rows(workbook["Contacts"])
    assert (contact["Family name (kanji)"], contact["Given name (kanji)"]) == ("山田", "太郎")
    assert contact["Rank"] == "President (社長)"
    assert contact["Preferred language"] == "Japanese"
    assert contact["Company"] == "Seiko Epson"
    epson = next(r for r in _rows(workbook["Companies"]) if r["ID"] == ids.epson)
    assert (epson["Name (Japanese)"], epson["HQ city"]) == (EPSON_JA, "諏訪市")
    assert _cell(workbook["Projects"], ids.project, "Notes").value == "山田 太郎さんと面談"
    (activity,) = _rows(workbook["Activities"])
    assert activity["Subject"] == "Besuch 山田 太郎"


def test_formula_looking_text_stays_text_in_xlsx(workbook: Any, ids: Ids) -> None:
    name = _cell(workbook["Companies"], ids.evil, "Name (English)")
    assert (name.data_type, name.value) == ("s", EVIL_NAME)
    company = _cell(workbook["Projects"], ids.project + 1, "Company")
    assert (company.data_type, company.value) == ("s", EVIL_NAME)
    notes = [r["Notes"] for r in _rows(workbook["Projects"]) if r["Company"] == EVIL_NAME]
    assert notes == list(RISKY)
    for row in range(3, 3 + len(RISKY)):
        assert workbook["Projects"].cell(row, len(COLUMNS["projects"])).data_type == "s"
    assert _rows(workbook["Activities"])[0]["Text"] == "-5 Angebote"
    assert _cell(workbook["Activities"], 1, "Text").data_type == "s"


def test_row_counts_match_the_database(
    service: ExportService, db: Database, ids: Ids, tmp_path: Path
) -> None:
    path = tmp_path / "all.xlsx"
    report = service.to_xlsx(path)
    book = openpyxl.load_workbook(path)
    expected = {
        "projects": _count(db, Project),
        "companies": _count(db, Company),
        "contacts": _count(db, Contact),
        "activities": _count(db, Activity),
        "tasks": _count(db, Task),
        "stage_history": _count(db, StageChange),
        "staff": _count(db, User),
        "partners": _count(db, Partner),
        "events": _count(db, Event),
    }
    assert (
        dict(report.rows)
        == expected
        == {
            "projects": 1 + len(RISKY),
            "companies": 2,
            "contacts": 1,
            "activities": 1,
            "tasks": 1,
            "stage_history": 1 + len(RISKY),
            "staff": 2,
            "partners": 1,
            "events": 1,
        }
    )
    for name, count in expected.items():
        assert book[SHEET_OF[name]].max_row == count + 1
    assert report.total_rows == sum(expected.values())


def test_rows_are_read_in_batches_and_progress_is_reported(
    service: ExportService, ids: Ids, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export_tables, "BATCH_ROWS", 2)
    steps: list[tuple[str, float]] = []
    path = tmp_path / "batched.xlsx"
    service.to_xlsx(path, ["projects"], progress=lambda step, done: steps.append((step, done)))
    ids_written = [r["ID"] for r in _rows(openpyxl.load_workbook(path)["Projects"])]
    assert ids_written == sorted(ids_written) and len(ids_written) == 1 + len(RISKY)
    shares = [done for _, done in steps]
    assert shares == sorted(shares) and steps[-1] == ("done", 1.0)
    assert dict(steps)["Projects: 2 of 6 rows"] == pytest.approx(2 / 6)
    assert sum(1 for step, _ in steps if step.startswith("Projects:")) == 3


def test_an_empty_database_gives_header_rows(service: ExportService, tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    report = service.to_xlsx(path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == SHEETS and report.total_rows == 0
    assert [c.value for c in book["Tasks"][1]] == [c.header for c in COLUMNS["tasks"]]
    assert book["Tasks"].max_row == 1


# --- CSV --------------------------------------------------------------------


def test_csv_is_utf8_with_bom_and_typed_as_text(
    service: ExportService, ids: Ids, tmp_path: Path
) -> None:
    path = tmp_path / "projects.csv"
    report = service.to_csv(path, "projects")
    assert report.paths == (path,) and dict(report.rows) == {"projects": 1 + len(RISKY)}
    rows = _read_csv(path)
    assert list(rows[0]) == [c.header for c in COLUMNS["projects"]]
    project = next(r for r in rows if r["ID"] == str(ids.project))
    assert project["Company"] == "Seiko Epson"
    assert project["Received on"] == "2026-04-01"
    assert project["Planned investment (EUR)"] == "1234567.89"
    assert project["Planned jobs"] == "25"
    assert project["Target date"] == ""
    assert project["Notes"] == "山田 太郎さんと面談"
    assert project["Competing locations"] == "Amsterdam, London"


def test_csv_times_are_office_time_with_offset(
    service: ExportService, ids: Ids, tmp_path: Path
) -> None:
    service.to_csv_folder(tmp_path, ["activities", "tasks"])
    (activity,) = _read_csv(tmp_path / "activities.csv")
    assert activity["Occurred at"] == "2026-05-15T14:30:00+02:00"
    assert activity["Kind"] == "Meeting"
    (task,) = _read_csv(tmp_path / "tasks.csv")
    assert (task["Due on"], task["Done at"]) == ("2026-06-01", "2026-01-15T09:00:00+01:00")


def test_csv_japanese_text_survives(service: ExportService, ids: Ids, tmp_path: Path) -> None:
    service.to_csv_folder(tmp_path, ["contacts", "companies"])
    (contact,) = _read_csv(tmp_path / "contacts.csv")
    assert (contact["Family name (kanji)"], contact["Given name (kanji)"]) == ("山田", "太郎")
    assert contact["Rank"] == "President (社長)"
    companies = _read_csv(tmp_path / "companies.csv")
    assert companies[0]["Name (Japanese)"] == EPSON_JA
    assert (tmp_path / "companies.csv").read_bytes().startswith(BOM + b"ID,")


def test_formula_looking_text_gets_an_apostrophe_in_csv(
    service: ExportService, ids: Ids, tmp_path: Path
) -> None:
    service.to_csv_folder(tmp_path)
    companies = {r["ID"]: r for r in _read_csv(tmp_path / "companies.csv")}
    assert companies[str(ids.evil)]["Name (English)"] == "'" + EVIL_NAME
    assert companies[str(ids.evil)]["Parent company"] == "Seiko Epson"
    notes = [r["Notes"] for r in _read_csv(tmp_path / "projects.csv")][1:]
    assert notes == ["'" + text for text in RISKY]
    (activity,) = _read_csv(tmp_path / "activities.csv")
    assert activity["Text"] == "'-5 Angebote"
    (task,) = _read_csv(tmp_path / "tasks.csv")
    assert task["Notes"] == "'@x"


def test_csv_folder_writes_one_file_per_table_with_every_row(
    service: ExportService, db: Database, ids: Ids, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    report = service.to_csv_folder(folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    assert report.paths == tuple(folder / f"{t}.csv" for t in TABLES)
    models = (Project, Company, Contact, Activity, Task, StageChange, User, Partner, Event)
    for table, model in zip(TABLES, models, strict=True):
        assert len(_read_csv(folder / f"{table}.csv")) == _count(db, model) == report.rows[table]


# --- Mistakes and failures --------------------------------------------------


def test_an_unknown_table_is_named_in_the_error(service: ExportService, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="“deals”"):
        service.to_xlsx(tmp_path / "x.xlsx", ["projects", "deals"])
    with pytest.raises(ExportError, match="“deals”"):
        service.to_csv(tmp_path / "x.csv", "deals")
    with pytest.raises(ExportError, match="at least one"):
        service.to_xlsx(tmp_path / "x.xlsx", [])
    assert not [p for p in tmp_path.iterdir() if p.suffix in {".xlsx", ".csv", ".part"}]


def test_a_missing_folder_is_an_error_and_leaves_no_file(
    service: ExportService, ids: Ids, tmp_path: Path
) -> None:
    missing = tmp_path / "no such folder"
    with pytest.raises(ExportError, match="does not exist"):
        service.to_xlsx(missing / "export.xlsx")
    with pytest.raises(ExportError, match="does not exist"):
        service.to_csv(missing / "projects.csv", "projects")
    with pytest.raises(ExportError, match="no such folder"):
        service.to_csv_folder(missing)
    assert not missing.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix in {".xlsx", ".csv", ".part"}]


def test_a_folder_as_target_is_an_error(service: ExportService, tmp_path: Path) -> None:
    (tmp_path / "export.xlsx").mkdir()
    with pytest.raises(ExportError, match="is a folder"):
        service.to_xlsx(tmp_path / "export.xlsx")
    assert list((tmp_path / "export.xlsx").iterdir()) == []


def test_a_table_too_long_for_a_sheet_is_refused_before_writing(
    service: ExportService, ids: Ids, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exports, "MAX_SHEET_ROWS", len(RISKY))
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ExportError, match=r"projects table has 6 rows.*CSV"):
        service.to_xlsx(folder / "export.xlsx")
    assert list(folder.iterdir()) == []
    service.to_xlsx(folder / "export.xlsx", ["companies"])  # the others still fit


class ExportInterruptedError(Exception):
    pass


def _fail_on_rows(step: str, _done: float) -> None:
    if "rows" in step:
        raise ExportInterruptedError(step)


def test_a_failed_xlsx_export_leaves_the_old_file_and_no_temporary_one(
    service: ExportService, ids: Ids, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "export.xlsx"
    target.write_bytes(b"the previous export")
    with pytest.raises(ExportInterruptedError):
        service.to_xlsx(target, progress=_fail_on_rows)
    assert target.read_bytes() == b"the previous export"
    assert list(folder.iterdir()) == [target]


def test_a_failed_csv_folder_export_writes_none_of_the_files(
    service: ExportService, ids: Ids, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    calls: list[str] = []

    def fail_in_the_third_table(step: str, done: float) -> None:
        calls.append(step)
        if step.startswith("Contacts"):
            raise ExportInterruptedError(step)

    with pytest.raises(ExportInterruptedError):
        service.to_csv_folder(folder, progress=fail_in_the_third_table)
    assert any(step.startswith("Companies") for step in calls)
    assert list(folder.iterdir()) == []


# --- Another reader: LibreOffice --------------------------------------------


def test_libreoffice_reads_a_formula_looking_name_as_text(
    service: ExportService, ids: Ids, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    path = tmp_path / "companies.xlsx"
    service.to_xlsx(path, ["companies"])
    out = tmp_path / "converted"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with (out / "companies.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    evil = next(r for r in rows if r["ID"] == str(ids.evil))
    assert evil["Name (English)"] == EVIL_NAME
