"""Fast inserts of many rows for demo data and imports (SQLite).

The ORM and Core's dictionary inserts spend most of their time per value in
Python. Here rows are plain tuples in column order: :class:`RowPreparer`
converts each value to what the driver stores -- with the column type's own
bind processor, or, for enum members, dates and UTC datetimes, a shortcut that
gives the same result (anything else still goes to the type's processor) --
and :func:`insert_prepared` hands them to ``executemany``.
A preparer is picklable and needs no connection, so the conversion can run in
another process while this one writes.

For loads built in other processes, :func:`pack_rows` puts prepared rows of
several tables into a small in-memory SQLite database and serializes it; the
writing process hands the bytes to SQLite and copies them with one ``INSERT
… SELECT`` per table (:class:`PackedInserter`), which costs it far less than
unpickling the rows and binding every value through ``executemany``.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Date, Engine, Table, TableClause
from sqlalchemy import Enum as SAEnum
from sqlalchemy.dialects.sqlite import pysqlite

from leadtracker.db.models import Base
from leadtracker.db.types import UTCDateTime

_CHUNK = 50_000
_BULK_CACHE_KIB = 256 * 1024
#: The schema name under which packed rows are attached for copying.
_PACKED = "bulk_packed"

Converter = Callable[[Any], Any]


def _enum_value(fallback: Converter) -> Converter:
    def convert(value: Any) -> Any:
        # Our enums are StrEnums: the member's value is what SQLAlchemy stores.
        return value.value if isinstance(value, enum.Enum) else fallback(value)

    return convert


def _iso_date(fallback: Converter) -> Converter:
    def convert(value: Any) -> Any:
        # SQLAlchemy stores SQLite DATE as "%Y-%m-%d", which is date.isoformat().
        return value.isoformat() if type(value) is date else fallback(value)

    return convert


def _utc_datetime(fallback: Converter) -> Converter:
    def convert(value: datetime) -> Any:
        if value.tzinfo is UTC:
            # SQLAlchemy stores SQLite DATETIME as "%Y-%m-%d %H:%M:%S.%f".
            return value.replace(tzinfo=None).isoformat(" ", "microseconds")
        return fallback(value)

    return convert


class RowPreparer:
    """Converts rows for one table's columns into values the SQLite driver stores."""

    def __init__(self, table_name: str, columns: Sequence[str]) -> None:
        self.table_name = table_name
        self.columns = tuple(columns)

    def _converters(self) -> list[Converter | None]:
        table = Base.metadata.tables[self.table_name]
        dialect = pysqlite.dialect()
        converters: list[Converter | None] = []
        for name in self.columns:
            column_type = table.c[name].type
            processor = column_type._cached_bind_processor(dialect)
            if processor is None:
                converters.append(None)
            elif isinstance(column_type, SAEnum):
                converters.append(_enum_value(processor))
            elif isinstance(column_type, Date):
                converters.append(_iso_date(processor))
            elif isinstance(column_type, UTCDateTime):
                converters.append(_utc_datetime(processor))
            else:
                converters.append(processor)
        return converters

    def prepare(self, rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
        """The rows with every value converted; ``None`` stays ``None``."""
        converters = self._converters()
        active = [(i, c) for i, c in enumerate(converters) if c is not None]
        if not active:
            return [row if type(row) is tuple else tuple(row) for row in rows]
        prepared = []
        for row in rows:
            values = list(row)
            for i, convert in active:
                if values[i] is not None:
                    values[i] = convert(values[i])
            prepared.append(tuple(values))
        return prepared


def insert_prepared(
    conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> int:
    """Insert rows already converted by a :class:`RowPreparer`; returns the count."""
    preparer = conn.dialect.identifier_preparer
    names = ", ".join(preparer.quote(name) for name in columns)
    marks = ", ".join("?" for _ in columns)
    sql = f"INSERT INTO {preparer.format_table(table)} ({names}) VALUES ({marks})"
    iterator = iter(rows)
    total = 0
    while chunk := list(islice(iterator, _CHUNK)):
        conn.exec_driver_sql(sql, chunk)
        total += len(chunk)
    return total


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Convert and insert ``rows`` (tuples ordered like ``columns``); returns the count."""
    prepared = RowPreparer(table.name, columns).prepare(rows)
    return insert_prepared(conn, table, columns, prepared)


@contextmanager
def bulk_connection(engine: Engine, *, own_journal: bool = False) -> Iterator[Connection]:
    """A connection for loading many rows that are consistent by construction.

    It does not check foreign keys: checking each row's parents costs a bulk
    load about a fifth of its inserting time, and ``leadtracker check`` still
    verifies every reference. SQLite changes ``foreign_keys`` and
    ``journal_mode`` only outside a transaction, so this comes before the
    caller's ``begin()``; the settings are restored before the connection goes
    back to the pool (or the connection is discarded).

    With ``own_journal``, for filling a new database, the file uses a rollback
    journal instead of WAL meanwhile -- if no other connection has it open
    (else nothing changes). A transaction of hundreds of megabytes then writes
    its pages once, into the file, instead of into the WAL first and into the
    file again at the checkpoint; it stays all or nothing (an interrupted load
    is rolled back from the journal when the file is next opened). Other
    connections cannot open the file until the load is done.
    """
    with engine.connect() as conn:
        raw: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
        restore = [f"PRAGMA foreign_keys = {int(raw.execute('PRAGMA foreign_keys').fetchone()[0])}"]
        raw.execute("PRAGMA foreign_keys = OFF")
        if own_journal:
            journal = str(raw.execute("PRAGMA journal_mode").fetchone()[0])
            try:
                raw.execute("PRAGMA journal_mode = DELETE")
                restore.append(f"PRAGMA journal_mode = {journal}")
            except sqlite3.OperationalError:  # another connection has the file open
                pass
        try:
            yield conn
        finally:
            try:
                for statement in restore:
                    raw.execute(statement)
            except sqlite3.Error:
                conn.invalidate()  # never hand an unchecked connection to anyone else
                raise


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Give SQLite a large page cache while many rows go in (index B-trees stay in memory)."""
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


@dataclass(frozen=True)
class PackedRows:
    """Prepared rows of several tables in a serialized SQLite database (see :func:`pack_rows`).

    ``counts`` holds the number of rows of each table, in the order the
    tables were given to :func:`pack_rows`.
    """

    data: bytes
    counts: tuple[int, ...]


def _packed_table(index: int) -> str:
    return f"t{index}"


def pack_rows(tables: Sequence[tuple[Sequence[str], Sequence[Sequence[Any]]]]) -> PackedRows:
    """Prepared rows of several tables (``(columns, rows)`` each), packed for another process.

    Every pack of the same tables has the same schema, created before any
    row goes in: :class:`PackedInserter` relies on that.
    """
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        memory.execute("PRAGMA journal_mode = OFF")
        memory.execute("BEGIN")
        for index, (columns, _) in enumerate(tables):
            names = ", ".join(f"c{i}" for i in range(len(columns)))
            memory.execute(f"CREATE TABLE {_packed_table(index)} ({names})")
        for index, (columns, rows) in enumerate(tables):
            marks = ", ".join("?" for _ in columns)
            memory.executemany(f"INSERT INTO {_packed_table(index)} VALUES ({marks})", rows)
        memory.execute("COMMIT")
        return PackedRows(memory.serialize(), tuple(len(rows) for _, rows in tables))
    finally:
        memory.close()


class PackedInserter:
    """Copies :class:`PackedRows` into their tables, inside the caller's transaction.

    Use it as a context manager around one transaction of ``conn``; the packed
    rows are attached to the connection in the meantime.
    """

    def __init__(
        self, conn: Connection, tables: Sequence[tuple[TableClause, Sequence[str]]]
    ) -> None:
        self._raw: sqlite3.Connection = conn.connection.driver_connection  # type: ignore[assignment]
        preparer = conn.dialect.identifier_preparer
        self._statements = []
        for index, (table, columns) in enumerate(tables):
            names = ", ".join(preparer.quote(name) for name in columns)
            values = ", ".join(f"c{i}" for i in range(len(columns)))
            self._statements.append(
                f"INSERT INTO main.{preparer.format_table(table)} ({names}) "
                f"SELECT {values} FROM {_PACKED}.{_packed_table(index)} ORDER BY rowid"
            )

    def __enter__(self) -> PackedInserter:
        self._raw.execute(f"ATTACH DATABASE ':memory:' AS {_PACKED}")
        return self

    def __exit__(self, *_exc: object) -> None:
        # An attached database can be detached only outside a transaction:
        # the caller's transaction has ended by now.
        self._raw.execute(f"DETACH DATABASE {_PACKED}")

    def insert(self, packed: PackedRows) -> tuple[int, ...]:
        """Insert every packed row; returns the number of rows of each table."""
        # The statements stay prepared from one pack to the next: they find the
        # packed tables where every pack has them (same schema, made the same way).
        self._raw.deserialize(packed.data, name=_PACKED)
        counts = []
        for statement, expected in zip(self._statements, packed.counts, strict=True):
            inserted = self._raw.execute(statement).rowcount if expected else 0
            if inserted != expected:  # a pack of other tables than this inserter's
                raise RuntimeError(f"packed rows: {inserted} of {expected} inserted")
            counts.append(inserted)
        return tuple(counts)
