"""Fast inserts of many rows for demo data and imports.

The ORM and Core's dictionary inserts spend most of their time per value in
Python. :func:`insert_rows` takes plain tuples in column order, converts each
value with the column type's own bind processor (so storage formats stay
exactly the ORM's) and hands them to the driver's ``executemany``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import Any

from sqlalchemy import Connection, Table

_CHUNK = 50_000
_BULK_CACHE_KIB = 256 * 1024


@contextmanager
def bulk_load(conn: Connection) -> Iterator[None]:
    """Give SQLite a large page cache while many rows go in (index B-trees stay in memory)."""
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


def insert_rows(
    conn: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert ``rows`` (tuples ordered like ``columns``) into ``table``; returns the count."""
    dialect = conn.dialect
    processors: list[Callable[[Any], Any] | None] = [
        table.c[name].type._cached_bind_processor(dialect) for name in columns
    ]
    quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in columns)
    marks = ", ".join("?" for _ in columns)
    table_name = dialect.identifier_preparer.format_table(table)
    sql = f"INSERT INTO {table_name} ({quoted}) VALUES ({marks})"
    needs_processing = [i for i, p in enumerate(processors) if p is not None]
    total = 0
    iterator = iter(rows)
    while chunk := list(islice(iterator, _CHUNK)):
        if needs_processing:
            chunk = [_process(row, processors, needs_processing) for row in chunk]
        conn.exec_driver_sql(sql, chunk)
        total += len(chunk)
    return total


def _process(
    row: Sequence[Any], processors: list[Callable[[Any], Any] | None], indexes: list[int]
) -> tuple[Any, ...]:
    values = list(row)
    for i in indexes:
        if values[i] is not None:
            processor = processors[i]
            assert processor is not None
            values[i] = processor(values[i])
    return tuple(values)
