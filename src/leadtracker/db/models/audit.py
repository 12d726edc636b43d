"""The audit trail: who changed which field of which record, when, from what to what."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leadtracker.db.models.base import Base, utc_now


class AuditEntry(Base):
    """One change of one field of one record (a create or delete: one entry per field).

    Rows are only ever added (triggers of migration 0003 refuse updates and
    deletions -- except replacing a value with the redaction mark when a
    person's data is erased). ``staff_id`` is no foreign key on purpose: the
    trail outlives the staff member, and their name is kept beside it.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_record", "record_type", "record_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utc_now)
    staff_id: Mapped[int | None]
    staff_name: Mapped[str] = mapped_column(String(200), default="")
    record_type: Mapped[str] = mapped_column(String(40))  # the table: company, project …
    record_id: Mapped[int]
    action: Mapped[str] = mapped_column(String(20))  # create, update, delete
    field: Mapped[str] = mapped_column(String(80), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
