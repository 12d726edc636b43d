"""Taking back a stage move: the history, the stage and the outcome as they were."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from leadtracker.db.database import Database
from leadtracker.db.models import Project, Stage, User
from leadtracker.domain.errors import NotFoundError, StageMoveError
from leadtracker.domain.pipeline.stages import StageCategory
from leadtracker.domain.vocabulary import LostReason, PermitStatus
from leadtracker.services.projects import Outcome, OutcomeUpdate
from leadtracker.services.stage_moves import StageUndoError
from tests.conftest import Services

pytestmark = pytest.mark.both_engines

LANDING = OutcomeUpdate(
    trade_registered_on=date(2026, 3, 2),
    register_entry_on=date(2026, 3, 20),
    permits_status=PermitStatus.DONE,
    lease_signed_on=date(2026, 2, 1),
    opened_on=date(2026, 4, 1),
    jobs_at_opening=14,
    actual_investment=Decimal("2500000.00"),
)


LOST = OutcomeUpdate(lost_reason=LostReason.TALENT, lost_to_location="London")


def _outcome(record: object) -> dict[str, object]:
    return {name: getattr(record, name) for name in asdict(Outcome())}


def test_a_move_says_what_it_did_and_undo_restores_everything(services: Services) -> None:
    project = services.project(received_on=date(2026, 1, 5))
    services.projects.move(project.id, "qualified", when=datetime(2026, 1, 6, tzinfo=UTC))
    before = services.projects.get(project.id)
    move = services.projects.move_undoable(
        project.id,
        "lost",
        outcome=OutcomeUpdate(
            lost_reason=LostReason.TALENT,
            lost_to_location="London",
            decision_date=date(2026, 2, 1),
        ),
        note="HQ chose London",
    )
    assert (move.from_stage, move.from_label) == ("qualified", "Qualified")
    assert (move.project.stage_key, move.project.lost_to_location) == ("lost", "London")
    assert _outcome(move.before) == _outcome(before)
    assert services.projects.history(project.id)[-1].to_stage == "lost"

    undone = services.projects.undo_move(move)
    assert undone.stage_key == "qualified"
    assert _outcome(undone) == _outcome(before)
    assert [h.to_stage for h in services.projects.history(project.id)] == [
        "inquiry",
        "qualified",
    ]


def test_undo_of_landed_restores_the_empty_checklist(services: Services) -> None:
    project = services.project()
    services.projects.move(project.id, "qualified")
    won = services.projects.move(
        project.id, "won", outcome=OutcomeUpdate(decision_date=date(2026, 1, 9))
    )
    move = services.projects.move_undoable(project.id, "landed", outcome=LANDING)
    assert move.project.opened_on == date(2026, 4, 1)
    undone = services.projects.undo_move(move)
    assert undone.stage_key == "won"
    assert (undone.opened_on, undone.jobs_at_opening, undone.permits_status) == (
        None,
        None,
        PermitStatus.OPEN,
    )
    assert undone.decision_date == won.decision_date == date(2026, 1, 9)


def test_undo_is_refused_once_the_project_moved_on(services: Services) -> None:
    project = services.project()
    move = services.projects.move_undoable(project.id, "qualified")
    services.projects.move(project.id, "active")
    with pytest.raises(StageUndoError, match=r"moved since \(it is now in “Active project”\)"):
        services.projects.undo_move(move)
    assert services.projects.get(project.id).stage_key == "active"
    assert len(services.projects.history(project.id)) == 3


def test_undo_twice_is_refused(services: Services) -> None:
    project = services.project(title="European HQ", code_name="Projekt Fuji")
    move = services.projects.move_undoable(project.id, "qualified")
    services.projects.undo_move(move)
    with pytest.raises(StageUndoError) as error:
        services.projects.undo_move(move)
    assert str(error.value) == (
        "The move of “Projekt Fuji” to “Qualified” can no longer be undone: "
        "it has already been undone."
    )
    assert [h.to_stage for h in services.projects.history(project.id)] == ["inquiry"]


def test_undo_in_reverse_order_walks_back_the_history(services: Services) -> None:
    project = services.project()
    first = services.projects.move_undoable(project.id, "qualified")
    second = services.projects.move_undoable(project.id, "active")
    with pytest.raises(StageUndoError):
        services.projects.undo_move(first)  # not the last one
    assert services.projects.undo_move(second).stage_key == "qualified"
    assert services.projects.undo_move(first).stage_key == "inquiry"


def test_move_still_returns_the_project(services: Services) -> None:
    project = services.project()
    assert services.projects.move(project.id, "qualified").stage_key == "qualified"


def test_undo_of_a_deleted_project_is_not_found(services: Services, db: Database) -> None:
    project = services.project()
    move = services.projects.move_undoable(project.id, "qualified")
    with db.sessions.begin() as session:
        session.delete(session.get_one(Project, project.id))
    with pytest.raises(NotFoundError):
        services.projects.undo_move(move)


def test_redo_makes_the_move_again_with_its_outcome_note_and_author(
    services: Services, db: Database
) -> None:
    project = services.project()
    services.projects.move(project.id, "active")
    lost = OutcomeUpdate(
        lost_reason=LostReason.COSTS,
        lost_to_location="Amsterdam",
        decision_date=date(2026, 2, 3),
        note="Rent in Düsseldorf was too high",
    )
    move = services.projects.move_undoable(project.id, "lost", outcome=lost)
    assert services.projects.history(project.id)[-1].note == "Rent in Düsseldorf was too high"
    services.projects.undo_move(move)
    with db.sessions.begin() as session:
        session.add(User(name="Ben Leonhardt", initials="BL"))
    with db.sessions.begin() as session:
        author = session.scalars(select(User.id).where(User.initials == "BL")).one()

    again = services.projects.redo_move(move, by_user_id=author)
    assert again.from_stage == "active" and again.project.stage_key == "lost"
    assert [h.to_stage for h in services.projects.history(project.id)] == [
        "inquiry",
        "active",
        "lost",
    ]
    assert _outcome(again.project) == _outcome(move.project)
    last = services.projects.history(project.id)[-1]
    assert (last.from_stage, last.to_stage, last.changed_by, last.note) == (
        "active",
        "lost",
        "Ben Leonhardt",
        "Rent in Düsseldorf was too high",
    )
    assert services.projects.undo_move(again).stage_key == "active"  # and again undoable


def test_redo_is_refused_once_the_project_moved_on_or_before_an_undo(services: Services) -> None:
    project = services.project(code_name="Projekt Fuji")
    move = services.projects.move_undoable(project.id, "qualified")
    with pytest.raises(StageUndoError, match="it has not been undone"):
        services.projects.redo_move(move)
    services.projects.undo_move(move)
    services.projects.move(project.id, "lost", outcome=LOST)
    with pytest.raises(StageUndoError) as refused:
        services.projects.redo_move(move)
    assert str(refused.value) == (
        "The move of “Projekt Fuji” to “Qualified” cannot be made again: "
        "the project has been moved since (it is now in “Lost”)."
    )
    assert services.projects.get(project.id).stage_key == "lost"


def test_redo_checks_the_stage_rules_again(services: Services, db: Database) -> None:
    project = services.project()
    services.projects.move(project.id, "qualified")
    move = services.projects.move_undoable(
        project.id, "won", outcome=OutcomeUpdate(decision_date=date(2026, 1, 9))
    )
    services.projects.undo_move(move)
    with db.sessions.begin() as session:  # an admin made Won a landing stage meanwhile
        session.get_one(Stage, "won").category = StageCategory.LANDED
    with pytest.raises(StageMoveError):
        services.projects.redo_move(move)
    assert services.projects.get(project.id).stage_key == "qualified"
