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
* Who is writing (:class:`Attribution`, :class:`StaffNotChosenError`) and the
  switch that stops writes into a file found damaged (:class:`WriteGuard`).
"""

from __future__ import annotations

from sqlalchemy.exc import DatabaseError

from leadtracker.db.audit import Attribution, StaffNotChosenError
from leadtracker.db.database import Database, DatabaseOpenError, open_database
from leadtracker.db.engine import WriteGuard
from leadtracker.db.location import is_network_path
from leadtracker.db.sqlite_files import explain

__all__ = [
    "Attribution",
    "Database",
    "DatabaseFault",
    "DatabaseOpenError",
    "StaffNotChosenError",
    "WriteGuard",
    "explain",
    "is_damage",
    "is_network_path",
    "open_database",
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
