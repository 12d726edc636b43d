"""What every list page shares: a row table, a pause-after-typing timer, Down to the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QToolTip,
    QWidget,
)

#: Milliseconds after the last keystroke before a filter or search runs.
TYPING_PAUSE_MS = 50
#: The same for a list's quick filter, which reads in the background and
#: cancels the read for the text before: no need to wait for a pause. (Zero
#: still gathers what arrives at once, such as a paste or an input method's
#: several characters, into one read.)
FILTER_PAUSE_MS = 0

#: Rows looked at to size a column to its contents.
RESIZE_PRECISION_ROWS = 40


class FullTextTips(QStyledItemDelegate):
    """A cell whose text is cut ("Osaka Hayashi Electronics Corporat…") shows it whole as its tip.

    Cells that fit keep the model's own tool tip (or none).
    """

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """For a tool tip over a cut cell: its whole text."""
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            shown = QStyleOptionViewItem(option)
            self.initStyleOption(shown, index)
            if shown.text and index.data(Qt.ItemDataRole.ToolTipRole) is None and is_cut(shown):
                QToolTip.showText(event.globalPos(), shown.text, view, view.visualRect(index))
                return True
        return bool(super().helpEvent(event, view, option, index))


def is_cut(option: QStyleOptionViewItem) -> bool:
    """Whether the text of the cell ``option`` describes is too wide for it."""
    widget: QWidget | None = option.widget  # null without a view (the stub omits it)
    style = widget.style() if widget is not None else None
    if style is None:
        return False
    area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
    return option.fontMetrics.horizontalAdvance(option.text) > area.width() - 2 * margin


def fit_headers(header: QHeaderView) -> None:
    """Widen the columns too narrow for their own title (widths kept from another language)."""
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
            continue
        needed = header.sectionSizeHint(column)
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)


def row_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """A table of whole-row selection, one line per row, alternating colours."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    # Columns sized to their contents look at the rows in view, not at every
    # loaded row: that would cost tens of milliseconds on every filter.
    table.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION_ROWS)
    table.setItemDelegate(FullTextTips(table))
    table.setAccessibleName(accessible_name)
    return table


def after_typing(
    field: QLineEdit, parent: QObject, run: Callable[[], None], pause_ms: int = TYPING_PAUSE_MS
) -> QTimer:
    """Call ``run`` once typing in ``field`` pauses; returns the timer (stop it to cancel)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(pause_ms)
    timer.timeout.connect(run)
    field.textChanged.connect(timer.start)
    return timer


class _DownToTable(QObject):
    """Down in a search or filter field goes on to the first row of the results."""

    def __init__(self, field: QLineEdit, table: QTableView) -> None:
        super().__init__(field)
        self._table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take Down (without modifiers) to the table."""
        if (
            event.type() != QEvent.Type.KeyPress
            or not isinstance(event, QKeyEvent)
            or event.key() != Qt.Key.Key_Down
            or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return False
        table, model = self._table, self._table.model()
        if model is None or not model.rowCount():
            return False
        header = table.horizontalHeader()
        shown = [header.logicalIndex(p) for p in range(header.count())]
        column = next((c for c in shown if not header.isSectionHidden(c)), 0)
        if not table.currentIndex().isValid():
            table.setCurrentIndex(model.index(0, column))
        table.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def down_goes_to(field: QLineEdit, table: QTableView) -> None:
    """Pressing Down in ``field`` moves the keyboard focus to ``table`` (its first row)."""
    field.installEventFilter(_DownToTable(field, table))


def read_only_table(table: QTableWidget, stretch: int) -> None:
    """A table of rows to read: whole rows selected, no editing, column ``stretch`` widest."""
    table.verticalHeader().hide()
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setItemDelegate(FullTextTips(table))
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
