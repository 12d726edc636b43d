"""The history of a record: every change the audit trail holds for it, oldest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.audit import AUDITED
from leadtracker.db.models import AuditEntry
from leadtracker.domain.errors import DomainError
from leadtracker.domain.record_ids import is_record_id

#: The kinds of record that have a history, by the name the trail uses.
RECORD_TYPES: tuple[str, ...] = tuple(AUDITED.values())


@dataclass(frozen=True)
class HistoryLine:
    """One recorded change of one field."""

    at: datetime
    staff: str
    action: str  # create, update, delete
    field: str
    old_value: str | None
    new_value: str | None


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
        with self._sessions() as session:
            entries = session.scalars(
                select(AuditEntry)
                .where(AuditEntry.record_type == record_type, AuditEntry.record_id == record_id)
                .order_by(AuditEntry.at, AuditEntry.id)
            )
            return tuple(
                HistoryLine(e.at, e.staff_name, e.action, e.field, e.old_value, e.new_value)
                for e in entries
            )
