"""What text a record's columns can hold, checked before anything is written.

PostgreSQL refuses a value longer than its ``VARCHAR(n)`` and any text with
a NUL character (U+0000); SQLite stores both. So that the two engines behave
alike and a user reads which field is wrong instead of a driver's error,
every text a record is saved with is checked here against its model: the
lengths come from the columns' ``String(n)`` (not from a second list), and
a NUL is refused in every text column (not dropped: a stored value is never
changed behind the user's back, see :mod:`leadtracker.domain.visible`).

:func:`text_problems` is what the services' validation asks (so that a form
or an import row lists it beside its other problems);
:func:`install_text_checks` refuses the same at every flush, for whatever
writer did not ask.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import JSON, String, event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.audit import AUDITED
from leadtracker.domain.errors import FieldProblem, ValidationError
from leadtracker.domain.field_catalogue import field_entry
from leadtracker.domain.messages import text

NUL = "\x00"


_TEXT_COLUMNS: dict[type[Any], Mapping[str, int | None]] = {}
_JSON_COLUMNS: dict[type[Any], frozenset[str]] = {}


def text_columns(model: type[Any]) -> Mapping[str, int | None]:
    """The text columns of ``model``: attribute name -> most characters (None: no limit)."""
    if model not in _TEXT_COLUMNS:
        _TEXT_COLUMNS[model] = {
            attribute.key: column.type.length
            for attribute in sa_inspect(model).column_attrs
            for column in attribute.columns[:1]
            if isinstance(column.type, String)  # Text is a String without a length
        }
    return _TEXT_COLUMNS[model]


def json_columns(model: type[Any]) -> frozenset[str]:
    """The JSON columns of ``model`` (lists of texts may hold no NUL there either)."""
    if model not in _JSON_COLUMNS:
        _JSON_COLUMNS[model] = frozenset(
            attribute.key
            for attribute in sa_inspect(model).column_attrs
            for column in attribute.columns[:1]
            if isinstance(column.type, JSON)
        )
    return _JSON_COLUMNS[model]


def text_problems(model: type[Any], values: Mapping[str, object]) -> list[FieldProblem]:
    """What is wrong with the texts in ``values`` (field -> value) for ``model``'s columns."""
    columns, lists = text_columns(model), json_columns(model)
    problems: list[FieldProblem] = []
    for field, given in values.items():
        if field in lists and isinstance(given, list | tuple):
            value = "".join(item for item in given if isinstance(item, str))
        elif field in columns and isinstance(given, str):
            value = given
        else:
            continue
        most = columns.get(field)
        found = []
        if most is not None and len(value) > most:
            found.append(
                text(
                    "has {count} characters; the field holds at most {most}",
                    count=f"{len(value):,}",
                    most=f"{most:,}",
                )
            )
        if NUL in value:
            found.append(
                text("contains a NUL character (U+0000), which cannot be saved: remove it")
            )
        if found:  # the field's name is looked up only for a problem: every flush comes here
            record_type = AUDITED.get(model) or sa_inspect(model).local_table.name
            label = field_entry(record_type, field).label
            problems.extend(FieldProblem(field, label, problem) for problem in found)
    return problems


def _changed_texts(record: Any) -> dict[str, object]:
    """The text columns of ``record`` a flush would write: all of a new one, changed ones else."""
    state = sa_inspect(record)
    keys = [*text_columns(type(record)), *json_columns(type(record))]
    return {
        key: getattr(record, key)
        for key in keys
        if state.pending or state.attrs[key].history.has_changes()
    }


def refuse_bad_texts(records: Iterable[Any]) -> None:
    """Raise :class:`ValidationError` when any of ``records`` would be written with a bad text."""
    problems = [
        problem
        for record in records
        for problem in text_problems(type(record), _changed_texts(record))
    ]
    if problems:
        raise ValidationError(problems)


def install_text_checks(factory: sessionmaker[Session]) -> None:
    """Refuse, at every flush of ``factory``'s sessions, a text its column cannot hold."""

    def check(session: Session, _context: object, _instances: object) -> None:
        refuse_bad_texts([*session.new, *session.dirty])

    event.listen(factory, "before_flush", check)
