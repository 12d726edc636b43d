"""How a demo project walks the pipeline: when its inquiry came in, and each move since.

Days are ordinals (``date.toordinal()``). Each project's fate is drawn
whatever its age, and the walk towards it stops at today.
"""

from __future__ import annotations

from leadtracker.services.demo.chunks import Dice
from leadtracker.services.demo.words import (
    AFTERCARE_DAYS,
    FATE_ODDS,
    FATES,
    LANDING_DAYS,
    LINEAR,
    STEADY_SHARE,
    STEP_DAYS,
)


def received_day(rng: Dice, start: int, today: int) -> int:
    """The day an inquiry came in: steady plus linearly growing arrivals."""
    span = today - start
    share = rng.random()
    if rng.random() < STEADY_SHARE:
        return start + int(span * share)
    return start + int(span * share**0.5)  # density grows linearly


def stage_path(rng: Dice) -> list[str]:
    """The stages a project passes through towards its fate, whatever its age."""
    fate = rng.weighted(FATES, FATE_ODDS)
    if fate in LINEAR:
        return list(LINEAR[1 : LINEAR.index(fate) + 1])
    reached = rng.between(0, 4)  # the open stage where the project left the pipeline
    return [*LINEAR[1 : reached + 1], fate]


def dated_moves(rng: Dice, path: list[str], received: int, today: int) -> list[tuple[str, int]]:
    """The moves along ``path`` that have happened by today, with their days."""
    moves: list[tuple[str, int]] = [("inquiry", received)]
    day = received
    between = rng.between
    for stage in path:
        if stage == "landed":
            day += between(*LANDING_DAYS)
        elif stage == "aftercare":
            day += between(*AFTERCARE_DAYS)
        else:
            day += between(*STEP_DAYS)
        if day > today:
            break
        moves.append((stage, day))
    return moves


def recent_moves(rng: Dice, path: list[str], today: int) -> list[tuple[str, int]]:
    """Moves along ``path`` whose last was made in the past week (the first: an inquiry)."""
    between = rng.between
    steps = [between(*STEP_DAYS) for _ in path]
    day = today - between(0, 6) - sum(steps)
    moves = [("inquiry", day)]
    for stage, step in zip(path, steps, strict=True):
        day += step
        moves.append((stage, day))
    return moves
