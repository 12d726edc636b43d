"""The day's work: activities (calls, meetings, visits …) and tasks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from leadtracker.db.models.base import Base, Timestamped, Trashable, Versioned
from leadtracker.db.models.companies import Contact
from leadtracker.db.models.people import User
from leadtracker.domain.vocabulary import ActivityKind

activity_contact = Table(
    "activity_contact",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("contact_id", ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True),
)
activity_user = Table(
    "activity_user",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
)


class Activity(Trashable, Versioned, Timestamped, Base):
    """Something that happened with a company or project, and who took part."""

    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_project_when", "project_id", "occurred_at"),
        Index("ix_activity_company_when", "company_id", "occurred_at"),
        Index("ix_activity_occurred_at", "occurred_at"),  # My day: recently logged
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[ActivityKind]
    occurred_at: Mapped[datetime]
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    subject: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    contacts: Mapped[list[Contact]] = relationship(secondary=activity_contact)
    staff: Mapped[list[User]] = relationship(secondary=activity_user)


class Task(Trashable, Versioned, Timestamped, Base):
    """A follow-up with a due date and an owner."""

    __tablename__ = "task"
    __table_args__ = (Index("ix_task_owner_open_due", "owner_id", "done_at", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date | None]
    done_at: Mapped[datetime | None]
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    company_id: Mapped[int | None] = mapped_column(
        ForeignKey("company.id", ondelete="CASCADE"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
