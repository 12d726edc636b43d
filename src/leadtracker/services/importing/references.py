"""What the rows of an import refer to: rows of the same workbook by ID, the rest by name.

An exported workbook writes every reference twice: by name for people, and by
the referenced row's ``ID`` (``Company ID``, ``Project ID`` …) for the import,
because two companies may share a name and project titles repeat. When a
workbook is imported whole, :class:`Links` remembers which record each row
became, so the later sheets find them by those IDs. Staff, partners, events
and stages are few and have names people use; :class:`Names` finds them by
name (staff also by initials, stages also by key), in the database -- which by
then holds what the workbook's own sheets for them added.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from leadtracker.db.models import Event, Partner, Stage, User
from leadtracker.domain.messages import Listing, term, text
from leadtracker.domain.normalize import fold
from leadtracker.domain.spreadsheet_values import CellValueError, read_whole_number
from leadtracker.services.importing.columns import word_forms

#: Sheets of a workbook whose rows others refer to by ID: the problem of an ID none has.
_NO_SUCH_ID = {
    "companies": text("is no company ID of the Companies sheet"),
    "contacts": text("is no contact ID of the Contacts sheet"),
    "projects": text("is no project ID of the Projects sheet"),
    "staff": text("is no staff member ID of the Staff sheet"),
    "partners": text("is no partner ID of the Partners sheet"),
    "events": text("is no event ID of the Events sheet"),
}


class Links:
    """Which record each row of a workbook became, by sheet and the row's ID in the file."""

    def __init__(self) -> None:
        self._records: defaultdict[str, dict[int, int]] = defaultdict(dict)

    def remember(self, table: str, file_id: Any, record_id: int | None) -> None:
        """Row ``file_id`` of ``table`` is now record ``record_id`` (rows without an ID: none)."""
        try:
            number = read_whole_number(file_id)
        except CellValueError:
            return
        if number is not None and record_id is not None:
            self._records[table][number] = record_id

    def all(self, table: str) -> set[int]:
        """The records the rows of ``table`` became."""
        return set(self._records[table].values())

    def record(self, table: str, value: Any) -> int | None:
        """The record the ID in a cell stands for (empty: None).

        Raises:
            CellValueError: the ID is not a number, or no row of ``table`` has it.
        """
        number = read_whole_number(value)
        if number is None:
            return None
        try:
            return self._records[table][number]
        except KeyError:
            raise CellValueError(_NO_SUCH_ID[table]) from None

    def records(self, table: str, value: Any) -> tuple[int, ...]:
        """The records a comma-separated list of IDs stands for (empty: none).

        Raises:
            CellValueError: an ID is not a number or is not in ``table``.
        """
        typed = "" if value is None else str(value)
        found = (self.record(table, part) for part in typed.split(",") if part.strip())
        return tuple(record for record in found if record is not None)


class Names:
    """Staff, partners, events and stages found by the names people write."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self.refresh()

    def refresh(self) -> None:
        """Read the names again (after an import added staff, partners or events)."""
        users = self._session.execute(select(User.id, User.name, User.initials)).all()
        self._staff = _index((user_id, (name, initials)) for user_id, name, initials in users)
        partners = self._session.execute(select(Partner.id, Partner.name)).all()
        self._partners = _index((i, (name,)) for i, name in partners)
        events = self._session.execute(select(Event.id, Event.name)).all()
        self._events = _index((i, (name,)) for i, name in events)
        stages = self._session.execute(
            select(Stage.key, Stage.label).order_by(Stage.position)
        ).all()
        self.first_stage: str = stages[0].key if stages else ""
        self._stages = {fold(key): key for key, _ in stages} | {
            fold(word): key for key, label in stages for word in word_forms(label)
        }

    def staff(self, value: Any) -> int | None:
        """A staff member by name or initials (empty: None)."""
        return _find(self._staff, value, text("is no staff member's name or initials"))

    def partner(self, value: Any) -> int | None:
        """A partner by name (empty: None)."""
        return _find(self._partners, value, text("is no partner in the database or the file"))

    def event(self, value: Any) -> int | None:
        """An event by name (empty: None)."""
        return _find(self._events, value, text("is no event in the database or the file"))

    def stage(self, value: Any) -> str | None:
        """A stage's key, by its label or key (empty: None)."""
        typed = _text(value)
        if not typed:
            return None
        try:
            return self._stages[fold(typed)]
        except KeyError:
            labels = self._session.scalars(select(Stage.label).order_by(Stage.position))
            stages = Listing(tuple(term(label, "Stages") for label in labels))
            raise CellValueError(
                text("is not a stage; the stages are: {stages}", stages=stages)
            ) from None


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _index(entries: Iterable[tuple[int, tuple[str, ...]]]) -> dict[str, list[int]]:
    """Record ids by each of their folded names."""
    found: defaultdict[str, list[int]] = defaultdict(list)
    for record_id, names in entries:
        for name in dict.fromkeys(fold(n) for n in names if n):
            found[name].append(record_id)
    return dict(found)


def _find(index: dict[str, list[int]], value: Any, missing: str) -> int | None:
    typed = _text(value)
    if not typed:
        return None
    found = index.get(fold(typed), [])
    if not found:
        raise CellValueError(missing)
    if len(found) > 1:
        raise CellValueError(
            text("names {count} records; rename one to tell them apart", count=len(found))
        )
    return found[0]
