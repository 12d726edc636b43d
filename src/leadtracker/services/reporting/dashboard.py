"""The dashboard's figures for a period: headline tiles and the series of its charts.

One call, one read transaction, a handful of aggregate queries (``COUNT``,
``SUM``, ``GROUP BY``) that SQLite answers from the indexes on
``project.received_on`` and ``project.stage_key``; no project is loaded as a
row. What counts:

- an **inquiry** is a project, dated by ``received_on``;
- a project is **active** while its stage is not closed (closed: landed,
  aftercare, lost, withdrawn; on hold counts as active, it may resume);
- a project has **landed** once its stage is Landed or Aftercare (a move to
  Landed needs the whole checklist, see ``services/projects.py``), dated by
  its ``opened_on``, the branch opening;
- jobs and investment are the *planned* figures of active projects; actual
  figures (at opening) are a different thing and never added to them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import accumulate
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.models import Partner, Project, Stage, utc_now
from leadtracker.domain.office import office_date
from leadtracker.domain.pipeline.benchmarks import LANDED_PER_YEAR, Standing, YearlyBenchmark
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.pipeline.stages import StageCategory, StageDefinition
from leadtracker.domain.vocabulary import ProjectSource

#: Stage categories of projects that are still being worked on.
ACTIVE_CATEGORIES = frozenset({StageCategory.OPEN, StageCategory.WON, StageCategory.ON_HOLD})
#: Stage categories of projects whose branch has opened.
LANDED_CATEGORIES = frozenset({StageCategory.LANDED, StageCategory.AFTERCARE})
#: How many years the "landed per year" chart shows.
LANDED_YEARS = 10


@dataclass(frozen=True)
class StageCount:
    """Active projects in one stage, with their planned jobs and investment."""

    key: str
    label: str
    category: StageCategory
    projects: int
    planned_jobs: int
    planned_investment: Decimal


@dataclass(frozen=True)
class YearCount:
    """Projects landed in one (calendar or fiscal) year."""

    year: Period
    landed: int


@dataclass(frozen=True)
class SourceCount:
    """Inquiries of the period that came in one way (event, referral, direct …)."""

    source: ProjectSource
    inquiries: int


@dataclass(frozen=True)
class PartnerCount:
    """Inquiries of the period referred by one partner (``None``: no partner recorded)."""

    partner_id: int | None
    name: str
    inquiries: int


@dataclass(frozen=True)
class DashboardTiles:
    """The headline numbers.

    Attributes:
        inquiries: Inquiries received in the period.
        inquiries_before: Inquiries received in the period before.
        active_projects: Projects active today (whatever the period).
        on_hold: Of those, the ones on hold.
        landed: Projects whose branch opened in the period.
        landed_before: The same for the period before.
        landed_expected: The benchmark range for the period (per year, or scaled).
        landed_standing: Where ``landed`` stands against it; ``None`` while the
            period is still running (a year in progress is not measured yet).
        planned_jobs: Sum of the planned jobs of the active projects.
        jobs_known: How many active projects have planned jobs entered.
        planned_investment: Sum of their planned investment in EUR.
        investment_known: How many active projects have a planned investment entered.
    """

    inquiries: int
    inquiries_before: int
    active_projects: int
    on_hold: int
    landed: int
    landed_before: int
    landed_expected: tuple[float, float]
    landed_standing: Standing | None
    planned_jobs: int
    jobs_known: int
    planned_investment: Decimal
    investment_known: int


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard shows for one period."""

    period: Period
    previous: Period
    today: date
    benchmark: YearlyBenchmark
    tiles: DashboardTiles
    #: Active projects per stage, in pipeline order (stages without projects included).
    pipeline: tuple[StageCount, ...]
    #: The last ten years up to the period's, oldest first.
    landed_per_year: tuple[YearCount, ...]
    #: Inquiries of the period per source, in the vocabulary's order (zeros included).
    inquiries_by_source: tuple[SourceCount, ...]
    #: Referred inquiries of the period per partner, most first.
    referrals_by_partner: tuple[PartnerCount, ...]

    @property
    def in_progress(self) -> bool:
        """The period has begun and not ended yet."""
        return self.period.start <= self.today <= self.period.end


class DashboardService:
    """Figures for the dashboard; see the module docstring for what counts.

    Args:
        sessions: The database's session factory.
        today: The office's today (tests pass a fixed day).
    """

    def __init__(
        self, sessions: sessionmaker[Session], *, today: Callable[[], date] | None = None
    ) -> None:
        self._sessions = sessions
        self._today = today or (lambda: office_date(utc_now()))

    def today(self) -> date:
        """Today in Düsseldorf: the day "active now" and "in progress" refer to."""
        return self._today()

    def dashboard(self, period: Period) -> Dashboard:
        """Tiles and chart series for ``period``, read in one transaction."""
        today = self.today()
        previous = period.previous()
        years = period.years(LANDED_YEARS)
        with self._sessions() as session:
            session.connection(execution_options=READ_ONLY)
            stages = [
                StageDefinition(s.key, s.label, s.category, s.position)
                for s in session.scalars(select(Stage).order_by(Stage.position))
            ]
            pipeline = _pipeline(session, stages)
            landed_keys = [stage.key for stage in stages if stage.category in LANDED_CATEGORIES]
            landed = _counts_in(
                session,
                Project.opened_on,
                (*years, period, previous),
                Project.stage_key.in_(landed_keys),
            )
            inquiries = _counts_in(session, Project.received_on, (period, previous))
            by_source, by_partner = _inquiry_sources(session, period)
        tiles = DashboardTiles(
            inquiries=inquiries[0],
            inquiries_before=inquiries[1],
            active_projects=sum(s.projects for s in pipeline.stages),
            on_hold=sum(s.projects for s in pipeline.stages if s.category is StageCategory.ON_HOLD),
            landed=landed[-2],
            landed_before=landed[-1],
            landed_expected=LANDED_PER_YEAR.expected(period),
            landed_standing=(
                LANDED_PER_YEAR.standing(landed[-2], period) if today > period.end else None
            ),
            planned_jobs=sum(s.planned_jobs for s in pipeline.stages),
            jobs_known=pipeline.jobs_known,
            planned_investment=sum(
                (s.planned_investment for s in pipeline.stages), Decimal("0.00")
            ),
            investment_known=pipeline.investment_known,
        )
        return Dashboard(
            period=period,
            previous=previous,
            today=today,
            benchmark=LANDED_PER_YEAR,
            tiles=tiles,
            pipeline=pipeline.stages,
            landed_per_year=tuple(
                YearCount(year, count)
                for year, count in zip(years, landed[: len(years)], strict=True)
            ),
            inquiries_by_source=by_source,
            referrals_by_partner=by_partner,
        )


@dataclass(frozen=True)
class _Pipeline:
    """The pipeline query's result: stage counts, and how many projects had figures entered."""

    stages: tuple[StageCount, ...]
    jobs_known: int
    investment_known: int


def _pipeline(session: Session, stages: Sequence[StageDefinition]) -> _Pipeline:
    """Active projects per active stage, in pipeline order, with their planned sums."""
    active = [stage for stage in stages if stage.category in ACTIVE_CATEGORIES]
    rows = {
        row.stage_key: row
        for row in session.execute(
            select(
                Project.stage_key,
                func.count().label("projects"),
                func.sum(Project.planned_jobs).label("jobs"),
                func.count(Project.planned_jobs).label("jobs_known"),
                func.sum(Project.planned_investment).label("investment"),
                func.count(Project.planned_investment).label("investment_known"),
            )
            .where(Project.stage_key.in_([stage.key for stage in active]))
            .group_by(Project.stage_key)
        )
    }
    counts = []
    for stage in active:
        row = rows.get(stage.key)
        counts.append(
            StageCount(
                stage.key,
                stage.label,
                stage.category,
                row.projects if row else 0,
                int(row.jobs or 0) if row else 0,
                (row.investment if row else None) or Decimal("0.00"),
            )
        )
    return _Pipeline(
        tuple(counts),
        sum(row.jobs_known for row in rows.values()),
        sum(row.investment_known for row in rows.values()),
    )


def _counts_in(
    session: Session,
    column: InstrumentedAttribute[Any],
    periods: Sequence[Period],
    *where: ColumnElement[bool],
) -> list[int]:
    """How many projects have the date ``column`` in each of ``periods`` (which may overlap).

    SQL counts per day over the span from the earliest start to the latest
    end (at most a few thousand rows); the days are summed into the periods
    here. Faster than one ``CASE`` column per period, and plain SQL.
    """
    first, last = min(p.start for p in periods), max(p.end for p in periods)
    per_day = session.execute(
        select(column, func.count())
        .where(column.between(first, last), *where)
        .group_by(column)
        .order_by(column)
    ).all()
    days = [day for day, _ in per_day]
    running = [0, *accumulate(count for _, count in per_day)]
    return [
        running[bisect_right(days, p.end)] - running[bisect_left(days, p.start)] for p in periods
    ]


def _inquiry_sources(
    session: Session, period: Period
) -> tuple[tuple[SourceCount, ...], tuple[PartnerCount, ...]]:
    """Inquiries of ``period`` per source, and the referred ones per partner."""
    rows = session.execute(
        select(Project.source, Project.partner_id, func.count())
        .where(Project.received_on.between(period.start, period.end))
        .group_by(Project.source, Project.partner_id)
    ).all()
    per_source = dict.fromkeys(ProjectSource, 0)
    per_partner: dict[int | None, int] = {}
    for source, partner_id, count in rows:
        per_source[source] += count
        if source is ProjectSource.PARTNER_REFERRAL:
            per_partner[partner_id] = per_partner.get(partner_id, 0) + count
    names = _partner_names(session, (p for p in per_partner if p is not None))
    partners = sorted(
        (PartnerCount(p, names.get(p, "") if p else "", n) for p, n in per_partner.items()),
        key=lambda c: (-c.inquiries, c.partner_id is None, c.name),
    )
    return tuple(SourceCount(s, n) for s, n in per_source.items()), tuple(partners)


def _partner_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = list(ids)
    if not wanted:
        return {}
    return dict(
        session.execute(select(Partner.id, Partner.name).where(Partner.id.in_(wanted))).all()
    )
