"""The pipeline board as a new colleague meets it.

Drags that scroll, refusals that explain, a question before skipping
stages, undo and redo, and a board that fits a small screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.vocabulary import LostReason
from leadtracker.services.projects import OutcomeUpdate
from leadtracker.services.timeline import EntryKind
from leadtracker.ui.i18n import STRETCH_VARIABLE, install_translations
from leadtracker.ui.pipeline.board_columns import StageColumn
from leadtracker.ui.pipeline.board_model import card_mime
from leadtracker.ui.pipeline.pipeline_board import PipelineBoard
from leadtracker.ui.pipeline.stage_dialogs import LostDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.settings_page import SettingsPage
from tests.conftest import Services
from tests.ui.board_driving import board_on, drag_away, drag_over, drop_card
from tests.ui.modal_answers import activate, answer_modal


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _stage(database: Database, project_id: int) -> str:
    return Services.on(database).projects.get(project_id).stage_key


def _column_at(board: PipelineBoard, where: QPoint) -> StageColumn:
    """The column under ``where`` (a point of the board's scrolling view)."""
    viewport = board.scroll_area.viewport()
    for view in board.columns:
        inside = view.list.viewport().mapFrom(viewport, where)
        if view.list.viewport().rect().contains(inside):
            return view
    raise AssertionError(f"no column at {where}")


def test_a_card_dragged_near_the_edge_scrolls_the_board(qtbot: QtBot, demo_db: Database) -> None:
    board, _ = board_on(qtbot, demo_db, size=(960, 600))
    board.show()
    bar = board.scroll_area.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    card = board.column("inquiry").model.cards[0]
    viewport = board.scroll_area.viewport()
    edge = QPoint(viewport.width() - 6, viewport.height() // 2)
    column = _column_at(board, edge)
    mime = card_mime(card.project_id, "inquiry")
    drag_over(column.list.viewport(), column.list.viewport().mapFrom(viewport, edge), mime)
    qtbot.waitUntil(lambda: bar.value() > 200, timeout=3000)  # on towards Landed, Lost …
    drag_away(column.list.viewport())
    assert not board.edge_scroller.scrolling
    stopped = bar.value()
    qtbot.wait(100)
    assert bar.value() == stopped
    # Back to the left edge: back towards Inquiry.
    left = QPoint(4, viewport.height() // 2)
    column = _column_at(board, left)
    drag_over(column.list.viewport(), column.list.viewport().mapFrom(viewport, left), mime)
    qtbot.waitUntil(lambda: bar.value() < stopped, timeout=3000)
    drag_away(column.list.viewport())


def test_the_drop_highlight_goes_when_the_drag_ends(qtbot: QtBot, demo_db: Database) -> None:
    board, _ = board_on(qtbot, demo_db)
    card = board.column("inquiry").model.cards[0]
    mime = card_mime(card.project_id, "inquiry")
    drag_over(board.column("aftercare").list.viewport(), QPoint(20, 20), mime)
    assert board.column("aftercare")._drop_state == "refused"
    # The drag ends outside any column (or is cancelled): the source says so.
    board.column("inquiry").list.drag_finished.emit()
    assert all(view._drop_state == "" for view in board.columns)
    board.ask_outcome = lambda _parent, _project, _stage: OutcomeUpdate()
    with qtbot.waitSignal(board.project_moved, timeout=5000):
        drop_card(board.column("qualified"), card.project_id, "inquiry")
    assert all(view._drop_state == "" for view in board.columns)


def test_a_refused_move_says_why_and_what_to_do(qtbot: QtBot, demo_db: Database) -> None:
    board, refusals = board_on(qtbot, demo_db)
    card = board.column("site_visit").model.cards[0]
    drop_card(board.column("landed"), card.project_id, "site_visit")
    qtbot.waitUntil(lambda: bool(refusals.seen), timeout=5000)
    assert refusals.seen == [
        (
            "Cannot move the project to “Landed”",
            "“Landed” comes after “Won”: move the project to “Won” first "
            "and fill in the landing checklist.",
        )
    ]
    assert _stage(demo_db, card.project_id) == "site_visit"


def test_greyed_out_stages_say_why_when_pointed_at(qtbot: QtBot, demo_db: Database) -> None:
    board, _ = board_on(qtbot, demo_db)
    card = board.column("site_visit").model.cards[0]
    menu = board.card_menu(card.project_id, "site_visit")
    [move_menu] = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert move_menu.toolTipsVisible()
    tips = {a.text(): a.toolTip() for a in move_menu.actions() if not a.isEnabled()}
    assert set(tips) == {"Site visit", "Landed", "Aftercare"}
    assert tips["Landed"] == (
        "“Landed” comes after “Won”: move the project to “Won” first "
        "and fill in the landing checklist."
    )
    assert tips["Aftercare"].startswith("“Aftercare” comes after “Landed”")
    assert tips["Site visit"] == "The project is already in “Site visit”."
    menu.deleteLater()


def _answer_skip(button: str, *, never_again: bool, questions: list[str]) -> object:
    def act(box: QMessageBox) -> None:
        questions.append(box.text())
        check = box.checkBox()
        assert isinstance(check, QCheckBox) and check.text().replace("&", "") == "Don't ask again"
        check.setChecked(never_again)
        [chosen] = [b for b in box.buttons() if b.text().replace("&", "") == button]
        chosen.click()

    return act


def test_a_move_that_skips_stages_asks_once_until_told_not_to(
    qtbot: QtBot, demo_db: Database, settings: AppSettings
) -> None:
    board, refusals = board_on(qtbot, demo_db, settings=settings)
    board.ask_outcome = lambda _parent, _project, _stage: OutcomeUpdate()
    first, second, third = board.column("inquiry").model.cards[:3]
    questions: list[str] = []

    seen = answer_modal(QMessageBox, _answer_skip("Cancel", never_again=False, questions=questions))
    assert board.move_project(first.project_id, "site_visit") is None
    assert seen and _stage(demo_db, first.project_id) == "inquiry"
    assert questions == [
        f"Moving “{first.title}” to “Site visit” skips “Qualified”, “Active project”. "
        "Move it anyway?"
    ]
    assert settings.ask_before_skipping_stages

    answer = _answer_skip("Move to “Site visit”", never_again=True, questions=questions)
    seen = answer_modal(QMessageBox, answer)
    assert board.move_project(first.project_id, "site_visit") is not None
    assert len(seen) == 1 and _stage(demo_db, first.project_id) == "site_visit"
    assert not settings.ask_before_skipping_stages

    seen = answer_modal(QMessageBox, lambda box: box.reject(), timeout_ms=300)
    assert board.move_project(second.project_id, "site_visit") is not None
    assert board.move_project(third.project_id, "qualified") is not None  # skips nothing
    qtbot.wait(400)
    assert seen == [] and refusals.seen == []
    assert len(questions) == 2


def test_settings_turn_the_skip_question_on_again(
    qtbot: QtBot, db: Database, settings: AppSettings, services: Services
) -> None:
    settings.ask_before_skipping_stages = False
    page = SettingsPage(settings, services.network, db.path)
    qtbot.addWidget(page)
    assert not page.ask_skipping.isChecked()
    page.ask_skipping.setChecked(True)
    assert AppSettings(settings.store).ask_before_skipping_stages


def test_ctrl_shift_z_and_ctrl_y_make_an_undone_move_again(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    board, refusals = board_on(qtbot, demo_db)
    activate(qtbot, board)
    history = demo_services.projects.history
    inquiry = board.column("inquiry").list
    card = inquiry.column_model.cards[0]
    inquiry.setFocus()
    inquiry.setCurrentIndex(inquiry.column_model.index(0))
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(board.project_moved, timeout=5000):
        qtbot.keyClick(inquiry, Qt.Key.Key_Right, ctrl | shift)
    qualified = board.column("qualified").list
    assert not board.redo_action.isEnabled()
    with qtbot.waitSignal(board.project_moved, timeout=5000):
        qtbot.keyClick(qualified, Qt.Key.Key_Z, ctrl)
    assert _stage(demo_db, card.project_id) == "inquiry"
    assert board.redo_action.isEnabled()
    assert board.redo_action.text() == f"Redo move of “{card.title}” to “Qualified”"

    with qtbot.waitSignal(board.project_moved, timeout=5000):
        qtbot.keyClick(board.column("inquiry").list, Qt.Key.Key_Z, ctrl | shift)
    assert _stage(demo_db, card.project_id) == "qualified"
    assert history(card.project_id)[-1].to_stage == "qualified"
    assert not board.redo_action.isEnabled() and board.undo_action.isEnabled()

    with qtbot.waitSignal(board.project_moved, timeout=5000):
        qtbot.keyClick(board.column("qualified").list, Qt.Key.Key_Z, ctrl)
    with qtbot.waitSignal(board.project_moved, timeout=5000):
        qtbot.keyClick(board.column("inquiry").list, Qt.Key.Key_Y, ctrl)
    assert _stage(demo_db, card.project_id) == "qualified"
    assert refusals.seen == []


def test_a_new_move_clears_what_could_be_redone(qtbot: QtBot, demo_db: Database) -> None:
    board, _ = board_on(qtbot, demo_db)
    board.ask_outcome = lambda _parent, _project, _stage: OutcomeUpdate()
    first, second = board.column("inquiry").model.cards[:2]
    assert board.move_project(first.project_id, "qualified") is not None
    board.undo_last_move()
    assert board.redo_action.isEnabled()
    assert board.move_project(second.project_id, "qualified") is not None
    assert not board.redo_action.isEnabled()
    board.redo_last_move()  # nothing to redo: nothing happens
    assert _stage(demo_db, first.project_id) == "inquiry"


def test_a_redo_the_rules_no_longer_allow_is_refused(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    board, refusals = board_on(qtbot, demo_db)
    board.ask_outcome = lambda _parent, _project, _stage: OutcomeUpdate()
    card = board.column("inquiry").model.cards[0]
    assert board.move_project(card.project_id, "qualified") is not None
    board.undo_last_move()
    demo_services.projects.move(card.project_id, "active")  # elsewhere, meanwhile
    board.redo_last_move()
    [(title, message)] = refusals.seen
    assert title == "Cannot redo the move"
    assert "has been moved since (it is now in “Active project”)" in message
    assert _stage(demo_db, card.project_id) == "active"


def test_the_board_scrolls_in_a_960_pixel_window(
    qtbot: QtBot, demo_db: Database, settings: AppSettings
) -> None:
    from leadtracker.services.registry import Services  # noqa: PLC0415
    from leadtracker.ui.shell.app import Desk  # noqa: PLC0415

    desk = Desk(Services.on(demo_db), settings)
    window = desk.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = desk._pipeline
    window.show_page(page)
    board = page.page()
    qtbot.waitUntil(lambda: board.board is not None, timeout=5000)
    window.resize(960, 600)
    qtbot.waitUntil(lambda: window.width() == 960)
    assert window.minimumSizeHint().width() <= 960
    # The columns scroll instead.
    qtbot.waitUntil(lambda: board.scroll_area.horizontalScrollBar().maximum() > 0)
    assert board.scroll_area.viewport().width() < board.strip.width()
    qtbot.waitUntil(lambda: not board.runner.busy)


def test_the_note_of_a_loss_is_kept_and_shown_in_the_timeline(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    board, refusals = board_on(qtbot, demo_db)
    card = board.column("decision_pending").model.cards[0]
    note = "HQ preferred Amsterdam: the 30 % ruling for expats."

    def answer(dialog: LostDialog) -> None:
        dialog.reason.setCurrentIndex(dialog.reason.findData(LostReason.TAX_SUBSIDIES.value))
        dialog.location.setCurrentText("Amsterdam")
        dialog.note.setPlainText(note)
        dialog.move_button.click()

    seen = answer_modal(LostDialog, answer)
    drop_card(board.column("lost"), card.project_id, "decision_pending")
    qtbot.waitUntil(lambda: _stage(demo_db, card.project_id) == "lost", timeout=5000)
    assert seen and refusals.seen == []
    assert demo_services.projects.history(card.project_id)[-1].note == note
    [entry] = [
        e
        for e in demo_services.timeline.for_project(card.project_id)
        if e.kind is EntryKind.STAGE_MOVE and e.text
    ]
    assert entry.text == note


@pytest.fixture
def stretched_text(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every text twice over, as German words would make it."""
    monkeypatch.setenv(STRETCH_VARIABLE, "1")
    translators = install_translations(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("stretched_text")
@pytest.mark.parametrize("width", [1110, 700])
def test_long_filter_entries_show_whole_or_say_so(
    qtbot: QtBot, demo_db: Database, width: int
) -> None:
    # 1110: the board's part of a 1366 pixel window beside the side bar.
    board, _ = board_on(qtbot, demo_db, size=(width, 700))
    board.show()
    filters = board.filters
    combos = (filters.owner, filters.sector, filters.source, filters.period)
    qtbot.waitUntil(lambda: filters.owner.count() > 1)
    assert filters.owner.currentText() == "All owners All owners"
    for combo in combos:
        whole = combo.shown_text() == combo.currentText()
        assert whole or combo.toolTip() == combo.currentText(), combo.accessibleName()
    assert board.minimumSizeHint().width() <= width
