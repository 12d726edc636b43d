"""Checking a database: file integrity, schema version, what it holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.migrate import schema_status
from leadtracker.db.models import Activity, Company, Contact, Project, Task


@dataclass(frozen=True)
class CheckReport:
    """The result of checking a database."""

    integrity: tuple[str, ...]
    schema_current: str | None
    schema_head: str
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        """The file is intact and its schema is this program's."""
        return self.integrity == ("ok",) and self.schema_current == self.schema_head


_COUNTED = (
    ("companies", Company),
    ("contacts", Contact),
    ("projects", Project),
    ("activities", Activity),
    ("tasks", Task),
)


def _counts(session: Session) -> dict[str, int]:
    return {
        name: session.scalar(select(func.count()).select_from(model)) or 0
        for name, model in _COUNTED
    }


class MaintenanceService:
    """Integrity and schema checks, and what a database holds."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def counts(self) -> dict[str, int]:
        """How many companies, contacts, projects, activities and tasks there are."""
        with self._sessions() as session:
            session.connection(execution_options=READ_ONLY)
            return _counts(session)

    def check(self, *, full: bool = True) -> CheckReport:
        """Run ``PRAGMA integrity_check`` (``quick_check`` when not ``full``)."""
        pragma = "integrity_check" if full else "quick_check"
        with self._sessions() as session:  # read only: no write lock, ends in a rollback
            conn = session.connection(execution_options=READ_ONLY)
            try:
                integrity = tuple(str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}"))
                status = schema_status(conn)
            except DatabaseError as error:  # damaged beyond what the check itself can read
                return CheckReport((f"unreadable: {error.orig}",), None, "", {})
            if integrity != ("ok",):  # counting could fail on the damaged pages
                return CheckReport(integrity, status.current, status.head, {})
            counts = _counts(session)
        return CheckReport(integrity, status.current, status.head, counts)
