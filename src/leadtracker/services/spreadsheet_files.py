"""Reading the rows of a spreadsheet file a user brings: CSV in any of Excel's encodings, or XLSX.

CSV files saved by Excel come as UTF-8 (with or without a byte order mark),
as Windows-1252 (German Excel's "CSV") or as Shift_JIS (Japanese Excel's),
separated by commas, semicolons (German Excel) or tabs. The encoding and the
separator are found from the file itself, and the encoding is reported so
that the user can see what was assumed. XLSX workbooks are read with
calamine (fast: 10,000 rows in 0.15 s), values as Excel stored them (numbers,
dates, text).

This module only reads; what the rows mean is the import's business.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes
from python_calamine import CalamineWorkbook

from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import text

#: The encodings a CSV saved by Excel comes in (cp932 is Windows' Shift_JIS).
CSV_ENCODINGS = ("utf_8", "cp1252", "cp932", "shift_jis")
_SEPARATORS = ",;\t"
_SAMPLE = 64 * 1024


class SpreadsheetError(DomainError):
    """The file cannot be read as a spreadsheet (the message says why)."""


@dataclass(frozen=True)
class SheetRows:
    """The rows of one sheet: its header names and the data rows below them.

    Attributes:
        headers: The first row's cells as text (stripped).
        rows: The data rows, each as long as ``headers`` (missing cells are None).
        encoding: For a CSV file, the encoding it was read in (e.g. ``cp932``).
        sheet: For a workbook, the name of the sheet read.
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    encoding: str = ""
    sheet: str = ""


def read_sheet(path: Path, sheet: str | None = None) -> SheetRows:
    """The rows of a ``.csv`` file, or of a sheet of an ``.xlsx`` workbook (the first by default).

    Raises:
        SpreadsheetError: not a CSV or XLSX file, unreadable, or without a header row.
    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path.read_bytes())
    if suffix == ".xlsx":
        return _read_xlsx(path, sheet)
    raise SpreadsheetError(
        text("{file}: only .csv and .xlsx files can be imported", file=path.name)
    )


#: The encodings as people know them (Excel's "Save as" names).
_ENCODING_NAMES = {
    "utf-8-sig": text("UTF-8 with byte order mark (Excel's “CSV UTF-8”)"),
    "utf-8": "UTF-8",
    "utf_8": "UTF-8",
    "cp1252": text("Windows-1252 (German Excel's “CSV”)"),
    "cp932": text("Shift_JIS (Japanese Excel's “CSV”)"),
    "shift_jis": text("Shift_JIS (Japanese Excel's “CSV”)"),
}


def encoding_name(codec: str) -> str:
    """The name a user knows for an encoding :func:`decode_csv` reports."""
    return _ENCODING_NAMES.get(codec, codec)


def decode_csv(data: bytes) -> tuple[str, str]:
    """The text of CSV bytes and the encoding it was in (UTF-8 first, then by detection)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(CSV_ENCODINGS)).best()
    if best is None:
        raise SpreadsheetError(
            text(
                "the file's encoding is none of UTF-8, Windows-1252 and Shift_JIS; "
                "save it from Excel as “CSV UTF-8”"
            )
        )
    return str(best), best.encoding


def _read_csv(data: bytes) -> SheetRows:
    text, encoding = decode_csv(data)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=separator(text)))
    return _sheet_rows(rows, encoding=encoding)


def separator(text: str) -> str:
    """The separator of a CSV text: the one of ``,`` ``;`` and tab the header line has most of.

    (Header names rarely contain one; csv.Sniffer guesses wrong when rows differ in length.)
    """
    header = next((line for line in text[:_SAMPLE].splitlines() if line.strip()), "")
    counts = {candidate: header.count(candidate) for candidate in _SEPARATORS}
    best = max(counts, key=lambda candidate: counts[candidate])
    return best if counts[best] else ","


def sheet_names(path: Path) -> tuple[str, ...]:
    """The names of an ``.xlsx`` workbook's sheets, in order (a CSV file has none).

    Raises:
        SpreadsheetError: the workbook cannot be read.
    """
    if path.suffix.lower() != ".xlsx":
        return ()
    return tuple(_open_xlsx(path).sheet_names)


def read_workbook(path: Path, sheets: Sequence[str]) -> dict[str, SheetRows]:
    """The rows of several sheets of an ``.xlsx`` workbook, by sheet name (missing ones left out).

    Raises:
        SpreadsheetError: the workbook cannot be read.
    """
    book = _open_xlsx(path)
    found: dict[str, SheetRows] = {}
    for name in sheets:
        if name in book.sheet_names:
            found[name] = _sheet(book, name)
    return found


def _open_xlsx(path: Path) -> CalamineWorkbook:
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as error:  # the reader raises its own kinds for a broken file
        raise SpreadsheetError(
            text(
                "{file} cannot be read as an Excel workbook: {error}",
                file=path.name,
                error=str(error),
            )
        ) from None


def _read_xlsx(path: Path, sheet: str | None) -> SheetRows:
    book = _open_xlsx(path)
    if sheet is not None and sheet not in book.sheet_names:
        names = ", ".join(book.sheet_names)
        raise SpreadsheetError(
            text(
                "{file} has no sheet “{sheet}” (it has: {names})",
                file=path.name,
                sheet=sheet,
                names=names,
            )
        )
    return _sheet(book, sheet if sheet is not None else book.sheet_names[0])


def _sheet(book: CalamineWorkbook, name: str) -> SheetRows:
    rows = book.get_sheet_by_name(name).to_python()
    return _sheet_rows([[_whole(cell) for cell in row] for row in rows], sheet=name)


def _whole(cell: Any) -> Any:
    """Excel stores every number as a float: 20.0 in a prefecture column means 20."""
    if isinstance(cell, float) and cell.is_integer():
        return int(cell)
    return cell


def _sheet_rows(rows: Sequence[Sequence[Any]], *, encoding: str = "", sheet: str = "") -> SheetRows:
    filled = [row for row in rows if any(cell not in (None, "") for cell in row)]
    if not filled:
        raise SpreadsheetError(text("the file has no header row (it is empty)"))
    headers = tuple("" if cell is None else str(cell).strip() for cell in filled[0])
    width = len(headers)
    body = tuple(tuple(row[:width]) + (None,) * (width - len(row)) for row in filled[1:])
    return SheetRows(headers, body, encoding, sheet)
