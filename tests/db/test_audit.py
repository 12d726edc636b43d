"""The audit trail: every field of every audited model, who changed it, and append-only rows."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from leadtracker.cli import EXIT_OK, main
from leadtracker.db.audit import AUDITED, audited_fields
from leadtracker.db.database import Database
from leadtracker.db.models import (
    Activity,
    AuditEntry,
    Base,
    Company,
    Contact,
    Event,
    Partner,
    Project,
    Task,
    User,
)
from leadtracker.db.trash_filter import seeing_trashed
from leadtracker.db.types import Money, UTCDateTime
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines


@pytest.fixture
def two_of_each(db: Database, services: Services) -> dict[type[Any], list[int]]:
    """Two records of every audited model (references need a second record to point to)."""
    users = [
        services.network.add_user(n, i).id
        for n, i in (("Anna Schmidt", "AS"), ("Kenji Sato", "KS"))
    ]
    partners = [services.network.add_partner(n).id for n in ("JETRO", "IHK")]
    events = [services.network.add_event(n, date(2026, 5, 1)).id for n in ("Japan-Tag", "Seminar")]
    companies = [services.company(name_en=n).id for n in ("Seiko Epson", "Wacom")]
    contacts = [
        services.contacts.create(ContactDraft(company_id=c, family_romaji=n)).id
        for c, n in zip(companies, ("Yamada", "Sato"), strict=True)
    ]
    projects = [services.project(c, owner_id=users[0]).id for c in companies]
    activities = [
        services.work.log_activity(
            ActivityDraft(
                kind=ActivityKind.CALL, occurred_at=datetime(2026, 5, 2, tzinfo=UTC), project_id=p
            )
        ).id
        for p in projects
    ]
    tasks = [services.work.add_task(TaskDraft(f"Task {p}", project_id=p)).id for p in projects]
    return {
        User: users,
        Partner: partners,
        Event: events,
        Company: companies,
        Contact: contacts,
        Project: projects,
        Activity: activities,
        Task: tasks,
    }


def _other_value(
    session: Session, model: type[Any], field: str, current: Any, ids: dict[type[Any], list[int]]
) -> Any:
    """A valid value of ``field`` different from ``current``."""
    mapper = inspect(model)
    if field in mapper.relationships:  # a collection: one more related record
        target = mapper.relationships[field].mapper.class_
        return [session.get(target, ids[target][1])]
    column = mapper.columns[field]
    if column.foreign_keys:
        table = next(iter(column.foreign_keys)).column.table
        if table.name == "stage":
            return "qualified" if current != "qualified" else "inquiry"
        target = next(m.class_ for m in Base.registry.mappers if m.local_table is table)
        return next(i for i in ids[target] if i != current)
    return _plain_value(column, field, current)


_TEXTS = {
    "email": "changed@example.org",
    "website": "https://changed.example.org",
    "corporate_number": "1100001012231",
}


def _plain_value(column: Any, field: str, current: Any) -> Any:
    kind = column.type
    members = getattr(kind, "enum_class", None)
    if members is not None:
        return next(member for member in members if member != current)
    if isinstance(kind, Money):
        return Decimal("12.34")
    if isinstance(kind, UTCDateTime):
        return datetime(2020, 1, 2, 3, 4, tzinfo=UTC)
    if isinstance(kind, JSON):
        return ["Changed"]
    values: dict[type[Any], Callable[[], Any]] = {
        bool: lambda: not current,
        date: lambda: date(2020, 1, 2),
        int: lambda: 13 if field == "hq_prefecture" else (current or 0) + 7,
        # Within the column's length: PostgreSQL enforces it (SQLite does not).
        str: lambda: _TEXTS.get(field, f"Changed {field}")[: getattr(kind, "length", None)],
    }
    return values[kind.python_type]()


def test_every_field_of_every_audited_model_is_recorded(
    db: Database, two_of_each: dict[type[Any], list[int]]
) -> None:
    db.attribution.staff_name = "Anna Schmidt (AS)"
    checked = 0
    for model in AUDITED:
        for field in audited_fields(model):
            with seeing_trashed(db.sessions()) as session:  # ``trashed_in`` is a field too
                record = session.get(model, two_of_each[model][0])
                assert record is not None
                current = getattr(record, field)
                value = _other_value(session, model, field, current, two_of_each)
                setattr(record, field, value)
                session.commit()
                entries = session.scalars(
                    select(AuditEntry).where(
                        AuditEntry.record_type == AUDITED[model],
                        AuditEntry.record_id == record.id,
                        AuditEntry.field == field,
                        AuditEntry.action == "update",
                    )
                ).all()
            assert entries, f"{model.__name__}.{field} is not audited"
            last = entries[-1]
            assert last.new_value is not None and last.old_value != last.new_value
            assert last.staff_name == "Anna Schmidt (AS)"
            checked += 1
    assert checked > 60  # every column of eight models


def test_creating_and_deleting_are_recorded(db: Database, services: Services) -> None:
    company = services.company(name_en="Aoba Denki", hq_city="Sendai")
    with db.sessions() as session:
        session.delete(session.get(Company, company.id))
        session.commit()
    created, deleted = services.history.of("company", company.id)
    assert created.action == "create" and deleted.action == "delete"
    fields = json.loads(created.new_value or "")
    assert fields["name_en"] == "Aoba Denki" and fields["hq_city"] == "Sendai"
    assert "name_de" not in fields  # empty fields are left out
    assert json.loads(deleted.old_value or "") == fields


def _refused(db: Database, statement: str) -> None:
    with pytest.raises(DBAPIError, match="append-only"), db.engine.begin() as conn:
        conn.exec_driver_sql(statement)


def test_the_trail_is_append_only_except_for_redaction(db: Database, services: Services) -> None:
    services.company(name_en="Aoba Denki")
    _refused(db, "UPDATE audit_entry SET new_value = 'forged'")
    _refused(db, "DELETE FROM audit_entry")
    _refused(db, "UPDATE audit_entry SET staff_name = 'someone else'")
    if db.on_server:  # SQLite has no TRUNCATE
        _refused(db, "TRUNCATE audit_entry")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_entry SET new_value = '[redacted]'")
    [line] = services.history.of("company", 1)
    assert line.new_value == "[redacted]"


def test_history_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "lt.sqlite")
    (tmp_path / "a.csv").write_text("Firma;Stadt\nAoba Denki;Sendai\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("Firma;Stadt\nAoba Denki;Sapporo\n", encoding="utf-8")
    assert main(["--db", db, "import", str(tmp_path / "a.csv")]) == EXIT_OK
    assert (
        main(["--db", db, "import", str(tmp_path / "b.csv"), "--on-duplicate", "update"]) == EXIT_OK
    )
    capsys.readouterr()
    assert main(["--db", db, "history", "company", "1"]) == EXIT_OK
    out = capsys.readouterr().out.splitlines()
    assert "created: Name (English): Aoba Denki" in out[0]
    assert "HQ city: Sendai → Sapporo" in out[-1]
    assert "(command line)" in out[-1]


def test_a_required_author_refuses_changes_but_adding_a_colleague(
    db: Database, services: Services
) -> None:
    from leadtracker.db.audit import StaffNotChosenError  # noqa: PLC0415
    from leadtracker.services.companies import CompanyDraft, create_companies  # noqa: PLC0415

    db.attribution.required = True
    with pytest.raises(StaffNotChosenError):
        services.companies.create(CompanyDraft(name_en="Yamada Consulting"))
    with pytest.raises(StaffNotChosenError), db.sessions.begin() as session:
        # the plain inserts of an import are covered too
        create_companies(session, [CompanyDraft(name_en="Toyota")], db.search)
    with db.sessions.begin() as session:
        assert session.scalar(select(Company.id)) is None
        assert session.scalar(select(AuditEntry.id)) is None
    anna = services.network.add_user("Anna Becker", "AB")  # how someone comes to be chosen
    db.attribution.staff_id, db.attribution.staff_name = anna.id, "Anna Becker (AB)"
    services.companies.create(CompanyDraft(name_en="Yamada Consulting"))
    with db.sessions.begin() as session:
        names = session.scalars(select(AuditEntry.staff_name).order_by(AuditEntry.id)).all()
    assert names == ["", "Anna Becker (AB)"]
