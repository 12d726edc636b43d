"""Backups of a database file: taken with SQLite's online backup API, checked, kept in rotation.

Backups live in a folder beside the database, ``<name>-backups/`` (0700),
as ``<name>-<UTC time>-<reason>.sqlite``, readable by their owner only. The
reason says why one was taken:

- ``daily``: automatically, when the database is opened and the newest daily
  backup is a day old or more; these rotate (:class:`Rotation`: the newest of
  each of the last 7 days and of each of the last 8 weeks are kept);
- ``manual``: asked for (``leadtracker backup``, *File → Back up now*);
- ``before-<revision>``: before a schema upgrade;
- ``before-restore``: the file as it was before a backup replaced it.

Only daily backups are rotated away; the others stay until deleted by hand.

A backup is written under a temporary name beside its target, passes
SQLite's full integrity check there, and only then is renamed into place
(:func:`backup_file`): a backup that was interrupted, failed, or copied a
damaged file never appears in the list, never takes a rotation slot and
never replaces anything. Restoring is :mod:`leadtracker.db.restore`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from leadtracker.db.file_writes import private_folder, remove_stale_parts, replacing
from leadtracker.db.sqlite_files import (
    DatabaseBusyError,
    busy_message,
    connect_existing,
    has_sqlite_header,
    integrity,
    is_busy,
)
from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import text

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"

_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z0-9-]+)\.sqlite$")


class BackupFailedError(DomainError):
    """A backup could not be taken; nothing was written. The message says why."""


def backup_file(source: Path, target: Path, *, check: bool = True) -> Path:
    """Copy the database ``source`` to ``target`` (0600) while it may be in use.

    The copy is written beside ``target`` under a temporary name and renamed
    into place only when it is complete and (with ``check``) passes the full
    integrity check; until then ``target`` stays as it was.

    Raises:
        BackupFailedError: ``source`` is not a sound database, or the copy failed the check.
        DatabaseBusyError: ``source`` stayed locked.
        TargetError: ``target`` is a folder, not a regular file, or in no folder.
        sqlite3.DatabaseError: SQLite could not read ``source`` or write the copy.
    """
    if not has_sqlite_header(source):
        raise BackupFailedError(
            text("{path} is not a LeadTracker database (or its first page is damaged)", path=source)
        )
    with replacing(target, regular_only=True) as temporary:
        _copy(source, temporary)
        if check:
            found = integrity(temporary)
            if found != ("ok",):
                raise BackupFailedError(
                    text(
                        "{path} is damaged, so no backup was taken ({found}); "
                        "`leadtracker check` names the newest sound backup",
                        path=source,
                        found="; ".join(found[:3]),
                    )
                )
    return target


def _copy(source: Path, temporary: Path) -> None:
    """The backup API's copy of ``source`` into the new file ``temporary``."""
    src = connect_existing(source)
    try:
        dst = sqlite3.connect(temporary)
        try:
            try:
                src.backup(dst)
            except sqlite3.OperationalError as error:
                if is_busy(error):
                    raise DatabaseBusyError(busy_message(source)) from None
                raise
            # One self-contained file: reading it later leaves no -wal/-shm beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def default_backup_dir(database: Path) -> Path:
    """The backup folder beside a database: ``<name>-backups/``."""
    return database.with_name(f"{database.stem}-backups")


def timestamped_name(database: Path, reason: str, now: datetime | None = None) -> str:
    """File name of a backup, e.g. ``leadtracker-20261121T101500Z-before-upgrade.sqlite``."""
    stamp = (now or datetime.now(UTC)).strftime(_STAMP)
    return f"{database.stem}-{stamp}-{reason}.sqlite"


@dataclass(frozen=True)
class BackupFile:
    """A backup in a database's backup folder."""

    path: Path
    taken_at: datetime  # UTC
    reason: str

    @property
    def size(self) -> int:
        """Size of the file in bytes."""
        return self.path.stat().st_size


def list_backups(database: Path, folder: Path | None = None) -> list[BackupFile]:
    """The backups of ``database`` in ``folder`` (default: beside it), newest first."""
    folder = folder or default_backup_dir(database)
    found = []
    for path in folder.glob(f"{glob_escape(database.stem)}-*.sqlite") if folder.is_dir() else ():
        match = _NAME.match(path.name)
        if match is None or match["stem"] != database.stem or not has_sqlite_header(path):
            continue  # not ours, or an empty file an older version left when a backup failed
        taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(BackupFile(path, taken, match["reason"]))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def glob_escape(text: str) -> str:
    """``text`` with the characters :meth:`Path.glob` treats specially put in brackets."""
    return re.sub(r"([*?\[])", r"[\1]", text)


def take_backup(
    database: Path, reason: str = MANUAL, *, folder: Path | None = None, now: datetime | None = None
) -> BackupFile:
    """Back ``database`` up into its backup folder now."""
    folder = private_folder(folder or default_backup_dir(database))
    remove_stale_parts(folder)  # what a backup killed half-way left behind
    target, taken = free_name(folder, database, reason, now)
    backup_file(database, target)
    return BackupFile(target, taken, reason)


def free_name(
    folder: Path, database: Path, reason: str, now: datetime | None
) -> tuple[Path, datetime]:
    """A backup file name not yet taken (two backups within a second: the next second's)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    while (folder / timestamped_name(database, reason, moment)).exists() or (
        folder / timestamped_name(database, reason, moment)
    ).is_symlink():
        moment += timedelta(seconds=1)
    return folder / timestamped_name(database, reason, moment), moment


@dataclass(frozen=True)
class Rotation:
    """How many daily backups are kept: the newest of each of the last days and weeks."""

    days: int = 7
    weeks: int = 8

    def keep(self, backups: Sequence[BackupFile]) -> set[Path]:
        """The daily backups to keep of ``backups`` (the newest of each day and ISO week)."""
        daily = sorted(
            (b for b in backups if b.reason == DAILY), key=lambda b: b.taken_at, reverse=True
        )
        kept: set[Path] = set()
        for bucket, count in ((_day, self.days), (_week, self.weeks)):
            seen: list[object] = []
            for backup in daily:
                key = bucket(backup.taken_at)
                if key not in seen:
                    seen.append(key)
                    if len(seen) > count:
                        break
                    kept.add(backup.path)
        return kept


def _day(moment: datetime) -> object:
    return moment.date()


def _week(moment: datetime) -> object:
    year, week, _ = moment.date().isocalendar()
    return (year, week)


def rotate(database: Path, rotation: Rotation, folder: Path | None = None) -> list[Path]:
    """Delete the daily backups ``rotation`` does not keep; the files deleted."""
    backups = list_backups(database, folder)
    keep = rotation.keep(backups)
    removed = [b.path for b in backups if b.reason == DAILY and b.path not in keep]
    removed += _empty_dailies(database, folder or default_backup_dir(database))
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _empty_dailies(database: Path, folder: Path) -> list[Path]:
    """The empty daily backup files an older LeadTracker left when a backup failed."""
    pattern = f"{glob_escape(database.stem)}-*-{DAILY}.sqlite"
    return [p for p in folder.glob(pattern) if p.is_file() and p.stat().st_size == 0]


def daily_backup_due(backups: Iterable[BackupFile], now: datetime | None = None) -> bool:
    """Whether the newest daily backup is a day old or more (or there is none)."""
    now = now or datetime.now(UTC)
    newest = max((b.taken_at for b in backups if b.reason == DAILY), default=None)
    return newest is None or now - newest >= timedelta(days=1)


def daily_backup(
    database: Path,
    rotation: Rotation | None = None,
    *,
    folder: Path | None = None,
    now: datetime | None = None,
) -> BackupFile | None:
    """Take the day's backup if it is due, then rotate; the backup taken, if any."""
    folder = folder or default_backup_dir(database)
    if not daily_backup_due(list_backups(database, folder), now):
        return None
    taken = take_backup(database, DAILY, folder=folder, now=now)
    rotate(database, rotation or Rotation(), folder)
    return taken
