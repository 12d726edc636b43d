"""The column chooser of the list pages: hide and show columns, remembered between runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.services.lists.projects import ProjectList
from leadtracker.ui.lists.project_table_model import ProjectTableModel
from leadtracker.ui.lists.record_list_view import RecordListView
from tests.conftest import Services
from tests.ui.list_reads import wait_for_list

KEY = "lists/projects"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def projects(db: Database, services: Services) -> ProjectList:
    for title in ("Sales office Düsseldorf", "European HQ", "Logistics hub"):
        services.project(title=title)
    return ProjectList(db.sessions, db.search)


def project_list(qtbot: QtBot, rows: ProjectList, settings: QSettings | None) -> RecordListView:
    view = RecordListView(
        ProjectTableModel(rows),
        "Filter projects",
        "{count} projects",
        stretch=(ProjectTableModel.COL_TITLE,),
        sort_column=ProjectTableModel.COL_RECEIVED,
        sort_order=Qt.SortOrder.DescendingOrder,
        settings=settings,
        settings_key=KEY,
    )
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    wait_for_list(qtbot, view.model)
    return view


def menu_entries(menu: QMenu) -> dict[str, tuple[bool, bool]]:
    """Column title: (checked, enabled), for the column entries of the menu."""
    return {a.text(): (a.isChecked(), a.isEnabled()) for a in menu.actions() if a.isCheckable()}


def test_unticking_a_column_in_the_header_menu_hides_it(
    qtbot: QtBot, projects: ProjectList, settings: QSettings
) -> None:
    view = project_list(qtbot, projects, settings)
    header = view.table.horizontalHeader()
    seen: dict[str, tuple[bool, bool]] = {}

    def untick_owner() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.update(menu_entries(menu))
        [owner] = [a for a in menu.actions() if a.text() == "Owner"]
        owner.trigger()
        menu.close()

    QTimer.singleShot(0, untick_owner)
    header.customContextMenuRequested.emit(QPoint(10, 5))  # what a right-click on it does
    assert list(seen) == [
        "Received",
        "Project",
        "Company",
        "Stage",
        "Days in stage",
        "Owner",
        "Planned jobs",
    ]
    assert all(seen.values())  # all shown, any can be hidden
    assert header.isSectionHidden(ProjectTableModel.COL_OWNER)
    assert not view.table.isColumnHidden(ProjectTableModel.COL_TITLE)
    # The Columns button offers the same menu, with Owner now unticked.
    menu = view.columns_button.menu()
    menu.aboutToShow.emit()
    assert menu_entries(menu)["Owner"] == (False, True)


def test_hidden_columns_widths_and_order_survive_a_new_view(
    qtbot: QtBot, projects: ProjectList, settings: QSettings
) -> None:
    first = project_list(qtbot, projects, settings)
    header = first.table.horizontalHeader()
    assert first.columns.set_column_visible(ProjectTableModel.COL_DAYS, False)
    header.moveSection(header.visualIndex(ProjectTableModel.COL_STAGE), 0)
    header.resizeSection(ProjectTableModel.COL_COMPANY, 240)
    first.table.sortByColumn(ProjectTableModel.COL_COMPANY, Qt.SortOrder.AscendingOrder)
    wait_for_list(qtbot, first.model)
    first.close()
    settings.sync()

    again = project_list(qtbot, projects, QSettings(settings.fileName(), settings.format()))
    header = again.table.horizontalHeader()
    assert header.isSectionHidden(ProjectTableModel.COL_DAYS)
    assert header.logicalIndex(0) == ProjectTableModel.COL_STAGE
    assert header.sectionSize(ProjectTableModel.COL_COMPANY) == 240
    assert header.sortIndicatorSection() == ProjectTableModel.COL_COMPANY
    companies = [
        again.model.data(again.model.index(row, ProjectTableModel.COL_COMPANY))
        for row in range(again.model.rowCount())
    ]
    assert companies == sorted(companies)
    assert again.model.rowCount() == 3  # the remembered sort loaded the list

    again.columns.reset()
    assert again.columns.visible_columns() == list(range(7))
    assert header.sortIndicatorSection() == ProjectTableModel.COL_COMPANY  # sorting stays


def test_the_last_visible_column_cannot_be_hidden(
    qtbot: QtBot, projects: ProjectList, settings: QSettings
) -> None:
    view = project_list(qtbot, projects, settings)
    columns = view.columns
    for column in range(1, 7):
        assert columns.set_column_visible(column, False)
    assert columns.visible_columns() == [ProjectTableModel.COL_RECEIVED]
    assert not columns.set_column_visible(ProjectTableModel.COL_RECEIVED, False)
    assert not view.table.isColumnHidden(ProjectTableModel.COL_RECEIVED)
    entries = menu_entries(columns.menu())
    assert entries["Received"] == (True, False)  # ticked, and cannot be unticked
    assert entries["Owner"] == (False, True)


def test_a_list_without_settings_still_has_a_column_chooser(
    qtbot: QtBot, projects: ProjectList
) -> None:
    view = project_list(qtbot, projects, None)
    assert view.columns.set_column_visible(ProjectTableModel.COL_JOBS, False)
    assert view.table.isColumnHidden(ProjectTableModel.COL_JOBS)


def test_columns_stored_for_other_columns_are_ignored(
    qtbot: QtBot, projects: ProjectList, settings: QSettings
) -> None:
    settings.setValue(f"{KEY}/columns", "Received|Project")  # an older version of the list
    settings.setValue(f"{KEY}/header_state", b"not a header state")
    view = project_list(qtbot, projects, settings)
    assert view.columns.visible_columns() == list(range(7))
    assert view.model.rowCount() == 3


def test_a_column_without_sort_order_does_not_take_the_sort_arrow(
    qtbot: QtBot, projects: ProjectList
) -> None:
    view = project_list(qtbot, projects, None)
    header = view.table.horizontalHeader()
    header.setSortIndicator(ProjectTableModel.COL_OWNER, Qt.SortOrder.AscendingOrder)  # a click
    assert header.sortIndicatorSection() == ProjectTableModel.COL_RECEIVED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
