from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from leadtracker.db.database import Database
from leadtracker.db.models import Activity, Task
from leadtracker.domain.errors import ValidationError
from leadtracker.domain.vocabulary import ActivityKind, LegalBasis, Rank
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.projects import ProjectDraft
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines


def _contact(company_id: int, family: str, kana: str, rank: Rank) -> ContactDraft:
    return ContactDraft(
        company_id=company_id, family_kanji=family, family_kana=kana, family_romaji=kana, rank=rank
    )


def test_contacts_come_in_protocol_order(services: Services) -> None:
    company = services.company()
    for family, kana, rank in [
        ("渡辺", "わたなべ", Rank.MANAGER),
        ("佐藤", "さとう", Rank.PRESIDENT),
        ("伊藤", "いとう", Rank.MANAGER),
        ("鈴木", "すずき", Rank.GENERAL_MANAGER),
    ]:
        services.contacts.create(_contact(company.id, family, kana, rank))
    ordered = services.contacts.for_company(company.id)
    assert [c.family_kanji for c in ordered] == ["佐藤", "鈴木", "伊藤", "渡辺"]
    assert ordered[0].company_name == company.display_name


def test_contact_validation(services: Services) -> None:
    with pytest.raises(ValidationError) as error:
        services.contacts.create(
            ContactDraft(email="yamada@", legal_basis=LegalBasis.CONSENT, company_id=77)
        )
    assert set(error.value.fields) == {"family_romaji", "email", "consent_date", "company_id"}
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError, match="Consent date: cannot be in the future"):
        services.contacts.create(
            ContactDraft(
                family_romaji="Yamada", legal_basis=LegalBasis.CONSENT, consent_date=tomorrow
            )
        )


def test_activity_with_participants_belongs_to_the_projects_company(services: Services) -> None:
    project = services.project()
    contact = services.contacts.create(
        ContactDraft(company_id=project.company_id, family_romaji="Ito")
    )
    user = services.network.add_user("Benjamin Leonhardt", "BL")
    activity = services.work.log_activity(
        ActivityDraft(
            kind=ActivityKind.SITE_VISIT,
            occurred_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
            project_id=project.id,
            subject="Office tour Medienhafen",
            contact_ids=(contact.id,),
            staff_ids=(user.id,),
        )
    )
    assert activity.company_id == project.company_id
    assert activity.contact_ids == (contact.id,)
    with pytest.raises(ValidationError, match="Participants: no record with id 404"):
        services.work.log_activity(
            ActivityDraft(
                kind=ActivityKind.CALL,
                occurred_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
                project_id=project.id,
                contact_ids=(404,),
            )
        )


def test_tasks(services: Services) -> None:
    task = services.work.add_task(TaskDraft(title="Send information package", due_on=date.today()))
    assert task.done_at is None
    assert services.work.complete_task(task.id).done_at is not None
    with pytest.raises(ValidationError, match="Title"):
        services.work.add_task(TaskDraft(title="  "))


def test_network(services: Services) -> None:
    jetro = services.network.add_partner("JETRO", website="www.jetro.go.jp")
    assert jetro.website == "https://www.jetro.go.jp"
    with pytest.raises(ValidationError, match="already exists"):
        services.network.add_partner("JETRO")
    event = services.network.add_event("Digital Demo Day 2026", organiser_id=jetro.id)
    assert event.organiser_id == jetro.id
    services.network.add_user("Anna Schmidt", "AS")
    with pytest.raises(ValidationError, match="already in use"):
        services.network.add_user("Andreas Schulz", "AS")
    assert [u.initials for u in services.network.users()] == ["AS"]


def test_activity_company_must_be_the_projects(services: Services) -> None:
    project = services.project()
    other = services.company(name_en="Other Corp")
    with pytest.raises(ValidationError, match="Company: is not the company of the project"):
        services.work.log_activity(
            ActivityDraft(
                kind=ActivityKind.NOTE,
                occurred_at=datetime(2026, 11, 20, tzinfo=UTC),
                company_id=other.id,
                project_id=project.id,
            )
        )


def test_moving_a_project_to_another_company_takes_its_work_along(
    services: Services, db: Database
) -> None:
    project = services.project()
    services.work.log_activity(
        ActivityDraft(
            kind=ActivityKind.CALL,
            occurred_at=datetime(2026, 11, 20, tzinfo=UTC),
            project_id=project.id,
        )
    )
    task = services.work.add_task(TaskDraft(title="Call back", project_id=project.id))
    right = services.company(name_en="The Right Company")
    services.projects.update(project.id, ProjectDraft(company_id=right.id, title=project.title))
    assert services.search.search("the right company")
    with db.sessions() as session:  # read back what is stored
        assert {a.company_id for a in session.query(Activity)} == {right.id}
        assert session.get_one(Task, task.id).company_id == right.id
