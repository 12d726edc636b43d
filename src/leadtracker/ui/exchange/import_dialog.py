"""The Import dialog: a file's columns and first rows, checked before anything is saved.

Choosing a file reads it in the background and shows two tabs: *Columns* --
each column of the file, its first value and the field it feeds, which the
user can change (a column whose name the import does not know is left out
until a field is chosen for it) -- and *Preview*, the first rows. Every change
checks the file again (a dry run): how many records would be created, updated
or skipped, which columns are left out, and every problem with its row,
column and value. Only a file without problems can be imported: all rows, or
none. A whole exported workbook shows its sheets instead of columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadtracker.services.importing.choices import ImportKind, OnDuplicate
from leadtracker.services.importing.entry import FilePreview, import_file, preview
from leadtracker.services.importing.report import ImportRefusedError, ImportReport
from leadtracker.services.importing.spreadsheet_files import encoding_name
from leadtracker.services.opening import Database
from leadtracker.ui.background import BackgroundRunner
from leadtracker.ui.i18n import localized


@dataclass(frozen=True)
class ImportRequest:
    """How to import a file: as what, with existing companies how, which column feeds what."""

    kind: ImportKind | None
    on_duplicate: OnDuplicate
    dry_run: bool
    chosen: dict[str, str] = field(default_factory=dict)


#: Imports a file as asked (see services/importing/entry.py: ``import_file``).
Importer = Callable[[Path, ImportRequest], ImportReport]


def importer_into(database: Database) -> Importer:
    """An importer into ``database`` (see services/importing/entry.py)."""

    def run(path: Path, request: ImportRequest) -> ImportReport:
        return import_file(
            database.sessions,
            database.search,
            path,
            kind=request.kind,
            on_duplicate=request.on_duplicate,
            dry_run=request.dry_run,
            chosen=request.chosen,
        )

    return run


#: What the empty choice of the "Imported as" column means.
NOT_IMPORTED = ""


class ImportDialog(QDialog):
    """Choose a file, see and adjust how it is read, then import it."""

    #: Records were imported (the report).
    imported = Signal(object)

    def __init__(self, importer: Importer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self._importer = importer
        self._runner = BackgroundRunner(self)
        self._generation = 0  # only the newest check's result is shown
        self._preview: FilePreview | None = None
        self.chosen: dict[str, str] = {}
        self._build()
        self.resize(760, 560)

    # --- Building ---------------------------------------------------------

    def _build(self) -> None:
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.browse_button = QPushButton(self.tr("&Choose file…"))
        self.browse_button.clicked.connect(self._browse)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("What the rows are"))
        for kind, text in self._kind_names().items():
            self.kind_box.addItem(text, kind.value)
        self.kind_box.setEnabled(False)
        self.kind_box.activated.connect(self._kind_chosen)
        self.duplicates = QComboBox()
        self.duplicates.setAccessibleName(self.tr("Companies and contacts already there"))
        self.duplicates.addItem(self.tr("Skip them"), OnDuplicate.SKIP.value)
        self.duplicates.addItem(
            self.tr("Update them with the file's values"), OnDuplicate.UPDATE.value
        )
        self.duplicates.addItem(self.tr("Add them again anyway"), OnDuplicate.CREATE.value)
        self.duplicates.currentIndexChanged.connect(self.check)

        self.columns = _table(self.tr("How the file's columns are read"))
        self.rows = _table(self.tr("The file's first rows"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.columns, self.tr("C&olumns"))
        self.tabs.addTab(self.rows, self.tr("&Preview"))

        self.summary = QLabel(
            self.tr(
                "Choose a .csv or .xlsx file with one company, contact or project per row, "
                "a whole exported workbook, or a .vcf file of contacts."
            )
        )
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setWordWrap(True)  # a long reason (the stages …) wraps, no sideways scrolling
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.hide()

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("&Rows are:"), self.kind_box)
        form.addRow(self.tr("&Already in the database:"), self.duplicates)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)

    def _kind_names(self) -> dict[ImportKind, str]:
        return {
            ImportKind.COMPANIES: self.tr("Companies"),
            ImportKind.CONTACTS: self.tr("Contacts"),
            ImportKind.PROJECTS: self.tr("Projects"),
            ImportKind.WORKBOOK: self.tr("Every sheet of an exported workbook"),
            ImportKind.VCARDS: self.tr("Contacts (vCards)"),
        }

    # --- Choosing ---------------------------------------------------------

    @property
    def path(self) -> Path | None:
        """The file chosen, if any."""
        return Path(self.path_edit.text()) if self.path_edit.text() else None

    @property
    def kind(self) -> ImportKind | None:
        """What the rows are taken to be (None until a file has been read)."""
        return ImportKind(str(self.kind_box.currentData())) if self._preview else None

    def choose(self, path: Path) -> None:
        """Take ``path`` as the file, read how it would be imported, and check it."""
        self.path_edit.setText(str(path))
        self._preview = None
        self.chosen = {}
        self.check()

    def choose_field(self, header: str, key: str) -> None:
        """Let the column ``header`` feed the field ``key`` (``""``: not imported); check again."""
        self.chosen[header] = key
        self.check()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import"),
            "",
            self.tr("Lists, workbooks and contacts (*.csv *.xlsx *.vcf)"),
        )
        if chosen:
            self.choose(Path(chosen))

    def _kind_chosen(self) -> None:
        self.chosen = {}
        self.check()

    def _request(self, *, dry_run: bool) -> ImportRequest:
        return ImportRequest(
            kind=self.kind,
            on_duplicate=OnDuplicate(str(self.duplicates.currentData())),
            dry_run=dry_run,
            chosen=dict(self.chosen),
        )

    # --- Checking and importing -------------------------------------------

    def check(self) -> None:
        """Read the file as chosen, check it (nothing is saved) and show what importing would do."""
        path = self.path
        if path is None:
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Checking {name} …").format(name=path.name))
        request = self._request(dry_run=True)
        self._generation += 1
        generation = self._generation

        def work(_progress: object) -> tuple[FilePreview, ImportReport]:
            seen = preview(path, kind=request.kind, chosen=request.chosen)
            asked = ImportRequest(seen.kind, request.on_duplicate, True, request.chosen)
            return seen, self._attempt(path, asked)

        self._runner.run(
            work,
            lambda result: self._checked(generation, *result),
            error_title=self.tr("The file could not be read"),
        )

    def run_import(self) -> None:
        """Import the file checked (all rows, or none)."""
        path = self.path
        if path is None:
            return
        self.import_button.setEnabled(False)
        request = self._request(dry_run=False)
        self._runner.run(
            lambda _progress: self._attempt(path, request),
            self._done,
            error_title=self.tr("The file could not be imported"),
            progress_title=self.tr("Importing …"),
        )

    def _attempt(self, path: Path, request: ImportRequest) -> ImportReport:
        try:
            return self._importer(path, request)
        except ImportRefusedError as refused:
            return refused.report

    def _checked(self, generation: int, seen: FilePreview, report: ImportReport) -> None:
        if generation != self._generation:
            return  # a newer check is on its way
        self._preview = seen
        self._show_preview(seen)
        self._show(report)

    # --- Showing ----------------------------------------------------------

    def _show_preview(self, seen: FilePreview) -> None:
        self.kind_box.blockSignals(True)
        self.kind_box.setCurrentIndex(self.kind_box.findData(seen.kind.value))
        self.kind_box.blockSignals(False)
        single = seen.kind in {ImportKind.COMPANIES, ImportKind.CONTACTS, ImportKind.PROJECTS}
        self.kind_box.setEnabled(single)
        self.duplicates.setEnabled(seen.kind is not ImportKind.PROJECTS)  # projects: always new
        if seen.kind is ImportKind.WORKBOOK:
            self._fill(self.columns, [self.tr("Sheet"), self.tr("Rows")], seen.sheets)
            self._fill(self.rows, [], ())
        else:
            self._fill_columns(seen)
            self._fill(self.rows, list(seen.headers), seen.rows)

    def _fill_columns(self, seen: FilePreview) -> None:
        first = seen.rows[0] if seen.rows else ()
        headers = [self.tr("Column in the file"), self.tr("Imported as"), self.tr("First row")]
        self.columns.clear()
        self.columns.setColumnCount(3)
        self.columns.setHorizontalHeaderLabels(headers)
        self.columns.setRowCount(len(seen.headers))
        widest = 0
        for row, header in enumerate(seen.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            sample = first[row] if row < len(first) else ""
            self.columns.setItem(row, 2, QTableWidgetItem(sample))
            box = QComboBox()
            box.setAccessibleName(self.tr("Imported as, for column {name}").format(name=header))
            box.addItem(self.tr("— not imported —"), NOT_IMPORTED)
            for choice in seen.fields:
                box.addItem(localized(choice.label), choice.key)
            box.setCurrentIndex(max(0, box.findData(seen.mapping.get(row, NOT_IMPORTED))))
            box.activated.connect(
                lambda _index, name=header, combo=box: self.choose_field(
                    name, str(combo.currentData())
                )
            )
            self.columns.setCellWidget(row, 1, box)
            widest = max(widest, box.sizeHint().width())
        self.columns.resizeColumnsToContents()
        self.columns.setColumnWidth(1, max(self.columns.columnWidth(1), widest))  # the choices

    @staticmethod
    def _fill(
        table: QTableWidget, headers: list[str], rows: tuple[tuple[object, ...], ...]
    ) -> None:
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, value in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(str(value)))
        table.resizeColumnsToContents()

    def _describe(self, report: ImportReport) -> str:
        text = self.tr(
            "Rows: {rows} — to create: {created}, to update: {updated}, to skip: {skipped}."
        )
        if report.written:
            text = self.tr(
                "Rows: {rows} — created: {created}, updated: {updated}, skipped: {skipped}."
            )
        if report.problems:
            text = self.tr("Rows checked: {rows}.")
        lines = [
            text.format(
                rows=report.rows,
                created=report.created,
                updated=report.updated,
                skipped=report.skipped,
            )
        ]
        if report.sheets:
            sheets = ", ".join(f"{name} {count}" for name, count in report.sheets)
            lines.append(self.tr("By sheet: {sheets}").format(sheets=sheets))
        if report.encoding:
            encoding = localized(encoding_name(report.encoding))
            lines.append(self.tr("Read as {encoding}.").format(encoding=encoding))
        if report.ignored_columns:
            columns = ", ".join(report.ignored_columns)
            lines.append(self.tr("Columns left out: {columns}").format(columns=columns))
        for warning in report.warnings:  # a clause in the command line's "Warning: …"
            said = localized(warning)
            lines.append(said[:1].upper() + said[1:])
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
        self.problems.addItems([localized(problem.message) for problem in report.problems])
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


def _table(name: str) -> QTableWidget:
    """A read-only table for the dialog's tabs."""
    table = QTableWidget()
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table
