"""``leadtracker backup`` and ``leadtracker restore``: copies of the database, and going back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from leadtracker.cli.confirm import stop_unless_confirmed
from leadtracker.cli.exits import EXIT_OK
from leadtracker.cli.opening import database_file
from leadtracker.cli.output import say
from leadtracker.services.registry import Services
from leadtracker.services.safety.backups import BackupEntry


def add_backup_commands(commands: Any) -> None:
    """Add ``backup`` and ``restore`` to the command line's sub-commands."""
    backup = commands.add_parser(
        "backup",
        help="copy the database file now (into its backup folder, or to -o FILE); "
        "--list shows the backups",
    )
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="where to write the copy")
    backup.add_argument("--list", action="store_true", help="list the backups, newest first")
    backup.set_defaults(handler=lambda args: _run_backup(args, database_file(args, "backup")))
    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup (the current file is backed up first)",
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=lambda args: _run_restore(args, database_file(args, "restore")))


def _describe(entry: BackupEntry) -> str:
    when = entry.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{when}  {entry.reason:<22} {entry.size / 1_048_576:8.1f} MiB  {entry.path}"


def _require(database: Path) -> None:
    if not database.is_file():
        raise FileNotFoundError(2, "there is no database", str(database))


def _run_backup(args: argparse.Namespace, database: Path) -> int:
    _require(database)
    service = Services.backups_of(database)
    if args.list:
        entries = service.backups()
        for entry in entries:
            say(_describe(entry))
        if not entries:
            say(f"No backups in {service.folder}")
        return EXIT_OK
    entry = service.back_up(args.output)
    say(f"Backed up to {entry.path} ({entry.size / 1_048_576:.1f} MiB)")
    return EXIT_OK


def _run_restore(args: argparse.Namespace, database: Path) -> int:
    _require(database)
    backup = args.file.expanduser().resolve()
    stop = stop_unless_confirmed(
        args.yes,
        f"Replace the contents of {database} with the backup {backup.name}? "
        "The current file is backed up first.",
        "restoring replaces the database; add --yes to do it without asking",
    )
    if stop is not None:
        return stop
    saved = Services.backups_of(database).restore(backup)
    say(f"Restored {backup.name} into {database}")
    say(f"The file as it was is kept at {saved.path}")
    return EXIT_OK
