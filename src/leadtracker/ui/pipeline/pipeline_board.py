"""The pipeline board: a column per stage, cards dragged between them, filters and undo.

:class:`PipelineBoard` shows every stage of the pipeline side by side
(scrolling sideways), each column with its count and its cards: company,
project (the code name of a confidential one), owner, days in the stage and
planned jobs. A card dragged onto another column (or moved with
Ctrl+Shift+Right / Left, or through its context menu) moves the project
there; when the stage needs fields, the dialogs of
:mod:`~leadtracker.ui.pipeline.stage_dialogs` ask for them. A refused move says
why and what to do instead, and the card stays; a move that skips open
stages asks first (unless turned off in Settings). Ctrl+Z takes the last
moves back, newest first, and Ctrl+Shift+Z (or Ctrl+Y) makes them again.
All of this is the :class:`~leadtracker.ui.pipeline.stage_mover.StageMover`'s,
the same a project's window moves with. Dragging a card near the left or
right edge scrolls the board that way (:mod:`~leadtracker.ui.pipeline.board_drag`).
The board scrolls sideways rather than making the window wider.

The board loads off the UI thread through
:class:`~leadtracker.ui.background.BackgroundRunner` (a board of 100,000
companies takes longer than a blink), and again after every move, undo or
change of filter; :attr:`PipelineBoard.loaded` says when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadtracker.domain.errors import DomainError
from leadtracker.domain.office import office_date
from leadtracker.domain.pipeline.stages import Pipeline
from leadtracker.services.board import DEFAULT_CARD_LIMIT, Board, BoardChoices, BoardService
from leadtracker.services.projects import ProjectService, StageMove
from leadtracker.ui.background import BackgroundRunner, show_error
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.i18n import translate
from leadtracker.ui.pipeline.board_cards import number
from leadtracker.ui.pipeline.board_columns import StageColumn
from leadtracker.ui.pipeline.board_drag import EdgeScroller
from leadtracker.ui.pipeline.board_filters import BoardFilterBar
from leadtracker.ui.pipeline.board_model import BoardColumnModel, DraggedCard
from leadtracker.ui.pipeline.board_questions import ConfirmSkip, move_refusal
from leadtracker.ui.pipeline.stage_mover import AskOutcome, ShowRefusal, StageMover
from leadtracker.ui.settings import AppSettings

CONTEXT = "PipelineBoard"


# -- the board -----------------------------------------------------------------------------


class PipelineBoard(QWidget):
    """The pipeline board page.

    Args:
        boards: Reads the board.
        projects: Moves projects and takes moves back.
        current_user: The staff member using this PC (recorded with each move).
        card_limit: Cards a column shows at most.
        settings: Whether to ask before a move skips stages (``None``: always ask).

    The questions the board's :attr:`mover` asks can be answered here too
    (plain functions, so that a caller or a test may replace them):
    :attr:`ask_outcome` (the fields a stage needs), :attr:`confirm_skip`
    (move although stages are skipped?) and :attr:`show_refusal` (why a
    move, undo or redo was refused).
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
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._boards = boards
        self._projects = projects
        self._current_user = current_user
        self._card_limit = card_limit
        self.settings = settings
        #: Moves the cards' projects, asks what a move needs, undoes and redoes.
        self.mover = StageMover(projects, self, current_user=current_user, settings=settings)
        self.mover.moved.connect(self._on_moved)
        self.mover.out_of_date.connect(self.reload)
        self.runner = BackgroundRunner(self)
        self.board: Board | None = None
        self.columns: list[StageColumn] = []
        self._pipeline: Pipeline | None = None
        self._generation = 0
        self._focus_after_load: int | None = None

        self.filters = BoardFilterBar(office_date(datetime.now(UTC)))
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self.summary.setWordWrap(True)  # in a narrow window, rather than widening it
        self.history = self.mover.history
        self.undo_action, self.redo_action = self.mover.undo_action, self.mover.redo_action
        self.refresh_action = self._action(
            translate("PipelineBoard", "Refresh"), QKeySequence.StandardKey.Refresh
        )
        self.refresh_action.setToolTip(translate("PipelineBoard", "Load the board again (F5)"))
        self.refresh_action.triggered.connect(self.reload)
        self.undo_button, self.redo_button = QToolButton(), QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.scroll_area = QScrollArea()
        self.edge_scroller = EdgeScroller(self.scroll_area)
        self.edge_scroller.watch_gaps(self.strip)
        self.edge_scroller.drag_ended.connect(self._clear_drop_states)
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
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setWidget(self.strip)
        # As narrow as the window needs: the columns scroll (a column's width at the least).
        self.scroll_area.setMinimumWidth(0)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.scroll_area.setAccessibleName(translate("PipelineBoard", "Pipeline board"))
        # Tab goes straight on to the columns (Left / Right move between them).
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        refresh_button = QToolButton()
        refresh_button.setDefaultAction(self.refresh_action)
        hint = QLabel(
            translate(
                "PipelineBoard",
                "Drag a card to another stage to move it, or select it and press "
                "Ctrl+Shift+Right / Left. Enter opens the project; Ctrl+Z undoes a move, "
                "Ctrl+Shift+Z or Ctrl+Y makes it again.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addSpacing(8)
        bar.addWidget(refresh_button)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        layout = QVBoxLayout(self)
        # The filters have a row of their own: long German entries keep their room.
        layout.addWidget(self.filters)
        layout.addLayout(bar)
        layout.addWidget(self.scroll_area, 1)
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
        count = number(board.total)
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
            view.list.drag_moved.connect(self.edge_scroller.hover)
            view.list.drag_left.connect(self.edge_scroller.stop)
            view.list.drag_finished.connect(self.edge_scroller.stop)
            view.list.customContextMenuRequested.connect(partial(self._on_context_menu, view))
            self.strip_layout.insertWidget(position, view)
            self.columns.append(view)

    # -- moving ----------------------------------------------------------------------------

    def move_project(self, project_id: int, target: str) -> StageMove | None:
        """Move a project to stage ``target`` as a drop would: ask, move, or explain a refusal."""
        self._clear_drop_states()
        source = self._stage_of(project_id)
        if source is None or source == target or self._pipeline is None:
            return None
        return self.mover.move(project_id, target, pipeline=self._pipeline)

    def undo_last_move(self) -> None:
        """Take back the last move made on this board (it can then be made again)."""
        self.mover.undo()

    def redo_last_move(self) -> None:
        """Make the move taken back last again: the rules checked anew, recorded as a move."""
        self.mover.redo()

    def _on_moved(self, project_id: int, source: str, target: str) -> None:
        self._relocate(project_id, source, target)
        self.project_moved.emit(project_id)

    # The questions of a move are the mover's; a caller or a test may answer them here.
    @property
    def ask_outcome(self) -> AskOutcome:
        """How the fields a stage needs are asked (the stage dialogs)."""
        return self.mover.ask_outcome

    @ask_outcome.setter
    def ask_outcome(self, ask: AskOutcome) -> None:
        self.mover.ask_outcome = ask

    @property
    def confirm_skip(self) -> ConfirmSkip:
        """Whether to move although stages are skipped."""
        return self.mover.confirm_skip

    @confirm_skip.setter
    def confirm_skip(self, confirm: ConfirmSkip) -> None:
        self.mover.confirm_skip = confirm

    @property
    def show_refusal(self) -> ShowRefusal:
        """How a refused move, undo or redo is explained."""
        return self.mover.show_refusal

    @show_refusal.setter
    def show_refusal(self, show: ShowRefusal) -> None:
        self.mover.show_refusal = show

    @property
    def undo_moves(self) -> tuple[StageMove, ...]:
        """The moves Ctrl+Z can take back, oldest first."""
        return self.history.undo_moves

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
        self._clear_drop_states()
        if card is None or self._pipeline is None:
            return
        allowed = self._pipeline.is_allowed(card.stage_key, view.stage.key)
        view.set_drop_state("ok" if allowed else "refused")

    def _clear_drop_states(self) -> None:
        """No column highlighted (the drag left the board, was dropped or is over)."""
        for view in self.columns:
            view.set_drop_state("")

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
        self.scroll_area.ensureWidgetVisible(view, 20, 0)

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
        # A stage greyed out says why when pointed at.
        move_menu.setToolTipsVisible(True)
        for view in self.columns:
            stage = view.stage
            action = move_menu.addAction(stage_name(stage.label))
            why = move_refusal(self._pipeline, source, stage.key) if self._pipeline else ""
            action.setEnabled(self._pipeline is not None and not why)
            action.setToolTip(why or stage_name(stage.label))
            action.triggered.connect(partial(self.move_project, project_id, stage.key))
        menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
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
                self.scroll_area.ensureWidgetVisible(view, 20, 0)
                return

    def event(self, event: QEvent) -> bool:
        """Restyle the columns when the palette changes (e.g. a dark theme)."""
        if event.type() == QEvent.Type.PaletteChange:
            for view in self.columns:
                view.restyle()
        return super().event(event)
