"""Schema versions: where a database stands and bringing it up to date with Alembic.

Alembic is imported only when a migration runs: reading where a database
stands is one query against ``alembic_version``, compared with the revisions
shipped in ``migrations/versions`` (each file is named after its revision,
``0001_initial_schema.py``; a test holds that to Alembic's own view). That
keeps Alembic and its template engine out of every start of the app.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.types import TypeDecorator

if TYPE_CHECKING:
    from alembic.autogenerate.api import AutogenContext
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """Leave what migrations create by hand (search tables, sort indexes) out of comparisons."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith("search_")
    if type_ == "index":
        return not name.startswith("ix_sort_")
    return True


def render_item(type_: str, obj: Any, _context: AutogenContext) -> str | Literal[False]:
    """Write our column types as their storage type, so migrations never import the app."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for our migrations, optionally bound to a connection."""
    from alembic.config import Config  # noqa: PLC0415 -- only when migrating

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@dataclass(frozen=True)
class SchemaStatus:
    """Where a database's schema stands relative to this program."""

    current: str | None
    head: str
    known: bool

    @property
    def up_to_date(self) -> bool:
        """The database is at this program's newest revision."""
        return self.current == self.head

    @property
    def too_new(self) -> bool:
        """The database was written by a newer LeadTracker (an unknown revision)."""
        return self.current is not None and not self.known


def shipped_revisions() -> tuple[str, ...]:
    """The revisions this program ships, oldest first (from the migration file names)."""
    return _revisions_in(MIGRATIONS_DIR)


@cache
def _revisions_in(directory: Path) -> tuple[str, ...]:
    names = (path.name for path in (directory / "versions").iterdir())
    revisions = sorted(m.group(1) for name in names if (m := _REVISION_FILE.match(name)))
    if not revisions:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations found")
    return tuple(revisions)


def schema_status(connection: Connection) -> SchemaStatus:
    """Read the database's revision and compare it with the program's migrations."""
    revisions = shipped_revisions()
    current: str | None = None
    if inspect(connection).has_table("alembic_version"):
        current = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return SchemaStatus(current=current, head=revisions[-1], known=current in (None, *revisions))


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration in one transaction.

    On SQLite, foreign keys are off while tables are rebuilt (SQLite's batch
    migrations drop and recreate tables) and checked before the transaction
    commits. PostgreSQL alters tables in place and always enforces them.
    """
    from alembic import command  # noqa: PLC0415 -- only when migrating

    if engine.dialect.name != "sqlite":
        with engine.connect() as conn, conn.begin():
            command.upgrade(alembic_config(conn), "head")
        return
    with engine.connect() as conn:
        # PRAGMA foreign_keys is ignored inside a transaction: set it on the
        # driver connection, which is in autocommit between our BEGINs.
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"migration left broken references: {problems[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
