"""Reading one sheet's rows for an import, and noting each problem under the sheet's own names.

:class:`SheetReader` recognises the sheet's columns, reads each row's cells
with the columns' readers, finds what a cell refers to, and keeps every
problem with the row number, the column's header and the value as the user
sees them in the spreadsheet.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from leadtracker.domain.errors import ValidationError
from leadtracker.domain.messages import text
from leadtracker.domain.spreadsheet_values import CellValueError
from leadtracker.services.importing.columns import (
    ColumnChoices,
    ImportColumn,
    recognise,
    text_of,
    unread_headers,
)
from leadtracker.services.importing.report import (
    ImportProblem,
    ImportRefusedError,
    ImportReport,
    all_or_nothing,
    sheet_report,
)
from leadtracker.services.importing.spreadsheet_files import SheetRows

T = TypeVar("T")


def read_cells(
    number: int,
    cells: Sequence[Any],
    headers: Sequence[str],
    mapping: dict[int, ImportColumn],
    keys: frozenset[str],
) -> tuple[dict[str, Any], list[ImportProblem]]:
    """The values of a row's mapped cells whose field is in ``keys``, and the unreadable cells."""
    values: dict[str, Any] = {}
    problems: list[ImportProblem] = []
    for index, column in mapping.items():
        if column.key not in keys:
            continue
        try:
            value = column.read(cells[index])
        except CellValueError as error:
            problems.append(
                ImportProblem(number, headers[index], text_of(cells[index]), error.reason)
            )
            continue
        if value is not None and value != "":
            values[column.key] = value
    return values, problems


def field_problems(
    number: int,
    error: ValidationError,
    headers: Sequence[str],
    mapping: dict[int, ImportColumn],
    cells: Sequence[Any],
) -> list[ImportProblem]:
    """The problems of a row the service refused, under the file's column names."""
    column_of = {column.key: index for index, column in mapping.items()}
    problems = []
    for problem in error.problems:
        index = column_of.get(problem.field)
        header = headers[index] if index is not None else problem.label
        value = text_of(cells[index]) if index is not None else ""
        problems.append(ImportProblem(number, header, value, problem.problem))
    return problems


@dataclass(frozen=True)
class Row:
    """A row of the sheet: its number in the spreadsheet, its cells, and the values read."""

    number: int
    cells: Sequence[Any]
    values: dict[str, Any]


class SheetReader:
    """The rows of one sheet, read by the columns an import knows; the problems found."""

    def __init__(
        self,
        rows: SheetRows,
        columns: Sequence[ImportColumn],
        sheet: str = "",
        chosen: ColumnChoices | None = None,
    ) -> None:
        self.rows = rows
        self.sheet = sheet
        self._chosen = chosen or {}
        self.mapping = recognise(rows.headers, columns, chosen)
        self.problems: list[ImportProblem] = []
        self._at = {column.key: index for index, column in self.mapping.items()}

    def has(self, key: str) -> bool:
        """Whether the sheet has a column for the field ``key``."""
        return key in self._at

    def __iter__(self) -> Iterator[Row]:
        """Each row with the values of its readable cells (empty cells left out)."""
        keys = frozenset(self._at)
        for number, cells in enumerate(self.rows.rows, start=2):  # row 1 holds the headers
            values, problems = read_cells(number, cells, self.rows.headers, self.mapping, keys)
            self._note(problems)
            yield Row(number, cells, values)

    @property
    def ignored(self) -> tuple[str, ...]:
        """Headers of the columns no field reads (without those the import knows to leave)."""
        return unread_headers(self.rows.headers, self.mapping, self._chosen)

    def column(self, key: str) -> list[Any]:
        """The raw cells of field ``key`` in every row (none without such a column)."""
        index = self._at.get(key)
        return [] if index is None else [cells[index] for cells in self.rows.rows]

    def cell(self, row: Row, key: str) -> Any:
        """The raw cell of field ``key`` in ``row`` (None without such a column)."""
        index = self._at.get(key)
        return row.cells[index] if index is not None else None

    def find(self, row: Row, key: str, finder: Callable[[Any], T | None]) -> T | None:
        """What the cell of field ``key`` refers to; a problem (and None) when nothing is found."""
        value = self.cell(row, key)
        try:
            return finder(value)
        except CellValueError as error:
            self.problem(row, key, error.reason)
            return None

    def problem(self, row: Row, key: str, reason: str) -> None:
        """Note a problem with field ``key`` of ``row`` (or with the row, without such a column)."""
        index = self._at.get(key)
        column = self.rows.headers[index] if index is not None else ""
        value = text_of(row.cells[index]) if index is not None else ""
        self._note([ImportProblem(row.number, column, value, reason)])

    def require(self, row: Row, key: str, value: Any, missing: str) -> None:
        """Note ``missing`` when a field that must be given is empty (not when it is unreadable).

        ``value`` is what was read from the cell: None both for an empty cell
        and for one whose problem is already noted.
        """
        if value is None and not text_of(self.cell(row, key)):
            self.problem(row, key, missing)

    def refused(self, row: Row, error: ValidationError) -> None:
        """Note the problems of a row the service refused (not those already noted for a column)."""
        noted = {p.column for p in self.problems if p.row == row.number}
        found = field_problems(row.number, error, self.rows.headers, self.mapping, row.cells)
        self._note([p for p in found if p.column not in noted])

    def note(self, *problems: ImportProblem) -> None:
        """Note problems found outside the columns' fields (e.g. a column only a workbook has)."""
        self._note(problems)

    def _note(self, problems: Sequence[ImportProblem]) -> None:
        if self.sheet:
            problems = [
                ImportProblem(p.row, p.column, p.value, p.reason, self.sheet) for p in problems
            ]
        self.problems.extend(problems)


def company_by_name(
    companies: Mapping[str, list[int]], missing: str
) -> Callable[[Any], int | None]:
    """A finder of the one company a cell names (``companies``: ids by name); ``missing`` if none.

    Raises (the finder):
        CellValueError: no company, or several, have that name.
    """

    def find(value: Any) -> int | None:
        name = text_of(value)
        if not name:
            return None
        found = companies.get(name, [])
        if len(found) == 1:
            return found[0]
        if not found:
            raise CellValueError(missing)
        raise CellValueError(
            text("names {count} companies; rename one to tell them apart", count=len(found))
        )

    return find


def company_named(reader: SheetReader, row: Row, companies: dict[str, list[int]]) -> int | None:
    """The company a row's ``company`` cell names (one of ``companies`` by name), or a problem."""
    return reader.find(
        row, "company", company_by_name(companies, text("is no company in the database"))
    )


#: Reads the rows of one sheet and saves them; what it created, updated and skipped.
RowsWork = Callable[[Session, SheetReader], tuple[int, int, int]]


def import_sheet(
    sessions: sessionmaker[Session],
    rows: SheetRows,
    columns: Sequence[ImportColumn],
    work: RowsWork,
    *,
    dry_run: bool,
    chosen: ColumnChoices | None,
) -> ImportReport:
    """Import one sheet's ``rows`` with ``work`` in one transaction: all rows, or none.

    Raises:
        ImportRefusedError: a row has a problem (nothing was written).
    """
    started = time.perf_counter()

    def attempt(session: Session) -> tuple[ImportReport, bool]:
        reader = SheetReader(rows, columns, chosen=chosen)
        counts = work(session, reader)
        problems = tuple(reader.problems)
        report = sheet_report(
            rows,
            (0, 0, 0) if problems else counts,
            problems,
            ignored=reader.ignored,
            dry_run=dry_run,
            started=started,
        )
        return report, not problems and not dry_run

    report = all_or_nothing(sessions, attempt)
    if report.problems:
        raise ImportRefusedError(report)
    return report
