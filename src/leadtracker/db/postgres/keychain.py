"""Passwords of server databases in the operating system's keychain (``keyring``).

A password is kept under the service :data:`SERVICE` and the key
``user@host:port/dbname`` (:func:`keychain_key`), never in LeadTracker's
settings or any file of ours. :func:`keychain_password` is the engine's
:data:`~leadtracker.db.postgres.engine.PasswordLookup`: when the keychain holds
nothing (or there is no keychain on this PC) libpq looks further as usual
(``PGPASSWORD``, ``~/.pgpass``).
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError
from sqlalchemy import URL

from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import text

SERVICE = "LeadTracker"
DEFAULT_PORT = 5432


class KeychainError(DomainError):
    """The keychain refused to keep a password."""


def keychain_key(url: URL) -> str:
    """``user@host:port/dbname``: a server database's name in the status bar and keychain."""
    user = f"{url.username}@" if url.username else ""
    host = url.host or str(url.query.get("host") or "localhost")
    port = url.port or url.query.get("port") or DEFAULT_PORT
    return f"{user}{host}:{port}/{url.database}"


def keychain_password(url: URL) -> str | None:
    """The password kept for ``url``; ``None`` if none is kept or there is no keychain."""
    try:
        return keyring.get_password(SERVICE, keychain_key(url))
    except KeyringError:
        return None


def keep_password(url: URL, password: str) -> None:
    """Keep ``password`` for ``url`` in the keychain (an empty one forgets it).

    Raises:
        KeychainError: there is no usable keychain on this PC.
    """
    key = keychain_key(url)
    try:
        if password:
            keyring.set_password(SERVICE, key, password)
        elif keyring.get_password(SERVICE, key) is not None:
            keyring.delete_password(SERVICE, key)
    except KeyringError as error:
        raise KeychainError(
            text(
                "The password for {address} cannot be kept in this PC's keychain ({problem})",
                address=key,
                problem=error,
            )
        ) from error
