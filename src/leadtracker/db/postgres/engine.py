"""The PostgreSQL engine: connection settings and one writer at a time, as on SQLite.

Every connection names the application, gives up connecting after
:data:`CONNECT_TIMEOUT` seconds and works in UTC (``TimeZone=UTC``), so that
``now()`` and ``CURRENT_TIMESTAMP`` mean the same on every PC whatever the
server's own zone; the pool tests a connection before handing it out.

Writes are serialised like SQLite's ``BEGIN IMMEDIATE``: a transaction begun
with :data:`~leadtracker.db.engine.WRITES` first takes one transaction-level
advisory lock (released at commit or rollback), waiting up to
:data:`LOCK_TIMEOUT`; a read-modify-write of the services therefore never
interleaves with another PC's. :data:`~leadtracker.db.engine.READ_ONLY`
transactions are read-only on the server. The :class:`WriteGuard` is checked
before a write transaction begins, as for a file.

Passwords come the way libpq finds them (``PGPASSWORD``, ``~/.pgpass``, the
other ``PG*`` variables); :data:`PasswordLookup` is the seam for the
operating system's keychain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event

from leadtracker.db.engine import WriteGuard, WritesRefusedError

APPLICATION_NAME = "LeadTracker"
CONNECT_TIMEOUT = 5  # seconds
LOCK_TIMEOUT = "5s"  # how long a write waits for another writer (SQLite: busy_timeout)
#: The key of the advisory lock every write transaction holds ("LT" + 1).
WRITER_LOCK = 0x4C5401

#: Finds a password for an address when none was given (e.g. in a keychain); None: none.
PasswordLookup = Callable[[URL], str | None]


def _connect_args() -> dict[str, Any]:
    return {
        "application_name": APPLICATION_NAME,
        "connect_timeout": CONNECT_TIMEOUT,
        "options": f"-c TimeZone=UTC -c lock_timeout={LOCK_TIMEOUT}",
    }


def _on_begin(connection: Connection) -> None:
    # psycopg begins the transaction by itself with the first statement:
    # no BEGIN here, only what the transaction's kind needs.
    options = connection.get_execution_options()
    kind = options.get("leadtracker_transaction")
    if kind == "writes":
        guard = options.get("write_guard")
        if guard is not None and guard.refused is not None:
            raise WritesRefusedError(guard.refused)
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")
    elif kind == "read_only":
        connection.exec_driver_sql("SET TRANSACTION READ ONLY")


def create_postgresql_engine(
    url: URL, guard: WriteGuard | None = None, password: PasswordLookup | None = None
) -> Engine:
    """An engine for the database at ``url`` (driver psycopg 3) with LeadTracker's settings."""
    engine = create_engine(
        url,
        connect_args=_connect_args(),
        pool_pre_ping=True,
        execution_options={"write_guard": guard or WriteGuard()},
    )
    event.listen(engine, "begin", _on_begin)
    if password is not None and url.password is None:
        lookup = password

        @event.listens_for(engine, "do_connect")
        def _password(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
            if "password" not in params:
                found = lookup(url)
                if found is not None:
                    params["password"] = found

    return engine
