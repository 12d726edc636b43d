"""The company table model without widgets: lazy pages, SQL sorting, the quick filter.

The model reads first pages on a pool thread; the tests wait for its
``modelReset`` (which the event loop delivers), as a view would.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database, open_database
from leadtracker.services.lists.base import ListQuery
from leadtracker.services.lists.companies import CompanyList, CompanyRow
from leadtracker.ui.lists.company_table_model import CompanyTableModel
from tests.conftest import Services


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "demo.sqlite")
    Services.on(database).demo.generate(120, seed=4)
    yield database
    database.close()


@pytest.fixture
def model(qtbot: QtBot, database: Database) -> CompanyTableModel:
    table = CompanyTableModel(CompanyList(database.sessions, database.search))
    table.FIRST_PAGE = table.PAGE = 50
    with qtbot.waitSignal(table.modelReset):
        table.set_query(ListQuery())
    return table


class GatedList(CompanyList):
    """The real list, whose reads wait at a gate and go on when cancelled.

    So a read the model no longer wants really returns rows, after the newer
    one was asked for: the model has to drop them itself.
    """

    def __init__(self, database: Database) -> None:
        super().__init__(database.sessions, database.search)
        self.first_gate, self.page_gate = threading.Event(), threading.Event()
        self.first_gate.set()
        self.page_gate.set()

    def first_page(
        self, query: ListQuery, limit: int, *, cap: int | None = None, cancel: object = None
    ) -> tuple[int, tuple[CompanyRow, ...]]:
        self.first_gate.wait(10)
        return super().first_page(query, limit, cap=cap)

    def page(
        self, query: ListQuery, offset: int, limit: int, *, cancel: object = None
    ) -> tuple[CompanyRow, ...]:
        self.page_gate.wait(10)
        return super().page(query, offset, limit)


@pytest.fixture
def gated(qtbot: QtBot, database: Database) -> Iterator[tuple[CompanyTableModel, GatedList]]:
    rows = GatedList(database)
    pool = QThreadPool()
    pool.setMaxThreadCount(2)  # both reads run at once, as on a 2-core PC
    table = CompanyTableModel(rows, pool)
    table.FIRST_PAGE = table.PAGE = 50
    with qtbot.waitSignal(table.modelReset):
        table.set_query(ListQuery())
    yield table, rows
    rows.first_gate.set()
    rows.page_gate.set()
    pool.waitForDone(10_000)


def fetch_more(qtbot: QtBot, model: CompanyTableModel) -> None:
    """What a view does when scrolled to the end: ask for more, the rows come later."""
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore(QModelIndex())
        assert model.fetching and not model.canFetchMore(QModelIndex())  # one read at a time


def test_rows_load_a_page_at_a_time(qtbot: QtBot, model: CompanyTableModel) -> None:
    assert (model.rowCount(), model.total) == (50, 120)
    assert model.canFetchMore(QModelIndex())
    fetch_more(qtbot, model)
    assert model.rowCount() == 100
    fetch_more(qtbot, model)
    assert model.rowCount() == 120 and not model.canFetchMore(QModelIndex())
    ids = {model.data(model.index(r, 0), CompanyTableModel.ID_ROLE) for r in range(120)}
    assert len(ids) == 120


def test_the_first_page_may_be_smaller_than_the_next(
    qtbot: QtBot, model: CompanyTableModel
) -> None:
    model.FIRST_PAGE = 30
    with qtbot.waitSignal(model.modelReset):
        model.reload()
    assert (model.rowCount(), model.total) == (30, 120)
    fetch_more(qtbot, model)
    assert model.rowCount() == 80
    fetch_more(qtbot, model)
    assert model.rowCount() == 120 and not model.canFetchMore(QModelIndex())


def test_sorting_asks_the_database(qtbot: QtBot, model: CompanyTableModel) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.sort(CompanyTableModel.COL_PROJECTS, Qt.SortOrder.DescendingOrder)
    counts = [int(model.data(model.index(r, CompanyTableModel.COL_PROJECTS))) for r in range(50)]
    assert counts == sorted(counts, reverse=True)
    assert model.rowCount() == 50  # a new first page, not the old rows re-sorted


def test_quick_filter_and_cells(qtbot: QtBot, model: CompanyTableModel) -> None:
    with qtbot.waitSignal(model.modelReset):
        model.set_filter("epson")
    assert model.rowCount() == model.total == 1
    assert model.data(model.index(0, CompanyTableModel.COL_NAME)) == "Seiko Epson Corporation"
    assert model.data(model.index(0, CompanyTableModel.COL_HQ)) == "長野県諏訪市"
    assert model.data(model.index(0, CompanyTableModel.COL_STATUS)) == "Settled in Düsseldorf"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "HQ"


def test_a_filter_matching_many_counts_up_to_the_cap_and_pages_on(
    qtbot: QtBot, model: CompanyTableModel
) -> None:
    model.COUNT_CAP = 30
    with qtbot.waitSignal(model.modelReset):
        model.set_filter("e")
    assert model.total_capped and model.total == 31
    assert model.rowCount() == 50  # the first page is full although the count stopped
    while model.canFetchMore(QModelIndex()):
        fetch_more(qtbot, model)
    every_match = model._list.count(ListQuery(text="e"))
    assert 50 < every_match < 120
    assert model.rowCount() == every_match
    with qtbot.waitSignal(model.modelReset):
        model.set_filter("epson")
    assert not model.total_capped and model.total == 1


def test_only_the_newest_filter_is_shown(
    qtbot: QtBot, gated: tuple[CompanyTableModel, GatedList]
) -> None:
    model, rows = gated
    shown: list[int] = []
    model.modelReset.connect(lambda: shown.append(model.rowCount()))
    failed: list[object] = []
    model.read_failed.connect(failed.append)
    loading: list[bool] = []
    model.loading_changed.connect(loading.append)
    rows.first_gate.clear()
    model.set_filter("e")  # typed on before its read could be shown ...
    model.set_filter("epson")
    assert model.loading
    rows.first_gate.set()  # ... and both reads come back with rows
    qtbot.waitUntil(lambda: not model.loading)
    model._pool.waitForDone(10_000)
    qtbot.wait(20)  # the older read's report, had it been kept
    assert shown == [1]  # only the newest text's rows were shown
    assert model.data(model.index(0, CompanyTableModel.COL_NAME)) == "Seiko Epson Corporation"
    assert loading == [True, False]  # one busy spell, not one per keystroke
    assert not failed


def test_a_failed_read_keeps_the_rows_and_says_why(
    qtbot: QtBot, model: CompanyTableModel, tmp_path: Path
) -> None:
    with sqlite3.connect(tmp_path / "demo.sqlite") as other:  # the file changes under the app
        other.execute("ALTER TABLE company RENAME TO company_gone")
    with qtbot.waitSignal(model.read_failed) as failed:
        model.set_filter("epson")
    assert "no such table" in str(failed.args[0])
    assert (model.rowCount(), model.total, model.loading) == (50, 120, False)


def test_a_new_filter_drops_the_page_being_read_for_the_old_one(
    qtbot: QtBot, gated: tuple[CompanyTableModel, GatedList]
) -> None:
    model, rows = gated
    inserted: list[int] = []
    model.rowsInserted.connect(lambda *_: inserted.append(model.rowCount()))
    failed: list[object] = []
    model.read_failed.connect(failed.append)
    rows.page_gate.clear()
    rows.first_gate.clear()
    model.fetchMore(QModelIndex())  # scrolled to the end ...
    model.set_filter("epson")  # ... and typed before the page came
    rows.page_gate.set()  # the old list's page comes first: rows 51-100 of 120
    qtbot.wait(200)
    rows.first_gate.set()
    qtbot.waitUntil(lambda: not model.loading)
    model._pool.waitForDone(10_000)
    qtbot.wait(20)
    assert not inserted and not failed
    assert model.rowCount() == model.total == 1 and not model.fetching


def test_a_failed_page_is_reported_once_and_not_tried_again(
    qtbot: QtBot, model: CompanyTableModel, tmp_path: Path
) -> None:
    with sqlite3.connect(tmp_path / "demo.sqlite") as other:
        other.execute("ALTER TABLE company RENAME TO company_gone")
    with qtbot.waitSignal(model.read_failed):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 50 and not model.canFetchMore(QModelIndex())


def test_a_short_page_ends_the_list_though_the_count_said_more(
    qtbot: QtBot, model: CompanyTableModel, database: Database
) -> None:
    trash = Services.on(database).trash
    for company_id in (100, 101, 102):  # gone after the count of 120 was read
        trash.move_to_trash("company", company_id)
    for _ in range(5):
        if not model.canFetchMore(QModelIndex()):
            break
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not model.fetching)
    assert model.rowCount() == 117 and model.total == 120
    assert not model.canFetchMore(QModelIndex())
