"""What every list page shares: a read-only row table and a pause-after-typing timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QTableView

#: Milliseconds after the last keystroke before a filter or search runs.
TYPING_PAUSE_MS = 50

#: Rows looked at to size a column to its contents.
RESIZE_PRECISION_ROWS = 40


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
    table.setAccessibleName(accessible_name)
    return table


def after_typing(field: QLineEdit, parent: QObject, run: Callable[[], None]) -> QTimer:
    """Call ``run`` once typing in ``field`` pauses; returns the timer (stop it to cancel)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(TYPING_PAUSE_MS)
    timer.timeout.connect(run)
    field.textChanged.connect(timer.start)
    return timer
