"""The demo's rows fit the models, and its values are stored as SQLAlchemy's types store them.

Every column the demo writes exists, none it leaves out is needed, and each
value has the stored form of its type: the demo bypasses the types to be fast.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from leadtracker.db.database import Database
from leadtracker.db.models import (
    Activity,
    Company,
    CompanyKey,
    Contact,
    Event,
    Partner,
    Project,
    StageChange,
    Task,
    User,
    activity_contact,
)
from leadtracker.services.demo import stored
from leadtracker.services.demo.loader import COMPANY_TABLE_COLUMNS, CONTACT_TABLE_COLUMNS
from tests.conftest import Services

#: Columns the database fills itself: ids counted up, timestamps, versions, the trash.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "version", "trashed_in"})

WRITTEN: tuple[tuple[Any, tuple[str, ...]], ...] = (
    (User.__table__, stored.USER_COLUMNS),
    (Partner.__table__, stored.PARTNER_COLUMNS),
    (Event.__table__, stored.EVENT_COLUMNS),
    (Company.__table__, COMPANY_TABLE_COLUMNS),  # the builder's columns and the sort keys
    (CompanyKey.__table__, stored.COMPANY_KEY_COLUMNS),
    (Contact.__table__, CONTACT_TABLE_COLUMNS),
    (Project.__table__, stored.PROJECT_COLUMNS),
    (StageChange.__table__, stored.STAGE_CHANGE_COLUMNS),
    (Activity.__table__, stored.ACTIVITY_COLUMNS),
    (activity_contact, stored.ACTIVITY_CONTACT_COLUMNS),
    (Task.__table__, stored.TASK_COLUMNS),
)


@pytest.mark.parametrize(("table", "columns"), WRITTEN, ids=lambda x: getattr(x, "name", ""))
def test_the_demo_writes_every_column_of_each_table_but_the_bookkeeping(
    table: Any, columns: tuple[str, ...]
) -> None:
    names = set(table.columns.keys())
    assert len(set(columns)) == len(columns)
    assert set(columns) <= names, f"{table.name}: no such column {set(columns) - names}"
    left_out = names - set(columns)
    assert left_out <= BOOKKEEPING, f"{table.name}: the demo does not fill {left_out - BOOKKEEPING}"
    for name in left_out:  # and the database can do without them
        column = table.columns[name]
        assert column.nullable or column.primary_key or column.default or column.server_default


def _raw(db: Database, sql: str) -> Any:
    with db.engine.connect() as connection:
        return connection.execute(text(sql)).one()


def test_days_times_money_and_lists_are_stored_as_the_models_store_them(
    db: Database, services: Services
) -> None:
    company = services.company(name_en="Seiko Epson Corp.")
    project = services.project(company.id)
    with db.sessions.begin() as session:
        row = session.get(Project, project.id)
        assert row is not None
        row.received_on = date(2021, 3, 4)
        row.planned_investment = Decimal(1_250_000)
        row.competing_locations = ["Amsterdam", "München"]
        session.add(
            StageChange(
                project_id=project.id,
                to_stage="qualified",
                changed_at=datetime(2021, 3, 5, 8, tzinfo=UTC),
            )
        )
    received, investment, places = _raw(
        db,
        "SELECT received_on, planned_investment, competing_locations "
        f"FROM {Project.__tablename__} WHERE id = {project.id}",
    )
    assert received == stored.stored_day(date(2021, 3, 4))
    assert investment == 1_250_000 * stored.CENTS_PER_EURO
    assert places == stored.stored_list(("Amsterdam", "München"))
    (changed_at,) = _raw(
        db, f"SELECT changed_at FROM {StageChange.__tablename__} WHERE to_stage = 'qualified'"
    )
    assert changed_at == stored.stored_day(date(2021, 3, 5)) + stored.STORED_HOURS[8]
