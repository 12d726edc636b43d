"""A list page: a quick filter over a table that loads as it scrolls, and a count.

The table's columns can be hidden and shown from the header's right-click
menu or the *Columns* button (:mod:`~leadtracker.ui.lists.column_chooser`);
given a ``QSettings`` and a key, the list remembers which columns show, their
widths, their order and the sorting between runs. Ctrl+F goes to the filter,
Down from the filter into the list, Enter opens the record.

The model reads in the background: while a read takes longer than a moment
(a sort of many records), the count says so; a read that fails is reported
in the app's error dialog and leaves the rows as they were.
"""

from __future__ import annotations

from typing import Generic

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadtracker.ui.background import show_error
from leadtracker.ui.lists.column_chooser import ColumnChooser
from leadtracker.ui.lists.paged_table_model import PagedTableModel, RowT
from leadtracker.ui.lists.table_view import (
    FILTER_PAUSE_MS,
    after_typing,
    down_goes_to,
    fit_headers,
    row_table,
)

_NATIVE = QKeySequence.SequenceFormat.NativeText

#: A read taking longer than this is shown as such in the count line.
SLOW_READ_MS = 300


class RecordListView(QWidget, Generic[RowT]):
    """Filter field, table and count for one kind of record; emits ``record_opened`` with an id.

    Args:
        model: The table model (it loads its first page when the view starts).
        filter_hint: Placeholder text of the filter field.
        count_text: Status line with a ``{count}`` placeholder, e.g. "{count} companies".
        stretch: Columns that take the spare width.
        sort_column: The column sorted by at the start, in ``sort_order``.
        settings: Where the columns are remembered between runs (not at all when ``None``).
        settings_key: The list's group in ``settings``, e.g. ``"lists/projects"``.
    """

    record_opened = Signal(int)
    #: The user asked to delete the chosen record (Delete key or context menu).
    delete_requested = Signal(int)

    def __init__(
        self,
        model: PagedTableModel[RowT],
        filter_hint: str,
        count_text: str,
        *,
        stretch: tuple[int, ...],
        sort_column: int = 0,
        sort_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        settings: QSettings | None = None,
        settings_key: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._count_text = count_text
        self.model = model
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(filter_hint)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(filter_hint)
        find_keys = QKeySequence(QKeySequence.StandardKey.Find)
        self.filter_edit.setToolTip(
            self.tr("Show only the records that contain this text ({keys})").format(
                keys=find_keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.columns_button = QPushButton(self.tr("Colu&mns"))
        self.columns_button.setToolTip(self.tr("Choose the columns to show"))
        self.count_label = QLabel()
        self.table = row_table(model, count_text.replace("{count}", "").strip())
        header = self.table.horizontalHeader()
        # Sized to the first page once, then the user's: resizing to contents
        # on every filter keystroke costs a tenth of the time budget.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        self._stale = False
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(sort_column, sort_order)
        self._sort = (sort_column, sort_order)

        signature = "|".join(column.title for column in model.COLUMNS)
        self.columns = ColumnChooser(header, settings, settings_key, signature=signature)
        self._sized = self.columns.restore()
        fit_headers(header)  # widths kept from English may cut German titles
        if not model.sortable(header.sortIndicatorSection()):
            header.setSortIndicator(sort_column, sort_order)
        columns_menu = QMenu(self.columns_button)
        columns_menu.aboutToShow.connect(lambda: self.columns.fill_menu(columns_menu))
        self.columns_button.setMenu(columns_menu)

        self._lay_out()
        self.setFocusProxy(self.filter_edit)
        self._typing = after_typing(self.filter_edit, self, self._on_filter, FILTER_PAUSE_MS)
        down_goes_to(self.filter_edit, self.table)
        self._add_actions(find_keys)
        self.table.activated.connect(self._on_activated)
        self._follow_reads()
        self._loaded = False  # the first page loads when the page is first shown
        self.columns.columns_reset.connect(self._size_columns)
        self.columns.remember_changes()

    def _add_actions(self, find_keys: QKeySequence) -> None:
        self.find_action = QAction(self.tr("Filter the list"), self)
        self.find_action.setShortcut(find_keys)
        self.find_action.triggered.connect(self._on_find)
        self.addAction(self.find_action)
        self.delete_action = QAction(self.tr("Move to &trash…"), self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._on_delete)
        self.open_action = QAction(self.tr("&Open"), self.table)
        self.open_action.triggered.connect(lambda: self._on_activated(self.table.currentIndex()))
        self.table.addActions([self.open_action, self.delete_action])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _follow_reads(self) -> None:
        """The count follows the model's reads: the number, a slow read, a failed one."""
        self._slow_read = QTimer(self)
        self._slow_read.setSingleShot(True)
        self._slow_read.setInterval(SLOW_READ_MS)
        self._slow_read.timeout.connect(self._on_slow_read)
        self.model.loading_changed.connect(self._on_loading_changed)
        self.model.read_failed.connect(self._on_read_failed)

    def add_new_action(self, text: str, keys: QKeySequence) -> QAction:
        """A "New …" button, context-menu entry and shortcut (while this page has the focus)."""
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text.replace('&', '')} ({keys.toString(_NATIVE)})")
        self.addAction(action)
        self.table.insertAction(self.open_action, action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._filter_row.addWidget(button)
        QWidget.setTabOrder(self.columns_button, button)  # reading order: after Columns
        return action

    def _lay_out(self) -> None:
        filter_row = self._filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.columns_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)

    def load(self) -> None:
        """Load the first page, once: a page nobody opens costs nothing at start."""
        if self._loaded:
            return
        self._loaded = True
        self._stale = False
        # Enabling sorting sorts once by the indicator: that loads the first page.
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_changed)

    def show_filtered(self, text: str) -> None:
        """Put ``text`` into the filter and show the matching records at once."""
        self.load()
        self._typing.stop()
        self.filter_edit.blockSignals(True)
        self.filter_edit.setText(text)
        self.filter_edit.blockSignals(False)
        self.model.set_filter(text)

    def refresh(self) -> None:
        """Read the list again after data changed; a hidden page waits until it is shown."""
        if not self._loaded:
            return  # it will load fresh when first shown
        if self.isVisible():
            self._stale = False
            self.model.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Load on first show; catch up with changes made while the page was hidden."""
        self.load()
        if self._stale:
            self._stale = False
            self.model.reload()
        super().showEvent(event)

    def _on_find(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_filter(self) -> None:
        self.load()
        self.model.set_filter(self.filter_edit.text())

    def _on_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        """A column without a sort order keeps the arrow where the rows are sorted."""
        if self.model.sortable(column):
            self._sort = (column, order)
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sort)
        header.blockSignals(False)
        header.viewport().update()

    def _size_columns(self) -> None:
        for column in range(self.model.columnCount()):
            mode = self.table.horizontalHeader().sectionResizeMode(column)
            if mode != QHeaderView.ResizeMode.Stretch:
                self.table.resizeColumnToContents(column)

    def _on_counted(self) -> None:
        if not self._sized and self.model.rowCount():
            self._sized = True
            self._size_columns()
        if self.model.total_capped:
            count = self.tr("more than {count}").format(count=self.model.COUNT_CAP)
        else:
            count = str(self.model.total)
        self.count_label.setText(self._count_text.format(count=count))

    def _on_loading_changed(self, loading: bool) -> None:
        if loading:
            self._slow_read.start()
        else:
            self._slow_read.stop()
            self._on_counted()  # the new rows' count, or the old one if the read failed

    def _on_slow_read(self) -> None:
        self.count_label.setText(self.tr("Reading the list…"))

    def _on_read_failed(self, error: BaseException) -> None:
        show_error(self, self.tr("The list could not be read"), error)

    def _on_delete(self) -> None:
        record_id = self.model.data(self.table.currentIndex(), PagedTableModel.ID_ROLE)
        if isinstance(record_id, int):
            self.delete_requested.emit(record_id)

    def _on_activated(self, index: QModelIndex) -> None:
        record_id = self.model.data(index, PagedTableModel.ID_ROLE)
        if isinstance(record_id, int):
            self.record_opened.emit(record_id)
