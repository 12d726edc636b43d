"""The main window: a navigation side bar, the pages, a status bar.

The window knows nothing of the database: the app bootstrap hands it the
pages it shows and the text for the status bar. It remembers its size,
position and last page between runs (QSettings).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from leadtracker.ui.settings import stored_int

GEOMETRY_KEY = "main_window/geometry"
PAGE_KEY = "main_window/page"


def _native(keys: str) -> str:
    """A shortcut as this platform and language write it ("Strg+K" in German)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class MainWindow(QMainWindow):
    """Side bar on the left, the chosen page on the right."""

    def __init__(
        self,
        pages: Sequence[tuple[str, QWidget, QIcon]],
        status_text: str,
        settings: QSettings,
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
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([180, 920])
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(status_text)

        self.toolbar = QToolBar(self.tr("Main actions"))
        self.toolbar.setObjectName("main_actions")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        if pages:
            self.set_pages(pages)

    def set_pages(self, pages: Sequence[tuple[str, QWidget, QIcon]]) -> None:
        """Show ``pages`` in the side bar, Ctrl+1 … Ctrl+9 for each; the last page is restored."""
        for number, (title, page, page_icon) in enumerate(pages, start=1):
            item = QListWidgetItem(page_icon, title)
            if number <= 9:
                keys = f"Ctrl+{number}"
                tip = self.tr("{title} ({keys})").format(title=title, keys=_native(keys))
                item.setToolTip(tip)
                self.add_shortcut(keys, partial(self._go_to, number - 1))
            self.navigation.addItem(item)
            self.pages.addWidget(page)
        # Wide enough for the longest entry at any scaling, never squeezed away.
        padding = 2 * self.navigation.frameWidth() + 24 + 8
        self.navigation.setMinimumWidth(self.navigation.sizeHintForColumn(0) + padding)
        self._restore()

    def _go_to(self, row: int) -> None:
        """Show page ``row`` and put the keyboard focus on it (its filter field, say)."""
        self.navigation.setCurrentRow(row)
        page = self.pages.widget(row)
        if page is not None and page.focusProxy() is not None:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        """A main action: a tool bar button naming its shortcut, and the shortcut."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        tip = self.tr("{action} ({keys})").format(action=text.rstrip("…"), keys=_native(keys))
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        return action

    def add_shortcut(self, keys: str, slot: Callable[[], object]) -> QShortcut:
        """A window-wide keyboard shortcut."""
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.activated.connect(slot)
        return shortcut

    def show_page(self, widget: QWidget) -> None:
        """Bring ``widget`` (one of the pages) to the front."""
        self.navigation.setCurrentRow(self.pages.indexOf(widget))

    def _restore(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        page = self._settings.value(PAGE_KEY, 0)
        try:
            row = stored_int(page)
        except ValueError:
            row = None
        self.navigation.setCurrentRow(
            row if row is not None and 0 <= row < self.pages.count() else 0
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember size, position and page for the next start."""
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(PAGE_KEY, self.navigation.currentRow())
        self._settings.sync()
        super().closeEvent(event)
