"""``leadtracker demo``: fill an empty database with a realistic demo data set.

The rows come from :class:`~leadtracker.services.demo.builder.DemoBuilder` in
chunks of companies, already in the form the database stores. Each chunk is
packed into a serialized in-memory database and given its search documents
(:func:`prepare_chunk`), then copied into the tables with one ``INSERT …
SELECT`` per table; everything happens in one transaction, so a demo database
is complete or not there at all. For large data sets the chunks are built by
helper processes while this one writes, which keeps every core busy.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from collections import deque, namedtuple
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, TableClause, func, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.bulk import (
    PackedInserter,
    PackedRows,
    bulk_connection,
    bulk_load,
    pack_rows,
)
from leadtracker.db.change_notices import feed_of
from leadtracker.db.models import (
    PERSON_NAMES,
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
    company_sort_keys,
    contact_sort_keys,
)
from leadtracker.db.search_documents import COMPANY_NAMES, documents_from_rows
from leadtracker.db.search_index import DOCUMENT_TABLE, SearchIndex
from leadtracker.domain.changes import ChangeNotice
from leadtracker.domain.errors import DomainError
from leadtracker.services.demo import builder as b
from leadtracker.services.demo import stored
from leadtracker.services.demo.chunks import ChunkPlan, DemoRows, plan_chunks

#: Called with a step's name and the share of the work done (0.0–1.0).
Progress = Callable[[str, float], None]

#: Companies per chunk (part of what a seed means: changing it changes the data),
#: from how many companies on helper processes pay off, and how many to start:
#: one per core, as this process only copies what they send (half a core's work).
CHUNK_COMPANIES = 5_000
PARALLEL_FROM = 10_000
HELPERS = max(1, min(3, os.cpu_count() or 2))


class DatabaseNotEmptyError(DomainError):
    """Demo data is only put into an empty database."""


@dataclass(frozen=True)
class DemoReport:
    """What :meth:`DemoService.generate` wrote, and how long it took."""

    counts: dict[str, int]
    seconds: float


#: The stored sort keys of companies and contacts follow the generated columns.
COMPANY_TABLE_COLUMNS = (*stored.COMPANY_COLUMNS, "name_sort", "reading_sort")
CONTACT_TABLE_COLUMNS = (*stored.CONTACT_COLUMNS, "reading_sort", "latin_sort")

_TABLES: tuple[tuple[str, Table, tuple[str, ...]], ...] = (
    ("users", User.__table__, stored.USER_COLUMNS),
    ("partners", Partner.__table__, stored.PARTNER_COLUMNS),
    ("events", Event.__table__, stored.EVENT_COLUMNS),
    ("companies", Company.__table__, COMPANY_TABLE_COLUMNS),
    ("company_keys", CompanyKey.__table__, stored.COMPANY_KEY_COLUMNS),
    ("contacts", Contact.__table__, CONTACT_TABLE_COLUMNS),
    ("projects", Project.__table__, stored.PROJECT_COLUMNS),
    ("stage_changes", StageChange.__table__, stored.STAGE_CHANGE_COLUMNS),
    ("activities", Activity.__table__, stored.ACTIVITY_COLUMNS),
    ("activity_contacts", activity_contact, stored.ACTIVITY_CONTACT_COLUMNS),
    ("tasks", Task.__table__, stored.TASK_COLUMNS),
)  # type: ignore[assignment]  # Model.__table__ is typed as FromClause

_DOCUMENT_COLUMNS = ("id", "body")
_INDEXED = (
    ("companies", Company, stored.COMPANY_COLUMNS),
    ("contacts", Contact, stored.CONTACT_COLUMNS),
    ("projects", Project, stored.PROJECT_COLUMNS),
    ("activities", Activity, stored.ACTIVITY_COLUMNS),
)


@dataclass(frozen=True)
class PreparedChunk:
    """One chunk of demo data, ready to write: the rows of every table and the search rows."""

    companies: int
    rows: PackedRows  # the tables of _TABLES, then the search documents


def _with_sort_keys(
    columns: Sequence[str],
    rows: Sequence[tuple[object, ...]],
    keys: Callable[[Any], dict[str, str]],
    names: Sequence[str],
) -> list[tuple[object, ...]]:
    """``rows`` with the stored sort keys added at the end (see ``*_TABLE_COLUMNS``).

    The keys come from the ``names`` columns; names repeat, so each is worked out once.
    """
    at = [columns.index(name) for name in names]
    name_type = namedtuple("Names", names)  # type: ignore[misc]
    known: dict[tuple[object, ...], tuple[str, ...]] = {}
    added = []
    for row in rows:
        values = tuple(row[i] for i in at)
        found = known.get(values)
        if found is None:
            found = known[values] = tuple(keys(name_type._make(values)).values())
        added.append((*row, *found))
    return added


def prepare_chunk(rows: DemoRows, index: SearchIndex) -> PreparedChunk:
    """Pack a chunk of generated rows (already in stored form) with their search documents.

    A chunk holds whole companies, so the company names that contacts' and
    projects' documents hold are all in it.
    """
    at = [stored.COMPANY_COLUMNS.index(column) for column in COMPANY_NAMES]
    names = {int(str(row[0])): [str(row[i]) for i in at] for row in rows.companies}
    documents = []
    for name, model, columns in _INDEXED:
        found = documents_from_rows(model, columns, getattr(rows, name), names)
        documents.extend(index.prepare(found))
    documents.sort()  # ascending ids: the content table's B-tree grows at one place
    rows = replace(
        rows,
        companies=_with_sort_keys(
            stored.COMPANY_COLUMNS, rows.companies, company_sort_keys, COMPANY_NAMES
        ),
        contacts=_with_sort_keys(
            stored.CONTACT_COLUMNS, rows.contacts, contact_sort_keys, PERSON_NAMES
        ),
    )
    tables = [(columns, getattr(rows, name)) for name, _, columns in _TABLES]
    return PreparedChunk(len(rows.companies), pack_rows([*tables, (_DOCUMENT_COLUMNS, documents)]))


def prepared_chunks(
    seed: int, today: date, companies: int, index: SearchIndex
) -> Iterator[PreparedChunk]:
    """Generate and prepare the data set chunk by chunk, in this process."""
    builder = b.DemoBuilder(seed, today)
    for rows in builder.build(companies, CHUNK_COMPANIES):
        yield prepare_chunk(rows, index)


# One builder per helper process: the name pools are drawn once, not per chunk.
_helper_builder: b.DemoBuilder | None = None


def _start_helper(seed: int, today: date) -> None:
    global _helper_builder  # noqa: PLW0603 -- per-process state of a pool worker
    gc.disable()  # millions of long-lived tuples: the cyclic collector only slows down
    _helper_builder = b.DemoBuilder(seed, today)


def _build_in_helper(plan: ChunkPlan, index: SearchIndex) -> PreparedChunk:
    assert _helper_builder is not None
    return prepare_chunk(_helper_builder.build_chunk(plan), index)


def _start_method() -> str:
    """How to start helper processes: ``fork`` where that is safe, else ``spawn``.

    A forked helper starts at once, with the program already imported; a
    spawned one imports it again (about a second of CPU each). Forking is safe
    only in a process with no other thread: on Linux, which counts every
    thread (Qt's too) in ``/proc``, and not beside the GUI. Elsewhere: spawn.
    """
    try:
        threads = sum(1 for _ in Path("/proc/self/task").iterdir())
    except OSError:  # not Linux
        return "spawn"
    return "fork" if threads == 1 else "spawn"


def chunks_from_helpers(
    seed: int, today: date, companies: int, index: SearchIndex
) -> Iterator[PreparedChunk]:
    """The same chunks as :func:`prepared_chunks`, built by helper processes, in order."""
    plans = plan_chunks(seed, companies, CHUNK_COMPANIES)
    context = multiprocessing.get_context(_start_method())
    with ProcessPoolExecutor(
        max_workers=HELPERS, mp_context=context, initializer=_start_helper, initargs=(seed, today)
    ) as pool:
        pending: deque[Future[PreparedChunk]] = deque()
        for plan in plans:
            pending.append(pool.submit(_build_in_helper, plan, index))
            if len(pending) > 2 * HELPERS:  # keep memory bounded when writing is slower
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


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
        parallel: bool | None = None,
    ) -> DemoReport:
        """Generate ``companies`` companies with contacts, projects, activities and tasks.

        ``parallel`` (default: from :data:`PARALLEL_FROM` companies on) runs the
        generation in helper processes; the data is the same either way.

        Raises:
            DatabaseNotEmptyError: the database already holds companies, staff or partners.
            ValueError: ``companies`` is not positive.
        """
        if companies < 1:
            raise ValueError("the number of companies must be at least 1")
        started = time.perf_counter()
        report = progress or (lambda _step, _done: None)
        today = today or date.today()
        if parallel is None:
            parallel = companies >= PARALLEL_FROM
        source = chunks_from_helpers if parallel else prepared_chunks
        names = [*(name for name, _, _ in _TABLES), "search_documents"]
        counts = dict.fromkeys(names, 0)
        tables: list[tuple[TableClause, tuple[str, ...]]] = [
            *((table, columns) for _, table, columns in _TABLES),
            (DOCUMENT_TABLE, _DOCUMENT_COLUMNS),
        ]
        # Large loads (the command line) write through a rollback journal; small
        # ones (the app's first start) keep WAL, so that windows can read meanwhile.
        with (
            bulk_connection(_engine(self._sessions), own_journal=parallel) as conn,
            PackedInserter(conn, tables) as inserter,
            conn.begin(),
        ):
            _require_empty(conn)
            report("generating", 0.0)
            with bulk_load(conn), self._index.bulk_loader(conn):
                done = 0
                for chunk in source(seed, today, companies, self._index):
                    for name, count in zip(names, inserter.insert(chunk.rows), strict=True):
                        counts[name] += count
                    done += chunk.companies
                    report(f"{done} of {companies} companies written", done / companies)
                report("building the search index", 1.0)
        report("done", 1.0)
        # Written past the sessions: no flush reported it.
        feed_of(self._sessions).publish(ChangeNotice.whole("demo data loaded"))
        return DemoReport(counts, time.perf_counter() - started)


def _engine(sessions: sessionmaker[Session]) -> Engine:
    """The engine behind ``sessions`` (demo data is written on a connection of its own)."""
    with sessions() as session:
        bind = session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


def _require_empty(conn: Connection) -> None:
    for model in (Company, User, Partner, Event):
        if conn.scalar(select(func.count()).select_from(model)):
            raise DatabaseNotEmptyError(
                "This database already holds data. Demo data only goes into a new, empty "
                "database: choose another file with --db."
            )
