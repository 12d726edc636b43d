"""The day's work: logging activities and keeping tasks, and correcting both later."""

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
from leadtracker.services._validation import Problems, stripped
from leadtracker.services.versions import check_version


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
    version: int = 1


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
    version: int = 1


class WorkService:
    """Log activities and keep tasks; correct, reschedule and reassign them later.

    Every change is one transaction the audit trail records. Editing takes the
    version the editor loaded (``expected_version``): a record saved by
    someone else meanwhile is refused with :class:`RecordChangedError`, never
    silently overwritten. Deleting goes through the trash
    (:class:`~leadtracker.services.safety.trash.TrashService`, kinds ``activity`` and
    ``task``).
    """

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def log_activity(self, draft: ActivityDraft) -> ActivityRecord:
        """Save an activity with the contacts and staff who took part."""
        with self._sessions.begin() as session:
            company_id, contacts, staff = _checked_activity(session, draft)
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
            return _activity_record(activity)

    def activity(self, activity_id: int) -> ActivityRecord:
        """One activity as saved (with its version, for :meth:`update_activity`).

        Raises:
            NotFoundError: there is no such activity (or it is in the trash).
        """
        with self._sessions.begin() as session:
            return _activity_record(_activity(session, activity_id))

    def update_activity(
        self, activity_id: int, draft: ActivityDraft, *, expected_version: int | None = None
    ) -> ActivityRecord:
        """Correct an activity: kind, when, subject, notes, who took part, its project.

        The author (``created_by_id``) stays who logged it.

        Raises:
            NotFoundError: there is no such activity.
            RecordChangedError: the activity is no longer at ``expected_version``.
            ValidationError: the draft is not valid (as for :meth:`log_activity`).
        """
        with self._sessions.begin() as session:
            activity = _activity(session, activity_id)
            check_version(session, activity, expected_version, text("The activity"))
            company_id, contacts, staff = _checked_activity(session, draft)
            activity.kind = draft.kind
            activity.occurred_at = draft.occurred_at
            activity.company_id = company_id
            activity.project_id = draft.project_id
            activity.subject = draft.subject.strip()
            activity.text = draft.text
            _replace(activity.contacts, contacts)
            _replace(activity.staff, staff)
            session.flush()
            return _activity_record(activity)

    def add_task(self, draft: TaskDraft) -> TaskRecord:
        """Save a task; it needs a title."""
        with self._sessions.begin() as session:
            _check_task(session, draft)
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

    def task(self, task_id: int) -> TaskRecord:
        """One task as saved (with its version, for :meth:`update_task`).

        Raises:
            NotFoundError: there is no such task (or it is in the trash).
        """
        with self._sessions.begin() as session:
            return _task_record(_task(session, task_id))

    def default_task_owner(self, *, project_id: int | None) -> int | None:
        """Who a new task of the project is for, unless chosen otherwise: the project's owner."""
        if project_id is None:
            return None
        with self._sessions.begin() as session:
            project = session.get(Project, project_id)
            return project.owner_id if project is not None else None

    def update_task(
        self, task_id: int, draft: TaskDraft, *, expected_version: int | None = None
    ) -> TaskRecord:
        """Correct a task: title, due date, owner, notes, what it is about.

        Raises:
            NotFoundError: there is no such task.
            RecordChangedError: the task is no longer at ``expected_version``.
            ValidationError: the draft is not valid (as for :meth:`add_task`).
        """
        with self._sessions.begin() as session:
            task = _task(session, task_id)
            check_version(session, task, expected_version, text("The task"))
            _check_task(session, draft)
            task.title = draft.title.strip()
            task.due_on = draft.due_on
            task.owner_id = draft.owner_id
            task.project_id = draft.project_id
            task.company_id = draft.company_id
            task.notes = draft.notes
            session.flush()
            return _task_record(task)

    def reschedule_task(
        self, task_id: int, due_on: date | None, *, expected_version: int | None = None
    ) -> TaskRecord:
        """Give a task another due date (``None``: no date)."""
        with self._sessions.begin() as session:
            task = _task(session, task_id)
            check_version(session, task, expected_version, text("The task"))
            task.due_on = due_on
            session.flush()
            return _task_record(task)

    def reassign_task(
        self, task_id: int, owner_id: int | None, *, expected_version: int | None = None
    ) -> TaskRecord:
        """Give a task to another staff member (``None``: nobody yet).

        Raises:
            ValidationError: there is no staff member ``owner_id``.
        """
        with self._sessions.begin() as session:
            task = _task(session, task_id)
            check_version(session, task, expected_version, text("The task"))
            problems = Problems()
            problems.check_reference(session, User, owner_id, "owner_id", text("Owner"))
            problems.raise_if_any()
            task.owner_id = owner_id
            session.flush()
            return _task_record(task)

    def complete_task(self, task_id: int, when: datetime | None = None) -> TaskRecord:
        """Mark a task done (undone again with :meth:`reopen_task`)."""
        if when is not None and when.tzinfo is None:
            raise ValidationError.single(
                "done_at", text("Done"), text("give the time with its time zone")
            )
        with self._sessions.begin() as session:
            task = _task(session, task_id)
            task.done_at = when or utc_now()
            session.flush()
            return _task_record(task)

    def reopen_task(self, task_id: int) -> TaskRecord:
        """Mark a done task as not done: it is open again, due as before."""
        with self._sessions.begin() as session:
            task = _task(session, task_id)
            task.done_at = None
            session.flush()
            return _task_record(task)


def _activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None or activity.trashed_in is not None:
        raise NotFoundError(text("There is no activity with id {id}.", id=activity_id))
    return activity


def _task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None or task.trashed_in is not None:
        raise NotFoundError(text("There is no task with id {id}.", id=task_id))
    return task


def _checked_activity(
    session: Session, draft: ActivityDraft
) -> tuple[int | None, list[Contact], list[User]]:
    """The activity's company, contacts and staff; raises what is wrong with ``draft``."""
    problems = Problems()
    problems.check_texts(Activity, stripped(draft))
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
    problems.check_reference(session, Project, draft.project_id, "project_id", project_label)
    contacts = _existing(
        session,
        Contact,
        draft.contact_ids,
        problems,
        field="participants",
        label=text("Participants"),
    )
    staff = _existing(session, User, draft.staff_ids, problems, field="staff", label=text("Staff"))
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
    return company_id, contacts, staff


def _check_task(session: Session, draft: TaskDraft) -> None:
    problems = Problems()
    problems.check_texts(Task, stripped(draft))
    if not draft.title.strip():
        problems.add("title", text("Title"), text("enter what is to be done"))
    owner, project, company = text("Owner"), text("Project"), text("Company")
    problems.check_reference(session, User, draft.owner_id, "owner_id", owner)
    problems.check_reference(session, Project, draft.project_id, "project_id", project)
    problems.check_reference(session, Company, draft.company_id, "company_id", company)
    problems.raise_if_any()


R = TypeVar("R", Contact, User)


def _replace(current: list[R], wanted: list[R]) -> None:
    """Make the collection ``current`` hold ``wanted`` (changing only what differs)."""
    for row in [row for row in current if row not in wanted]:
        current.remove(row)
    current.extend(row for row in wanted if row not in current)


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


def _activity_record(activity: Activity) -> ActivityRecord:
    return ActivityRecord(
        kind=activity.kind,
        occurred_at=activity.occurred_at,
        company_id=activity.company_id,
        project_id=activity.project_id,
        subject=activity.subject,
        text=activity.text,
        contact_ids=tuple(sorted(c.id for c in activity.contacts)),
        staff_ids=tuple(sorted(u.id for u in activity.staff)),
        created_by_id=activity.created_by_id,
        id=activity.id,
        version=activity.version,
    )


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
        version=task.version,
    )
