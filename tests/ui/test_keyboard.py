"""Keyboard paths of the pages: filter to record, tasks, cards, search, narrow windows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.services.lists.companies import CompanyList
from leadtracker.services.projects import OutcomeUpdate
from leadtracker.services.registry import Services
from leadtracker.ui.lists.company_table_model import CompanyTableModel
from leadtracker.ui.lists.record_list_view import RecordListView
from leadtracker.ui.pipeline.pipeline_board import PipelineBoard
from leadtracker.ui.search.search_panel import SearchPanel
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from tests.ui.modal_answers import activate


def test_ctrl_f_down_and_enter_open_a_record_from_the_list(qtbot: QtBot, demo_db: Database) -> None:
    view = RecordListView(
        CompanyTableModel(CompanyList(demo_db.sessions, demo_db.search)),
        "Filter companies",
        "{count} companies",
        stretch=(CompanyTableModel.COL_NAME,),
    )
    qtbot.addWidget(view)
    activate(qtbot, view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_edit.hasFocus()
    view.filter_edit.setText("セイコーエプソン")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Down)
    assert view.table.hasFocus()
    assert view.table.currentIndex().row() == 0
    with qtbot.waitSignal(view.record_opened) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [1]


def test_space_marks_the_chosen_task_done(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    desk = Desk(Services.on(demo_db), settings)
    qtbot.addWidget(desk.window, before_close_func=lambda _: desk.runner.wait())
    activate(qtbot, desk.window)
    my_day = desk.my_day
    qtbot.waitUntil(lambda: my_day.overdue.model.rowCount() > 1, timeout=5000)
    overdue = my_day.overdue
    table = overdue.table
    task = overdue.model.row(1)
    table.setFocus()
    table.setCurrentIndex(overdue.model.index(1, 2))  # on the due date, not the check box
    qtbot.keyClick(table, Qt.Key.Key_Space)

    def done() -> bool:
        rows = [overdue.model.row(r).id for r in range(overdue.model.rowCount())]
        return task.id not in rows

    qtbot.waitUntil(done, timeout=5000)
    assert task.id not in [t.id for t in desk.services.my_day.day().overdue.rows]


def test_the_menu_key_opens_the_menu_of_the_chosen_card(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    board = PipelineBoard(demo_services.board, demo_services.projects)
    qtbot.addWidget(
        board, before_close_func=lambda _: qtbot.waitUntil(lambda: not board.runner.busy)
    )
    board.resize(1400, 800)
    board.show()
    qtbot.waitUntil(lambda: board.board is not None, timeout=5000)
    cards = max(board.columns, key=lambda view: view.model.rowCount()).list
    last = cards.column_model.rowCount() - 1
    assert last > 0
    chosen = cards.column_model.cards[last].project_id
    cards.setCurrentIndex(cards.column_model.index(last))
    seen: list[str] = []

    def open_from_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        seen.extend(a.text() for a in menu.actions())
        menu.actions()[0].trigger()  # "Open project"
        menu.close()

    corner = QPoint(1, 1)  # where the keyboard's menu event says it is: not at the card
    keyboard = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard,
        corner,
        cards.mapToGlobal(corner),
        Qt.KeyboardModifier.NoModifier,
    )
    QTimer.singleShot(0, open_from_menu)
    with qtbot.waitSignal(board.project_opened) as opened:
        QApplication.sendEvent(cards, keyboard)  # what the menu key (or Shift+F10) sends
    assert seen[0] == "&Open project"
    assert opened.args == [chosen]


def test_the_undo_button_keeps_its_short_name(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    board = PipelineBoard(demo_services.board, demo_services.projects)
    qtbot.addWidget(
        board, before_close_func=lambda _: qtbot.waitUntil(lambda: not board.runner.busy)
    )
    qtbot.waitUntil(lambda: board.board is not None, timeout=5000)
    board.ask_outcome = lambda _parent, _project, _stage: OutcomeUpdate()
    card = board.column("inquiry").model.cards[0]
    assert board.move_project(card.project_id, "qualified") is not None
    assert board.undo_action.text().startswith("Undo move of ")
    assert board.undo_button.text() == "Undo"  # a narrow window keeps its room


def test_the_board_filters_give_way_in_a_narrow_window(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    board = PipelineBoard(demo_services.board, demo_services.projects)
    qtbot.addWidget(
        board, before_close_func=lambda _: qtbot.waitUntil(lambda: not board.runner.busy)
    )
    qtbot.waitUntil(lambda: board.board is not None, timeout=5000)
    period = board.filters.period
    assert period.minimumSizeHint().width() < period.sizeHint().width()
    assert board.minimumSizeHint().width() < board.sizeHint().width()


def test_down_in_the_search_field_goes_to_the_hits(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    panel = SearchPanel(demo_services.search)
    qtbot.addWidget(panel)
    activate(qtbot, panel)
    panel.query_edit.setFocus()
    qtbot.keyClicks(panel.query_edit, "epson")
    qtbot.waitUntil(lambda: panel.results.rowCount() > 0, timeout=2000)
    qtbot.keyClick(panel.query_edit, Qt.Key.Key_Down)
    assert panel.results_view.hasFocus()
    with qtbot.waitSignal(panel.hit_chosen) as chosen:
        qtbot.keyClick(panel.results_view, Qt.Key.Key_Return)
    assert chosen.args[0].title == "Seiko Epson Corporation"
