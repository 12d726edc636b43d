"""Bulk inserts store exactly what the ORM stores."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy.dialects.sqlite import pysqlite

from leadtracker.db.bulk import RowPreparer, insert_rows
from leadtracker.db.database import Database
from leadtracker.db.models import Company, Project, StageChange
from leadtracker.domain.vocabulary import CompanyStatus, ProjectSource, ProjectType
from leadtracker.services.demo import stored as b

TOKYO = timezone(timedelta(hours=9))


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("stage_change", "changed_at", datetime(2026, 11, 21, 9, 5, 7, 123, tzinfo=UTC)),
        ("stage_change", "changed_at", datetime(2026, 11, 21, 9, 5, tzinfo=UTC)),
        ("stage_change", "changed_at", datetime(2026, 11, 21, 18, 0, tzinfo=TOKYO)),  # not UTC
        ("project", "received_on", date(2007, 1, 2)),
        ("project", "project_type", ProjectType.EUROPEAN_HQ),
        ("project", "planned_investment", Decimal("1500000.505")),
        ("project", "competing_locations", ["Amsterdam", "Zürich"]),
    ],
)
def test_shortcuts_equal_sqlalchemys_own_conversion(table: str, column: str, value: object) -> None:
    prepared = RowPreparer(table, [column]).prepare([(value,)])[0][0]
    own = Company.metadata.tables[table].c[column].type._cached_bind_processor(pysqlite.dialect())
    assert own is not None
    assert prepared == own(value)


def test_bulk_rows_read_back_through_the_orm(db: Database) -> None:
    with db.sessions.begin() as session:
        conn = session.connection()
        company_row: dict[str, object] = dict.fromkeys(b.COMPANY_COLUMNS, "")
        company_row |= {"id": 7, "name_en": "Wacom Co., Ltd.", "sector": None,
                        "hq_prefecture": None, "parent_id": None,
                        "status": CompanyStatus.SETTLED}  # fmt: skip
        insert_rows(conn, Company.__table__, b.COMPANY_COLUMNS, [tuple(company_row.values())])  # type: ignore[arg-type]
        project_row: dict[str, object] = dict.fromkeys(b.PROJECT_COLUMNS)
        project_row |= {"id": 3, "company_id": 7, "title": "HQ", "code_name": "",
                    "project_type": ProjectType.RND, "source": ProjectSource.EVENT,
                    "stage_key": "inquiry", "received_on": date(2026, 1, 2),
                    "planned_investment": Decimal("12.34"), "competing_locations": ["Paris"],
                    "lost_to_location": "", "permits_status": "open", "notes": ""}  # fmt: skip
        insert_rows(conn, Project.__table__, b.PROJECT_COLUMNS, [tuple(project_row.values())])  # type: ignore[arg-type]
        insert_rows(
            conn,
            StageChange.__table__,  # type: ignore[arg-type]
            b.STAGE_CHANGE_COLUMNS,
            [(3, None, "inquiry", datetime(2026, 1, 2, 8, 30, tzinfo=UTC), None, "")],
        )
    with db.sessions() as session:
        company = session.get_one(Company, 7)
        project = session.get_one(Project, 3)
        change = session.query(StageChange).one()
        assert company.status is CompanyStatus.SETTLED
        assert (project.source, project.received_on) == (ProjectSource.EVENT, date(2026, 1, 2))
        assert project.planned_investment == Decimal("12.34")
        assert project.competing_locations == ["Paris"]
        assert change.changed_at == datetime(2026, 1, 2, 8, 30, tzinfo=UTC)


def test_values_the_shortcuts_do_not_know_go_to_sqlalchemy() -> None:
    with pytest.raises(LookupError):  # not a project type: refused as the ORM refuses it
        RowPreparer("project", ["project_type"]).prepare([("bogus",)])
    moment = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    own = (
        Company.metadata.tables["project"]
        .c["received_on"]
        .type._cached_bind_processor(pysqlite.dialect())
    )
    assert own is not None
    assert RowPreparer("project", ["received_on"]).prepare([(moment,)])[0][0] == own(moment)
