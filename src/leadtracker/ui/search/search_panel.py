"""Search everything as you type: a field and the hits, companies first.

Enter opens the first hit; Down goes to the hits, where Enter opens the one chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QVBoxLayout, QWidget

from leadtracker.services.search import SearchHit, SearchService
from leadtracker.ui.lists.table_view import after_typing, down_goes_to, row_table
from leadtracker.ui.search.search_results_model import SearchResultsModel


class SearchPanel(QWidget):
    """Query field, hint line and results; emits ``hit_chosen`` on Enter or double-click."""

    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(
            self.tr("Search companies, contacts, projects and notes (ｴﾌﾟｿﾝ, 山田, Epson …)")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setAccessibleName(self.tr("Search"))
        self.hint = QLabel(self.tr("Type to search."))
        self.results = SearchResultsModel()
        self.results_view = row_table(self.results, self.tr("Search results"))
        self.results_view.horizontalHeader().setSectionResizeMode(
            SearchResultsModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.results_view)

        self._typing = after_typing(self.query_edit, self, self._on_search)
        self.query_edit.returnPressed.connect(self._on_choose_first)
        down_goes_to(self.query_edit, self.results_view)
        self.results_view.activated.connect(self._on_activated)

    def _on_search(self) -> None:
        query = self.query_edit.text()
        hits = self._search.search(query) if query.strip() else []
        self.results.set_hits(hits)
        self.results_view.resizeColumnsToContents()
        if not query.strip():
            self.hint.setText(self.tr("Type to search."))
        else:
            self.hint.setText(self.tr("{count} found").format(count=len(hits)))

    def _on_choose_first(self) -> None:
        self._typing.stop()
        self._on_search()
        if self.results.rowCount():
            self._on_activated(self.results.index(0, 0))

    def _on_activated(self, index: QModelIndex) -> None:
        hit = self.results.data(index, SearchResultsModel.HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.hit_chosen.emit(hit)
