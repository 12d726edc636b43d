"""Projects and the pipeline: create and edit them, move them between stages."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import (
    Activity,
    Company,
    Event,
    Partner,
    Project,
    Stage,
    StageChange,
    Task,
    User,
)
from leadtracker.db.models.base import utc_now
from leadtracker.domain.errors import NotFoundError, ValidationError
from leadtracker.domain.messages import text
from leadtracker.domain.office import OFFICE_TIMEZONE, office_date
from leadtracker.domain.pipeline.outcomes import (
    OUTCOME_FIELDS,
    Outcome,
    OutcomeUpdate,
    invalid_values,
    negative_numbers,
    outcome_of,
)
from leadtracker.domain.pipeline.stages import Pipeline, StageDefinition, outcome_after
from leadtracker.domain.vocabulary import ProjectSource, ProjectType
from leadtracker.services._validation import Problems
from leadtracker.services.companies import display_name
from leadtracker.services.stage_moves import check_redo, check_undo, check_when, was_qualified
from leadtracker.services.versions import check_version


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
    version: int = 0  # counted up by every save (stage moves too)

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


@dataclass(frozen=True)
class StageMove:
    """A stage move as made: the project now, and what taking the move back restores.

    Attributes:
        change_id: The stage change the move added to the history.
        project: The project after the move.
        from_stage: Key of the stage it came from.
        from_label: Name of that stage.
        before: The outcome fields as they were before the move.
        note: The note kept with the stage change.
    """

    change_id: int
    project: ProjectRecord
    from_stage: str
    from_label: str
    before: Outcome
    note: str = ""


_DRAFT_FIELDS = tuple(f.name for f in fields(ProjectDraft))


def to_record(project: Project, stage_label: str, company_name: str) -> ProjectRecord:
    """The dataclass of an ORM project."""
    values = {name: getattr(project, name) for name in (*_DRAFT_FIELDS, *OUTCOME_FIELDS)}
    values["competing_locations"] = tuple(project.competing_locations or ())
    return ProjectRecord(
        **values,
        id=project.id,
        version=project.version,
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

    def check(self, draft: ProjectDraft) -> None:
        """Raise the :class:`ValidationError` saving ``draft`` would raise; save nothing."""
        with self._sessions() as session:
            checked_project(session, draft)

    def create(self, draft: ProjectDraft, *, by_user_id: int | None = None) -> ProjectRecord:
        """Save a new project in the pipeline's first stage (an inquiry)."""
        with self._sessions.begin() as session:
            clean = checked_project(session, draft)
            pipeline = _pipeline(session)
            values = {name: getattr(clean, name) for name in _DRAFT_FIELDS}
            values["competing_locations"] = list(clean.competing_locations)
            now = utc_now()
            received = clean.received_on or office_date(now)
            values["received_on"] = received
            project = Project(**values, stage_key=pipeline.first_stage.key)
            # History starts when the inquiry came in (an older one is entered late).
            started = now
            if received < office_date(now):
                started = datetime.combine(received, time(9), OFFICE_TIMEZONE)
            project.stage_changes.append(
                StageChange(
                    to_stage=pipeline.first_stage.key, changed_at=started, changed_by_id=by_user_id
                )
            )
            session.add(project)
            session.flush()
            return _record(session, project, pipeline)

    def update(
        self, project_id: int, draft: ProjectDraft, *, expected_version: int | None = None
    ) -> ProjectRecord:
        """Replace a project's own fields (not its stage or outcome) with ``draft``'s.

        Raises:
            RecordChangedError: the project is no longer at ``expected_version``.
        """
        with self._sessions.begin() as session:
            project = _load(session, project_id)
            check_version(session, project, expected_version, text("The project"))
            clean = checked_project(session, draft)
            if clean.company_id != project.company_id:
                # A project entered under the wrong company takes its work along.
                for model in (Activity, Task):
                    session.execute(
                        update(model)
                        .where(model.project_id == project_id)
                        .values(company_id=clean.company_id)
                    )
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
        outcome: OutcomeUpdate | None = None,
        by_user_id: int | None = None,
        note: str = "",
        when: datetime | None = None,
    ) -> ProjectRecord:
        """Move a project to stage ``target``, setting ``outcome`` fields in the same step.

        Fields the outcome leaves ``None`` keep their stored value. A move to
        Won or Lost without a decision date in the outcome is decided on the
        day of the move (in Düsseldorf). Reopening a lost or withdrawn project
        clears its decision and loss; winning clears a loss. Nothing is saved
        when the move is refused.

        Raises:
            StageMoveError: the move is not allowed from the current stage,
                or the target stage needs fields the project lacks.
            ValidationError: an outcome value or ``when`` is not acceptable.
        """
        return self.move_undoable(
            project_id, target, outcome=outcome, by_user_id=by_user_id, note=note, when=when
        ).project

    def move_undoable(
        self,
        project_id: int,
        target: str,
        *,
        outcome: OutcomeUpdate | None = None,
        by_user_id: int | None = None,
        note: str = "",
        when: datetime | None = None,
    ) -> StageMove:
        """:meth:`move`, returning what :meth:`undo_move` needs to take the move back."""
        when = when or utc_now()
        update = outcome or OutcomeUpdate()
        # Outcome days are days that have passed in Düsseldorf, whenever the move is dated.
        problems = invalid_values(update, office_date(utc_now()))
        if problems:
            raise ValidationError(problems)
        with self._sessions.begin() as session:
            project = _load(session, project_id)
            pipeline = _pipeline(session)
            category = pipeline.stage(target).category if target in pipeline else None
            after = outcome_after(category, outcome_of(project), update, office_date(when))
            return _moved(
                session,
                project,
                target,
                after,
                pipeline=pipeline,
                by_user_id=by_user_id,
                note=note.strip() or update.note.strip(),
                when=when,
            )

    def undo_move(self, move: StageMove) -> ProjectRecord:
        """Take back ``move``: delete its stage change, restore the stage and outcome before it.

        Raises:
            StageUndoError: the move is no longer the project's last stage
                change (it was moved again since, or the move was already
                taken back); nothing is changed.
            NotFoundError: the project no longer exists.
        """
        with self._sessions.begin() as session:
            project = _load(session, move.project.id)
            check_undo(session, project, move)
            for name in OUTCOME_FIELDS:
                setattr(project, name, getattr(move.before, name))
            project.stage_key = move.from_stage
            session.execute(delete(StageChange).where(StageChange.id == move.change_id))
            session.flush()
            return _record(session, project, _pipeline(session))

    def redo_move(
        self, move: StageMove, *, by_user_id: int | None = None, when: datetime | None = None
    ) -> StageMove:
        """Make ``move`` again after :meth:`undo_move` took it back.

        The project goes to the same stage with the same outcome fields and
        note; the stage rules are checked again (the pipeline may have
        changed) and the move is recorded as a new stage change by
        ``by_user_id``.

        Raises:
            StageUndoError: the move was not taken back, or the project has
                been moved since; nothing is changed.
            StageMoveError: the stage rules no longer allow the move.
        """
        when = when or utc_now()
        with self._sessions.begin() as session:
            project = _load(session, move.project.id)
            check_redo(session, project, move)
            return _moved(
                session,
                project,
                move.project.stage_key,
                outcome_of(move.project),
                pipeline=_pipeline(session),
                by_user_id=by_user_id,
                note=move.note,
                when=when,
            )

    def history(self, project_id: int) -> tuple[StageChangeRecord, ...]:
        """Every stage change of a project, oldest first."""
        with self._sessions.begin() as session:
            _load(session, project_id)
            return stage_history(session, project_id)


def _pipeline(session: Session) -> Pipeline:
    stages = session.scalars(select(Stage)).all()
    return Pipeline(StageDefinition(s.key, s.label, s.category, s.position) for s in stages)


def _load(session: Session, project_id: int) -> Project:
    project = session.get(Project, project_id)
    if project is None:
        raise NotFoundError(text("There is no project with id {id}.", id=project_id))
    return project


def _record(session: Session, project: Project, pipeline: Pipeline) -> ProjectRecord:
    company = session.get_one(Company, project.company_id)
    name = display_name(company)
    return to_record(project, pipeline.stage(project.stage_key).label, name)


def stage_history(session: Session, project_id: int) -> tuple[StageChangeRecord, ...]:
    """Every stage change of a project, oldest first, with who made it (in ``session``)."""
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


def _moved(
    session: Session,
    project: Project,
    target: str,
    after: Outcome,
    *,
    pipeline: Pipeline,
    by_user_id: int | None,
    note: str,
    when: datetime,
) -> StageMove:
    """Move ``project`` to ``target`` with the outcome ``after`` if the rules allow it."""
    source = project.stage_key
    before = outcome_of(project)
    history = stage_history(session, project.id)
    check_when(when, history)
    pipeline.check_move(source, target, after, qualified=was_qualified(pipeline, history))
    for name in OUTCOME_FIELDS:
        setattr(project, name, getattr(after, name))
    change = StageChange(
        project_id=project.id,
        from_stage=source,
        to_stage=target,
        changed_at=when,
        changed_by_id=by_user_id,
        note=note,
    )
    session.add(change)
    project.stage_key = target
    session.flush()
    return StageMove(
        change_id=change.id,
        project=_record(session, project, pipeline),
        from_stage=source,
        from_label=pipeline.stage(source).label,
        before=before,
        note=note,
    )


def checked_project(session: Session, draft: ProjectDraft) -> ProjectDraft:
    """``draft`` with its texts trimmed, or a :class:`ValidationError` listing every problem."""
    problems = Problems()
    draft = replace(
        draft,
        title=draft.title.strip(),
        code_name=draft.code_name.strip(),
        competing_locations=tuple(loc.strip() for loc in draft.competing_locations if loc.strip()),
    )
    if not draft.title:
        problems.add("title", text("Title"), text("enter a title for the project"))
    problems.check_texts(Project, draft)
    problems.items.extend(
        negative_numbers(
            (name, label, getattr(draft, name))
            for name, label in (
                ("planned_jobs", text("Planned jobs")),
                ("office_space_m2", text("Office space (m²)")),
                ("planned_investment", text("Planned investment (EUR)")),
            )
        )
    )
    if draft.company_id is None or session.get(Company, draft.company_id) is None:
        problems.add(
            "company_id",
            text("Company"),
            text("there is no company with id {id}", id=draft.company_id),
        )
    partner, event, owner = text("Referring partner"), text("Event"), text("Owner")
    problems.check_reference(session, Partner, draft.partner_id, "partner_id", partner)
    problems.check_reference(session, Event, draft.event_id, "event_id", event)
    problems.check_reference(session, User, draft.owner_id, "owner_id", owner)
    problems.raise_if_any()
    return draft


# The outcome of a move is the domain's; the service's callers find it here too.
__all__ = [
    "Outcome",
    "OutcomeUpdate",
    "ProjectDraft",
    "ProjectRecord",
    "ProjectService",
    "StageChangeRecord",
    "StageMove",
    "checked_project",
    "stage_history",
    "to_record",
]
