"""Backups of a database file: taken with SQLite's online backup API, kept in rotation, restored.

Backups live in a folder beside the database, ``<name>-backups/``, as
``<name>-<UTC time>-<reason>.sqlite``, readable by their owner only. The
reason says why one was taken:

- ``daily``: automatically, when the database is opened and the newest daily
  backup is a day old or more; these rotate (:class:`Rotation`: the newest of
  each of the last 7 days and of each of the last 8 weeks are kept);
- ``manual``: asked for (``leadtracker backup``, *File → Back up now*);
- ``before-<revision>``: before a schema upgrade;
- ``before-restore``: the file as it was before a backup replaced it.

Only daily backups are rotated away; the others stay until deleted by hand.

A backup is checked before it is restored (:func:`verify`): SQLite's full
``integrity_check`` and a LeadTracker schema this program can read. Restoring
copies the backup *into* the database with the backup API, in one
transaction, so the file never is half old and half new, and other
connections see the restored data at their next read.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from leadtracker.domain.messages import text

DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"

_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[a-z0-9-]+)\.sqlite$")


def backup_file(source: Path, target: Path) -> Path:
    """Copy the database ``source`` to ``target`` (created 0600) while it may be in use."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            # One self-contained file: reading it later leaves no -wal/-shm beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return target


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
        if match is None or match["stem"] != database.stem:
            continue
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
    folder = folder or default_backup_dir(database)
    target, taken = _free_name(folder, database, reason, now)
    backup_file(database, target)
    return BackupFile(target, taken, reason)


def _free_name(
    folder: Path, database: Path, reason: str, now: datetime | None
) -> tuple[Path, datetime]:
    """A backup file name not yet taken (two backups within a second: the next second's)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    while (folder / timestamped_name(database, reason, moment)).exists():
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
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


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
    if not daily_backup_due(list_backups(database, folder), now):
        return None
    taken = take_backup(database, DAILY, folder=folder, now=now)
    rotate(database, rotation or Rotation(), folder)
    return taken


class BackupCheckError(Exception):
    """A backup cannot be restored: the message says why."""


def integrity(path: Path, *, full: bool = True) -> tuple[str, ...]:
    """SQLite's ``integrity_check`` (or ``quick_check``) of a file: ``("ok",)`` when sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return tuple(str(row[0]) for row in conn.execute(f"PRAGMA {pragma}"))
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return (str(error),)


def schema_revision(path: Path) -> str | None:
    """The schema revision a LeadTracker database file has (None: not one)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def verify(backup: Path, revisions: Sequence[str]) -> None:
    """Check that ``backup`` is a sound LeadTracker database of one of ``revisions``.

    Raises:
        BackupCheckError: it is damaged, no LeadTracker database, or of an unknown schema.
    """
    if not backup.is_file():
        raise BackupCheckError(text("{path} does not exist", path=backup))
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
) -> BackupFile:
    """Replace the contents of ``database`` with ``backup``'s, after backing it up.

    The backup is verified first; the current file is saved as a
    ``before-restore`` backup (when it can still be read); then the backup is
    copied into it in one transaction. Returns the ``before-restore`` backup
    (or, when the current file could not be copied, a record of where it
    would have gone).

    Raises:
        BackupCheckError: the backup is damaged or of an unknown schema.
    """
    verify(backup, revisions)
    saved = _save_current(database, folder, now)
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(database, timeout=30)
        try:
            source.backup(target)
        except sqlite3.DatabaseError:  # the file is too damaged to be written into
            target.close()
            _replace_file(database, backup)
        finally:
            target.close()
    finally:
        source.close()
    return saved


def _replace_file(database: Path, backup: Path) -> None:
    """Put a copy of ``backup`` in place of ``database`` (and drop the old file's WAL)."""
    temporary = database.with_name(f".{database.name}.restoring")
    backup_file(backup, temporary)
    temporary.replace(database)
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)


def _save_current(database: Path, folder: Path | None, now: datetime | None) -> BackupFile:
    """The ``before-restore`` copy of the current file; a damaged one is copied byte for byte."""
    folder = folder or default_backup_dir(database)
    target, now = _free_name(folder, database, BEFORE_RESTORE, now)
    try:
        backup_file(database, target)
    except sqlite3.DatabaseError:  # too damaged for SQLite: keep the bytes as they are
        target.write_bytes(database.read_bytes())  # into the 0600 file backup_file created
    return BackupFile(target, now, BEFORE_RESTORE)


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
