"""GUI tests run like the app: cycles collected on the UI thread, pool work ended in time.

Background work ends before any fixture closes its database.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from leadtracker.ui.collector import UiThreadCollector


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_ui_thread(qapp: QApplication) -> Iterator[None]:
    collector = UiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """Wait for the thread pool before the fixtures (databases, windows) are torn down."""
    QThreadPool.globalInstance().waitForDone(10_000)
    yield
