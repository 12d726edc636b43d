"""A project's window on a real database: history, timeline, tasks, moving between stages."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.pipeline.stages import StageDefinition
from leadtracker.domain.vocabulary import ActivityKind, LostReason
from leadtracker.services.projects import OutcomeUpdate, ProjectRecord
from leadtracker.services.work import ActivityDraft, TaskDraft
from leadtracker.ui.records.project_window import ProjectWindow
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.desk import DeskActions
from tests.conftest import Services

LOST = OutcomeUpdate(
    lost_reason=LostReason.COSTS, lost_to_location="Amsterdam", decision_date=date(2026, 11, 20)
)


@pytest.fixture
def actions(qtbot: QtBot, db: Database, tmp_path: Path) -> Iterator[DeskActions]:
    holder = QWidget()
    qtbot.addWidget(holder)
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield DeskActions(Services.on(db), settings, holder)  # holder lives as long


def _window(
    qtbot: QtBot, db: Database, actions: DeskActions, project_id: int, answers: list[OutcomeUpdate]
) -> ProjectWindow:
    def ask(_parent: QWidget, _project: ProjectRecord, _stage: StageDefinition) -> OutcomeUpdate:
        return answers.pop(0)  # what the stage dialog would return

    window = ProjectWindow(project_id, actions, timeline=actions.services.timeline, ask_outcome=ask)
    skipped: list[tuple[str, Sequence[str]]] = []

    def agree(_parent: QWidget, _name: str, target: str, stages: Sequence[str]) -> bool:
        skipped.append((target, stages))  # "Move it anyway?" -- yes
        return True

    window.confirm_skip = agree
    window.skipped = skipped  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    return window


def _stage(window: ProjectWindow, label: str) -> StageDefinition:
    for action in window.move_menu.actions():
        if action.text() == label:
            return next(
                s for s in window._actions.services.projects.pipeline().stages if s.label == label
            )
    raise AssertionError(f"{label} is not offered in the Move to menu")


def test_shows_heading_timeline_history_and_tasks(
    qtbot: QtBot, db: Database, services: Services, actions: DeskActions
) -> None:
    project = services.project(title="R&D centre", code_name="Projekt <Sakura>")
    services.work.log_activity(
        ActivityDraft(
            ActivityKind.MEETING,
            datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
            project_id=project.id,
            subject="First meeting <b>in</b> Tokyo & Düsseldorf",
            text="Line one\nLine two",
        )
    )
    services.work.add_task(
        TaskDraft("Send offers", due_on=date(2026, 12, 1), project_id=project.id)
    )
    window = _window(qtbot, db, actions, project.id, [])

    assert window.heading.text().startswith("Projekt &lt;Sakura&gt;")  # user text stays text
    assert window.stage.text() == "Inquiry"
    timeline = window.entries.toPlainText()
    assert "First meeting <b>in</b> Tokyo & Düsseldorf" in timeline
    assert "Line one\nLine two" in timeline
    assert window.history.rowCount() == 1
    assert window.history.item(0, 0).text() == "Inquiry (now)"
    assert window.tasks.item(0, 0).text() == "Send offers"
    offered = [a.text() for a in window.move_menu.actions()]
    assert "Qualified" in offered and "Won" not in offered  # not qualified yet


def test_moves_to_site_visit_then_lost_with_a_reason(
    qtbot: QtBot, db: Database, services: Services, actions: DeskActions
) -> None:
    project = services.project(title="Sales office")
    window = _window(qtbot, db, actions, project.id, [OutcomeUpdate(), LOST])

    assert window.move_to(_stage(window, "Site visit"))
    assert window.skipped == [("Site visit", ["Qualified", "Active project"])]  # type: ignore[attr-defined]
    assert services.projects.get(project.id).stage_key == "site_visit"
    # The window reloads when the move's change notice arrives.
    qtbot.waitUntil(lambda: window.stage.text() == "Site visit", timeout=3000)
    assert window.history.item(0, 0).text() == "Site visit (now)"

    assert window.move_to(_stage(window, "Lost"))
    saved = services.projects.get(project.id)
    assert (saved.stage_key, saved.lost_reason, saved.lost_to_location) == (
        "lost",
        LostReason.COSTS,
        "Amsterdam",
    )
    qtbot.waitUntil(lambda: "Site visit → Lost" in window.entries.toPlainText(), timeout=3000)


def test_a_refused_move_explains_why_and_changes_nothing(
    qtbot: QtBot, db: Database, services: Services, actions: DeskActions
) -> None:
    project = services.project(title="Sales office")
    window = _window(qtbot, db, actions, project.id, [OutcomeUpdate()])
    lost = next(s for s in services.projects.pipeline().stages if s.key == "lost")
    messages: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, read_and_close)
    assert not window.move_to(lost)  # Lost needs a reason: the empty answer is refused
    assert messages and "needs" in messages[0] and "reason" in messages[0].lower()
    assert services.projects.get(project.id).stage_key == "inquiry"
    assert window.stage.text() == "Inquiry"


def test_the_changes_tab_shows_who_moved_the_project(
    qtbot: QtBot, db: Database, services: Services, actions: DeskActions
) -> None:
    project = services.project(title="Sales office")
    db.attribution.staff_name = "Anna Schmidt (AS)"
    window = _window(qtbot, db, actions, project.id, [OutcomeUpdate()])
    assert window.move_to(_stage(window, "Site visit"))
    changes = window.changes
    qtbot.waitUntil(lambda: changes.rowCount() > 1, timeout=3000)
    rows = [
        [changes.item(row, column).text() for column in range(5)]
        for row in range(changes.rowCount())
    ]
    assert ["Anna Schmidt (AS)", "Stage", "Inquiry", "Site visit"] in [r[1:] for r in rows]
    assert rows[-1][2] == "(created)" and "Title: Sales office" in rows[-1][4]


def test_a_move_that_skips_stages_asks_first_as_on_the_board(
    qtbot: QtBot, db: Database, services: Services, actions: DeskActions
) -> None:
    """Issue 17: a move past open stages happened without a question."""
    project = services.project(title="Sales office")
    window = _window(qtbot, db, actions, project.id, [OutcomeUpdate()])
    window.confirm_skip = lambda *_: False  # "Move it anyway?" -- no
    assert not window.move_to(_stage(window, "Site visit"))
    assert services.projects.get(project.id).stage_key == "inquiry"

    actions.settings.ask_before_skipping_stages = False  # "Don't ask again" was ticked once
    assert window.move_to(_stage(window, "Site visit"))
    assert services.projects.get(project.id).stage_key == "site_visit"


def _wait_for_stage(qtbot: QtBot, window: ProjectWindow, stage: str) -> None:
    """The window shows ``stage`` (it reloads in the turn after the change's notice)."""
    qtbot.waitUntil(lambda: window.stage.text() == stage)


def test_a_move_to_can_be_undone_and_made_again_in_the_window(
    qtbot: QtBot, db: Database, services: Services, actions: DeskActions
) -> None:
    """Issue 18: the window's Move to had no undo; the board's mover gives it one."""
    project = services.project(title="Sales office")
    window = _window(qtbot, db, actions, project.id, [OutcomeUpdate(), LOST])
    undo, redo = window.mover.undo_action, window.mover.redo_action
    assert not undo.isEnabled() and not redo.isEnabled()
    assert window.move_to(_stage(window, "Site visit"))
    _wait_for_stage(qtbot, window, "Site visit")
    assert window.move_to(_stage(window, "Lost"))
    _wait_for_stage(qtbot, window, "Lost")
    assert undo in window.move_menu.actions() and redo in window.move_menu.actions()
    assert undo.text() == "Undo move of “Sales office” to “Lost”"

    undo.trigger()  # as Ctrl+Z or the menu would
    saved = services.projects.get(project.id)
    assert (saved.stage_key, saved.lost_reason, saved.lost_to_location) == ("site_visit", None, "")
    _wait_for_stage(qtbot, window, "Site visit")
    assert window.history.item(0, 0).text() == "Site visit (now)"
    assert [c.to_stage for c in services.projects.history(project.id)] == [
        "inquiry",
        "site_visit",
    ]
    undo.trigger()
    assert services.projects.get(project.id).stage_key == "inquiry"
    _wait_for_stage(qtbot, window, "Inquiry")

    redo.trigger()  # Ctrl+Shift+Z: Site visit again, recorded as a move
    assert services.projects.get(project.id).stage_key == "site_visit"
    _wait_for_stage(qtbot, window, "Site visit")
    assert redo.text() == "Redo move of “Sales office” to “Lost”"
    redo.trigger()
    saved = services.projects.get(project.id)
    assert (saved.stage_key, saved.lost_reason) == ("lost", LostReason.COSTS)
    qtbot.waitUntil(lambda: "Site visit → Lost" in window.entries.toPlainText())


def test_the_window_undoes_with_ctrl_z_and_refuses_an_undo_that_no_longer_fits(
    qtbot: QtBot, db: Database, services: Services, actions: DeskActions
) -> None:
    project = services.project(title="Sales office")
    window = _window(qtbot, db, actions, project.id, [OutcomeUpdate(), OutcomeUpdate()])
    refusals: list[tuple[str, str]] = []
    window.mover.show_refusal = lambda _parent, title, error: refusals.append((title, str(error)))
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    assert window.move_to(_stage(window, "Qualified"))
    _wait_for_stage(qtbot, window, "Qualified")
    window.move_button.setFocus()
    qtbot.waitUntil(window.move_button.hasFocus)
    qtbot.keyClick(window.move_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.projects.get(project.id).stage_key == "inquiry"
    _wait_for_stage(qtbot, window, "Inquiry")

    assert window.move_to(_stage(window, "Qualified"))
    _wait_for_stage(qtbot, window, "Qualified")
    services.projects.move(project.id, "active")  # a colleague moves it on meanwhile
    window.mover.undo_action.trigger()
    assert refusals == [
        (
            "Cannot undo the move",
            "The move of “Sales office” to “Qualified” can no longer be undone: "
            "the project has been moved since (it is now in “Active project”).",
        )
    ]
    assert services.projects.get(project.id).stage_key == "active"
    _wait_for_stage(qtbot, window, "Active project")  # shown as it is now
