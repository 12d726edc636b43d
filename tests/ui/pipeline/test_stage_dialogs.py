"""The dialogs that ask what a stage needs: Won, Lost and the landing checklist."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leadtracker.domain.pipeline.stages import DEFAULT_STAGES, StageDefinition
from leadtracker.domain.vocabulary import LostReason, PermitStatus
from leadtracker.services.projects import OutcomeUpdate
from leadtracker.ui.i18n import STRETCH_VARIABLE, install_translations
from leadtracker.ui.pipeline.stage_dialogs import (
    DecisionDialog,
    LandingDialog,
    LostDialog,
    OutcomeDialog,
    ask_outcome,
    outcome_dialog,
)
from tests.conftest import Services

TODAY = date(2026, 5, 20)
STAGES = {stage.key: stage for stage in DEFAULT_STAGES}
#: The smallest screen the dialogs must fit, in logical pixels.
SCREEN = QSize(960, 600)


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
    assert dialog.problem_text("actual_investment") == "Cannot be negative (got -5.00)"
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


def test_the_lost_dialog_reports_every_problem_and_clears_each_on_correction(
    qtbot: QtBot, services: Services
) -> None:
    dialog = outcome_dialog(None, services.project(), _stage("lost"), today=TODAY)
    assert isinstance(dialog, LostDialog)
    qtbot.addWidget(dialog)
    dialog.move_button.click()
    assert dialog.result_outcome is None
    assert dialog.problem_text("lost_reason") == "Choose why the company went elsewhere"
    assert dialog.problem_text("lost_to_location").startswith("Enter the location")
    assert dialog.form.banner.text() == "Please correct the 2 fields marked below."
    dialog.reason.setCurrentIndex(dialog.reason.findData(LostReason.HQ_DECISION.value))
    assert dialog.problem_text("lost_reason") == ""
    assert dialog.form.banner.text() == "Please correct the field marked below."
    qtbot.keyClicks(dialog.location.lineEdit(), "Amsterdam")  # typed, not picked
    assert dialog.problem_text("lost_to_location") == ""
    assert dialog.form.banner.isHidden()
    dialog.note.setPlainText("  Their European HQ went to Amsterdam with the tax ruling.  ")
    dialog.move_button.click()
    assert dialog.result_outcome == OutcomeUpdate(
        lost_reason=LostReason.HQ_DECISION,
        lost_to_location="Amsterdam",
        decision_date=TODAY,
        note="Their European HQ went to Amsterdam with the tax ruling.",
    )


def test_an_unreadable_number_does_not_hide_the_other_problems(
    qtbot: QtBot, services: Services
) -> None:
    dialog = outcome_dialog(None, services.project(), _stage("landed"), today=TODAY)
    assert isinstance(dialog, LandingDialog)
    qtbot.addWidget(dialog)
    dialog.jobs.setText("12x")
    dialog.move_button.click()
    assert dialog.problem_text("jobs_at_opening") != ""
    assert dialog.problem_text("opened_on").startswith("Required")
    assert dialog.problem_text("permits_status").startswith("Must be done")
    assert dialog.form.banner.text() == "Please correct the 6 fields marked below."


@pytest.fixture
def stretched_text(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every text twice over and a third larger, as long words and large text would make it."""
    monkeypatch.setenv(STRETCH_VARIABLE, "1")
    translators = install_translations(qapp, "en")
    font = qapp.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * 1.35)
    qapp.setFont(larger)
    yield
    qapp.setFont(font)
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("stretched_text")
@pytest.mark.parametrize("key", ["won", "lost", "landed"])
def test_every_stage_dialog_fits_a_small_screen(qtbot: QtBot, services: Services, key: str) -> None:
    project = services.project(title="European headquarters for the whole of Europe")
    dialog = outcome_dialog(None, project, _stage(key), today=TODAY)
    assert dialog is not None
    qtbot.addWidget(dialog)
    hint, least = dialog.sizeHint(), dialog.minimumSizeHint()
    assert least.width() <= SCREEN.width() and least.height() <= SCREEN.height()
    dialog.resize(hint.boundedTo(SCREEN))
    dialog.show()
    _assert_in_view(dialog)
    if key != "won":  # (Won has a valid date already: the click would move)
        dialog.move_button.click()  # the problems make it taller still
        least = dialog.minimumSizeHint()
        assert least.width() <= SCREEN.width() and least.height() <= SCREEN.height()
        dialog.resize(dialog.size().boundedTo(SCREEN))  # (this test's screen is smaller)
        qtbot.wait(10)
        _assert_in_view(dialog)


def _assert_in_view(dialog: OutcomeDialog) -> None:
    """The dialog fits the screen, its button in view; fields that do not fit scroll."""
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height()
    button = dialog.move_button
    assert button.isVisible()
    assert dialog.rect().contains(button.geometry().translated(button.parentWidget().pos()))
    inner = dialog.fields.widget()
    if inner.height() > dialog.fields.viewport().height():  # the fields scroll instead
        assert dialog.fields.verticalScrollBar().isVisible()
