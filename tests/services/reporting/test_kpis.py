"""The KPI service on a real database, and its summary as a PDF and through the command line."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from leadtracker.cli import EXIT_OK, main
from leadtracker.db.database import Database
from leadtracker.domain.pipeline.kpis import Dimension
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.vocabulary import ActivityKind, Language, LostReason, PermitStatus, Sector
from leadtracker.reports.pipeline import pipeline_summary_pdf
from leadtracker.services.projects import OutcomeUpdate
from leadtracker.services.reporting.kpis import KpiService, PipelineSummary
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services
from tests.reports.pdf import read_pdf

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 22)
CHECKLIST = OutcomeUpdate(
    trade_registered_on=date(2026, 1, 5),
    register_entry_on=date(2026, 1, 20),
    permits_status=PermitStatus.NOT_REQUIRED,
    lease_signed_on=date(2026, 1, 2),
    jobs_at_opening=12,
    actual_investment=Decimal("900000"),
)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, tzinfo=UTC)


@pytest.fixture
def summary(db: Database, services: Services) -> PipelineSummary:
    owner = services.network.add_user("Anna Schmidt", "AS")
    maker = services.company(name_en="Maker K.K.", sector=Sector.MACHINERY, hq_prefecture=20)
    landed = services.project(
        maker.id,
        title="Sales office",
        received_on=date(2025, 4, 10),
        owner_id=owner.id,
        planned_jobs=10,
        planned_investment=Decimal("1000000"),
    )
    services.projects.move(landed.id, "qualified", when=at(date(2025, 5, 1)))
    services.projects.move(landed.id, "won", when=at(date(2025, 9, 1)))
    services.projects.move(
        landed.id,
        "landed",
        outcome=CHECKLIST.also(opened_on=date(2026, 2, 15)),
        when=at(date(2026, 2, 15)),
    )
    services.work.log_activity(
        ActivityDraft(ActivityKind.EMAIL, at(date(2025, 4, 15)), project_id=landed.id)
    )
    lost = services.project(title="Logistics hub", received_on=date(2025, 6, 1), code_name="Fuji")
    services.projects.move(
        lost.id,
        "lost",
        outcome=OutcomeUpdate(lost_reason=LostReason.COSTS, lost_to_location="Amsterdam"),
        when=at(date(2025, 10, 1)),
    )
    active = services.project(title="R&D lab", received_on=date(2024, 12, 1), owner_id=owner.id)
    services.projects.move(active.id, "qualified", when=at(date(2025, 1, 10)))
    services.work.add_task(TaskDraft("Call back", date(2026, 3, 1), owner.id, active.id))
    # Built here for a fixed today; the registry's runs on the office clock.
    return KpiService(db.sessions, today=lambda: TODAY).summary(Period.fiscal_year(2025))


def test_the_summary_counts_the_fiscal_year(summary: PipelineSummary) -> None:
    report = summary.report
    h = report.headline
    assert (h.inquiries, h.active, h.won, h.landed, h.lost) == (2, 1, 1, 1, 1)
    assert (h.landed_planned.jobs, h.landed_actual.jobs) == (10, 12)
    assert h.landed_actual.investment == Decimal("900000")
    assert report.median_days_to_first_response == 5
    assert report.median_days_to_opening == 311  # 10 April 2025 to 15 February 2026
    assert report.lost_by_location == (("Amsterdam", 1),)
    assert report.overdue_by_owner == (("Anna Schmidt", 1),)
    sectors = dict(report.breakdowns[Dimension.SECTOR])
    assert sectors["Machinery"].landed == 1
    assert dict(report.breakdowns[Dimension.PREFECTURE])["Nagano"].inquiries == 1
    assert dict(summary.landed_per_year)[Period.fiscal_year(2025)] == 1
    assert [line.title for line in summary.active] == ["R&D lab"]
    assert [line.code_name for line in summary.lost] == ["Fuji"]


def test_the_summary_pdf_shows_the_numbers_and_hides_code_named_projects(
    summary: PipelineSummary,
) -> None:
    pdf = read_pdf(pipeline_summary_pdf(summary, Language.GERMAN))
    assert all(pdf.fonts.values()) and pdf.fonts
    text = " ".join(pdf.text.split())
    assert "Pipeline-Bericht" in text and "Japanisches Geschäftsjahr 2025" in text
    assert "Fuji" in text and "Logistics hub" not in text
    assert "Amsterdam" in text and "Kosten" in text
    assert "900.000 €" in text  # actual investment at opening
    assert "Nach Präfektur des japanischen Hauptsitzes" in text
    revealed = read_pdf(pipeline_summary_pdf(summary, Language.JAPANESE, reveal_confidential=True))
    assert "パイプライン概況" in revealed.text and "Logistics hub" in revealed.text


def test_report_pipeline_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "lt.sqlite")
    main(["--db", db, "demo", "--companies", "40"])
    target = tmp_path / "fy2025.pdf"
    code = main(["--db", db, "report", "pipeline", "--period", "FY2025", "-o", str(target)])
    assert code == EXIT_OK, capsys.readouterr().err
    assert "Pipeline-Bericht" in read_pdf(target.read_bytes()).text
    code = main(["--db", db, "report", "pipeline", "--period", "2025Q5", "-o", str(target)])
    assert code == 1
    assert "is not a period" in capsys.readouterr().err


def test_pdf_and_xlsx_agree_with_each_other_and_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "lt.sqlite")
    main(["--db", db, "demo", "--companies", "60"])
    pdf_file, xlsx_file = tmp_path / "fy.pdf", tmp_path / "fy.xlsx"
    for target in (pdf_file, xlsx_file):
        args = ["--db", db, "report", "pipeline", "--period", "FY2024", "-o", str(target)]
        assert main([*args, "--format", target.suffix[1:]]) == EXIT_OK, capsys.readouterr().err
    figures = {
        row[0]: row[1]
        for row in load_workbook(xlsx_file)["Summary"].iter_rows(min_row=2, values_only=True)
    }
    with sqlite3.connect(tmp_path / "lt.sqlite") as conn:
        [(inquiries,)] = conn.execute(
            "SELECT count(*) FROM project WHERE received_on BETWEEN '2024-04-01' AND '2025-03-31'"
        )
        [(landed,)] = conn.execute(
            "SELECT count(*) FROM project WHERE opened_on BETWEEN '2024-04-01' AND '2025-03-31'"
        )
    assert (figures["Inquiries"], figures["Landed"]) == (inquiries, landed)
    tiles = read_pdf(pdf_file.read_bytes()).pages[0].split()
    # The first page's tiles: Anfragen <n> … Angesiedelt <n>
    assert tiles[tiles.index("Anfragen") + 1] == str(inquiries)
    assert tiles[tiles.index("Angesiedelt") + 1] == str(landed)
    assert load_workbook(xlsx_file).sheetnames == [
        "Summary",
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
