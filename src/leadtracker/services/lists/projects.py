"""The project list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from leadtracker.db.models import Company, Project, Stage, StageChange, User, utc_now
from leadtracker.domain.vocabulary import ProjectType, RecordKind
from leadtracker.services.companies import display_names
from leadtracker.services.lists.base import PagedList, SortKey
from leadtracker.services.lists.companies import COMPANY_SORT_NAME


class ProjectSort(StrEnum):
    """Orders the project list can be sorted in."""

    RECEIVED = "received"  # newest inquiries first by default
    TITLE = "title"
    COMPANY = "company"
    STAGE = "stage"  # pipeline order
    JOBS = "jobs"


@dataclass(frozen=True)
class ProjectRow:
    """One line of the project list."""

    id: int
    title: str
    code_name: str
    project_type: ProjectType
    company_id: int
    company: str
    stage_key: str
    stage: str
    owner: str
    received_on: date
    planned_jobs: int | None
    days_in_stage: int


class ProjectList(PagedList[ProjectRow]):
    """Pages of the project list; newest inquiries first unless asked otherwise."""

    model = Project
    kind = RecordKind.PROJECT
    default_sort = ProjectSort.RECEIVED
    default_descending = True
    spread_sorts = frozenset({ProjectSort.RECEIVED})

    def sort_keys(self, sort: str) -> SortKey:
        """ORDER BY terms; projects without planned jobs go last."""
        keys: dict[str, SortKey] = {
            ProjectSort.RECEIVED: SortKey((Project.received_on.expression,)),
            ProjectSort.TITLE: SortKey((func.lower(Project.title),)),
            ProjectSort.COMPANY: SortKey((COMPANY_SORT_NAME,)),
            ProjectSort.STAGE: SortKey((Stage.position.expression,)),
            ProjectSort.JOBS: SortKey(
                (Project.planned_jobs.expression,), (Project.planned_jobs.is_(None),)
            ),
        }
        return keys[sort]

    def of_company(self, company_id: int) -> tuple[ProjectRow, ...]:
        """Every project of one company, the newest inquiry first."""
        with self._sessions() as session:
            records = session.scalars(
                select(Project)
                .where(Project.company_id == company_id)
                .order_by(Project.received_on.desc(), Project.id.desc())
            ).all()
            return self._rows(session, records)

    def _statement(self, sort: str) -> Select[Any]:
        statement: Select[Any] = select(Project)
        if sort == ProjectSort.COMPANY:
            statement = statement.join(Company, Company.id == Project.company_id)
        if sort == ProjectSort.STAGE:
            statement = statement.join(Stage, Stage.key == Project.stage_key)
        return statement

    def _rows(self, session: Session, records: Sequence[Any]) -> tuple[ProjectRow, ...]:
        ids = [p.id for p in records]
        companies = display_names(session, (p.company_id for p in records))
        stages = {s.key: s.label for s in session.scalars(select(Stage))}
        owners = {u.id: u.initials for u in session.scalars(select(User))}
        since: dict[int, datetime] = {
            project_id: changed
            for project_id, changed in session.execute(
                select(StageChange.project_id, func.max(StageChange.changed_at))
                .where(StageChange.project_id.in_(ids))
                .group_by(StageChange.project_id)
            )
        }
        now = utc_now()
        return tuple(
            ProjectRow(
                id=p.id,
                title=p.title,
                code_name=p.code_name,
                project_type=p.project_type,
                company_id=p.company_id,
                company=companies.get(p.company_id, ""),
                stage_key=p.stage_key,
                stage=stages.get(p.stage_key, p.stage_key),
                owner=owners.get(p.owner_id, "") if p.owner_id else "",
                received_on=p.received_on,
                planned_jobs=p.planned_jobs,
                days_in_stage=max(0, (now - since[p.id]).days) if p.id in since else 0,
            )
            for p in records
        )
