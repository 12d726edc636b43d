"""Long lists a page at a time: companies filtered, sorted and counted in SQL.

The GUI's tables load rows as they are scrolled into view, so a database of
100,000 companies opens without reading them all. Each call is one read-only
unit of work returning frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, func, literal_column, select
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.models import Company, Project
from leadtracker.db.search_index import SearchIndex
from leadtracker.domain.names import company_display_name
from leadtracker.domain.vocabulary import CompanyStatus, RecordKind, Sector

_S = TypeVar("_S", bound=Select[Any])


class CompanySort(StrEnum):
    """Orders a company list can be sorted in."""

    NAME = "name"  # the display name, case-insensitive
    READING = "reading"  # the kana reading of the Japanese name
    CITY = "city"
    STATUS = "status"
    PROJECTS = "projects"
    UPDATED = "updated"


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: a quick-filter text and a sort order."""

    text: str = ""
    sort: CompanySort = CompanySort.NAME
    descending: bool = False


@dataclass(frozen=True)
class CompanyRow:
    """One line of the company list."""

    id: int
    name: str
    name_ja: str
    name_kana: str
    hq_city: str
    hq_prefecture: int | None
    sector: Sector | None
    status: CompanyStatus
    projects: int
    updated_at: datetime


_BLANK: ColumnElement[str] = literal_column("''")
# These expressions match the ix_sort_company_* indexes of migration 0001
# exactly (literals, not parameters), so SQLite reads pages off the index.
_DISPLAY_NAME = func.lower(
    func.coalesce(
        func.nullif(Company.name_en, _BLANK), func.nullif(Company.name_de, _BLANK), Company.name_ja
    )
)
_PROJECT_COUNTS = (
    select(Project.company_id, func.count(Project.id).label("n"))
    .group_by(Project.company_id)
    .subquery()
)


def _sort_keys(sort: CompanySort) -> tuple[ColumnElement[Any], ...]:
    """The ORDER BY terms of a sort; blank texts go last in either direction."""
    if sort is CompanySort.NAME:
        return (_DISPLAY_NAME,)
    if sort is CompanySort.READING:
        return (Company.name_kana == _BLANK, Company.name_kana.expression)
    if sort is CompanySort.CITY:
        return (Company.hq_city == _BLANK, Company.hq_city.expression)
    if sort is CompanySort.STATUS:
        return (Company.status.expression,)
    if sort is CompanySort.PROJECTS:
        return (func.coalesce(_PROJECT_COUNTS.c.n, 0),)
    return (Company.updated_at.expression,)


class CompanyList:
    """Pages of the company list."""

    def __init__(self, sessions: sessionmaker[Session], index: SearchIndex) -> None:
        self._sessions = sessions
        self._index = index

    def count(self, query: ListQuery) -> int:
        """How many companies the list shows with this filter."""
        with self._sessions() as session:
            conn = session.connection(execution_options=READ_ONLY)
            statement = self._filtered(select(func.count(Company.id)), query)
            count: Any = conn.scalar(statement)
            return int(count or 0)

    def page(self, query: ListQuery, offset: int, limit: int) -> tuple[CompanyRow, ...]:
        """Rows ``offset`` to ``offset + limit`` of the list."""
        if offset < 0 or limit < 1:
            raise ValueError(f"bad page: offset {offset}, limit {limit}")
        *flags, key = _sort_keys(query.sort)
        order = [*flags, key.desc() if query.descending else key.asc(), Company.id]
        statement: Select[Any] = select(Company)
        if query.sort is CompanySort.PROJECTS:
            statement = statement.outerjoin(
                _PROJECT_COUNTS, _PROJECT_COUNTS.c.company_id == Company.id
            )
        statement = self._filtered(statement, query).order_by(*order).offset(offset).limit(limit)
        with self._sessions() as session:
            session.connection(execution_options=READ_ONLY)
            companies: list[Company] = list(session.scalars(statement))
            counts: dict[int, int] = {
                company_id: n
                for company_id, n in session.execute(
                    select(Project.company_id, func.count(Project.id))
                    .where(Project.company_id.in_([c.id for c in companies]))
                    .group_by(Project.company_id)
                )
            }
            return tuple(
                CompanyRow(
                    id=company.id,
                    name=company_display_name(company.name_en, company.name_de, company.name_ja),
                    name_ja=company.name_ja,
                    name_kana=company.name_kana,
                    hq_city=company.hq_city,
                    hq_prefecture=company.hq_prefecture,
                    sector=company.sector,
                    status=company.status,
                    projects=counts.get(company.id, 0),
                    updated_at=company.updated_at,
                )
                for company in companies
            )

    def _filtered(
        self, statement: Select[tuple[object, ...]], query: ListQuery
    ) -> Select[tuple[object, ...]]:
        if not query.text.strip():
            return statement
        matching = self._index.matching_ids(query.text, RecordKind.COMPANY)
        return statement.where(Company.id.in_(matching))
