"""What happened with a project or company: stage spans, activities and tasks, in time order.

The project page shows three views of the same story: how long the project
stayed in each stage (:class:`StageSpan`), what was done -- calls, meetings,
visits and stage moves, newest first (:class:`TimelineEntry`) -- and what is
still to do (:class:`TaskLine`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select, true
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import (
    Activity,
    Contact,
    Project,
    Stage,
    Task,
    User,
    activity_contact,
    activity_user,
)
from leadtracker.db.models.base import utc_now
from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.messages import text
from leadtracker.domain.names import PersonName
from leadtracker.domain.office import office_date
from leadtracker.domain.pipeline.stages import stage_name
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.projects import StageChangeRecord, stage_history

#: Entries a timeline shows at most, newest first.
TIMELINE_LIMIT = 500


class EntryKind(StrEnum):
    """What a timeline entry is: an activity of some kind, or a stage move."""

    STAGE_MOVE = "stage_move"
    CALL = ActivityKind.CALL.value
    MEETING = ActivityKind.MEETING.value
    EMAIL = ActivityKind.EMAIL.value
    SITE_VISIT = ActivityKind.SITE_VISIT.value
    EVENT = ActivityKind.EVENT.value
    NOTE = ActivityKind.NOTE.value


@dataclass(frozen=True)
class StageSpan:
    """A stretch of time a project spent in one stage."""

    stage_key: str
    stage_label: str
    entered_at: datetime
    left_at: datetime | None  # None: the current stage
    days: int  # office days from entering to leaving (or today)
    changed_by: str
    note: str


@dataclass(frozen=True)
class TimelineEntry:
    """One thing that happened: an activity or a stage move."""

    kind: EntryKind
    at: datetime
    title: str  # a stage move's: a Text the interface translates
    text: str
    people: tuple[str, ...]  # contacts who took part (display names)
    staff: tuple[str, ...]
    activity_id: int | None = None


@dataclass(frozen=True)
class TaskLine:
    """A task of the project or company, open or done."""

    id: int
    title: str
    due_on: date | None
    owner: str
    done_at: datetime | None
    notes: str
    owner_id: int | None = None
    project: str = ""  # the project it is about (code name first), where several are shown
    project_id: int | None = None


@dataclass(frozen=True)
class ProjectStory:
    """All a project's window shows below its details."""

    spans: tuple[StageSpan, ...]
    entries: tuple[TimelineEntry, ...]
    tasks: tuple[TaskLine, ...]


@dataclass(frozen=True)
class ContactStory:
    """What a contact's record shows of the work: their activities, their company's tasks."""

    entries: tuple[TimelineEntry, ...]  # the activities the contact took part in
    tasks: tuple[TaskLine, ...]  # of the contact's company and its projects


class TimelineService:
    """Reads a project's stage spans, timeline and tasks."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def project_story(
        self, project_id: int, *, now: datetime | None = None, limit: int = TIMELINE_LIMIT
    ) -> ProjectStory:
        """Stage spans, timeline and tasks of a project, read in one transaction."""
        with self._sessions.begin() as session:
            _require(session, project_id)
            history = stage_history(session, project_id)
            labels = stage_labels(session)
            return ProjectStory(
                spans=spans_of(history, labels, now or utc_now()),
                entries=_project_entries(session, project_id, history, labels, limit),
                tasks=task_lines(session, Task.project_id == project_id),
            )

    def stage_spans(self, project_id: int, *, now: datetime | None = None) -> tuple[StageSpan, ...]:
        """Each stage the project was in, oldest first, with the days spent there."""
        return self.project_story(project_id, now=now).spans

    def for_project(
        self, project_id: int, *, limit: int = TIMELINE_LIMIT
    ) -> tuple[TimelineEntry, ...]:
        """Activities and stage moves of a project, newest first."""
        return self.project_story(project_id, limit=limit).entries

    def for_company(
        self, company_id: int, *, limit: int = TIMELINE_LIMIT
    ) -> tuple[TimelineEntry, ...]:
        """Activities with a company (of all its projects too), newest first."""
        with self._sessions.begin() as session:
            return tuple(
                activity_entries(
                    session, select(Activity).where(Activity.company_id == company_id), limit
                )
            )

    def contact_story(self, contact_id: int, *, limit: int = TIMELINE_LIMIT) -> ContactStory:
        """The activities a contact took part in (newest first) and their company's tasks.

        Raises:
            NotFoundError: there is no such contact.
        """
        with self._sessions.begin() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise NotFoundError(text("There is no contact with id {id}.", id=contact_id))
            took_part = select(activity_contact.c.activity_id).where(
                activity_contact.c.contact_id == contact_id
            )
            entries = activity_entries(
                session, select(Activity).where(Activity.id.in_(took_part)), limit
            )
            company_id = contact.company_id
            tasks = _company_tasks(session, company_id) if company_id is not None else ()
            return ContactStory(tuple(entries), tasks)

    def company_tasks(self, company_id: int) -> tuple[TaskLine, ...]:
        """Tasks of a company and of its projects: open ones by due date first, then done ones."""
        with self._sessions.begin() as session:
            return _company_tasks(session, company_id)

    def tasks(
        self, *, project_id: int | None = None, company_id: int | None = None
    ) -> tuple[TaskLine, ...]:
        """Tasks of a project or company: open ones by due date first, then done ones."""
        with self._sessions.begin() as session:
            return task_lines(
                session,
                true() if project_id is None else Task.project_id == project_id,
                true() if company_id is None else Task.company_id == company_id,
            )


def _company_tasks(session: Session, company_id: int) -> tuple[TaskLine, ...]:
    titles = {
        project_id: code_name or title
        for project_id, title, code_name in session.execute(
            select(Project.id, Project.title, Project.code_name).where(
                Project.company_id == company_id
            )
        )
    }
    lines = task_lines(
        session, or_(Task.company_id == company_id, Task.project_id.in_(list(titles)))
    )
    return tuple(
        replace(line, project=titles.get(line.project_id, "")) if line.project_id else line
        for line in lines
    )


def _require(session: Session, project_id: int) -> None:
    if session.get(Project, project_id) is None:
        raise NotFoundError(text("There is no project with id {id}.", id=project_id))


def stage_labels(session: Session) -> dict[str, str]:
    """Stage key -> the stage's name (in ``session``)."""
    return {key: label for key, label in session.execute(select(Stage.key, Stage.label))}


def spans_of(
    history: tuple[StageChangeRecord, ...], labels: dict[str, str], now: datetime
) -> tuple[StageSpan, ...]:
    """The stretches between a project's stage changes, with the office days in each."""
    spans = []
    for number, change in enumerate(history):
        left = history[number + 1].changed_at if number + 1 < len(history) else None
        days = (office_date(left or now) - office_date(change.changed_at)).days
        spans.append(
            StageSpan(
                stage_key=change.to_stage,
                stage_label=labels.get(change.to_stage, change.to_stage),
                entered_at=change.changed_at,
                left_at=left,
                days=max(0, days),
                changed_by=change.changed_by,
                note=change.note,
            )
        )
    return tuple(spans)


def _project_entries(
    session: Session,
    project_id: int,
    history: tuple[StageChangeRecord, ...],
    labels: dict[str, str],
    limit: int,
) -> tuple[TimelineEntry, ...]:
    activities = activity_entries(
        session, select(Activity).where(Activity.project_id == project_id), limit
    )
    moves = [
        TimelineEntry(
            kind=EntryKind.STAGE_MOVE,
            at=change.changed_at,
            title=_move_title(labels, change),
            text=change.note,
            people=(),
            staff=(change.changed_by,) if change.changed_by else (),
        )
        for change in history
    ]
    return tuple(sorted([*activities, *moves], key=lambda e: e.at, reverse=True)[:limit])


def task_lines(session: Session, *conditions: ColumnElement[bool]) -> tuple[TaskLine, ...]:
    """Tasks matching ``conditions``: open ones by due date first, then done ones."""
    rows = session.execute(
        select(Task, User.name)
        .outerjoin(User, User.id == Task.owner_id)
        .where(*conditions)
        .order_by(Task.done_at.is_not(None), Task.due_on.is_(None), Task.due_on, Task.id)
    ).all()
    return tuple(
        TaskLine(
            t.id, t.title, t.due_on, owner or "", t.done_at, t.notes, t.owner_id, "", t.project_id
        )
        for t, owner in rows
    )


def _move_title(labels: dict[str, str], change: StageChangeRecord) -> str:
    """``Inquiry → Qualified`` (the first stage alone), stage names the interface translates."""
    target = stage_name(labels.get(change.to_stage, change.to_stage))
    if change.from_stage is None:
        return target
    source = stage_name(labels.get(change.from_stage, change.from_stage))
    return text("{source} → {target}", source=source, target=target)


def activity_entries(session: Session, query: Select[Any], limit: int) -> list[TimelineEntry]:
    """Timeline entries of the activities ``query`` selects, newest first, with who took part."""
    ordered = query.order_by(Activity.occurred_at.desc(), Activity.id.desc()).limit(limit)
    activities: list[Activity] = list(session.scalars(ordered))
    ids = [a.id for a in activities]
    people: dict[int, list[str]] = {}
    staff: dict[int, list[str]] = {}
    if ids:
        for activity_id, contact in session.execute(
            select(activity_contact.c.activity_id, Contact)
            .join(Contact, Contact.id == activity_contact.c.contact_id)
            .where(activity_contact.c.activity_id.in_(ids))
            .order_by(Contact.rank)
        ):
            people.setdefault(activity_id, []).append(PersonName.of(contact).display)
        for activity_id, name in session.execute(
            select(activity_user.c.activity_id, User.name)
            .join(User, User.id == activity_user.c.user_id)
            .where(activity_user.c.activity_id.in_(ids))
        ):
            staff.setdefault(activity_id, []).append(name)
    return [
        TimelineEntry(
            kind=EntryKind(a.kind.value),
            at=a.occurred_at,
            title=a.subject,
            text=a.text,
            people=tuple(people.get(a.id, ())),
            staff=tuple(staff.get(a.id, ())),
            activity_id=a.id,
        )
        for a in activities
    ]
