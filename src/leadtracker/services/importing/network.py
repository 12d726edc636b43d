"""Importing the desk's own network from a workbook: staff, partners and events.

What already exists is kept and used, not doubled: a staff member with the
same initials, a partner of the same name, an event of the same name on the
same day. The other rows are added, checked by the network service's own
checks (:func:`~leadtracker.services.network.check_staff_member` …), so a row
is refused for what the app's editors refuse, in their words. Projects,
activities and tasks of the same workbook then find them by name (see
:mod:`.references`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from leadtracker.db.models import Event, Partner, User
from leadtracker.domain.errors import ValidationError
from leadtracker.domain.normalize import fold
from leadtracker.domain.spreadsheet_values import read_date, read_yes_no
from leadtracker.domain.vocabulary import PartnerKind
from leadtracker.services._validation import Problems
from leadtracker.services.importing.columns import ImportColumn, fitted, text_of, vocabulary_reader
from leadtracker.services.importing.references import Names
from leadtracker.services.importing.rows import Row, SheetReader
from leadtracker.services.network import check_event_name, check_partner, check_staff_member


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


def _refused(reader: SheetReader, row: Row, problems: Problems) -> bool:
    """Note what the network service's checks found wrong in ``row``; whether anything was."""
    if problems.items:
        reader.refused(row, ValidationError(problems.items))
    return bool(problems.items)


def import_staff(session: Session, reader: SheetReader) -> int:
    """Add the staff members whose initials are new; how many were added."""
    taken = {fold(i) for i in session.scalars(select(User.initials))}
    added = 0
    for row in reader:
        problems, given = Problems(), row.values
        name, initials, email = check_staff_member(
            problems,
            text_of(given.get("name")),
            text_of(given.get("initials")),
            text_of(given.get("email")),
        )
        if _refused(reader, row, problems) or fold(initials) in taken:
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
        problems, given = Problems(), row.values
        name, website = check_partner(
            problems, text_of(given.get("name")), text_of(given.get("website"))
        )
        if _refused(reader, row, problems) or fold(name) in known:
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
        problems = Problems()
        name = check_event_name(problems, text_of(row.values.get("name")))
        organiser = reader.find(row, "organiser", names.partner)
        starts_on = row.values.get("starts_on")
        if _refused(reader, row, problems) or (fold(name), starts_on) in known:
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
