"""The Import dialog: companies or contacts from a .csv, .xlsx or .vcf file, checked first.

Choosing a file checks it at once (a dry run, in the background): how many
companies would be created, updated or skipped, which columns are left out,
and every problem with its row, column and value. Only a file without
problems can be imported -- all rows, or none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadtracker.services.imports import ImportRefusedError, ImportReport, OnDuplicate
from leadtracker.ui.background import BackgroundRunner

#: Imports a file: ``importer(path, on_duplicate, dry_run)`` (see services/importing.py).
Importer = Callable[[Path, OnDuplicate, bool], ImportReport]


class ImportDialog(QDialog):
    """Choose a file, see what importing it would do, then import it."""

    #: Companies were imported (the report).
    imported = Signal(object)

    def __init__(self, importer: Importer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self._importer = importer
        self._runner = BackgroundRunner(self)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("&Choose file…"))
        self.browse_button.clicked.connect(self._browse)
        self.duplicates = QComboBox()
        self.duplicates.setAccessibleName(self.tr("Companies that already exist"))
        self.duplicates.addItem(self.tr("Skip them"), OnDuplicate.SKIP.value)
        self.duplicates.addItem(self.tr("Update the existing company"), OnDuplicate.UPDATE.value)
        self.duplicates.addItem(self.tr("Create a new company anyway"), OnDuplicate.CREATE.value)
        self.duplicates.currentIndexChanged.connect(self.check)
        self.summary = QLabel(
            self.tr(
                "Choose a .csv or .xlsx file with one company or one contact per row, "
                "or a .vcf file of contacts."
            )
        )
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.hide()

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("&Existing companies:"), self.duplicates)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(620, 420)

    @property
    def path(self) -> Path | None:
        """The file chosen, if any."""
        return Path(self.path_edit.text()) if self.path_edit.text() else None

    def choose(self, path: Path) -> None:
        """Take ``path`` as the file and check it."""
        self.path_edit.setText(str(path))
        self.check()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import"), "", self.tr("Lists and contacts (*.csv *.xlsx *.vcf)")
        )
        if chosen:
            self.choose(Path(chosen))

    def _on_duplicate(self) -> OnDuplicate:
        return OnDuplicate(str(self.duplicates.currentData()))

    def check(self) -> None:
        """Check the file (nothing is saved) and show what importing it would do."""
        path = self.path
        if path is None:
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking {name} …").format(name=path.name))
        policy = self._on_duplicate()
        self._runner.run(
            lambda _progress: self._attempt(path, policy, dry_run=True),
            self._show,
            error_title=self.tr("The file could not be read"),
        )

    def run_import(self) -> None:
        """Import the file checked (all rows, or none)."""
        path = self.path
        if path is None:
            return
        self.import_button.setEnabled(False)
        policy = self._on_duplicate()
        self._runner.run(
            lambda _progress: self._attempt(path, policy, dry_run=False),
            self._done,
            error_title=self.tr("The file could not be imported"),
            progress_title=self.tr("Importing …"),
        )

    def _attempt(self, path: Path, policy: OnDuplicate, *, dry_run: bool) -> ImportReport:
        try:
            return self._importer(path, policy, dry_run)
        except ImportRefusedError as refused:
            return refused.report

    def _describe(self, report: ImportReport) -> str:
        text = self.tr("{rows} rows: {created} to create, {updated} to update, {skipped} to skip.")
        if report.written:
            text = self.tr("{rows} rows: {created} created, {updated} updated, {skipped} skipped.")
        if report.problems:
            text = self.tr("{rows} rows checked.")
        lines = [
            text.format(
                rows=report.rows,
                created=report.created,
                updated=report.updated,
                skipped=report.skipped,
            )
        ]
        if report.encoding:
            lines.append(self.tr("Read as {encoding}.").format(encoding=report.encoding))
        if report.ignored_columns:
            columns = ", ".join(report.ignored_columns)
            lines.append(self.tr("Columns left out: {columns}").format(columns=columns))
        if report.problems:
            lines.append(
                self.tr(
                    "%n problem(s): nothing can be imported until they are fixed.",
                    None,
                    len(report.problems),
                )
            )
        return "\n".join(lines)

    def _show(self, report: ImportReport) -> None:
        self.summary.setText(self._describe(report))
        self.problems.clear()
        self.problems.addItems([str(problem) for problem in report.problems])
        self.problems.setVisible(bool(report.problems))
        self.import_button.setEnabled(not report.problems and report.rows > 0)
        self.import_button.setDefault(True)

    def _done(self, report: ImportReport) -> None:
        self._show(report)
        self.import_button.setEnabled(False)
        if report.written:
            self.imported.emit(report)
            self.summary.setText(self._describe(report))
            self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
