"""The pipeline board: one column per stage, each with a count and its newest or oldest cards.

A board of a large database must open quickly, so each column counts all its
projects in SQL but carries at most ``limit`` cards: in the working stages
(open, on hold) the oldest inquiries first, because they have waited longest;
in the closed stages (won, landed, aftercare, lost, withdrawn), which collect
tens of thousands of projects over the years, the newest first. Filters narrow
the board by owner, sector, source and the date an inquiry was received.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.models import Company, Project, Stage, StageChange, User, utc_now
from leadtracker.db.planner import unindexed
from leadtracker.domain.errors import ValidationError
from leadtracker.domain.messages import text
from leadtracker.domain.office import office_date
from leadtracker.domain.pipeline.stages import StageCategory, StageDefinition
from leadtracker.domain.vocabulary import ProjectSource, Sector
from leadtracker.services.companies import display_names

#: Cards a column shows at most unless asked otherwise.
DEFAULT_CARD_LIMIT = 100

#: Stages whose columns show the newest inquiries first (they only ever grow).
CLOSED_CATEGORIES = frozenset(
    {
        StageCategory.WON,
        StageCategory.LANDED,
        StageCategory.AFTERCARE,
        StageCategory.LOST,
        StageCategory.WITHDRAWN,
    }
)


@dataclass(frozen=True)
class BoardFilter:
    """Which projects the board shows; ``None`` means any.

    Attributes:
        owner_id: Only projects of this staff member.
        sector: Only projects of companies in this sector.
        source: Only inquiries that came in this way.
        received_from: Only inquiries received on or after this day.
        received_to: Only inquiries received on or before this day.
    """

    owner_id: int | None = None
    sector: Sector | None = None
    source: ProjectSource | None = None
    received_from: date | None = None
    received_to: date | None = None

    @property
    def is_empty(self) -> bool:
        """Whether the filter lets every project through."""
        return self == BoardFilter()


@dataclass(frozen=True)
class BoardCard:
    """One project on the board.

    Attributes:
        title: The project's title, or its code name when it has one
            (a confidential project is shown by its code name only).
        owner: The owner's initials (empty when nobody owns it).
        owner_name: The owner's full name.
        days_in_stage: Whole days in Düsseldorf since the project entered its stage.
    """

    project_id: int
    company_id: int
    company: str
    title: str
    confidential: bool
    owner: str
    owner_name: str
    days_in_stage: int
    planned_jobs: int | None
    received_on: date
    stage_key: str


@dataclass(frozen=True)
class BoardColumn:
    """A stage and the projects in it.

    Attributes:
        total: How many projects the stage holds with the filter (shown or not).
        cards: At most the board's limit of them.
        newest_first: The cards are the newest inquiries (closed stages), not the oldest.
    """

    stage: StageDefinition
    total: int
    cards: tuple[BoardCard, ...]
    newest_first: bool

    @property
    def hidden(self) -> int:
        """Projects in the stage that have no card on the board."""
        return self.total - len(self.cards)


@dataclass(frozen=True)
class Board:
    """Every stage of the pipeline in order, as a column."""

    columns: tuple[BoardColumn, ...]
    filter: BoardFilter
    card_limit: int

    @property
    def total(self) -> int:
        """Projects on the board (with the filter), shown or not."""
        return sum(column.total for column in self.columns)

    def column(self, stage_key: str) -> BoardColumn:
        """The column of a stage; ``KeyError`` if the pipeline has no such stage."""
        for column in self.columns:
            if column.stage.key == stage_key:
                return column
        raise KeyError(stage_key)


@dataclass(frozen=True)
class BoardOwner:
    """A staff member the board can be filtered by."""

    id: int
    name: str
    initials: str
    active: bool


@dataclass(frozen=True)
class BoardChoices:
    """What the filters offer: staff members, sectors companies are in, sources."""

    owners: tuple[BoardOwner, ...]
    sectors: tuple[Sector, ...]
    sources: tuple[ProjectSource, ...]


class BoardService:
    """Read the pipeline board (moves go through ``ProjectService``)."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def board(
        self,
        board_filter: BoardFilter | None = None,
        *,
        limit: int = DEFAULT_CARD_LIMIT,
        now: datetime | None = None,
    ) -> Board:
        """The board with ``board_filter``, at most ``limit`` cards per column.

        Args:
            board_filter: Which projects to show (default: all).
            limit: Cards per column at most (the counts are always complete).
            now: The moment days in stage are counted to (default: now).

        Raises:
            ValidationError: the period ends before it starts, or ``limit`` is below 1.
        """
        board_filter = board_filter or BoardFilter()
        _check(board_filter, limit)
        today = office_date(now or utc_now())
        with self._sessions() as session:
            session.connection(execution_options=READ_ONLY)
            stages = _stages(session)
            counts = _counts(session, board_filter)
            conditions = _conditions(board_filter, per_row=True)
            picked = {
                stage.key: _card_rows(session, stage, conditions, limit)
                for stage in stages
                if counts.get(stage.key)
            }
            cards = _cards(session, [row for rows in picked.values() for row in rows], today)
            columns = tuple(
                BoardColumn(
                    stage=stage,
                    total=counts.get(stage.key, 0),
                    cards=tuple(cards[row.id] for row in picked.get(stage.key, ())),
                    newest_first=stage.category in CLOSED_CATEGORIES,
                )
                for stage in stages
            )
            return Board(columns, board_filter, limit)

    def choices(self) -> BoardChoices:
        """Staff members by name, the sectors of companies on record, every source."""
        with self._sessions() as session:
            session.connection(execution_options=READ_ONLY)
            owners = tuple(
                BoardOwner(u.id, u.name, u.initials, u.active)
                for u in session.scalars(select(User).order_by(User.name))
            )
            present = set(
                session.scalars(
                    select(Company.sector).where(Company.sector.is_not(None)).distinct()
                )
            )
            return BoardChoices(
                owners=owners,
                sectors=tuple(sector for sector in Sector if sector in present),
                sources=tuple(ProjectSource),
            )


def _check(board_filter: BoardFilter, limit: int) -> None:
    start, end = board_filter.received_from, board_filter.received_to
    if start is not None and end is not None and end < start:
        raise ValidationError.single(
            "received_to",
            "Received until",
            text(
                "the period ends ({end}) before it starts ({start})",
                end=f"{end:%Y-%m-%d}",
                start=f"{start:%Y-%m-%d}",
            ),
        )
    if limit < 1:
        raise ValueError(f"a column shows at least one card (got limit {limit})")


def _stages(session: Session) -> tuple[StageDefinition, ...]:
    rows = session.scalars(select(Stage).order_by(Stage.position, Stage.key))
    return tuple(StageDefinition(s.key, s.label, s.category, s.position) for s in rows)


def _conditions(board_filter: BoardFilter, *, per_row: bool) -> list[ColumnElement[bool]]:
    """WHERE terms on ``project`` for the filter.

    With ``per_row`` the sector is checked for each project visited (a column
    stops after its cards); otherwise the sector's companies are listed once
    (a count visits every project anyway).
    """
    conditions: list[ColumnElement[bool]] = []
    if board_filter.owner_id is not None:
        # A column walks its stage's projects in order and stops after its cards;
        # "+owner_id" keeps SQLite from reading all of the owner's projects for
        # every column instead (a staff member owns a fifth of them, not a few).
        owner = unindexed(Project.owner_id) if per_row else Project.owner_id
        conditions.append(owner == board_filter.owner_id)
    if board_filter.source is not None:
        conditions.append(Project.source == board_filter.source)
    if board_filter.sector is not None:
        in_sector = Company.sector == board_filter.sector
        if per_row:
            conditions.append(
                select(Company.id).where(Company.id == Project.company_id, in_sector).exists()
            )
        else:
            conditions.append(Project.company_id.in_(select(Company.id).where(in_sector)))
    if board_filter.received_from is not None:
        conditions.append(Project.received_on >= board_filter.received_from)
    if board_filter.received_to is not None:
        conditions.append(Project.received_on <= board_filter.received_to)
    return conditions


def _counts(session: Session, board_filter: BoardFilter) -> dict[str, int]:
    """Projects per stage with the filter."""
    conditions = _conditions(board_filter, per_row=False)
    # Unfiltered, the stage index alone answers. Filtered, grouping by "+stage_key"
    # (which no index can order) keeps SQLite from visiting every row in stage
    # order just to avoid sorting eleven groups; it reads the filter's rows instead.
    group = Project.stage_key if not conditions else unindexed(Project.stage_key)
    statement = select(Project.stage_key, func.count()).where(*conditions).group_by(group)
    return {key: int(count) for key, count in session.execute(statement)}


def _card_rows(
    session: Session,
    stage: StageDefinition,
    conditions: Sequence[ColumnElement[bool]],
    limit: int,
) -> Sequence[Any]:
    """The projects of one column that get a card, in the column's order."""
    if stage.category in CLOSED_CATEGORIES:
        order = (Project.received_on.desc(), Project.id.desc())
    else:
        order = (Project.received_on.asc(), Project.id.asc())
    statement = (
        select(
            Project.id,
            Project.company_id,
            Project.title,
            Project.code_name,
            Project.owner_id,
            Project.planned_jobs,
            Project.received_on,
            Project.stage_key,
        )
        .where(Project.stage_key == stage.key, *conditions)
        .order_by(*order)
        .limit(limit)
    )
    return session.execute(statement).all()


def _cards(session: Session, rows: Sequence[Any], today: date) -> dict[int, BoardCard]:
    """The cards of the picked projects, with company names, owners and days in stage."""
    if not rows:
        return {}
    ids = [row.id for row in rows]
    companies = display_names(session, (row.company_id for row in rows))
    owners = {u.id: (u.initials, u.name) for u in session.scalars(select(User))}
    entered: dict[int, datetime] = {
        project_id: changed_at
        for project_id, changed_at in session.execute(
            select(StageChange.project_id, func.max(StageChange.changed_at))
            .where(StageChange.project_id.in_(ids))
            .group_by(StageChange.project_id)
        )
    }
    cards = {}
    for row in rows:
        initials, name = owners.get(row.owner_id, ("", "")) if row.owner_id else ("", "")
        since = entered.get(row.id)
        days = max(0, (today - office_date(since)).days) if since is not None else 0
        cards[row.id] = BoardCard(
            project_id=row.id,
            company_id=row.company_id,
            company=companies.get(row.company_id, ""),
            title=row.code_name or row.title,
            confidential=bool(row.code_name),
            owner=initials,
            owner_name=name,
            days_in_stage=days,
            planned_jobs=row.planned_jobs,
            received_on=row.received_on,
            stage_key=row.stage_key,
        )
    return cards
