"""The trash: deleted records vanish everywhere, come back whole, go for good only on request."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest

from leadtracker.db.database import Database
from leadtracker.domain.errors import DomainError, NotFoundError
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.lists.base import ListQuery
from leadtracker.services.lists.companies import CompanyList
from leadtracker.services.lists.contacts import ContactList
from leadtracker.services.lists.projects import ProjectList
from leadtracker.services.reporting.kpis import KpiService
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

TODAY = date(2026, 6, 15)


def _desk(services: Services) -> dict[str, int]:
    """Kept Ltd. stays; Gone K.K. with a contact, a project, an activity and a task goes."""
    services.company(name_en="Kept Ltd.")
    gone = services.company(name_en="Gone K.K.", name_ja="消去株式会社").id
    contact = services.contacts.create(
        ContactDraft(company_id=gone, family_romaji="Tanaka", given_romaji="Ichiro")
    ).id
    project = services.project(gone, title="Vanishing office").id
    activity = services.work.log_activity(
        ActivityDraft(
            ActivityKind.CALL,
            datetime(2026, 6, 1, 10, tzinfo=UTC),
            project_id=project,
            subject="Talked about Wolkenbüro",
            contact_ids=(contact,),
        )
    ).id
    task = services.work.add_task(
        TaskDraft("Send the Wolkenbüro offer", due_on=TODAY, project_id=project)
    ).id
    return {
        "company": gone,
        "contact": contact,
        "project": project,
        "activity": activity,
        "task": task,
    }


def _visible(db: Database, services: Services, folder: Path) -> dict[str, object]:
    """What the desk sees of Gone K.K. anywhere."""
    everything = ListQuery()
    workbook = folder / "export.xlsx"
    services.exports.to_xlsx(workbook)
    book = openpyxl.load_workbook(workbook, read_only=True)
    cells = {
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    }
    book.close()
    board = services.board.board(now=datetime(2026, 6, 15, tzinfo=UTC))
    # Built here for a fixed today; the registry's runs on the office clock.
    summary = KpiService(db.sessions, today=lambda: TODAY).summary(Period.calendar_year(2026))
    return {
        "companies": [r.name for r in CompanyList(db.sessions, db.search).page(everything, 0, 50)],
        "contacts": len(ContactList(db.sessions, db.search).page(everything, 0, 50)),
        "projects": len(ProjectList(db.sessions, db.search).page(everything, 0, 50)),
        "count": services.companies.count(),
        "search": [
            h.kind.name for q in ("Wolkenbüro", "消去", "Tanaka") for h in services.search.search(q)
        ],
        "board": board.total,
        "tasks": len(services.my_day.day(today=TODAY).due_today.rows),
        "inquiries": summary.report.headline.inquiries,
        "export": {"Gone K.K.", "Vanishing office", "Send the Wolkenbüro offer"} & cells,
    }


def test_a_trashed_company_vanishes_everywhere_and_comes_back_whole(
    db: Database, services: Services, tmp_path: Path
) -> None:
    ids = _desk(services)
    before = _visible(db, services, tmp_path)
    assert before["companies"] == ["Gone K.K.", "Kept Ltd."]
    assert before["board"] == 1 and before["tasks"] == 1 and before["search"]
    trash = services.trash
    preview = trash.preview("company", ids["company"])
    assert (preview.label, preview.contacts, preview.projects) == ("Gone K.K.", 1, 1)
    assert (preview.activities, preview.tasks) == (1, 1)

    item = trash.move_to_trash("company", ids["company"])

    assert (item.kind, item.label, item.along) == ("company", "Gone K.K.", 4)
    assert _visible(db, services, tmp_path) == {
        "companies": ["Kept Ltd."],
        "contacts": 0,
        "projects": 0,
        "count": 1,
        "search": [],
        "board": 0,
        "tasks": 0,
        "inquiries": 0,
        "export": set(),
    }
    with pytest.raises(NotFoundError):
        services.companies.get(ids["company"])
    assert [i.entry_id for i in trash.items()] == [item.entry_id]

    trash.restore(item.entry_id)

    assert _visible(db, services, tmp_path) == before
    assert services.projects.get(ids["project"]).title == "Vanishing office"
    assert trash.items() == ()


@pytest.mark.sqlite_only("checks the references with SQLite's PRAGMA foreign_key_check")
def test_emptying_deletes_for_good_and_writes_every_record_to_the_trail(
    db: Database, services: Services
) -> None:
    ids = _desk(services)
    trash = services.trash
    trash.move_to_trash("company", ids["company"])

    assert trash.empty() == 5

    assert trash.items() == ()
    with sqlite3.connect(db.path) as conn:
        for table in ("company", "contact", "project", "activity", "task"):
            assert conn.execute(
                f"SELECT count(*) FROM {table} WHERE trashed_in IS NOT NULL"
            ).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM company").fetchone() == (1,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    history = services.history
    for kind in ("company", "contact", "project", "activity", "task"):
        lines = history.of(kind, ids[kind])
        assert lines[-1].action == "delete", kind
    # The move to the trash is in the trail too.
    assert any(line.field == "trashed_in" for line in history.of("company", ids["company"]))


def test_a_project_goes_alone_and_a_contact_leaves_its_activities(
    db: Database, services: Services
) -> None:
    ids = _desk(services)
    trash = services.trash

    project = trash.move_to_trash("project", ids["project"])
    contact = trash.move_to_trash("contact", ids["contact"])

    assert (project.along, contact.along) == (2, 0)  # the activity and the task
    assert services.companies.get(ids["company"]).name_en == "Gone K.K."
    assert [i.kind for i in trash.items()] == ["contact", "project"]
    trash.restore(project.entry_id)
    found = {h.kind.name for h in services.search.search("Wolkenbüro")}
    assert found == {"ACTIVITY"}


def test_a_contact_cannot_come_back_before_its_company(db: Database, services: Services) -> None:
    ids = _desk(services)
    trash = services.trash
    contact = trash.move_to_trash("contact", ids["contact"])
    company = trash.move_to_trash("company", ids["company"])

    with pytest.raises(DomainError, match="restore the company first"):
        trash.restore(contact.entry_id)

    trash.restore(company.entry_id)
    trash.restore(contact.entry_id)
    assert services.contacts.get(ids["contact"]).family_romaji == "Tanaka"


def test_emptying_a_company_takes_its_contacts_waiting_on_their_own(
    db: Database, services: Services
) -> None:
    ids = _desk(services)
    trash = services.trash
    trash.move_to_trash("contact", ids["contact"])
    company = trash.move_to_trash("company", ids["company"])

    assert trash.empty([company.entry_id]) == 5
    assert trash.items() == ()


def test_refused_calls_change_nothing(db: Database, services: Services) -> None:
    ids = _desk(services)
    trash = services.trash
    with pytest.raises(DomainError, match="“partner” cannot be deleted"):
        trash.move_to_trash("partner", 1)
    with pytest.raises(NotFoundError, match="no project with the ID 999"):
        trash.move_to_trash("project", 999)
    item = trash.move_to_trash("project", ids["project"])
    with pytest.raises(NotFoundError):
        trash.move_to_trash("project", ids["project"])
    with pytest.raises(NotFoundError, match="Nothing with the number 77"):
        trash.empty([item.entry_id, 77])
    assert [i.entry_id for i in trash.items()] == [item.entry_id]


@pytest.mark.sqlite_only("erasure scrubs SQLite's FTS index and file so far")
def test_a_person_in_the_trash_is_still_in_a_subject_access_export_and_can_be_erased(
    db: Database, services: Services
) -> None:
    ids = _desk(services)
    trash = services.trash
    trash.move_to_trash("contact", ids["contact"])
    privacy = services.privacy

    assert privacy.subject_access(ids["contact"]).contact.family_romaji == "Tanaka"
    privacy.erase(ids["contact"])

    assert "Tanaka" not in trash.items()[0].label
    assert b"Tanaka" not in Path(db.path).read_bytes()
