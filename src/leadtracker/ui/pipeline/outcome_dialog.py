"""What the stage dialogs share: heading, fields that scroll, inline problems, "Move to …".

:class:`OutcomeDialog` is the frame of the dialogs of
:mod:`~leadtracker.ui.pipeline.stage_dialogs`: the project and the stage in a
heading, a line on what the stage means, the fields (scrolling on a small
screen, the buttons staying in view) and the problems of the form, all at
once (:meth:`~leadtracker.ui.forms.form.Form.with_the_rest`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import ValidationError
from leadtracker.domain.pipeline.outcomes import Outcome, OutcomeUpdate
from leadtracker.domain.pipeline.stages import StageDefinition, move_problems
from leadtracker.services.projects import ProjectRecord
from leadtracker.ui.formats import date_pattern, qdate
from leadtracker.ui.forms.form import Form
from leadtracker.ui.forms.grid import FormGrid
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.i18n import translate

CONTEXT = "StageDialogs"


def project_name(project: ProjectRecord) -> str:
    """How a project is named in a dialog: its code name when it is confidential."""
    return project.code_name or project.title


def date_edit(day: date, today: date) -> QDateEdit:
    """A date field with a calendar, in the interface's date format, no later than ``today``."""
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    edit.setMaximumDate(qdate(today))
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") + 48)
    return edit


class _Fields(QScrollArea):
    """The fields of a dialog: as tall as they are where the screen allows, scrolling where not."""

    def __init__(self, grid: FormGrid) -> None:
        super().__init__()
        self._grid = grid

    def sizeHint(self) -> QSize:
        """Room for every field (the dialog is then made smaller to fit the screen)."""
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        hint = self._grid.sizeHint()
        return QSize(hint.width() + frame + bar, hint.height() + frame)


class OutcomeDialog(QDialog):
    """A heading, a few fields with inline messages, and "Move to …" / Cancel.

    Subclasses add their fields to :attr:`grid` and build the update in
    :meth:`outcome`, which :meth:`checked` passes or refuses with a
    :class:`ValidationError` of the domain's problems.
    """

    def __init__(
        self,
        project: ProjectRecord,
        stage: StageDefinition,
        explanation: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.stage = stage
        self.today = today
        self.result_outcome: OutcomeUpdate | None = None
        name = project_name(project)
        self.setWindowTitle(
            translate("StageDialogs", "Move to {stage}").format(stage=stage_name(stage.label))
        )
        self.setMinimumWidth(580)

        heading = QLabel(
            translate("StageDialogs", "Move “{project}” to “{stage}”").format(
                project=name, stage=stage_name(stage.label)
            )
        )
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        heading.setWordWrap(True)
        company = QLabel(project.company_name)
        company.setStyleSheet("color: palette(placeholder-text);")
        about = QLabel(explanation)
        about.setWordWrap(True)

        self.form = Form(self)
        fields = QWidget()
        self.grid = FormGrid(self.form, columns=1)
        column = QVBoxLayout(fields)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.grid)
        column.addStretch(1)
        # The fields scroll on a small screen; heading and buttons stay in view.
        self.fields = _Fields(self.grid)
        self.fields.setWidget(fields)
        self.fields.setWidgetResizable(True)
        self.fields.setFrameShape(QFrame.Shape.NoFrame)
        self.fields.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fields.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button = QPushButton(
            translate("StageDialogs", "Move to {stage}").format(stage=stage_name(stage.label))
        )
        self.move_button.setDefault(True)
        self.buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        if project.company_name:
            layout.addWidget(company)
        layout.addWidget(about)
        layout.addWidget(self.form.banner)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.buttons)

    def outcome(self) -> OutcomeUpdate:
        """The fields as entered; :class:`ValidationError` names every one that is wrong."""
        raise NotImplementedError

    def checked(self, update: OutcomeUpdate) -> OutcomeUpdate:
        """``update`` if the domain finds nothing wrong or missing with it for this stage.

        The answers must be complete by themselves (the dialog shows every
        field the stage needs).

        Raises:
            ValidationError: every problem the domain finds, each naming its field.
        """
        problems = move_problems(self.stage.category, Outcome(), update, today=self.today)
        if problems:
            raise ValidationError(problems)
        return update

    def problem_text(self, field: str) -> str:
        """The message shown next to ``field`` (empty when none)."""
        return self.form.problem_text(field)

    def _on_accept(self) -> None:
        try:
            outcome = self.outcome()
        except ValidationError as error:
            self.form.show_problems(self.form.with_the_rest(error, self.outcome))
            self._grow()
            return
        self.result_outcome = outcome
        self.accept()

    def _grow(self) -> None:
        """Taller for the messages, as far as the screen allows (the fields scroll beyond)."""
        self.fields.updateGeometry()  # its hint grew by the messages just shown
        layout = self.layout()
        if layout is not None:
            layout.activate()
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry().height() - self.height()
        wanted = min(self.sizeHint().height(), screen.height() - frame)
        if wanted > self.height():
            self.resize(self.width(), wanted)
