"""Cancelling a read from another thread, on a real SQLite file."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from leadtracker.db.database import Database
from leadtracker.db.read_cancel import ReadCancel, ReadCancelledError

#: Counts to a hundred million: many seconds, unless interrupted.
SLOW = text(
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 100000000) "
    "SELECT count(*) FROM n"
)
#: The same, a fraction of a second long.
COUNT_TO_TWO_MILLION = text(
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 2000000) "
    "SELECT count(*) FROM n"
)


def test_a_running_statement_is_interrupted_from_another_thread(db: Database) -> None:
    cancel = ReadCancel()
    done = threading.Event()

    def keep_cancelling() -> None:  # until the statement has surely started
        while not done.wait(0.05):
            cancel.cancel()

    with db.engine.connect() as conn:
        canceller = threading.Thread(target=keep_cancelling)
        try:
            with pytest.raises(ReadCancelledError), cancel.running_on(conn):
                canceller.start()
                conn.execute(SLOW).scalar()
        finally:
            done.set()
            canceller.join()
        conn.rollback()
        assert conn.execute(text("SELECT 1")).scalar() == 1  # the connection reads on
    assert cancel.cancelled


def test_a_read_cancelled_before_it_starts_runs_nothing(db: Database) -> None:
    cancel = ReadCancel()
    cancel.cancel()
    ran = []
    with db.engine.connect() as conn, pytest.raises(ReadCancelledError), cancel.running_on(conn):
        ran.append(True)
    assert not ran
    with pytest.raises(ReadCancelledError):
        cancel.check()


def test_cancelling_after_the_read_leaves_the_connection_alone(db: Database) -> None:
    cancel = ReadCancel()
    done = threading.Event()

    def keep_cancelling() -> None:
        while not done.wait(0.01):
            cancel.cancel()

    with db.engine.connect() as conn:
        with cancel.running_on(conn):
            assert conn.execute(text("SELECT 2")).scalar() == 2
        # The connection is no longer the read's: a statement that runs while
        # the switch is pressed again and again is not interrupted.
        canceller = threading.Thread(target=keep_cancelling)
        canceller.start()
        try:
            assert conn.execute(COUNT_TO_TWO_MILLION).scalar() == 2_000_000
        finally:
            done.set()
            canceller.join()


def test_other_database_errors_are_not_taken_for_a_cancel(db: Database) -> None:
    cancel = ReadCancel()
    with db.engine.connect() as conn:
        with pytest.raises(Exception, match="no such table") as raised, cancel.running_on(conn):
            conn.execute(text("SELECT * FROM no_such_table"))
        assert not isinstance(raised.value, ReadCancelledError)
