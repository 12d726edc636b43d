"""Fast inserts of many rows for demo data and imports (SQLite).

The ORM and Core's dictionary inserts spend most of their time per value in
Python. Here rows are plain tuples in column order: :class:`RowPreparer`
converts each value to what the driver stores -- with the column type's own
bind processor, or, for enum members, dates and UTC datetimes, a shortcut that
gives the same result (anything else still goes to the type's processor) --
and :func:`insert_prepared` hands them to ``executemany``.
A preparer is picklable and needs no connection, so the conversion can run in
another process while this one writes.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Date, Table
from sqlalchemy import Enum as SAEnum
from sqlalchemy.dialects.sqlite import pysqlite

from leadtracker.db.models import Base
from leadtracker.db.types import UTCDateTime

_CHUNK = 50_000
_BULK_CACHE_KIB = 256 * 1024

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
def bulk_load(conn: Connection) -> Iterator[None]:
    """Give SQLite a large page cache while many rows go in (index B-trees stay in memory)."""
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")
