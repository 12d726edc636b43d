"""Reference cycles are collected on the UI thread, never on a pool thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from leadtracker.ui.collector import UiThreadCollector


class _Cycle:
    def __init__(self, freed_in: list[str]) -> None:
        self.me = self
        self.freed_in = freed_in

    def __del__(self) -> None:
        self.freed_in.append(threading.current_thread().name)


def test_cycles_are_freed_on_the_ui_thread(qtbot: QtBot) -> None:
    """The GUI tests run with the app's collector (tests/ui/conftest.py)."""
    assert not gc.isenabled()
    freed_in: list[str] = []
    _Cycle(freed_in)

    kept: list[list[list[int]]] = []

    def allocate_a_lot() -> None:  # would trigger an automatic collection here
        kept.append([[i] for i in range(200_000)])

    worker = threading.Thread(target=allocate_a_lot, name="pool")
    worker.start()
    worker.join()
    assert freed_in == []  # nothing collected on the pool thread
    qtbot.waitUntil(lambda: bool(freed_in), timeout=3000)
    assert freed_in == [threading.main_thread().name]


def test_stopping_gives_collecting_back_to_python(qtbot: QtBot) -> None:
    owner = QObject()
    collector = UiThreadCollector(owner)
    collector.stop()
    assert gc.isenabled()
    UiThreadCollector(owner)  # as before: the session's collector disabled it
    assert not gc.isenabled()
