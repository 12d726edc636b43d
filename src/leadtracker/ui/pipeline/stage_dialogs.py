"""Dialogs for what a stage needs before a project may enter it: loss, decision, landing.

:func:`ask_outcome` is the one entry point: for a move to a stage that needs
fields (Lost: reason, location chosen instead and decision date; Won: the
decision date; Landed: the landing checklist) it opens the matching dialog,
prefilled from the project, and returns the
:class:`~leadtracker.domain.pipeline.outcomes.OutcomeUpdate` to move with; ``None``
when the user cancels; an empty update for stages that need nothing. The
dialogs check nothing themselves: they ask the domain what the answers lack
(:func:`~leadtracker.domain.pipeline.stages.move_problems`), so a problem reads as
it does on the command line. Every problem of the form shows next to its
field at once (also those behind an
unreadable number) and goes away as soon as its field is corrected; the
dialog stays open until all are fixed. The fields scroll when the screen is
small (960×600), the buttons stay in view. The Lost dialog also takes a
note, kept with the stage change (the project's history shows it). The
dialogs know nothing of the board: the project page uses them too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QPlainTextEdit,
    QWidget,
)

from leadtracker.domain.office import office_date
from leadtracker.domain.pipeline.outcomes import OutcomeUpdate
from leadtracker.domain.pipeline.stages import StageCategory, StageDefinition
from leadtracker.domain.vocabulary import LostReason, PermitStatus
from leadtracker.services.projects import ProjectRecord
from leadtracker.ui.formats import python_date, qdate
from leadtracker.ui.forms.inputs import (
    IntegerEdit,
    MoneyEdit,
    OptionalDateEdit,
    with_unit,
)
from leadtracker.ui.forms.vocabulary import label as vocabulary_label
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP, translate
from leadtracker.ui.pipeline.outcome_dialog import OutcomeDialog, date_edit

CONTEXT = "StageDialogs"


class DecisionDialog(OutcomeDialog):
    """Won: the day the company decided for Düsseldorf."""

    def __init__(
        self,
        project: ProjectRecord,
        stage: StageDefinition,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            project,
            stage,
            translate(
                "StageDialogs",
                "The company has decided for Düsseldorf. On which day was the decision made?",
            ),
            today,
            parent,
        )
        self.decision_date = date_edit(today, today)
        self.grid.add(
            "decision_date", translate("StageDialogs", "&Decision date"), self.decision_date
        )
        self.decision_date.setFocus()

    def outcome(self) -> OutcomeUpdate:
        """The decision date."""
        return self.checked(OutcomeUpdate(decision_date=python_date(self.decision_date.date())))


class LostDialog(OutcomeDialog):
    """Lost: why the company went elsewhere, where to, and when it decided."""

    def __init__(
        self,
        project: ProjectRecord,
        stage: StageDefinition,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            project,
            stage,
            translate(
                "StageDialogs",
                "The company has chosen another location. The reason and the location "
                "go into the statistics of lost projects.",
            ),
            today,
            parent,
        )
        self.reason = QComboBox()
        self.reason.addItem(translate("StageDialogs", "Choose a reason …"), None)
        for reason in LostReason:
            self.reason.addItem(vocabulary_label(reason), reason.value)
        if project.lost_reason is not None:
            self.reason.setCurrentIndex(self.reason.findData(project.lost_reason.value))
        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.location.addItems(list(project.competing_locations))
        self.location.setCurrentText(project.lost_to_location)
        line = self.location.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(translate("StageDialogs", "e.g. Amsterdam"))
        line.setClearButtonEnabled(True)
        self.decision_date = date_edit(today, today)

        self.grid.add("lost_reason", translate("StageDialogs", "&Reason"), self.reason)
        self.grid.add(
            "lost_to_location", translate("StageDialogs", "&Location chosen instead"), self.location
        )
        self.grid.add(
            "decision_date", translate("StageDialogs", "&Decision date"), self.decision_date
        )
        line.setAccessibleName(translate("StageDialogs", "Location chosen instead"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            translate("StageDialogs", "Optional: what the company said, who decided, …")
        )
        lines = self.note.fontMetrics().lineSpacing()
        self.note.setFixedHeight(lines * 4 + 12)
        self.grid.add("note", translate("StageDialogs", "&Note"), self.note, top=True)
        self.reason.setFocus()

    def outcome(self) -> OutcomeUpdate:
        """Reason, location and decision date; all three are required."""
        value = self.reason.currentData()
        return self.checked(
            OutcomeUpdate(
                lost_reason=LostReason(value) if value is not None else None,
                lost_to_location=self.location.currentText().strip(),
                decision_date=python_date(self.decision_date.date()),
                note=self.note.toPlainText().strip(),
            )
        )


class LandingDialog(OutcomeDialog):
    """Landed: the landing checklist, each step ticked with the day it was done."""

    #: The dated steps of the checklist: field and (untranslated) label.
    STEPS = (
        (
            "trade_registered_on",
            QT_TRANSLATE_NOOP("StageDialogs", "Trade registration (Gewerbeanmeldung)"),
        ),
        (
            "register_entry_on",
            QT_TRANSLATE_NOOP("StageDialogs", "Commercial register entry (Handelsregister)"),
        ),
        ("lease_signed_on", QT_TRANSLATE_NOOP("StageDialogs", "Office lease signed")),
        ("opened_on", QT_TRANSLATE_NOOP("StageDialogs", "Branch opened")),
    )

    def __init__(
        self,
        project: ProjectRecord,
        stage: StageDefinition,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            project,
            stage,
            translate(
                "StageDialogs",
                "“Landed” means the branch has opened. Tick each step of the landing "
                "checklist and enter the day it was done.",
            ),
            today,
            parent,
        )
        self.dates: dict[str, OptionalDateEdit] = {}
        for name, label in self.STEPS:
            edit = OptionalDateEdit()
            edit.edit.setMaximumDate(qdate(today))
            edit.setValue(getattr(project, name))
            self.grid.add(name, translate("StageDialogs", label), edit)
            self.dates[name] = edit
        self.permits = QComboBox()
        for status in PermitStatus:
            self.permits.addItem(vocabulary_label(status), status.value)
        self.permits.setCurrentIndex(self.permits.findData(project.permits_status.value))
        self.jobs = IntegerEdit()
        self.jobs.setValue(project.jobs_at_opening)
        if project.planned_jobs is not None:
            self.jobs.setPlaceholderText(
                translate("StageDialogs", "planned: {jobs}").format(jobs=project.planned_jobs)
            )
        self.investment = MoneyEdit()
        self.investment.setValue(project.actual_investment)
        self.investment.setPlaceholderText(translate("StageDialogs", "optional"))
        self.grid.add(
            "permits_status", translate("StageDialogs", "Work and residence &permits"), self.permits
        )
        self.grid.add("jobs_at_opening", translate("StageDialogs", "&Jobs at opening"), self.jobs)
        self.grid.add(
            "actual_investment",
            translate("StageDialogs", "Actual &investment"),
            self.investment,
            cell=with_unit(self.investment, "EUR"),
        )
        self.dates["trade_registered_on"].setFocus()

    def outcome(self) -> OutcomeUpdate:
        """The checklist; every step is required except the actual investment."""
        with self.form.reading() as read:
            jobs = read("jobs_at_opening", self.jobs.value)
            investment = read("actual_investment", self.investment.value)
        days: dict[str, Any] = {name: self.dates[name].value() for name, _label in self.STEPS}
        return self.checked(
            OutcomeUpdate(
                **days,
                permits_status=PermitStatus(self.permits.currentData()),
                jobs_at_opening=jobs,
                actual_investment=investment,
            )
        )


#: The dialog of each outcome, made as ``dialog(project, stage, today, parent)``.
_DIALOGS: dict[
    StageCategory,
    Callable[[ProjectRecord, StageDefinition, date, QWidget | None], OutcomeDialog],
] = {
    StageCategory.WON: DecisionDialog,
    StageCategory.LOST: LostDialog,
    StageCategory.LANDED: LandingDialog,
}


def office_today() -> date:
    """Today in Düsseldorf, where the desk counts its days (also for staff travelling in Japan)."""
    return office_date(datetime.now(UTC))


def outcome_dialog(
    parent: QWidget | None,
    project: ProjectRecord,
    target_stage: StageDefinition,
    *,
    today: date | None = None,
) -> OutcomeDialog | None:
    """The dialog a move to ``target_stage`` needs, or ``None`` when it needs none."""
    dialog_class = _DIALOGS.get(target_stage.category)
    if dialog_class is None:
        return None
    return dialog_class(project, target_stage, today or office_today(), parent)


def ask_outcome(
    parent: QWidget | None,
    project: ProjectRecord,
    target_stage: StageDefinition,
    *,
    today: date | None = None,
) -> OutcomeUpdate | None:
    """Ask for what a move of ``project`` to ``target_stage`` needs.

    Returns:
        The fields to move with (empty when the stage needs none), or
        ``None`` when the user cancelled.
    """
    dialog = outcome_dialog(parent, project, target_stage, today=today)
    if dialog is None:
        return OutcomeUpdate()
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_outcome
    finally:
        dialog.deleteLater()
