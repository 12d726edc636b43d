"""The SQLite engine with the pragmas every connection needs.

Every connection gets ``foreign_keys=ON``, ``journal_mode=WAL``,
``synchronous=NORMAL`` and a ``busy_timeout``, and transactions are begun by
SQLAlchemy with an explicit ``BEGIN`` (``IMMEDIATE`` with the :data:`WRITES`
execution option, which the sessions of the services use); the sqlite3 module's own implicit
transactions would leave reads and DDL outside them. Migrations therefore run
in one transaction: they apply completely or not at all.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event

from leadtracker.db.file_writes import create_private
from leadtracker.db.sqlite_files import has_sqlite_header
from leadtracker.domain.errors import DomainError

BUSY_TIMEOUT_MS = 5_000


def create_file(path: Path) -> None:
    """Create an empty database file readable by its owner only (0600 on POSIX)."""
    if not path.parent.exists():  # a folder made for it is the owner's alone, like the file
        path.parent.mkdir(mode=0o700, parents=True)
    create_private(path)


def is_sqlite_file(path: Path) -> bool:
    """True for an empty file or one that starts with SQLite's header."""
    return path.stat().st_size == 0 or has_sqlite_header(path)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # BEGIN is issued in _on_begin
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


#: Execution options: ``WRITES`` begins with ``BEGIN IMMEDIATE``, which takes the
#: write lock up front (waiting up to busy_timeout), so a transaction that reads,
#: then writes cannot fail half-way with "database is locked" because another
#: window or the command line wrote meanwhile. ``READ_ONLY`` (the default)
#: begins ``DEFERRED`` and takes no write lock.
#: On PostgreSQL (``db/postgres/engine.py``) the same options take a writer
#: lock and make a read-only transaction: ``leadtracker_transaction``.
WRITES = {"sqlite_begin": "IMMEDIATE", "leadtracker_transaction": "writes"}
READ_ONLY = {"sqlite_begin": "DEFERRED", "leadtracker_transaction": "read_only"}


class WritesRefusedError(DomainError):
    """Nothing may be written into this database now (it was found damaged)."""


class WriteGuard:
    """Whether the transactions that write (``WRITES``) may begin on an engine.

    When a check finds the file damaged, :meth:`refuse` stops every later
    write before it begins, with the reason given; reading goes on.
    """

    def __init__(self) -> None:
        self.refused: str | None = None

    def refuse(self, reason: str) -> None:
        """From now on, every write transaction fails with :class:`WritesRefusedError`."""
        self.refused = reason


def _on_begin(connection: Connection) -> None:
    options = connection.get_execution_options()
    mode = options.get("sqlite_begin", "DEFERRED")
    guard = options.get("write_guard")
    if mode == "IMMEDIATE" and guard is not None and guard.refused is not None:
        raise WritesRefusedError(guard.refused)
    connection.exec_driver_sql(f"BEGIN {mode}")


def create_sqlite_engine(path: Path, guard: WriteGuard | None = None) -> Engine:
    """An engine for the database file at ``path`` with LeadTracker's pragmas."""
    engine = create_engine(
        # The path goes in as a database name, never through a URL string:
        # "?", "#" or "%" in a folder name must not change which file opens.
        URL.create("sqlite+pysqlite", database=str(path)),
        connect_args={"check_same_thread": False},
        execution_options={"write_guard": guard or WriteGuard()},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine
