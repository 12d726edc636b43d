"""Errors the domain raises, shaped so every layer can show them to a user.

Each problem names the field it is about (a stable key for programs and an
English label for people) and what is wrong, so a dialog can put the message
next to the field and the command line can print it as one clear line.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from leadtracker.domain.messages import text


class DomainError(Exception):
    """Base of every error a user can cause and fix."""


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field.

    Attributes:
        field: Stable key of the field, e.g. ``"corporate_number"``.
        label: The field's name in words, e.g. ``"Corporate number"``.
        problem: What is wrong, e.g. ``"the check digit does not match"``.
    """

    field: str
    label: str
    problem: str

    def __str__(self) -> str:
        return f"{self.label}: {self.problem}"


class ValidationError(DomainError):
    """Input that cannot be saved; lists every problem found, not just the first."""

    def __init__(self, problems: Iterable[FieldProblem]) -> None:
        self.problems: tuple[FieldProblem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("ValidationError needs at least one problem")
        super().__init__("; ".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, field: str, label: str, problem: str) -> ValidationError:
        """Build the error for one problem with one field."""
        return cls([FieldProblem(field, label, problem)])

    @property
    def fields(self) -> tuple[str, ...]:
        """Keys of the fields that have problems, in order."""
        return tuple(p.field for p in self.problems)


class NotFoundError(DomainError):
    """A record asked for by id or name does not exist."""


class RecordChangedError(DomainError):
    """A record was saved by someone else since it was loaded: saving now would overwrite that.

    Attributes:
        changed_by: Who saved it last (as the audit trail names them; may be empty).
        changed_at: When (UTC), if known.
    """

    def __init__(self, what: str, changed_by: str, changed_at: datetime | None) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        when = f"{changed_at.astimezone():%Y-%m-%d %H:%M}" if changed_at else ""
        if changed_by and when:
            message = text(
                "{what} was changed by {who} at {when} since you opened it.",
                what=what,
                who=changed_by,
                when=when,
            )
        elif changed_by:
            message = text(
                "{what} was changed by {who} since you opened it.", what=what, who=changed_by
            )
        elif when:
            message = text(
                "{what} was changed at {when} since you opened it.", what=what, when=when
            )
        else:
            message = text("{what} was changed since you opened it.", what=what)
        super().__init__(message)


class StageMoveError(DomainError):
    """A project cannot move to the stage asked for.

    Attributes:
        source: Key of the stage the project is in.
        target: Key of the stage asked for.
        missing: Fields that must be filled before the move (may be empty when
            the move itself is not allowed).
    """

    def __init__(
        self,
        source: str,
        target: str,
        message: str,
        missing: tuple[FieldProblem, ...] = (),
    ) -> None:
        self.source = source
        self.target = target
        self.missing = missing
        super().__init__(message)
