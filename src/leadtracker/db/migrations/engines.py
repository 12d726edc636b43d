"""What the migrations write differently for each database engine.

The SQLite statements of every revision stay exactly as they were released
(older files upgrade through them); PostgreSQL gets its own where SQLite's
syntax or features differ. A PostgreSQL database is only ever created empty
and brought to head in one go, so the data steps of a revision (rewriting
existing rows) have nothing to do there.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def on_postgresql() -> bool:
    """Whether the migration runs on a PostgreSQL server."""
    return bool(op.get_bind().dialect.name == "postgresql")


def current_timestamp() -> sa.TextClause:
    """A timestamp column's server default: the current time in UTC, without a zone.

    PostgreSQL's ``CURRENT_TIMESTAMP`` into a ``timestamp`` column gives the
    session's local time, so the UTC time is asked for explicitly there.
    """
    if on_postgresql():
        return sa.text("timezone('utc', now())")
    return sa.text("(CURRENT_TIMESTAMP)")


def sort_key_type() -> sa.Text:
    """A sort key column: compared code point by code point (``COLLATE "C"`` on PostgreSQL).

    SQLite compares text as bytes; a PostgreSQL database's own collation
    would sort by its locale's rules instead (and the indexes with it).
    """
    if on_postgresql():
        return sa.Text(collation="C")
    return sa.Text()
