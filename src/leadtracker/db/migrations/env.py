"""Alembic environment: runs our migrations on a given connection or database file.

The application passes its own connection (``config.attributes["connection"]``).
Developers run Alembic from the repository root against a scratch file, or
a scratch database on a PostgreSQL server::

    alembic -x db=/tmp/scratch.sqlite upgrade head
    alembic -x db=/tmp/scratch.sqlite revision --autogenerate -m "what changed"
    alembic -x db=postgresql://me@localhost/scratch check
"""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import Connection

from leadtracker.db.engine import create_sqlite_engine
from leadtracker.db.migrate import include_name, render_item
from leadtracker.db.models import Base
from leadtracker.db.postgres.address import is_server_address, server_address
from leadtracker.db.postgres.engine import create_postgresql_engine

config = context.config
target_metadata = Base.metadata


def run_on(connection: Connection) -> None:
    """Run the migrations on an open connection."""
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Use the application's connection, or open ``-x db=PATH`` (a file or a server address)."""
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    path = context.get_x_argument(as_dictionary=True).get("db")
    if not path:
        raise SystemExit("give the database file: alembic -x db=PATH …")
    engine = (
        create_postgresql_engine(server_address(path))
        if is_server_address(path)
        else create_sqlite_engine(Path(path))
    )
    with engine.begin() as conn:
        run_on(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("LeadTracker migrations run online only")
run_migrations_online()
