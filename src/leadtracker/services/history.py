"""The history of a record: every change the audit trail holds for it, oldest first, readable.

The trail keeps columns and values as the database stores them
(``stage_key``: ``site_visit`` → ``lost``). Each :class:`HistoryLine` also
carries them made readable by the domain's field catalogue
(:mod:`leadtracker.domain.field_catalogue`): the field's name, and the old and
new value as words (a stage's or a vocabulary's word, a referenced record's
name, yes or no) or as the day, moment, amount or number itself. The command
line prints the English; the interface shows the same in its language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.audit import AUDITED, CREATE, DELETE
from leadtracker.db.models import AuditEntry, Contact, Event, Partner, Project, Stage, User
from leadtracker.db.trash_filter import seeing_trashed
from leadtracker.domain.errors import DomainError
from leadtracker.domain.field_catalogue import (
    NOTHING,
    FieldValue,
    field_entry,
    record_fields,
    references,
    shown,
)
from leadtracker.domain.names import PersonName
from leadtracker.domain.record_ids import is_record_id
from leadtracker.services.companies import display_names

#: The kinds of record that have a history, by the name the trail uses.
RECORD_TYPES: tuple[str, ...] = tuple(AUDITED.values())


@dataclass(frozen=True)
class ShownField:
    """One field of a created or deleted record: its name and value, readable."""

    label: str
    value: FieldValue


@dataclass(frozen=True)
class HistoryLine:
    """One recorded change of one field (or a record created or deleted whole).

    ``field``, ``old_value`` and ``new_value`` are as the trail stores them;
    ``label``, ``before`` and ``after`` are the same made readable, and
    ``fields`` the readable fields of a created (or deleted) record.
    """

    at: datetime
    staff: str
    action: str  # create, update, delete
    field: str
    old_value: str | None
    new_value: str | None
    label: str = ""
    before: FieldValue = NOTHING
    after: FieldValue = NOTHING
    fields: tuple[ShownField, ...] = ()


class HistoryService:
    """Reads the audit trail."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def of(self, record_type: str, record_id: int) -> tuple[HistoryLine, ...]:
        """The changes of one record, oldest first.

        Raises:
            DomainError: ``record_type`` is not a kind of record with a history.
        """
        if record_type not in RECORD_TYPES:
            kinds = ", ".join(RECORD_TYPES)
            raise DomainError(f"“{record_type}” has no history; the kinds are: {kinds}")
        if not is_record_id(record_id):  # no record has it (and SQLite could not be asked)
            return ()
        with seeing_trashed(self._sessions()) as session:
            entries = list(
                session.scalars(
                    select(AuditEntry)
                    .where(AuditEntry.record_type == record_type, AuditEntry.record_id == record_id)
                    .order_by(AuditEntry.at, AuditEntry.id)
                )
            )
            names = _Names(session, record_type, entries)
            return tuple(_line(record_type, e, names) for e in entries)


def _line(record_type: str, entry: AuditEntry, names: _Names) -> HistoryLine:
    """One trail entry with its field and values made readable."""
    label, before, after = "", NOTHING, NOTHING
    fields: list[ShownField] = []
    if entry.action in (CREATE, DELETE):
        whole = entry.new_value if entry.action == CREATE else entry.old_value
        for column, stored in record_fields(record_type, whole):
            described = field_entry(record_type, column)
            value = shown(described, stored, names.find)
            if value:
                fields.append(ShownField(described.label, value))
    else:
        described = field_entry(record_type, entry.field)
        label = described.label
        before = shown(described, entry.old_value, names.find)
        after = shown(described, entry.new_value, names.find)
    return HistoryLine(
        entry.at,
        entry.staff_name,
        entry.action,
        entry.field,
        entry.old_value,
        entry.new_value,
        label,
        before,
        after,
        tuple(fields),
    )


class _Names:
    """The stage names and record names the entries of one history point to, read at once."""

    def __init__(self, session: Session, record_type: str, entries: Iterable[AuditEntry]) -> None:
        wanted: dict[str, set[int]] = defaultdict(set)
        for entry in entries:
            stored: Iterable[tuple[str, str | None]]
            if entry.action in (CREATE, DELETE):
                whole = entry.new_value if entry.action == CREATE else entry.old_value
                stored = record_fields(record_type, whole)
            else:
                stored = ((entry.field, entry.old_value), (entry.field, entry.new_value))
            for column, value in stored:
                described = field_entry(record_type, column)
                wanted[described.refers_to].update(references(described, value))
        self._stages = {
            key: label for key, label in session.execute(select(Stage.key, Stage.label))
        }
        self._records = {
            kind: _record_names(session, kind, ids) for kind, ids in wanted.items() if ids
        }

    def find(self, kind: str, key: str | int) -> str | None:
        """A stage's name by its key (``kind`` "stage"), else a record's name by its id."""
        if kind == "stage":
            return self._stages.get(str(key))
        return self._records.get(kind, {}).get(int(key))


def _record_names(session: Session, kind: str, ids: set[int]) -> dict[int, str]:
    """The names to show of the records of ``kind`` with these ids."""
    if kind == "company":
        return display_names(session, ids)
    if kind == "contact":
        contacts = session.scalars(select(Contact).where(Contact.id.in_(ids)))
        return {c.id: PersonName.of(c).display for c in contacts}
    if kind == "project":  # a confidential project by its code name only
        projects = session.execute(
            select(Project.id, Project.code_name, Project.title).where(Project.id.in_(ids))
        )
        return {row.id: row.code_name or row.title for row in projects}
    if kind == "partner":
        rows = session.execute(select(Partner.id, Partner.name).where(Partner.id.in_(ids)))
    elif kind == "event":
        rows = session.execute(select(Event.id, Event.name).where(Event.id.in_(ids)))
    elif kind == "staff":
        rows = session.execute(select(User.id, User.name).where(User.id.in_(ids)))
    else:
        return {}
    return {record_id: name for record_id, name in rows}
