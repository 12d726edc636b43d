"""The pipeline summary of a period: the facts read from the database, the KPIs counted.

:class:`KpiService` reads, in one read transaction, what the KPIs need of
every project received up to the period's end (stage visits, outcome, figures,
groups) and of the overdue tasks, hands it to :func:`leadtracker.domain.pipeline.kpis.compute`
and adds what the pipeline summary lists: landings per year for ten years, the
active projects by stage and the projects lost in the period.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, func, or_, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.models import (
    Activity,
    Company,
    Partner,
    Project,
    Stage,
    StageChange,
    Task,
    User,
    utc_now,
)
from leadtracker.domain.names import company_display_name
from leadtracker.domain.office import OFFICE_TIMEZONE, office_date
from leadtracker.domain.pipeline.kpis import (
    ACTIVE,
    Dimension,
    KpiReport,
    ProjectFacts,
    StageVisit,
    TaskFacts,
    compute,
)
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.pipeline.stages import StageCategory, StageDefinition
from leadtracker.domain.prefectures import prefecture
from leadtracker.domain.vocabulary import ActivityKind, LostReason, ProjectSource

_LANDED = frozenset({StageCategory.LANDED, StageCategory.AFTERCARE})
#: Years the "landed per year" chart shows.
LANDED_YEARS = 10


@dataclass(frozen=True)
class ProjectLine:
    """A project as the summary lists it (active by stage, or lost)."""

    id: int
    company: str
    title: str
    code_name: str
    stage_key: str
    stage_label: str
    owner: str
    planned_jobs: int | None
    planned_investment: Decimal | None
    target_date: date | None
    decision_date: date | None
    lost_reason: LostReason | None
    lost_to: str


@dataclass(frozen=True)
class PipelineSummary:
    """Everything the pipeline summary shows for a period."""

    report: KpiReport
    stages: tuple[StageDefinition, ...]
    landed_per_year: tuple[tuple[Period, int], ...]
    active: tuple[ProjectLine, ...]  # by stage, then newest inquiry first
    lost: tuple[ProjectLine, ...]  # newest decision first
    printed_at: datetime


class KpiService:
    """Counts the pipeline's KPIs for a period."""

    def __init__(
        self, sessions: sessionmaker[Session], today: Callable[[], date] | None = None
    ) -> None:
        self._sessions = sessions
        self._today = today or (lambda: office_date(utc_now()))

    def today(self) -> date:
        """Today in Düsseldorf: the day a running period is measured on."""
        return self._today()

    def summary(self, period: Period) -> PipelineSummary:
        """The KPIs of ``period`` with the lists and series the summary shows."""
        today = self._today()
        years = period.years(LANDED_YEARS)
        with self._sessions() as session:
            session.connection(execution_options=READ_ONLY)
            stages = tuple(
                StageDefinition(s.key, s.label, s.category, s.position)
                for s in session.scalars(select(Stage).order_by(Stage.position))
            )
            as_of = min(period.end, today)
            relevant = _relevant(period, as_of, stages)
            facts, lines = _projects(session, relevant, stages, period)
            tasks = _overdue_tasks(session, as_of)
            landed = _landed_per_year(session, years, stages)
        report = compute(period, list(facts.values()), tasks, stages, today)
        position = {s.key: s.position for s in stages}
        active = [lines[p.id] for p in facts.values() if p.category_on(report.as_of) in ACTIVE]
        active.sort(key=lambda line: (position.get(line.stage_key, 0), -line.id))
        lost = [
            lines[p.id]
            for p in facts.values()
            if (day := p.lost_on(report.as_of)) is not None and day in period
        ]
        lost.sort(key=lambda line: (line.decision_date or date.min, line.id), reverse=True)
        return PipelineSummary(report, stages, landed, tuple(active), tuple(lost), utc_now())


_PROJECT_COLUMNS = (
    Project.id,
    Project.title,
    Project.code_name,
    Project.stage_key,
    Project.source,
    Project.received_on,
    Project.decision_date,
    Project.opened_on,
    Project.target_date,
    Project.lost_reason,
    Project.lost_to_location,
    Project.planned_jobs,
    Project.planned_investment,
    Project.jobs_at_opening,
    Project.actual_investment,
    Company.name_en,
    Company.name_de,
    Company.name_ja,
    Company.sector,
    Company.hq_prefecture,
    User.name.label("owner"),
    Partner.name.label("partner"),
)


def _relevant(
    period: Period, as_of: date, stages: tuple[StageDefinition, ...]
) -> ColumnElement[bool]:
    """The projects that can count in ``period``: received by its end, and not closed before it.

    A project whose stage is closed (landed, lost …) since before the period
    began -- its last move earlier, and no opening in the period -- counts for
    nothing in it; leaving out the years of such projects keeps the summary quick.
    """
    closed = [s.key for s in stages if s.category not in ACTIVE]
    starts = datetime.combine(period.start, time(0), OFFICE_TIMEZONE)
    moves = aliased(StageChange)  # not the stage_change of an outer query (see _visits)
    last_move = (
        select(func.max(moves.changed_at))
        .where(moves.project_id == Project.id)
        .correlate(Project)
        .scalar_subquery()
    )
    closed_before = and_(
        Project.stage_key.in_(closed),
        last_move < starts,
        or_(Project.opened_on.is_(None), Project.opened_on < period.start),
    )
    return and_(Project.received_on <= as_of, ~closed_before)


def _landed_per_year(
    session: Session, years: tuple[Period, ...], stages: tuple[StageDefinition, ...]
) -> tuple[tuple[Period, int], ...]:
    """Projects landed (stage Landed or Aftercare) with an opening in each year."""
    landed = [s.key for s in stages if s.category in _LANDED]
    openings = session.scalars(
        select(Project.opened_on).where(
            Project.stage_key.in_(landed),
            Project.opened_on.between(years[0].start, years[-1].end),
        )
    ).all()
    return tuple((year, sum(1 for day in openings if day and day in year)) for year in years)


def _projects(
    session: Session,
    relevant: ColumnElement[bool],
    stages: tuple[StageDefinition, ...],
    period: Period,
) -> tuple[dict[int, ProjectFacts], dict[int, ProjectLine]]:
    """Facts and list lines of the ``relevant`` projects (plain rows, not objects)."""
    category = {s.key: s.category for s in stages}
    label = {s.key: s.label for s in stages}
    rows = session.execute(
        select(*_PROJECT_COLUMNS)
        .join(Company, Company.id == Project.company_id)
        .outerjoin(User, User.id == Project.owner_id)
        .outerjoin(Partner, Partner.id == Project.partner_id)
        .where(relevant)
    ).all()
    visits = _visits(session, relevant, category)
    responses = _first_responses(session, period)
    facts: dict[int, ProjectFacts] = {}
    lines: dict[int, ProjectLine] = {}
    for row in rows:
        facts[row.id] = _facts(row, visits, responses)
        lines[row.id] = ProjectLine(
            id=row.id,
            company=company_display_name(row.name_en, row.name_de, row.name_ja),
            title=row.title,
            code_name=row.code_name,
            stage_key=row.stage_key,
            stage_label=label.get(row.stage_key, row.stage_key),
            owner=row.owner or "",
            planned_jobs=row.planned_jobs,
            planned_investment=row.planned_investment,
            target_date=row.target_date,
            decision_date=row.decision_date,
            lost_reason=row.lost_reason,
            lost_to=row.lost_to_location,
        )
    return facts, lines


def _facts(
    row: Any, visits: dict[int, list[StageVisit]], responses: dict[int, date]
) -> ProjectFacts:
    """One project's facts from its row of :data:`_PROJECT_COLUMNS`."""
    source = row.source.label
    if row.source is ProjectSource.PARTNER_REFERRAL and row.partner:
        source = f"{source}: {row.partner}"
    region = prefecture(row.hq_prefecture).name_en if row.hq_prefecture else ""
    return ProjectFacts(
        id=row.id,
        received_on=row.received_on,
        visits=tuple(visits.get(row.id, ())),
        groups={
            Dimension.SECTOR: row.sector.label if row.sector else "",
            Dimension.SOURCE: source,
            Dimension.PREFECTURE: region,
            Dimension.OWNER: row.owner or "",
        },
        decision_date=row.decision_date,
        opened_on=row.opened_on,
        lost_reason=row.lost_reason,
        lost_to=row.lost_to_location,
        planned_jobs=row.planned_jobs,
        planned_investment=row.planned_investment,
        jobs_at_opening=row.jobs_at_opening,
        actual_investment=row.actual_investment,
        first_response_on=responses.get(row.id),
    )


def _visits(
    session: Session, relevant: ColumnElement[bool], category: dict[str, StageCategory]
) -> dict[int, list[StageVisit]]:
    """Each project's stage visits in order, read as stored text (a fast path for the day)."""
    visits: dict[int, list[StageVisit]] = defaultdict(list)
    stored = cast(StageChange.changed_at, String)  # naive UTC, "YYYY-MM-DD HH:MM:SS..."
    rows = session.execute(
        select(StageChange.project_id, StageChange.to_stage, stored)
        .join(Project, Project.id == StageChange.project_id)
        .where(relevant)
        .order_by(StageChange.project_id, StageChange.changed_at, StageChange.id)
    )
    for project_id, stage_key, text in rows:
        day = _office_day(text)
        visits[project_id].append(
            StageVisit(stage_key, category.get(stage_key, StageCategory.OPEN), day)
        )
    return visits


def _office_day(stored: str) -> date:
    """The Düsseldorf day of a stored UTC time: the UTC day unless late enough to be the next.

    Düsseldorf is one or two hours ahead of UTC, so only from 22:00 UTC on can
    the day differ; only those times are converted properly.
    """
    day = date.fromisoformat(stored[:10])
    if int(stored[11:13] or 0) < 22:
        return day
    return office_date(datetime.fromisoformat(stored[:19]).replace(tzinfo=UTC))


def _first_responses(session: Session, period: Period) -> dict[int, date]:
    """The day of the first activity that is not a note (the first response) per inquiry."""
    cohort = select(Project.id).where(Project.received_on.between(period.start, period.end))
    rows = session.execute(
        select(Activity.project_id, func.min(Activity.occurred_at))
        .where(Activity.project_id.in_(cohort), Activity.kind != ActivityKind.NOTE)
        .group_by(Activity.project_id)
    )
    return {
        project_id: office_date(first)
        for project_id, first in rows
        if project_id is not None and first is not None
    }


def _overdue_tasks(session: Session, as_of: date) -> list[TaskFacts]:
    """Tasks due before ``as_of`` and not done by then, with their owners."""
    day_starts = datetime.combine(as_of, time(0), OFFICE_TIMEZONE)
    rows = session.execute(
        select(User.name, Task.due_on, Task.done_at)
        .outerjoin(User, User.id == Task.owner_id)
        .where(
            and_(
                Task.due_on.is_not(None),
                Task.due_on < as_of,
                or_(Task.done_at.is_(None), Task.done_at >= day_starts),
            )
        )
    )
    return [
        TaskFacts(owner or "", due, office_date(done) if done is not None else None)
        for owner, due, done in rows
    ]


#: A value of a summary row: text, a count, a figure, an amount in euro, a day.
SummaryValue = str | int | float | Decimal | date | None


def summary_rows(summary: PipelineSummary) -> list[tuple[str, SummaryValue]]:
    """The KPIs as (label, value) rows, for the Summary sheet of a workbook.

    Counts stay numbers and amounts stay euros (Decimal), so that a
    spreadsheet can calculate with them; planned and actual are separate rows.
    """
    report = summary.report
    h = report.headline
    low, high = report.landed_expected
    rows: list[tuple[str, SummaryValue]] = [
        ("Period", report.period.label),
        ("First day", report.period.start),
        ("Last day", report.period.end),
        ("Active and overdue measured on", report.as_of),
        ("Inquiries", h.inquiries),
        ("Active projects", h.active),
        ("Won", h.won),
        ("Landed", h.landed),
        ("Landed: benchmark for the period", f"{low:.0f}–{high:.0f}"),
        ("Lost", h.lost),
        ("Jobs planned by the projects won", h.won_planned.jobs),
        ("Investment planned by the projects won (EUR)", h.won_planned.investment),
        ("Jobs planned by the projects landed", h.landed_planned.jobs),
        ("Investment planned by the projects landed (EUR)", h.landed_planned.investment),
        ("Jobs at opening of the projects landed", h.landed_actual.jobs),
        ("Investment at opening of the projects landed (EUR)", h.landed_actual.investment),
        ("Jobs planned by the active projects", h.active_planned.jobs),
        ("Investment planned by the active projects (EUR)", h.active_planned.investment),
        ("Median days from first contact to decision", report.median_days_to_decision),
        ("Median days from first contact to opening", report.median_days_to_opening),
        ("Median days to the first response", report.median_days_to_first_response),
        ("Inquiries without a response", report.unanswered_inquiries),
    ]
    for step in report.funnel:
        rows.append((f"Funnel: inquiries that reached {step.label}", step.reached))
    rows += [(f"Lost for: {r.label if r else 'not recorded'}", n) for r, n in report.lost_by_reason]
    rows += [(f"Lost to: {place or 'not recorded'}", n) for place, n in report.lost_by_location]
    rows += [(f"Overdue tasks: {owner or 'nobody'}", n) for owner, n in report.overdue_by_owner]
    rows += [(f"Landed in {year.label}", count) for year, count in summary.landed_per_year]
    return rows
