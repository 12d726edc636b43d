"""The main window, its pages and the search pop-up, on a real demo database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.lists.companies import CompanyList
from leadtracker.services.registry import Services
from leadtracker.services.search import SearchHit
from leadtracker.ui.formats import date_pattern
from leadtracker.ui.lists.company_table_model import CompanyTableModel
from leadtracker.ui.lists.record_list_view import RecordListView
from leadtracker.ui.pipeline.pipeline_board import PipelineBoard
from leadtracker.ui.records.project_window import ProjectWindow
from leadtracker.ui.search.search_dialog import SearchDialog
from leadtracker.ui.search.search_panel import SearchPanel
from leadtracker.ui.search.search_results_model import SearchResultsModel
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from leadtracker.ui.shell.desk import dialog_parent
from leadtracker.ui.shell.lazy_page import LazyPage
from leadtracker.ui.shell.main_window import MainWindow
from tests.ui.list_reads import wait_for_list


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def build_window(database: Database, settings: QSettings) -> MainWindow:
    return Desk(Services.on(database), AppSettings(settings)).window


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


def test_typing_in_the_search_panel_shows_results(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    panel = SearchPanel(demo_services.search)
    qtbot.addWidget(panel)
    qtbot.keyClicks(panel.query_edit, "epson")  # QTest cannot type non-Latin-1 keys
    qtbot.waitUntil(lambda: panel.results.rowCount() > 0, timeout=2000)
    first = panel.results.index(0, SearchResultsModel.COL_TITLE)
    assert panel.results.data(first) == "Seiko Epson Corporation"
    assert panel.hint.text().endswith("found")
    with qtbot.waitSignal(panel.hit_chosen) as chosen:
        qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)
    assert chosen.args[0].title == "Seiko Epson Corporation"


def test_company_list_filters_sorts_and_opens(qtbot: QtBot, demo_db: Database) -> None:
    model = CompanyTableModel(CompanyList(demo_db.sessions, demo_db.search))
    view = RecordListView(
        model, "Filter", "{count} companies", stretch=(CompanyTableModel.COL_NAME,)
    )
    qtbot.addWidget(view)
    assert model.rowCount() == 0  # nothing read until the page is shown
    view.show()
    wait_for_list(qtbot, model)
    assert view.count_label.text() == "80 companies"
    view.table.sortByColumn(CompanyTableModel.COL_PROJECTS, Qt.SortOrder.DescendingOrder)
    wait_for_list(qtbot, model)
    projects = [
        int(view.model.data(view.model.index(r, CompanyTableModel.COL_PROJECTS))) for r in range(80)
    ]
    assert projects == sorted(projects, reverse=True)
    view.filter_edit.setText("セイコーエプソン")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.count_label.text() == "1 companies"
    with qtbot.waitSignal(view.record_opened) as opened:
        view.table.activated.emit(view.model.index(0, 0))
    assert opened.args == [1]


def test_search_dialog_returns_the_chosen_hit(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    dialog = SearchDialog(demo_services.search)
    qtbot.addWidget(dialog)
    dialog.panel.query_edit.setText("ワコム")
    dialog.panel._on_choose_first()
    assert dialog.chosen is not None and dialog.chosen.title == "Wacom Co., Ltd."


def test_window_navigates_and_remembers_its_page(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = build_window(demo_db, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: "80 companies" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage().startswith(str(demo_db.path))
    assert window.pages.currentIndex() == 0
    assert [window.navigation.item(r).text() for r in range(window.navigation.count())] == [
        "My day",
        "Pipeline",
        "Projects",
        "Companies",
        "Contacts",
        "Partners & events",
        "Dashboard",
        "Settings",
    ]
    shortcuts = {s.key().toString(): s for s in window.findChildren(QShortcut)}
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+8"} <= set(shortcuts)
    actions = {a.shortcut().toString(): a.text() for a in window.toolbar.actions()}
    assert actions == {"Ctrl+N": "New inquiry…", "Ctrl+K": "Search…"}
    board = window.pages.widget(1)
    assert isinstance(board, LazyPage) and not board.built  # built when first shown
    shortcuts["Ctrl+2"].activated.emit()  # what Qt does on Ctrl+2 in the active window
    assert window.pages.currentIndex() == 1
    assert isinstance(board.page(), PipelineBoard) and board.page().isVisible()
    window.close()
    again = build_window(demo_db, settings)
    qtbot.addWidget(again)
    assert again.pages.currentIndex() == 1  # the last page, restored


def test_project_and_contact_pages_start_in_their_default_order(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    window = build_window(demo_db, settings)
    qtbot.addWidget(window)
    projects, contacts = window.pages.widget(2), window.pages.widget(4)
    assert isinstance(projects, RecordListView) and isinstance(contacts, RecordListView)
    window.show()
    window.show_page(projects)
    window.show_page(contacts)
    wait_for_list(qtbot, projects.model)
    wait_for_list(qtbot, contacts.model)
    received = [  # the days as the interface writes them, read back
        QLocale().toDate(projects.model.data(projects.model.index(r, 0)), date_pattern())
        for r in range(projects.model.rowCount())
    ]
    assert all(day.isValid() for day in received)
    assert received == sorted(received, reverse=True)  # newest inquiries first
    assert contacts.count_label.text() == f"{contacts.model.total} contacts"
    assert contacts.model.total > 80


def test_a_search_hit_opens_its_record(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    desk = Desk(Services.on(demo_db), AppSettings(settings))
    qtbot.addWidget(desk.window)
    [hit] = desk.services.search.search("Projekt", kinds=(RecordKind.PROJECT,), limit=1)
    before = _project_windows()  # windows other tests left open do not count
    desk.open_hit(hit)
    opened = desk.open_project(hit.record_id)  # the same window again, not a second one
    assert opened.isVisible()
    assert opened.project_id == hit.record_id
    assert opened.windowTitle().startswith("Projekt ")
    assert _project_windows() - before == {id(opened)}


def _project_windows() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, ProjectWindow)}


def test_first_start_loads_demo_data_in_the_background(
    qtbot: QtBot, db: Database, settings: QSettings
) -> None:
    desk = Desk(Services.on(db), AppSettings(settings))
    qtbot.addWidget(desk.window)
    companies = desk.companies
    assert companies.model.total == 0
    qtbot.waitUntil(lambda: "0 companies" in desk.window.statusBar().currentMessage())
    desk.load_demo_data(25)
    qtbot.waitUntil(
        lambda: "25 companies" in desk.window.statusBar().currentMessage(), timeout=20_000
    )
    desk.window.show()
    desk.window.show_page(companies)  # a hidden list catches up when shown
    wait_for_list(qtbot, companies.model)
    assert companies.model.total == 25


def test_a_dialog_never_belongs_to_a_finished_progress_dialog(qtbot: QtBot) -> None:
    main = QWidget()
    qtbot.addWidget(main)
    progress = QProgressDialog(main)
    progress.show()
    progress.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is progress)
    assert dialog_parent(main) is main  # visible, but a progress dialog
    progress.hide()  # what a finished job does before deleteLater()
    assert dialog_parent(main) is main
    main.show()
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    other = QWidget()
    qtbot.addWidget(other)
    assert dialog_parent(other) is main  # the active window, when it is a real one


def test_closing_stops_the_lists_reads(
    qtbot: QtBot, demo_db: Database, settings: QSettings
) -> None:
    desk = Desk(Services.on(demo_db), AppSettings(settings))
    qtbot.addWidget(desk.window)
    desk.window.show()
    desk.window.show_page(desk.contacts)  # its first read starts
    assert desk.contacts.model.loading
    desk.stop_work()  # what closing the window or opening another database does first
    assert not desk.contacts.model.loading
    qtbot.wait(20)
    assert desk.contacts.model.rowCount() == 0  # what the cancelled read brought is dropped
