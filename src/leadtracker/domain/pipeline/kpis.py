"""The pipeline's KPIs for a period, computed from plain facts about projects and tasks.

Pure computation: ``services/reporting/kpis.py`` reads the facts, this module counts. The
rules, as management asks for them:

- an **inquiry** is a project received in the period;
- a project is **active** at the end of the period (or today, while it runs)
  when its stage then was open, won or on hold;
- a project is **won** in the period when it first reached Won (or, skipping
  Won, Landed) then; it has **landed** when it reached Landed and its branch
  opened in the period (``opened_on``; a Won project's opening date is still a
  plan), measured against the 15–20 per year benchmark;
- a project is **lost** in the period when it moved to Lost then and was not
  reopened by the end of the period (a reopened project is active again);
- **planned and actual** jobs and investment are kept apart: planned figures
  of the projects won, planned and actual figures of the projects landed;
- **conversion** follows the inquiries of the period (a cohort) along the
  main stages: a project that skipped a stage counts as having passed it;
- **median days**: first contact (received) to decision, for decisions in the
  period; first contact to opening, for openings in the period; to the first
  response, for inquiries of the period that were answered;
- **overdue tasks** per owner at the end of the period (or today).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from statistics import median
from typing import TypeVar

from leadtracker.domain.pipeline.benchmarks import LANDED_PER_YEAR, Standing
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.pipeline.stages import StageCategory, StageDefinition
from leadtracker.domain.vocabulary import LostReason

K = TypeVar("K")

ACTIVE = frozenset({StageCategory.OPEN, StageCategory.WON, StageCategory.ON_HOLD})
_LANDED = frozenset({StageCategory.LANDED, StageCategory.AFTERCARE})
_WON_OR_LATER = frozenset({StageCategory.WON, StageCategory.LANDED, StageCategory.AFTERCARE})
#: Categories whose stages make the funnel, in their configured order.
_FUNNEL = frozenset(
    {StageCategory.OPEN, StageCategory.WON, StageCategory.LANDED, StageCategory.AFTERCARE}
)


class Dimension(StrEnum):
    """What the figures are broken down by."""

    SECTOR = "sector"
    SOURCE = "source"
    PREFECTURE = "prefecture"
    OWNER = "owner"


@dataclass(frozen=True)
class StageVisit:
    """A project entered a stage on a day (in Düsseldorf)."""

    stage_key: str
    category: StageCategory
    on: date


@dataclass(frozen=True)
class ProjectFacts:
    """What the KPIs need to know of one project.

    ``visits`` are in order, the first one the stage it was received in.
    ``groups`` names the project's group per :class:`Dimension` (e.g. the
    sector's label; "" when not known).
    """

    id: int
    received_on: date
    visits: tuple[StageVisit, ...]
    groups: dict[Dimension, str]
    decision_date: date | None = None
    opened_on: date | None = None
    lost_reason: LostReason | None = None
    lost_to: str = ""
    planned_jobs: int | None = None
    planned_investment: Decimal | None = None
    jobs_at_opening: int | None = None
    actual_investment: Decimal | None = None
    first_response_on: date | None = None

    def category_on(self, day: date) -> StageCategory | None:
        """The project's stage category at the end of ``day`` (None: not yet received).

        From ``received_on`` it is in its first stage, whenever that was recorded
        (an inquiry entered a week late was still an inquiry all week).
        """
        if day < self.received_on or not self.visits:
            return None
        current = self.visits[0].category
        for visit in self.visits[1:]:
            if visit.on > day:
                break
            current = visit.category
        return current

    def won_on(self) -> date | None:
        """The day it first reached Won or beyond."""
        return next((v.on for v in self.visits if v.category in _WON_OR_LATER), None)

    def landed(self) -> bool:
        """Whether it ever reached Landed (an opening date alone may still be a plan)."""
        return any(v.category in _LANDED for v in self.visits)

    def lost_on(self, until: date) -> date | None:
        """The day it last moved to Lost, if it was still lost at the end of ``until``."""
        lost = None
        for visit in self.visits:
            if visit.on > until:
                break
            lost = visit.on if visit.category is StageCategory.LOST else None
        return lost


@dataclass(frozen=True)
class TaskFacts:
    """What the KPIs need to know of one task."""

    owner: str
    due_on: date | None
    done_on: date | None


@dataclass(frozen=True)
class Money:
    """Jobs and investment of a set of projects, with how many had each figure entered."""

    jobs: int = 0
    jobs_known: int = 0
    investment: Decimal = Decimal(0)
    investment_known: int = 0

    @classmethod
    def of(cls, pairs: Iterable[tuple[int | None, Decimal | None]]) -> Money:
        """The sums of ``(jobs, investment)`` pairs, ``None`` meaning not entered."""
        jobs = known_jobs = known_investment = 0
        investment = Decimal(0)
        for job_count, amount in pairs:
            if job_count is not None:
                jobs, known_jobs = jobs + job_count, known_jobs + 1
            if amount is not None:
                investment, known_investment = investment + amount, known_investment + 1
        return cls(jobs, known_jobs, investment, known_investment)


@dataclass(frozen=True)
class Headline:
    """The counts of one set of projects for the period (the whole desk, or one group)."""

    inquiries: int = 0
    active: int = 0
    won: int = 0
    landed: int = 0
    lost: int = 0
    won_planned: Money = field(default_factory=Money)
    landed_planned: Money = field(default_factory=Money)
    landed_actual: Money = field(default_factory=Money)
    active_planned: Money = field(default_factory=Money)


@dataclass(frozen=True)
class FunnelStep:
    """How many of the period's inquiries reached a stage, and the share of the step before."""

    stage_key: str
    label: str
    reached: int
    conversion: float | None  # reached / reached at the previous stage (None: the first)


@dataclass(frozen=True)
class KpiReport:
    """All figures of a period."""

    period: Period
    as_of: date  # the day "active" and "overdue" are measured on
    headline: Headline
    landed_expected: tuple[float, float]
    landed_standing: Standing | None  # None while the period is still running
    funnel: tuple[FunnelStep, ...]
    median_days_to_decision: float | None
    median_days_to_opening: float | None
    median_days_to_first_response: float | None
    unanswered_inquiries: int
    lost_by_reason: tuple[tuple[LostReason | None, int], ...]
    lost_by_location: tuple[tuple[str, int], ...]
    overdue_by_owner: tuple[tuple[str, int], ...]
    breakdowns: dict[Dimension, tuple[tuple[str, Headline], ...]]


@dataclass(frozen=True)
class _Standing:
    """Where each project stands for the period, worked out once per project."""

    inquiry: frozenset[int]
    active: frozenset[int]
    won: frozenset[int]
    landed: frozenset[int]
    lost: frozenset[int]

    @classmethod
    def of(cls, period: Period, as_of: date, projects: Sequence[ProjectFacts]) -> _Standing:
        def ids(test: Callable[[ProjectFacts], bool]) -> frozenset[int]:
            return frozenset(p.id for p in projects if test(p))

        return cls(
            inquiry=ids(lambda p: p.received_on in period),
            active=ids(lambda p: p.category_on(as_of) in ACTIVE),
            won=ids(lambda p: (day := p.won_on()) is not None and day in period),
            landed=ids(lambda p: p.opened_on is not None and p.opened_on in period and p.landed()),
            lost=ids(lambda p: (day := p.lost_on(as_of)) is not None and day in period),
        )


def compute(
    period: Period,
    projects: Sequence[ProjectFacts],
    tasks: Sequence[TaskFacts],
    stages: Sequence[StageDefinition],
    today: date,
) -> KpiReport:
    """The KPIs of ``period`` (see the module docstring for what counts)."""
    as_of = min(period.end, today)
    standing = _Standing.of(period, as_of, projects)
    headline = _headline(standing, projects)
    cohort = [p for p in projects if p.id in standing.inquiry]
    decided = [p for p in projects if p.decision_date is not None and p.decision_date in period]
    opened = [p for p in projects if p.id in standing.landed]
    lost = [p for p in projects if p.id in standing.lost]
    answered = [p for p in cohort if p.first_response_on is not None]
    return KpiReport(
        period=period,
        as_of=as_of,
        headline=headline,
        landed_expected=LANDED_PER_YEAR.expected(period),
        landed_standing=(
            LANDED_PER_YEAR.standing(headline.landed, period) if today > period.end else None
        ),
        funnel=funnel(cohort, stages),
        median_days_to_decision=_median_days(decided, lambda p: p.decision_date),
        median_days_to_opening=_median_days(opened, lambda p: p.opened_on),
        median_days_to_first_response=_median_days(answered, lambda p: p.first_response_on),
        unanswered_inquiries=len(cohort) - len(answered),
        lost_by_reason=_ranked(Counter(p.lost_reason for p in lost)),
        lost_by_location=_ranked(Counter(p.lost_to.strip() or "" for p in lost)),
        overdue_by_owner=_ranked(Counter(t.owner for t in tasks if _overdue(t, as_of))),
        breakdowns={
            dimension: _breakdown(standing, projects, dimension) for dimension in Dimension
        },
    )


def _headline(standing: _Standing, projects: Iterable[ProjectFacts]) -> Headline:
    projects = list(projects)
    won = [p for p in projects if p.id in standing.won]
    landed = [p for p in projects if p.id in standing.landed]
    active = [p for p in projects if p.id in standing.active]
    return Headline(
        inquiries=sum(1 for p in projects if p.id in standing.inquiry),
        active=len(active),
        won=len(won),
        landed=len(landed),
        lost=sum(1 for p in projects if p.id in standing.lost),
        won_planned=Money.of((p.planned_jobs, p.planned_investment) for p in won),
        landed_planned=Money.of((p.planned_jobs, p.planned_investment) for p in landed),
        landed_actual=Money.of((p.jobs_at_opening, p.actual_investment) for p in landed),
        active_planned=Money.of((p.planned_jobs, p.planned_investment) for p in active),
    )


def funnel(
    cohort: Sequence[ProjectFacts], stages: Sequence[StageDefinition]
) -> tuple[FunnelStep, ...]:
    """How far the projects of ``cohort`` got along the main stages, and the step-to-step shares.

    A project reached a stage when it was ever in it or in a later main stage
    (skipping a stage still passes it).
    """
    main = sorted((s for s in stages if s.category in _FUNNEL), key=lambda s: s.position)
    position = {s.key: index for index, s in enumerate(main)}
    furthest = [
        max((position[v.stage_key] for v in p.visits if v.stage_key in position), default=-1)
        for p in cohort
    ]
    steps: list[FunnelStep] = []
    for index, stage in enumerate(main):
        reached = sum(1 for f in furthest if f >= index)
        before = steps[-1].reached if steps else None
        share = None if before is None else (reached / before if before else 0.0)
        steps.append(FunnelStep(stage.key, stage.label, reached, share))
    return tuple(steps)


def _median_days(
    projects: Sequence[ProjectFacts], until: Callable[[ProjectFacts], date | None]
) -> float | None:
    days = [(day - p.received_on).days for p in projects if (day := until(p)) is not None]
    return float(median(days)) if days else None


def _overdue(task: TaskFacts, as_of: date) -> bool:
    if task.due_on is None or task.due_on >= as_of:
        return False
    return task.done_on is None or task.done_on > as_of


def _ranked(counts: Counter[K]) -> tuple[tuple[K, int], ...]:
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], str(item[0]))))


def _breakdown(
    standing: _Standing, projects: Sequence[ProjectFacts], dimension: Dimension
) -> tuple[tuple[str, Headline], ...]:
    groups: dict[str, list[ProjectFacts]] = defaultdict(list)
    for project in projects:
        groups[project.groups.get(dimension, "")].append(project)
    rows = [(name, _headline(standing, members)) for name, members in groups.items()]
    shown = [
        (name, h) for name, h in rows if h.inquiries or h.active or h.won or h.landed or h.lost
    ]
    return tuple(sorted(shown, key=lambda row: (-row[1].inquiries, -row[1].active, row[0])))
