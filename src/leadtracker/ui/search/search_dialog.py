"""The global search pop-up (Ctrl+K)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from leadtracker.services.search import SearchHit, SearchService
from leadtracker.ui.search.search_panel import SearchPanel


class SearchDialog(QDialog):
    """A search panel in a dialog; ``chosen`` holds the hit picked, if any."""

    def __init__(self, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search"))
        self.resize(760, 480)
        self.chosen: SearchHit | None = None
        self.panel = SearchPanel(search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.panel)
        self.panel.hit_chosen.connect(self._on_hit_chosen)
        self.panel.query_edit.setFocus()

    def _on_hit_chosen(self, hit: SearchHit) -> None:
        self.chosen = hit
        self.accept()
