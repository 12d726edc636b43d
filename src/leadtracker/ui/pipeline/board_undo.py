"""Undo and redo of the moves made on one pipeline board.

:class:`MoveHistory` keeps the last :data:`UNDO_DEPTH` moves of a board
(Ctrl+Z takes the newest back) and the moves taken back (Ctrl+Shift+Z or
Ctrl+Y makes the last of them again). A new move clears what could be made
again. The history only keeps the moves and names them in its two actions;
the board asks the project service to take a move back or make it again,
so that the stage rules are checked and every change is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from leadtracker.services.projects import StageMove
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.i18n import translate

CONTEXT = "PipelineBoard"

#: Moves Ctrl+Z can take back (and Ctrl+Shift+Z make again), newest first.
UNDO_DEPTH = 20


def _project(move: StageMove) -> str:
    return move.project.code_name or move.project.title


class MoveHistory(QObject):
    """The moves of one board that can be taken back, and those that can be made again."""

    def __init__(self, board: QWidget) -> None:
        super().__init__(board)
        self._undo: list[StageMove] = []
        self._redo: list[StageMove] = []
        self.undo_action = QAction(translate("PipelineBoard", "Undo move"), board)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        # The buttons keep short names; their tooltips and the card menu say which move.
        self.undo_action.setIconText(translate("PipelineBoard", "Undo"))
        self.redo_action = QAction(translate("PipelineBoard", "Redo move"), board)
        # Both, on every system: Ctrl+Shift+Z (Linux, Mac) and Ctrl+Y (Windows).
        self.redo_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
            ]
        )
        self.redo_action.setIconText(translate("PipelineBoard", "Redo"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            board.addAction(action)
        self._update()

    @property
    def undo_moves(self) -> tuple[StageMove, ...]:
        """The moves Ctrl+Z can take back, oldest first."""
        return tuple(self._undo)

    @property
    def redo_moves(self) -> tuple[StageMove, ...]:
        """The moves Ctrl+Shift+Z can make again, the next one last."""
        return tuple(self._redo)

    def made(self, move: StageMove) -> None:
        """A new move: it can be taken back; what was taken back before is gone for good."""
        self._undo = [*self._undo, move][-UNDO_DEPTH:]
        self._redo = []
        self._update()

    def next_undo(self) -> StageMove | None:
        """Take the move to undo next off the list (``None``: there is none)."""
        move = self._undo.pop() if self._undo else None
        self._update()
        return move

    def undone(self, move: StageMove) -> None:
        """``move`` was taken back: Ctrl+Shift+Z may make it again."""
        self._redo = [*self._redo, move][-UNDO_DEPTH:]
        self._update()

    def next_redo(self) -> StageMove | None:
        """Take the move to make again next off the list (``None``: there is none)."""
        move = self._redo.pop() if self._redo else None
        self._update()
        return move

    def redone(self, move: StageMove) -> None:
        """``move`` was made again (as a new move): Ctrl+Z may take it back again."""
        self._undo = [*self._undo, move][-UNDO_DEPTH:]
        self._update()

    def _update(self) -> None:
        if self._undo:
            move = self._undo[-1]
            text = translate("PipelineBoard", "Undo move of “{project}” to “{stage}”").format(
                project=_project(move), stage=stage_name(move.project.stage_label)
            )
            tip = translate("PipelineBoard", "{text} (back to “{stage}”, Ctrl+Z)").format(
                text=text, stage=stage_name(move.from_label)
            )
        else:
            text = translate("PipelineBoard", "Undo move")
            tip = translate("PipelineBoard", "No move to undo (Ctrl+Z)")
        self.undo_action.setEnabled(bool(self._undo))
        self.undo_action.setText(text)
        self.undo_action.setToolTip(tip)
        if self._redo:
            move = self._redo[-1]
            text = translate("PipelineBoard", "Redo move of “{project}” to “{stage}”").format(
                project=_project(move), stage=stage_name(move.project.stage_label)
            )
            tip = translate("PipelineBoard", "{text} (Ctrl+Shift+Z or Ctrl+Y)").format(text=text)
        else:
            text = translate("PipelineBoard", "Redo move")
            tip = translate("PipelineBoard", "No move to redo (Ctrl+Shift+Z or Ctrl+Y)")
        self.redo_action.setEnabled(bool(self._redo))
        self.redo_action.setText(text)
        self.redo_action.setToolTip(tip)
