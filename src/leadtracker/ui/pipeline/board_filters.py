"""The filters of the pipeline board: owner, sector, source and period.

Each filter is as wide as its longest entry where there is room and
narrower where not, its text then ending in "…" with the whole text in its
tooltip (long German entries, partner and event names).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from enum import Enum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from leadtracker.domain.office import office_date
from leadtracker.domain.pipeline.periods import Period, PeriodKind
from leadtracker.services.board import BoardChoices, BoardFilter
from leadtracker.ui.forms.vocabulary import label as vocabulary_label
from leadtracker.ui.i18n import translate

CONTEXT = "PipelineBoard"


class PeriodChoice(Enum):
    """The periods the board can be narrowed to (by the day an inquiry came in)."""

    ALL = "all"
    THIS_YEAR = "this_year"
    LAST_12_MONTHS = "last_12_months"
    LAST_YEAR = "last_year"
    THIS_FISCAL_YEAR = "this_fiscal_year"
    LAST_FISCAL_YEAR = "last_fiscal_year"

    def days(self, today: date) -> tuple[date | None, date | None]:
        """First and last day of the period around ``today`` (``None``: open end)."""
        if self is PeriodChoice.ALL:
            return None, None
        if self is PeriodChoice.LAST_12_MONTHS:
            return today - timedelta(days=364), None
        kind = PeriodKind.CALENDAR_YEAR
        if self in (PeriodChoice.THIS_FISCAL_YEAR, PeriodChoice.LAST_FISCAL_YEAR):
            kind = PeriodKind.FISCAL_YEAR
        period = Period.containing(kind, today)
        if self in (PeriodChoice.LAST_YEAR, PeriodChoice.LAST_FISCAL_YEAR):
            period = period.previous()
        return period.start, period.end

    def text(self, today: date) -> str:
        """The choice as the filter shows it, naming the year."""
        year = Period.containing(PeriodKind.CALENDAR_YEAR, today)
        fiscal = Period.containing(PeriodKind.FISCAL_YEAR, today)
        texts = {
            PeriodChoice.ALL: translate("PipelineBoard", "All time"),
            PeriodChoice.THIS_YEAR: translate("PipelineBoard", "This year ({year})").format(
                year=year.label
            ),
            PeriodChoice.LAST_12_MONTHS: translate("PipelineBoard", "Last 12 months"),
            PeriodChoice.LAST_YEAR: translate("PipelineBoard", "Last year ({year})").format(
                year=year.previous().label
            ),
            PeriodChoice.THIS_FISCAL_YEAR: translate(
                "PipelineBoard", "This fiscal year ({year})"
            ).format(year=fiscal.label),
            PeriodChoice.LAST_FISCAL_YEAR: translate(
                "PipelineBoard", "Last fiscal year ({year})"
            ).format(year=fiscal.previous().label),
        }
        return texts[self]


class BoardFilterBar(QWidget):
    """Owner, sector, source and period; ``changed`` when the user picks another."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner = self._combo(translate("PipelineBoard", "Owner"))
        self.sector = self._combo(translate("PipelineBoard", "Sector"))
        self.source = self._combo(translate("PipelineBoard", "Source"))
        self.period = self._combo(translate("PipelineBoard", "Period (inquiry received)"))
        for choice in PeriodChoice:
            self.period.addItem(choice.text(today), choice)
        self.set_choices(BoardChoices(owners=(), sectors=(), sources=()))
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(6)
        self._pairs: list[tuple[QLabel, QComboBox]] = []
        for caption, combo in (
            (translate("PipelineBoard", "&Owner"), self.owner),
            (translate("PipelineBoard", "S&ector"), self.sector),
            (translate("PipelineBoard", "So&urce"), self.source),
            (translate("PipelineBoard", "&Period"), self.period),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            self._pairs.append((label, combo))
        self.per_row = 0
        self._arrange(len(self._pairs))
        for combo in (self.owner, self.sector, self.source, self.period):
            combo.currentIndexChanged.connect(self._on_changed)

    def _full_width(self, pairs: list[tuple[QLabel, QComboBox]]) -> int:
        """Width of ``pairs`` side by side with every entry whole."""
        gaps = self._layout.horizontalSpacing() * (2 * len(pairs)) + 12 * (len(pairs) - 1)
        return gaps + sum(label.sizeHint().width() + c.sizeHint().width() for label, c in pairs)

    def _arrange(self, per_row: int) -> None:
        """The filters in rows of ``per_row`` (all in one row where they fit whole)."""
        if per_row == self.per_row:
            return
        self.per_row = per_row
        for label, combo in self._pairs:
            self._layout.removeWidget(label)
            self._layout.removeWidget(combo)
        for column in range(2 * len(self._pairs) + 1):
            self._layout.setColumnStretch(column, 0)
        for number, (label, combo) in enumerate(self._pairs):
            row, place = divmod(number, per_row)
            self._layout.addWidget(label, row, 2 * place)
            self._layout.addWidget(combo, row, 2 * place + 1)
        self._layout.setColumnStretch(2 * per_row, 1)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """One row where the filters fit whole, else two rows (then narrower, cut short)."""
        super().resizeEvent(event)
        whole = self._full_width(self._pairs) <= event.size().width()
        self._arrange(len(self._pairs) if whole else (len(self._pairs) + 1) // 2)

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = _FilterCombo()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def set_choices(self, choices: BoardChoices) -> None:
        """Offer these owners and sectors (keeping what is chosen, if still offered)."""
        self._fill(
            self.owner,
            translate("PipelineBoard", "All owners"),
            [(o.id, f"{o.name} ({o.initials})") for o in choices.owners],
        )
        self._fill(
            self.sector,
            translate("PipelineBoard", "All sectors"),
            [(s, vocabulary_label(s)) for s in choices.sectors],
        )
        self._fill(
            self.source,
            translate("PipelineBoard", "All sources"),
            [(s, vocabulary_label(s)) for s in choices.sources],
        )

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, text in items:
            combo.addItem(text, value)
        index = next((i for i in range(combo.count()) if combo.itemData(i) == current), 0)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        if isinstance(combo, _FilterCombo):
            combo.update_tip()

    def board_filter(self) -> BoardFilter:
        """The filter as chosen."""
        choice = self.period.currentData()
        start, end = (choice or PeriodChoice.ALL).days(office_date(datetime.now(UTC)))
        return BoardFilter(
            owner_id=self.owner.currentData(),
            sector=self.sector.currentData(),
            source=self.source.currentData(),
            received_from=start,
            received_to=end,
        )

    def choose(self, combo: QComboBox, value: object) -> None:
        """Pick the entry holding ``value`` (as if the user had)."""
        index = next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
        if index < 0:
            raise ValueError(f"{value!r} is not offered")
        combo.setCurrentIndex(index)

    def _on_changed(self) -> None:
        self.changed.emit()


class _FilterCombo(QComboBox):
    """As wide as its longest entry where there is room; narrower (the text elided) where not.

    A narrow window, or large text at 150 %, then still fits the board and
    the side bar instead of pushing the window wider than the screen. An
    elided entry shows in full in the tooltip, and the list that drops down
    is as wide as its longest entry.
    """

    #: Letters a filter shows at the least.
    MINIMUM_LETTERS = 7

    def __init__(self) -> None:
        super().__init__()
        self.currentIndexChanged.connect(self.update_tip)

    def minimumSizeHint(self) -> QSize:
        """Room for a few letters and the arrow, at most the full width."""
        hint = super().minimumSizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        letters = QSize(self.fontMetrics().horizontalAdvance("x" * self.MINIMUM_LETTERS), 1)
        least = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, letters, self
        )
        return QSize(min(hint.width(), least.width()), hint.height())

    def shown_text(self) -> str:
        """The current entry as the box shows it: whole, or ending in "…" when it does not fit."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )

    def update_tip(self) -> None:
        """The whole entry in the tooltip while the box shows it cut short."""
        text = self.currentText()
        self.setToolTip(text if self.shown_text() != text else self.accessibleName())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may cut the entry short, or show it whole again."""
        super().resizeEvent(event)
        self.update_tip()

    def showPopup(self) -> None:
        """The list as wide as its longest entry, even while the box is narrower."""
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 2 * view.frameWidth() + 24)
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The combo box as the style draws it, its text ending in "…" when it does not fit."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
