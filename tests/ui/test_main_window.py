"""The placeholder main window and its search model, on a real demo database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database, open_database
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.demo import DemoService
from leadtracker.services.maintenance import MaintenanceService
from leadtracker.services.search import SearchHit, SearchService
from leadtracker.ui.main_window import MainWindow
from leadtracker.ui.models.search_results_model import SearchResultsModel


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "demo.sqlite")
    DemoService(database.sessions, database.search).generate(80, seed=3)
    yield database
    database.close()


def test_search_results_model_without_widgets() -> None:
    model = SearchResultsModel()
    hit = SearchHit(RecordKind.COMPANY, 1, "Seiko Epson Corporation", "セイコーエプソン株式会社")
    model.set_hits([hit])
    assert (model.rowCount(), model.columnCount()) == (1, 3)
    index = model.index(0, SearchResultsModel.COL_TITLE)
    assert model.data(index) == "Seiko Epson Corporation"
    assert model.data(index, SearchResultsModel.HIT_ROLE) is hit
    assert model.data(model.index(0, SearchResultsModel.COL_KIND)) == "Company"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"


def test_typing_in_the_search_field_shows_results(qtbot: QtBot, demo_db: Database) -> None:
    counts = MaintenanceService(demo_db.sessions).counts()
    window = MainWindow(SearchService(demo_db.sessions, demo_db.search), "demo.sqlite", counts)
    qtbot.addWidget(window)
    assert "80 companies" in window.statusBar().currentMessage()
    qtbot.keyClicks(window.query_edit, "epson")  # QTest cannot type non-Latin-1 keys
    qtbot.waitUntil(lambda: window.results.rowCount() > 0, timeout=2000)
    first = window.results.index(0, SearchResultsModel.COL_TITLE)
    assert window.results.data(first) == "Seiko Epson Corporation"
    assert window.hint.text().endswith("found")
    window.query_edit.clear()
    qtbot.waitUntil(lambda: window.results.rowCount() == 0, timeout=2000)
