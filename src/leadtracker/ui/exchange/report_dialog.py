"""The Pipeline summary dialog: which period, which language, PDF or Excel.

The period is a calendar or fiscal year (as on the dashboard) or any other
period typed as the command line takes it (``2025Q3``,
``2025-01-01..2025-06-30``). The dialog only asks; :func:`save_pipeline_summary`
makes the file in the background.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError
from leadtracker.domain.pipeline.periods import Period
from leadtracker.domain.vocabulary import Language
from leadtracker.services.exporting.exports import ExportService
from leadtracker.services.reporting.kpis import KpiService, summary_rows
from leadtracker.ui.background import Progress
from leadtracker.ui.dashboard.dashboard import PeriodChooser
from leadtracker.ui.exchange.documents import LANGUAGE_NAMES, DocumentOutput, file_name
from leadtracker.ui.i18n import localized_error


@dataclass(frozen=True)
class ReportChoice:
    """What the dialog asked for."""

    period: Period
    excel: bool
    language: Language
    reveal_confidential: bool


class PipelineReportDialog(QDialog):
    """Asks for the period, language and format of a pipeline summary."""

    def __init__(
        self,
        today: date,
        *,
        language: Language,
        period: Period | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pipeline summary"))
        self.choice: ReportChoice | None = None
        self.chooser = PeriodChooser(today)
        if period is not None:
            self.chooser.set_period(period)
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("or another period: 2025Q3, 2025-01-01..2025-06-30"))
        self.other.setAccessibleName(self.tr("Another period"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b0122d;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the report"))
        for value, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, value.value)
        self.language_box.setCurrentIndex(self.language_box.findData(language.value))
        self.pdf = QRadioButton(self.tr("&PDF for reading and printing"))
        self.excel = QRadioButton(self.tr("&Excel: the figures, and every table"))
        self.pdf.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.pdf)
        formats.addButton(self.excel)
        format_row = QHBoxLayout()
        format_row.addWidget(self.pdf)
        format_row.addWidget(self.excel)
        self.reveal_box = QCheckBox(self.tr("Show the titles of code-named projects"))

        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.chooser)
        form.addRow("", self.other)
        form.addRow("", self.problem)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("Format:"), format_row)
        form.addRow("", self.reveal_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("&Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        try:
            period = Period.parse(self.other.text()) if self.other.text().strip() else None
        except DomainError as error:
            self.problem.setText(localized_error(error))
            self.problem.show()
            self.other.setFocus()
            return
        self.choice = ReportChoice(
            period=period or self.chooser.period(),
            excel=self.excel.isChecked(),
            language=Language(str(self.language_box.currentData())),
            reveal_confidential=self.reveal_box.isChecked(),
        )
        self.accept()


def save_pipeline_summary(
    output: DocumentOutput, kpis: KpiService, exports: ExportService, choice: ReportChoice
) -> None:
    """Ask where to save, then make the summary (PDF, or a workbook) in the background."""
    name = QCoreApplication.translate("PipelineReportDialog", "Pipeline summary")
    if choice.excel:
        path = output.ask_path(file_name(name, choice.period.code)[:-4] + ".xlsx", ".xlsx")
        if path is None:
            return

        def export(progress: Progress) -> Path:
            rows = summary_rows(kpis.summary(choice.period))
            return exports.to_xlsx(path, summary=rows, progress=progress).paths[0]

        output.run(export)
        return

    def make() -> bytes:
        from leadtracker.reports.pipeline import pipeline_summary_pdf  # noqa: PLC0415

        return pipeline_summary_pdf(
            kpis.summary(choice.period),
            choice.language,
            reveal_confidential=choice.reveal_confidential,
        )

    output.save(make, file_name(name, choice.period.code))
