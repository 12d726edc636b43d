"""The dialogs that ask what a stage needs: Won, Lost and the landing checklist."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pytestqt.qtbot import QtBot

from leadtracker.domain.stages import DEFAULT_STAGES, StageDefinition
from leadtracker.domain.vocabulary import LostReason, PermitStatus
from leadtracker.services.projects import OutcomeUpdate
from leadtracker.ui.views.stage_dialogs import (
    DecisionDialog,
    LandingDialog,
    LostDialog,
    ask_outcome,
    outcome_dialog,
)
from tests.conftest import Services

TODAY = date(2026, 5, 20)
STAGES = {stage.key: stage for stage in DEFAULT_STAGES}


def _stage(key: str) -> StageDefinition:
    return STAGES[key]


def test_stages_that_need_nothing_ask_nothing(services: Services) -> None:
    project = services.project()
    assert outcome_dialog(None, project, _stage("qualified")) is None
    assert ask_outcome(None, project, _stage("on_hold")) == OutcomeUpdate()


def test_won_asks_for_the_decision_date(qtbot: QtBot, services: Services) -> None:
    dialog = outcome_dialog(None, services.project(), _stage("won"), today=TODAY)
    assert isinstance(dialog, DecisionDialog)
    qtbot.addWidget(dialog)
    assert dialog.decision_date.date().toPython() == TODAY
    dialog.decision_date.setDate(date(2026, 5, 2))
    dialog.move_button.click()
    assert dialog.result_outcome == OutcomeUpdate(decision_date=date(2026, 5, 2))


def test_lost_offers_the_competing_locations(qtbot: QtBot, services: Services) -> None:
    project = services.project(
        code_name="Projekt Sakura", competing_locations=("Amsterdam", "Paris")
    )
    dialog = outcome_dialog(None, project, _stage("lost"), today=TODAY)
    assert isinstance(dialog, LostDialog)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Move to Lost"
    assert [dialog.location.itemText(i) for i in range(dialog.location.count())] == [
        "Amsterdam",
        "Paris",
    ]
    assert dialog.location.currentText() == ""
    dialog.reason.setCurrentIndex(dialog.reason.findData(LostReason.COSTS.value))
    dialog.location.setCurrentIndex(1)
    dialog.move_button.click()
    assert dialog.result_outcome == OutcomeUpdate(
        lost_reason=LostReason.COSTS, lost_to_location="Paris", decision_date=TODAY
    )


def test_the_landing_checklist_says_what_is_missing(qtbot: QtBot, services: Services) -> None:
    project = services.project(planned_jobs=25)
    dialog = outcome_dialog(None, project, _stage("landed"), today=TODAY)
    assert isinstance(dialog, LandingDialog)
    qtbot.addWidget(dialog)
    assert dialog.jobs.placeholderText() == "planned: 25"  # planned, never taken as actual
    dialog.dates["trade_registered_on"].setValue(date(2026, 3, 2))
    dialog.investment.setText("-5")
    dialog.move_button.click()
    assert dialog.result_outcome is None
    assert dialog.problem_text("trade_registered_on") == ""
    assert dialog.problem_text("opened_on") == "Required: tick it and enter the day it was done"
    assert dialog.problem_text("permits_status") == (
        "Must be done or not required before the branch counts as landed"
    )
    assert dialog.problem_text("jobs_at_opening") == "Enter the jobs at the opening"
    assert dialog.problem_text("actual_investment") == "Cannot be negative"
    for name, day in (
        ("register_entry_on", date(2026, 3, 20)),
        ("lease_signed_on", date(2026, 2, 1)),
        ("opened_on", date(2026, 4, 1)),
    ):
        dialog.dates[name].setValue(day)
    dialog.permits.setCurrentIndex(dialog.permits.findData(PermitStatus.NOT_REQUIRED.value))
    dialog.jobs.setText("14")
    dialog.investment.setText("2,5 Mio")
    dialog.move_button.click()
    assert dialog.result_outcome == OutcomeUpdate(
        trade_registered_on=date(2026, 3, 2),
        register_entry_on=date(2026, 3, 20),
        permits_status=PermitStatus.NOT_REQUIRED,
        lease_signed_on=date(2026, 2, 1),
        opened_on=date(2026, 4, 1),
        jobs_at_opening=14,
        actual_investment=Decimal("2500000.00"),
    )


def test_the_checklist_starts_from_what_the_project_has(qtbot: QtBot, services: Services) -> None:
    project = services.project()
    services.projects.move(project.id, "qualified")
    services.projects.move(project.id, "won")
    partial = OutcomeUpdate(trade_registered_on=date(2026, 1, 15), permits_status=PermitStatus.DONE)
    with_checklist = services.projects.move(project.id, "on_hold", outcome=partial)
    dialog = outcome_dialog(None, with_checklist, _stage("landed"), today=TODAY)
    assert isinstance(dialog, LandingDialog)
    qtbot.addWidget(dialog)
    assert dialog.dates["trade_registered_on"].value() == date(2026, 1, 15)
    assert dialog.dates["opened_on"].value() is None
    assert dialog.permits.currentData() == PermitStatus.DONE.value
