"""The day's work: logging activities and keeping tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Activity, Company, Contact, Project, Task, User, utc_now
from leadtracker.domain.errors import NotFoundError, ValidationError
from leadtracker.domain.messages import text
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services._validation import Problems


@dataclass(frozen=True)
class ActivityDraft:
    """A call, meeting, email, site visit, event or note to log."""

    kind: ActivityKind
    occurred_at: datetime
    company_id: int | None = None
    project_id: int | None = None
    subject: str = ""
    text: str = ""
    contact_ids: tuple[int, ...] = ()
    staff_ids: tuple[int, ...] = ()
    created_by_id: int | None = None


@dataclass(frozen=True)
class ActivityRecord(ActivityDraft):
    """A logged activity."""

    id: int = 0


@dataclass(frozen=True)
class TaskDraft:
    """A follow-up to do."""

    title: str
    due_on: date | None = None
    owner_id: int | None = None
    project_id: int | None = None
    company_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class TaskRecord(TaskDraft):
    """A saved task."""

    id: int = 0
    done_at: datetime | None = None


class WorkService:
    """Log activities and keep tasks."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def log_activity(self, draft: ActivityDraft) -> ActivityRecord:
        """Save an activity with the contacts and staff who took part."""
        with self._sessions.begin() as session:
            problems = Problems()
            if draft.company_id is None and draft.project_id is None:
                problems.add(
                    "company_id",
                    text("Company"),
                    text("an activity belongs to a company or project"),
                )
            if draft.occurred_at.tzinfo is None:
                problems.add("occurred_at", text("When"), text("give the time with its time zone"))
            company, project_label = text("Company"), text("Project")
            problems.check_reference(session, Company, draft.company_id, "company_id", company)
            problems.check_reference(
                session, Project, draft.project_id, "project_id", project_label
            )
            contacts = _existing(
                session,
                Contact,
                draft.contact_ids,
                problems,
                field="participants",
                label=text("Participants"),
            )
            staff = _existing(
                session, User, draft.staff_ids, problems, field="staff", label=text("Staff")
            )
            project = session.get(Project, draft.project_id) if draft.project_id else None
            company_id = draft.company_id
            if project is not None:
                if company_id is not None and company_id != project.company_id:
                    problems.add(
                        "company_id",
                        text("Company"),
                        text("is not the company of the project given"),
                    )
                company_id = project.company_id
            problems.raise_if_any()
            activity = Activity(
                kind=draft.kind,
                occurred_at=draft.occurred_at,
                company_id=company_id,
                project_id=draft.project_id,
                subject=draft.subject.strip(),
                text=draft.text,
                created_by_id=draft.created_by_id,
                contacts=contacts,
                staff=staff,
            )
            session.add(activity)
            session.flush()
            return ActivityRecord(
                kind=activity.kind,
                occurred_at=activity.occurred_at,
                company_id=activity.company_id,
                project_id=activity.project_id,
                subject=activity.subject,
                text=activity.text,
                contact_ids=tuple(c.id for c in contacts),
                staff_ids=tuple(u.id for u in staff),
                created_by_id=activity.created_by_id,
                id=activity.id,
            )

    def add_task(self, draft: TaskDraft) -> TaskRecord:
        """Save a task; it needs a title."""
        with self._sessions.begin() as session:
            problems = Problems()
            if not draft.title.strip():
                problems.add("title", text("Title"), text("enter what is to be done"))
            owner, project, company = text("Owner"), text("Project"), text("Company")
            problems.check_reference(session, User, draft.owner_id, "owner_id", owner)
            problems.check_reference(session, Project, draft.project_id, "project_id", project)
            problems.check_reference(session, Company, draft.company_id, "company_id", company)
            problems.raise_if_any()
            task = Task(
                title=draft.title.strip(),
                due_on=draft.due_on,
                owner_id=draft.owner_id,
                project_id=draft.project_id,
                company_id=draft.company_id,
                notes=draft.notes,
            )
            session.add(task)
            session.flush()
            return _task_record(task)

    def complete_task(self, task_id: int, when: datetime | None = None) -> TaskRecord:
        """Mark a task done."""
        if when is not None and when.tzinfo is None:
            raise ValidationError.single(
                "done_at", text("Done"), text("give the time with its time zone")
            )
        with self._sessions.begin() as session:
            task = session.get(Task, task_id)
            if task is None:
                raise NotFoundError(text("There is no task with id {id}.", id=task_id))
            task.done_at = when or utc_now()
            return _task_record(task)


M = TypeVar("M", Contact, User)


def _existing(
    session: Session,
    model: type[M],
    ids: tuple[int, ...],
    problems: Problems,
    *,
    field: str,
    label: str,
) -> list[M]:
    found = list(session.scalars(select(model).where(model.id.in_(ids)))) if ids else []
    missing = sorted(set(ids) - {row.id for row in found})
    if missing:
        ids_text = ", ".join(map(str, missing))
        problems.add(field, label, text("no record with id {ids}", ids=ids_text))
    return found


def _task_record(task: Task) -> TaskRecord:
    return TaskRecord(
        title=task.title,
        due_on=task.due_on,
        owner_id=task.owner_id,
        project_id=task.project_id,
        company_id=task.company_id,
        notes=task.notes,
        id=task.id,
        done_at=task.done_at,
    )
