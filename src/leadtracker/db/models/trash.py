"""The trash: deleted companies, contacts and projects, waiting to be restored or emptied."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from leadtracker.db.models.base import Base, utc_now
from leadtracker.db.models.companies import Company, Contact
from leadtracker.db.models.projects import Project
from leadtracker.db.models.work import Activity, Task


class TrashEntry(Base):
    """One deletion: the record the user deleted (``kind``, ``record_id``) and when, by whom.

    The rows it took along (a company's contacts and projects, their
    activities and tasks) carry the entry's id in ``trashed_in``.
    """

    __tablename__ = "trash_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # company, contact, project
    record_id: Mapped[int]
    label: Mapped[str] = mapped_column(String(300), default="")
    trashed_at: Mapped[datetime] = mapped_column(default=utc_now)
    trashed_by: Mapped[str] = mapped_column(String(200), default="")


# Partial indexes: the rows of one trash entry are found at once, and queries
# for rows in use (``trashed_in IS NULL``) never pick these indexes.
for _model in (Company, Contact, Project, Activity, Task):
    Index(
        f"ix_{_model.__tablename__}_trashed_in",
        _model.trashed_in,
        sqlite_where=_model.trashed_in.is_not(None),
        postgresql_where=_model.trashed_in.is_not(None),
    )
