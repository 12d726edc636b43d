"""A side-bar page that is built the first time it is shown (or asked for).

Most sessions never open every page: building the board, the dashboard and
the rest only when needed -- modules imported then, too -- keeps the start of
the app short on a large database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

P = TypeVar("P", bound=QWidget)


class LazyPage(QWidget, Generic[P]):
    """Holds the place of a page in the side bar until it is first shown."""

    def __init__(self, build: Callable[[], P], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build: Callable[[], P] | None = build
        self._page: P | None = None
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        """Whether the page exists yet."""
        return self._page is not None

    def page(self) -> P:
        """The page, built now if it was not yet."""
        if self._page is None:
            assert self._build is not None
            build, self._build = self._build, None
            self._page = build()
            self._box.addWidget(self._page)
            self.setFocusProxy(self._page)
            self._page.show()  # a child added to a shown parent stays hidden otherwise
        return self._page

    def showEvent(self, event: QShowEvent) -> None:
        """Build the page before it is first painted."""
        self.page()
        super().showEvent(event)
