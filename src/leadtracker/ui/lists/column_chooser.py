"""The column chooser of a table: hide and show columns, and remember them between runs.

:class:`ColumnChooser` looks after one table header. Its menu (the header's
right-click menu, and any other menu it is asked to fill, e.g. a *Columns*
button's) lists the columns with check marks; the last visible column cannot
be hidden. With a ``QSettings`` and a key it stores the header's state --
which columns show, their widths and their order -- whenever that changes,
and brings it back for the next table on the same key.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

#: Under the chooser's key: the header's state, and the columns it belongs to.
STATE_NAME = "header_state"
COLUMNS_NAME = "columns"


class ColumnChooser(QObject):
    """Hides, shows and remembers the columns of ``header``.

    Args:
        header: The horizontal header of the table.
        settings: Where the columns are remembered (nothing is when ``None``).
        key: The settings group of this table, e.g. ``"lists/projects"``.
        signature: Names the columns the stored state belongs to; a state
            stored for other columns (an older version of the table) is ignored.

    Signals:
        columns_reset: the default columns were brought back (widths need sizing).
    """

    columns_reset = Signal()

    def __init__(
        self,
        header: QHeaderView,
        settings: QSettings | None = None,
        key: str = "",
        *,
        signature: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or header)
        self.header = header
        self._settings = settings if key else None
        self._key = key.rstrip("/")
        self._signature = signature or str(header.count())
        self._default = header.saveState()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)

    # -- the menu ----------------------------------------------------------------------------

    def fill_menu(self, menu: QMenu) -> None:
        """Fill ``menu``: a checkable entry per column (in the order shown), then *Restore*."""
        menu.clear()
        header = self.header
        visible = self.visible_columns()
        for position in range(header.count()):
            column = header.logicalIndex(position)
            title = str(header.model().headerData(column, Qt.Orientation.Horizontal) or "")
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(column in visible)
            if visible == [column]:
                action.setEnabled(False)  # the last column shown stays
                action.setToolTip(self.tr("One column always stays visible"))
            action.toggled.connect(
                lambda shown, column=column: self.set_column_visible(column, shown)
            )
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        restore = menu.addAction(self.tr("&Restore default columns"))
        restore.triggered.connect(lambda _checked=False: self.reset())

    def menu(self, parent: QWidget | None = None) -> QMenu:
        """A new menu of the columns."""
        menu = QMenu(parent or self.header)
        self.fill_menu(menu)
        return menu

    def _on_header_menu(self, position: QPoint) -> None:
        menu = self.menu()
        menu.exec(self.header.viewport().mapToGlobal(position))
        menu.deleteLater()

    # -- the columns -------------------------------------------------------------------------

    def visible_columns(self) -> list[int]:
        """The logical numbers of the columns shown, in the order shown."""
        header = self.header
        columns = (header.logicalIndex(position) for position in range(header.count()))
        return [column for column in columns if not header.isSectionHidden(column)]

    def set_column_visible(self, column: int, visible: bool) -> bool:
        """Show or hide ``column``; hiding the last visible column is refused (returns False)."""
        header = self.header
        if not visible and self.visible_columns() == [column]:
            return False
        if header.isSectionHidden(column) == (not visible):
            return True
        header.setSectionHidden(column, not visible)
        if visible and header.sectionSize(column) < header.minimumSectionSize() * 2:
            header.resizeSection(column, header.defaultSectionSize())
        self.save()
        return True

    def reset(self) -> None:
        """Every column back, in the default order and width; the sorting stays as it is."""
        header = self.header
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        header.restoreState(self._default)
        header.blockSignals(True)
        header.setSortIndicator(section, order)
        header.blockSignals(False)
        self.columns_reset.emit()
        self.save()

    # -- remembering -------------------------------------------------------------------------

    def restore(self) -> bool:
        """Bring back the stored columns; whether there were any for these columns."""
        if self._settings is None:
            return False
        if str(self._settings.value(f"{self._key}/{COLUMNS_NAME}", "")) != self._signature:
            return False
        state = self._settings.value(f"{self._key}/{STATE_NAME}")
        if not isinstance(state, QByteArray) or not self.header.restoreState(state):
            return False
        if not self.visible_columns():  # a damaged state: show everything
            for column in range(self.header.count()):
                self.header.setSectionHidden(column, False)
        return True

    def remember_changes(self) -> None:
        """From now on, store the columns whenever they are moved or resized."""
        for changed in (
            self.header.sectionMoved,
            self.header.sectionResized,
            self.header.sortIndicatorChanged,
        ):
            changed.connect(lambda *_args: self.save())

    def save(self) -> None:
        """Store the header's state (when the chooser has settings)."""
        if self._settings is None:
            return
        self._settings.setValue(f"{self._key}/{COLUMNS_NAME}", self._signature)
        self._settings.setValue(f"{self._key}/{STATE_NAME}", self.header.saveState())
