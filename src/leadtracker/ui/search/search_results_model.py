"""Table model of search hits (kind, name, detail)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.search import SearchHit
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP

# Source texts only; translated when shown (a translator may be installed later).
_KIND_LABELS = {
    RecordKind.COMPANY: QT_TRANSLATE_NOOP("SearchResultsModel", "Company"),
    RecordKind.CONTACT: QT_TRANSLATE_NOOP("SearchResultsModel", "Contact"),
    RecordKind.PROJECT: QT_TRANSLATE_NOOP("SearchResultsModel", "Project"),
    RecordKind.ACTIVITY: QT_TRANSLATE_NOOP("SearchResultsModel", "Note"),
}

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractTableModel):
    """Rows of :class:`SearchHit`; the columns are kind, title and detail."""

    COL_KIND = 0
    COL_TITLE = 1
    COL_DETAIL = 2
    HIT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of hits."""
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Kind, title, detail."""
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text of a cell, or the hit itself for ``HIT_ROLE``."""
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == self.HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            kind = QCoreApplication.translate("SearchResultsModel", _KIND_LABELS[hit.kind])
            return (kind, hit.title, hit.detail)[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Kind"), self.tr("Name"), self.tr("Details"))[section]
        return None
