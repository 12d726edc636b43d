"""The pipeline board on a real demo database: shows, filters, moves, refuses, undoes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leadtracker.db.database import Database
from leadtracker.domain.pipeline.stages import DEFAULT_STAGES
from leadtracker.domain.vocabulary import LostReason
from leadtracker.services.board import BoardCard, BoardColumn
from leadtracker.services.projects import OutcomeUpdate
from leadtracker.ui.pipeline.board_filters import PeriodChoice
from leadtracker.ui.pipeline.board_model import (
    CARD_MIME,
    BoardColumnModel,
    dragged_card,
)
from leadtracker.ui.pipeline.stage_dialogs import LostDialog
from tests.conftest import Services
from tests.ui.board_driving import board_on, drop_card
from tests.ui.modal_answers import answer_modal


def _stage(database: Database, project_id: int) -> str:
    return Services.on(database).projects.get(project_id).stage_key


def _card(text: str = "A", project_id: int = 1, received: date = date(2026, 1, 1)) -> BoardCard:
    return BoardCard(
        project_id=project_id, company_id=1, company=f"{text} Corp", title=f"{text} office",
        confidential=False, owner="BL", owner_name="Ben Leonhardt", days_in_stage=3,
        planned_jobs=12, received_on=received, stage_key="inquiry",
    )  # fmt: skip


def test_column_model_without_widgets() -> None:
    older, newer = _card("Old", 1, date(2025, 1, 1)), _card("New", 2, date(2026, 1, 1))
    stage = DEFAULT_STAGES[0]
    model = BoardColumnModel(BoardColumn(stage, total=40, cards=(older, newer), newest_first=False))
    assert model.rowCount() == 2 and model.total == 40
    first = model.index(0)
    assert model.data(first, BoardColumnModel.CARD_ROLE) is older
    assert model.data(first, BoardColumnModel.ID_ROLE) == 1
    assert model.data(first) == (
        "Old Corp — Old office, owner Ben Leonhardt, 3 days in stage, 12 planned jobs"
    )
    assert model.mimeTypes() == [CARD_MIME]
    dragged = dragged_card(model.mimeData([model.index(1)]))
    assert dragged is not None and (dragged.project_id, dragged.stage_key) == (2, "inquiry")
    assert model.take(1) == older and model.total == 39
    middle = _card("Mid", 3, date(2025, 6, 1))
    assert model.place(middle) == 0  # oldest first: before the newer card
    assert model.data(model.index(0), BoardColumnModel.CARD_ROLE).days_in_stage == 0
    assert model.total == 40 and model.row_of(2) == 1


def test_the_board_shows_the_demo_pipeline(qtbot: QtBot, demo_db: Database) -> None:
    board, _ = board_on(qtbot, demo_db)
    assert [view.stage.key for view in board.columns] == [s.key for s in DEFAULT_STAGES]
    assert board.board is not None
    total = board.board.total
    assert total > 80
    assert board.summary.text() == f"{total} projects"
    assert sum(view.model.total for view in board.columns) == total
    inquiry = board.column("inquiry")
    assert inquiry.count.text() == str(inquiry.model.total)
    assert inquiry.list.accessibleName() == "Inquiry column"
    cards = [card for view in board.columns for card in view.model.cards]
    assert all(card.company for card in cards)
    assert any(card.confidential and card.title.startswith("Projekt") for card in cards)


def test_filters_narrow_the_board(qtbot: QtBot, demo_db: Database) -> None:
    board, _ = board_on(qtbot, demo_db)
    everything = board.board.total if board.board else 0
    owner = board.filters.owner.itemData(1)
    with qtbot.waitSignal(board.loaded, timeout=5000):
        board.filters.choose(board.filters.owner, owner)
    assert board.board is not None and board.board.filter.owner_id == owner
    initials = {card.owner for view in board.columns for card in view.model.cards}
    assert len(initials) == 1
    assert 0 < board.board.total < everything
    assert board.summary.text().endswith("projects match the filters")
    with qtbot.waitSignal(board.loaded, timeout=5000):
        board.filters.choose(board.filters.period, PeriodChoice.LAST_12_MONTHS)
    start = board.board.filter.received_from
    assert start is not None
    assert all(card.received_on >= start for view in board.columns for card in view.model.cards)


def test_a_drop_on_another_column_moves_the_project(qtbot: QtBot, demo_db: Database) -> None:
    board, refusals = board_on(qtbot, demo_db)
    card = board.column("inquiry").model.cards[0]
    before = board.column("qualified").model.total
    with qtbot.waitSignal(board.project_moved, timeout=5000) as moved:
        drop_card(board.column("qualified"), card.project_id, "inquiry")
    assert moved.args == [card.project_id]
    assert _stage(demo_db, card.project_id) == "qualified"
    assert board.column("qualified").model.row_of(card.project_id) >= 0
    assert board.column("inquiry").model.row_of(card.project_id) < 0
    qtbot.waitUntil(lambda: board.column("qualified").model.total == before + 1, timeout=5000)
    assert refusals.seen == []


def test_a_refused_drop_explains_why_and_the_card_stays(qtbot: QtBot, demo_db: Database) -> None:
    board, refusals = board_on(qtbot, demo_db)
    card = board.column("inquiry").model.cards[0]
    drop_card(board.column("aftercare"), card.project_id, "inquiry")
    qtbot.waitUntil(lambda: bool(refusals.seen), timeout=5000)
    assert refusals.seen == [
        (
            "Cannot move the project to “Aftercare”",
            "“Aftercare” comes after “Landed”: move the project to “Landed” first, "
            "once the branch has opened.",
        )
    ]
    assert _stage(demo_db, card.project_id) == "inquiry"
    assert board.column("inquiry").model.row_of(card.project_id) >= 0
    assert not board.undo_action.isEnabled()


def test_a_move_the_service_refuses_leaves_the_card(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    board, refusals = board_on(qtbot, demo_db)
    projects = demo_services.projects
    card = board.column("inquiry").model.cards[0]
    projects.move(card.project_id, "on_hold")  # never qualified: cannot be won
    board.reload()
    qtbot.waitUntil(lambda: board.column("on_hold").model.row_of(card.project_id) >= 0)
    board.ask_outcome = lambda _parent, _project, _stage: OutcomeUpdate()
    assert board.move_project(card.project_id, "won") is None
    [(title, message)] = refusals.seen
    assert title == "Cannot move the project to “Won”"
    assert "must be qualified before it can be won" in message
    assert _stage(demo_db, card.project_id) == "on_hold"
    assert board.column("on_hold").model.row_of(card.project_id) >= 0


def test_the_lost_dialog_asks_for_reason_and_location(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    board, refusals = board_on(qtbot, demo_db)
    card = board.column("active").model.cards[0]
    problems: dict[str, str] = {}

    def answer(dialog: LostDialog) -> None:
        dialog.move_button.click()  # nothing chosen yet: told so, next to the fields
        problems.update(
            reason=dialog.problem_text("lost_reason"),
            location=dialog.problem_text("lost_to_location"),
        )
        dialog.reason.setCurrentIndex(dialog.reason.findData(LostReason.TAX_SUBSIDIES.value))
        dialog.location.setCurrentText("Amsterdam")
        dialog.move_button.click()

    seen = answer_modal(LostDialog, answer)
    drop_card(board.column("lost"), card.project_id, "active")
    qtbot.waitUntil(lambda: _stage(demo_db, card.project_id) == "lost", timeout=5000)
    assert seen, "the Lost dialog did not appear"
    assert problems == {
        "reason": "Choose why the company went elsewhere",
        "location": "Enter the location the company chose instead, e.g. Amsterdam",
    }
    project = demo_services.projects.get(card.project_id)
    assert (project.lost_reason, project.lost_to_location) == (
        LostReason.TAX_SUBSIDIES,
        "Amsterdam",
    )
    assert project.decision_date is not None
    assert refusals.seen == []


def test_cancelling_the_dialog_moves_nothing(qtbot: QtBot, demo_db: Database) -> None:
    board, refusals = board_on(qtbot, demo_db)
    card = board.column("active").model.cards[0]
    seen = answer_modal(LostDialog, lambda dialog: dialog.reject())
    assert board.move_project(card.project_id, "lost") is None
    assert seen and refusals.seen == []
    assert _stage(demo_db, card.project_id) == "active"


def test_keyboard_move_and_ctrl_z_undo(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    board, refusals = board_on(qtbot, demo_db)
    board.show()
    board.activateWindow()
    qtbot.waitActive(board)
    history = demo_services.projects.history
    inquiry = board.column("inquiry").list
    card = inquiry.column_model.cards[0]
    steps = len(history(card.project_id))
    inquiry.setFocus()
    qtbot.waitUntil(inquiry.hasFocus)
    inquiry.setCurrentIndex(inquiry.column_model.index(0))
    right = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(board.project_moved, timeout=5000):
        qtbot.keyClick(inquiry, Qt.Key.Key_Right, right)
    assert _stage(demo_db, card.project_id) == "qualified"
    title = card.title
    assert board.undo_action.text() == f"Undo move of “{title}” to “Qualified”"
    qualified = board.column("qualified").list
    assert qualified.hasFocus() and qualified.current_project() == card.project_id

    with qtbot.waitSignal(board.project_moved, timeout=5000):
        qtbot.keyClick(qualified, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stage(demo_db, card.project_id) == "inquiry"
    assert len(history(card.project_id)) == steps
    assert not board.undo_action.isEnabled()
    qtbot.waitUntil(lambda: board.column("inquiry").model.row_of(card.project_id) >= 0)
    assert refusals.seen == []


def test_undo_after_a_move_elsewhere_is_refused(
    qtbot: QtBot, demo_db: Database, demo_services: Services
) -> None:
    board, refusals = board_on(qtbot, demo_db)
    projects = demo_services.projects
    card = board.column("inquiry").model.cards[0]
    board.ask_outcome = lambda _parent, _project, _stage: OutcomeUpdate()
    assert board.move_project(card.project_id, "qualified") is not None
    projects.move(card.project_id, "active")  # e.g. on the project's own page
    board.undo_action.trigger()
    [(title, message)] = refusals.seen
    assert title == "Cannot undo the move"
    assert "has been moved since" in message
    assert _stage(demo_db, card.project_id) == "active"
    assert board.undo_moves == () and not board.undo_action.isEnabled()


def test_enter_and_double_click_open_the_project(qtbot: QtBot, demo_db: Database) -> None:
    board, _ = board_on(qtbot, demo_db)
    cards = board.column("site_visit").list
    cards.setCurrentIndex(cards.column_model.index(0))
    expected = cards.column_model.cards[0].project_id
    with qtbot.waitSignal(board.project_opened) as opened:
        qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert opened.args == [expected]
    with qtbot.waitSignal(board.project_opened) as opened:
        cards.doubleClicked.emit(cards.column_model.index(0))
    assert opened.args == [expected]


def test_context_menu_offers_only_allowed_stages(qtbot: QtBot, demo_db: Database) -> None:
    board, _ = board_on(qtbot, demo_db)
    card = board.column("inquiry").model.cards[0]
    menu = board.card_menu(card.project_id, "inquiry")
    [move_menu] = [a.menu() for a in menu.actions() if a.menu() is not None]
    enabled = {a.text() for a in move_menu.actions() if a.isEnabled()}
    assert "Qualified" in enabled and "Lost" in enabled
    assert not {"Inquiry", "Won", "Landed", "Aftercare"} & enabled
    menu.deleteLater()


def test_a_cards_days_and_jobs_are_whole_where_they_fit_and_cut_only_where_not(
    qtbot: QtBot,
) -> None:
    """The board showed "81 da…" on cards with room to spare: text was elided to its own width."""
    from PySide6.QtGui import QFont, QFontMetrics  # noqa: PLC0415

    from leadtracker.ui.pipeline.board_cards import fitted_meta  # noqa: PLC0415

    small = QFont()
    small.setPointSizeF(max(7.0, small.pointSizeF() * 0.88))  # as a card's small font
    metrics = QFontMetrics(small)
    for days, jobs in [
        ("81 days", "6 jobs"),
        ("111 days", "1 job"),
        ("29 Tage", ""),
        ("81日", "6人"),
    ]:
        exact = (
            metrics.horizontalAdvance(days) + metrics.horizontalAdvance(jobs) + (8 if jobs else 0)
        )
        assert fitted_meta(metrics, days, jobs, exact) == (days, jobs)
        assert fitted_meta(metrics, days, jobs, exact + 40) == (days, jobs)
    shown_days, shown_jobs = fitted_meta(metrics, "81 days in this stage", "1,250 jobs", 80)
    assert shown_days.endswith("…") and shown_jobs.endswith("…")
    assert metrics.horizontalAdvance(shown_days) + metrics.horizontalAdvance(shown_jobs) <= 80
