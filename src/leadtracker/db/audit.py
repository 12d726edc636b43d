"""Writing the audit trail: every change made through a session, in the same transaction.

:func:`install_audit_hooks` records, after each flush, what the ORM wrote
for the audited records (:data:`AUDITED`): for a new record one row with its
fields (a JSON object of those with a value), for a changed one a row per
changed field with its old and new value, for a deleted one a row with the
record as it was. Who made the change comes from the
session factory's :class:`Attribution` (the staff member set in the app's
Settings, or the person at the command line). Rows written with plain
inserts -- an import's companies -- are recorded with :func:`record_created`.
An attribution that is :attr:`Attribution.required` (the app's) refuses every
change but adding a staff member while nobody is chosen, with
:class:`StaffNotChosenError`: the trail never gets an author-less change from
the window.

Not recorded: bulk ``UPDATE`` statements the ORM never sees (moving a
project's activities along with it), and demo data.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.models import (
    SORT_KEY_COLUMNS,
    Activity,
    AuditEntry,
    Company,
    Contact,
    Event,
    Partner,
    Project,
    Task,
    User,
    utc_now,
)
from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import text

#: The audited models and the name their records go by in the trail.
AUDITED: dict[type[Any], str] = {
    Company: "company",
    Contact: "contact",
    Project: "project",
    Activity: "activity",
    Task: "task",
    Partner: "partner",
    Event: "event",
    User: "staff",
}

#: Fields the database keeps by itself: not changes anyone made.
UNAUDITED_FIELDS = frozenset({"id", "created_at", "updated_at", "version", *SORT_KEY_COLUMNS})

CREATE, UPDATE, DELETE = "create", "update", "delete"


@dataclass
class Attribution:
    """Who the changes of a session factory are made by (changed when Settings change).

    ``required``: changes without a staff member are refused (the app's
    window); the command line records the login name instead.
    """

    staff_id: int | None = None
    staff_name: str = ""
    required: bool = False

    def check(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Refuse ``rows`` of the trail when an author is required and none is chosen.

        Adding a staff member is the one change allowed then: it is how a
        new colleague comes to be chosen.
        """
        if not self.required or self.staff_id is not None:
            return
        if any(row["record_type"] != AUDITED[User] for row in rows):
            raise StaffNotChosenError(
                text(
                    "Choose who is using this PC before saving changes: LeadTracker records "
                    "every change with the name of the person who made it."
                )
            )


class StaffNotChosenError(DomainError):
    """A change from the window while nobody has said who is using this PC."""


def attribution_of(session: Session) -> Attribution:
    """The attribution of a session (an unattributed one when none was set)."""
    found = session.info.get("attribution")
    return found if isinstance(found, Attribution) else Attribution()


def render(value: Any) -> str | None:
    """A field's value as the trail stores it: text, ISO dates, enum values, JSON lists."""
    if value is None:
        return None
    for kind, show in _RENDERERS:
        if isinstance(value, kind):
            return show(value)
    return str(value)


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).isoformat()


def _list(value: list[Any] | tuple[Any, ...]) -> str:
    return json.dumps([_plain(v) for v in value], ensure_ascii=False)


#: How values of each type are written (bool before int, datetime before date).
_RENDERERS: tuple[tuple[type[Any] | tuple[type[Any], ...], Callable[[Any], str]], ...] = (
    (enum.Enum, lambda v: str(v.value)),
    (bool, lambda v: "true" if v else "false"),
    (datetime, _moment),
    (date, date.isoformat),
    ((list, tuple), _list),
)


def _plain(value: Any) -> Any:
    """A list item as JSON holds it: a related record by its id."""
    return getattr(value, "id", value)


def _fields(model: type[Any]) -> list[str]:
    mapper = inspect(model)
    columns = [a.key for a in mapper.column_attrs if a.key not in UNAUDITED_FIELDS]
    collections = [r.key for r in mapper.relationships if r.secondary is not None]
    return [*columns, *collections]


_FIELDS = {model: _fields(model) for model in AUDITED}
# Fields that are collections of related records (an activity's participants).
_COLLECTIONS = {
    model: {r.key for r in inspect(model).relationships if r.secondary is not None}
    for model in AUDITED
}


def audited_fields(model: type[Any]) -> list[str]:
    """The fields of ``model`` the trail records."""
    return list(_FIELDS[model])


_EMPTY = (None, "", "[]")


class _Recorder:
    """The trail rows of one flush."""

    def __init__(self, who: Attribution) -> None:
        self.who = who
        self.now = utc_now()
        self.rows: list[dict[str, Any]] = []

    def add(self, obj: Any, action: str, field: str, *, old: Any, new: Any) -> None:
        """One row: ``field`` of ``obj`` went from ``old`` to ``new`` by ``action``."""
        self.rows.append(
            {
                "at": self.now,
                "staff_id": self.who.staff_id,
                "staff_name": self.who.staff_name,
                "record_type": AUDITED[type(obj)],
                "record_id": obj.id,
                "action": action,
                "field": field,
                "old_value": old,
                "new_value": new,
            }
        )

    def created(self, obj: Any) -> None:
        """The new record's fields that have a value, in one row."""
        fields = {f: getattr(obj, f) for f in _FIELDS[type(obj)]}
        self.add(obj, CREATE, "", old=None, new=record_text(type(obj), fields))

    def updated(self, obj: Any) -> None:
        """Each changed field of a record, with its old and new value."""
        state = inspect(obj)
        for field in _FIELDS[type(obj)]:
            history = state.attrs[field].history
            if history.has_changes():
                new = render(getattr(obj, field))
                collection = field in _COLLECTIONS[type(obj)]
                old = _old_value(history, getattr(obj, field), collection=collection)
                if old != new:
                    self.add(obj, UPDATE, field, old=old, new=new)

    def deleted(self, obj: Any) -> None:
        """The record as it was, in one row."""
        fields = {f: getattr(obj, f, None) for f in _FIELDS[type(obj)]}
        self.add(obj, DELETE, "", old=record_text(type(obj), fields), new=None)


def record_text(model: type[Any], fields: Mapping[str, Any]) -> str:
    """A record's audited fields that have a value, as one JSON object."""
    rendered = {f: render(v) for f, v in fields.items() if f in _FIELDS[model]}
    return json.dumps({f: v for f, v in rendered.items() if v not in _EMPTY}, ensure_ascii=False)


def _changes(session: Session, who: Attribution) -> list[dict[str, Any]]:
    recorder = _Recorder(who)
    for obj in session.new:
        if type(obj) in AUDITED:
            recorder.created(obj)
    for obj in session.dirty:
        if type(obj) in AUDITED and session.is_modified(obj):
            recorder.updated(obj)
    for obj in session.deleted:
        if type(obj) in AUDITED:
            recorder.deleted(obj)
    return recorder.rows


def _old_value(history: Any, current: Any, *, collection: bool) -> str | None:
    """The value before the flush: a column's replaced value, or a collection as it was."""
    if collection:
        before = [item for item in current if item not in history.added] + list(history.deleted)
        return render(sorted(before, key=_plain))
    return render(history.deleted[0]) if history.deleted else None


def install_audit_hooks(factory: sessionmaker[Session]) -> None:
    """Record in the trail what every flush of sessions of ``factory`` writes."""

    def after_flush(session: Session, _context: object) -> None:
        who = attribution_of(session)
        rows = _changes(session, who)
        who.check(rows)
        if rows:
            session.connection().execute(insert(AuditEntry), rows)

    event.listen(factory, "after_flush", after_flush)


def record_created(
    conn: Connection,
    model: type[Any],
    records: Iterable[tuple[int, Mapping[str, Any]]],
    who: Attribution,
) -> None:
    """Record records added with plain inserts: ``(id, {field: value})`` each, a row each."""
    now = utc_now()
    rows = [
        {
            "at": now,
            "staff_id": who.staff_id,
            "staff_name": who.staff_name,
            "record_type": AUDITED[model],
            "record_id": record_id,
            "action": CREATE,
            "field": "",
            "old_value": None,
            "new_value": record_text(model, values),
        }
        for record_id, values in records
    ]
    who.check(rows)
    if rows:
        conn.execute(insert(AuditEntry), rows)
