"""Backups of the database the desk works on: taking, listing, checking and restoring them.

The command line (``leadtracker backup``, ``leadtracker restore``) and the
app (*File → Back up now*, *Restore from a backup…*, the check after start)
both come here; the file work is :mod:`leadtracker.db.backup`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from leadtracker.db import backup as files
from leadtracker.db import restore as restoring
from leadtracker.db.backup import Rotation, default_backup_dir
from leadtracker.db.file_writes import TargetError
from leadtracker.db.migrate import shipped_revisions
from leadtracker.db.sqlite_files import DatabaseBusyError, integrity
from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import reason_of, text


class BackupError(DomainError):
    """A backup cannot be taken or restored; the message says why."""


__all__ = [
    "BackupEntry",
    "BackupError",
    "BackupService",
    "DatabaseBusyError",
    "Health",
    "Rotation",
    "default_backup_dir",
]


@dataclass(frozen=True)
class BackupEntry:
    """A backup: where it is, when it was taken (UTC), why, and how large it is."""

    path: Path
    taken_at: datetime
    reason: str
    size: int

    @classmethod
    def of(cls, backup: files.BackupFile) -> BackupEntry:
        """The entry of a backup file."""
        return cls(backup.path, backup.taken_at, backup.reason, backup.size)


@dataclass(frozen=True)
class Health:
    """What the quick check of a database file found.

    Attributes:
        problems: SQLite's findings; empty when the file is sound.
        newest_sound: The newest backup that passes the full check, when the
            file is damaged (None: there is none, or the file is sound).
    """

    problems: tuple[str, ...]
    newest_sound: BackupEntry | None = None

    @property
    def sound(self) -> bool:
        """Whether the file passed the check."""
        return not self.problems


class BackupService:
    """Backups of the database file ``database`` (in ``folder``, default beside it)."""

    def __init__(
        self,
        database: Path,
        *,
        folder: Path | None = None,
        rotation: files.Rotation | None = None,
    ) -> None:
        self.database = database
        self.folder = folder or files.default_backup_dir(database)
        self.rotation = rotation or files.Rotation()

    def backups(self) -> tuple[BackupEntry, ...]:
        """Every backup in the folder, newest first."""
        return tuple(BackupEntry.of(b) for b in files.list_backups(self.database, self.folder))

    def back_up(self, target: Path | None = None) -> BackupEntry:
        """Back the database up now: into the folder, or to ``target``.

        The backup appears only when it is complete and passes the integrity check.

        Raises:
            BackupError: ``target`` is a folder, not a regular file, or its
                folder does not exist; the database is damaged or no database.
            DatabaseBusyError: another program kept the database locked.
        """
        try:
            if target is None:
                return BackupEntry.of(files.take_backup(self.database, folder=self.folder))
            files.backup_file(self.database, target)
        except (TargetError, files.BackupFailedError) as error:
            raise BackupError(reason_of(error)) from None
        return BackupEntry(target, datetime.now(UTC), files.MANUAL, target.stat().st_size)

    def daily(self) -> BackupEntry | None:
        """Take the day's backup if the last one is a day old, and rotate; the new one, if any.

        Raises:
            BackupError: the database is damaged (no backup of it is kept).
            DatabaseBusyError: another program kept the database locked.
        """
        try:
            taken = files.daily_backup(self.database, self.rotation, folder=self.folder)
        except files.BackupFailedError as error:
            raise BackupError(reason_of(error)) from None
        return BackupEntry.of(taken) if taken else None

    def health(self, *, full: bool = False) -> Health:
        """SQLite's quick (or full) check of the file; with a damaged file, the backup to use."""
        found = integrity(self.database, full=full)
        if found == ("ok",):
            return Health(())
        sound = restoring.newest_sound(self.database, shipped_revisions(), self.folder)
        return Health(found, BackupEntry.of(sound) if sound else None)

    def restore(self, backup: Path, *, wait: float | None = None) -> BackupEntry:
        """Replace the database's contents with ``backup``'s; the copy of the file as it was.

        Close every connection of the app to the file first and open it again
        afterwards (an older backup is then brought up to date). Another
        program's write is waited for (up to ``wait`` seconds) and kept in
        the copy (``wait`` defaults to :data:`~leadtracker.db.restore.WAIT_SECONDS`);
        the restore never replaces the file under a writer.

        Raises:
            BackupError: the backup is damaged, missing or of a schema this
                program does not know; nothing was changed.
            DatabaseBusyError: another program kept writing; nothing was changed.
        """
        try:
            saved = restoring.restore(
                self.database,
                backup,
                shipped_revisions(),
                folder=self.folder,
                wait=restoring.WAIT_SECONDS if wait is None else wait,
            )
        except restoring.BackupCheckError as error:
            raise BackupError(
                text("The backup cannot be restored: {problem}.", problem=reason_of(error))
            ) from None
        return BackupEntry.of(saved)
