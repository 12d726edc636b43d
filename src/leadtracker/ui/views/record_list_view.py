"""A list page: a quick filter over a table that loads as it scrolls, and a count."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from leadtracker.ui.models.paged_table_model import PagedTableModel
from leadtracker.ui.views.table_view import after_typing, row_table


class RecordListView(QWidget):
    """Filter field, table and count for one kind of record; emits ``record_opened`` with an id.

    Args:
        model: The table model (it loads its first page when the view starts).
        filter_hint: Placeholder text of the filter field.
        count_text: Status line with a ``{count}`` placeholder, e.g. "{count} companies".
        stretch: Columns that take the spare width.
        sort_column: The column sorted by at the start, in ``sort_order``.
    """

    record_opened = Signal(int)

    def __init__(
        self,
        model: PagedTableModel[object],
        filter_hint: str,
        count_text: str,
        *,
        stretch: tuple[int, ...],
        sort_column: int = 0,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._count_text = count_text
        self.model = model
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(filter_hint)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(filter_hint)
        self.count_label = QLabel()
        self.table = row_table(model, count_text.replace("{count}", "").strip())
        header = self.table.horizontalHeader()
        # Sized to the first page once, then the user's: resizing to contents
        # on every filter keystroke costs a tenth of the time budget.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._sized = False
        self._stale = False
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

        self._typing = after_typing(self.filter_edit, self, self._on_filter)
        self.table.activated.connect(self._on_activated)
        self.model.modelReset.connect(self._on_counted)
        # Enabling sorting sorts once by the indicator: that loads the first page.
        header.setSortIndicator(sort_column, sort_order)
        self.table.setSortingEnabled(True)

    def show_filtered(self, text: str) -> None:
        """Put ``text`` into the filter and show the matching records at once."""
        self._typing.stop()
        self.filter_edit.blockSignals(True)
        self.filter_edit.setText(text)
        self.filter_edit.blockSignals(False)
        self.model.set_filter(text)

    def refresh(self) -> None:
        """Read the list again after data changed; a hidden page waits until it is shown."""
        if self.isVisible():
            self._stale = False
            self.model.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the page was hidden."""
        if self._stale:
            self._stale = False
            self.model.reload()
        super().showEvent(event)

    def select_record(self, record_id: int) -> bool:
        """Select and show the record's row if it is among the rows loaded; whether it was."""
        model = self.model
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if model.data(index, PagedTableModel.ID_ROLE) == record_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return True
        return False

    def _on_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text())

    def _on_counted(self) -> None:
        if not self._sized and self.model.rowCount():
            self._sized = True
            header = self.table.horizontalHeader()
            for column in range(self.model.columnCount()):
                if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
                    self.table.resizeColumnToContents(column)
        if self.model.total_capped:
            count = self.tr("more than {count}").format(count=self.model.COUNT_CAP)
        else:
            count = str(self.model.total)
        self.count_label.setText(self._count_text.format(count=count))

    def _on_activated(self, index: QModelIndex) -> None:
        record_id = self.model.data(index, PagedTableModel.ID_ROLE)
        if record_id is not None:
            self.record_opened.emit(int(record_id))
