"""The database file the desk works on, as the app reaches it: open it, say why it would not.

The app (``ui/``) does not import the database layer (import-linter: "ui
reaches the database only through services"). What it needs of that layer is
named here, in the words of the services:

* :class:`Database` is the handle of one open file. The app holds it and hands
  it on to services (``Services.on`` in ``services/registry.py``) and closes it; it never
  opens a session or writes SQL itself.
* :func:`open_database`, and the errors that say why a file did not open
  (:class:`DatabaseOpenError`, :data:`DatabaseFault` and :func:`explain` for
  what SQLite said), :func:`is_damage` and :func:`is_network_path`.
* Where a database is (:data:`DatabaseLocation`: a file or a server
  address): :func:`read_location`, :func:`where`, :func:`location_setting`;
  a server address from its parts (:func:`build_server_address`), trying it
  (:func:`try_server`), why it failed (:func:`server_reason`) and its password
  in the keychain (:func:`keep_password`).
* Who is writing (:class:`Attribution`, :class:`StaffNotChosenError`) and the
  switch that stops writes into a file found damaged (:class:`WriteGuard`).
"""

from __future__ import annotations

from pathlib import Path

import psycopg
from sqlalchemy import URL
from sqlalchemy.exc import DatabaseError, OperationalError

from leadtracker.db.audit import Attribution, StaffNotChosenError
from leadtracker.db.database import Database, DatabaseOpenError, open_database
from leadtracker.db.engine import WriteGuard
from leadtracker.db.location import is_network_path
from leadtracker.db.postgres.address import (
    TLS_MODES,
    ServerAddressError,
    build_server_address,
    describe,
    is_server_address,
    server_address,
)
from leadtracker.db.postgres.keychain import KeychainError, keep_password, keychain_key
from leadtracker.db.postgres.probe import ServerUnreachableError, reason, try_server
from leadtracker.db.sqlite_files import explain

__all__ = [
    "TLS_MODES",
    "Attribution",
    "Database",
    "DatabaseFault",
    "DatabaseLocation",
    "DatabaseOpenError",
    "KeychainError",
    "ServerAddress",
    "ServerAddressError",
    "ServerUnreachableError",
    "StaffNotChosenError",
    "WriteGuard",
    "build_server_address",
    "explain",
    "is_damage",
    "is_network_path",
    "is_unreachable",
    "keep_password",
    "location_setting",
    "open_database",
    "read_location",
    "server_reason",
    "try_server",
    "where",
]

#: What SQLite reports through the database layer when a file cannot be read
#: (damaged, not a database, locked); its ``orig`` is SQLite's own error.
DatabaseFault = DatabaseError


def is_damage(error: BaseException) -> bool:
    """Whether ``error`` says the database file is damaged (not a mistake of the user's)."""
    if not isinstance(error, DatabaseFault):
        return False
    reported = str(error.orig).lower()
    return "malformed" in reported or "not a database" in reported


#: Where a database is: an SQLite file, or the address of one on a PostgreSQL server.
DatabaseLocation = Path | URL

#: The address of a database on a PostgreSQL server (never shown with its password).
ServerAddress = URL

server_reason = reason


def is_unreachable(error: BaseException) -> bool:
    """Whether ``error`` (from opening a server database) says the server could not be used.

    Refused, timeout, password, TLS: the connection itself failed, not a
    statement on it (a missing privilege, say).
    """
    return isinstance(error, OperationalError) and isinstance(error.orig, psycopg.OperationalError)


def read_location(given: str) -> DatabaseLocation:
    """A file path or a ``postgresql://`` address, as typed or stored.

    Raises:
        ServerAddressError: a server address that cannot be read.
    """
    return server_address(given) if is_server_address(given) else Path(given)


def where(location: DatabaseLocation) -> str:
    """Where the data lives, for title and status bar: the file, or ``user@host:port/dbname``."""
    return keychain_key(location) if isinstance(location, URL) else str(location)


def location_setting(location: DatabaseLocation) -> str:
    """``location`` as it is remembered in the settings: never with a password."""
    if not isinstance(location, URL):
        return str(location)
    # (URL.set(password=None) would keep the password: set() skips None.)
    return describe(location._replace(password=None))
