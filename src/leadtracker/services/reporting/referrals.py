"""Partners and events with what they brought in: inquiries, projects won, branches opened.

The *Partners & events* page shows the desk's network by its results: how many
inquiries each partner referred or each event started, how many of those the
desk won, and how many ended in a branch opening. Adding partners and events
goes through :class:`~leadtracker.services.network.NetworkService`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import Event, Partner, Project, Stage
from leadtracker.domain.pipeline.stages import StageCategory
from leadtracker.domain.vocabulary import PartnerKind

_WON = (StageCategory.WON, StageCategory.LANDED, StageCategory.AFTERCARE)
_OPENED = (StageCategory.LANDED, StageCategory.AFTERCARE)


@dataclass(frozen=True)
class Results:
    """What a partner or event brought in."""

    inquiries: int
    won: int  # decided for Düsseldorf (won, landed or in aftercare)
    opened: int  # the branch opened (landed or in aftercare)


@dataclass(frozen=True)
class PartnerLine:
    """A partner organisation and the inquiries it referred."""

    id: int
    name: str
    kind: PartnerKind
    website: str
    results: Results


@dataclass(frozen=True)
class EventLine:
    """An event and the inquiries that started there."""

    id: int
    name: str
    starts_on: date | None
    location: str
    organiser: str
    results: Results


class ReferralService:
    """Reads partners and events with their results."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def partners(self) -> tuple[PartnerLine, ...]:
        """Every partner by name, with the projects that name it as referrer."""
        with self._sessions.begin() as session:
            results = _results(session, Project.partner_id)
            partners = session.scalars(select(Partner).order_by(Partner.name))
            return tuple(
                PartnerLine(p.id, p.name, p.kind, p.website, results.get(p.id, Results(0, 0, 0)))
                for p in partners
            )

    def events(self) -> tuple[EventLine, ...]:
        """Every event, the latest first, with the projects that started there."""
        with self._sessions.begin() as session:
            results = _results(session, Project.event_id)
            organisers = {
                pid: name for pid, name in session.execute(select(Partner.id, Partner.name))
            }
            events = session.scalars(
                select(Event).order_by(
                    Event.starts_on.is_(None), Event.starts_on.desc(), Event.name
                )
            )
            return tuple(
                EventLine(
                    e.id,
                    e.name,
                    e.starts_on,
                    e.location,
                    organisers.get(e.organiser_id, "") if e.organiser_id else "",
                    results.get(e.id, Results(0, 0, 0)),
                )
                for e in events
            )


def _results(session: Session, key: Any) -> dict[int, Results]:
    won = func.sum(case((Stage.category.in_(_WON), 1), else_=0))
    opened = func.sum(case((Stage.category.in_(_OPENED), 1), else_=0))
    query: Select[Any] = (
        select(key, func.count(Project.id), won, opened)
        .join(Stage, Stage.key == Project.stage_key)
        .where(key.is_not(None))
        .group_by(key)
    )
    return {
        ref: Results(int(n), int(w or 0), int(o or 0)) for ref, n, w, o in session.execute(query)
    }
