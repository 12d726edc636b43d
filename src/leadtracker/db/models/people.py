"""Staff members, partner organisations and events: the desk's own network."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from leadtracker.db.models.base import Base, Timestamped
from leadtracker.domain.vocabulary import PartnerKind


class User(Timestamped, Base):
    """A staff member of the Japan Desk (owner of projects and tasks)."""

    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    initials: Mapped[str] = mapped_column(String(10), unique=True)
    email: Mapped[str] = mapped_column(String(320), default="")
    active: Mapped[bool] = mapped_column(default=True)


class Partner(Timestamped, Base):
    """An organisation that refers companies: JETRO, NRW.Global Business, chambers."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[PartnerKind] = mapped_column(default=PartnerKind.OTHER)
    website: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Event(Timestamped, Base):
    """An event where inquiries arise: Digital Demo Day, a Tokyo seminar, Japan-Tag."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    starts_on: Mapped[date | None]
    location: Mapped[str] = mapped_column(String(300), default="")
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("partner.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
