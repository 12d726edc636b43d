"""Collecting field problems so that one save reports all of them at once."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import fields, replace
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from leadtracker.db.text_limits import text_problems
from leadtracker.domain.errors import FieldProblem, ValidationError
from leadtracker.domain.messages import text

D = TypeVar("D")


def stripped(draft: D) -> D:
    """A copy of the dataclass ``draft`` with every text field stripped of outer whitespace."""
    changes: dict[str, Any] = {
        f.name: value.strip()
        for f in fields(draft)  # type: ignore[arg-type]
        if type(value := getattr(draft, f.name)) is str  # not enum members: they are str too
    }
    return replace(draft, **changes)  # type: ignore[type-var]


class Problems:
    """A list of field problems; :meth:`raise_if_any` turns them into one error."""

    def __init__(self) -> None:
        self.items: list[FieldProblem] = []

    def add(self, field: str, label: str, problem: str) -> None:
        """Record one problem."""
        self.items.append(FieldProblem(field, label, problem))

    def clean(self, cleaner: Callable[[str], str], value: str) -> str:
        """Run a ``clean_*`` function; on error remember its problems and return ``value``."""
        try:
            return cleaner(value)
        except ValidationError as error:
            self.items.extend(error.problems)
            return value

    def has(self, field: str) -> bool:
        """Whether a problem with ``field`` is noted (then it is not looked up in the database)."""
        return any(problem.field == field for problem in self.items)

    def check_texts(self, model: type[Any], values: Mapping[str, object] | object) -> None:
        """Note each text too long for its column of ``model``, or holding a NUL.

        ``values`` maps fields to values, or is a draft (a dataclass) whose
        fields are named as the model's columns. A field with a problem
        noted already (e.g. not a phone number) is left alone.
        """
        found = (
            values
            if isinstance(values, Mapping)
            else {f.name: getattr(values, f.name) for f in fields(values)}  # type: ignore[arg-type]
        )
        found = {field: value for field, value in found.items() if not self.has(field)}
        self.items.extend(text_problems(model, found))

    def check_reference(
        self, session: Session, model: type[Any], record_id: int | None, field: str, label: str
    ) -> None:
        """Note a problem when ``record_id`` is given but no such record exists."""
        if record_id is not None and session.get(model, record_id) is None:
            self.add(field, label, text("there is no record with id {id}", id=record_id))

    def raise_if_any(self) -> None:
        """Raise :class:`ValidationError` with every problem collected."""
        if self.items:
            raise ValidationError(self.items)
