"""Where the command line's database is, and opening it for a command."""

from __future__ import annotations

import argparse
import getpass
import os
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy import URL

from leadtracker.cli.output import warn
from leadtracker.db.database import Database, open_database
from leadtracker.db.location import NETWORK_WARNING, is_network_path
from leadtracker.db.postgres.address import is_server_address, server_address
from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import text
from leadtracker.services.opening import where
from leadtracker.services.registry import Services

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


class NotOnServerYetError(DomainError):
    """A command that so far works on a database file only was given a server address."""


def database_file(args: argparse.Namespace, command: str) -> Path:
    """The database file of a command that works on files only so far (backup, check, demo …).

    A server address is refused in one line naming the command and the server,
    instead of the command failing somewhere inside.
    """
    location = database_location(args)
    if isinstance(location, URL):
        raise NotOnServerYetError(
            text(
                "“{command}” works on a database file only so far, "
                "not on the team database {server}",
                command=command,
                server=where(location),
            )
        )
    return location


def database_location(args: argparse.Namespace) -> Path | URL:
    """The database of this command line: a file, or a ``postgresql://`` server address."""
    given = args.db or os.environ.get(DB_ENV)
    if given and is_server_address(str(given)):
        return server_address(str(given))
    return database_path(args)


def open_for_command(
    args: argparse.Namespace, *, writes: bool, create: bool = False, migrate: bool = True
) -> Database:
    """Open the database of ``args``; changes are attributed to the person at this terminal.

    A command that ``writes`` first runs SQLite's quick check: nothing is
    written into a damaged file (the error names the newest sound backup).
    Without ``create`` the file must exist. Commands open with :func:`opened`;
    only ``check`` opens by itself, to tell a file it cannot read from others.
    """
    location = database_location(args)
    if isinstance(location, URL):  # on a server: no file to create or check
        database = open_database(location, migrate=migrate)
    else:
        database = open_database(location, create=create, migrate=migrate, refuse_damaged=writes)
    # Changes made here are the person's at this terminal (the app names a staff member).
    database.attribution.staff_name = f"{getpass.getuser()} (command line)"
    if not database.on_server and is_network_path(database.path):
        warn(f"leadtracker: warning: {NETWORK_WARNING}")
    if database.backup is not None:
        warn(
            f"Database upgraded from schema {database.upgraded_from}; "
            f"backup kept at {database.backup}"
        )
    return database


@contextmanager
def opened(args: argparse.Namespace, *, writes: bool, create: bool = False) -> Iterator[Services]:
    """The services on the database of ``args``, open for the ``with`` block and closed after it.

    Every command opens its database this way and takes its services from
    the registry it yields (``services.database`` is the open file); the
    file is closed after the block, also on an error. ``writes``: the command
    changes records (a damaged file is refused before anything is written);
    ``create``: a missing file becomes a new database. What goes wrong inside
    is left to the command line's one mapping of errors to a line and an exit
    code (:func:`leadtracker.cli.failures.run_command`), after the file is closed.
    """
    database = open_for_command(args, writes=writes, create=create)
    with closing(database):
        yield Services.on(database)
