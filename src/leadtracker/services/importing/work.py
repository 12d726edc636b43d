"""Importing activities and tasks from a workbook, linked to its companies, projects and contacts.

Activities and tasks hang on companies and projects, and an activity on the
contacts who took part, so they are imported with the workbook they were
exported in (:mod:`.workbook`): each row refers to those by the
workbook's IDs (``Company ID``, ``Project ID``, ``Contact IDs``). Staff are
found by name or initials.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from leadtracker.db.models import Activity, Contact, Project, Task, User
from leadtracker.domain.messages import text
from leadtracker.domain.spreadsheet_values import read_date
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.importing.columns import (
    ImportColumn,
    fitted,
    office_moment,
    text_of,
    vocabulary_reader,
)
from leadtracker.services.importing.references import Links, Names
from leadtracker.services.importing.rows import Row, SheetReader

_PLACE = (
    ImportColumn("company_ref", ("Company ID", "Unternehmens-ID", "企業ID")),
    ImportColumn("project_ref", ("Project ID", "Projekt-ID", "案件ID")),
    # Written by the export for people; the IDs link (names repeat).
    ImportColumn("company_name", ("Company", "Firma", "Unternehmen", "会社名", "企業")),
    ImportColumn("project_name", ("Project", "Projekt", "案件")),
)

ACTIVITY_COLUMNS: tuple[ImportColumn, ...] = fitted(
    Activity,
    (
        ImportColumn(
            "occurred_at",
            ("Occurred at", "Datum", "Zeitpunkt", "日時", "Stattgefunden am", "実施日時"),
            office_moment,
        ),
        ImportColumn("kind", ("Kind", "Art", "種類"), vocabulary_reader(ActivityKind)),
        *_PLACE,
        ImportColumn("subject", ("Subject", "Betreff", "件名")),
        ImportColumn("text", ("Text", "Notiz", "内容", "本文")),
        ImportColumn("contact_refs", ("Contact IDs", "Kontakt-IDs", "担当者ID")),
        ImportColumn("staff", ("Staff", "Mitarbeiter", "担当", "Mitarbeitende", "職員")),
        ImportColumn("created_by", ("Logged by", "Erfasst von", "記録者")),
    ),
)

TASK_COLUMNS: tuple[ImportColumn, ...] = fitted(
    Task,
    (
        ImportColumn("title", ("Title", "Aufgabe", "Titel", "件名", "タイトル")),
        ImportColumn("due_on", ("Due on", "Fällig am", "Fällig", "期限"), read_date),
        ImportColumn("done_at", ("Done at", "Erledigt am", "完了日時"), office_moment),
        ImportColumn("owner", ("Owner", "Zuständig", "担当者", "担当職員")),
        *_PLACE,
        ImportColumn("notes", ("Notes", "Notizen", "Bemerkungen", "メモ", "備考")),
    ),
)


def _place(
    session: Session, reader: SheetReader, row: Row, links: Links
) -> tuple[int | None, int | None, int | None]:
    """The company and project a row names, and the project's company (None without one)."""
    company = reader.find(row, "company_ref", lambda v: links.record("companies", v))
    project_id = reader.find(row, "project_ref", lambda v: links.record("projects", v))
    project = session.get(Project, project_id) if project_id is not None else None
    if project is None:
        return company, project_id, None
    if company is not None and company != project.company_id:
        reader.problem(row, "company_ref", text("is not the company of the project"))
    return company, project_id, project.company_id


@dataclass(frozen=True)
class _People:
    """The contacts of the workbook and all staff, by id, read at once (not one by one)."""

    contacts: dict[int, Contact]
    staff: dict[int, User]

    @classmethod
    def of(cls, session: Session, links: Links) -> _People:
        ids = sorted(links.all("contacts"))
        contacts: dict[int, Contact] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            contacts.update(
                (c.id, c) for c in session.scalars(select(Contact).where(Contact.id.in_(chunk)))
            )
        return cls(contacts, {u.id: u for u in session.scalars(select(User))})


_CHUNK = 10_000  # ids in one IN (…): well below SQLite's limit of bound values


def _staff_list(names: Names, value: Any) -> tuple[int, ...]:
    parts = (part.strip() for part in text_of(value).split(","))
    found = (names.staff(part) for part in parts if part)
    return tuple(user for user in found if user is not None)


def import_activities(session: Session, reader: SheetReader, names: Names, links: Links) -> int:
    """Add the activities of a workbook's Activities sheet; how many."""
    people = _People.of(session, links)
    added = 0
    for row in reader:
        named, project, of_project = _place(session, reader, row, links)
        company = of_project or named  # an activity is always filed under its company too
        contacts = reader.find(row, "contact_refs", lambda v: links.records("contacts", v)) or ()
        staff = reader.find(row, "staff", lambda v: _staff_list(names, v)) or ()
        author = reader.find(row, "created_by", names.staff)
        occurred_at, kind = row.values.get("occurred_at"), row.values.get("kind")
        reader.require(row, "occurred_at", occurred_at, text("enter when it happened"))
        reader.require(row, "kind", kind, text("enter what it was: Call, Meeting, Email …"))
        placed = company is not None or project is not None
        if not placed and not _given(reader, row, "company_ref", "project_ref"):
            reader.problem(row, "company_ref", text("an activity belongs to a company or project"))
        if occurred_at is None or kind is None or not placed:
            continue
        session.add(
            Activity(
                kind=kind,
                occurred_at=occurred_at,
                company_id=company,
                project_id=project,
                subject=row.values.get("subject", ""),
                text=row.values.get("text", ""),
                created_by_id=author,
                contacts=[people.contacts[i] for i in contacts if i in people.contacts],
                staff=[people.staff[i] for i in staff if i in people.staff],
            )
        )
        added += 1
    return added


def import_tasks(session: Session, reader: SheetReader, names: Names, links: Links) -> int:
    """Add the tasks of a workbook's Tasks sheet; how many."""
    added = 0
    for row in reader:
        company, project, _ = _place(session, reader, row, links)  # as entered
        owner = reader.find(row, "owner", names.staff)
        title = text_of(row.values.get("title"))
        reader.require(row, "title", title or None, text("enter what is to be done"))
        if not title:
            continue
        session.add(
            Task(
                title=title,
                due_on=row.values.get("due_on"),
                done_at=row.values.get("done_at"),
                owner_id=owner,
                company_id=company,
                project_id=project,
                notes=row.values.get("notes", ""),
            )
        )
        added += 1
    return added


def _given(reader: SheetReader, row: Row, *keys: str) -> bool:
    """Whether any of the fields ``keys`` has a value in the row (readable or not)."""
    return any(text_of(reader.cell(row, key)) for key in keys)
