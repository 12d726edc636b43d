"""What a project's stage moves record, and the rules for those fields, once.

An :class:`Outcome` is the decision, the loss and the landing checklist of a
project: the fields a move to Won, Lost or Landed sets. An
:class:`OutcomeUpdate` is the part of an outcome a move sets (the fields
given; the others keep their value) with the note kept with the move.

The rules for these fields live in the domain, once: here which values are wrong
whatever the stage (:func:`invalid_values`: a number below zero, a decision
or checklist day after today in Düsseldorf) and how a missing field is
named (:func:`needed`); which fields a stage needs and what entering it does
to them are the pipeline's rules
(:meth:`~leadtracker.domain.pipeline.stages.Pipeline.move_problems`). The project
service enforces them for every caller (the app, the command line, an
import); the stage dialogs ask them what is missing instead of checking
themselves, so a problem reads the same wherever it is found.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from leadtracker.domain.errors import FieldProblem
from leadtracker.domain.messages import Text, text
from leadtracker.domain.vocabulary import LostReason, PermitStatus


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """Decision, loss and landing-checklist fields of a project, set while moving between stages."""

    decision_date: date | None = None
    lost_reason: LostReason | None = None
    lost_to_location: str = ""
    trade_registered_on: date | None = None
    register_entry_on: date | None = None
    permits_status: PermitStatus = PermitStatus.OPEN
    lease_signed_on: date | None = None
    opened_on: date | None = None
    jobs_at_opening: int | None = None
    actual_investment: Decimal | None = None


#: The names of the outcome fields, in order.
OUTCOME_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Outcome))


class OutcomeUpdate:
    """The outcome fields a stage move sets (the others keep their value), and its note.

    Made with any of :class:`Outcome`'s fields as keywords,
    ``OutcomeUpdate(lost_reason=LostReason.COSTS, lost_to_location="Amsterdam")``;
    a field given as ``None`` counts as not given. A name that is not a field
    of :class:`Outcome` is a ``TypeError``, as for :class:`Outcome` itself.

    Attributes:
        values: The outcome with the given fields (the others at their defaults).
        given: Names of the fields given.
        note: What the user says about the move (kept with the stage change).
    """

    __slots__ = ("given", "note", "values")

    def __init__(self, *, note: str = "", **values: Any) -> None:
        given = {name: value for name, value in values.items() if value is not None}
        self.values: Outcome = Outcome(**given)
        self.given: frozenset[str] = frozenset(given)
        self.note = note

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self.values, n)!r}" for n in sorted(self.given))
        return f"OutcomeUpdate({shown}, note={self.note!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OutcomeUpdate):
            return NotImplemented
        return (self.changes, self.note) == (other.changes, other.note)

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.changes.items())), self.note))

    @property
    def changes(self) -> Mapping[str, object]:
        """The given fields and their values."""
        return MappingProxyType({name: getattr(self.values, name) for name in self.given})

    def also(self, **values: Any) -> OutcomeUpdate:
        """This update with ``values`` given as well (replacing those it gives)."""
        return OutcomeUpdate(note=self.note, **(dict(self.changes) | values))

    def applied_to(self, outcome: Outcome) -> Outcome:
        """``outcome`` with the given fields replaced (texts trimmed)."""
        changes: dict[str, Any] = {name: getattr(self.values, name) for name in self.given}
        if isinstance(location := changes.get("lost_to_location"), str):
            changes["lost_to_location"] = location.strip()
        return replace(outcome, **changes)


def outcome_of(record: object) -> Outcome:
    """The outcome fields of any object that has them (a project record, say)."""
    return Outcome(**{name: getattr(record, name) for name in OUTCOME_FIELDS})


#: The outcome fields in words, for problems and refusals.
FIELD_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "lost_reason": text("Lost reason"),
        "lost_to_location": text("Location chosen instead"),
        "decision_date": text("Decision date"),
        "trade_registered_on": text("Trade registration (Gewerbeanmeldung)"),
        "register_entry_on": text("Commercial register entry (Handelsregister)"),
        "permits_status": text("Permits"),
        "lease_signed_on": text("Office lease signed"),
        "opened_on": text("Opening date"),
        "jobs_at_opening": text("Jobs at opening"),
        "actual_investment": text("Actual investment (EUR)"),
    }
)

#: The days an outcome records: each is a day that has passed, never one to come.
_DAYS = (
    "decision_date",
    "trade_registered_on",
    "register_entry_on",
    "lease_signed_on",
    "opened_on",
)


def _needed(name: str) -> Text:
    """What to do about a field a stage needs and the project lacks."""
    if name == "lost_reason":
        return text("choose why the company went elsewhere")
    if name == "lost_to_location":
        return text("enter the location the company chose instead, e.g. Amsterdam")
    if name == "decision_date":
        return text("enter the day the company decided")
    if name == "permits_status":
        return text("must be done or not required before the branch counts as landed")
    if name == "jobs_at_opening":
        return text("enter the jobs at the opening")
    return text("required: tick it and enter the day it was done")


def needed(name: str) -> FieldProblem:
    """The problem of a field a stage needs and the project lacks: its name, what to do."""
    return FieldProblem(name, FIELD_LABELS[name], _needed(name))


def negative_numbers(
    values: Iterable[tuple[str, str, int | Decimal | None]],
) -> tuple[FieldProblem, ...]:
    """A problem for each ``(field, label, number)`` below zero: counts and amounts never are."""
    return tuple(
        FieldProblem(name, label, text("cannot be negative (got {number})", number=number))
        for name, label, number in values
        if number is not None and number < 0
    )


def invalid_values(update: OutcomeUpdate, today: date) -> tuple[FieldProblem, ...]:
    """What is wrong with the fields ``update`` gives, whatever the stage.

    A number below zero, and a decision or checklist day after ``today`` (the
    office day in Düsseldorf: these fields record what has happened).
    """
    given = update.values
    numbers = negative_numbers(
        (name, FIELD_LABELS[name], getattr(given, name))
        for name in ("jobs_at_opening", "actual_investment")
        if name in update.given
    )
    future = tuple(
        FieldProblem(
            name,
            FIELD_LABELS[name],
            text(
                "cannot be in the future (got {day}; today is {today})",
                day=f"{day:%Y-%m-%d}",
                today=f"{today:%Y-%m-%d}",
            ),
        )
        for name in _DAYS
        if name in update.given and (day := getattr(given, name)) is not None and day > today
    )
    return numbers + future
