"""Tasks and planned meetings as an iCalendar file, contacts as vCards -- for Outlook and phones.

- **Calendar** (``.ics``, the ``icalendar`` package): one VTODO per task (due
  date, done or not) and one VEVENT per planned meeting, site visit or event
  (an activity dated in the future, an hour long). Every item has a stable
  UID (``task-17@leadtracker``) and a SEQUENCE that grows with each change,
  so importing the file again updates the items instead of doubling them.
- **Contacts** (``.vcf``, vCard 3.0, the ``vobject`` package): the name in
  kanji (else romaji) with the kana reading as ``X-PHONETIC-LAST-NAME`` /
  ``X-PHONETIC-FIRST-NAME`` and ``SORT-STRING`` (how Apple and Android sort
  Japanese names), ``FN`` as ``山田 太郎 (YAMADA Taro)``, company, title,
  email, phones, preferred language and a stable UID.

Files are written whole or not at all (a temporary file, then renamed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import vobject
from icalendar import Calendar, Event, Todo
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.models import Activity, Company, Contact, Project, Task, utc_now
from leadtracker.domain.names import PersonName, company_display_name
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.contacts import ContactRecord
from leadtracker.services.contacts import to_record as contact_record
from leadtracker.services.files import write_whole

PRODUCT_ID = "-//Japan Desk Düsseldorf//LeadTracker//EN"
UID_DOMAIN = "leadtracker"
#: Activities that are planned ahead and belong in a calendar.
MEETING_KINDS = (ActivityKind.MEETING, ActivityKind.SITE_VISIT, ActivityKind.EVENT)
MEETING_LENGTH = timedelta(hours=1)


@dataclass(frozen=True)
class CalendarReport:
    """What a calendar or contacts export wrote."""

    path: Path
    items: int


def uid(kind: str, record_id: int) -> str:
    """The stable UID of a record in calendars and address books."""
    return f"{kind}-{record_id}@{UID_DOMAIN}"


def sequence(updated_at: datetime | None) -> int:
    """A SEQUENCE that grows with every change: minutes since 2020 of the last change."""
    if updated_at is None:
        return 0
    moment = updated_at if updated_at.tzinfo else updated_at.replace(tzinfo=UTC)
    return max(0, int((moment - datetime(2020, 1, 1, tzinfo=UTC)).total_seconds() // 60))


class CalendarExport:
    """Writes tasks and planned meetings to ``.ics`` and contacts to ``.vcf``."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def calendar(self, path: Path, *, now: datetime | None = None) -> CalendarReport:
        """Every open task, tasks done in the last 30 days, and meetings from today on."""
        now = now or utc_now()
        calendar = Calendar()
        calendar.add("prodid", PRODUCT_ID)
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", "LeadTracker")
        with self._sessions() as session:
            session.connection(execution_options=READ_ONLY)
            items = [*_todos(session, now), *_events(session, now)]
        for item in items:
            calendar.add_component(item)
        write_whole(path, calendar.to_ical())
        return CalendarReport(path, len(items))

    def contacts(self, path: Path, *, company_id: int | None = None) -> CalendarReport:
        """The contacts (of one company, or all) as vCards 3.0 in one file."""
        with self._sessions() as session:
            session.connection(execution_options=READ_ONLY)
            query = select(Contact).order_by(Contact.id)
            if company_id is not None:
                query = query.where(Contact.company_id == company_id)
            contacts = [(contact_record(c), c.updated_at) for c in session.scalars(query)]
        cards = [vcard(record, updated) for record, updated in contacts]
        write_whole(path, "".join(cards).encode("utf-8"))
        return CalendarReport(path, len(cards))


def _context(session: Session, project_id: int | None, company_id: int | None) -> str:
    """The company (and project) an item is about, for its summary."""
    project = session.get(Project, project_id) if project_id else None
    company = session.get(Company, company_id or (project.company_id if project else None))
    names = (
        [company_display_name(company.name_en, company.name_de, company.name_ja)] if company else []
    )
    if project is not None:
        names.append(project.code_name or project.title)
    return " · ".join(names)


def _todos(session: Session, now: datetime) -> Iterable[Todo]:
    recent = now - timedelta(days=30)
    tasks = session.scalars(
        select(Task).where((Task.done_at.is_(None)) | (Task.done_at >= recent)).order_by(Task.id)
    )
    for task in tasks:
        todo = Todo()
        todo.add("uid", uid("task", task.id))
        todo.add("sequence", sequence(task.updated_at))
        todo.add("dtstamp", now)
        context = _context(session, task.project_id, task.company_id)
        todo.add("summary", f"{task.title} ({context})" if context else task.title)
        if task.notes:
            todo.add("description", task.notes)
        if task.due_on is not None:
            todo.add("due", task.due_on)
        if task.done_at is not None:
            todo.add("status", "COMPLETED")
            todo.add("completed", task.done_at)
        else:
            todo.add("status", "NEEDS-ACTION")
        yield todo


def _events(session: Session, now: datetime) -> Iterable[Event]:
    meetings = session.scalars(
        select(Activity)
        .where(Activity.kind.in_(MEETING_KINDS), Activity.occurred_at >= now - timedelta(days=1))
        .order_by(Activity.occurred_at, Activity.id)
    )
    for activity in meetings:
        event = Event()
        event.add("uid", uid("activity", activity.id))
        event.add("sequence", sequence(activity.updated_at))
        event.add("dtstamp", now)
        event.add("dtstart", activity.occurred_at)
        event.add("dtend", activity.occurred_at + MEETING_LENGTH)
        context = _context(session, activity.project_id, activity.company_id)
        title = activity.subject or activity.kind.label
        event.add("summary", f"{title} ({context})" if context else title)
        if activity.text:
            event.add("description", activity.text)
        people = [PersonName.of(c).display for c in activity.contacts]
        if people:
            event.add("x-leadtracker-attendees", ", ".join(people))
        yield event


def vcard(contact: ContactRecord, updated_at: datetime | None = None) -> str:
    """One contact as a vCard 3.0 (serialized, ending in CRLF)."""
    name = contact.name
    card = vobject.vCard()
    family = contact.family_kanji or contact.family_kana or contact.family_romaji
    given = contact.given_kanji or contact.given_kana or contact.given_romaji
    card.add("n").value = vobject.vcard.Name(family=family, given=given)
    card.add("fn").value = name.display or contact.email or f"#{contact.id}"
    romaji = contact.family_kanji or contact.family_kana or contact.given_kanji
    optional = (
        ("x-phonetic-last-name", contact.family_kana),
        ("x-phonetic-first-name", contact.given_kana),
        # N holds the kanji: the Latin name rides along for a LeadTracker that reads it back.
        ("x-leadtracker-family-romaji", contact.family_romaji if romaji else ""),
        ("x-leadtracker-given-romaji", contact.given_romaji if romaji else ""),
        ("sort-string", name.reading),
        ("title", contact.title),
        ("note", contact.notes),
    )
    for field, value in optional:
        if value:
            card.add(field).value = value
    if contact.company_name:
        card.add("org").value = [contact.company_name]
    if contact.email:
        card.add("email").value = contact.email
        card.email.type_param = "INTERNET"
    for number, kind in ((contact.phone, "WORK"), (contact.mobile, "CELL")):
        if number:
            phone = card.add("tel")
            phone.value = number
            phone.type_param = kind
    card.add("x-leadtracker-language").value = contact.preferred_language.value
    card.add("uid").value = uid("contact", contact.id)
    if updated_at is not None:
        card.add("rev").value = updated_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    serialized: str = card.serialize()
    return serialized
