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
from leadtracker.db.migrate import shipped_revisions
from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import reason_of, text


class BackupError(DomainError):
    """A backup cannot be taken or restored; the message says why."""


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

        Raises:
            BackupError: ``target`` is a folder or its folder does not exist.
        """
        if target is None:
            return BackupEntry.of(files.take_backup(self.database, folder=self.folder))
        if target.is_dir():
            raise BackupError(text("{path} is a folder; give the backup a file name", path=target))
        if not target.parent.is_dir():
            raise BackupError(text("The folder {folder} does not exist.", folder=target.parent))
        files.backup_file(self.database, target)
        return BackupEntry(target, datetime.now(UTC), files.MANUAL, target.stat().st_size)

    def daily(self) -> BackupEntry | None:
        """Take the day's backup if the last one is a day old, and rotate; the new one, if any."""
        taken = files.daily_backup(self.database, self.rotation, folder=self.folder)
        return BackupEntry.of(taken) if taken else None

    def health(self, *, full: bool = False) -> Health:
        """SQLite's quick (or full) check of the file; with a damaged file, the backup to use."""
        found = files.integrity(self.database, full=full)
        if found == ("ok",):
            return Health(())
        sound = files.newest_sound(self.database, shipped_revisions(), self.folder)
        return Health(found, BackupEntry.of(sound) if sound else None)

    def restore(self, backup: Path) -> BackupEntry:
        """Replace the database's contents with ``backup``'s; the copy of the file as it was.

        Close every connection of the app to the file first and open it again
        afterwards (an older backup is then brought up to date).

        Raises:
            BackupError: the backup is damaged, missing or of a schema this
                program does not know; nothing was changed.
        """
        try:
            saved = files.restore(self.database, backup, shipped_revisions(), folder=self.folder)
        except files.BackupCheckError as error:
            raise BackupError(
                text("The backup cannot be restored: {problem}.", problem=reason_of(error))
            ) from None
        return BackupEntry.of(saved)
