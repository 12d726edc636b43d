"""What every import reports: each problem where the user finds it, and the counts.

An import is all or nothing (:func:`all_or_nothing`): a file with problems
writes nothing, and :class:`ImportRefusedError` carries the report listing
each problem with its row, column, value and reason.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import Text, text
from leadtracker.services.importing.spreadsheet_files import SheetRows

T = TypeVar("T")

#: The characters of a value a problem's message shows.
_SHOWN_CHARS = 80


@dataclass(frozen=True)
class ImportProblem:
    """One thing wrong in the file: where (row as numbered in the spreadsheet, column), what."""

    row: int
    column: str
    value: str
    reason: str
    sheet: str = ""  # in a workbook imported whole: the sheet's name

    @property
    def message(self) -> Text:
        """Where and what: ``row 4, Founded: “31.02.2026” is a day that does not exist``.

        The value is shown once: not again when the reason quotes it already.
        """
        where = (
            text("row {row}, {column}", row=self.row, column=self.column)
            if self.column
            else text("row {row}", row=self.row)
        )
        if self.sheet:
            where = text("{sheet}, {place}", sheet=self.sheet, place=where)
        quoted = {f"“{self.value}”", f"“{unicodedata.normalize('NFKC', self.value).strip()}”"}
        if self.value and not any(form in self.reason for form in quoted):
            shown = self.value
            if len(shown) > _SHOWN_CHARS:  # a cell of 30,000 characters is not repeated whole
                shown = shown[:_SHOWN_CHARS] + "…"
            return text("{place}: “{value}” {reason}", place=where, value=shown, reason=self.reason)
        return text("{place}: {reason}", place=where, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, with ``dry_run`` or problems, would have done)."""

    rows: int
    created: int
    updated: int
    skipped: int
    problems: tuple[ImportProblem, ...]
    ignored_columns: tuple[str, ...]
    encoding: str
    dry_run: bool
    seconds: float = field(default=0.0, compare=False)
    #: For a workbook imported whole: the records created per sheet, in import order.
    sheets: tuple[tuple[str, int], ...] = ()
    #: What the user should know about the file although nothing stopped the import
    #: (e.g. formula cells without a value saved, read as empty).
    warnings: tuple[str, ...] = ()

    @property
    def written(self) -> bool:
        """Whether anything was saved (never with problems or a dry run)."""
        return not self.problems and not self.dry_run


class ImportRefusedError(DomainError):
    """The file has problems: nothing was imported; ``report.problems`` lists them."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        count = len(report.problems)
        super().__init__(
            text("Nothing was imported: 1 problem in the file")
            if count == 1
            else text("Nothing was imported: {count} problems in the file", count=count)
        )


def all_or_nothing(sessions: sessionmaker[Session], work: Callable[[Session], tuple[T, bool]]) -> T:
    """Run ``work`` in one transaction, kept only when it says so (no problems, no dry run).

    ``work(session)`` returns its result and whether to keep what it wrote.
    """
    with sessions() as session:
        result, keep = work(session)
        if keep:
            session.commit()
        else:
            session.rollback()
        return result


def sheet_report(
    rows: SheetRows,
    counts: tuple[int, int, int],
    problems: tuple[ImportProblem, ...],
    *,
    ignored: tuple[str, ...],
    dry_run: bool,
    started: float,
) -> ImportReport:
    """The report of a one-sheet import (``counts``: created, updated, skipped)."""
    created, updated, skipped = counts
    return ImportReport(
        rows=len(rows.rows),
        created=created,
        updated=updated,
        skipped=skipped,
        problems=problems,
        ignored_columns=ignored,
        encoding=rows.encoding,
        dry_run=dry_run,
        seconds=time.perf_counter() - started,
        warnings=rows.warnings,
    )
