"""Whether a stage move can still be taken back (undo) or made again (redo).

A board keeps the moves made on it; by the time the user presses Ctrl+Z or
Ctrl+Shift+Z a colleague may have moved the project again. These checks
look at the project's history as it is now and refuse, in words, what no
longer fits; nothing is changed then.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from leadtracker.db.models import Project, Stage, StageChange
from leadtracker.domain.errors import DomainError, ValidationError
from leadtracker.domain.messages import text
from leadtracker.domain.office import office_date
from leadtracker.domain.pipeline.stages import Pipeline, StageCategory, stage_name

if TYPE_CHECKING:
    from leadtracker.services.projects import StageChangeRecord, StageMove


class StageUndoError(DomainError):
    """A stage move cannot be taken back or made again: the project's history moved on."""


def _name(project: Project) -> str:
    return project.code_name or project.title


def stage_label(session: Session, project: Project) -> str:
    """The name of the stage the project is in now (translated where shown)."""
    stage = session.get(Stage, project.stage_key)
    return stage_name(stage.label if stage is not None else project.stage_key)


def check_undo(session: Session, project: Project, move: StageMove) -> None:
    """Raise :class:`StageUndoError` unless ``move`` is the project's last stage change."""
    last = session.scalars(
        select(StageChange)
        .where(StageChange.project_id == project.id)
        .order_by(StageChange.changed_at.desc(), StageChange.id.desc())
        .limit(1)
    ).first()
    name, target = _name(project), stage_name(move.project.stage_label)
    if last is None or last.id != move.change_id:
        if not session.scalar(select(StageChange.id).where(StageChange.id == move.change_id)):
            raise StageUndoError(
                text(
                    "The move of “{project}” to “{stage}” can no longer be undone: "
                    "it has already been undone.",
                    project=name,
                    stage=target,
                )
            )
        raise StageUndoError(
            text(
                "The move of “{project}” to “{stage}” can no longer be undone: "
                "the project has been moved since (it is now in “{now}”).",
                project=name,
                stage=target,
                now=stage_label(session, project),
            )
        )
    if last.from_stage != move.from_stage or last.to_stage != project.stage_key:
        raise StageUndoError(
            text(
                "The move of “{project}” to “{stage}” can no longer be undone: "
                "the project's history does not match it.",
                project=name,
                stage=target,
            )
        )


def check_redo(session: Session, project: Project, move: StageMove) -> None:
    """Raise :class:`StageUndoError` unless ``move`` was taken back and the project stayed put."""
    name, target = _name(project), stage_name(move.project.stage_label)
    kept = session.get(StageChange, move.change_id)
    # (SQLite may give a deleted change's id to a later one: compare what it says too.)
    if kept is not None and (kept.project_id, kept.from_stage, kept.to_stage) == (
        project.id,
        move.from_stage,
        move.project.stage_key,
    ):
        raise StageUndoError(
            text(
                "The move of “{project}” to “{stage}” cannot be made again: "
                "it has not been undone.",
                project=name,
                stage=target,
            )
        )
    if project.stage_key != move.from_stage:
        raise StageUndoError(
            text(
                "The move of “{project}” to “{stage}” cannot be made again: "
                "the project has been moved since (it is now in “{now}”).",
                project=name,
                stage=target,
                now=stage_label(session, project),
            )
        )


def check_when(when: datetime, history: tuple[StageChangeRecord, ...]) -> None:
    """Refuse a time without zone, or one before the project's last stage change."""
    if when.tzinfo is None:
        raise ValidationError.single(
            "when", text("Date of the move"), text("give the time with its time zone")
        )
    if history and when < history[-1].changed_at:
        last = office_date(history[-1].changed_at)
        raise ValidationError.single(
            "when",
            text("Date of the move"),
            text("cannot be before the last stage change ({day})", day=f"{last:%Y-%m-%d}"),
        )


def was_qualified(pipeline: Pipeline, history: tuple[StageChangeRecord, ...]) -> bool:
    """Whether the project was ever past the first stage (then it may be won from on hold)."""
    first = pipeline.first_stage.key
    return any(
        change.to_stage != first
        and change.to_stage in pipeline
        and pipeline.stage(change.to_stage).category
        in {StageCategory.OPEN, StageCategory.WON, StageCategory.LANDED}
        for change in history
    )
