"""The company list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from leadtracker.db.models import Company, Project
from leadtracker.domain.vocabulary import CompanyStatus, RecordKind, Sector
from leadtracker.services.companies import display_name
from leadtracker.services.lists.base import BLANK, PagedList, SortKey


class CompanySort(StrEnum):
    """Orders the company list can be sorted in."""

    NAME = "name"  # the display name, case-, width- and kana-insensitive, without legal form
    READING = "reading"  # the kana reading of the Japanese name
    CITY = "city"
    STATUS = "status"
    PROJECTS = "projects"
    UPDATED = "updated"


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


# These expressions match the ix_sort_company_* indexes of migrations 0001
# and 0007 exactly, so SQLite reads pages off the index instead of sorting
# every row. Names and readings sort by their stored keys (gojūon order, kana
# and width folded: domain.names.sort_key). COMPANY_SORT_NAME also orders
# other lists by their company.
COMPANY_SORT_NAME = Company.name_sort.expression
_PROJECT_COUNTS = (
    select(Project.company_id, func.count(Project.id).label("n"))
    .group_by(Project.company_id)
    .subquery()
)


class CompanyList(PagedList[CompanyRow]):
    """Pages of the company list; sorted by name unless asked otherwise."""

    model = Company
    kind = RecordKind.COMPANY
    default_sort = CompanySort.NAME

    def sort_keys(self, sort: str) -> SortKey:
        """ORDER BY terms; blank texts go last."""
        keys: dict[str, SortKey] = {
            CompanySort.NAME: SortKey((COMPANY_SORT_NAME,)),
            CompanySort.READING: SortKey(
                (Company.reading_sort.expression,), (Company.reading_sort == BLANK,)
            ),
            CompanySort.CITY: SortKey((Company.hq_city.expression,), (Company.hq_city == BLANK,)),
            CompanySort.STATUS: SortKey((Company.status.expression,)),
            CompanySort.PROJECTS: SortKey((func.coalesce(_PROJECT_COUNTS.c.n, 0),)),
            CompanySort.UPDATED: SortKey((Company.updated_at.expression,)),
        }
        return keys[sort]

    def _statement(self, sort: str) -> Select[Any]:
        statement: Select[Any] = select(Company)
        if sort == CompanySort.PROJECTS:
            statement = statement.outerjoin(
                _PROJECT_COUNTS, _PROJECT_COUNTS.c.company_id == Company.id
            )
        return statement

    def _rows(self, session: Session, records: Sequence[Any]) -> tuple[CompanyRow, ...]:
        counts: dict[int, int] = {
            company_id: n
            for company_id, n in session.execute(
                select(Project.company_id, func.count(Project.id))
                .where(Project.company_id.in_([c.id for c in records]))
                .group_by(Project.company_id)
            )
        }
        return tuple(
            CompanyRow(
                id=c.id,
                name=display_name(c),
                name_ja=c.name_ja,
                name_kana=c.name_kana,
                hq_city=c.hq_city,
                hq_prefecture=c.hq_prefecture,
                sector=c.sector,
                status=c.status,
                projects=counts.get(c.id, 0),
                updated_at=c.updated_at,
            )
            for c in records
        )
