"""A project's story: days per stage, activities and moves newest first, its tasks."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from leadtracker.db.database import Database
from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.vocabulary import ActivityKind, Rank
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.timeline import EntryKind
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=UTC)


def test_stage_spans_count_office_days(db: Database, services: Services) -> None:
    user = services.network.add_user("Birgit Lange", "BL")
    project = services.project(title="Sales office")  # created now: first change is "now"
    timeline = services.timeline
    [only] = timeline.stage_spans(project.id)
    assert (only.stage_key, only.left_at, only.days) == ("inquiry", None, 0)

    later = only.entered_at.replace(year=only.entered_at.year + 1)
    services.projects.move(project.id, "qualified", when=later, by_user_id=user.id, note="fits")
    spans = timeline.stage_spans(project.id, now=later.replace(day=1, month=1, year=later.year + 1))
    assert [s.stage_label for s in spans] == ["Inquiry", "Qualified"]
    assert spans[0].left_at == later
    assert spans[0].days in (365, 366)
    assert (spans[1].changed_by, spans[1].note, spans[1].left_at) == ("Birgit Lange", "fits", None)
    assert spans[1].days > 0

    with pytest.raises(NotFoundError):
        timeline.stage_spans(9999)


def test_timeline_mixes_activities_and_moves_newest_first(db: Database, services: Services) -> None:
    project = services.project(title="R&D centre")
    yamada = services.contacts.create(
        ContactDraft(
            company_id=project.company_id,
            family_kanji="山田",
            given_kanji="太郎",
            family_romaji="Yamada",
            given_romaji="Taro",
            rank=Rank.PRESIDENT,
        )
    )
    me = services.network.add_user("Birgit Lange", "BL")
    first = project  # its creation is the first stage change, "now"
    services.work.log_activity(
        ActivityDraft(
            ActivityKind.CALL,
            _at(2),
            project_id=first.id,
            subject="First call",
            contact_ids=(yamada.id,),
            staff_ids=(me.id,),
        )
    )
    services.work.log_activity(
        ActivityDraft(ActivityKind.NOTE, _at(5), project_id=first.id, text="Prefers Kö-Bogen")
    )
    entries = services.timeline.for_project(first.id)
    assert [e.kind for e in entries] == [EntryKind.STAGE_MOVE, EntryKind.NOTE, EntryKind.CALL]
    assert entries[0].title == "Inquiry"
    call = entries[2]
    assert (call.title, call.people, call.staff) == (
        "First call",
        ("山田 太郎 (YAMADA Taro)",),
        ("Birgit Lange",),
    )

    company_entries = services.timeline.for_company(first.company_id)
    assert [e.kind for e in company_entries] == [EntryKind.NOTE, EntryKind.CALL]


def test_tasks_open_first_by_due_date(db: Database, services: Services) -> None:
    project = services.project()
    work = services.work
    done = work.add_task(TaskDraft("Done", due_on=date(2026, 1, 1), project_id=project.id))
    work.complete_task(done.id)
    work.add_task(TaskDraft("Undated", project_id=project.id))
    work.add_task(TaskDraft("Later", due_on=date(2026, 6, 1), project_id=project.id))
    work.add_task(TaskDraft("Sooner", due_on=date(2026, 5, 1), project_id=project.id))
    lines = services.timeline.tasks(project_id=project.id)
    assert [t.title for t in lines] == ["Sooner", "Later", "Undated", "Done"]
    assert lines[-1].done_at is not None
