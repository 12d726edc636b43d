from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from leadtracker.domain.errors import StageMoveError, ValidationError
from leadtracker.domain.office import office_date
from leadtracker.domain.vocabulary import LostReason, PermitStatus, ProjectType
from leadtracker.services.projects import OutcomeUpdate, ProjectDraft
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

LANDING = OutcomeUpdate(
    trade_registered_on=date(2026, 3, 2),
    register_entry_on=date(2026, 3, 20),
    permits_status=PermitStatus.DONE,
    lease_signed_on=date(2026, 2, 1),
    opened_on=date(2026, 4, 1),
    jobs_at_opening=14,
    actual_investment=Decimal("2500000.00"),
)


def test_new_project_starts_as_an_inquiry_with_history(services: Services) -> None:
    user = services.network.add_user("Benjamin Leonhardt", "BL")
    project = services.project(
        owner_id=user.id,
        project_type=ProjectType.EUROPEAN_HQ,
        planned_investment=Decimal("1500000.50"),
    )
    assert project.stage_key == "inquiry"
    assert project.stage_label == "Inquiry"
    assert project.planned_investment == Decimal("1500000.50")
    assert project.received_on == office_date(datetime.now(UTC))  # Düsseldorf's day, not UTC's
    [first] = services.projects.history(project.id)
    assert first.from_stage is None and first.to_stage == "inquiry"


def test_walk_to_landed_records_every_move(services: Services) -> None:
    user = services.network.add_user("Anna Schmidt", "AS")
    project = services.project()
    for stage in ("qualified", "active", "site_visit", "decision_pending", "won"):
        services.projects.move(project.id, stage, by_user_id=user.id)
    landed = services.projects.move(project.id, "landed", outcome=LANDING, by_user_id=user.id)
    assert landed.stage_key == "landed"
    assert landed.opened_on == date(2026, 4, 1)
    history = services.projects.history(project.id)
    assert [h.to_stage for h in history] == [
        "inquiry", "qualified", "active", "site_visit", "decision_pending", "won", "landed",
    ]  # fmt: skip
    assert all(h.changed_by == "Anna Schmidt" for h in history[1:])


def test_won_takes_the_day_of_the_move_as_decision_date(services: Services) -> None:
    project = services.project(received_on=date(2026, 5, 1))
    services.projects.move(project.id, "qualified", when=datetime(2026, 6, 1, tzinfo=UTC))
    when = datetime(2026, 6, 30, 14, tzinfo=UTC)
    won = services.projects.move(project.id, "won", when=when)
    assert won.decision_date == date(2026, 6, 30)


def test_refused_move_changes_nothing(services: Services) -> None:
    project = services.project()
    services.projects.move(project.id, "active")
    with pytest.raises(StageMoveError, match="Lost reason, Location chosen instead"):
        services.projects.move(project.id, "lost", outcome=OutcomeUpdate(lost_to_location=""))
    with pytest.raises(StageMoveError, match="comes after “Landed”"):
        services.projects.move(project.id, "aftercare")
    after = services.projects.get(project.id)
    assert after.stage_key == "active"
    assert after.decision_date is None
    assert len(services.projects.history(project.id)) == 2


def test_lost_with_reason_and_location(services: Services) -> None:
    project = services.project()
    lost = services.projects.move(
        project.id,
        "lost",
        outcome=OutcomeUpdate(lost_reason=LostReason.COSTS, lost_to_location="Amsterdam"),
        note="HQ chose Amsterdam for tax reasons",
    )
    assert (lost.stage_key, lost.lost_reason, lost.lost_to_location) == (
        "lost",
        LostReason.COSTS,
        "Amsterdam",
    )
    assert services.projects.history(project.id)[-1].note == "HQ chose Amsterdam for tax reasons"


def test_project_validation_names_fields(services: Services) -> None:
    with pytest.raises(ValidationError) as error:
        services.projects.create(
            ProjectDraft(company_id=999, title=" ", planned_jobs=-3, owner_id=5)
        )
    assert set(error.value.fields) == {"title", "planned_jobs", "company_id", "owner_id"}
    assert "Planned jobs: cannot be negative (got -3)" in str(error.value)


def test_update_keeps_stage_and_cleans_locations(services: Services) -> None:
    project = services.project()
    services.projects.move(project.id, "qualified")
    updated = services.projects.update(
        project.id,
        ProjectDraft(
            company_id=project.company_id,
            title="European HQ",
            code_name="Projekt Sakura",
            competing_locations=(" Amsterdam ", "", "London"),
        ),
    )
    assert updated.stage_key == "qualified"
    assert updated.competing_locations == ("Amsterdam", "London")
    assert updated.confidential


def test_partial_outcome_keeps_what_it_does_not_mention(services: Services) -> None:
    project = services.project(received_on=date(2025, 12, 1))
    services.projects.move(project.id, "qualified", when=datetime(2026, 1, 2, tzinfo=UTC))
    decided = datetime(2026, 1, 10, 9, tzinfo=UTC)
    services.projects.move(project.id, "won", when=decided)
    landed = services.projects.move(project.id, "landed", outcome=LANDING)
    assert landed.decision_date == date(2026, 1, 10)  # not wiped by the checklist
    assert landed.actual_investment == Decimal("2500000.00")


def test_reopened_and_won_project_forgets_its_loss(services: Services) -> None:
    project = services.project(received_on=date(2024, 1, 10))
    lost = OutcomeUpdate(lost_reason=LostReason.TALENT, lost_to_location="  London ")
    first = services.projects.move(
        project.id, "lost", outcome=lost, when=datetime(2024, 5, 1, 10, tzinfo=UTC)
    )
    assert (first.lost_to_location, first.decision_date) == ("London", date(2024, 5, 1))
    reopened = services.projects.move(
        project.id, "qualified", when=datetime(2026, 1, 5, tzinfo=UTC)
    )
    assert (reopened.lost_reason, reopened.lost_to_location, reopened.decision_date) == (
        None,
        "",
        None,
    )
    won = services.projects.move(project.id, "won", when=datetime(2026, 6, 30, 22, 30, tzinfo=UTC))
    assert won.decision_date == date(2026, 7, 1)  # 00:30 in Düsseldorf: the next day


def test_on_hold_inquiry_cannot_be_won_but_a_qualified_one_can(services: Services) -> None:
    inquiry = services.project()
    services.projects.move(inquiry.id, "on_hold")
    with pytest.raises(StageMoveError, match="never went past “Inquiry”"):
        services.projects.move(inquiry.id, "won")
    qualified = services.project()
    services.projects.move(qualified.id, "qualified")
    services.projects.move(qualified.id, "on_hold")
    assert services.projects.move(qualified.id, "won").stage_key == "won"


def test_move_dates_must_be_aware_and_in_order(services: Services) -> None:
    project = services.project(received_on=date(2026, 1, 5))
    services.projects.move(project.id, "qualified", when=datetime(2026, 3, 1, tzinfo=UTC))
    with pytest.raises(ValidationError, match="cannot be before the last stage change"):
        services.projects.move(project.id, "active", when=datetime(2026, 2, 1, tzinfo=UTC))
    with pytest.raises(ValidationError, match="time zone"):
        services.projects.move(project.id, "active", when=datetime(2026, 4, 1))
    history = services.projects.history(project.id)
    assert [h.to_stage for h in history] == ["inquiry", "qualified"]


def test_outcome_values_are_validated(services: Services) -> None:
    project = services.project()
    services.projects.move(project.id, "qualified")
    services.projects.move(project.id, "won")
    bad = OutcomeUpdate(jobs_at_opening=-1, actual_investment=Decimal("-5"))
    with pytest.raises(ValidationError) as error:
        services.projects.move(project.id, "landed", outcome=bad)
    assert set(error.value.fields) == {"jobs_at_opening", "actual_investment"}
    assert services.projects.get(project.id).stage_key == "won"
