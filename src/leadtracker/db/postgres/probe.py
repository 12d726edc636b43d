"""Trying a server address before working on it, and why a connection failed, in one line.

:func:`reason` sorts libpq's many-lined reasons into what a user can act on:
the server refused (nothing listens there), no answer in time, a wrong
password, no such database, TLS or its certificate; anything else keeps the
driver's words. :func:`try_server` connects once with the engine's settings
and tells the server's version.
"""

from __future__ import annotations

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy import URL

from leadtracker.db.postgres.engine import APPLICATION_NAME, CONNECT_TIMEOUT
from leadtracker.db.postgres.keychain import keychain_key, keychain_password
from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import Text, text


class ServerUnreachableError(DomainError):
    """A server database that cannot be reached or logged into (the message says why)."""


#: Parts of libpq's messages, lower-case, and what they mean to a user.
_REASONS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("password authentication failed", "no password supplied", "password is required"), "bad"),
    (("does not exist",), "database"),
    (("connection refused", "no such file or directory", "could not connect to server"), "refused"),
    (("timeout expired", "timed out"), "timeout"),
    (("ssl", "certificate", "tls", "gssencmode"), "tls"),
)


def reason(error: BaseException, url: URL) -> Text:
    """``error`` from the server of ``url`` as one line: which server and what went wrong."""
    said = " ".join(str(error).split())
    lowered = said.lower()
    where = keychain_key(url)
    kind = next((k for parts, k in _REASONS if any(p in lowered for p in parts)), "")
    if kind == "database" and "role" in lowered:
        kind = "user"
    lines = {
        "bad": lambda: text(
            "{server}: the password was not accepted (or none was given)", server=where
        ),
        "database": lambda: text(
            "{server}: there is no database {name} on this server",
            server=where,
            name=url.database,
        ),
        "user": lambda: text(
            "{server}: the server knows no user {user}", server=where, user=url.username
        ),
        "refused": lambda: text(
            "{server}: the server refused the connection (is it running, is the port right?)",
            server=where,
        ),
        "timeout": lambda: text(
            "{server}: no answer within {seconds} seconds", server=where, seconds=CONNECT_TIMEOUT
        ),
        "tls": lambda: text("{server}: TLS failed ({problem})", server=where, problem=said),
    }
    made = lines.get(kind)
    if made is None:
        return text("{server} cannot be reached ({problem})", server=where, problem=said)
    return made()


def try_server(url: URL, password: str | None = None) -> str:
    """Connect to ``url`` once; the server's version (e.g. ``16.4``).

    ``password``: the one typed in; without it the keychain's, else libpq's
    own (``PGPASSWORD``, ``~/.pgpass``).

    Raises:
        ServerUnreachableError: the connection failed; the message says why.
    """
    given = password or url.password or keychain_password(url)
    params: dict[str, str | int | None] = {
        key: value
        for key, value in {
            "host": url.host,
            "port": url.port,
            "user": url.username,
            "dbname": url.database,
            "password": given,
        }.items()
        if value
    }
    params.update({key: str(value) for key, value in url.query.items()})
    try:
        with psycopg.connect(
            make_conninfo(
                "", **params, application_name=APPLICATION_NAME, connect_timeout=CONNECT_TIMEOUT
            )
        ) as connection:
            version = connection.info.server_version
    except psycopg.Error as error:
        raise ServerUnreachableError(reason(error, url)) from error
    major, minor = divmod(version, 10000)
    return f"{major}.{minor}"
