"""The pipeline summary of a period: the facts read from the database, the KPIs counted.

:class:`KpiService` reads, in one read transaction, what the KPIs need of
every project received up to the period's end (stage visits, outcome, figures,
groups) and of the overdue tasks, hands it to :func:`leadtracker.domain.kpis.compute`
and adds what the pipeline summary lists: landings per year for ten years, the
active projects by stage and the projects lost in the period.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

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
from leadtracker.domain.kpis import (
    ACTIVE,
    Dimension,
    KpiReport,
    ProjectFacts,
    StageVisit,
    TaskFacts,
    compute,
)
from leadtracker.domain.office import OFFICE_TIMEZONE, office_date
from leadtracker.domain.periods import Period
from leadtracker.domain.prefectures import prefecture
from leadtracker.domain.stages import StageCategory, StageDefinition
from leadtracker.domain.vocabulary import ActivityKind, LostReason, ProjectSource
from leadtracker.services.companies import display_name

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
            facts, lines = _projects(session, min(period.end, today), stages)
            as_of = min(period.end, today)
            tasks = _overdue_tasks(session, as_of)
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
        landed = tuple(
            (year, sum(1 for p in facts.values() if p.opened_on and p.opened_on in year))
            for year in years
        )
        return PipelineSummary(report, stages, landed, tuple(active), tuple(lost), utc_now())


def _projects(
    session: Session, until: date, stages: tuple[StageDefinition, ...]
) -> tuple[dict[int, ProjectFacts], dict[int, ProjectLine]]:
    """Facts and list lines of every project received up to ``until``."""
    category = {s.key: s.category for s in stages}
    label = {s.key: s.label for s in stages}
    rows = session.execute(
        select(Project, Company, User.name, Partner.name)
        .join(Company, Company.id == Project.company_id)
        .outerjoin(User, User.id == Project.owner_id)
        .outerjoin(Partner, Partner.id == Project.partner_id)
        .where(Project.received_on <= until)
    ).all()
    ids = [project.id for project, *_ in rows]
    visits = _visits(session, ids, category)
    responses = _first_responses(session)
    facts: dict[int, ProjectFacts] = {}
    lines: dict[int, ProjectLine] = {}
    for project, company, owner, partner in rows:
        names = (owner or "", partner or "")
        facts[project.id] = _facts(project, company, names, visits, responses)
        lines[project.id] = ProjectLine(
            id=project.id,
            company=display_name(company),
            title=project.title,
            code_name=project.code_name,
            stage_key=project.stage_key,
            stage_label=label.get(project.stage_key, project.stage_key),
            owner=owner or "",
            planned_jobs=project.planned_jobs,
            planned_investment=project.planned_investment,
            target_date=project.target_date,
            decision_date=project.decision_date,
            lost_reason=project.lost_reason,
            lost_to=project.lost_to_location,
        )
    return facts, lines


def _facts(
    project: Project,
    company: Company,
    names: tuple[str, str],
    visits: dict[int, list[StageVisit]],
    responses: dict[int, date],
) -> ProjectFacts:
    """One project's facts; ``names`` are its owner's and its referring partner's."""
    owner, partner = names
    source = project.source.label
    if project.source is ProjectSource.PARTNER_REFERRAL and partner:
        source = f"{source}: {partner}"
    region = prefecture(company.hq_prefecture).name_en if company.hq_prefecture else ""
    return ProjectFacts(
        id=project.id,
        received_on=project.received_on,
        visits=tuple(visits.get(project.id, ())),
        groups={
            Dimension.SECTOR: company.sector.label if company.sector else "",
            Dimension.SOURCE: source,
            Dimension.PREFECTURE: region,
            Dimension.OWNER: owner,
        },
        decision_date=project.decision_date,
        opened_on=project.opened_on,
        lost_reason=project.lost_reason,
        lost_to=project.lost_to_location,
        planned_jobs=project.planned_jobs,
        planned_investment=project.planned_investment,
        jobs_at_opening=project.jobs_at_opening,
        actual_investment=project.actual_investment,
        first_response_on=responses.get(project.id),
    )


def _visits(
    session: Session, ids: Iterable[int], category: dict[str, StageCategory]
) -> dict[int, list[StageVisit]]:
    """Each project's stage visits in order (all projects' when there are many)."""
    wanted = set(ids)
    visits: dict[int, list[StageVisit]] = defaultdict(list)
    rows = session.execute(
        select(StageChange.project_id, StageChange.to_stage, StageChange.changed_at).order_by(
            StageChange.project_id, StageChange.changed_at, StageChange.id
        )
    )
    for project_id, stage_key, changed_at in rows:
        if project_id in wanted:
            day = office_date(changed_at)
            visits[project_id].append(
                StageVisit(stage_key, category.get(stage_key, StageCategory.OPEN), day)
            )
    return visits


def _first_responses(session: Session) -> dict[int, date]:
    """The day of each project's first activity that is not a note (its first response)."""
    rows = session.execute(
        select(Activity.project_id, func.min(Activity.occurred_at))
        .where(Activity.project_id.is_not(None), Activity.kind != ActivityKind.NOTE)
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
