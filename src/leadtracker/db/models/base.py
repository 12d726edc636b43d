"""The declarative base every model derives from, and shared column mixins."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from leadtracker.db.types import Money, UTCDateTime, string_enum

# Stable constraint names: Alembic's batch mode on SQLite needs them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base with our value types mapped from annotations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 -- SQLAlchemy reads this class attribute
        datetime: UTCDateTime(),
        Decimal: Money(),
        enum.Enum: string_enum(),
    }


class Timestamped:
    """``created_at`` and ``updated_at`` kept by the database session."""

    created_at: Mapped[datetime] = mapped_column(default=utc_now, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        default=utc_now, onupdate=utc_now, server_default=func.now()
    )


class Trashable:
    """``trashed_in``: the trash entry a deleted record waits in; ``None`` while in use.

    Deleting a company, contact or project moves it -- with what hangs off it
    -- into one :class:`~leadtracker.db.models.trash.TrashEntry`; every ORM
    query leaves such rows out (:mod:`leadtracker.db.trash_filter`), and
    restoring clears the mark again. No foreign key: the entry and its rows
    are only ever emptied together, by the trash service.
    """

    #: Indexed only where set (``models/trash.py``): an index on a column that
    #: is NULL almost everywhere would tempt SQLite away from better plans.
    trashed_in: Mapped[int | None] = mapped_column()


class Versioned:
    """A ``version`` the ORM counts up with every save of the record.

    An update is written ``WHERE version = <the version read>``: two windows
    (or PCs) saving the same record cannot silently overwrite each other --
    the services compare the version an editor loaded with the current one
    first, and the ORM refuses a save that crosses another in flight.
    """

    version: Mapped[int] = mapped_column(default=1, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 -- SQLAlchemy's class-level directive
        return {"version_id_col": cls.version}
