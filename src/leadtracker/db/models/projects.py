"""Projects (one inquiry, one possible settlement), the pipeline's stages and history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column, relationship

from leadtracker.db.models.base import Base, Timestamped, Trashable, Versioned, utc_now
from leadtracker.domain.pipeline.stages import StageCategory
from leadtracker.domain.vocabulary import LostReason, PermitStatus, ProjectSource, ProjectType


class Stage(Base):
    """A configured pipeline stage; keys are stable, labels and order can change."""

    __tablename__ = "stage"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    label: Mapped[str] = mapped_column(String(100))
    category: Mapped[StageCategory]
    position: Mapped[int]


class Project(Trashable, Versioned, Timestamped, Base):
    """One inquiry and the possible settlement of one company in Düsseldorf."""

    __tablename__ = "project"
    # A pipeline column: the projects of one stage by inquiry date (the board).
    __table_args__ = (Index("ix_project_stage_received", "stage_key", "received_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("company.id", ondelete="RESTRICT"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    # A confidential project is shown by its code name outside the desk.
    code_name: Mapped[str] = mapped_column(String(100), default="")
    project_type: Mapped[ProjectType] = mapped_column(default=ProjectType.OTHER)
    source: Mapped[ProjectSource] = mapped_column(default=ProjectSource.DIRECT)
    partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), index=True
    )
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"), index=True
    )
    stage_key: Mapped[str] = mapped_column(ForeignKey("stage.key"))
    received_on: Mapped[date] = mapped_column(index=True)
    planned_jobs: Mapped[int | None]
    planned_investment: Mapped[Decimal | None]
    office_space_m2: Mapped[int | None]
    target_date: Mapped[date | None]
    decision_date: Mapped[date | None]
    # jsonb on PostgreSQL: its json type has no equality (no DISTINCT, UNION, GROUP BY).
    competing_locations: Mapped[list[str]] = mapped_column(
        JSON().with_variant(JSONB(), "postgresql"), default=list
    )
    lost_reason: Mapped[LostReason | None]
    lost_to_location: Mapped[str] = mapped_column(String(200), default="")
    # Landing checklist
    trade_registered_on: Mapped[date | None]
    register_entry_on: Mapped[date | None]
    permits_status: Mapped[PermitStatus] = mapped_column(default=PermitStatus.OPEN)
    lease_signed_on: Mapped[date | None]
    opened_on: Mapped[date | None]
    jobs_at_opening: Mapped[int | None]
    actual_investment: Mapped[Decimal | None]
    notes: Mapped[str] = mapped_column(Text, default="")

    stage_changes: Mapped[list[StageChange]] = relationship(
        back_populates="project", order_by="StageChange.changed_at", cascade="all, delete-orphan"
    )


class StageChange(Base):
    """One move of a project between stages; the first has no ``from_stage``."""

    __tablename__ = "stage_change"
    __table_args__ = (Index("ix_stage_change_project_when", "project_id", "changed_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    from_stage: Mapped[str | None] = mapped_column(ForeignKey("stage.key"))
    to_stage: Mapped[str] = mapped_column(ForeignKey("stage.key"))
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")

    project: Mapped[Project] = relationship(back_populates="stage_changes")
