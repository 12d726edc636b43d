"""Stopping a read from another thread: the list page nobody waits for any more.

A list reads its first page in the background; when the user types on, the
read for the older text is of no use. :class:`ReadCancel` lets the thread that
asked for it stop it: a statement running at that moment is interrupted
(``sqlite3.Connection.interrupt``, made to be called from another thread), and
the read ends with :class:`ReadCancelledError` at its next step instead of
going on to its next statement.

The connection is only interrupted while the read holds it (between
:meth:`ReadCancel.running_on` entering and leaving, under a lock): once it is
back in the pool, another read may be using it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError


class ReadCancelledError(Exception):
    """The read was cancelled by the one who asked for it (no one waits for its result)."""


class ReadCancel:
    """A cancel switch for one read; :meth:`cancel` may be called from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._dbapi: Any = None  # the driver's connection while the read holds it
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancelled

    def cancel(self) -> None:
        """Stop the read: interrupt its running statement, refuse its next step."""
        with self._lock:
            self._cancelled = True
            interrupt = getattr(self._dbapi, "interrupt", None)
            if interrupt is not None:
                interrupt()

    def check(self) -> None:
        """Raise :class:`ReadCancelledError` if the read was cancelled (between steps)."""
        if self._cancelled:
            raise ReadCancelledError

    @contextmanager
    def running_on(self, conn: Connection) -> Iterator[None]:
        """Let :meth:`cancel` interrupt statements on ``conn`` while the block runs."""
        with self._lock:
            self.check()
            self._dbapi = conn.connection.dbapi_connection
        try:
            yield
        except OperationalError as error:
            if self._cancelled:  # "interrupted": not a fault of the database
                raise ReadCancelledError from error
            raise
        finally:
            with self._lock:
                self._dbapi = None


def _never_cancelled() -> None:
    """The check of a read that has no cancel switch."""


@contextmanager
def cancellable(cancel: ReadCancel | None, conn: Connection) -> Iterator[Callable[[], None]]:
    """:meth:`ReadCancel.running_on` for an optional switch; gives its :meth:`~ReadCancel.check`.

    An interrupt reaches only a statement that is running: a read of several
    statements calls the check between them. No switch: nothing to do.
    """
    if cancel is None:
        yield _never_cancelled
        return
    with cancel.running_on(conn):
        yield cancel.check
