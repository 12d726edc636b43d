"""The main window: a navigation side bar, the pages, a status bar.

The window knows nothing of the database: the app bootstrap hands it the
pages it shows and the text for the status bar. It remembers its size,
position and last page between runs (QSettings).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

GEOMETRY_KEY = "main_window/geometry"
PAGE_KEY = "main_window/page"


class MainWindow(QMainWindow):
    """Side bar on the left, the chosen page on the right."""

    def __init__(
        self,
        pages: Sequence[tuple[str, QWidget]],
        status_text: str,
        settings: QSettings,
        on_search: Callable[[], None],
    ) -> None:
        super().__init__()
        self._settings = settings
        self.setWindowTitle(self.tr("LeadTracker — Japan Desk"))
        self.resize(1100, 700)

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setMaximumWidth(220)
        self.navigation.setStyleSheet("QListWidget::item { padding: 8px 12px; }")
        self.pages = QStackedWidget()
        for number, (title, page) in enumerate(pages, start=1):
            item = QListWidgetItem(title)
            item.setToolTip(self.tr("{title} (Ctrl+{number})").format(title=title, number=number))
            self.navigation.addItem(item)
            self.pages.addWidget(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.navigation.setCurrentRow(row))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 920])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(status_text)

        search = QShortcut(QKeySequence("Ctrl+K"), self)
        search.activated.connect(on_search)
        self._restore()

    def show_page(self, widget: QWidget) -> None:
        """Bring ``widget`` (one of the pages) to the front."""
        self.navigation.setCurrentRow(self.pages.indexOf(widget))

    def _restore(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        page = self._settings.value(PAGE_KEY, 0)
        try:
            row = int(page)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            row = 0
        self.navigation.setCurrentRow(row if 0 <= row < self.pages.count() else 0)

    def closeEvent(self, event: object) -> None:
        """Remember size, position and page for the next start."""
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(PAGE_KEY, self.navigation.currentRow())
        self._settings.sync()
        super().closeEvent(event)  # type: ignore[arg-type]
