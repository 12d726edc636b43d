"""Collecting field problems so that one save reports all of them at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any, TypeVar

from sqlalchemy.orm import Session

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
