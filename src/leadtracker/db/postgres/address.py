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


#: libpq's TLS modes, the weakest first (``verify-*`` check the server's certificate).
MAX_PORT = 65535
TLS_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")


def build_server_address(
    *,
    host: str,
    port: int | str,
    database: str,
    user: str,
    tls_mode: str = "prefer",
    root_certificate: str = "",
) -> URL:
    """The address of a database from its parts, as the connection dialog has them.

    Raises:
        ServerAddressError: a part is missing or not valid (the message names it).
    """
    host, database, user = host.strip(), database.strip(), user.strip()
    missing = {
        "host": text("Host: this must be filled in"),
        "database": text("Database: this must be filled in"),
        "user": text("User: this must be filled in"),
    }
    spaced = {
        "host": text("Host: {value} may not contain spaces", value=host),
        "database": text("Database: {value} may not contain spaces", value=database),
        "user": text("User: {value} may not contain spaces", value=user),
    }
    for field, value in (("host", host), ("database", database), ("user", user)):
        if not value:
            raise ServerAddressError(missing[field])
        if any(c.isspace() for c in value):
            raise ServerAddressError(spaced[field])
    try:
        number = int(str(port).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_PORT:
        raise ServerAddressError(
            text("Port: {value} is not a port number (1–65535)", value=str(port).strip())
        )
    if tls_mode not in TLS_MODES:
        raise ServerAddressError(text("TLS mode: {value} is not known", value=tls_mode))
    query = {"sslmode": tls_mode}
    certificate = root_certificate.strip()
    if tls_mode.startswith("verify-"):
        if not certificate:
            raise ServerAddressError(
                text("Root certificate: {mode} needs the certificate file", mode=tls_mode)
            )
        query["sslrootcert"] = certificate
    return URL.create(DRIVER, username=user, host=host, port=number, database=database, query=query)
