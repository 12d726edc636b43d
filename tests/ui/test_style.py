"""The desk's style: German umlauts on unselected tabs are drawn whole."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyle, QTabBar
from pytestqt.qtbot import QtBot

from leadtracker.ui.shell.style import DeskStyle


def _ink(image: QImage, rect: QRect) -> tuple[int, int]:
    """The first and last row within ``rect`` that hold dark (text) pixels."""
    rows = [
        y
        for y in range(rect.top() + 3, rect.bottom() - 2)
        if any(
            image.pixelColor(x, y).lightness() < 110
            for x in range(rect.left() + 3, rect.right() - 2)
        )
    ]
    return rows[0], rows[-1]


def _label_rows(qtbot: QtBot, style: QStyle) -> tuple[tuple[int, int], tuple[int, int]]:
    bar = QTabBar()
    qtbot.addWidget(bar)
    bar.setStyle(style)
    bar.addTab("Änderungsverlauf")
    bar.addTab("Änderungsverlauf")
    bar.setCurrentIndex(0)
    bar.show()
    QApplication.processEvents()
    image = bar.grab().toImage()
    return _ink(image, bar.tabRect(0)), _ink(image, bar.tabRect(1))


def test_an_unselected_tab_draws_its_label_like_the_selected_one(qtbot: QtBot) -> None:
    selected, unselected = _label_rows(qtbot, DeskStyle("fusion"))
    assert unselected == selected  # the dots of Ä and the tail of g included


def test_the_plain_fusion_style_clips_it(qtbot: QtBot) -> None:
    """Why DeskStyle exists (if Qt fixes this, the style can go)."""
    from PySide6.QtWidgets import QStyleFactory  # noqa: PLC0415

    selected, unselected = _label_rows(qtbot, QStyleFactory.create("fusion"))
    assert unselected != selected
