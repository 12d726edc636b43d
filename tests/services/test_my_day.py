"""*My day*: due tasks by section and owner, and inquiries waiting for an answer."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 11, 18)  # a Wednesday: "this week" runs to Sunday the 22nd


def test_tasks_fall_into_overdue_today_and_this_week(db: Database, services: Services) -> None:
    project = services.project(title="European HQ", code_name="Sakura")
    mine = services.network.add_user("Birgit Lange", "BL")
    other = services.network.add_user("Kenji Mori", "KM")

    def task(title: str, due: date | None, owner: int, done: bool = False) -> None:
        record = services.work.add_task(
            TaskDraft(title, due_on=due, owner_id=owner, project_id=project.id)
        )
        if done:
            services.work.complete_task(record.id)

    task("Send office offers", TODAY - timedelta(days=3), mine.id)
    task("Call back Mr. Yamada", TODAY, mine.id)
    task("Book the Kö-Bogen visit", TODAY + timedelta(days=4), mine.id)  # Sunday
    task("Next week", TODAY + timedelta(days=5), mine.id)
    task("No date", None, mine.id)
    task("Done already", TODAY - timedelta(days=1), mine.id, done=True)
    task("Someone else's", TODAY, other.id)

    day = services.my_day.day(owner_id=mine.id, today=TODAY)

    assert [t.title for t in day.overdue.rows] == ["Send office offers"]
    assert [t.title for t in day.due_today.rows] == ["Call back Mr. Yamada"]
    assert [t.title for t in day.due_this_week.rows] == ["Book the Kö-Bogen visit"]
    first = day.overdue.rows[0]
    assert first.owner == "Birgit Lange"
    assert first.project_id == project.id
    assert first.about == f"{project.company_name} — Sakura"  # the code name, never the title

    everyone = services.my_day.day(today=TODAY)
    assert sorted(t.title for t in everyone.due_today.rows) == [
        "Call back Mr. Yamada",
        "Someone else's",
    ]


def test_sections_are_capped_but_counted(db: Database, services: Services) -> None:
    company = services.company()
    for n in range(5):
        services.work.add_task(
            TaskDraft(f"Old task {n}", due_on=TODAY - timedelta(days=10 - n), company_id=company.id)
        )
    day = services.my_day.day(today=TODAY, limit=3)
    assert [t.title for t in day.overdue.rows] == ["Old task 0", "Old task 1", "Old task 2"]
    assert day.overdue.total == 5
    assert day.overdue.rows[0].about == company.display_name


def test_an_inquiry_waits_until_someone_answers(db: Database, services: Services) -> None:
    old = services.project(title="Sales office", received_on=TODAY - timedelta(days=6))
    new = services.project(title="R&D centre", received_on=TODAY - timedelta(days=1))
    moved_on = services.project(title="Logistics hub", received_on=TODAY - timedelta(days=9))
    services.projects.move(moved_on.id, "qualified")
    my_day = services.my_day

    waiting = my_day.day(today=TODAY).waiting
    assert [(w.title, w.days_waiting) for w in waiting.rows] == [
        ("Sales office", 6),
        ("R&D centre", 1),
    ]
    assert waiting.total == 2

    def log(kind: ActivityKind) -> None:
        when = datetime(2026, 11, 17, 9, 30, tzinfo=UTC)
        services.work.log_activity(ActivityDraft(kind, when, project_id=old.id, subject="Reply"))

    log(ActivityKind.NOTE)  # a note to oneself is no answer
    assert [w.project_id for w in my_day.day(today=TODAY).waiting.rows] == [old.id, new.id]
    log(ActivityKind.EMAIL)
    assert [w.project_id for w in my_day.day(today=TODAY).waiting.rows] == [new.id]
