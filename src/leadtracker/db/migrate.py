"""Schema versions: where a database stands and bringing it up to date with Alembic."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.autogenerate.api import AutogenContext
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine
from sqlalchemy.types import TypeDecorator

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


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


def schema_status(connection: Connection) -> SchemaStatus:
    """Read the database's revision and compare it with the program's migrations."""
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise RuntimeError("no migrations found")
    current = MigrationContext.configure(connection).get_current_revision()
    known = current is None or any(rev.revision == current for rev in script.walk_revisions())
    return SchemaStatus(current=current, head=head, known=known)


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration in one transaction.

    Foreign keys are off while tables are rebuilt (SQLite's batch migrations
    drop and recreate tables) and checked before the transaction commits.
    """
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
