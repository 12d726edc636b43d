"""The columns of an import: which header feeds which field, and how its cells are read.

An :class:`ImportColumn` names a field, the header names it is recognised by
(in English, German and Japanese; :func:`recognise` folds case, width and
kana) and how a cell is read. :func:`fitted` makes a text column refuse a
cell longer than the database field it feeds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from leadtracker.db.text_limits import text_columns
from leadtracker.domain.messages import Listing, term, text
from leadtracker.domain.normalize import fold
from leadtracker.domain.office import OFFICE_TIMEZONE
from leadtracker.domain.spreadsheet_values import CellValueError, read_moment
from leadtracker.domain.vocabulary_words import VOCABULARY_WORDS

Reader = Callable[[Any], Any]


def text_of(value: Any) -> str:
    """A cell as stripped text (empty for an empty cell)."""
    return "" if value is None else str(value).strip()


def office_moment(value: Any) -> datetime | None:
    """A cell's date and time; one without a time zone is taken as Düsseldorf's."""
    return read_moment(value, OFFICE_TIMEZONE)


def word_forms(label: str) -> tuple[str, ...]:
    """A vocabulary word's English label and its German and Japanese words."""
    return (label, *VOCABULARY_WORDS.get(label, ()))


def vocabulary_reader(kind: type[StrEnum]) -> Reader:
    """Read a vocabulary word in English, German or Japanese, or its stored value, in any case."""
    known = {fold(m.value): m for m in kind} | {
        fold(word): m
        for m in kind
        for word in word_forms(m.label)  # type: ignore[attr-defined]
    }

    def read(value: Any) -> Any:
        typed = text_of(value)
        if not typed:
            return None
        try:
            return known[fold(typed)]
        except KeyError:
            words = Listing(tuple(term(m.label, "Vocabulary") for m in kind))  # type: ignore[attr-defined]
            raise CellValueError(text("is not one of: {words}", words=words)) from None

    return read


@dataclass(frozen=True)
class ImportColumn:
    """A field of the draft, the header names it is recognised by, and how to read its cells."""

    key: str
    names: tuple[str, ...]
    read: Reader = text_of


def fitted(model: type[Any], columns: tuple[ImportColumn, ...]) -> tuple[ImportColumn, ...]:
    """``columns``, each text column refusing a cell longer than the field of ``model`` it feeds.

    The lengths come from the model's columns (``String(300)``): a longer
    value is a problem of its row, named with the column, not a record the
    database holds cut or the app's forms cannot show.
    """
    lengths = {key: most for key, most in text_columns(model).items() if most is not None}
    return tuple(
        replace(column, read=_within(column.read, lengths[column.key]))
        if column.key in lengths
        else column
        for column in columns
    )


def _within(read: Reader, most: int) -> Reader:
    def within(value: Any) -> Any:
        found = read(value)
        if isinstance(found, str) and len(found) > most:
            raise CellValueError(
                text(
                    "has {count} characters; the field holds at most {most}",
                    count=f"{len(found):,}",
                    most=f"{most:,}",
                )
            )
        return found

    return within


#: Columns the import of one sheet knows and leaves alone: the export writes
#: them, but the IDs of another database mean nothing here (a workbook
#: imported whole links its sheets by them, see :mod:`.workbook`).
IGNORED = frozenset(fold(n) for n in ("ID", "Company ID", "Parent ID", "Project ID"))


#: Which field a header of the file feeds, as the user chose it (in the app's
#: mapping table): header -> field key, or ``""`` for "do not import".
ColumnChoices = Mapping[str, str]


def unread_headers(
    headers: Sequence[str], mapping: Mapping[int, ImportColumn], chosen: ColumnChoices | None
) -> tuple[str, ...]:
    """Headers no field reads: unknown ones, not those the import knows to leave or chosen so."""
    left_out = chosen or {}
    return tuple(
        header
        for index, header in enumerate(headers)
        if header
        and index not in mapping
        and fold(header) not in IGNORED
        and header not in left_out
    )


def recognise(
    headers: Sequence[str], columns: Sequence[ImportColumn], chosen: ColumnChoices | None = None
) -> dict[int, ImportColumn]:
    """Which column of the file feeds which field (first match wins; unknown ones left out).

    A header in ``chosen`` feeds the field chosen for it (or nothing); the
    others are recognised by their names.
    """
    by_name = {fold(name): column for column in columns for name in column.names}
    by_key = {column.key: column for column in columns}
    chosen = chosen or {}
    found: dict[int, ImportColumn] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        column = by_key.get(chosen[header]) if header in chosen else by_name.get(fold(header))
        if column is not None and column.key not in taken:
            found[index] = column
            taken.add(column.key)
    return found
