"""Checking a database: file integrity, schema version, what it holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.migrate import schema_status
from leadtracker.db.models import Activity, Company, Contact, Project, Task
from leadtracker.db.search_index import SearchIndex
from leadtracker.db.sqlite_files import is_readonly
from leadtracker.domain.vocabulary import RecordKind


@dataclass(frozen=True)
class CheckReport:
    """The result of checking a database."""

    integrity: tuple[str, ...]
    schema_current: str | None
    schema_head: str
    counts: dict[str, int]
    #: Problems of the search index (checked by the full check only).
    search: tuple[str, ...] = ()
    #: False when the index's own check could not run (it writes; the file is read-only).
    search_checked: bool = True

    @property
    def ok(self) -> bool:
        """The file is intact, its schema is this program's, the search index agrees."""
        return (
            self.integrity == ("ok",)
            and self.schema_current == self.schema_head
            and not self.search
        )


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


_INDEXED = {
    RecordKind.COMPANY: "companies",
    RecordKind.CONTACT: "contacts",
    RecordKind.PROJECT: "projects",
    RecordKind.ACTIVITY: "activities",
}


class MaintenanceService:
    """Integrity and schema checks, and what a database holds."""

    def __init__(self, sessions: sessionmaker[Session], index: SearchIndex | None = None) -> None:
        self._sessions = sessions
        self._index = index

    def counts(self) -> dict[str, int]:
        """How many companies, contacts, projects, activities and tasks there are."""
        with self._sessions() as session:
            session.connection(execution_options=READ_ONLY)
            return _counts(session)

    def check(self, *, full: bool = True) -> CheckReport:
        """Run ``PRAGMA integrity_check`` (``quick_check`` when not ``full``).

        The full check also compares the search index with the records and
        runs the index's own integrity check.
        """
        pragma = "integrity_check" if full else "quick_check"
        with self._sessions() as session:  # read only: no write lock, ends in a rollback
            conn = session.connection(execution_options=READ_ONLY)
            try:
                integrity = tuple(str(r[0]) for r in conn.exec_driver_sql(f"PRAGMA {pragma}"))
                status = schema_status(conn)
            except DatabaseError as error:  # damaged beyond what the check itself can read
                return CheckReport((f"unreadable: {error.orig}",), None, "", {})
            if integrity != ("ok",) or not status.up_to_date:
                # Counting could fail on damaged pages, or read columns an older
                # schema does not have yet (it is upgraded when next opened).
                return CheckReport(integrity, status.current, status.head, {})
            counts = _counts(session)
            search: tuple[str, ...] = ()
            checked = True
            if full and self._index is not None and status.up_to_date:
                try:
                    search = self._search_problems(conn, counts)
                except DatabaseError as error:
                    if not is_readonly(error.orig):
                        raise
                    checked = False
        return CheckReport(integrity, status.current, status.head, counts, search, checked)

    def _search_problems(self, conn: Connection, counts: dict[str, int]) -> tuple[str, ...]:
        assert self._index is not None
        indexed = self._index.counts_by_kind(conn)
        problems = [
            f"search index: {indexed.get(kind, 0)} of {counts[name]} {name} indexed"
            for kind, name in _INDEXED.items()
            if indexed.get(kind, 0) != counts[name]
        ]
        return (*problems, *self._index.problems(conn))
