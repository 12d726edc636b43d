"""The cards of the pipeline board: how one is painted, and the list of a column's cards.

:class:`CardDelegate` paints a card (company in bold, the project, then
owner, days in the stage and planned jobs); :class:`CardList` is a column's
list of cards: dragged out, dropped on, moved and opened from the keyboard.
While a card is dragged over it, it tells the board where (so that the
board can scroll towards a column off screen) and when the drag is over.
"""

from __future__ import annotations

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
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from leadtracker.domain.pipeline.stages import StageCategory
from leadtracker.services.board import BoardCard
from leadtracker.ui.i18n import translate
from leadtracker.ui.pipeline.board_model import BoardColumnModel, dragged_card

CONTEXT = "PipelineBoard"

#: Days after which a card in a working stage shows its days in amber.
STALE_DAYS = 90

_OWNER_COLOURS = ("#3b6fb6", "#8a4fb3", "#2f8f6b", "#b5602a", "#a23b62", "#4b7f8f", "#6d6a2c")
_STALE_COLOUR = "#a15c00"


def number(value: int) -> str:
    """A count as the interface's locale writes it (``1.234`` in German)."""
    return QLocale().toString(value)


def days_text(days: int) -> str:
    """Days in a stage as a card shows them."""
    if days == 0:
        return translate("PipelineBoard", "today")
    if days == 1:
        return translate("PipelineBoard", "1 day")
    return translate("PipelineBoard", "{days} days").format(days=number(days))


def jobs_text(jobs: int) -> str:
    """Planned jobs as a card shows them."""
    return (
        translate("PipelineBoard", "1 job")
        if jobs == 1
        else translate("PipelineBoard", "{jobs} jobs").format(jobs=number(jobs))
    )


class CardDelegate(QStyledItemDelegate):
    """Paints a card: company in bold, the project, then owner, days in stage and jobs."""

    MARGIN_X = 6
    MARGIN_Y = 4
    PADDING = 10

    def __init__(self, working_stage: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._working_stage = working_stage

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
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
        painter.setPen(blend(text, with_alpha(palette.color(QPalette.ColorRole.Base), 0.25)))
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
        # Days on the left, jobs on the right; where both do not fit, each is cut short ("…").
        days, jobs = fitted_meta(
            fonts.small,
            days_text(card.days_in_stage),
            jobs_text(card.planned_jobs) if card.planned_jobs is not None else "",
            rest.width(),
        )
        painter.drawText(rest, Qt.AlignmentFlag.AlignLeft | middle, days)
        if jobs:
            painter.setPen(quiet)
            painter.drawText(rest, Qt.AlignmentFlag.AlignRight | middle, jobs)


def fitted_meta(metrics: QFontMetrics, days: str, jobs: str, width: int) -> tuple[str, str]:
    """Days and jobs as a card's last line shows them in ``width`` pixels.

    Both whole where they fit (with a gap between them); otherwise each cut
    short ("…") to its share. Only text that does not fit is cut: eliding a
    text to its own advance may cut it too (the advance is rounded, eliding
    is not).
    """
    days_width = metrics.horizontalAdvance(days)
    jobs_width = metrics.horizontalAdvance(jobs) if jobs else 0
    room = width - (8 if jobs else 0)
    if days_width + jobs_width <= room:
        return days, jobs
    elide = Qt.TextElideMode.ElideRight
    days_width = max(room // 2, room - jobs_width)
    jobs_width = room - days_width
    return (
        metrics.elidedText(days, elide, days_width),
        metrics.elidedText(jobs, elide, jobs_width) if jobs else "",
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
    #: A card is dragged over this column at this point (global coordinates).
    drag_moved = Signal(QPoint)
    #: A card dragged over this column left it or was dropped on it.
    drag_left = Signal()
    #: A drag that started here is over (dropped anywhere, or cancelled).
    drag_finished = Signal()

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
        self.drag_moved.emit(self.viewport().mapToGlobal(event.position().toPoint()))

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep taking the card while it is over this column."""
        if dragged_card(event.mimeData()) is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.drag_moved.emit(self.viewport().mapToGlobal(event.position().toPoint()))

    def startDrag(self, actions: Qt.DropAction) -> None:
        """Drag the current card; whatever the end, say so (the board clears its highlights)."""
        try:
            super().startDrag(actions)
        finally:
            self.drag_finished.emit()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        """The card left the column."""
        self.drag_hovered.emit(None)
        self.drag_left.emit()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A card from another column: ask the board to move it (once the drag is over)."""
        self.drag_hovered.emit(None)
        self.drag_left.emit()
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


def with_alpha(colour: QColor, alpha: float) -> QColor:
    """``colour`` with opacity ``alpha`` (0 to 1)."""
    tinted = QColor(colour)
    tinted.setAlphaF(alpha)
    return tinted


def blend(base: QColor, tint: QColor) -> QColor:
    """``tint`` laid over ``base`` as far as its alpha says."""
    alpha = tint.alphaF()
    return QColor.fromRgbF(
        base.redF() * (1 - alpha) + tint.redF() * alpha,
        base.greenF() * (1 - alpha) + tint.greenF() * alpha,
        base.blueF() * (1 - alpha) + tint.blueF() * alpha,
    )
