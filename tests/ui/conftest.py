"""GUI tests run like the app: cycles collected on the UI thread, pool work ended in time.

Background work ends before any fixture closes its database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from leadtracker.db.database import Database, open_database
from leadtracker.ui.background import wait_for_background
from leadtracker.ui.collector import UiThreadCollector
from tests.conftest import Services


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    collector = UiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """Wait for the thread pools before the fixtures (databases, windows) are torn down."""
    wait_for_background(10_000)
    yield


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 80-company demo database (seed 3), made once and copied for each test."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = open_database(path)
    Services.on(database).demo.generate(80, seed=3)
    database.close()
    return path


@pytest.fixture
def demo_db(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo database of its own for one test."""
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = open_database(copy)
    yield database
    database.close()


@pytest.fixture
def demo_services(demo_db: Database) -> Services:
    """Services on the test's own copy of the demo database (the registry, as in the app)."""
    return Services.on(demo_db)
