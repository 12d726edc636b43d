"""Choosing an existing company by typing part of any of its names.

The search service finds companies width-, kana- and case-insensitively
(``ｴﾌﾟｿﾝ`` finds セイコーエプソン), so the completer shows its hits as they
are, without filtering them again by prefix.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.prefectures import prefecture
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.companies import CompanyRecord, CompanyService
from leadtracker.services.search import SearchService
from leadtracker.ui.forms.inputs import InputError
from leadtracker.ui.i18n import translate
from leadtracker.ui.lists.table_view import TYPING_PAUSE_MS

CONTEXT = "CompanyChooser"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3
MAX_HITS = 15


def headquarters(record: CompanyRecord) -> str:
    """Where a company's Japanese HQ is: ``長野県諏訪市`` (prefecture and city)."""
    region = prefecture(record.hq_prefecture).name_ja if record.hq_prefecture else ""
    return region + record.hq_city


def company_detail(record: CompanyRecord) -> str:
    """A company's second line: Japanese name and HQ (``セイコーエプソン株式会社 · 長野県諏訪市``).

    The Japanese name is left out when it is already the name shown.
    """
    parts = (record.name_ja if record.name_ja != record.display_name else "", headquarters(record))
    return " · ".join(part for part in parts if part)


class CompanyChooser(QWidget):
    """A line to type a company's name into, a list of matches, and the company chosen.

    Signals:
        changed: the chosen company (or the text) changed.
        new_requested(str): "New company…" was pressed, with the text typed so far.
    """

    changed = Signal()
    new_requested = Signal(str)

    def __init__(
        self,
        search: SearchService,
        companies: CompanyService,
        *,
        allow_new: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._companies = companies
        self._company_id: int | None = None
        self.exclude_id: int | None = None  # e.g. the company whose parent is being chosen

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(
            translate("CompanyChooser", "Type part of a name (any script) …")
        )
        self.edit.setClearButtonEnabled(True)
        self.detail = QLabel()
        self.detail.setStyleSheet("color: palette(placeholder-text);")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        # Clipped rather than widening the form; the tooltip has it all.
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.matches = QStandardItemModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(NAME_ROLE)
        self.completer.setMaxVisibleItems(MAX_HITS)
        self.edit.setCompleter(self.completer)
        self.new_button: QPushButton | None = None

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.edit, 3)
        layout.addWidget(self.detail, 2)
        if allow_new:
            self.new_button = QPushButton(translate("CompanyChooser", "New company…"))
            self.new_button.setAccessibleName(translate("CompanyChooser", "Create a new company"))
            self.new_button.clicked.connect(lambda: self.new_requested.emit(self.edit.text()))
            layout.addWidget(self.new_button)
        self.setFocusProxy(self.edit)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.refresh_matches)
        self.edit.textEdited.connect(self._on_text_edited)
        # The stubs do not type picking a signal's overload by its argument type.
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_match_chosen
        )

    # -- value ---------------------------------------------------------------------------
    @property
    def company_id(self) -> int | None:
        """The company chosen, if any."""
        return self._company_id

    def value(self) -> int | None:
        """The company chosen; :class:`InputError` when a name is typed but none chosen."""
        if self._company_id is None and self.edit.text().strip():
            raise InputError(
                translate(
                    "CompanyChooser",
                    "choose a company from the list that opens as you type (or clear the field)",
                )
            )
        return self._company_id

    def setValue(self, company_id: int | None) -> None:
        """Show the company ``company_id`` as chosen (``None``: nothing chosen)."""
        record: CompanyRecord | None = None
        if company_id is not None:
            try:
                record = self._companies.get(company_id)
            except NotFoundError:
                record = None
        self._set(
            company_id if record else None,
            record.display_name if record else "",
            company_detail(record) if record else "",
        )

    def state(self) -> object:
        """What the unsaved-changes check compares."""
        return (self._company_id, self.edit.text())

    def focus_widgets(self) -> tuple[QWidget, ...]:
        """The parts in tab order."""
        return (self.edit, self.new_button) if self.new_button else (self.edit,)

    def focus_target(self) -> QWidget:
        """Where the cursor goes to fix this field."""
        return self.edit

    def setAccessibleName(self, name: str) -> None:
        """Name the text field for screen readers."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- matches -------------------------------------------------------------------------
    def refresh_matches(self) -> None:
        """Look up the companies matching the text and open the list of them."""
        self._typing.stop()
        text = self.edit.text().strip()
        self.matches.clear()
        popup = self.completer.popup()
        if not text:
            if popup is not None:
                popup.hide()
            return
        hits = self._search.search(text, kinds=(RecordKind.COMPANY,), limit=MAX_HITS)
        for hit in hits:
            if hit.record_id == self.exclude_id:
                continue
            item = QStandardItem(f"{hit.title}   ·   {hit.detail}" if hit.detail else hit.title)
            item.setData(hit.record_id, ID_ROLE)
            item.setData(hit.title, NAME_ROLE)
            item.setData(hit.detail, DETAIL_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        if self.matches.rowCount():
            self.completer.complete()
        elif popup is not None:
            popup.hide()

    def choose_row(self, row: int) -> None:
        """Choose the ``row``-th match (what a click or Enter in the list does)."""
        self._on_match_chosen(self.matches.index(row, 0))

    def _on_text_edited(self, _text: str) -> None:
        if self._company_id is not None:
            self._company_id = None
            self.detail.clear()
        self._typing.start()
        self.changed.emit()

    def _on_match_chosen(self, index: QModelIndex) -> None:
        company_id = index.data(ID_ROLE)
        if company_id is None:
            return
        self._typing.stop()
        self._set(int(company_id), index.data(NAME_ROLE), index.data(DETAIL_ROLE) or "")

    def _set(self, company_id: int | None, name: str, detail: str) -> None:
        self._company_id = company_id
        self.edit.setText(name)
        self.edit.setCursorPosition(0)
        self.detail.setText(detail)
        self.detail.setToolTip(detail)
        self.changed.emit()
