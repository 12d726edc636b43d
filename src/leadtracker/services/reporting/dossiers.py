"""What printed documents tell about a company or a project, read in one transaction.

:class:`DossierService` gathers the plain data of a company dossier and of a
meeting briefing; ``reports/`` turns it into PDF pages without ever opening a
session itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Activity, Company, Event, Partner, Project, Task, User
from leadtracker.db.models.base import utc_now
from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.holidays import PublicHoliday, holidays_around
from leadtracker.domain.messages import text
from leadtracker.domain.names import sort_key
from leadtracker.domain.office import OFFICE_TIMEZONE, office_date
from leadtracker.domain.vocabulary import Language
from leadtracker.services.companies import CompanyRecord, company_chain, display_name
from leadtracker.services.contacts import ContactRecord, contacts_of
from leadtracker.services.network import UserRecord
from leadtracker.services.projects import ProjectRecord, stage_history
from leadtracker.services.projects import to_record as project_record
from leadtracker.services.timeline import (
    StageSpan,
    TaskLine,
    TimelineEntry,
    activity_entries,
    spans_of,
    stage_labels,
    task_lines,
)

#: A dossier shows the activities of this many days back ...
RECENT_DAYS = 365
#: ... but at least this many (a quiet company still shows its last contacts) ...
RECENT_AT_LEAST = 10
#: ... and at most this many: a dossier is read before a meeting, not an archive
#: (the count of the others is printed).
RECENT_AT_MOST = 30
#: A briefing shows this many of the project's last activities.
BRIEFING_ACTIVITIES = 8
#: Public holidays this many days either side of a meeting.
HOLIDAY_DAYS = 14
TOKYO = "Asia/Tokyo"


@dataclass(frozen=True)
class DossierProject:
    """A project as a dossier shows it: the record, who owns it, where it came from, its stages."""

    project: ProjectRecord
    owner: str
    partner: str
    event: str
    spans: tuple[StageSpan, ...]


@dataclass(frozen=True)
class CompanyDossier:
    """Everything a company dossier prints.

    ``chain`` is the company and its parents (nearest first); ``contacts`` are
    in protocol order; ``activities`` newest first; ``open_tasks`` by due date.
    """

    company: CompanyRecord
    chain: tuple[CompanyRecord, ...]
    subsidiaries: tuple[str, ...]
    contacts: tuple[ContactRecord, ...]
    projects: tuple[DossierProject, ...]
    activities: tuple[TimelineEntry, ...]
    open_tasks: tuple[TaskLine, ...]
    partners: tuple[str, ...]
    events: tuple[str, ...]
    printed_at: datetime
    #: Activities of the last year not among ``activities`` (beyond the most recent ones).
    activities_left_out: int = 0


@dataclass(frozen=True)
class MeetingBriefing:
    """Everything a meeting briefing prints; ``meeting_at`` is aware (Düsseldorf time)."""

    company: CompanyRecord
    project: DossierProject
    meeting_at: datetime
    attendees: tuple[ContactRecord, ...]
    open_tasks: tuple[TaskLine, ...]
    activities: tuple[TimelineEntry, ...]
    holidays: tuple[PublicHoliday, ...]
    printed_at: datetime
    #: The Japan Desk's staff at the table, in the order chosen.
    staff: tuple[UserRecord, ...] = ()


class DossierService:
    """Reads the data of company dossiers and meeting briefings."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def company_dossier(self, company_id: int, *, now: datetime | None = None) -> CompanyDossier:
        """The dossier of a company.

        Raises:
            NotFoundError: there is no company with this id.
        """
        now = now or utc_now()
        with self._sessions.begin() as session:
            chain = company_chain(session, company_id)
            company = chain[0]
            projects = _projects(session, Project.company_id == company_id, now)
            activities, left_out = _recent_activities(session, company_id, now)
            return CompanyDossier(
                company=company,
                chain=chain[1:],
                subsidiaries=tuple(
                    display_name(c)
                    for c in session.scalars(
                        select(Company)
                        .where(Company.parent_id == company_id)
                        .order_by(Company.name_sort, Company.id)
                    )
                ),
                contacts=contacts_of(session, company_id),
                projects=projects,
                activities=activities,
                activities_left_out=left_out,
                open_tasks=_open_tasks(session, company_id),
                partners=tuple(sorted({p.partner for p in projects if p.partner}, key=sort_key)),
                events=tuple(sorted({p.event for p in projects if p.event}, key=sort_key)),
                printed_at=now,
            )

    def meeting_briefing(
        self,
        project_id: int,
        meeting_on: date,
        at: time = time(10, 0),
        *,
        attendee_ids: tuple[int, ...] | None = None,
        staff_ids: tuple[int, ...] = (),
        language: Language = Language.GERMAN,
        now: datetime | None = None,
    ) -> MeetingBriefing:
        """The briefing for a meeting on a project at ``at`` o'clock Düsseldorf time.

        ``attendee_ids`` picks the company's contacts at the table (default: all
        of them), ``staff_ids`` the Japan Desk's staff members who attend.

        Raises:
            NotFoundError: there is no project with this id, an attendee is not
                one of the company's contacts, or there is no staff member with
                one of ``staff_ids``.
        """
        now = now or utc_now()
        meeting_at = datetime.combine(meeting_on, at, OFFICE_TIMEZONE)
        with self._sessions.begin() as session:
            found = _projects(session, Project.id == project_id, now)
            if not found:
                raise NotFoundError(f"There is no project with id {project_id}.")
            [project] = found
            company_id = project.project.company_id
            contacts = contacts_of(session, company_id)
            if attendee_ids is not None:
                known = {c.id: c for c in contacts}
                strangers = [i for i in attendee_ids if i not in known]
                if strangers:
                    company = project.project.company_name
                    raise NotFoundError(f"Contact {strangers[0]} is not a contact of {company}.")
                contacts = tuple(c for c in contacts if c.id in set(attendee_ids))
            return MeetingBriefing(
                staff=_staff(session, staff_ids),
                company=company_chain(session, company_id)[0],
                project=project,
                meeting_at=meeting_at,
                attendees=contacts,
                open_tasks=tuple(
                    t
                    for t in task_lines(session, Task.project_id == project_id)
                    if t.done_at is None
                ),
                activities=tuple(
                    activity_entries(
                        session,
                        select(Activity).where(Activity.project_id == project_id),
                        BRIEFING_ACTIVITIES,
                    )
                ),
                holidays=holidays_around(meeting_on, HOLIDAY_DAYS, language),
                printed_at=now,
            )


def _staff(session: Session, staff_ids: tuple[int, ...]) -> tuple[UserRecord, ...]:
    """The staff members with ``staff_ids``, in that order (each once)."""
    chosen = tuple(dict.fromkeys(staff_ids))
    users = {u.id: u for u in session.scalars(select(User).where(User.id.in_(chosen)))}
    for staff_id in chosen:
        if staff_id not in users:
            raise NotFoundError(text("There is no staff member with id {id}", id=staff_id))
    return tuple(
        UserRecord(u.id, u.name, u.initials, u.email, u.active) for u in (users[i] for i in chosen)
    )


def _projects(session: Session, condition: object, now: datetime) -> tuple[DossierProject, ...]:
    labels = stage_labels(session)
    rows = session.execute(
        select(Project, Company, User.name, Partner.name, Event.name)
        .join(Company, Company.id == Project.company_id)
        .outerjoin(User, User.id == Project.owner_id)
        .outerjoin(Partner, Partner.id == Project.partner_id)
        .outerjoin(Event, Event.id == Project.event_id)
        .where(condition)  # type: ignore[arg-type]
        .order_by(Project.received_on.desc(), Project.id.desc())
    ).all()
    return tuple(
        DossierProject(
            project=project_record(
                project, labels.get(project.stage_key, project.stage_key), display_name(company)
            ),
            owner=owner or "",
            partner=partner or "",
            event=event or "",
            spans=spans_of(stage_history(session, project.id), labels, now),
        )
        for project, company, owner, partner, event in rows
    )


def _recent_activities(
    session: Session, company_id: int, now: datetime
) -> tuple[tuple[TimelineEntry, ...], int]:
    """The last year's activities with the company, newest first, and how many more there are.

    At least the last :data:`RECENT_AT_LEAST` (older ones too), at most :data:`RECENT_AT_MOST`.
    """
    of_company = select(Activity).where(Activity.company_id == company_id)
    entries = activity_entries(session, of_company, RECENT_AT_MOST)
    since = datetime.combine(
        office_date(now) - timedelta(days=RECENT_DAYS), time(0), OFFICE_TIMEZONE
    )
    recent = [e for e in entries if e.at >= since]
    if len(recent) < RECENT_AT_LEAST:
        return tuple(entries[:RECENT_AT_LEAST]), 0
    in_the_year = session.scalar(
        select(func.count()).select_from(of_company.where(Activity.occurred_at >= since).subquery())
    )
    return tuple(recent), max(0, int(in_the_year or 0) - len(recent))


def _open_tasks(session: Session, company_id: int) -> tuple[TaskLine, ...]:
    """Open tasks of the company and of its projects, by due date."""
    projects = select(Project.id).where(Project.company_id == company_id)
    tasks = task_lines(
        session,
        or_(Task.company_id == company_id, Task.project_id.in_(projects)),
        Task.done_at.is_(None),
    )
    return tasks


__all__ = [
    "TOKYO",
    "CompanyDossier",
    "DossierProject",
    "DossierService",
    "MeetingBriefing",
]
