"""Importing the desk's own network from a workbook: staff, partners and events.

What already exists is kept and used, not doubled: a staff member with the
same initials, a partner of the same name, an event of the same name on the
same day. The other rows are added. Projects, activities and tasks of the
same workbook then find them by name (see :mod:`.references`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from leadtracker.db.models import Event, Partner, User
from leadtracker.domain.errors import ValidationError
from leadtracker.domain.identifiers import clean_email, clean_website
from leadtracker.domain.messages import text
from leadtracker.domain.normalize import fold
from leadtracker.domain.spreadsheet_values import read_date, read_yes_no
from leadtracker.domain.vocabulary import PartnerKind
from leadtracker.services.importing.columns import ImportColumn, fitted, text_of, vocabulary_reader
from leadtracker.services.importing.references import Names
from leadtracker.services.importing.rows import Row, SheetReader


def _active(value: Any) -> bool | None:
    """Yes or no; an empty cell is no answer (a staff member is active unless it says no)."""
    return None if not text_of(value) else read_yes_no(value)


STAFF_COLUMNS: tuple[ImportColumn, ...] = fitted(
    User,
    (
        ImportColumn("name", ("Name", "名前", "氏名", "名称")),
        ImportColumn("initials", ("Initials", "Kürzel", "Initialen", "イニシャル")),
        ImportColumn("email", ("Email", "E-Mail", "メール")),
        ImportColumn("active", ("Active", "Aktiv", "在籍", "有効"), _active),
    ),
)

PARTNER_COLUMNS: tuple[ImportColumn, ...] = fitted(
    Partner,
    (
        ImportColumn("name", ("Name", "名前", "名称")),
        ImportColumn("kind", ("Kind", "Art", "種類"), vocabulary_reader(PartnerKind)),
        ImportColumn("website", ("Website", "Webseite", "ウェブサイト")),
        ImportColumn("notes", ("Notes", "Notizen", "Bemerkungen", "メモ", "備考")),
    ),
)

EVENT_COLUMNS: tuple[ImportColumn, ...] = fitted(
    Event,
    (
        ImportColumn("name", ("Name", "名前", "名称")),
        ImportColumn(
            "starts_on",
            ("Starts on", "Datum", "Beginn", "開催日", "Beginnt am", "開始日"),
            read_date,
        ),
        ImportColumn("location", ("Location", "Ort", "場所")),
        ImportColumn("organiser", ("Organiser", "Organizer", "Veranstalter", "主催", "主催者")),
        ImportColumn("notes", ("Notes", "Notizen", "Bemerkungen", "メモ", "備考")),
    ),
)


def _required(reader: SheetReader, row: Row, key: str, missing: str) -> str:
    """The stripped text of a field that must be given; a problem when it is empty."""
    text = text_of(row.values.get(key))
    if not text:
        reader.problem(row, key, missing)
    return text


def _cleaned(reader: SheetReader, row: Row, key: str, cleaner: Any) -> str:
    """A field's text through a ``clean_*`` function of the domain; its problems noted."""
    try:
        return str(cleaner(text_of(row.values.get(key))))
    except ValidationError as error:
        for problem in error.problems:
            reader.problem(row, key, problem.problem)
        return ""


def import_staff(session: Session, reader: SheetReader) -> int:
    """Add the staff members whose initials are new; how many were added."""
    taken = {fold(i) for i in session.scalars(select(User.initials))}
    added = 0
    for row in reader:
        name = _required(reader, row, "name", text("enter the staff member's name"))
        initials = _required(reader, row, "initials", text("enter the initials, e.g. BL"))
        email = _cleaned(reader, row, "email", clean_email)
        if not name or not initials or fold(initials) in taken:
            continue
        taken.add(fold(initials))
        active = row.values.get("active")
        session.add(User(name=name, initials=initials, email=email, active=active is not False))
        added += 1
    return added


def import_partners(session: Session, reader: SheetReader) -> int:
    """Add the partners whose names are new; how many were added."""
    known = {fold(n) for n in session.scalars(select(Partner.name))}
    added = 0
    for row in reader:
        name = _required(reader, row, "name", text("enter the partner's name"))
        website = _cleaned(reader, row, "website", clean_website)
        if not name or fold(name) in known:
            continue
        known.add(fold(name))
        kind = row.values.get("kind", PartnerKind.OTHER)
        notes = row.values.get("notes", "")
        session.add(Partner(name=name, kind=kind, website=website, notes=notes))
        added += 1
    return added


def import_events(session: Session, reader: SheetReader, names: Names) -> int:
    """Add the events not yet known by name and day; how many were added."""
    session.flush()  # partners of the same workbook are organisers
    names.refresh()
    known = {
        (fold(name), day) for name, day in session.execute(select(Event.name, Event.starts_on))
    }
    added = 0
    for row in reader:
        name = _required(reader, row, "name", text("enter the event's name"))
        organiser = reader.find(row, "organiser", names.partner)
        starts_on = row.values.get("starts_on")
        if not name or (fold(name), starts_on) in known:
            continue
        known.add((fold(name), starts_on))
        session.add(
            Event(
                name=name,
                starts_on=starts_on,
                location=row.values.get("location", ""),
                organiser_id=organiser,
                notes=row.values.get("notes", ""),
            )
        )
        added += 1
    return added
