"""The Export dialog: which tables, Excel or CSV, then where -- written in the background.

Excel gives one workbook with a sheet per table; CSV one file per table
(UTF-8 with a byte order mark, so Excel on Windows shows Japanese correctly),
into a folder when all tables are exported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leadtracker.services.exporting.choices import TABLES
from leadtracker.services.exporting.exports import ExportService
from leadtracker.ui.background import Progress
from leadtracker.ui.exchange.documents import DocumentOutput
from leadtracker.ui.i18n import translate

ALL = "all"


#: The tables by the names the app shows.
TABLE_NAMES = {
    ALL: translate("ExportDialog", "All tables"),
    "projects": translate("ExportDialog", "Projects"),
    "companies": translate("ExportDialog", "Companies"),
    "contacts": translate("ExportDialog", "Contacts"),
    "activities": translate("ExportDialog", "Activities"),
    "tasks": translate("ExportDialog", "Tasks"),
    "stage_history": translate("ExportDialog", "Stage history"),
    "staff": translate("ExportDialog", "Staff"),
    "partners": translate("ExportDialog", "Partners"),
    "events": translate("ExportDialog", "Events"),
}


@dataclass(frozen=True)
class ExportChoice:
    """What to export: a table (or ``all``) and whether as CSV rather than Excel."""

    table: str
    csv: bool


class ExportDialog(QDialog):
    """Asks which tables to export and in which format."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.choice: ExportChoice | None = None
        self.table_box = QComboBox()
        self.table_box.setAccessibleName(self.tr("Tables to export"))
        for key in (ALL, *TABLES):
            self.table_box.addItem(TABLE_NAMES[key], key)
        self.excel = QRadioButton(self.tr("&Excel workbook (.xlsx)"))
        self.csv = QRadioButton(self.tr("&CSV (UTF-8, one file per table)"))
        self.excel.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.excel)
        group.addButton(self.csv)
        formats = QHBoxLayout()
        formats.addWidget(self.excel)
        formats.addWidget(self.csv)
        form = QFormLayout()
        form.addRow(self.tr("&Tables:"), self.table_box)
        form.addRow(self.tr("Format:"), formats)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("E&xport…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        self.choice = ExportChoice(str(self.table_box.currentData()), self.csv.isChecked())
        self.accept()


def run_export(output: DocumentOutput, exports: ExportService, choice: ExportChoice) -> None:
    """Ask where, then export in the background with a progress dialog."""
    tables = list(TABLES) if choice.table == ALL else [choice.table]
    if choice.csv and choice.table == ALL:
        folder = QFileDialog.getExistingDirectory(
            output.parent, translate("ExportDialog", "Export all tables as CSV into a folder")
        )
        if not folder:
            return

        def into_folder(progress: Progress) -> Path:
            exports.to_csv_folder(Path(folder), tables, progress=progress)
            return Path(folder)

        output.run(into_folder)
        return
    suffix = ".csv" if choice.csv else ".xlsx"
    path = output.ask_path(f"leadtracker-{choice.table}-{date.today().isoformat()}{suffix}", suffix)
    if path is None:
        return

    def to_file(progress: Progress) -> Path:
        if choice.csv:
            exports.to_csv(path, choice.table, progress=progress)
        else:
            exports.to_xlsx(path, tables, progress=progress)
        return path

    output.run(to_file)
