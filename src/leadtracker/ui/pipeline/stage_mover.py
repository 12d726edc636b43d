"""The one way the interface moves a project between stages: ask, move, explain, undo, redo.

The pipeline board and a project's window both move projects through a
:class:`StageMover`. It refuses a move the pipeline never allows in the
pipeline's words (:meth:`~leadtracker.domain.pipeline.stages.Pipeline.refusal`),
asks before a move skips open stages
(:func:`~leadtracker.ui.pipeline.board_questions.skip_agreed`), asks for
the fields the stage needs (the dialogs of
:mod:`~leadtracker.ui.pipeline.stage_dialogs`), moves through the project
service (which enforces the rules for every caller) and explains a refusal
with the same title and message wherever the move was made. It keeps the
moves it made for undo (Ctrl+Z) and redo (Ctrl+Shift+Z, Ctrl+Y) in a
:class:`~leadtracker.ui.pipeline.board_undo.MoveHistory`, whose two
actions the view shows where it likes.

The questions are attributes holding plain functions, so that a caller or
a test may answer them: :attr:`StageMover.ask_outcome`,
:attr:`StageMover.confirm_skip` and :attr:`StageMover.show_refusal`. The
view hears of every move, undo and redo through :attr:`StageMover.moved`,
and through :attr:`StageMover.out_of_date` when an undo or redo was refused
because the project moved on meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from leadtracker.domain.errors import DomainError, StageMoveError
from leadtracker.domain.pipeline.outcomes import OutcomeUpdate
from leadtracker.domain.pipeline.stages import Pipeline, StageDefinition
from leadtracker.services.projects import ProjectRecord, ProjectService, StageMove
from leadtracker.ui.background import show_error
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.i18n import translate
from leadtracker.ui.pipeline.board_questions import ConfirmSkip, skip_agreed, skip_asker
from leadtracker.ui.pipeline.board_undo import MoveHistory
from leadtracker.ui.pipeline.stage_dialogs import ask_outcome
from leadtracker.ui.settings import AppSettings

CONTEXT = "PipelineBoard"
#: How the fields a stage needs are asked: ``ask(parent, project, stage)``; None: cancelled.
AskOutcome = Callable[[QWidget, ProjectRecord, StageDefinition], OutcomeUpdate | None]
#: How a refusal is shown: ``show(parent, title, error)``.
ShowRefusal = Callable[[QWidget, str, BaseException], None]


class StageMover(QObject):
    """Moves projects between stages for one view, and takes its moves back.

    Args:
        projects: Moves projects and takes moves back.
        view: Where the questions and refusals appear, and whose shortcuts
            the undo and redo actions are.
        current_user: The staff member using this PC (recorded with each move).
        settings: Whether to ask before a move skips stages (``None``: always ask).
        ask: How the fields a stage needs are asked (the stage dialogs).
    """

    #: A project moved (a move, an undo or a redo): its id, the stage it left, the one it is in.
    moved = Signal(int, str, str)
    #: An undo or redo was refused: what the view shows may be out of date.
    out_of_date = Signal()

    def __init__(
        self,
        projects: ProjectService,
        view: QWidget,
        *,
        current_user: Callable[[], int | None] = lambda: None,
        settings: AppSettings | None = None,
        ask: AskOutcome = ask_outcome,
    ) -> None:
        super().__init__(view)
        self._projects = projects
        self._view = view
        self._current_user = current_user
        self.settings = settings
        self.ask_outcome: AskOutcome = ask
        self.confirm_skip: ConfirmSkip = skip_asker(settings)
        self.show_refusal: ShowRefusal = show_error
        self.history = MoveHistory(view)
        self.undo_action, self.redo_action = self.history.undo_action, self.history.redo_action
        self.undo_action.triggered.connect(self.undo)
        self.redo_action.triggered.connect(self.redo)

    def move(
        self, project_id: int, target: str, *, pipeline: Pipeline | None = None
    ) -> StageMove | None:
        """Move a project to stage ``target``: ask, move, or explain a refusal; the move made.

        ``pipeline``: the stages as the view shows them (read anew when not given).
        ``None`` when the move was refused, cancelled or nothing to do.
        """
        title = translate("PipelineBoard", "Cannot move the project")
        try:
            pipeline = pipeline or self._projects.pipeline()
            if target in pipeline:
                title = translate("PipelineBoard", "Cannot move the project to “{stage}”").format(
                    stage=stage_name(pipeline.stage(target).label)
                )
            project = self._projects.get(project_id)
            source = project.stage_key
            if source == target:
                return None
            refusal = pipeline.refusal(source, target)
            if refusal is not None:  # the pipeline's own words for why, and what to do instead
                raise StageMoveError(source, target, refusal)
            if not skip_agreed(
                self._view,
                pipeline,
                project,
                target,
                settings=self.settings,
                confirm=self.confirm_skip,
            ):
                return None
            outcome = self.ask_outcome(self._view, project, pipeline.stage(target))
            if outcome is None:
                return None
            move = self._projects.move_undoable(
                project_id, target, outcome=outcome, by_user_id=self._current_user()
            )
        except DomainError as error:
            self.show_refusal(self._view, title, error)
            return None
        self.history.made(move)
        self.moved.emit(project_id, move.from_stage, target)
        return move

    def undo(self) -> StageMove | None:
        """Take back the last move made here (it can then be made again); the move taken back."""
        move = self.history.next_undo()
        if move is None:
            return None
        try:
            self._projects.undo_move(move)
        except DomainError as error:
            self.show_refusal(self._view, translate("PipelineBoard", "Cannot undo the move"), error)
            self.out_of_date.emit()
            return None
        self.history.undone(move)
        self.moved.emit(move.project.id, move.project.stage_key, move.from_stage)
        return move

    def redo(self) -> StageMove | None:
        """Make the move taken back last again (the rules checked anew); the new move."""
        move = self.history.next_redo()
        if move is None:
            return None
        try:
            again = self._projects.redo_move(move, by_user_id=self._current_user())
        except DomainError as error:
            self.show_refusal(self._view, translate("PipelineBoard", "Cannot redo the move"), error)
            self.out_of_date.emit()
            return None
        self.history.redone(again)
        self.moved.emit(move.project.id, move.from_stage, again.project.stage_key)
        return again
