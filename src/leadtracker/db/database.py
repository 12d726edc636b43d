"""Opening a LeadTracker database: create, check, back up, migrate, wire up search.

:func:`open_database` is the one way in. It refuses files that are not
LeadTracker databases and databases written by a newer LeadTracker, backs an
existing database up before migrating it, and returns a :class:`Database`
whose sessions keep the search index current and publish what they changed.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import URL, Engine, inspect
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.audit import Attribution, install_audit_hooks
from leadtracker.db.backup import backup_file, default_backup_dir, timestamped_name
from leadtracker.db.change_notices import install_change_hooks
from leadtracker.db.engine import (
    WRITES,
    WriteGuard,
    create_file,
    create_sqlite_engine,
    is_sqlite_file,
)
from leadtracker.db.file_writes import private_folder
from leadtracker.db.migrate import (
    SchemaStatus,
    schema_status,
    shipped_revisions,
    upgrade_to_head,
)
from leadtracker.db.postgres.address import describe
from leadtracker.db.postgres.engine import create_postgresql_engine
from leadtracker.db.postgres.keychain import keychain_password
from leadtracker.db.postgres.search import PostgresSearchIndex
from leadtracker.db.restore import newest_sound
from leadtracker.db.search_documents import install_search_hooks
from leadtracker.db.search_index import SearchIndex, SqliteSearchIndex
from leadtracker.db.sqlite_files import integrity
from leadtracker.db.text_limits import install_text_checks
from leadtracker.db.trash_filter import install_trash_filter
from leadtracker.domain.changes import ChangeFeed
from leadtracker.domain.messages import text
from leadtracker.domain.shell_words import shell_word


class DatabaseOpenError(Exception):
    """A database file cannot be opened; the message says why and what to do."""


class DatabaseDamagedError(DatabaseOpenError):
    """The file fails SQLite's quick check: nothing may be written into it."""


class NotAFileError(RuntimeError):
    """Something only a database file has was asked of a database on a server."""


@dataclass
class Database:
    """An open database: its file or server address, engine, sessions and search index."""

    #: The SQLite file, or the address of a database on a PostgreSQL server.
    location: Path | URL
    engine: Engine
    sessions: sessionmaker[Session]
    search: SearchIndex
    upgraded_from: str | None = None
    backup: Path | None = None
    status: SchemaStatus | None = field(default=None, repr=False)
    #: Who the changes made through ``sessions`` are recorded as made by.
    attribution: Attribution = field(default_factory=Attribution)
    #: Stops every write once the file is found damaged (reading goes on).
    write_guard: WriteGuard = field(default_factory=WriteGuard)
    #: What each committed transaction changed (and changes fed in from elsewhere).
    changes: ChangeFeed = field(default_factory=ChangeFeed)

    @property
    def on_server(self) -> bool:
        """Whether the database is on a PostgreSQL server (not an SQLite file)."""
        return isinstance(self.location, URL)

    @property
    def path(self) -> Path:
        """The database file.

        Raises:
            NotAFileError: the database is on a server (the caller is for files only).
        """
        if isinstance(self.location, URL):
            raise NotAFileError(f"{describe(self.location)} is a server database, not a file")
        return self.location

    def close(self) -> None:
        """Release every connection to the file or server."""
        self.engine.dispose()


def open_database(
    path: Path | URL,
    *,
    backup_dir: Path | None = None,
    create: bool = True,
    migrate: bool = True,
    refuse_damaged: bool = False,
) -> Database:
    """Open the database at ``path``, migrated to this program's schema.

    Args:
        path: The database file, or the address of a database on a
            PostgreSQL server (see :func:`open_server_database`).
        backup_dir: Where the copy before a schema upgrade goes (default:
            ``<name>-backups/`` beside the file).
        create: Create the file when it does not exist (else an error).
        migrate: Upgrade an older schema (else open it as it is, for checks).
        refuse_damaged: Run SQLite's quick check first and refuse a file
            that fails it (for what writes: nothing goes into a damaged file).

    Raises:
        DatabaseOpenError: there is no such file (and ``create`` is false),
            the file is not a LeadTracker database, or it was written by a
            newer LeadTracker.
        DatabaseDamagedError: ``refuse_damaged`` and the quick check failed.
    """
    if isinstance(path, URL):
        return open_server_database(path, migrate=migrate)
    path = path.expanduser().resolve()
    if path.is_dir():
        raise DatabaseOpenError(text("{path} is a folder, not a database file", path=path))
    if not path.exists():
        if not create:
            raise DatabaseOpenError(text("there is no database at {path}", path=path))
        create_file(path)
    elif not path.is_file():
        raise DatabaseOpenError(text("{path} is not a regular file", path=path))
    elif not is_sqlite_file(path):
        raise DatabaseOpenError(
            text("{path} is not a LeadTracker database (not an SQLite file)", path=path)
        )
    make_private_if_new(path)
    if refuse_damaged and path.stat().st_size > 0:  # an empty file is a new database
        refuse_if_damaged(path, backup_dir or default_backup_dir(path))
    guard = WriteGuard()
    engine = create_sqlite_engine(path, guard)
    try:
        status, backup = _migrate(
            engine, path, backup_dir or default_backup_dir(path), upgrade=migrate
        )
    except Exception:
        engine.dispose()
        raise
    upgraded_from = status.current if backup is not None else None
    return _wired(
        path,
        engine,
        SqliteSearchIndex(),
        status=status,
        guard=guard,
        upgraded_from=upgraded_from,
        backup=backup,
    )


def open_server_database(url: URL, *, migrate: bool = True) -> Database:
    """Open the database at ``url`` on a PostgreSQL server, migrated to this program's schema.

    An empty database gets the schema; an older one is upgraded in one
    transaction (a failed upgrade leaves nothing behind: PostgreSQL's DDL is
    transactional, so no copy is made first).

    A password not in ``url`` is taken from the keychain
    (:func:`~leadtracker.db.postgres.keychain.keychain_password`), else
    libpq finds it (``PGPASSWORD``, ``~/.pgpass``).

    Raises:
        DatabaseOpenError: the database holds other tables than LeadTracker's,
            or was written by a newer LeadTracker.
    """
    guard = WriteGuard()
    engine = create_postgresql_engine(url, guard, password=keychain_password)
    where = describe(url)
    try:
        status = _schema_of(engine, where)
        if not status.up_to_date and (migrate or status.current is None):
            upgrade_to_head(engine)
    except Exception:
        engine.dispose()
        raise
    upgraded = migrate and status.current is not None and not status.up_to_date
    upgraded_from = status.current if upgraded else None
    return _wired(
        url,
        engine,
        PostgresSearchIndex(),
        status=status,
        guard=guard,
        upgraded_from=upgraded_from,
        backup=None,
    )


def _wired(
    location: Path | URL,
    engine: Engine,
    search: SearchIndex,
    *,
    status: SchemaStatus,
    guard: WriteGuard,
    upgraded_from: str | None,
    backup: Path | None,
) -> Database:
    """The database with every hook its sessions need (search, audit, trash, change notices)."""
    attribution = Attribution()
    sessions = sessionmaker(
        engine.execution_options(**WRITES),
        expire_on_commit=False,
        info={"attribution": attribution},  # the same object in every session's info
    )
    install_text_checks(sessions)  # first: nothing else is written for a refused record
    install_search_hooks(sessions, search)
    install_audit_hooks(sessions)
    install_trash_filter(sessions)
    changes = ChangeFeed()
    install_change_hooks(sessions, changes)
    return Database(
        location,
        engine,
        sessions,
        search,
        upgraded_from,
        backup,
        status,
        attribution=attribution,
        write_guard=guard,
        changes=changes,
    )


def _schema_of(engine: Engine, where: object) -> SchemaStatus:
    """Where the database's schema stands; refuses a newer one and one that is not ours."""
    with engine.connect() as conn:
        status = schema_status(conn)
        tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    if status.too_new:
        raise DatabaseOpenError(
            text(
                "{path} was written by a newer LeadTracker (schema {schema}); "
                "install the newer version to open it",
                path=where,
                schema=status.current,
            )
        )
    if status.current is None and tables:
        raise DatabaseOpenError(
            text("{address} holds tables but is not a LeadTracker database", address=where)
        )
    return status


def _migrate(
    engine: Engine, path: Path, backup_dir: Path, *, upgrade: bool
) -> tuple[SchemaStatus, Path | None]:
    with engine.connect() as conn:
        status = schema_status(conn)
        tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    if status.too_new:
        raise DatabaseOpenError(
            text(
                "{path} was written by a newer LeadTracker (schema {schema}); "
                "install the newer version to open it",
                path=path,
                schema=status.current,
            )
        )
    if status.current is None and tables:
        raise DatabaseOpenError(
            text("{path} is an SQLite file but not a LeadTracker database", path=path)
        )
    if status.up_to_date or (not upgrade and status.current is not None):
        return status, None
    backup = None
    if status.current is not None:
        backup = backup_file(
            path, private_folder(backup_dir) / timestamped_name(path, f"before-{status.head}")
        )
    upgrade_to_head(engine)
    return status, backup


def make_private_if_new(path: Path) -> None:
    """An empty file becomes a database: readable by its owner only, whatever it was.

    SQLite gives its ``-wal`` and ``-shm`` files the database's permissions
    when it creates them; one left unwritable (after the database was
    read-only for a while) would keep the file read-only for good, so ours
    are made writable for their owner again.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = path.stat()
        if info.st_uid != os.getuid():
            return
        if info.st_size == 0 and info.st_mode & 0o077:
            path.chmod(0o600)
        if not info.st_mode & stat.S_IWUSR:
            return  # a read-only database: its companions stay as they are
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists() and companion.stat().st_uid == os.getuid():
                companion.chmod(0o600)


def refuse_if_damaged(path: Path, backup_dir: Path) -> None:
    """Raise :class:`DatabaseDamagedError`, naming the newest sound backup, if ``path`` fails.

    Raises:
        DatabaseDamagedError: SQLite's quick check found a problem.
    """
    found = integrity(path, full=False)
    if found == ("ok",):
        return
    sound = newest_sound(path, shipped_revisions(), backup_dir)
    problem = "; ".join(found[:3])
    if sound is None:
        message = text(
            "{path} is damaged ({problem}); nothing is written into it. "
            "No backup passes the check.",
            path=path,
            problem=problem,
        )
    else:
        message = text(
            "{path} is damaged ({problem}); nothing is written into it. "
            "The newest sound backup is {backup}: {command}",
            path=path,
            problem=problem,
            backup=sound.path,
            command=f"leadtracker --db {shell_word(path)} restore {shell_word(sound.path)}",
        )
    raise DatabaseDamagedError(message)
