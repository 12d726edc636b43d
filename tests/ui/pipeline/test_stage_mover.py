"""One way to move a project: the board and the project window say the same, as the domain does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.errors import StageMoveError
from leadtracker.domain.pipeline.outcomes import OutcomeUpdate
from leadtracker.domain.pipeline.stages import StageDefinition
from leadtracker.services.projects import ProjectRecord
from leadtracker.ui.pipeline.stage_dialogs import LostDialog
from leadtracker.ui.records.project_window import ProjectWindow
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.desk import DeskActions
from tests.conftest import Services
from tests.ui.board_driving import Refusals, board_on

#: What a Lost move without its reason is told, wherever it is made.
TITLE = "Cannot move the project to “Lost”"
MESSAGE = "Moving to “Lost” needs: Lost reason."


def _no_reason(_parent: QWidget, _project: ProjectRecord, _stage: StageDefinition) -> OutcomeUpdate:
    return OutcomeUpdate(lost_to_location="Amsterdam")  # the reason left out


def test_a_lost_move_without_its_reason_reads_the_same_everywhere(
    qtbot: QtBot, db: Database, services: Services, tmp_path: Path
) -> None:
    project = services.project(title="Sales office")
    services.projects.move(project.id, "active")

    with pytest.raises(StageMoveError) as refused:  # the command line's and the import's words
        services.projects.move(project.id, "lost", outcome=_no_reason(None, project, None))  # type: ignore[arg-type]
    assert str(refused.value) == MESSAGE

    board, board_refusals = board_on(qtbot, db)
    board.ask_outcome = _no_reason
    assert board.move_project(project.id, "lost") is None
    assert board_refusals.seen == [(TITLE, MESSAGE)]

    holder = QWidget()
    qtbot.addWidget(holder)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    actions = DeskActions(Services.on(db), settings, holder)
    window = ProjectWindow(project.id, actions, timeline=services.timeline, ask_outcome=_no_reason)
    qtbot.addWidget(window)
    window_refusals = Refusals()
    window.mover.show_refusal = window_refusals
    lost = next(s for s in services.projects.pipeline().stages if s.key == "lost")
    assert not window.move_to(lost)
    assert window_refusals.seen == board_refusals.seen

    # The Lost dialog asks the domain: the field's message is the domain's problem.
    dialog = LostDialog(services.projects.get(project.id), lost, date(2026, 12, 8))
    qtbot.addWidget(dialog)
    dialog.location.setCurrentText("Amsterdam")
    dialog.move_button.click()
    assert dialog.result_outcome is None
    [problem] = refused.value.missing
    assert dialog.problem_text("lost_reason") == "Choose why the company went elsewhere"
    assert problem.problem == "choose why the company went elsewhere"
    assert services.projects.get(project.id).stage_key == "active"
