"""A table model over a paged list service, loaded a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from leadtracker.services.lists.base import ListQuery, PagedList

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class TableColumn(Generic[RowT]):
    """One column: its (untranslated) title, its text, its sort key, its alignment."""

    title: str
    text: Callable[[RowT], str]
    sort: str = ""  # empty: the column does not sort
    numeric: bool = False

    def cell(self, row: RowT, role: int) -> object:
        """What a table shows for ``row`` in this column: its text, numbers right-aligned."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PagedTableModel(QAbstractTableModel, Generic[RowT]):
    """Rows of a :class:`PagedList`; filtering and sorting happen in SQL.

    Subclasses give ``COLUMNS`` and the translation ``CONTEXT`` of their titles.
    """

    CONTEXT = "PagedTableModel"
    COLUMNS: tuple[TableColumn[Any], ...] = ()
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    PAGE = 200
    #: A filtered list counts its matches up to here ("more than 1000").
    COUNT_CAP = 1000

    def __init__(self, rows: PagedList[RowT]) -> None:
        super().__init__()
        self._list = rows
        self._query = ListQuery()
        self._rows: list[RowT] = []
        self._total = 0
        self._more = False

    @property
    def total(self) -> int:
        """How many records match, loaded or not (at most ``COUNT_CAP`` + 1 when filtered)."""
        return self._total

    @property
    def total_capped(self) -> bool:
        """Whether more records match than were counted (the filter matches many)."""
        return bool(self._query.text.strip()) and self._total > self.COUNT_CAP

    def set_query(self, query: ListQuery) -> None:
        """Show the list for ``query`` from its first page (unchanged if reading fails)."""
        cap = self.COUNT_CAP + 1 if query.text.strip() else None
        total, first = self._list.first_page(query, self.PAGE, cap=cap)
        rows = list(first)
        self.beginResetModel()
        self._query, self._total, self._rows = query, total, rows
        self._more = len(rows) == self.PAGE
        self.endResetModel()

    def reload(self) -> None:
        """Read the list again with the same filter and sort (after data changed)."""
        self.set_query(self._query)

    def set_filter(self, text: str) -> None:
        """Show only records containing ``text`` (the quick filter)."""
        self.set_query(replace(self._query, text=text))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The columns of the list."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        """Whether rows beyond the loaded ones exist."""
        if parent.isValid():
            return False
        if self.total_capped:
            return self._more
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        """Load the next page."""
        if parent.isValid():
            return
        more = self._list.page(self._query, len(self._rows), self.PAGE)
        self._more = len(more) == self.PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def sortable(self, column: int) -> bool:
        """Whether the list can be sorted by ``column`` (it has a sort key)."""
        return 0 <= column < len(self.COLUMNS) and bool(self.COLUMNS[column].sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key (columns without one keep the order)."""
        key = self.COLUMNS[column].sort
        if key:
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(replace(self._query, sort=key, descending=descending))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text of a cell; the record id for ``ID_ROLE``."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == self.ID_ROLE:
            return getattr(row, "id", None)
        return column.cell(row, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles, translated when shown."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].title)
        return None
