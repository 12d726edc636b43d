"""A table model over a paged list service, loaded a page at a time as the view scrolls.

Every read runs on a pool thread, so typing in the quick filter or scrolling
never waits for the database: a new filter or sort cancels the reads for the
one before (:class:`~leadtracker.services.lists.base.ReadCancel`), and only what
was read for the newest one is shown. Further pages are read one at a time
as the view scrolls to the end of the rows loaded.
"""

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
    QThreadPool,
    Signal,
)

from leadtracker.services.lists.base import ListQuery, PagedList, ReadCancel
from leadtracker.ui.background import PoolJob, read_pool

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
    #: Rows read for a new filter or sort: more than a screen holds, and the
    #: fewer, the sooner they show (100 instead of 200: 8 ms less for contacts
    #: "山" on 180,000 contacts); then ``PAGE`` rows at a time as the view scrolls.
    FIRST_PAGE = 100
    PAGE = 200
    #: A filtered list counts its matches up to here ("more than 1000").
    COUNT_CAP = 1000

    #: A first page is being read (True), or the newest read ended (False).
    loading_changed = Signal(bool)
    #: The newest read failed with this error; the rows shown stay as they were.
    read_failed = Signal(object)

    def __init__(self, rows: PagedList[RowT], pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._list = rows
        self._pool = pool or read_pool()
        self._query = ListQuery()  # what the rows shown were read for
        self._requested = ListQuery()  # what the newest read is for
        self._rows: list[RowT] = []
        self._total = 0
        self._more = False
        self._generation = 0  # of the newest query; what older reads report is dropped
        self._reads: set[ReadCancel] = set()  # not yet reported back
        self._loading = False
        self._fetching = False
        self._fetch_failed = False  # reading further pages of this query failed: stop trying

    @property
    def total(self) -> int:
        """How many records match, loaded or not (at most ``COUNT_CAP`` + 1 when filtered)."""
        return self._total

    @property
    def total_capped(self) -> bool:
        """Whether more records match than were counted (the filter matches many)."""
        return bool(self._query.text.strip()) and self._total > self.COUNT_CAP

    @property
    def query(self) -> ListQuery:
        """The filter and sort of the rows shown (a newer one may still be read)."""
        return self._query

    @property
    def loading(self) -> bool:
        """Whether the newest filter or sort is still being read."""
        return self._loading

    @property
    def fetching(self) -> bool:
        """Whether a further page is being read."""
        return self._fetching

    def set_query(self, query: ListQuery) -> None:
        """Read the list for ``query`` from its first page, in the background.

        The rows shown change when the read is done (``modelReset``); reads
        still running for an older query are cancelled, and if reading fails
        the rows stay as they were and ``read_failed`` says why.
        """
        self._stop_reads()
        self._requested = query
        cap = self.COUNT_CAP + 1 if query.text.strip() else None
        rows, limit = self._list, self.FIRST_PAGE

        def read(cancel: ReadCancel) -> tuple[ListQuery, int, tuple[RowT, ...]]:
            return (query, *rows.first_page(query, limit, cap=cap, cancel=cancel))

        self._start(read, self._on_first_page)
        self._set_loading(True)

    def cancel_reads(self) -> None:
        """Stop the reads in progress, if any (what they read will not be shown)."""
        self._stop_reads()
        self._set_loading(False)

    def reload(self) -> None:
        """Read the list again with the same filter and sort (after data changed)."""
        self.set_query(self._requested)

    def set_filter(self, text: str) -> None:
        """Show only records containing ``text`` (the quick filter)."""
        self.set_query(replace(self._requested, text=text))

    def _stop_reads(self) -> None:
        for cancel in self._reads:
            cancel.cancel()
        self._fetching = self._fetch_failed = False
        self._generation += 1  # what the stopped reads report is dropped

    def _start(self, read: Callable[[ReadCancel], Any], on_done: Callable[[Any], None]) -> None:
        """Read on a pool thread; only what is read for the newest query reaches ``on_done``."""
        cancel, generation = ReadCancel(), self._generation
        self._reads.add(cancel)

        def done(result: Any) -> None:
            if self._reported(cancel, generation):
                on_done(result)

        def failed(error: BaseException) -> None:
            if self._reported(cancel, generation):  # else for an older query, or cancelled
                self._on_read_failed(error)

        job = PoolJob(lambda _progress: read(cancel), on_done=done, on_failed=failed, owner=self)
        self._pool.start(job)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _reported(self, cancel: ReadCancel, generation: int) -> bool:
        """Forget a read that reported back; whether it was for the newest query."""
        self._reads.discard(cancel)
        return generation == self._generation

    def _on_first_page(self, first_page: tuple[ListQuery, int, tuple[RowT, ...]]) -> None:
        query, total, first = first_page
        generation = self._generation
        self.beginResetModel()
        self._query, self._total, self._rows = query, total, list(first)
        self._more = len(first) == self.FIRST_PAGE
        self.endResetModel()
        if generation == self._generation:  # no one asked for another read meanwhile
            self._set_loading(False)

    def _on_more_rows(self, page: tuple[int, tuple[RowT, ...]]) -> None:
        offset, more = page
        self._fetching = False
        self._more = len(more) == self.PAGE
        if more and offset == len(self._rows):
            self.beginInsertRows(QModelIndex(), offset, offset + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def _on_read_failed(self, error: BaseException) -> None:
        if self._fetching:  # a further page: no more tries (each would fail and say so)
            self._fetching, self._fetch_failed = False, True
        self._set_loading(False)
        self.read_failed.emit(error)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The columns of the list."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        """Whether rows beyond the loaded ones exist (and are not being read already)."""
        if parent.isValid() or self._fetching or self._fetch_failed or self._loading:
            return False
        # A short page ends the list even if the count said more (it was
        # counted a moment before; records may have gone since).
        return self._more and (self.total_capped or len(self._rows) < self._total)

    def fetchMore(self, parent: Index) -> None:
        """Read the next page in the background; its rows are added when it is read."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        rows, query, offset, limit = self._list, self._query, len(self._rows), self.PAGE

        def read(cancel: ReadCancel) -> tuple[int, tuple[RowT, ...]]:
            return offset, rows.page(query, offset, limit, cancel=cancel)

        self._start(read, self._on_more_rows)

    def sortable(self, column: int) -> bool:
        """Whether the list can be sorted by ``column`` (it has a sort key)."""
        return 0 <= column < len(self.COLUMNS) and bool(self.COLUMNS[column].sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's key (columns without one keep the order)."""
        key = self.COLUMNS[column].sort
        if key:
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_query(replace(self._requested, sort=key, descending=descending))

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
