"""A whole workbook in and out: export everything, import it into an empty database, compare.

Each workbook is read back with openpyxl (not the reader the import uses),
and the comparison is cell by cell over every sheet -- IDs, names, dates,
amounts, stage history, who took part -- and over the KPI summary.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter
from sqlalchemy import func, select

from leadtracker.cli import EXIT_ERROR, EXIT_OK, main
from leadtracker.db.database import Database, open_database
from leadtracker.db.models import Activity, Company, Contact, Project, StageChange, Task
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.vocabulary import (
    ActivityKind,
    LostReason,
    ProjectSource,
    ProjectType,
    Sector,
)
from leadtracker.resources import PROJECT_IMPORT_TEMPLATE, resource
from leadtracker.services.companies import CompanyDraft, CompanyService
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.demo.loader import DemoService
from leadtracker.services.exporting.exports import ExportService
from leadtracker.services.importing.choices import ImportKind, OnDuplicate
from leadtracker.services.importing.entry import guess_kind, import_file
from leadtracker.services.importing.report import ImportRefusedError
from leadtracker.services.projects import OutcomeUpdate
from leadtracker.services.reporting.kpis import KpiService, summary_rows
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

FY2026 = Period.fiscal_year(2026)


def _sheets(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet of a workbook as rows of values (openpyxl)."""
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    finally:
        book.close()


def _export(database: Database, path: Path) -> Path:
    summary = summary_rows(KpiService(database.sessions).summary(FY2026))
    ExportService(database.sessions).to_xlsx(path, summary=summary)
    return path


def _count(database: Database, model: Any) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def desk(services: Services) -> Services:
    """A desk with a bit of everything a workbook must carry over."""
    anna = services.network.add_user("Anna Schmidt", "AS", "anna.schmidt@example.org").id
    kenji = services.network.add_user("Kenji Sato", "KS").id
    jetro = services.network.add_partner("JETRO Düsseldorf").id
    seminar = services.network.add_event("Investitionsseminar Tokyo", date(2026, 5, 20), "Tokyo")
    parent = services.company(
        name_ja="株式会社ミドリ精機",
        name_kana="ミドリセイキ",
        name_en="Midori Seiki",
        sector=Sector.MACHINERY,
        hq_prefecture=23,
        corporate_number="1100001012231",
    ).id
    # Two companies of the same name: only the IDs tell them apart.
    europe = services.company(name_en="Midori Europe", parent_id=parent).id
    services.company(name_en="Midori Europe", notes="a different one, same name")
    yamada = services.contacts.create(
        ContactDraft(
            company_id=parent,
            family_kanji="山田",
            given_kanji="太郎",
            family_kana="やまだ",
            given_kana="たろう",
            family_romaji="Yamada",
            given_romaji="Taro",
            email="t.yamada@example.jp",
        )
    ).id
    hq = services.project(
        europe,
        title="European HQ",
        code_name="Sakura",
        project_type=ProjectType.EUROPEAN_HQ,
        source=ProjectSource.PARTNER_REFERRAL,
        partner_id=jetro,
        event_id=seminar.id,
        owner_id=anna,
        received_on=date(2026, 4, 1),
        planned_jobs=25,
        planned_investment=Decimal("1234567.89"),
        competing_locations=("Amsterdam", "London"),
        notes="=1+1 stays text",
    ).id
    moves = [("qualified", 5), ("lost", 20), ("qualified", 40), ("won", 60)]
    for stage, day in moves:  # lost, then reopened and won
        outcome = (
            OutcomeUpdate(lost_reason=LostReason.COSTS, lost_to_location="Amsterdam")
            if stage == "lost"
            else None
        )
        services.projects.move(
            hq,
            stage,
            outcome=outcome,
            by_user_id=kenji,
            note=f"to {stage}",
            when=datetime(2026, 4, 1, 10, tzinfo=UTC) + timedelta(days=day),
        )
    services.project(europe, title="European HQ", received_on=date(2026, 6, 1))  # same title
    services.work.log_activity(
        ActivityDraft(
            kind=ActivityKind.MEETING,
            occurred_at=datetime(2026, 5, 15, 12, 30, tzinfo=UTC),
            project_id=hq,
            subject="Besuch in Nagoya",
            text="-5 Angebote\nzweite Zeile",
            contact_ids=(yamada,),
            staff_ids=(anna, kenji),
            created_by_id=anna,
        )
    )
    services.work.log_activity(
        ActivityDraft(kind=ActivityKind.NOTE, occurred_at=datetime(2026, 6, 2, tzinfo=UTC),
                      company_id=parent, text="Notiz")
    )  # fmt: skip
    task = services.work.add_task(
        TaskDraft("Send offer", due_on=date(2026, 6, 1), owner_id=anna, project_id=hq)
    )
    services.work.complete_task(task.id, datetime(2026, 6, 1, 8, tzinfo=UTC))
    services.work.add_task(TaskDraft("Call back", company_id=parent))
    return services


def test_everything_comes_back_from_a_workbook_into_an_empty_database(
    db: Database, desk: Services, tmp_path: Path
) -> None:
    exported = _export(db, tmp_path / "all.xlsx")
    target = open_database(tmp_path / "restored.sqlite")
    try:
        report = import_file(target.sessions, target.search, exported)
        assert report.sheets == (
            ("Staff", 2),
            ("Partners", 1),
            ("Events", 1),
            ("Companies", 3),
            ("Contacts", 1),
            ("Projects", 2),
            ("Stage history", 6),
            ("Activities", 2),
            ("Tasks", 2),
        )
        assert not report.ignored_columns
        again = _export(target, tmp_path / "again.xlsx")
    finally:
        target.close()
    before, after = _sheets(exported), _sheets(again)
    assert list(after) == list(before)
    for name, rows in before.items():
        assert after[name] == rows, name
    history = [r for r in before["Stage history"][1:] if r[1] == 1]
    assert [(r[3], r[4]) for r in history][-2:] == [("Lost", "Qualified"), ("Qualified", "Won")]


def test_a_demo_database_survives_the_round_trip(tmp_path: Path) -> None:
    source = open_database(tmp_path / "demo.sqlite")
    target = open_database(tmp_path / "restored.sqlite")
    try:
        DemoService(source.sessions, source.search).generate(60, seed=7, today=date(2026, 11, 20))
        exported = _export(source, tmp_path / "demo.xlsx")
        import_file(target.sessions, target.search, exported)
        again = _export(target, tmp_path / "again.xlsx")
        for model in (Company, Contact, Project, StageChange, Activity, Task):
            assert _count(target, model) == _count(source, model) > 0
    finally:
        source.close()
        target.close()
    assert _sheets(again) == _sheets(exported)


def test_a_bad_row_in_a_later_sheet_means_nothing_is_written(
    db: Database, desk: Services, tmp_path: Path
) -> None:
    exported = _export(db, tmp_path / "all.xlsx")
    book = openpyxl.load_workbook(exported)
    projects = book["Projects"]
    stage_column = [c.value for c in projects[1]].index("Stage") + 1
    projects.cell(3, stage_column).value = "Vertrag unterschrieben"
    activities = book["Activities"]
    project_column = [c.value for c in activities[1]].index("Project ID") + 1
    activities.cell(2, project_column).value = 99
    broken = tmp_path / "broken.xlsx"
    book.save(broken)
    target = open_database(tmp_path / "restored.sqlite")
    try:
        with pytest.raises(ImportRefusedError) as refused:
            import_file(target.sessions, target.search, broken)
        [problem] = refused.value.report.problems
        assert str(problem).startswith(
            "Projects, row 3, Stage: “Vertrag unterschrieben” is not a stage; the stages are: "
            "Inquiry, Qualified"
        )
        for model in (Company, Contact, Project, StageChange):
            assert _count(target, model) == 0
        # With the stage put right, the next problem is the activity's project.
        projects.cell(3, stage_column).value = "Inquiry"
        book.save(broken)
        with pytest.raises(ImportRefusedError) as refused:
            import_file(target.sessions, target.search, broken)
        assert [str(p) for p in refused.value.report.problems] == [
            "Activities, row 2, Project ID: “99” is no project ID of the Projects sheet"
        ]
        assert _count(target, Company) == 0
    finally:
        target.close()


def test_into_a_database_that_has_the_companies_the_rows_join_them(
    db: Database, desk: Services, tmp_path: Path
) -> None:
    exported = _export(db, tmp_path / "all.xlsx")
    report = import_file(db.sessions, db.search, exported, on_duplicate=OnDuplicate.SKIP)
    # Midori Seiki matches by name and corporate number; the two "Midori Europe"
    # match by name; Mr Yamada by his email. Staff, partner and event are known already.
    assert report.skipped == 3 + 1 and dict(report.sheets)["Companies"] == 0
    assert dict(report.sheets)["Contacts"] == 0
    assert dict(report.sheets)["Staff"] == 0 and dict(report.sheets)["Events"] == 0
    assert _count(db, Company) == 3 and _count(db, Contact) == 1
    assert _count(db, Project) == 4 and _count(db, Activity) == 4
    with db.sessions() as session:
        meetings = session.scalars(select(Activity).where(Activity.kind == ActivityKind.MEETING))
        assert [[c.family_kanji for c in m.contacts] for m in meetings] == [["山田"], ["山田"]]
    with db.sessions() as session:
        companies = session.scalars(select(Project.company_id).order_by(Project.id)).all()
    assert companies[2:] == companies[:2]  # the copies hang on the same companies


GERMAN_PROJECTS = (
    "Firma;Projekt;Phase;Art;Eingang;Arbeitsplätze;Investition;Zuständig;Wettbewerbsstandorte\r\n"
    "Midori Seiki;Vertriebsbüro;Standortbesichtigung;Vertriebsbüro;21.11.2025;12;1.500.000,50 €;"
    "AS;Amsterdam; London\r\n"
    "Midori Seiki;Lager;;物流;2026-01-15;;;Kenji Sato;\r\n"
)


def test_a_list_of_projects_in_german_imports_with_a_history_from_its_date(
    db: Database, desk: Services, tmp_path: Path
) -> None:
    path = tmp_path / "projekte.csv"
    path.write_bytes(GERMAN_PROJECTS.replace("Amsterdam; London", '"Amsterdam; London"').encode())
    assert guess_kind(path) is ImportKind.PROJECTS
    report = import_file(db.sessions, db.search, path)
    assert report.created == 2 and not report.ignored_columns
    with db.sessions() as session:
        office, warehouse = session.scalars(
            select(Project)
            .where(Project.title.in_(["Vertriebsbüro", "Lager"]))
            .order_by(Project.id)
        ).all()
        assert (office.stage_key, office.planned_jobs) == ("site_visit", 12)
        assert office.planned_investment == Decimal("1500000.50")
        assert office.competing_locations == ["Amsterdam", "London"]
        assert warehouse.stage_key == "inquiry" and warehouse.received_on == date(2026, 1, 15)
        # Vocabulary in German or Japanese: Vertriebsbüro, 物流.
        assert (office.project_type, warehouse.project_type) == (
            ProjectType.SALES_OFFICE,
            ProjectType.LOGISTICS,
        )
        [start] = office.stage_changes
        assert (start.from_stage, start.to_stage) == (None, "site_visit")
        assert start.changed_at == datetime(2025, 11, 21, 8, tzinfo=UTC)  # 09:00 in Düsseldorf


def test_project_rows_with_problems_are_each_reported(
    db: Database, desk: Services, tmp_path: Path
) -> None:
    path = tmp_path / "projekte.csv"
    path.write_text(
        "Firma,Projekt,Eingang,Arbeitsplätze,Zuständig,Art\r\n"
        "Nowhere K.K.,Büro,01.02.2026,5,AS,Sales office\r\n"
        "Midori Europe,Büro,01.02.2026,5,AS,Sales office\r\n"
        "Midori Seiki,,,-3,XY,Fabrik\r\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefusedError) as refused:
        import_file(db.sessions, db.search, path, kind=ImportKind.PROJECTS)
    assert [str(p) for p in refused.value.report.problems] == [
        "row 2, Firma: “Nowhere K.K.” is no company in the database",
        "row 3, Firma: “Midori Europe” names 2 companies; rename one to tell them apart",
        "row 4, Arbeitsplätze: “-3” cannot be negative",
        "row 4, Art: “Fabrik” is not one of: Sales office, European HQ, R&D, Production, "
        "Logistics, Other",
        "row 4, Zuständig: “XY” is no staff member's name or initials",
        "row 4, Eingang: enter the day the inquiry came in",
        "row 4, Projekt: enter a title for the project",
    ]
    assert _count(db, Project) == 2  # the desk's own


def test_a_hand_made_workbook_with_german_sheet_names(
    db: Database, desk: Services, tmp_path: Path
) -> None:
    path = tmp_path / "liste.xlsx"
    with xlsxwriter.Workbook(str(path)) as book:
        firms = book.add_worksheet("Unternehmen")
        for col, text in enumerate(("Firma", "Branche", "Webseite")):
            firms.write(0, col, text)
        firms.write_row(1, 0, ("Aoba Denki", "Electronics", "aoba.example.jp"))
        projects = book.add_worksheet("Projekte")
        for col, text in enumerate(("Firma", "Projekt", "Eingang")):
            projects.write(0, col, text)
        projects.write_row(1, 0, ("Aoba Denki", "Vertrieb", "03.03.2026"))
    assert guess_kind(path) is ImportKind.WORKBOOK
    report = import_file(db.sessions, db.search, path)
    assert report.sheets == (("Unternehmen", 1), ("Projekte", 1))


def test_staff_and_partner_rows_are_checked_as_the_network_service_checks_them(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "netz.xlsx"
    with xlsxwriter.Workbook(str(path)) as book:
        staff = book.add_worksheet("Mitarbeiter")
        staff.write_row(0, 0, ("Name", "Kürzel", "E-Mail"))
        staff.write_row(1, 0, ("Anna Berg", "", "anna.berg@"))
        partners = book.add_worksheet("Partner")
        partners.write_row(0, 0, ("Name", "Webseite"))
        partners.write_row(1, 0, ("JETRO", "jetro.go.jp"))
    with pytest.raises(ImportRefusedError) as refused:
        import_file(db.sessions, db.search, path)
    assert [str(p) for p in refused.value.report.problems] == [
        "Mitarbeiter, row 2, Kürzel: enter initials, e.g. BL",  # the staff editor's words
        "Mitarbeiter, row 2, E-Mail: “anna.berg@” is not an email address like name@example.com",
    ]


def test_a_workbook_imports_into_a_new_file_on_the_command_line(
    db: Database, desk: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = _export(db, tmp_path / "all.xlsx")
    new = tmp_path / "neu" / "desk.sqlite"
    new.parent.mkdir()
    assert main(["--db", str(new), "import", str(exported), "--dry-run"]) == EXIT_ERROR
    assert "no database" in capsys.readouterr().err
    assert main(["--db", str(new), "import", str(exported)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Stage history: 6" in out and "20 records were created" in out
    assert (
        main(
            ["--db", str(new), "export", "all", "--format", "xlsx", "-o", str(tmp_path / "b.xlsx")]
        )
        == EXIT_OK
    )
    exported_again = _sheets(tmp_path / "b.xlsx")
    assert exported_again["Projects"] == _sheets(exported)["Projects"]


def test_the_projects_template_imports_and_every_column_is_known(db: Database) -> None:
    CompanyService(db.sessions).create(CompanyDraft(name_en="Seiko Epson Corporation"))
    template = resource(*PROJECT_IMPORT_TEMPLATE)
    assert guess_kind(template) is ImportKind.PROJECTS
    report = import_file(db.sessions, db.search, template)
    assert report.created == 1 and not report.ignored_columns
    with db.sessions() as session:
        project = session.scalars(select(Project)).one()
        assert project.planned_investment == Decimal("2500000.00")
        assert project.competing_locations == ["Amsterdam", "Antwerp"]
        assert project.target_date == date(2027, 6, 30)
