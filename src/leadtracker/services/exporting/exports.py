"""Exports of the database's tables to an Excel workbook (XLSX) or to CSV files.

What each table holds -- its columns, their types, the query that reads
them -- is declared in :mod:`leadtracker.services.exporting.tables`. One call
reads everything in one read transaction, a table at a time with plain row
tuples in batches, so a table of 100,000 projects is never in memory at once.

- **XLSX** is streamed a batch of rows at a time by
  :mod:`leadtracker.services.exporting.xlsx_writer` (strings inline). Header row bold
  and frozen, an autofilter over the data, numbers as numbers, dates and
  times as Excel dates with a date (or date-time) format, amounts with a euro
  format.
- **CSV** is UTF-8 with a byte order mark (Excel on Windows then reads
  Japanese correctly), comma separated, with a header row; dates as
  ``YYYY-MM-DD``, amounts as plain decimals with a dot (``1234567.50``).

Times (an activity's, a task's completion) are Düsseldorf office time: in
XLSX as the local date and time (Excel has no time zones), in CSV as ISO 8601
with the offset, e.g. ``2026-05-15T14:30:00+02:00``.

Text a user typed is never turned into a formula (spreadsheet or "CSV"
injection): XLSX cells are always written as strings, and CSV values that a
spreadsheet would evaluate get a leading apostrophe (:func:`safe_text`).

Every file is written to a temporary file beside the target and renamed at
the end, so a failed export never leaves a half-written file behind.
"""

from __future__ import annotations

import csv
import math
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker

from leadtracker.db.engine import READ_ONLY
from leadtracker.db.file_writes import replacing
from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import text
from leadtracker.domain.office import OFFICE_TIMEZONE
from leadtracker.domain.spreadsheet_values import FORMULA_PREFIXES, formula_guarded
from leadtracker.services.exporting.choices import TABLES
from leadtracker.services.exporting.tables import (
    COLUMNS,
    SOURCES,
    CellType,
    ExportColumn,
    Source,
    batches,
)
from leadtracker.services.exporting.xlsx_writer import (
    CellEncoder,
    SheetColumn,
    WorkbookWriter,
    date_cell,
    datetime_cell,
    money_cell,
    number_cell,
    text_cell,
)

__all__ = [
    "COLUMNS",
    "FORMULA_PREFIXES",
    "TABLES",
    "CellType",
    "ExportColumn",
    "ExportError",
    "ExportReport",
    "ExportService",
    "Progress",
    "SummaryValue",
    "safe_text",
]

#: Called with a step's name and the share of the work done (0.0–1.0), as in
#: :data:`leadtracker.services.demo.loader.Progress`.
Progress = Callable[[str, float], None]

#: A value of the summary sheet: text, a count, a figure, an amount in euro
#: (:class:`~decimal.Decimal`), a day, or nothing.
SummaryValue = str | int | float | Decimal | date | None

#: Name of the workbook's first sheet when KPI rows are given.
SUMMARY_SHEET = "Summary"

#: Data rows an Excel sheet holds (1,048,576 rows less the header).
MAX_SHEET_ROWS = 1_048_575

#: ``text`` as a CSV value no spreadsheet evaluates (a leading ``'`` where it
#: would); the CSV import takes exactly that ``'`` off again. Only text goes
#: through here: a negative number stored as a number is written as it is.
#: (XLSX needs no prefix: its text cells are written as strings.)
safe_text = formula_guarded


class ExportError(DomainError):
    """An export cannot be made as asked: an unknown table, a missing folder."""


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote, and how long it took.

    Attributes:
        paths: The files written (one workbook, or one CSV file per table).
        rows: Data rows (without the header) per table name.
        seconds: Wall time of the whole export.
    """

    paths: tuple[Path, ...]
    rows: Mapping[str, int]
    seconds: float

    @property
    def total_rows(self) -> int:
        """Data rows of all tables together."""
        return sum(self.rows.values())


# --- Bookkeeping: which tables, progress, files -----------------------------


def _chosen(tables: Iterable[str]) -> list[str]:
    """The tables asked for, in :data:`TABLES` order; an unknown name is an error."""
    wanted = list(dict.fromkeys(tables))
    unknown = [name for name in wanted if name not in SOURCES]
    if unknown:
        raise ExportError(
            text(
                "There is no table “{table}” to export; the tables are: {tables}.",
                table=unknown[0],
                tables=", ".join(TABLES),
            )
        )
    if not wanted:
        raise ExportError(text("Choose at least one table to export."))
    return [name for name in TABLES if name in wanted]


def _require_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ExportError(text("The folder {folder} does not exist.", folder=folder))


def _check_target(path: Path) -> None:
    """``path`` can be written: its folder exists and it is not a folder itself."""
    _require_folder(path.parent)
    if path.is_dir():
        raise ExportError(text("{path} is a folder; choose a file name to export to.", path=path))


class _Tracker:
    """Reports progress over the rows of all tables of one export."""

    def __init__(self, progress: Progress | None, totals: Mapping[str, int]) -> None:
        self._report = progress or (lambda _step, _done: None)
        self._total = max(1, sum(totals.values()))
        self._totals = totals
        self._done = 0
        self.rows = dict.fromkeys(totals, 0)

    def step(self, text: str) -> None:
        """Report a step without rows of its own (writing the workbook's file)."""
        self._report(text, min(1.0, self._done / self._total))

    def finish(self) -> None:
        """Report the end."""
        self._report("done", 1.0)

    def add(self, table: str, rows: int) -> None:
        """Count ``rows`` more rows of ``table`` written, and report."""
        self._done += rows
        self.rows[table] += rows
        self.step(f"{table.capitalize()}: {self.rows[table]:,} of {self._totals[table]:,} rows")


def _counts(conn: Connection, tables: Sequence[str]) -> dict[str, int]:
    return {name: int(conn.scalar(SOURCES[name].count) or 0) for name in tables}


def _check_sheet_rows(counts: Mapping[str, int]) -> None:
    """Every table fits on a sheet (XlsxWriter would silently drop the rows beyond)."""
    for name, rows in counts.items():
        if rows > MAX_SHEET_ROWS:
            raise ExportError(
                text(
                    "The {table} table has {rows} rows, more than an Excel sheet holds "
                    "({most}); export it as CSV instead.",
                    table=name,
                    rows=f"{rows:,}",
                    most=f"{MAX_SHEET_ROWS:,}",
                )
            )


# --- XLSX -------------------------------------------------------------------

_ENCODERS: dict[CellType, CellEncoder] = {
    CellType.TEXT: text_cell,  # an inline string: "=…" never becomes a formula
    CellType.INTEGER: number_cell,
    CellType.MONEY: money_cell,
    CellType.DATE: date_cell,
    CellType.DATETIME: datetime_cell,
}


def _sheet_columns(columns: Sequence[ExportColumn]) -> list[SheetColumn]:
    return [SheetColumn(column.header, column.width) for column in columns]


def _write_sheet(book: WorkbookWriter, conn: Connection, source: Source, tracker: _Tracker) -> None:
    """One table as one sheet, streamed a batch of rows at a time."""
    encoders = [_ENCODERS[column.cell_type] for column in source.columns]
    with book.sheet(source.sheet, _sheet_columns(source.columns)) as sheet:
        for batch in batches(conn, source):
            sheet.write_rows(batch, encoders)
            tracker.add(source.name, len(batch))


def _write_summary(book: WorkbookWriter, rows: Iterable[tuple[str, SummaryValue]]) -> None:
    """The KPI rows: a label and a value each, under a bold, frozen header."""
    columns = (
        ExportColumn("Figure", CellType.TEXT, wide=True),
        ExportColumn("Value", CellType.TEXT),
    )
    with book.sheet(SUMMARY_SHEET, _sheet_columns(columns)) as sheet:
        for label, value in rows:
            sheet.write_rows([(label, _summary_value(value))], [text_cell, _summary_cell(value)])


def _summary_value(value: SummaryValue) -> SummaryValue:
    if isinstance(value, float) and not math.isfinite(value):
        return None  # Excel has no NaN or infinity: left blank
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(OFFICE_TIMEZONE).replace(tzinfo=None)
    return value


def _summary_cell(value: SummaryValue) -> CellEncoder:
    if isinstance(value, str):
        return text_cell
    if isinstance(value, Decimal):
        return money_cell
    if isinstance(value, datetime):
        return datetime_cell
    if isinstance(value, date):
        return date_cell
    return number_cell


def _write_workbook(
    path: Path,
    conn: Connection,
    tables: Sequence[str],
    summary: Iterable[tuple[str, SummaryValue]] | None,
    tracker: _Tracker,
) -> None:
    with WorkbookWriter(path) as book:
        if summary is not None:
            _write_summary(book, summary)
        for name in tables:
            _write_sheet(book, conn, SOURCES[name], tracker)
        tracker.step("writing the workbook")


# --- CSV --------------------------------------------------------------------


def _csv_money(value: Decimal) -> str:
    return f"{value:f}"


def _csv_datetime(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


_CSV_FORMATTERS: dict[CellType, Callable[[Any], Any]] = {
    CellType.TEXT: safe_text,
    CellType.INTEGER: int,
    CellType.MONEY: _csv_money,
    CellType.DATE: date.isoformat,
    CellType.DATETIME: _csv_datetime,
}


def _write_csv(path: Path, conn: Connection, source: Source, tracker: _Tracker) -> None:
    formatters = [_CSV_FORMATTERS[column.cell_type] for column in source.columns]
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([column.header for column in source.columns])
        for batch in batches(conn, source):
            writer.writerows(
                [
                    [
                        "" if value is None else format_(value)
                        for format_, value in zip(formatters, cells, strict=True)
                    ]
                    for cells in batch
                ]
            )
            tracker.add(source.name, len(batch))


# --- The service ------------------------------------------------------------


class ExportService:
    """Exports tables to an XLSX workbook or to CSV files; see the module docstring.

    Args:
        sessions: The database's session factory.
    """

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def to_xlsx(
        self,
        path: Path,
        tables: Iterable[str] = TABLES,
        *,
        summary: Sequence[tuple[str, SummaryValue]] | None = None,
        progress: Progress | None = None,
    ) -> ExportReport:
        """Write ``tables`` (in :data:`TABLES` order) as the sheets of one workbook at ``path``.

        Args:
            path: The workbook to write (replaced if it exists).
            tables: Names of the tables to export; default: all five.
            summary: KPI rows (label, value) for a first sheet "Summary"; a
                :class:`~decimal.Decimal` value is an amount in euro.
            progress: Told a step and the share done every :data:`BATCH_ROWS` rows.

        Raises:
            ExportError: an unknown table, or the folder of ``path`` does not exist.
        """
        started = time.perf_counter()
        chosen = _chosen(tables)
        _check_target(path)
        with self._sessions() as session, replacing(path) as temporary:
            conn = session.connection(execution_options=READ_ONLY)
            counts = _counts(conn, chosen)
            _check_sheet_rows(counts)
            tracker = _Tracker(progress, counts)
            _write_workbook(temporary, conn, chosen, summary, tracker)
        tracker.finish()
        return ExportReport((path,), MappingProxyType(tracker.rows), time.perf_counter() - started)

    def to_csv(self, path: Path, table: str, *, progress: Progress | None = None) -> ExportReport:
        """Write one table as a CSV file at ``path`` (replaced if it exists).

        Raises:
            ExportError: an unknown table, or the folder of ``path`` does not exist.
        """
        return self._csv({table: path}, progress)

    def to_csv_folder(
        self, folder: Path, tables: Iterable[str] = TABLES, *, progress: Progress | None = None
    ) -> ExportReport:
        """Write each of ``tables`` as ``<table>.csv`` into ``folder``, which must exist.

        The files appear together at the end: when one fails, none is written.

        Raises:
            ExportError: an unknown table, or ``folder`` does not exist.
        """
        return self._csv({name: folder / f"{name}.csv" for name in _chosen(tables)}, progress)

    def _csv(self, targets: Mapping[str, Path], progress: Progress | None) -> ExportReport:
        started = time.perf_counter()
        chosen = _chosen(targets)
        for path in targets.values():
            _check_target(path)
        with self._sessions() as session, ExitStack() as files:
            conn = session.connection(execution_options=READ_ONLY)
            tracker = _Tracker(progress, _counts(conn, chosen))
            for name in chosen:
                temporary = files.enter_context(replacing(targets[name]))
                _write_csv(temporary, conn, SOURCES[name], tracker)
        tracker.finish()
        paths = tuple(targets[name] for name in chosen)
        return ExportReport(paths, MappingProxyType(tracker.rows), time.perf_counter() - started)
