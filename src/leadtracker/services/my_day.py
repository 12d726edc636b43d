"""*My day*: tasks due, new inquiries waiting for an answer, and what was logged lately.

A task is *overdue* before today, *due today*, or *due this week* up to
Sunday (office time, Düsseldorf). An inquiry is *waiting* while its project
sits in the pipeline's first stage and nobody has called, written, met or
visited about it yet -- a note alone is no answer. An activity is *recently
logged* when it was saved and took place in the last :data:`RECENT_DAYS` days
(to correct it while it is fresh; old activities imported now are not news,
nor is a meeting planned ahead); for one staff member, the ones they logged or
took part in. Each section is capped; its full count comes with it, so a
large database still opens quickly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Activity, Project, Stage, Task, User, activity_user
from leadtracker.db.models.base import utc_now
from leadtracker.domain.office import office_date
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.companies import display_names

#: Rows shown per section at most (the count says how many there are).
SECTION_LIMIT = 100
#: How many days an activity counts as recently logged.
RECENT_DAYS = 7


@dataclass(frozen=True)
class DueTask:
    """An open task with its due date and what it belongs to."""

    id: int
    title: str
    due_on: date | None
    owner: str
    project_id: int | None
    company_id: int | None
    about: str  # "Company — project" or just the company
    owner_id: int | None = None


@dataclass(frozen=True)
class WaitingInquiry:
    """A new inquiry nobody has answered yet."""

    project_id: int
    title: str  # the code name for confidential projects
    company_id: int
    company: str
    received_on: date
    owner: str
    days_waiting: int
    owner_id: int | None = None


@dataclass(frozen=True)
class RecentActivity:
    """An activity logged lately, with what it is about."""

    id: int
    kind: ActivityKind
    occurred_at: datetime
    subject: str
    about: str  # "Company — project" or just the company
    project_id: int | None
    company_id: int | None


T = TypeVar("T")


@dataclass(frozen=True)
class Section(Generic[T]):
    """Up to :data:`SECTION_LIMIT` rows of a section and how many there are in all."""

    rows: tuple[T, ...]
    total: int


@dataclass(frozen=True)
class Day:
    """Everything *My day* shows, for one staff member or the whole desk."""

    today: date
    overdue: Section[DueTask]
    due_today: Section[DueTask]
    due_this_week: Section[DueTask]
    waiting: Section[WaitingInquiry]
    recent: Section[RecentActivity] = Section((), 0)


class MyDayService:
    """Reads the day's work; tasks are completed and corrected through :class:`WorkService`."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def day(
        self, *, owner_id: int | None = None, today: date | None = None, limit: int = SECTION_LIMIT
    ) -> Day:
        """The day for staff member ``owner_id``, or for everyone when ``None``."""
        today = today or office_date(utc_now())
        sunday = today + timedelta(days=6 - today.weekday())
        with self._sessions.begin() as session:
            open_tasks = select(Task).where(Task.done_at.is_(None))
            if owner_id is not None:
                open_tasks = open_tasks.where(Task.owner_id == owner_id)
            overdue = _tasks(session, open_tasks.where(Task.due_on < today), limit)
            due_today = _tasks(session, open_tasks.where(Task.due_on == today), limit)
            this_week = _tasks(
                session, open_tasks.where(Task.due_on > today, Task.due_on <= sunday), limit
            )
            waiting = _waiting(session, owner_id, today, limit)
            recent = _recent(session, owner_id, limit)
        return Day(today, overdue, due_today, this_week, waiting, recent)


def _count(session: Session, query: Select[Any]) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def _owners(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.name).where(User.id.in_(wanted)))
    return {user_id: name for user_id, name in rows}


def _project_titles(session: Session, ids: set[int | None]) -> dict[int, tuple[str, int]]:
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(
        select(Project.id, Project.title, Project.code_name, Project.company_id).where(
            Project.id.in_(wanted)
        )
    )
    return {pid: (code or title, company) for pid, title, code, company in rows}


def _about(
    session: Session, rows: list[Task] | list[Activity]
) -> dict[int, tuple[str, int | None]]:
    """Row id -> ("Company — project" or the company, the company's id)."""
    projects = _project_titles(session, {r.project_id for r in rows})
    companies = display_names(
        session, {r.company_id for r in rows} | {p[1] for p in projects.values()}
    )
    about: dict[int, tuple[str, int | None]] = {}
    for row in rows:
        if row.project_id is not None and row.project_id in projects:
            title, company_id = projects[row.project_id]
            about[row.id] = (f"{companies.get(company_id, '')} — {title}", company_id)
        elif row.company_id is not None:
            about[row.id] = (companies.get(row.company_id, ""), row.company_id)
        else:
            about[row.id] = ("", None)
    return about


def _recent(session: Session, owner_id: int | None, limit: int) -> Section[RecentActivity]:
    now = utc_now()
    since = now - timedelta(days=RECENT_DAYS)
    query = select(Activity).where(
        Activity.created_at >= since, Activity.occurred_at >= since, Activity.occurred_at <= now
    )
    if owner_id is not None:
        took_part = select(activity_user.c.activity_id).where(activity_user.c.user_id == owner_id)
        query = query.where(or_(Activity.created_by_id == owner_id, Activity.id.in_(took_part)))
    activities = list(
        session.scalars(query.order_by(Activity.created_at.desc(), Activity.id.desc()).limit(limit))
    )
    about = _about(session, activities)
    rows = tuple(
        RecentActivity(
            id=a.id,
            kind=a.kind,
            occurred_at=a.occurred_at,
            subject=a.subject or a.text.strip().split("\n", 1)[0],
            about=about[a.id][0],
            project_id=a.project_id,
            company_id=about[a.id][1],
        )
        for a in activities
    )
    total = len(rows) if len(rows) < limit else _count(session, query)
    return Section(rows, total)


def _tasks(session: Session, query: Select[Any], limit: int) -> Section[DueTask]:
    tasks = list(session.scalars(query.order_by(Task.due_on, Task.id).limit(limit)))
    owners = _owners(session, {t.owner_id for t in tasks})
    about = _about(session, tasks)
    rows = [
        DueTask(
            id=task.id,
            title=task.title,
            due_on=task.due_on,
            owner=owners.get(task.owner_id, "") if task.owner_id else "",
            project_id=task.project_id,
            company_id=about[task.id][1],
            about=about[task.id][0],
            owner_id=task.owner_id,
        )
        for task in tasks
    ]
    total = len(rows) if len(rows) < limit else _count(session, query)
    return Section(tuple(rows), total)


def _waiting(
    session: Session, owner_id: int | None, today: date, limit: int
) -> Section[WaitingInquiry]:
    first_stage = session.scalar(select(Stage.key).order_by(Stage.position).limit(1))
    answered = exists().where(Activity.project_id == Project.id, Activity.kind != ActivityKind.NOTE)
    query = select(Project).where(Project.stage_key == first_stage, ~answered)
    if owner_id is not None:
        query = query.where(Project.owner_id == owner_id)
    projects = list(session.scalars(query.order_by(Project.received_on, Project.id).limit(limit)))
    owners = _owners(session, {p.owner_id for p in projects})
    companies = display_names(session, {p.company_id for p in projects})
    rows = tuple(
        WaitingInquiry(
            project_id=p.id,
            title=p.code_name or p.title,
            company_id=p.company_id,
            company=companies.get(p.company_id, ""),
            received_on=p.received_on,
            owner=owners.get(p.owner_id, "") if p.owner_id else "",
            days_waiting=max(0, (today - p.received_on).days),
            owner_id=p.owner_id,
        )
        for p in projects
    )
    total = len(rows) if len(rows) < limit else _count(session, query)
    return Section(rows, total)
