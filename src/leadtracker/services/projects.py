"""Projects and the pipeline: create and edit them, move them between stages."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Company, Event, Partner, Project, Stage, StageChange, User
from leadtracker.db.models.base import utc_now
from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.stages import Pipeline, ProjectFacts, StageCategory, StageDefinition
from leadtracker.domain.vocabulary import LostReason, PermitStatus, ProjectSource, ProjectType
from leadtracker.services._validation import Problems


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """Decision, loss and landing-checklist fields, set while moving between stages."""

    decision_date: date | None = None
    lost_reason: LostReason | None = None
    lost_to_location: str = ""
    trade_registered_on: date | None = None
    register_entry_on: date | None = None
    permits_status: PermitStatus = PermitStatus.OPEN
    lease_signed_on: date | None = None
    opened_on: date | None = None
    jobs_at_opening: int | None = None
    actual_investment: Decimal | None = None


@dataclass(frozen=True, kw_only=True)
class ProjectDraft:
    """What a user enters for a project."""

    company_id: int
    title: str
    code_name: str = ""
    project_type: ProjectType = ProjectType.OTHER
    source: ProjectSource = ProjectSource.DIRECT
    partner_id: int | None = None
    event_id: int | None = None
    owner_id: int | None = None
    received_on: date | None = None
    planned_jobs: int | None = None
    planned_investment: Decimal | None = None
    office_space_m2: int | None = None
    target_date: date | None = None
    competing_locations: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class ProjectRecord(ProjectDraft, Outcome):
    """A saved project with its stage."""

    id: int = 0
    stage_key: str = ""
    stage_label: str = ""
    company_name: str = ""

    @property
    def confidential(self) -> bool:
        """A project with a code name is shown by that name outside the desk."""
        return bool(self.code_name)


@dataclass(frozen=True)
class StageChangeRecord:
    """One move in a project's history."""

    from_stage: str | None
    to_stage: str
    changed_at: datetime
    changed_by: str
    note: str


_DRAFT_FIELDS = tuple(f.name for f in fields(ProjectDraft))
_DECISIONS = frozenset({StageCategory.WON, StageCategory.LOST})
_OUTCOME_FIELDS = tuple(f.name for f in fields(Outcome))


def to_record(project: Project, stage_label: str, company_name: str) -> ProjectRecord:
    """The dataclass of an ORM project."""
    values = {name: getattr(project, name) for name in (*_DRAFT_FIELDS, *_OUTCOME_FIELDS)}
    values["competing_locations"] = tuple(project.competing_locations or ())
    return ProjectRecord(
        **values,
        id=project.id,
        stage_key=project.stage_key,
        stage_label=stage_label,
        company_name=company_name,
    )


class ProjectService:
    """Create, edit and move projects through the pipeline."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def pipeline(self) -> Pipeline:
        """The configured pipeline of this database."""
        with self._sessions.begin() as session:
            return _pipeline(session)

    def create(self, draft: ProjectDraft, *, by_user_id: int | None = None) -> ProjectRecord:
        """Save a new project in the pipeline's first stage (an inquiry)."""
        with self._sessions.begin() as session:
            clean = _validated(session, draft)
            pipeline = _pipeline(session)
            values = {name: getattr(clean, name) for name in _DRAFT_FIELDS}
            values["competing_locations"] = list(clean.competing_locations)
            values["received_on"] = clean.received_on or date.today()
            project = Project(**values, stage_key=pipeline.first_stage.key)
            project.stage_changes.append(
                StageChange(to_stage=pipeline.first_stage.key, changed_by_id=by_user_id)
            )
            session.add(project)
            session.flush()
            return _record(session, project, pipeline)

    def update(self, project_id: int, draft: ProjectDraft) -> ProjectRecord:
        """Replace a project's own fields (not its stage or outcome) with ``draft``'s."""
        with self._sessions.begin() as session:
            project = _load(session, project_id)
            clean = _validated(session, draft)
            for name in _DRAFT_FIELDS:
                if name != "received_on" or clean.received_on is not None:
                    setattr(project, name, getattr(clean, name))
            project.competing_locations = list(clean.competing_locations)
            session.flush()
            return _record(session, project, _pipeline(session))

    def get(self, project_id: int) -> ProjectRecord:
        """The project with this id."""
        with self._sessions.begin() as session:
            return _record(session, _load(session, project_id), _pipeline(session))

    def move(
        self,
        project_id: int,
        target: str,
        *,
        outcome: Outcome | None = None,
        by_user_id: int | None = None,
        note: str = "",
        when: datetime | None = None,
    ) -> ProjectRecord:
        """Move a project to stage ``target``, setting ``outcome`` fields in the same step.

        A move to Won or Lost without a decision date takes the day of the
        move. Nothing is saved when the move is refused.

        Raises:
            StageMoveError: the move is not allowed from the current stage,
                or the target stage needs fields the project lacks.
        """
        when = when or utc_now()
        with self._sessions.begin() as session:
            project = _load(session, project_id)
            pipeline = _pipeline(session)
            facts = _facts(project, outcome)
            decides = target in pipeline and pipeline.stage(target).category in _DECISIONS
            if facts.decision_date is None and decides:
                facts = replace(facts, decision_date=when.date())
            pipeline.check_move(project.stage_key, target, facts)
            if outcome is not None:
                for name in _OUTCOME_FIELDS:
                    setattr(project, name, getattr(outcome, name))
            project.decision_date = facts.decision_date
            session.add(
                StageChange(
                    project_id=project.id,
                    from_stage=project.stage_key,
                    to_stage=target,
                    changed_at=when,
                    changed_by_id=by_user_id,
                    note=note,
                )
            )
            project.stage_key = target
            session.flush()
            return _record(session, project, pipeline)

    def history(self, project_id: int) -> tuple[StageChangeRecord, ...]:
        """Every stage change of a project, oldest first."""
        with self._sessions.begin() as session:
            _load(session, project_id)
            rows = session.execute(
                select(StageChange, User.name)
                .outerjoin(User, User.id == StageChange.changed_by_id)
                .where(StageChange.project_id == project_id)
                .order_by(StageChange.changed_at, StageChange.id)
            ).all()
            return tuple(
                StageChangeRecord(c.from_stage, c.to_stage, c.changed_at, name or "", c.note)
                for c, name in rows
            )


def _pipeline(session: Session) -> Pipeline:
    stages = session.scalars(select(Stage)).all()
    return Pipeline(StageDefinition(s.key, s.label, s.category, s.position) for s in stages)


def _load(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(f"There is no project with id {project_id}.")
    return project


def _record(session: Session, project: Project, pipeline: Pipeline) -> ProjectRecord:
    company = session.get_one(Company, project.company_id)
    name = company.name_en or company.name_de or company.name_ja
    return to_record(project, pipeline.stage(project.stage_key).label, name)


def _facts(project: Project, outcome: Outcome | None) -> ProjectFacts:
    source = outcome if outcome is not None else project
    return ProjectFacts(
        decision_date=source.decision_date,
        lost_reason=source.lost_reason,
        lost_to_location=source.lost_to_location,
        trade_registered_on=source.trade_registered_on,
        register_entry_on=source.register_entry_on,
        permits_status=source.permits_status,
        lease_signed_on=source.lease_signed_on,
        opened_on=source.opened_on,
        jobs_at_opening=source.jobs_at_opening,
    )


def _validated(session: Session, draft: ProjectDraft) -> ProjectDraft:
    problems = Problems()
    draft = replace(
        draft,
        title=draft.title.strip(),
        code_name=draft.code_name.strip(),
        competing_locations=tuple(loc.strip() for loc in draft.competing_locations if loc.strip()),
    )
    if not draft.title:
        problems.add("title", "Title", "enter a title for the project")
    for name, label in (
        ("planned_jobs", "Planned jobs"),
        ("office_space_m2", "Office space (m²)"),
        ("planned_investment", "Planned investment (EUR)"),
    ):
        value = getattr(draft, name)
        if value is not None and value < 0:
            problems.add(name, label, f"cannot be negative (got {value})")
    if draft.company_id is None or session.get(Company, draft.company_id) is None:
        problems.add("company_id", "Company", f"there is no company with id {draft.company_id}")
    problems.check_reference(session, Partner, draft.partner_id, "partner_id", "Referring partner")
    problems.check_reference(session, Event, draft.event_id, "event_id", "Event")
    problems.check_reference(session, User, draft.owner_id, "owner_id", "Owner")
    problems.raise_if_any()
    return draft
