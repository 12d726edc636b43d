"""Texts longer than their column, or holding a NUL, are refused alike on both engines.

PostgreSQL refuses a value longer than its ``VARCHAR(n)`` and text with a
NUL with a driver's error; SQLite stored both. Every writer now refuses them
first, naming the field and the limit taken from the model.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from leadtracker.db.database import Database
from leadtracker.db.models import Activity, Company, Contact, Event, Partner, Project, Task, User
from leadtracker.domain.errors import ValidationError
from leadtracker.domain.pipeline.outcomes import OutcomeUpdate
from leadtracker.domain.vocabulary import ActivityKind, LostReason
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.importing.entry import import_file
from leadtracker.services.importing.report import ImportRefusedError
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

HUGE = 100_000
WHEN = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)

#: One writer of each kind of record: (model, field, label, most, save with a value).
Writer = Callable[[Services, str], object]


def _company(s: Services, value: str) -> object:
    return s.companies.create(CompanyDraft(name_en=value), allow_duplicate=True)


def _contact(s: Services, value: str) -> object:
    return s.contacts.create(ContactDraft(family_romaji="Tanaka", title=value))


def _project(s: Services, value: str) -> object:
    return s.project(title=value)


def _activity(s: Services, value: str) -> object:
    company = s.company().id
    draft = ActivityDraft(ActivityKind.CALL, WHEN, company_id=company, subject=value)
    return s.work.log_activity(draft)


def _task(s: Services, value: str) -> object:
    return s.work.add_task(TaskDraft(title=value))


def _staff(s: Services, value: str) -> object:
    return s.network.add_user(value, "BL")


def _partner(s: Services, value: str) -> object:
    return s.network.add_partner(value)


def _event(s: Services, value: str) -> object:
    return s.network.add_event("Japan Day", location=value)


WRITERS = [
    pytest.param((Company, "Name (English)", 300, _company), id="company"),
    pytest.param((Contact, "Job title", 200, _contact), id="contact"),
    pytest.param((Project, "Title", 300, _project), id="project"),
    pytest.param((Activity, "Subject", 300, _activity), id="activity"),
    pytest.param((Task, "Title", 300, _task), id="task"),
    pytest.param((User, "Name", 200, _staff), id="staff"),
    pytest.param((Partner, "Name", 300, _partner), id="partner"),
    pytest.param((Event, "Location", 300, _event), id="event"),
]


def _count(db: Database, model: type[Any]) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize("case", WRITERS)
def test_a_value_longer_than_its_column_is_refused_naming_field_and_limit(
    services: Services, db: Database, case: tuple[type[Any], str, int, Writer]
) -> None:
    model, label, most, save = case
    before = _count(db, model)
    with pytest.raises(ValidationError) as refused:
        save(services, "7" * HUGE)
    assert str(refused.value) == f"{label}: has 100,000 characters; the field holds at most {most}"
    assert _count(db, model) == before


@pytest.mark.parametrize("case", WRITERS)
def test_a_value_exactly_at_the_limit_is_saved_whole(
    services: Services, db: Database, case: tuple[type[Any], str, int, Writer]
) -> None:
    model, label, most, save = case
    value = "7" * most
    save(services, value)
    field = {"Name (English)": "name_en", "Subject": "subject", "Location": "location"}.get(
        label, "title" if "itle" in label else "name"
    )
    with db.sessions() as session:
        assert value in session.scalars(select(getattr(model, field))).all()


@pytest.mark.parametrize("case", WRITERS)
def test_a_nul_is_refused_naming_the_field(
    services: Services, db: Database, case: tuple[type[Any], str, int, Writer]
) -> None:
    model, label, _most, save = case
    before = _count(db, model)
    with pytest.raises(ValidationError) as refused:
        save(services, "12\x0034")
    assert str(refused.value) == (
        f"{label}: contains a NUL character (U+0000), which cannot be saved: remove it"
    )
    assert _count(db, model) == before


def test_an_update_too_long_is_refused_and_the_record_kept(services: Services) -> None:
    company = services.company(name_en="Wacom")
    with pytest.raises(ValidationError, match=r"Name \(Japanese\): has 301 characters"):
        services.companies.update(
            company.id, CompanyDraft(name_en="Wacom", name_ja="株" * 301), expected_version=None
        )
    assert services.companies.get(company.id).name_ja == ""


def test_a_writer_without_its_own_check_is_refused_at_the_flush(services: Services) -> None:
    """A stage move sets the outcome fields itself: the flush refuses what they cannot hold."""
    project = services.project()
    outcome = OutcomeUpdate(lost_reason=LostReason.COSTS, lost_to_location="A" * 201)
    with pytest.raises(ValidationError) as refused:
        services.projects.move(project.id, "lost", outcome=outcome)
    assert (
        str(refused.value)
        == "Location chosen instead: has 201 characters; the field holds at most 200"
    )
    assert services.projects.get(project.id).stage_key == project.stage_key


def test_a_competing_location_with_a_nul_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError, match="NUL character"):
        services.project(competing_locations=("Amster\x00dam",))


def test_an_import_row_with_an_over_long_cell_is_reported_and_nothing_imported(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_text(f"Family name,Phone\nTanaka,0211 1\nSato,{'1' * 1000}\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        import_file(db.sessions, db.search, path)
    assert [str(p) for p in refused.value.report.problems] == [
        f"row 3, Phone: “{'1' * 80}…” has 1,000 characters; the field holds at most 50"
    ]
    assert _count(db, Contact) == 0
