"""A list page while its model reads in the background: a slow read, a failed one."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.lists.companies import CompanyList
from leadtracker.services.lists.projects import ProjectList
from leadtracker.services.projects import ProjectDraft
from leadtracker.ui.lists.company_table_model import CompanyTableModel
from leadtracker.ui.lists.project_table_model import ProjectTableModel
from leadtracker.ui.lists.record_list_view import RecordListView
from tests.conftest import Services
from tests.ui.list_reads import wait_for_list
from tests.ui.modal_answers import answer_modal


class _Hold(QRunnable):
    """Keeps a pool's only thread busy until released: the next read has to wait."""

    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self._release = release

    def run(self) -> None:
        self._release.wait(10)


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    threads = QThreadPool()
    threads.setMaxThreadCount(1)
    yield threads
    threads.waitForDone(10_000)


def company_list(qtbot: QtBot, demo_db: Database, pool: QThreadPool) -> RecordListView:
    model = CompanyTableModel(CompanyList(demo_db.sessions, demo_db.search), pool)
    view = RecordListView(model, "Filter", "{count} companies", stretch=(0,))
    qtbot.addWidget(view)
    view.show()
    wait_for_list(qtbot, model)
    return view


def test_a_slow_read_says_so_and_then_shows_the_rows(
    qtbot: QtBot, demo_db: Database, pool: QThreadPool
) -> None:
    view = company_list(qtbot, demo_db, pool)
    assert view.count_label.text() == "80 companies"
    release = threading.Event()
    pool.start(_Hold(release))
    view.filter_edit.setText("セイコーエプソン")
    qtbot.waitUntil(lambda: view.count_label.text() == "Reading the list…", timeout=3000)
    assert view.model.rowCount() == 80  # the rows before stay until the new ones are read
    release.set()
    qtbot.waitUntil(lambda: view.count_label.text() == "1 companies", timeout=5000)
    assert view.model.rowCount() == 1


def test_a_failed_read_is_reported_and_the_rows_stay(
    qtbot: QtBot, demo_db: Database, pool: QThreadPool
) -> None:
    view = company_list(qtbot, demo_db, pool)
    with sqlite3.connect(demo_db.path) as other:  # the file changed under the app
        other.execute("ALTER TABLE company RENAME TO company_gone")
    said = answer_modal(QMessageBox, lambda box: box.accept())
    view.filter_edit.setText("epson")
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said[0].windowTitle() == "The list could not be read"
    assert view.model.rowCount() == 80
    assert view.count_label.text() == "80 companies"


def test_a_filter_does_not_wait_behind_long_work(qtbot: QtBot, demo_db: Database) -> None:
    release = threading.Event()
    work = QThreadPool.globalInstance()  # where exports, imports and backups run
    for _ in range(work.maxThreadCount()):
        work.start(_Hold(release))
    try:
        model = CompanyTableModel(CompanyList(demo_db.sessions, demo_db.search))
        with qtbot.waitSignal(model.modelReset, timeout=5000):
            model.set_filter("epson")
        assert model.rowCount() == 1
    finally:
        release.set()


def test_typing_a_company_name_into_the_projects_filter_shows_its_project(
    qtbot: QtBot, demo_db: Database, pool: QThreadPool, demo_services: Services
) -> None:
    """Issue 17: "Yamada Consulting" in the Projects list's quick filter gave "0 projects"."""
    company = demo_services.companies.create(
        CompanyDraft(name_ja="山田コンサルティング株式会社", name_en="Yamada Consulting GmbH")
    )
    demo_services.projects.create(
        ProjectDraft(company_id=company.id, title="Sales office Düsseldorf")
    )
    model = ProjectTableModel(ProjectList(demo_db.sessions, demo_db.search), pool)
    view = RecordListView(model, "Filter", "{count} projects", stretch=(0,))
    qtbot.addWidget(view)
    view.show()
    wait_for_list(qtbot, model)
    qtbot.keyClicks(view.filter_edit, "Yamada Consulting")
    qtbot.waitUntil(lambda: view.count_label.text() == "1 projects", timeout=5000)
    title = model.index(0, ProjectTableModel.COL_TITLE).data()
    shown = model.index(0, ProjectTableModel.COL_COMPANY).data()
    assert (title, shown) == ("Sales office Düsseldorf", "Yamada Consulting GmbH")
