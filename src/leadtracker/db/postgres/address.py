"""A database on a PostgreSQL server: ``postgresql://user@host:port/dbname``.

A database location is either an SQLite file or a server address; the
address is parsed by SQLAlchemy's URL parser, never taken apart or put
together as a string, and always gets our driver (psycopg 3).
"""

from __future__ import annotations

from sqlalchemy import URL
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import Text, text

DRIVER = "postgresql+psycopg"
_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


class ServerAddressError(DomainError):
    """A server address that cannot be read."""


def is_server_address(location: str) -> bool:
    """Whether ``location`` names a database on a PostgreSQL server (not a file)."""
    return location.strip().lower().startswith(_SCHEMES)


def server_address(location: str) -> URL:
    """The SQLAlchemy URL (driver psycopg 3) of a ``postgresql://…`` address.

    Raises:
        ServerAddressError: the address cannot be read or names no database.
    """
    try:
        url = make_url(location.strip())
    except (ArgumentError, ValueError) as error:
        raise ServerAddressError(
            text("{address} is not a server address ({problem})", address=location, problem=error)
        ) from error
    if not url.database:
        raise ServerAddressError(
            text(
                "{address} names no database: add it after the port, as in "
                "postgresql://user@host:5432/leadtracker",
                address=describe(url),
            )
        )
    return url.set(drivername=DRIVER)


def describe(url: URL) -> str:
    """The address as users see it: without the driver and never with a password."""
    return url.set(drivername="postgresql").render_as_string(hide_password=True)


def explain(error: BaseException, url: URL) -> Text:
    """``error`` from the server of ``url`` as one line (which server; the driver's reason).

    Telling refused, timeout, bad password and TLS apart is still to come.
    """
    problem = " ".join(str(error).split())  # libpq's reasons run over several lines
    return text(
        "The database {path} cannot be used ({problem}); `leadtracker check` tells more.",
        path=describe(url),
        problem=problem,
    )
