"""Table model of the company list, loaded a page at a time as the view scrolls."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from leadtracker.domain.prefectures import prefecture
from leadtracker.services.lists.base import ListQuery
from leadtracker.services.lists.companies import CompanyList, CompanyRow, CompanySort

Index = QModelIndex | QPersistentModelIndex

_HEADERS = (
    QT_TRANSLATE_NOOP("CompanyTableModel", "Company"),
    QT_TRANSLATE_NOOP("CompanyTableModel", "Japanese name"),
    QT_TRANSLATE_NOOP("CompanyTableModel", "HQ"),
    QT_TRANSLATE_NOOP("CompanyTableModel", "Status"),
    QT_TRANSLATE_NOOP("CompanyTableModel", "Projects"),
)


class CompanyTableModel(QAbstractTableModel):
    """Rows of :class:`CompanyRow`; filtering and sorting happen in SQL."""

    COL_NAME = 0
    COL_NAME_JA = 1
    COL_HQ = 2
    COL_STATUS = 3
    COL_PROJECTS = 4
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    PAGE = 200

    _SORTS: ClassVar[dict[int, CompanySort]] = {
        COL_NAME: CompanySort.NAME,
        COL_NAME_JA: CompanySort.READING,
        COL_HQ: CompanySort.CITY,
        COL_STATUS: CompanySort.STATUS,
        COL_PROJECTS: CompanySort.PROJECTS,
    }

    def __init__(self, companies: CompanyList) -> None:
        super().__init__()
        self._companies = companies
        self._query = ListQuery()
        self._rows: list[CompanyRow] = []
        self._total = 0

    @property
    def total(self) -> int:
        """How many companies match, loaded or not."""
        return self._total

    def set_query(self, query: ListQuery) -> None:
        """Show the list for ``query`` from its first page."""
        self.beginResetModel()
        self._query = query
        self._total = self._companies.count(query)
        self._rows = list(self._companies.page(query, 0, self.PAGE))
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only companies containing ``text`` (the quick filter)."""
        self.set_query(replace(self._query, text=text))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Name, Japanese name, HQ, status, projects."""
        return 0 if parent.isValid() else len(_HEADERS)

    def canFetchMore(self, parent: Index) -> bool:
        """Whether rows beyond the loaded ones exist."""
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        """Load the next page."""
        if parent.isValid():
            return
        more = self._companies.page(self._query, len(self._rows), self.PAGE)
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key."""
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=self._SORTS[column], descending=descending))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text of a cell; the company id for ``ID_ROLE``."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_PROJECTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: CompanyRow, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_NAME_JA:
            return row.name_ja
        if column == self.COL_HQ:
            region = prefecture(row.hq_prefecture).name_ja if row.hq_prefecture else ""
            return f"{region}{row.hq_city}"
        if column == self.COL_STATUS:
            return row.status.label
        return str(row.projects)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles, translated when shown."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CompanyTableModel", _HEADERS[section])
        return None
