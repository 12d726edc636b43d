"""``leadtracker demo``: fill an empty database with a realistic demo data set.

The rows come from :class:`~leadtracker.services.demo_builder.DemoBuilder` and
go in with bulk inserts in one transaction, followed by the search index, so
a demo database is complete or not there at all.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.bulk import bulk_load, insert_rows
from leadtracker.db.models import (
    Activity,
    Company,
    CompanyKey,
    Contact,
    Event,
    Partner,
    Project,
    StageChange,
    Task,
    User,
    activity_contact,
)
from leadtracker.db.search_documents import reindex_all
from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.errors import DomainError
from leadtracker.services import demo_builder as b

#: Called with a step's name and the share of the work done (0.0–1.0).
Progress = Callable[[str, float], None]


class DatabaseNotEmptyError(DomainError):
    """Demo data is only put into an empty database."""


@dataclass(frozen=True)
class DemoReport:
    """What :meth:`DemoService.generate` wrote, and how long it took."""

    counts: dict[str, int]
    seconds: float


_TABLES: tuple[tuple[str, Table, tuple[str, ...]], ...] = (
    ("users", User.__table__, b.USER_COLUMNS),
    ("partners", Partner.__table__, b.PARTNER_COLUMNS),
    ("events", Event.__table__, b.EVENT_COLUMNS),
    ("companies", Company.__table__, b.COMPANY_COLUMNS),
    ("company_keys", CompanyKey.__table__, b.COMPANY_KEY_COLUMNS),
    ("contacts", Contact.__table__, b.CONTACT_COLUMNS),
    ("projects", Project.__table__, b.PROJECT_COLUMNS),
    ("stage_changes", StageChange.__table__, b.STAGE_CHANGE_COLUMNS),
    ("activities", Activity.__table__, b.ACTIVITY_COLUMNS),
    ("activity_contacts", activity_contact, b.ACTIVITY_CONTACT_COLUMNS),
    ("tasks", Task.__table__, b.TASK_COLUMNS),
)  # type: ignore[assignment]  # Model.__table__ is typed as FromClause


class DemoService:
    """Generates demo data into an empty database."""

    def __init__(self, sessions: sessionmaker[Session], index: SearchIndex) -> None:
        self._sessions = sessions
        self._index = index

    def generate(
        self,
        companies: int = 500,
        *,
        seed: int = 2026,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> DemoReport:
        """Generate ``companies`` companies with contacts, projects, activities and tasks.

        Raises:
            DatabaseNotEmptyError: the database already holds companies, staff or partners.
            ValueError: ``companies`` is not positive.
        """
        if companies < 1:
            raise ValueError("the number of companies must be at least 1")
        started = time.perf_counter()
        report = progress or (lambda _step, _done: None)
        with self._sessions.begin() as session:
            conn = session.connection()
            _require_empty(conn)
            report("generating", 0.0)
            rows = _build(seed, today or date.today(), companies)
            counts: dict[str, int] = {}
            with bulk_load(conn):
                for n, (name, table, columns) in enumerate(_TABLES):
                    report(f"writing {name}", 0.4 + 0.3 * n / len(_TABLES))
                    counts[name] = insert_rows(conn, table, columns, getattr(rows, name))
                report("indexing", 0.7)
                counts["search_documents"] = reindex_all(conn, self._index)
        report("done", 1.0)
        return DemoReport(counts, time.perf_counter() - started)


def _build(seed: int, today: date, companies: int) -> b.DemoRows:
    # Millions of small tuples that all stay alive: the cyclic garbage
    # collector would only rescan them again and again.
    gc.disable()
    try:
        return b.DemoBuilder(seed, today).build(companies)
    finally:
        gc.enable()


def _require_empty(conn: Connection) -> None:
    for model in (Company, User, Partner, Event):
        if conn.scalar(select(func.count()).select_from(model)):
            raise DatabaseNotEmptyError(
                "This database already holds data. Demo data only goes into a new, empty "
                "database: choose another file with --db."
            )
