"""German that fits: list titles are never cut, and a cut cell shows its whole text as a tip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QThreadPool
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.services.lists.companies import CompanyList
from leadtracker.ui.lists.company_table_model import CompanyTableModel
from leadtracker.ui.lists.record_list_view import RecordListView
from tests.ui.list_reads import wait_for_list


def _companies(qtbot: QtBot, demo_db: Database, settings: QSettings) -> RecordListView:
    model = CompanyTableModel(CompanyList(demo_db.sessions, demo_db.search), QThreadPool())
    view = RecordListView(
        model, "Filter", "{count} companies", stretch=(), settings=settings, settings_key="c"
    )
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    wait_for_list(qtbot, model)
    return view


def test_columns_kept_too_narrow_are_widened_to_their_title(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    first = _companies(qtbot, demo_db, settings)
    header = first.table.horizontalHeader()
    for column in range(header.count()):  # as another language's shorter titles left them
        header.resizeSection(column, 24)
    first.columns.save()
    first.close()

    again = _companies(qtbot, demo_db, settings)
    header = again.table.horizontalHeader()
    cut = [
        header.model().headerData(c, header.orientation())
        for c in range(header.count())
        if not header.isSectionHidden(c) and header.sectionSize(c) < header.sectionSizeHint(c)
    ]
    assert cut == []


def test_a_cut_cell_shows_its_whole_text_as_a_tip(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    view = _companies(
        qtbot, demo_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    table = view.table
    table.horizontalHeader().resizeSection(0, 60)
    index = table.model().index(0, 0)
    whole = str(index.data())
    assert len(whole) > 12
    centre = table.visualRect(index).center()
    tip = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), tip)
    assert QToolTip.text() == whole

    assert QToolTip.isVisible()

    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    table.horizontalHeader().resizeSection(0, 600)  # the whole name fits: no tip
    centre = table.visualRect(index).center()
    tip = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), tip)
    qtbot.wait(50)
    assert not QToolTip.isVisible()
