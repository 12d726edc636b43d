"""A record's history reads as words: field names, stage names, vocabulary words, days, money.

Real SQLite files; the changes are made through the services (or, where no
service changes the field yet, through a session of the same database, which
the audit trail records alike).
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from leadtracker.db.database import Database
from leadtracker.db.models import AuditEntry, User
from leadtracker.domain.field_catalogue import SHOWN_LENGTH, FieldValue
from leadtracker.domain.vocabulary import ActivityKind, LostReason, Sector
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.contacts import ContactDraft
from leadtracker.services.history import HistoryLine
from leadtracker.services.projects import OutcomeUpdate, ProjectDraft, ProjectRecord
from leadtracker.services.work import ActivityDraft, TaskDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines


def _draft(record: ProjectRecord) -> ProjectDraft:
    return ProjectDraft(**{f.name: getattr(record, f.name) for f in fields(ProjectDraft)})


def _changes(lines: tuple[HistoryLine, ...]) -> list[tuple[str, str, str]]:
    """Each update as (label, before, after) in English words."""
    return [(str(c.label), str(c.before), str(c.after)) for c in lines if c.action == "update"]


def _created(lines: tuple[HistoryLine, ...]) -> dict[str, FieldValue]:
    [created] = [line for line in lines if line.action == "create"]
    return {str(shown.label): shown.value for shown in created.fields}


def test_a_lost_project_reads_as_words_not_keys(db: Database, services: Services) -> None:
    owner = services.network.add_user("Birgit Lange", "BL")
    partner = services.network.add_partner("JETRO")
    project = services.project(title="Sales office", planned_investment=Decimal("1250000"))
    services.projects.move(project.id, "qualified")
    services.projects.move(project.id, "site_visit")
    changed = replace(
        _draft(services.projects.get(project.id)),
        planned_investment=Decimal("2500000.50"),
        office_space_m2=1500,
        target_date=date(2027, 4, 1),
        owner_id=owner.id,
        partner_id=partner.id,
        competing_locations=("Amsterdam", "London"),
    )
    services.projects.update(project.id, changed)
    lost = OutcomeUpdate(
        lost_reason=LostReason.COSTS, lost_to_location="Amsterdam", decision_date=date(2026, 5, 2)
    )
    services.projects.move(project.id, "lost", outcome=lost)

    lines = services.history.of("project", project.id)

    changes = _changes(lines)
    assert ("Stage", "Inquiry", "Qualified") in changes
    assert ("Stage", "Site visit", "Lost") in changes
    assert ("Lost reason", "", "Costs") in changes
    assert ("Location chosen instead", "", "Amsterdam") in changes
    assert ("Owner", "", "Birgit Lange") in changes
    assert ("Referring partner", "", "JETRO") in changes
    assert ("Competing locations", "", "Amsterdam, London") in changes
    assert ("Planned investment", "€1,250,000", "€2,500,000.50") in changes
    assert ("Office space", "", "1,500 m²") in changes
    shown = " ".join(" ".join(change) for change in changes)
    for key in ("stage_key", "site_visit", "lost_to_location", "costs", "owner_id", "_"):
        assert key not in shown
    by_label = {str(line.label): line for line in lines if line.action == "update"}
    assert by_label["Decision date"].after.value == date(2026, 5, 2)
    assert by_label["Planned investment"].after.value == Decimal("2500000.50")
    assert by_label["Office space"].after.value == 1500
    created = _created(lines)
    assert str(created["Stage"]) == "Inquiry" and str(created["Title"]) == "Sales office"
    assert str(created["Planned investment"]) == "€1,250,000"


def test_vocabulary_words_references_and_yes_or_no(db: Database, services: Services) -> None:
    midori = services.company(name_en="Midori Seiki", sector=Sector.MACHINERY, hq_prefecture=13)
    aoba = services.company(name_en="Aoba Denki")
    services.companies.update(
        midori.id,
        CompanyDraft(
            name_en="Midori Seiki", sector=Sector.ELECTRONICS, hq_prefecture=13, parent_id=aoba.id
        ),
    )
    contact = services.contacts.create(
        ContactDraft(company_id=midori.id, family_romaji="Ito", given_romaji="Ken")
    )
    staff = services.network.add_user("Birgit Lange", "BL")
    with db.sessions.begin() as session:
        user = session.get(User, staff.id)
        assert user is not None
        user.active = False

    history = services.history
    company = history.of("company", midori.id)
    assert ("Sector", "Machinery", "Electronics") in _changes(company)
    assert ("Parent company", "", "Aoba Denki") in _changes(company)
    assert str(_created(company)["HQ prefecture"]) == "Tokyo (東京都)"
    assert ("Active", "Yes", "No") in _changes(history.of("staff", staff.id))
    person = _created(history.of("contact", contact.id))
    assert str(person["Company"]) == "Midori Seiki"
    assert str(person["Salutation"]) == "Name only" and str(person["Rank"]) == "Unknown"


def test_a_site_visit_reads_with_its_moment_and_the_code_name(
    db: Database, services: Services
) -> None:
    project = services.project(title="Secret expansion", code_name="Fuji")
    contact = services.contacts.create(
        ContactDraft(company_id=project.company_id, family_romaji="Ito", given_romaji="Ken")
    )
    staff = services.network.add_user("Birgit Lange", "BL")
    visit = services.work.log_activity(
        ActivityDraft(
            ActivityKind.SITE_VISIT,
            datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
            project_id=project.id,
            contact_ids=(contact.id,),
            staff_ids=(staff.id,),
        )
    )
    task = services.work.add_task(TaskDraft("Send the offer", due_on=date(2026, 12, 1)))
    services.work.complete_task(task.id, datetime(2026, 11, 25, 14, 0, tzinfo=UTC))

    history = services.history
    logged = _created(history.of("activity", visit.id))
    assert str(logged["Kind"]) == "Site visit"
    assert logged["When"].value == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    assert str(logged["Project"]) == "Fuji"  # a confidential project by its code name
    assert str(logged["Participants"]) == "Ken Ito"
    assert str(logged["Staff"]) == "Birgit Lange"
    [done] = [line for line in history.of("task", task.id) if line.action == "update"]
    assert str(done.label) == "Done at"
    assert done.after.value == datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    assert _created(history.of("task", task.id))["Due on"].value == date(2026, 12, 1)


def test_unknown_columns_removed_keys_and_long_values_never_break_it(
    db: Database, services: Services
) -> None:
    project = services.project()
    stored = [
        ("budget_line_no", "7", "8"),  # a column of a later migration
        ("lost_reason", "costs", "weather"),  # a loss reason no longer in the vocabulary
        ("stage_key", "inquiry", "gone_stage"),  # a stage since removed
        ("notes", "", "Line one\nline two " + "x" * 100_000),
        ("planned_jobs", "many", "12"),  # not what the column holds
    ]
    with db.sessions.begin() as session:
        session.add_all(
            AuditEntry(
                record_type="project",
                record_id=project.id,
                action="update",
                field=column,
                old_value=old,
                new_value=new,
            )
            for column, old, new in stored
        )
    changes = _changes(services.history.of("project", project.id))
    assert ("Budget line no", "7", "8") in changes
    assert ("Lost reason", "Costs", "weather") in changes
    assert ("Stage", "Inquiry", "gone_stage") in changes
    assert ("Planned jobs", "many", "12") in changes
    [notes] = [after for label, _, after in changes if label == "Notes"]
    assert len(notes) == SHOWN_LENGTH and notes.endswith("…")
    assert notes.startswith("Line one⏎line two xxx") and "\n" not in notes
