"""The main window: for now a search over the whole database.

The Japan Desk's full workplace (pipeline board, lists, editors, dashboard)
grows here; this window already shows the database, what it holds, and finds
any record as you type.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadtracker.services.search import SearchService
from leadtracker.ui.models.search_results_model import SearchResultsModel

_TYPING_PAUSE_MS = 150


class MainWindow(QMainWindow):
    """Search field, results table and a status bar with the database and its counts."""

    def __init__(self, search: SearchService, database_label: str, counts: dict[str, int]) -> None:
        super().__init__()
        self._search = search
        self.setWindowTitle(self.tr("LeadTracker — Japan Desk"))
        self.resize(960, 640)

        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(
            self.tr("Search companies, contacts, projects and notes (ｴﾌﾟｿﾝ, 山田, Epson …)")
        )
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setAccessibleName(self.tr("Search"))
        self.results = SearchResultsModel()
        self.results_view = QTableView()
        self.results_view.setModel(self.results)
        self.results_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.results_view.verticalHeader().hide()
        self.results_view.horizontalHeader().setSectionResizeMode(
            SearchResultsModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch
        )
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.hint = QLabel(self.tr("Type to search."))

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.hint)
        layout.addWidget(self.results_view)
        self.setCentralWidget(central)

        self.statusBar().showMessage(
            self.tr(
                "{path} — {companies} companies, {contacts} contacts, {projects} projects"
            ).format(
                path=database_label,
                companies=counts.get("companies", 0),
                contacts=counts.get("contacts", 0),
                projects=counts.get("projects", 0),
            )
        )

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(_TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._on_search)
        self.query_edit.textChanged.connect(self._typing.start)

    def _on_search(self) -> None:
        query = self.query_edit.text()
        hits = self._search.search(query) if query.strip() else []
        self.results.set_hits(hits)
        self.results_view.resizeColumnsToContents()
        if not query.strip():
            self.hint.setText(self.tr("Type to search."))
        else:
            self.hint.setText(self.tr("{count} found").format(count=len(hits)))
