"""Waiting for a list's background read in widget tests."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from leadtracker.ui.lists.paged_table_model import PagedTableModel


def wait_for_list(qtbot: QtBot, model: PagedTableModel[object]) -> None:
    """Wait until the newest read of ``model`` has been shown (or failed)."""
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
