"""The dashboard's figures on a hand-built data set whose right answers are worked out below.

Today is 15 May 2026. The projects (received → where they are now):

====  ==========  ==================  ===================================================
name  received    source              now
====  ==========  ==================  ===================================================
A     2025-03-31  direct              Inquiry; 10 jobs, EUR 1,000,000.00 planned
B     2025-04-01  event               Active project; 5 jobs, no investment entered
C     2026-03-31  referral (JETRO)    On hold; no jobs entered, EUR 250,000.50
D     2026-04-01  referral (NRW)      Won, planned opening 2025-09-01 (not landed!);
                                      20 jobs, EUR 2,000,000.00
E     2024-06-01  direct              Landed 2025-06-30, then Aftercare; 30 jobs planned,
                                      28 actual (neither counts: it is no longer active)
F     2023-01-10  direct              Landed 2026-03-31 (last day of FY2025)
G     2023-02-01  direct              Landed 2026-04-01 (first day of FY2026)
H     2025-05-05  existing company    Lost
I     2025-06-01  referral (none)     Withdrawn
K     2014-01-01  event               Landed 2016-04-01 (FY2016, calendar 2016)
L     2013-06-01  event               Landed 2016-03-31 (FY2015, calendar 2016)
====  ==========  ==================  ===================================================
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from leadtracker.db.database import Database
from leadtracker.domain.pipeline.benchmarks import Standing
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.pipeline.stages import StageCategory
from leadtracker.domain.vocabulary import LostReason, PermitStatus, ProjectSource
from leadtracker.services.projects import OutcomeUpdate
from leadtracker.services.reporting.dashboard import (
    Dashboard,
    DashboardService,
    PartnerCount,
    SourceCount,
)
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 5, 15)
CHECKLIST = OutcomeUpdate(
    trade_registered_on=date(2015, 1, 5),
    register_entry_on=date(2015, 1, 20),
    permits_status=PermitStatus.NOT_REQUIRED,
    lease_signed_on=date(2015, 1, 2),
    jobs_at_opening=28,
    actual_investment=Decimal("9000000.00"),
)
OPEN_TO_WON = ("qualified", "won")


def _land(services: Services, project_id: int, opened_on: date) -> None:
    for stage in OPEN_TO_WON:
        services.projects.move(project_id, stage)
    services.projects.move(project_id, "landed", outcome=CHECKLIST.also(opened_on=opened_on))


@pytest.fixture
def service(db: Database, services: Services) -> DashboardService:
    jetro = services.network.add_partner("JETRO").id
    nrw = services.network.add_partner("NRW.Global Business").id
    direct, event, referral = (
        ProjectSource.DIRECT,
        ProjectSource.EVENT,
        ProjectSource.PARTNER_REFERRAL,
    )
    services.project(
        received_on=date(2025, 3, 31),
        source=direct,
        planned_jobs=10,
        planned_investment=Decimal("1000000.00"),
    )
    b = services.project(received_on=date(2025, 4, 1), source=event, planned_jobs=5)
    services.projects.move(b.id, "qualified")
    services.projects.move(b.id, "active")
    c = services.project(
        received_on=date(2026, 3, 31),
        source=referral,
        partner_id=jetro,
        planned_investment=Decimal("250000.50"),
    )
    services.projects.move(c.id, "qualified")
    services.projects.move(c.id, "on_hold")
    d = services.project(
        received_on=date(2026, 4, 1),
        source=referral,
        partner_id=nrw,
        planned_jobs=20,
        planned_investment=Decimal("2000000.00"),
    )
    services.projects.move(d.id, "qualified")
    services.projects.move(d.id, "won", outcome=OutcomeUpdate(opened_on=date(2025, 9, 1)))
    e = services.project(
        received_on=date(2024, 6, 1),
        source=direct,
        planned_jobs=30,
        planned_investment=Decimal("5000000.00"),
    )
    _land(services, e.id, date(2025, 6, 30))
    services.projects.move(e.id, "aftercare")
    _land(services, services.project(received_on=date(2023, 1, 10)).id, date(2026, 3, 31))
    _land(services, services.project(received_on=date(2023, 2, 1)).id, date(2026, 4, 1))
    h = services.project(received_on=date(2025, 5, 5), source=ProjectSource.EXISTING_COMPANY)
    services.projects.move(
        h.id,
        "lost",
        outcome=OutcomeUpdate(lost_reason=LostReason.COSTS, lost_to_location="Amsterdam"),
    )
    i = services.project(received_on=date(2025, 6, 1), source=referral)
    services.projects.move(i.id, "withdrawn")
    k = services.project(received_on=date(2014, 1, 1), source=event)
    _land(services, k.id, date(2016, 4, 1))
    l_ = services.project(received_on=date(2013, 6, 1), source=event)
    _land(services, l_.id, date(2016, 3, 31))
    # Built here for a fixed today; the registry's runs on the office clock.
    return DashboardService(db.sessions, today=lambda: TODAY)


@pytest.fixture
def fy2025(service: DashboardService) -> Dashboard:
    return service.dashboard(Period.fiscal_year(2025))


def test_inquiries_of_the_fiscal_year_and_the_one_before(fy2025: Dashboard) -> None:
    # FY2025 (1 Apr 2025 – 31 Mar 2026): B, C, H, I. FY2024: A (31 Mar 2025) and E.
    assert (fy2025.tiles.inquiries, fy2025.tiles.inquiries_before) == (4, 2)
    assert fy2025.previous == Period.fiscal_year(2024)


def test_active_projects_are_those_not_closed_today(fy2025: Dashboard) -> None:
    # A (inquiry), B (active), C (on hold), D (won); not the landed, lost or withdrawn ones.
    assert (fy2025.tiles.active_projects, fy2025.tiles.on_hold) == (4, 1)
    assert [(s.key, s.projects) for s in fy2025.pipeline] == [
        ("inquiry", 1),
        ("qualified", 0),
        ("active", 1),
        ("site_visit", 0),
        ("decision_pending", 0),
        ("won", 1),
        ("on_hold", 1),
    ]
    assert fy2025.pipeline[-1].category is StageCategory.ON_HOLD
    assert fy2025.pipeline[0].label == "Inquiry"


def test_planned_jobs_and_investment_of_active_projects_only(fy2025: Dashboard) -> None:
    tiles = fy2025.tiles
    # Jobs: A 10 + B 5 + D 20 (C has none entered); E's 30 planned / 28 actual are not active.
    assert (tiles.planned_jobs, tiles.jobs_known) == (35, 3)
    # Investment: A 1,000,000.00 + C 250,000.50 + D 2,000,000.00 (B has none entered).
    assert tiles.planned_investment == Decimal("3250000.50")
    assert tiles.investment_known == 3
    won = next(s for s in fy2025.pipeline if s.key == "won")
    assert (won.planned_jobs, won.planned_investment) == (20, Decimal("2000000.00"))
    qualified = next(s for s in fy2025.pipeline if s.key == "qualified")
    assert (qualified.planned_jobs, qualified.planned_investment) == (0, Decimal("0.00"))


def test_landed_counts_openings_of_landed_projects_in_the_period(fy2025: Dashboard) -> None:
    # E (30 Jun 2025, now in aftercare) and F (31 Mar 2026); not G (1 Apr 2026),
    # not D (won with a planned opening date inside FY2025).
    tiles = fy2025.tiles
    assert (tiles.landed, tiles.landed_before) == (2, 0)
    assert tiles.landed_expected == (15.0, 20.0)
    assert not fy2025.in_progress
    assert tiles.landed_standing is Standing.BELOW  # FY2025 ended on 31 March 2026


def test_landed_per_fiscal_year_for_ten_years(fy2025: Dashboard) -> None:
    assert [y.year.code for y in fy2025.landed_per_year] == [f"FY{y}" for y in range(2016, 2026)]
    # K (1 Apr 2016) is FY2016; L (31 Mar 2016) is FY2015, outside the ten years.
    assert [y.landed for y in fy2025.landed_per_year] == [1, 0, 0, 0, 0, 0, 0, 0, 0, 2]


def test_inquiries_by_source_and_partner(fy2025: Dashboard) -> None:
    assert fy2025.inquiries_by_source == (
        SourceCount(ProjectSource.EVENT, 1),
        SourceCount(ProjectSource.PARTNER_REFERRAL, 2),
        SourceCount(ProjectSource.DIRECT, 0),
        SourceCount(ProjectSource.EXISTING_COMPANY, 1),
    )
    jetro = fy2025.referrals_by_partner[0]
    assert (jetro.name, jetro.inquiries) == ("JETRO", 1)
    assert fy2025.referrals_by_partner[1] == PartnerCount(None, "", 1)  # I: no partner named


def test_calendar_year_in_progress(service: DashboardService) -> None:
    board = service.dashboard(Period.calendar_year(2026))
    assert board.in_progress
    # Inquiries 2026: C (31 Mar), D (1 Apr); 2025: A, B, H, I.
    assert (board.tiles.inquiries, board.tiles.inquiries_before) == (2, 4)
    # Landed 2026: F and G; 2025: E. A year in progress is not measured yet.
    assert (board.tiles.landed, board.tiles.landed_before) == (2, 1)
    assert board.tiles.landed_standing is None
    assert [y.year.code for y in board.landed_per_year][::9] == ["2017", "2026"]
    assert board.landed_per_year[-2].landed == 1 and board.landed_per_year[-1].landed == 2
    assert [(p.name, p.inquiries) for p in board.referrals_by_partner] == [
        ("JETRO", 1),
        ("NRW.Global Business", 1),
    ]


def test_calendar_2016_counts_both_openings_around_the_fiscal_boundary(
    service: DashboardService,
) -> None:
    board = service.dashboard(Period.calendar_year(2025))
    per_year = {y.year.code: y.landed for y in board.landed_per_year}
    assert per_year["2016"] == 2  # K and L
    assert per_year["2025"] == 1  # E
    assert sum(per_year.values()) == 3


def test_a_quarter_scales_the_benchmark(service: DashboardService) -> None:
    board = service.dashboard(Period.quarter(2025, 2))  # 1 Apr – 30 Jun 2025: 91 days
    low, high = board.tiles.landed_expected
    assert (low, high) == pytest.approx((15 * 91 / 365.25, 20 * 91 / 365.25))
    assert board.tiles.landed == 1  # E on 30 June
    assert board.tiles.landed_standing is Standing.BELOW
    # B (1 Apr), H (5 May), I (1 Jun); the quarter before: A (31 Mar).
    assert (board.tiles.inquiries, board.tiles.inquiries_before) == (3, 1)


def test_empty_database(db: Database) -> None:
    # Built here for a fixed today; the registry's runs on the office clock.
    board = DashboardService(db.sessions, today=lambda: TODAY).dashboard(Period.calendar_year(2026))
    assert board.tiles.inquiries == board.tiles.active_projects == board.tiles.landed == 0
    assert board.tiles.planned_investment == Decimal("0.00")
    assert len(board.pipeline) == 7 and all(s.projects == 0 for s in board.pipeline)
    assert all(y.landed == 0 for y in board.landed_per_year)
    assert all(s.inquiries == 0 for s in board.inquiries_by_source)
    assert board.referrals_by_partner == ()


def test_today_defaults_to_the_office_day(services: Services) -> None:
    assert isinstance(services.dashboard.today(), date)
