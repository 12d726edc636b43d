"""Where the command line's database is, and opening it for a command."""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path

from platformdirs import user_data_path

from leadtracker.cli.output import warn
from leadtracker.db.database import Database, open_database
from leadtracker.db.location import NETWORK_WARNING, is_network_path

APP_NAME = "LeadTracker"
DB_ENV = "LEADTRACKER_DB"


def default_database_path() -> Path:
    """``$LEADTRACKER_DB``, else ``leadtracker.sqlite`` in the user's data folder."""
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env)
    return user_data_path(APP_NAME, appauthor=False) / "leadtracker.sqlite"


def database_path(args: argparse.Namespace) -> Path:
    """The database of this command line: ``--db``, else the default."""
    return Path(args.db or default_database_path())


def writes(args: argparse.Namespace) -> bool:
    """Whether the command of ``args`` changes records (then a damaged file is refused)."""
    command, action = getattr(args, "command", None), getattr(args, "action", None)
    return (
        (command == "import" and not getattr(args, "dry_run", False))
        or command in {"demo", "delete"}
        or (command == "trash" and action in {"restore", "empty"})
        or (command == "privacy" and action == "erase")
    )


def open_for_command(
    args: argparse.Namespace, *, create: bool = True, migrate: bool = True
) -> Database:
    """Open the database of ``args``; changes are attributed to the person at this terminal.

    A command that writes first runs SQLite's quick check: nothing is written
    into a damaged file (the error names the newest sound backup).
    """
    database = open_database(
        database_path(args), create=create, migrate=migrate, refuse_damaged=writes(args)
    )
    # Changes made here are the person's at this terminal (the app names a staff member).
    database.attribution.staff_name = f"{getpass.getuser()} (command line)"
    if is_network_path(database.path):
        warn(f"leadtracker: warning: {NETWORK_WARNING}")
    if database.backup is not None:
        warn(
            f"Database upgraded from schema {database.upgraded_from}; "
            f"backup kept at {database.backup}"
        )
    return database


def open_existing(args: argparse.Namespace) -> Database:
    """Open the database of ``args``, which must exist."""
    return open_for_command(args, create=False)
