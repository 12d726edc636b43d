"""The pipeline board: a column per stage, cards dragged between them, filters and undo.

:class:`PipelineBoard` shows every stage of the pipeline side by side
(scrolling sideways), each column with its count and its cards: company,
project (the code name of a confidential one), owner, days in the stage and
planned jobs. A card dragged onto another column (or moved with
Ctrl+Shift+Right / Left, or through its context menu) moves the project
there; when the stage needs fields, the dialogs of
:mod:`~leadtracker.ui.views.stage_dialogs` ask for them. A refused move says
why and the card stays. Ctrl+Z takes the last moves back, newest first.

The board loads off the UI thread through
:class:`~leadtracker.ui.background.BackgroundRunner` (a board of 100,000
companies takes longer than a blink), and again after every move, undo or
change of filter; :attr:`PipelineBoard.loaded` says when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError, StageMoveError
from leadtracker.domain.office import office_date
from leadtracker.domain.periods import Period, PeriodKind
from leadtracker.domain.stages import Pipeline, ProjectFacts, StageCategory, StageDefinition
from leadtracker.services.board import (
    DEFAULT_CARD_LIMIT,
    Board,
    BoardCard,
    BoardChoices,
    BoardFilter,
    BoardService,
)
from leadtracker.services.projects import OutcomeUpdate, ProjectRecord, ProjectService, StageMove
from leadtracker.ui.background import BackgroundRunner, show_error
from leadtracker.ui.forms.vocabulary import label as vocabulary_label
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.i18n import translate
from leadtracker.ui.models.pipeline_board_model import BoardColumnModel, DraggedCard, dragged_card
from leadtracker.ui.views.stage_dialogs import ask_outcome

CONTEXT = "PipelineBoard"

#: Width of a column in pixels at 100% scaling.
COLUMN_WIDTH = 248
#: Moves Ctrl+Z can take back, newest first.
UNDO_DEPTH = 20
#: Days after which a card in a working stage shows its days in amber.
STALE_DAYS = 90

#: The colour strip over a column, by what its stage means.
CATEGORY_COLOURS = {
    StageCategory.OPEN: "#2f6fd0",
    StageCategory.WON: "#2e9a4f",
    StageCategory.LANDED: "#11857a",
    StageCategory.AFTERCARE: "#6b7a8c",
    StageCategory.ON_HOLD: "#c9820a",
    StageCategory.LOST: "#c2413a",
    StageCategory.WITHDRAWN: "#9aa3ad",
}
_OWNER_COLOURS = ("#3b6fb6", "#8a4fb3", "#2f8f6b", "#b5602a", "#a23b62", "#4b7f8f", "#6d6a2c")
_STALE_COLOUR = "#a15c00"

#: How the fields a stage needs are asked: ``ask(parent, project, stage)``; None: cancelled.
AskOutcome = Callable[[QWidget, ProjectRecord, StageDefinition], OutcomeUpdate | None]
#: How a refusal is shown: ``show(parent, title, error)``.
ShowRefusal = Callable[[QWidget, str, BaseException], None]


def _number(value: int) -> str:
    return QLocale().toString(value)


def days_text(days: int) -> str:
    """Days in a stage as a card shows them."""
    if days == 0:
        return translate("PipelineBoard", "today")
    if days == 1:
        return translate("PipelineBoard", "1 day")
    return translate("PipelineBoard", "{days} days").format(days=_number(days))


def jobs_text(jobs: int) -> str:
    """Planned jobs as a card shows them."""
    return (
        translate("PipelineBoard", "1 job")
        if jobs == 1
        else translate("PipelineBoard", "{jobs} jobs").format(jobs=_number(jobs))
    )


# -- periods -------------------------------------------------------------------------------


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


# -- cards ---------------------------------------------------------------------------------


class CardDelegate(QStyledItemDelegate):
    """Paints a card: company in bold, the project, then owner, days in stage and jobs."""

    MARGIN_X = 6
    MARGIN_Y = 4
    PADDING = 10

    def __init__(self, working_stage: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._working_stage = working_stage

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Three lines of text in a padded, rounded card."""
        fonts = _CardFonts(option.font)
        height = fonts.bold.height() + fonts.regular.height() + fonts.pill_height() + 10
        return QSize(option.rect.width(), height + 2 * (self.MARGIN_Y + self.PADDING))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the card of ``index``."""
        card = index.data(BoardColumnModel.CARD_ROLE)
        if not isinstance(card, BoardCard):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The application's colours: the list itself is see-through (its Base is transparent).
        palette = QApplication.palette()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        box = QRectF(
            option.rect.adjusted(self.MARGIN_X, self.MARGIN_Y, -self.MARGIN_X, -self.MARGIN_Y)
        )
        if selected:
            border = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(border, 2))
            box = box.adjusted(1, 1, -1, -1)
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid).lighter(125), 1))
            box = box.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 6, 6)
        inner = option.rect.adjusted(
            self.MARGIN_X + self.PADDING,
            self.MARGIN_Y + self.PADDING - 2,
            -self.MARGIN_X - self.PADDING,
            -self.MARGIN_Y - self.PADDING,
        )
        self._paint_text(painter, palette, option.font, inner, card)
        painter.restore()

    def _paint_text(
        self, painter: QPainter, palette: QPalette, font: QFont, inner: QRect, card: BoardCard
    ) -> None:
        fonts = _CardFonts(font)
        text = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        top = inner.top()
        painter.setFont(fonts.bold_font)
        painter.setPen(text)
        line = QRect(inner.left(), top, inner.width(), fonts.bold.height())
        company = fonts.bold.elidedText(
            card.company or translate("PipelineBoard", "(no company)"),
            Qt.TextElideMode.ElideRight,
            line.width(),
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, company)
        top += fonts.bold.height() + 2
        title_font = QFont(fonts.regular_font)
        title_font.setItalic(card.confidential)
        painter.setFont(title_font)
        painter.setPen(_blend(text, _with_alpha(palette.color(QPalette.ColorRole.Base), 0.25)))
        line = QRect(inner.left(), top, inner.width(), fonts.regular.height())
        title = QFontMetrics(title_font).elidedText(
            card.title, Qt.TextElideMode.ElideRight, line.width()
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        top += fonts.regular.height() + 8
        meta = QRect(inner.left(), top, inner.width(), fonts.pill_height())
        self._paint_meta(painter, fonts, meta, card, quiet)

    def _paint_meta(
        self, painter: QPainter, fonts: _CardFonts, row: QRect, card: BoardCard, quiet: QColor
    ) -> None:
        painter.setFont(fonts.small_font)
        left = row.left()
        if card.owner:
            width = fonts.small.horizontalAdvance(card.owner) + 12
            pill = QRectF(left, row.top(), width, row.height())
            colour = QColor(_OWNER_COLOURS[sum(map(ord, card.owner)) % len(_OWNER_COLOURS)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(pill, row.height() / 2, row.height() / 2)
            painter.setPen(QColor("white"))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, card.owner)
            left += width + 8
        stale = self._working_stage and card.days_in_stage > STALE_DAYS
        painter.setPen(QColor(_STALE_COLOUR) if stale else quiet)
        rest = QRect(left, row.top(), row.right() - left, row.height())
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rest, Qt.AlignmentFlag.AlignLeft | middle, days_text(card.days_in_stage))
        if card.planned_jobs is not None:
            painter.setPen(quiet)
            painter.drawText(
                rest, Qt.AlignmentFlag.AlignRight | middle, jobs_text(card.planned_jobs)
            )


class _CardFonts:
    """The fonts of a card, derived from the view's font."""

    def __init__(self, font: QFont) -> None:
        self.regular_font = QFont(font)
        self.bold_font = QFont(font)
        self.bold_font.setBold(True)
        self.small_font = QFont(font)
        self.small_font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        self.regular = QFontMetrics(self.regular_font)
        self.bold = QFontMetrics(self.bold_font)
        self.small = QFontMetrics(self.small_font)

    def pill_height(self) -> int:
        return self.small.height() + 4


class CardList(QListView):
    """The cards of one column: dragged out, dropped on, moved and opened from the keyboard."""

    #: A card was dropped here: project id, key of the stage it came from.
    card_dropped = Signal(int, str)
    #: Enter or a double-click on a card: project id.
    card_opened = Signal(int)
    #: Ctrl+Shift+Right / Left on a card: project id, +1 or -1 (the next or previous stage).
    move_requested = Signal(int, int)
    #: Left / Right: go to the column beside this one (+1 or -1).
    neighbour_requested = Signal(int)
    #: A card is dragged over this column (the card) or left it (None).
    drag_hovered = Signal(object)

    def __init__(self, model: BoardColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.column_model = model
        self.setItemDelegate(
            CardDelegate(
                model.column.stage.category in (StageCategory.OPEN, StageCategory.ON_HOLD), self
            )
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        see_through = self.palette()
        see_through.setColor(QPalette.ColorRole.Base, QColor(Qt.GlobalColor.transparent))
        self.setPalette(see_through)
        self.doubleClicked.connect(self._on_double_clicked)

    @property
    def stage_key(self) -> str:
        """Key of the column's stage."""
        return self.column_model.stage_key

    def current_project(self) -> int | None:
        """The project of the card with the keyboard focus, if any."""
        value = self.currentIndex().data(BoardColumnModel.ID_ROLE)
        return int(value) if value is not None else None

    def select_project(self, project_id: int) -> bool:
        """Make a project's card the current one; False if it is not in this column."""
        row = self.column_model.row_of(project_id)
        if row < 0:
            return False
        index = self.column_model.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens, Ctrl+Shift+Right/Left moves, Left/Right goes to the next column."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        project = self.current_project()
        step = {int(Qt.Key.Key_Right): 1, int(Qt.Key.Key_Left): -1}.get(int(key))
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and project is not None:
            self.card_opened.emit(project)
        elif step is not None and modifiers == (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            if project is not None:
                self.move_requested.emit(project, step)
        elif step is not None and modifiers == Qt.KeyboardModifier.NoModifier:
            self.neighbour_requested.emit(step)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def event(self, event: QEvent) -> bool:
        """The menu key opens the context menu of the card with the focus, not of the middle."""
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
            and self.currentIndex().isValid()
        ):
            self.customContextMenuRequested.emit(self.visualRect(self.currentIndex()).center())
            event.accept()
            return True
        return super().event(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Take cards only (one from this column is not a move, but may be dragged back)."""
        card = dragged_card(event.mimeData())
        if card is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.drag_hovered.emit(card if card.stage_key != self.stage_key else None)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep taking the card while it is over this column."""
        if dragged_card(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """The card left the column."""
        self.drag_hovered.emit(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A card from another column: ask the board to move it (once the drag is over)."""
        self.drag_hovered.emit(None)
        card = dragged_card(event.mimeData())
        if card is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if card.stage_key != self.stage_key:
            self.card_dropped.emit(card.project_id, card.stage_key)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Say so when the column is empty."""
        super().paintEvent(event)
        if self.column_model.rowCount():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 16, -12, 0)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(
            area, flags | Qt.TextFlag.TextWordWrap, translate("PipelineBoard", "No projects")
        )
        painter.end()

    def _on_double_clicked(self, index: QModelIndex) -> None:
        project = index.data(BoardColumnModel.ID_ROLE)
        if project is not None:
            self.card_opened.emit(int(project))


# -- columns -------------------------------------------------------------------------------


class StageColumn(QFrame):
    """One stage: a colour strip, its name and count, its cards, and how many are not shown."""

    def __init__(self, model: BoardColumnModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        stage = model.column.stage
        self.setObjectName("stageColumn")
        # Wider with a larger font, so that names are not cut short.
        self.setFixedWidth(max(COLUMN_WIDTH, self.fontMetrics().averageCharWidth() * 34))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        strip = QFrame()
        strip.setFixedHeight(4)
        strip.setStyleSheet(f"background: {CATEGORY_COLOURS[stage.category]}; border-radius: 2px;")
        self.title = QLabel(stage_name(stage.label))
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.title.setFont(font)
        self.count = QLabel()
        self.count.setObjectName("stageCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list = CardList(model)
        self.footer = QLabel()
        self.footer.setWordWrap(True)
        self.footer.setStyleSheet("color: palette(placeholder-text);")
        small = self.footer.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.footer.setFont(small)

        header = QHBoxLayout()
        header.setContentsMargins(10, 0, 10, 0)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 8)
        layout.setSpacing(6)
        strip_row = QHBoxLayout()
        strip_row.setContentsMargins(10, 0, 10, 0)
        strip_row.addWidget(strip)
        layout.addLayout(strip_row)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        footer_row = QHBoxLayout()
        footer_row.setContentsMargins(12, 0, 12, 0)
        footer_row.addWidget(self.footer)
        layout.addLayout(footer_row)
        self._drop_state = ""
        self.restyle()
        self.refresh()
        model.rowsInserted.connect(self.refresh)
        model.rowsRemoved.connect(self.refresh)
        model.modelReset.connect(self.refresh)

    @property
    def stage(self) -> StageDefinition:
        """The column's stage."""
        return self.model.column.stage

    def refresh(self) -> None:
        """Count, footer and the accessible names after the cards changed."""
        total, shown = self.model.total, self.model.rowCount()
        self.count.setText(_number(total))
        stage = stage_name(self.stage.label)
        self.count.setAccessibleName(
            translate("PipelineBoard", "{count} projects").format(count=_number(total))
        )
        self.list.setAccessibleName(
            translate("PipelineBoard", "{stage} column").format(stage=stage)
        )
        self.list.setAccessibleDescription(
            translate("PipelineBoard", "{count} projects in {stage}").format(
                count=_number(total), stage=stage
            )
        )
        order = (
            translate("PipelineBoard", "newest first")
            if self.model.column.newest_first
            else translate("PipelineBoard", "oldest first")
        )
        self.title.setToolTip(
            translate("PipelineBoard", "{stage}: {count} projects, {order}").format(
                stage=stage, count=_number(total), order=order
            )
        )
        hidden = total - shown
        self.footer.setVisible(hidden > 0)
        self.footer.setText(
            translate(
                "PipelineBoard",
                "{shown} of {total} shown, {order}. Narrow the filters to see the others.",
            ).format(shown=_number(shown), total=_number(total), order=order)
        )

    def set_drop_state(self, state: str) -> None:
        """``"ok"``, ``"refused"`` or ``""``: how the column looks while a card hovers over it."""
        if state != self._drop_state:
            self._drop_state = state
            self.restyle()

    def restyle(self) -> None:
        """Colours from the palette and the drop state."""
        window = self.palette().color(QPalette.ColorRole.Window)
        background = window.darker(106).name()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        border = "transparent"
        if self._drop_state == "ok":
            border = highlight.name()
            background = _blend(window.darker(106), _with_alpha(highlight, 0.11)).name()
        elif self._drop_state == "refused":
            border = CATEGORY_COLOURS[StageCategory.LOST]
        style = "solid" if self._drop_state != "refused" else "dashed"
        self.setStyleSheet(
            f"QFrame#stageColumn {{ background: {background}; border-radius: 8px;"
            f" border: 2px {style} {border}; }}"
            " QLabel#stageCount { background: palette(base); border-radius: 9px;"
            " padding: 1px 8px; color: palette(text); }"
        )


def _with_alpha(colour: QColor, alpha: float) -> QColor:
    tinted = QColor(colour)
    tinted.setAlphaF(alpha)
    return tinted


def _blend(base: QColor, tint: QColor) -> QColor:
    """``tint`` laid over ``base`` as far as its alpha says."""
    alpha = tint.alphaF()
    return QColor.fromRgbF(
        base.redF() * (1 - alpha) + tint.redF() * alpha,
        base.greenF() * (1 - alpha) + tint.greenF() * alpha,
        base.blueF() * (1 - alpha) + tint.blueF() * alpha,
    )


# -- filters -------------------------------------------------------------------------------


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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for caption, combo in (
            (translate("PipelineBoard", "&Owner"), self.owner),
            (translate("PipelineBoard", "S&ector"), self.sector),
            (translate("PipelineBoard", "So&urce"), self.source),
            (translate("PipelineBoard", "&Period"), self.period),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
            layout.addSpacing(8)
        for combo in (self.owner, self.sector, self.source, self.period):
            combo.currentIndexChanged.connect(self._on_changed)

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
    the side bar instead of pushing the window wider than the screen.
    """

    #: Letters a filter shows at the least.
    MINIMUM_LETTERS = 7

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

    def paintEvent(self, event: QPaintEvent) -> None:
        """The combo box as the style draws it, its text ending in "…" when it does not fit."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, field.width()
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


# -- the board -----------------------------------------------------------------------------


class PipelineBoard(QWidget):
    """The pipeline board page.

    Args:
        boards: Reads the board.
        projects: Moves projects and takes moves back.
        current_user: The staff member using this PC (recorded with each move).
        card_limit: Cards a column shows at most.

    The questions the board asks are attributes holding plain functions, so
    a caller or a test may answer them: :attr:`ask_outcome` (the fields a
    stage needs) and :attr:`show_refusal` (why a move or undo was refused).
    """

    #: Enter or a double-click on a card: the project's id.
    project_opened = Signal(int)
    #: A project was moved or a move taken back (other pages may refresh): its id.
    project_moved = Signal(int)
    #: The board has been (re)loaded and shows the current data.
    loaded = Signal()

    def __init__(
        self,
        boards: BoardService,
        projects: ProjectService,
        *,
        current_user: Callable[[], int | None] = lambda: None,
        card_limit: int = DEFAULT_CARD_LIMIT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._boards = boards
        self._projects = projects
        self._current_user = current_user
        self._card_limit = card_limit
        self.ask_outcome: AskOutcome = ask_outcome
        self.show_refusal: ShowRefusal = show_error
        self.runner = BackgroundRunner(self)
        self.board: Board | None = None
        self.columns: list[StageColumn] = []
        self._pipeline: Pipeline | None = None
        self._undo: list[StageMove] = []
        self._generation = 0
        self._focus_after_load: int | None = None

        self.filters = BoardFilterBar(office_date(datetime.now(UTC)))
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self.undo_action = self._action(
            translate("PipelineBoard", "Undo move"), QKeySequence.StandardKey.Undo
        )
        self.undo_action.triggered.connect(self.undo_last_move)
        # The button keeps its short name; its tooltip and the card menu say which move.
        self.undo_action.setIconText(translate("PipelineBoard", "Undo move"))
        self.refresh_action = self._action(
            translate("PipelineBoard", "Refresh"), QKeySequence.StandardKey.Refresh
        )
        self.refresh_action.setToolTip(translate("PipelineBoard", "Load the board again (F5)"))
        self.refresh_action.triggered.connect(self.reload)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self._update_undo()
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.scroll = QScrollArea()
        self._lay_out()
        self.filters.changed.connect(self._on_filters_changed)
        self._load(with_choices=True)

    def _action(self, text: str, keys: QKeySequence.StandardKey) -> QAction:
        """An action of the board, its shortcut live while the focus is on the board."""
        action = QAction(text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _lay_out(self) -> None:
        """Filters, count and buttons on top; the columns, scrolling sideways; a hint below."""
        self.strip_layout.setContentsMargins(0, 0, 0, 0)
        self.strip_layout.setSpacing(10)
        self.strip_layout.addStretch(1)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.strip)
        self.scroll.setAccessibleName(translate("PipelineBoard", "Pipeline board"))
        # Tab goes straight on to the columns (Left / Right move between them).
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        refresh_button = QToolButton()
        refresh_button.setDefaultAction(self.refresh_action)
        hint = QLabel(
            translate(
                "PipelineBoard",
                "Drag a card to another stage to move it, or select it and press "
                "Ctrl+Shift+Right / Left. Enter opens the project; Ctrl+Z undoes a move.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        bar = QHBoxLayout()
        bar.addWidget(self.filters)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        bar.addSpacing(8)
        bar.addWidget(refresh_button)
        bar.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(hint)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the board (and the filter choices) again, e.g. after a change elsewhere."""
        self._load(with_choices=True)

    def _on_filters_changed(self) -> None:
        self._load(with_choices=False)

    def _load(self, *, with_choices: bool) -> None:
        self._generation += 1
        generation = self._generation
        board_filter = self.filters.board_filter()
        boards, limit = self._boards, self._card_limit
        if self.board is None:
            self.summary.setText(
                translate("PipelineBoard", "Loading …")
            )  # later loads keep the old figure: no flicker

        def work(_progress: object) -> tuple[BoardChoices | None, Board]:
            choices = boards.choices() if with_choices else None
            return choices, boards.board(board_filter, limit=limit)

        self.runner.run(
            work,
            partial(self._on_loaded, generation),
            error_title=translate("PipelineBoard", "The pipeline board could not be loaded"),
            on_error=self._on_load_failed,
        )

    def _on_load_failed(self, error: BaseException) -> None:
        self.summary.setText(translate("PipelineBoard", "The board could not be loaded."))
        show_error(
            self, translate("PipelineBoard", "The pipeline board could not be loaded"), error
        )

    def _on_loaded(self, generation: int, result: tuple[BoardChoices | None, Board]) -> None:
        if generation != self._generation:
            return  # a later load is on its way
        choices, board = result
        if choices is not None:
            self.filters.set_choices(choices)
        self._show(board)
        self.loaded.emit()

    def _show(self, board: Board) -> None:
        stages = tuple(column.stage for column in board.columns)
        focused = self._focused_column()
        if self.board is None or stages != tuple(c.stage for c in self.board.columns):
            self._build_columns(board)
        else:
            for view, column in zip(self.columns, board.columns, strict=True):
                view.model.set_column(column)
        self.board = board
        self._pipeline = Pipeline(stages) if stages else None
        count = _number(board.total)
        self.summary.setText(
            translate("PipelineBoard", "{count} projects").format(count=count)
            if board.filter.is_empty
            else translate("PipelineBoard", "{count} projects match the filters").format(
                count=count
            )
        )
        if self._focus_after_load is not None:
            self._select(self._focus_after_load, focus=focused is not None)
            self._focus_after_load = None

    def _build_columns(self, board: Board) -> None:
        for view in self.columns:
            view.setParent(None)
            view.deleteLater()
        self.columns = []
        for position, column in enumerate(board.columns):
            view = StageColumn(BoardColumnModel(column))
            view.list.card_dropped.connect(partial(self._on_dropped, column.stage.key))
            view.list.card_opened.connect(self.project_opened)
            view.list.move_requested.connect(self._on_move_requested)
            view.list.neighbour_requested.connect(partial(self._focus_neighbour, position))
            view.list.drag_hovered.connect(partial(self._on_drag_hovered, view))
            view.list.customContextMenuRequested.connect(partial(self._on_context_menu, view))
            self.strip_layout.insertWidget(position, view)
            self.columns.append(view)

    # -- moving ----------------------------------------------------------------------------

    def move_project(self, project_id: int, target: str) -> StageMove | None:
        """Move a project to stage ``target`` as a drop would: ask, move, or explain a refusal."""
        source = self._stage_of(project_id)
        if source is None or source == target or self._pipeline is None:
            return None
        stage = self._pipeline.stage(target)
        title = translate("PipelineBoard", "Cannot move the project to “{stage}”").format(
            stage=stage_name(stage.label)
        )
        if not self._pipeline.is_allowed(source, target):
            try:
                # The pipeline's own words for why (a move of this kind is never allowed).
                self._pipeline.check_move(source, target, ProjectFacts())
            except StageMoveError as error:
                self.show_refusal(self, title, error)
            return None
        try:
            project = self._projects.get(project_id)
            outcome = self.ask_outcome(self, project, stage)
            if outcome is None:
                return None
            move = self._projects.move_undoable(
                project_id, target, outcome=outcome, by_user_id=self._current_user()
            )
        except DomainError as error:
            self.show_refusal(self, title, error)
            return None
        self._undo = [*self._undo, move][-UNDO_DEPTH:]
        self._update_undo()
        self._relocate(project_id, source, target)
        self.project_moved.emit(project_id)
        return move

    def undo_last_move(self) -> None:
        """Take back the last move made on this board."""
        if not self._undo:
            return
        move = self._undo.pop()
        self._update_undo()
        try:
            self._projects.undo_move(move)
        except DomainError as error:
            self.show_refusal(self, translate("PipelineBoard", "Cannot undo the move"), error)
            self.reload()
            return
        self._relocate(move.project.id, move.project.stage_key, move.from_stage)
        self.project_moved.emit(move.project.id)

    @property
    def undo_moves(self) -> tuple[StageMove, ...]:
        """The moves Ctrl+Z can take back, oldest first."""
        return tuple(self._undo)

    def _relocate(self, project_id: int, source: str, target: str) -> None:
        """Show the card in its new column at once, then load the board again."""
        origin, destination = self._column(source), self._column(target)
        had_focus = origin is not None and origin.list.hasFocus()
        card = origin.model.take(project_id) if origin is not None else None
        if card is not None and destination is not None:
            destination.model.place(card)
            destination.list.select_project(project_id)
            if had_focus:
                destination.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._focus_after_load = project_id
        self._load(with_choices=False)

    def _on_dropped(self, target: str, project_id: int, _source: str) -> None:
        # Not inside the drop: a dialog must not open while the drag is still running.
        QTimer.singleShot(0, partial(self.move_project, project_id, target))

    def _on_move_requested(self, project_id: int, step: int) -> None:
        source = self._stage_of(project_id)
        keys = [view.stage.key for view in self.columns]
        if source is None:
            return
        position = keys.index(source) + step
        if 0 <= position < len(keys):
            self.move_project(project_id, keys[position])

    def _on_drag_hovered(self, view: StageColumn, card: DraggedCard | None) -> None:
        for other in self.columns:
            other.set_drop_state("")
        if card is None or self._pipeline is None:
            return
        allowed = self._pipeline.is_allowed(card.stage_key, view.stage.key)
        view.set_drop_state("ok" if allowed else "refused")

    def _update_undo(self) -> None:
        if not self._undo:
            self.undo_action.setEnabled(False)
            self.undo_action.setText(translate("PipelineBoard", "Undo move"))
            self.undo_action.setToolTip(translate("PipelineBoard", "No move to undo (Ctrl+Z)"))
            return
        move = self._undo[-1]
        text = translate("PipelineBoard", "Undo move of “{project}” to “{stage}”").format(
            project=move.project.code_name or move.project.title,
            stage=stage_name(move.project.stage_label),
        )
        self.undo_action.setEnabled(True)
        self.undo_action.setText(text)
        self.undo_action.setToolTip(
            translate("PipelineBoard", "{text} (back to “{stage}”, Ctrl+Z)").format(
                text=text, stage=stage_name(move.from_label)
            )
        )

    # -- keyboard and menus ----------------------------------------------------------------

    def _focus_neighbour(self, position: int, step: int) -> None:
        target = position + step
        if not 0 <= target < len(self.columns):
            return
        row = max(self.columns[position].list.currentIndex().row(), 0)
        view = self.columns[target]
        view.list.setFocus(Qt.FocusReason.OtherFocusReason)
        if view.model.rowCount():
            view.list.setCurrentIndex(view.model.index(min(row, view.model.rowCount() - 1)))
        self.scroll.ensureWidgetVisible(view, 20, 0)

    def _on_context_menu(self, view: StageColumn, position: QPoint) -> None:
        index = view.list.indexAt(position)
        if not index.isValid():
            return
        view.list.setCurrentIndex(index)
        project_id = int(index.data(BoardColumnModel.ID_ROLE))
        menu = self.card_menu(project_id, view.stage.key)
        menu.exec(view.list.viewport().mapToGlobal(position))
        menu.deleteLater()

    def card_menu(self, project_id: int, source: str) -> QMenu:
        """The context menu of a card: open it, move it to a stage, undo."""
        menu = QMenu(self)
        open_action = menu.addAction(translate("PipelineBoard", "&Open project"))
        open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        open_action.triggered.connect(partial(self.project_opened.emit, project_id))
        move_menu = menu.addMenu(translate("PipelineBoard", "&Move to"))
        for view in self.columns:
            stage = view.stage
            action = move_menu.addAction(stage_name(stage.label))
            allowed = self._pipeline is not None and self._pipeline.is_allowed(source, stage.key)
            action.setEnabled(stage.key != source and allowed)
            action.triggered.connect(partial(self.move_project, project_id, stage.key))
        menu.addSeparator()
        menu.addAction(self.undo_action)
        return menu

    # -- lookups ---------------------------------------------------------------------------

    def column(self, stage_key: str) -> StageColumn:
        """The column of a stage."""
        view = self._column(stage_key)
        if view is None:
            raise KeyError(stage_key)
        return view

    def _column(self, stage_key: str) -> StageColumn | None:
        return next((view for view in self.columns if view.stage.key == stage_key), None)

    def _stage_of(self, project_id: int) -> str | None:
        for view in self.columns:
            if view.model.row_of(project_id) >= 0:
                return view.stage.key
        try:
            return self._projects.get(project_id).stage_key
        except DomainError:
            return None

    def _focused_column(self) -> StageColumn | None:
        return next((view for view in self.columns if view.list.hasFocus()), None)

    def _select(self, project_id: int, *, focus: bool) -> None:
        for view in self.columns:
            if view.list.select_project(project_id):
                if focus:
                    view.list.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll.ensureWidgetVisible(view, 20, 0)
                return

    def event(self, event: QEvent) -> bool:
        """Restyle the columns when the palette changes (e.g. a dark theme)."""
        if event.type() == QEvent.Type.PaletteChange:
            for view in self.columns:
                view.restyle()
        return super().event(event)
