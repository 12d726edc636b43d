"""SQLite database files as files: opening one read-only, checking it, naming what went wrong.

A file is opened for reading through an SQLite URI that never creates it.
The path goes into the URI percent-encoded (:func:`file_uri`): a ``#``, ``?`` or ``%`` in a folder
name (``CRM #1``) would otherwise end the path early, so that SQLite opens,
or even creates, a different file.

When SQLite fails, :func:`explain` says what it is in words a user can act
on: the database is busy (try again), read-only (which file or folder, and
what to change), full, or damaged — damaged only when SQLite says so.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import Text, text

SQLITE_HEADER = b"SQLite format 3\x00"

#: SQLite's primary result codes that :func:`explain` tells apart.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


class DatabaseBusyError(DomainError):
    """Another program holds the database's write lock longer than we wait."""


def file_uri(path: Path, mode: str = "ro", *, immutable: bool = False) -> str:
    """An SQLite URI that opens the existing file ``path`` (never creating it), whatever its name.

    ``mode`` is ``ro`` (read-only) or ``rw`` (read and write; the file must exist).
    """
    uri = f"{path.absolute().as_uri()}?mode={mode}"
    return uri + "&immutable=1" if immutable else uri


def connect_existing(path: Path, *, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection to the existing database file ``path`` for reading it; never creates it.

    Where the file and its folder can be written, it is opened for reading
    and writing (and only read): SQLite then removes the ``-wal`` and
    ``-shm`` files a WAL database needs when the connection closes, as a
    read-only connection cannot. Otherwise it is opened read-only; in a
    folder this program cannot write to (a CD, a share mounted read-only)
    SQLite cannot even make its shared-memory file, so such a file is opened
    as unchangeable when it has no pending write-ahead log, since nobody can
    write there either.

    Raises:
        sqlite3.DatabaseError: the file cannot be opened or read.
    """
    if folder_writable(path) and os.access(path, os.R_OK | os.W_OK):
        return _checked(sqlite3.connect(file_uri(path, "rw"), uri=True, timeout=timeout))
    try:
        return _checked(sqlite3.connect(file_uri(path), uri=True, timeout=timeout))
    except sqlite3.OperationalError as error:
        wal = path.with_name(path.name + "-wal")
        pending = wal.exists() and wal.stat().st_size > 0
        if _code(error) not in {_CANTOPEN, _READONLY} or folder_writable(path) or pending:
            raise
    return _checked(sqlite3.connect(file_uri(path, immutable=True), uri=True, timeout=timeout))


def _checked(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn``, once it has read the schema (where opening really happens); closed if not."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def folder_writable(path: Path) -> bool:
    """Whether new files can be made beside ``path`` (SQLite's -wal, -shm and journals)."""
    return os.access(path.parent, os.W_OK | os.X_OK)


def has_sqlite_header(path: Path) -> bool:
    """Whether ``path`` is a regular file that starts with SQLite's header."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def integrity(path: Path, *, full: bool = True) -> tuple[str, ...]:
    """SQLite's ``integrity_check`` (or ``quick_check``) of a file: ``("ok",)`` when sound."""
    pragma = "integrity_check" if full else "quick_check"
    if not path.is_file():
        return (text("{path} is not a file", path=path),)
    if not has_sqlite_header(path):
        return (text("the file does not start with SQLite's header (damaged, or no database)"),)
    try:
        conn = connect_existing(path)
        try:
            return tuple(str(row[0]) for row in conn.execute(f"PRAGMA {pragma}"))
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        if _code(error) in {_BUSY, _LOCKED}:
            raise DatabaseBusyError(busy_message(path)) from None
        return (str(error),)


def schema_revision(path: Path) -> str | None:
    """The schema revision a LeadTracker database file has (None: not one)."""
    try:
        conn = connect_existing(path)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def page_count(conn: sqlite3.Connection) -> int:
    """How many pages the database of ``conn`` has."""
    return int(conn.execute("PRAGMA page_count").fetchone()[0])


def busy_message(path: Path) -> Text:
    """What to say when another program keeps the database locked."""
    return text(
        "The database {path} is busy: another program is writing to it. Try again in a moment.",
        path=path,
    )


def _code(error: BaseException) -> int:
    """SQLite's primary result code of ``error`` (0 when it has none)."""
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def is_busy(error: BaseException) -> bool:
    """Whether ``error`` says another connection holds a lock."""
    return _code(error) in {_BUSY, _LOCKED}


def is_readonly(error: BaseException | None) -> bool:
    """Whether ``error`` says the file (or its folder) cannot be written."""
    return error is not None and _code(error) == _READONLY


def is_access_problem(error: BaseException | None) -> bool:
    """Whether ``error`` says a file or folder cannot be opened or written (not damage)."""
    return error is not None and _code(error) in {_READONLY, _CANTOPEN}


def is_damage(error: BaseException) -> bool:
    """Whether ``error`` says the file is damaged or no database."""
    return _code(error) in {_CORRUPT, _NOTADB}


def explain(error: BaseException, path: Path) -> Text:
    """``error`` from SQLite on the database ``path``, in words a user can act on."""
    code = _code(error)
    if code in {_BUSY, _LOCKED}:
        return busy_message(path)
    if code in {_READONLY, _CANTOPEN} or (code == _IOERR and not os.access(path, os.R_OK)):
        return _access_message(path, error)
    if code == _FULL:
        return text("The disk holding {path} is full: make room and try again.", path=path)
    if code in {_CORRUPT, _NOTADB}:
        return text(
            "The database {path} is damaged ({problem}): `leadtracker check` names the "
            "newest sound backup.",
            path=path,
            problem=str(error),
        )
    return text(
        "The database {path} cannot be used ({problem}); `leadtracker check` tells more.",
        path=path,
        problem=str(error),
    )


def _access_message(path: Path, error: BaseException) -> Text:
    """Which file or folder keeps SQLite from reading or writing, and what to change."""
    for name in ("", "-wal", "-shm"):
        each = path.with_name(path.name + name)
        if each.exists() and not os.access(each, os.R_OK | os.W_OK):
            return text(
                "{file} is read-only for you: allow yourself to write to it (its properties "
                "or chmod u+rw), or open a copy.",
                file=each,
            )
    if path.exists() and not folder_writable(path):
        return text(
            "The folder {folder} is read-only for you, and SQLite needs to write its "
            "journal beside the database: allow writing there, or open a copy.",
            folder=path.parent,
        )
    return text("The database {path} cannot be opened ({problem}).", path=path, problem=str(error))
