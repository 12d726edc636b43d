"""Correcting the day's work: activities and tasks edited, rescheduled, reassigned, deleted.

Every change is in the audit trail, a stale edit is refused, a deletion waits
in the trash and comes back from there, and a done task can be opened again.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from leadtracker.db.database import Database
from leadtracker.domain.errors import DomainError, NotFoundError, RecordChangedError
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

MONDAY = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _changed_fields(
    services: Services, kind: str, record_id: int
) -> dict[str, tuple[str | None, ...]]:
    """Each field the trail has an update for, with its old and new value (the last one)."""
    lines = services.history.of(kind, record_id)
    return {
        line.field: (line.old_value, line.new_value) for line in lines if line.action == "update"
    }


def test_an_activity_is_corrected_in_every_field_and_the_trail_has_each_change(
    db: Database, services: Services
) -> None:
    project = services.project(title="European HQ")
    yamada = services.contacts.create(
        ContactDraft(company_id=project.company_id, family_romaji="Yamada")
    )
    ito = services.contacts.create(ContactDraft(company_id=project.company_id, family_romaji="Ito"))
    anna = services.network.add_user("Anna Schmidt", "AS")
    kenji = services.network.add_user("Kenji Sato", "KS")
    logged = services.work.log_activity(
        ActivityDraft(
            kind=ActivityKind.MEETING,
            occurred_at=MONDAY,
            project_id=project.id,
            subject="Meeting about offices",
            contact_ids=(yamada.id,),
            staff_ids=(anna.id,),
            created_by_id=anna.id,
        )
    )
    assert logged.version == 1

    later = MONDAY + timedelta(days=1, hours=2)
    corrected = services.work.update_activity(
        logged.id,
        replace(
            logged,
            kind=ActivityKind.CALL,
            occurred_at=later,
            subject="Call about offices",
            text="Wants 400 m²",
            contact_ids=(ito.id,),
            staff_ids=(kenji.id,),
        ),
        expected_version=logged.version,
    )

    again = services.work.activity(logged.id)
    assert again == corrected
    assert (again.kind, again.occurred_at, again.subject, again.text) == (
        ActivityKind.CALL,
        later,
        "Call about offices",
        "Wants 400 m²",
    )
    assert (again.contact_ids, again.staff_ids, again.created_by_id) == (
        (ito.id,),
        (kenji.id,),
        anna.id,
    )
    assert again.version == 2
    changes = _changed_fields(services, "activity", logged.id)
    assert changes["kind"] == ("meeting", "call")
    assert changes["subject"] == ("Meeting about offices", "Call about offices")
    assert changes["contacts"] == (f"[{yamada.id}]", f"[{ito.id}]")
    assert changes["staff"] == (f"[{anna.id}]", f"[{kenji.id}]")
    assert {"occurred_at", "text"} <= changes.keys()
    [entry] = [e for e in services.timeline.for_project(project.id) if e.activity_id]
    assert (entry.title, entry.people) == ("Call about offices", ("Ito",))


def test_a_task_is_edited_rescheduled_reassigned_and_each_change_is_recorded(
    db: Database, services: Services
) -> None:
    project = services.project(title="Sales office")
    anna = services.network.add_user("Anna Schmidt", "AS")
    kenji = services.network.add_user("Kenji Sato", "KS")
    task = services.work.add_task(
        TaskDraft("Send offers", due_on=date(2026, 3, 5), owner_id=anna.id, project_id=project.id)
    )

    edited = services.work.update_task(
        task.id,
        replace(task, title="Send three offers", notes="Königsallee first"),
        expected_version=task.version,
    )
    moved = services.work.reschedule_task(
        task.id, date(2026, 3, 9), expected_version=edited.version
    )
    given = services.work.reassign_task(task.id, kenji.id, expected_version=moved.version)

    saved = services.work.task(task.id)
    assert saved == given
    assert (saved.title, saved.due_on, saved.owner_id, saved.notes) == (
        "Send three offers",
        date(2026, 3, 9),
        kenji.id,
        "Königsallee first",
    )
    assert saved.version == 4
    changes = _changed_fields(services, "task", task.id)
    assert changes["title"] == ("Send offers", "Send three offers")
    assert changes["due_on"] == ("2026-03-05", "2026-03-09")
    assert changes["owner_id"] == (str(anna.id), str(kenji.id))
    assert changes["notes"] == ("", "Königsallee first")
    with pytest.raises(DomainError, match="Owner: there is no record with id 999"):
        services.work.reassign_task(task.id, 999)
    [line] = services.timeline.tasks(project_id=project.id)
    assert (line.owner, line.owner_id) == ("Kenji Sato", kenji.id)


def test_a_stale_edit_of_an_activity_or_task_is_refused_and_names_who_saved(
    db: Database, services: Services
) -> None:
    project = services.project()
    activity = services.work.log_activity(
        ActivityDraft(ActivityKind.CALL, MONDAY, project_id=project.id, subject="First call")
    )
    task = services.work.add_task(TaskDraft("Call back", project_id=project.id))
    db.attribution.staff_name = "Kenji Sato (KS)"
    services.work.update_activity(
        activity.id, replace(activity, subject="Kenji's call"), expected_version=activity.version
    )
    services.work.reschedule_task(task.id, date(2026, 4, 1), expected_version=task.version)

    db.attribution.staff_name = "Anna Schmidt (AS)"
    with pytest.raises(RecordChangedError, match="The activity was changed by Kenji Sato"):
        services.work.update_activity(
            activity.id, replace(activity, subject="Mine"), expected_version=activity.version
        )
    with pytest.raises(RecordChangedError, match="The task was changed by Kenji Sato"):
        services.work.update_task(
            task.id, replace(task, title="Mine"), expected_version=task.version
        )
    with pytest.raises(RecordChangedError):
        services.work.reassign_task(task.id, None, expected_version=task.version)
    assert services.work.activity(activity.id).subject == "Kenji's call"
    assert services.work.task(task.id).title == "Call back"
    # Overwriting is a choice.
    services.work.update_activity(activity.id, replace(activity, subject="Mine"))
    assert services.work.activity(activity.id).subject == "Mine"


def test_done_can_be_undone_and_the_task_is_due_again(db: Database, services: Services) -> None:
    today = date.today()
    project = services.project()
    task = services.work.add_task(TaskDraft("Send offers", due_on=today, project_id=project.id))
    my_day = services.my_day

    done = services.work.complete_task(task.id)
    assert done.done_at is not None
    assert my_day.day(today=today).due_today.total == 0

    reopened = services.work.reopen_task(task.id)
    assert reopened.done_at is None
    assert [t.id for t in my_day.day(today=today).due_today.rows] == [task.id]
    changes = [
        (line.field, line.new_value is None)
        for line in services.history.of("task", task.id)
        if line.action == "update"
    ]
    assert changes == [("done_at", False), ("done_at", True)]


def test_activities_and_tasks_go_to_the_trash_alone_and_come_back(
    db: Database, services: Services
) -> None:
    project = services.project(title="R&D centre")
    activity = services.work.log_activity(
        ActivityDraft(ActivityKind.MEETING, MONDAY, project_id=project.id, subject="Kick-off")
    )
    task = services.work.add_task(TaskDraft("Send minutes", project_id=project.id))
    trash = services.trash
    timeline = services.timeline

    preview = trash.preview("activity", activity.id)
    assert (preview.label, preview.activities, preview.tasks) == ("2026-03-02 Kick-off", 0, 0)
    gone_activity = trash.move_to_trash("activity", activity.id)
    gone_task = trash.move_to_trash("task", task.id)

    assert (gone_activity.kind, gone_activity.along, gone_task.label) == (
        "activity",
        0,
        "Send minutes",
    )
    assert [e.activity_id for e in timeline.for_project(project.id)] == [None]  # the stage move
    assert timeline.tasks(project_id=project.id) == ()
    with pytest.raises(NotFoundError):
        services.work.activity(activity.id)
    assert services.projects.get(project.id).title == "R&D centre"  # the project stays
    assert [i.kind for i in trash.items()] == ["task", "activity"]
    assert _changed_fields(services, "activity", activity.id)["trashed_in"][1] == str(
        gone_activity.entry_id
    )

    trash.restore(gone_activity.entry_id)
    trash.restore(gone_task.entry_id)
    assert services.work.activity(activity.id).subject == "Kick-off"
    assert [t.title for t in timeline.tasks(project_id=project.id)] == ["Send minutes"]
    assert trash.items() == ()


def test_an_activity_cannot_come_back_before_its_project_and_goes_for_good_with_it(
    db: Database, services: Services
) -> None:
    project = services.project(title="R&D centre")
    activity = services.work.log_activity(
        ActivityDraft(ActivityKind.MEETING, MONDAY, project_id=project.id, subject="Kick-off")
    )
    trash = services.trash
    alone = trash.move_to_trash("activity", activity.id)
    with_project = trash.move_to_trash("project", project.id)

    with pytest.raises(DomainError, match="restore the project first"):
        trash.restore(alone.entry_id)

    assert trash.empty([with_project.entry_id]) == 2  # the project and the activity deleted alone
    assert trash.items() == ()


def test_a_new_task_is_for_the_projects_owner(services: Services) -> None:
    kenji = services.network.add_user("Kenji Sato", "KS")
    project = services.project(title="Sales office", owner_id=kenji.id)
    nobodys = services.project(title="Logistics hub")

    assert services.work.default_task_owner(project_id=project.id) == kenji.id
    assert services.work.default_task_owner(project_id=nobodys.id) is None
    assert services.work.default_task_owner(project_id=None) is None


def test_a_contacts_story_has_the_activities_they_took_part_in_and_their_companys_tasks(
    db: Database, services: Services
) -> None:
    project = services.project(title="European HQ")
    yamada = services.contacts.create(
        ContactDraft(company_id=project.company_id, family_romaji="Yamada")
    )
    for subject, who in (("With Yamada", (yamada.id,)), ("Without", ())):
        services.work.log_activity(
            ActivityDraft(
                ActivityKind.MEETING,
                MONDAY,
                project_id=project.id,
                subject=subject,
                contact_ids=who,
            )
        )
    services.work.add_task(TaskDraft("Project task", project_id=project.id))
    services.work.add_task(TaskDraft("Company task", company_id=project.company_id))
    services.work.add_task(TaskDraft("Elsewhere", project_id=services.project().id))

    story = services.timeline.contact_story(yamada.id)

    assert [e.title for e in story.entries] == ["With Yamada"]
    assert sorted(t.title for t in story.tasks) == ["Company task", "Project task"]
    with pytest.raises(NotFoundError):
        services.timeline.contact_story(999)


def test_my_day_lists_what_was_logged_lately_not_old_work_entered_now(
    db: Database, services: Services
) -> None:
    anna = services.network.add_user("Anna Schmidt", "AS")
    kenji = services.network.add_user("Kenji Sato", "KS")
    project = services.project(title="European HQ")
    now = datetime.now(UTC)
    fresh = services.work.log_activity(
        ActivityDraft(
            ActivityKind.EMAIL, now, project_id=project.id, subject="Answer", created_by_id=anna.id
        )
    )
    services.work.log_activity(
        ActivityDraft(ActivityKind.CALL, now, project_id=project.id, text="Kenji's call\nmore")
    )
    services.work.log_activity(  # an old meeting typed in today (an import): not news
        ActivityDraft(ActivityKind.MEETING, MONDAY, project_id=project.id, subject="Old")
    )
    services.work.log_activity(  # planned ahead: not logged work yet
        ActivityDraft(
            ActivityKind.MEETING, now + timedelta(days=2), project_id=project.id, subject="Next"
        )
    )
    my_day = services.my_day

    everyone = my_day.day().recent
    assert [a.subject for a in everyone.rows] == ["Kenji's call", "Answer"]
    assert everyone.rows[1].about.endswith("— European HQ") and everyone.total == 2
    assert [a.id for a in my_day.day(owner_id=anna.id).recent.rows] == [fresh.id]
    assert my_day.day(owner_id=kenji.id).recent.rows == ()
