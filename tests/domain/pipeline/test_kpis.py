"""KPIs on a small hand-built pipeline whose right answers were worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from leadtracker.domain.pipeline.benchmarks import Standing
from leadtracker.domain.pipeline.kpis import (
    Dimension,
    KpiReport,
    ProjectFacts,
    StageVisit,
    TaskFacts,
    compute,
    funnel,
)
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.pipeline.stages import DEFAULT_STAGES, StageCategory
from leadtracker.domain.vocabulary import LostReason

CATEGORY = {s.key: s.category for s in DEFAULT_STAGES}
TODAY = date(2026, 11, 22)


def visits(*moves: tuple[str, date]) -> tuple[StageVisit, ...]:
    return tuple(StageVisit(key, CATEGORY[key], on) for key, on in moves)


def project(
    number: int,
    received: date,
    *moves: tuple[str, date],
    sector: str = "Electronics",
    **facts: object,
) -> ProjectFacts:
    return ProjectFacts(
        id=number,
        received_on=received,
        visits=visits(("inquiry", received), *moves),
        groups={Dimension.SECTOR: sector, Dimension.OWNER: "Anna", Dimension.SOURCE: "Direct"},
        **facts,  # type: ignore[arg-type]
    )


# FY2025 = 1 April 2025 – 31 March 2026.
LAST_DAY_OF_FY2024 = project(1, date(2025, 3, 31), first_response_on=date(2025, 4, 2))
FIRST_DAY_OF_FY2025 = project(
    2,
    date(2025, 4, 1),
    ("qualified", date(2025, 4, 10)),
    first_response_on=date(2025, 4, 3),  # 2 days
    planned_jobs=10,
)
SKIPS_STAGES = project(  # inquiry -> decision pending -> won -> landed, all in FY2025
    3,
    date(2025, 5, 1),
    ("decision_pending", date(2025, 6, 1)),
    ("won", date(2025, 7, 1)),
    ("landed", date(2026, 2, 1)),
    sector="Automotive",
    decision_date=date(2025, 7, 1),  # 61 days after first contact
    opened_on=date(2026, 2, 1),  # 276 days after first contact
    planned_jobs=20,
    planned_investment=Decimal("1000000"),
    jobs_at_opening=15,
    actual_investment=Decimal("800000.50"),
    first_response_on=date(2025, 5, 11),  # 10 days
)
LOST_THEN_REOPENED = project(
    4,
    date(2025, 5, 15),
    ("qualified", date(2025, 5, 20)),
    ("lost", date(2025, 6, 1)),
    ("qualified", date(2025, 7, 1)),
    lost_reason=LostReason.COSTS,  # stale: it was reopened
    lost_to="Amsterdam",
)
LOST = project(
    5,
    date(2025, 8, 1),
    ("qualified", date(2025, 8, 5)),
    ("active", date(2025, 9, 1)),
    ("lost", date(2025, 12, 1)),
    sector="Automotive",
    decision_date=date(2025, 12, 1),  # 122 days
    lost_reason=LostReason.TALENT,
    lost_to="Amsterdam",
)
LOST_IN_FY2026 = project(  # received in FY2025, lost on 1 April 2026: not FY2025's loss
    6,
    date(2026, 3, 1),
    ("lost", date(2026, 4, 1)),
    decision_date=date(2026, 4, 1),
    lost_reason=LostReason.COSTS,
    lost_to="London",
)
OPENING_PLANNED = project(  # won, with an opening date that is still a plan: not landed
    7,
    date(2024, 5, 1),
    ("qualified", date(2024, 6, 1)),
    ("won", date(2024, 10, 1)),
    opened_on=date(2025, 6, 1),
)
PROJECTS = (
    LAST_DAY_OF_FY2024,
    FIRST_DAY_OF_FY2025,
    SKIPS_STAGES,
    LOST_THEN_REOPENED,
    LOST,
    LOST_IN_FY2026,
    OPENING_PLANNED,
)
TASKS = (
    TaskFacts("Anna", date(2026, 3, 30), None),  # overdue on 31 March 2026
    TaskFacts("Anna", date(2026, 3, 1), date(2026, 4, 5)),  # done only after the year: overdue
    TaskFacts("Ben", date(2026, 3, 1), date(2026, 3, 2)),  # done in time
    TaskFacts("Ben", date(2026, 3, 31), None),  # due on the last day: not overdue yet
    TaskFacts("Ben", None, None),  # no due date
)


@pytest.fixture(scope="module")
def fy2025() -> KpiReport:
    return compute(Period.fiscal_year(2025), PROJECTS, TASKS, DEFAULT_STAGES, TODAY)


def test_inquiries_respect_the_fiscal_year_boundary(fy2025: KpiReport) -> None:
    assert fy2025.headline.inquiries == 5  # 2, 3, 4, 5, 6 -- not 1 (31 March 2025)
    fy2024 = compute(Period.fiscal_year(2024), PROJECTS, TASKS, DEFAULT_STAGES, TODAY)
    assert fy2024.headline.inquiries == 2  # 1 (31 March 2025) and 7


def test_active_won_landed_and_lost_at_the_end_of_the_year(fy2025: KpiReport) -> None:
    h = fy2025.headline
    # On 31 March 2026: 1 inquiry, 2 qualified, 4 qualified again, 6 inquiry, 7 won -> active;
    # 3 landed, 5 lost; 7's opening date is only planned.
    assert h.active == 5
    assert (h.won, h.landed, h.lost) == (1, 1, 1)
    assert fy2025.as_of == date(2026, 3, 31)
    assert fy2025.landed_standing is Standing.BELOW and fy2025.landed_expected == (15, 20)


def test_planned_and_actual_figures_are_kept_apart(fy2025: KpiReport) -> None:
    h = fy2025.headline
    assert (h.won_planned.jobs, h.won_planned.investment) == (20, Decimal("1000000"))
    assert (h.landed_actual.jobs, h.landed_actual.investment) == (15, Decimal("800000.50"))
    assert h.active_planned.jobs == 10 and h.active_planned.jobs_known == 1


def test_median_days(fy2025: KpiReport) -> None:
    assert fy2025.median_days_to_decision == 91.5  # 61 and 122 (6's decision is in FY2026)
    assert fy2025.median_days_to_opening == 276
    assert fy2025.median_days_to_first_response == 6  # 2 and 10
    assert fy2025.unanswered_inquiries == 3


def test_lost_by_reason_and_location_count_only_projects_still_lost(fy2025: KpiReport) -> None:
    assert fy2025.lost_by_reason == ((LostReason.TALENT, 1),)
    assert fy2025.lost_by_location == (("Amsterdam", 1),)


def test_overdue_tasks_per_owner_on_the_last_day(fy2025: KpiReport) -> None:
    assert fy2025.overdue_by_owner == (("Anna", 2),)


def test_a_running_period_is_measured_today_and_not_judged() -> None:
    year = compute(Period.calendar_year(2026), PROJECTS, TASKS, DEFAULT_STAGES, TODAY)
    assert year.as_of == TODAY and year.landed_standing is None
    assert year.headline.lost == 1  # 6, lost on 1 April 2026


def test_funnel_counts_skipped_stages_as_passed(fy2025: KpiReport) -> None:
    reached = {step.stage_key: step.reached for step in fy2025.funnel}
    # Cohort 2..6: 2 qualified; 3 skipped to decision pending, won, landed; 4 qualified;
    # 5 active; 6 only an inquiry.
    assert reached == {
        "inquiry": 5,
        "qualified": 4,
        "active": 2,
        "site_visit": 1,
        "decision_pending": 1,
        "won": 1,
        "landed": 1,
        "aftercare": 0,
    }
    steps = {step.stage_key: step.conversion for step in fy2025.funnel}
    assert steps["inquiry"] is None and steps["qualified"] == 0.8 and steps["active"] == 0.5
    assert funnel([], DEFAULT_STAGES)[1].conversion == 0.0


def test_breakdowns_group_by_sector(fy2025: KpiReport) -> None:
    sectors = dict(fy2025.breakdowns[Dimension.SECTOR])
    assert sectors["Automotive"].inquiries == 2 and sectors["Automotive"].landed == 1
    assert sectors["Electronics"].inquiries == 3 and sectors["Electronics"].active == 5
    assert [name for name, _ in fy2025.breakdowns[Dimension.SECTOR]] == [
        "Electronics",
        "Automotive",
    ]


def test_category_on_a_day() -> None:
    assert LOST_THEN_REOPENED.category_on(date(2025, 6, 15)) is StageCategory.LOST
    assert LOST_THEN_REOPENED.category_on(date(2025, 7, 1)) is StageCategory.OPEN
    assert LOST_THEN_REOPENED.category_on(date(2025, 5, 14)) is None  # not received yet
