"""Table model of the companies a new company may duplicate (the duplicate warning)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from leadtracker.domain.duplicates import KeyKind
from leadtracker.ui.forms.vocabulary import label
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "DuplicateCandidatesModel"

_TITLES = (
    QT_TRANSLATE_NOOP("DuplicateCandidatesModel", "Company"),
    QT_TRANSLATE_NOOP("DuplicateCandidatesModel", "Japanese name"),
    QT_TRANSLATE_NOOP("DuplicateCandidatesModel", "HQ in Japan"),
    QT_TRANSLATE_NOOP("DuplicateCandidatesModel", "Why it looks the same"),
)


@dataclass(frozen=True)
class DuplicateRow:
    """An existing company like the new one, with what they share."""

    company_id: int
    name: str
    name_ja: str
    headquarters: str
    reasons: tuple[KeyKind, ...]


class DuplicateCandidatesModel(QAbstractTableModel):
    """Rows of :class:`DuplicateRow`: name, Japanese name, HQ, reasons."""

    COL_NAME, COL_NAME_JA, COL_HQ, COL_REASONS = range(4)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rows: Sequence[DuplicateRow] = ()) -> None:
        super().__init__()
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[DuplicateRow]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of candidates."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Name, Japanese name, HQ, reasons."""
        return 0 if parent.isValid() else len(_TITLES)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text of a cell; the company id for ``ID_ROLE``."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.ID_ROLE:
            return row.company_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            reasons = ", ".join(label(reason) for reason in row.reasons)
            return (row.name, row.name_ja, row.headquarters, reasons)[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, _TITLES[section])
        return None
