"""Two windows, one record: a save over someone else's newer save is refused, never silent."""

from __future__ import annotations

from dataclasses import replace

import pytest

from leadtracker.db.database import Database
from leadtracker.domain.errors import RecordChangedError
from leadtracker.services.contacts import ContactDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines


def test_the_second_save_of_the_same_company_is_refused_and_names_who(
    db: Database, services: Services
) -> None:
    company = services.company(name_en="Wacom", hq_city="Kazo")
    mine = services.companies.get(company.id)  # window A opens it
    theirs = services.companies.get(company.id)  # window B opens it
    db.attribution.staff_name = "Kenji Sato (KS)"
    saved = services.companies.update(
        theirs.id, replace(theirs, hq_city="Tokyo"), expected_version=theirs.version
    )
    assert saved.version == mine.version + 1
    db.attribution.staff_name = "Anna Schmidt (AS)"
    with pytest.raises(RecordChangedError, match="The company was changed by Kenji Sato") as error:
        services.companies.update(
            mine.id, replace(mine, notes="mine"), expected_version=mine.version
        )
    assert error.value.changed_by == "Kenji Sato (KS)" and error.value.changed_at is not None
    assert services.companies.get(company.id).hq_city == "Tokyo"  # nothing overwritten
    # Overwriting is a choice: it is saved and recorded.
    services.companies.update(mine.id, replace(mine, notes="mine"), expected_version=None)
    assert services.companies.get(company.id).notes == "mine"


def test_a_stage_move_counts_as_a_change_of_the_project(services: Services) -> None:
    project = services.project(title="Sales office")
    opened = services.projects.get(project.id)
    services.projects.move(project.id, "qualified")
    with pytest.raises(RecordChangedError, match="The project was changed"):
        services.projects.update(
            opened.id, replace(opened, title="Renamed"), expected_version=opened.version
        )
    assert services.projects.get(project.id).title == "Sales office"


def test_contacts_are_guarded_too(services: Services) -> None:
    company = services.company(name_en="Wacom")
    contact = services.contacts.create(ContactDraft(company_id=company.id, family_romaji="Ito"))
    services.contacts.update(contact.id, replace(contact, title="CEO"), expected_version=1)
    with pytest.raises(RecordChangedError):
        services.contacts.update(contact.id, replace(contact, title="CFO"), expected_version=1)
    assert services.contacts.get(contact.id).title == "CEO"
