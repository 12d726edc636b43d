"""The retention review: contacts without activity for some years, to keep or to erase.

*File → Retention review…* lists the contacts with no activity for the years
chosen (5 unless changed), oldest contact first, with their company, last
activity and legal basis. The ones selected can be erased together after one
confirmation; keeping a contact needs nothing (a new activity takes them off
the list).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadtracker.services.companies import CompanyService
from leadtracker.services.safety.privacy import ErasurePendingError, PrivacyService, ReviewLine
from leadtracker.ui.background import BackgroundRunner, show_error
from leadtracker.ui.formats import day_text
from leadtracker.ui.forms.vocabulary import label as vocabulary_label

DEFAULT_YEARS = 5


class RetentionDialog(QDialog):
    """Contacts due for review; erase the ones selected."""

    #: Contacts were erased (how many).
    erased = Signal(int)

    def __init__(
        self,
        privacy: PrivacyService,
        companies: CompanyService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Retention review"))
        self._privacy, self._companies = privacy, companies
        self._lines: tuple[ReviewLine, ...] = ()
        self._runner = BackgroundRunner(self)
        self.years = QSpinBox()
        self.years.setRange(0, 30)
        self.years.setValue(DEFAULT_YEARS)
        self.years.setSuffix(self.tr(" years"))
        self.years.setAccessibleName(self.tr("Years without activity"))
        self.years.valueChanged.connect(self.reload)
        self.summary = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Contact"), self.tr("Company"), self.tr("Last activity"), self.tr("Basis")]
        )
        self.table.setAccessibleName(self.tr("Contacts due for review"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.erase_button = QPushButton(self.tr("&Erase selected…"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase_selected)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Contacts without any activity for")))
        top.addWidget(self.years)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.reload()

    def reload(self) -> None:
        """List the contacts due for the years chosen."""
        self._lines = self._privacy.review(self.years.value())
        names = {
            company_id: self._companies.get(company_id).display_name
            for company_id in {line.company_id for line in self._lines if line.company_id}
        }
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            last = day_text(line.last_activity.astimezone().date()) if line.last_activity else ""
            cells = (
                line.name,
                names.get(line.company_id or 0, ""),
                last or self.tr("never"),
                vocabulary_label(line.legal_basis),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.contact_id)
                self.table.setItem(row, column, item)
        self.summary.setText(self.tr("%n contact(s) due for review.", None, len(self._lines)))
        self._selection_changed()

    @property
    def selected(self) -> list[int]:
        """The ids of the contacts selected."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._lines[row].contact_id for row in rows]

    def _selection_changed(self) -> None:
        self.erase_button.setEnabled(bool(self.selected))

    def erase_selected(self) -> int:
        """Erase the selected contacts after one confirmation; how many were erased."""
        chosen = self.selected
        if not chosen:
            return 0
        answer = QMessageBox.warning(
            self,
            self.tr("Erase contacts"),
            self.tr(
                "Erase %n contact(s) for good? Their names, email, phones and notes, their "
                "name in activity texts and their values in the audit trail go; projects and "
                "statistics stay. Only backups keep them until they rotate out.",
                None,
                len(chosen),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        self.erase_button.setEnabled(False)
        # Rewriting the file takes seconds on a large database: off the UI thread.
        self._runner.run(
            lambda _progress: self._erase(chosen),
            lambda pending: self._erased(len(chosen), pending),
            error_title=self.tr("The contacts could not be erased"),
            progress_title=self.tr("Erasing …"),
        )
        return len(chosen)

    def _erase(self, chosen: list[int]) -> ErasurePendingError | None:
        """Erase ``chosen``; what is still pending when another program reads the file."""
        try:
            self._privacy.erase_many(chosen)
        except ErasurePendingError as pending:
            return pending
        return None

    def _erased(self, count: int, pending: ErasurePendingError | None = None) -> None:
        self.reload()
        self.erased.emit(count)
        if pending is not None:  # erased in the records; the file follows once the reader closes
            show_error(self, self.tr("Erasure not finished"), pending)
