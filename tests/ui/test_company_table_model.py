"""The company table model without widgets: lazy pages, SQL sorting, the quick filter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from leadtracker.db.database import Database, open_database
from leadtracker.services.demo import DemoService
from leadtracker.services.lists.base import ListQuery
from leadtracker.services.lists.companies import CompanyList
from leadtracker.ui.models.company_table_model import CompanyTableModel


@pytest.fixture
def model(tmp_path: Path) -> Iterator[CompanyTableModel]:
    database: Database = open_database(tmp_path / "demo.sqlite")
    DemoService(database.sessions, database.search).generate(120, seed=4)
    table = CompanyTableModel(CompanyList(database.sessions, database.search))
    table.PAGE = 50
    table.set_query(ListQuery())
    yield table
    database.close()


def test_rows_load_a_page_at_a_time(model: CompanyTableModel) -> None:
    assert (model.rowCount(), model.total) == (50, 120)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 120 and not model.canFetchMore(QModelIndex())
    ids = {model.data(model.index(r, 0), CompanyTableModel.ID_ROLE) for r in range(120)}
    assert len(ids) == 120


def test_sorting_asks_the_database(model: CompanyTableModel) -> None:
    model.sort(CompanyTableModel.COL_PROJECTS, Qt.SortOrder.DescendingOrder)
    counts = [int(model.data(model.index(r, CompanyTableModel.COL_PROJECTS))) for r in range(50)]
    assert counts == sorted(counts, reverse=True)
    assert model.rowCount() == 50  # a new first page, not the old rows re-sorted


def test_quick_filter_and_cells(model: CompanyTableModel) -> None:
    model.set_filter("epson")
    assert model.rowCount() == model.total == 1
    assert model.data(model.index(0, CompanyTableModel.COL_NAME)) == "Seiko Epson Corporation"
    assert model.data(model.index(0, CompanyTableModel.COL_HQ)) == "長野県諏訪市"
    assert model.data(model.index(0, CompanyTableModel.COL_STATUS)) == "Settled in Düsseldorf"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "HQ"


def test_a_filter_matching_many_counts_up_to_the_cap_and_pages_on(
    model: CompanyTableModel,
) -> None:
    model.COUNT_CAP = 30
    model.set_filter("e")
    assert model.total_capped and model.total == 31
    assert model.rowCount() == 50  # the first page is full although the count stopped
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    every_match = model._list.count(ListQuery(text="e"))
    assert 50 < every_match < 120
    assert model.rowCount() == every_match
    model.set_filter("epson")
    assert not model.total_capped and model.total == 1
