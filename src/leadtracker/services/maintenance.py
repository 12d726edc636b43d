"""Checking a database: file integrity, schema version, what it holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

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


class MaintenanceService:
    """Integrity and schema checks."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def check(self, *, full: bool = True) -> CheckReport:
        """Run ``PRAGMA integrity_check`` (``quick_check`` when not ``full``)."""
        pragma = "integrity_check" if full else "quick_check"
        with self._sessions() as session:  # read only: ends in a rollback, never a commit
            conn = session.connection()
            try:
                integrity = tuple(str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}"))
                status = schema_status(conn)
            except DatabaseError as error:  # damaged beyond what the check itself can read
                return CheckReport((f"unreadable: {error.orig}",), None, "", {})
            if integrity != ("ok",):  # counting could fail on the damaged pages
                return CheckReport(integrity, status.current, status.head, {})
            counts = {
                name: session.scalar(select(func.count()).select_from(model)) or 0
                for name, model in (
                    ("companies", Company),
                    ("contacts", Contact),
                    ("projects", Project),
                    ("activities", Activity),
                    ("tasks", Task),
                )
            }
        return CheckReport(integrity, status.current, status.head, counts)
