"""The Companies page: a quick filter over a table that loads as it scrolls."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from leadtracker.services.lists.companies import CompanyList
from leadtracker.ui.models.company_table_model import CompanyTableModel
from leadtracker.ui.views.table_view import after_typing, row_table


class CompanyListView(QWidget):
    """Filter field, company table and a count; emits ``company_opened`` with an id."""

    company_opened = Signal(int)

    def __init__(self, companies: CompanyList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter companies (name, reading, city …)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter companies"))
        self.count_label = QLabel()
        self.model = CompanyTableModel(companies)
        self.table = row_table(self.model, self.tr("Companies"))
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CompanyTableModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CompanyTableModel.COL_NAME_JA, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        self._typing = after_typing(self.filter_edit, self, self._on_filter)
        self.table.activated.connect(self._on_activated)
        self.model.modelReset.connect(self._on_counted)
        self.table.sortByColumn(CompanyTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)

    def show_filtered(self, text: str) -> None:
        """Put ``text`` into the filter and show the matching companies at once."""
        self._typing.stop()
        self.filter_edit.blockSignals(True)
        self.filter_edit.setText(text)
        self.filter_edit.blockSignals(False)
        self.model.set_filter(text)

    def _on_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text())

    def _on_counted(self) -> None:
        self.count_label.setText(self.tr("{count} companies").format(count=self.model.total))

    def _on_activated(self, index: QModelIndex) -> None:
        company_id = self.model.data(index, CompanyTableModel.ID_ROLE)
        if company_id is not None:
            self.company_opened.emit(int(company_id))
