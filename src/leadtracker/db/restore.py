"""Restoring a backup into a database file that other programs may be using.

A backup is checked before it is restored (:func:`verify`): a regular file,
SQLite's full ``integrity_check``, and a LeadTracker schema this program can
read.

Restoring (:func:`restore`) copies the backup *into* the database with
SQLite's backup API, in one write transaction, so that the file is never
half old and half new and other connections see the restored data at their
next read. The write lock is taken first, waiting as long as a writer
may keep it (or refusing: "the database is busy"); only while it is held is
the current file copied aside as the ``before-restore`` backup. So every
change another program committed before the restore is in that copy, and no
change can be committed between the copy and the restore.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from leadtracker.db.backup import (
    BEFORE_RESTORE,
    BackupFile,
    backup_file,
    default_backup_dir,
    free_name,
    list_backups,
)
from leadtracker.db.file_writes import private_folder, replacing
from leadtracker.db.sqlite_files import (
    DatabaseBusyError,
    busy_message,
    connect_existing,
    integrity,
    is_busy,
    is_damage,
    page_count,
    schema_revision,
)
from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import text

#: How long a restore waits for another program's write to finish (seconds).
WAIT_SECONDS = 30.0
_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED as the backup API reports them


class BackupCheckError(DomainError):
    """A backup cannot be restored: the message says why."""


def verify(backup: Path, revisions: Sequence[str]) -> None:
    """Check that ``backup`` is a sound LeadTracker database of one of ``revisions``.

    Raises:
        BackupCheckError: it is missing, a folder or device, damaged, no
            LeadTracker database, or of an unknown schema.
    """
    if backup.is_dir():
        raise BackupCheckError(text("{path} is a folder, not a backup file", path=backup))
    if not backup.exists():
        raise BackupCheckError(text("{path} does not exist", path=backup))
    if not backup.is_file():
        raise BackupCheckError(text("{path} is not a regular file", path=backup))
    found = integrity(backup)
    if found != ("ok",):
        raise BackupCheckError(
            text("{file} is damaged: {found}", file=backup.name, found="; ".join(found[:3]))
        )
    revision = schema_revision(backup)
    if revision is None:
        raise BackupCheckError(text("{file} is not a LeadTracker database", file=backup.name))
    if revision not in revisions:
        raise BackupCheckError(
            text(
                "{file} has a schema this LeadTracker does not know ({revision}); "
                "a newer LeadTracker wrote it",
                file=backup.name,
                revision=revision,
            )
        )


def restore(
    database: Path,
    backup: Path,
    revisions: Sequence[str],
    *,
    folder: Path | None = None,
    now: datetime | None = None,
    wait: float = WAIT_SECONDS,
) -> BackupFile:
    """Replace the contents of ``database`` with ``backup``'s, after backing it up.

    Returns the ``before-restore`` backup: the file as it was, with every
    change committed before the restore took the write lock.

    Raises:
        BackupCheckError: the backup is damaged or of an unknown schema.
        DatabaseBusyError: another program kept the write lock longer than ``wait``.
        sqlite3.DatabaseError: the database file cannot be written.
    """
    verify(backup, revisions)
    if not database.is_file():
        raise BackupCheckError(text("there is no database at {path}", path=database))
    aside, moment = free_name(
        private_folder(folder or default_backup_dir(database)), database, BEFORE_RESTORE, now
    )
    source = connect_existing(backup)
    try:
        try:
            _copy_locked(source, database, aside, wait)
        except sqlite3.DatabaseError as error:
            if not is_damage(error):
                raise
            # The current file is too damaged to be written into: keep its bytes, replace it.
            if not aside.exists():
                _save_bytes(database, aside)
            _replace_file(database, backup)
    finally:
        source.close()
    return BackupFile(aside, moment, BEFORE_RESTORE)


def _copy_locked(source: sqlite3.Connection, database: Path, aside: Path, wait: float) -> None:
    """Copy ``source`` into ``database``; ``aside`` gets the old contents under the write lock.

    The backup API takes the destination's write lock at its first step and
    holds it until the last; the first step copies half of the pages into
    the open transaction, which no other connection sees. The progress call
    after it saves the committed state aside, while nobody can commit.
    """
    pages = page_count(source)
    if pages < 2:
        raise BackupCheckError(text("the backup is empty"))
    target = sqlite3.connect(database, timeout=min(wait, 1.0))
    # In WAL mode a reader sees the last commit while the restore's pages wait
    # uncommitted; in rollback mode it would wait for them. LeadTracker's files
    # are WAL files; one a restore replaced whole is not yet.
    target.execute("PRAGMA journal_mode = WAL")
    started = time.monotonic()
    saved = False

    def progress(status: int, _remaining: int, _total: int) -> None:
        nonlocal saved
        if status in _BUSY_CODES:
            if time.monotonic() - started >= wait:
                raise DatabaseBusyError(busy_message(database))
            return  # the backup API sleeps, then tries again
        if not saved:
            _save_current(database, aside)
            saved = True

    try:
        source.backup(target, pages=max(1, pages // 2), progress=progress, sleep=0.05)
    except sqlite3.OperationalError as error:
        if is_busy(error):
            raise DatabaseBusyError(busy_message(database)) from None
        raise
    finally:
        target.close()
    if not saved:  # pragma: no cover -- a LeadTracker database has many pages
        raise AssertionError("the restore finished in one step: no before-restore copy")


def _save_current(database: Path, aside: Path) -> None:
    """The ``before-restore`` copy of the current file; a damaged one is copied byte for byte."""
    try:
        backup_file(database, aside, check=False)
    except (sqlite3.DatabaseError, DomainError) as error:  # too damaged for SQLite: the bytes
        if isinstance(error, DatabaseBusyError) or is_busy(error):
            raise
        _save_bytes(database, aside)


def _save_bytes(database: Path, aside: Path) -> None:
    with replacing(aside, regular_only=True) as temporary:
        temporary.write_bytes(database.read_bytes())


def _replace_file(database: Path, backup: Path) -> None:
    """Put a copy of ``backup`` in place of ``database``, without the old file's WAL."""
    for suffix in ("-wal", "-shm"):  # never replayed onto the new file
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    backup_file(backup, database)


def newest_sound(
    database: Path, revisions: Sequence[str], folder: Path | None = None
) -> BackupFile | None:
    """The newest backup of ``database`` that passes :func:`verify` (None: there is none)."""
    for backup in list_backups(database, folder):
        try:
            verify(backup.path, revisions)
        except BackupCheckError:
            continue
        return backup
    return None
