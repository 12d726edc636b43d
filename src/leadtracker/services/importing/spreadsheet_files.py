"""Reading the rows of a spreadsheet file a user brings: CSV in any of Excel's encodings, or XLSX.

CSV files saved by Excel come as UTF-8 (with or without a byte order mark),
UTF-16 (Excel's "Unicode text", tab separated), as Windows-1252 (German
Excel's "CSV") or as Shift_JIS (Japanese Excel's),
separated by commas, semicolons (German Excel) or tabs. The encoding and the
separator are found from the file itself, and the encoding is reported so
that the user can see what was assumed. XLSX workbooks are read with
calamine (fast: 10,000 rows in 0.15 s), values as Excel stored them (numbers,
dates, text).

Before anything is read, the file is checked against the limits of
:mod:`.limits` (and a workbook's archive and sheets by
:mod:`.xlsx_inspection`): a hostile or broken file is refused with a message
naming the file, never read into memory it would exhaust. A CSV value the
export guarded against formulas (``'=…``) is read without the guard.

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

from leadtracker.domain.messages import text
from leadtracker.domain.spreadsheet_values import formula_unguarded
from leadtracker.services.importing.limits import (
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_TEXT_CHARS,
    SpreadsheetError,
    not_a_text_file,
    read_bytes,
)
from leadtracker.services.importing.xlsx_inspection import (
    WorkbookParts,
    check_sheets,
    inspect_workbook,
)

__all__ = [
    "CSV_ENCODINGS",
    "SheetRows",
    "SpreadsheetError",
    "decode_csv",
    "encoding_name",
    "read_sheet",
    "read_workbook",
    "separator",
    "sheet_names",
]

#: The encodings a CSV saved by Excel comes in (cp932 is Windows' Shift_JIS).
CSV_ENCODINGS = ("utf_8", "cp1252", "cp932", "shift_jis")
_SEPARATORS = ",;\t"
_SAMPLE = 64 * 1024
_EXACT_FLOATS = 2.0**53  # a float holds every whole number below it exactly


@dataclass(frozen=True)
class SheetRows:
    """The rows of one sheet: its header names and the data rows below them.

    Attributes:
        headers: The first row's cells as text (stripped).
        rows: The data rows, each as long as ``headers`` (missing cells are None).
        encoding: For a CSV file, the encoding it was read in (e.g. ``cp932``).
        sheet: For a workbook, the name of the sheet read.
        warnings: What the import should tell about the sheet (formula cells
            without a value saved).
    """

    headers: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    encoding: str = ""
    sheet: str = ""
    warnings: tuple[str, ...] = ()


def read_sheet(path: Path, sheet: str | None = None) -> SheetRows:
    """The rows of a ``.csv`` file, or of a sheet of an ``.xlsx`` workbook (the first by default).

    Raises:
        SpreadsheetError: not a CSV or XLSX file, unreadable, beyond a limit
            (:mod:`.limits`), or without a header row.
    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
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
    "utf-16": text("UTF-16 with byte order mark (Excel's “Unicode text”)"),
    "cp1252": text("Windows-1252 (German Excel's “CSV”)"),
    "cp932": text("Shift_JIS (Japanese Excel's “CSV”)"),
    "shift_jis": text("Shift_JIS (Japanese Excel's “CSV”)"),
}

_UTF16_MARKS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}


def encoding_name(codec: str) -> str:
    """The name a user knows for an encoding :func:`decode_csv` reports."""
    return _ENCODING_NAMES.get(codec, codec)


def decode_csv(data: bytes, file: str = "") -> tuple[str, str]:
    """The text of CSV bytes and the encoding it was in.

    A byte order mark decides (UTF-8 or UTF-16, as Excel's "Unicode text"
    writes it); content that does not match its mark is refused, not read
    as something else. Without a mark: UTF-8, else what the bytes look like
    of Windows-1252 and Shift_JIS.

    Raises:
        SpreadsheetError: the bytes are none of these encodings, or not what their mark says.
    """
    name = file or text("the file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_marked(data[3:], "utf-8", name), "utf-8-sig"
    if data[:2] in _UTF16_MARKS:
        decoded = _decode_marked(data[2:], _UTF16_MARKS[data[:2]], name)
        if not any(mark in decoded for mark in "\n\t,;"):  # each needs a 0 byte in UTF-16
            raise _not_as_marked(name, "UTF-16")
        return decoded, "utf-16"
    if b"\x00" in data:
        raise SpreadsheetError(
            text("{file} holds zero bytes: it is not a text (CSV) file", file=name)
        )
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


def _decode_marked(data: bytes, codec: str, file: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise _not_as_marked(file, "UTF-16" if codec.startswith("utf-16") else "UTF-8") from None


def _not_as_marked(file: str, encoding: str) -> SpreadsheetError:
    return SpreadsheetError(
        text(
            "{file} starts with the byte order mark of {encoding}, but its text is not "
            "{encoding}; save it again from Excel as “CSV UTF-8”",
            file=file,
            encoding=encoding,
        )
    )


def _read_csv(path: Path) -> SheetRows:
    data = read_bytes(path)
    refusal = not_a_text_file(path, data[:8])
    if refusal is not None:
        raise refusal
    content, encoding = decode_csv(data, path.name)
    del data
    reader = csv.reader(io.StringIO(content, newline=""), delimiter=separator(content))
    del content  # the reader has its own copy
    rows: list[list[str]] = []
    cells = characters = 0
    try:
        for row in reader:
            number = len(rows) + 1
            cells += len(row)
            if cells > MAX_CELLS:
                raise SpreadsheetError(
                    text(
                        "{file}: more than {most} cells by row {row}; LeadTracker imports "
                        "at most {most} cells",
                        file=path.name,
                        most=f"{MAX_CELLS:,}",
                        row=number,
                    )
                )
            for column, cell in enumerate(row, start=1):
                characters += len(cell)
                if len(cell) > MAX_CELL_CHARS:
                    raise _long_cell(path, number, column, len(cell))
            if characters > MAX_TEXT_CHARS:
                raise SpreadsheetError(
                    text(
                        "{file}: more than {most} characters by row {row}; LeadTracker "
                        "imports at most {most} from one file",
                        file=path.name,
                        most=f"{MAX_TEXT_CHARS:,}",
                        row=number,
                    )
                )
            rows.append([formula_unguarded(cell) for cell in row])
    except csv.Error as error:
        raise SpreadsheetError(
            text(
                "{file}, row {row}: {reason}; LeadTracker reads at most {most} characters per cell",
                file=path.name,
                row=len(rows) + 1,
                reason=str(error),
                most=f"{MAX_CELL_CHARS:,}",
            )
        ) from None
    return _sheet_rows(rows, encoding=encoding, file=path.name)


def _long_cell(path: Path, row: int, column: int, length: int) -> SpreadsheetError:
    return SpreadsheetError(
        text(
            "{file}, row {row}, column {column}: the cell holds {count} characters; "
            "a cell holds at most {most} (as in Excel)",
            file=path.name,
            row=row,
            column=column,
            count=f"{length:,}",
            most=f"{MAX_CELL_CHARS:,}",
        )
    )


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
    return tuple(_open_xlsx(path)[0].sheet_names)


def read_workbook(path: Path, sheets: Sequence[str]) -> dict[str, SheetRows]:
    """The rows of several sheets of an ``.xlsx`` workbook, by sheet name (missing ones left out).

    The sheets read are within the limits together (:mod:`.limits`).

    Raises:
        SpreadsheetError: the workbook cannot be read.
    """
    book, parts = _open_xlsx(path)
    wanted = [name for name in sheets if name in book.sheet_names]
    warnings = check_sheets(parts, wanted)
    return {name: _sheet(book, path, name, warnings[name]) for name in wanted}


#: The last workbook inspected: its path and (size, time, inode), and what was found.
_inspected: dict[Path, tuple[tuple[int, int, int], WorkbookParts]] = {}


def _parts(path: Path) -> WorkbookParts:
    """:func:`inspect_workbook` of ``path``, once for a file that has not changed since."""
    try:
        status = path.stat()
        stamp = (status.st_size, status.st_mtime_ns, status.st_ino)
    except OSError:
        return inspect_workbook(path)  # it says what is wrong
    known = _inspected.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    parts = inspect_workbook(path)
    _inspected.clear()
    _inspected[path] = (stamp, parts)
    return parts


def _open_xlsx(path: Path) -> tuple[CalamineWorkbook, WorkbookParts]:
    parts = _parts(path)
    try:
        return CalamineWorkbook.from_path(str(path)), parts
    except Exception as error:  # the reader raises its own kinds for a broken file
        raise SpreadsheetError(
            text(
                "{file} cannot be read as an Excel workbook: {error}",
                file=path.name,
                error=_reason(error),
            )
        ) from None


def _read_xlsx(path: Path, sheet: str | None) -> SheetRows:
    book, parts = _open_xlsx(path)
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
    if not book.sheet_names:
        raise SpreadsheetError(text("{file} has no sheets", file=path.name))
    name = sheet if sheet is not None else book.sheet_names[0]
    return _sheet(book, path, name, check_sheets(parts, [name])[name])


def _sheet(book: CalamineWorkbook, path: Path, name: str, warnings: tuple[str, ...]) -> SheetRows:
    try:
        rows = book.get_sheet_by_name(name).to_python()
    except Exception as error:  # the reader raises its own kinds for a broken sheet
        raise SpreadsheetError(
            text(
                "{file}: the sheet “{sheet}” cannot be read: {error}",
                file=path.name,
                sheet=name,
                error=_reason(error),
            )
        ) from None
    return _sheet_rows(
        [[_whole(cell) for cell in row] for row in rows],
        sheet=name,
        file=path.name,
        warnings=warnings,
    )


def _reason(error: Exception) -> str:
    """Calamine's reason; with the kind of error when the reason is a bare name (``Staff``)."""
    reason = str(error)
    return reason if " " in reason else f"{type(error).__name__} ({reason})"


def _whole(cell: Any) -> Any:
    """Excel stores every number as a float: 20.0 in a prefecture column means 20."""
    if isinstance(cell, float) and cell.is_integer() and abs(cell) < _EXACT_FLOATS:
        return int(cell)
    return cell


def _sheet_rows(
    rows: Sequence[Sequence[Any]],
    *,
    encoding: str = "",
    sheet: str = "",
    file: str = "",
    warnings: tuple[str, ...] = (),
) -> SheetRows:
    filled = [row for row in rows if any(cell not in (None, "") for cell in row)]
    if not filled:
        if file:
            raise SpreadsheetError(
                text("{file} has no header row (it is empty)", file=file)
                if not sheet
                else text(
                    "{file}: the sheet “{sheet}” has no header row (it is empty)",
                    file=file,
                    sheet=sheet,
                )
            )
        raise SpreadsheetError(text("the file has no header row (it is empty)"))
    headers = tuple("" if cell is None else str(cell).strip() for cell in filled[0])
    width = len(headers)
    body = tuple(tuple(row[:width]) + (None,) * (width - len(row)) for row in filled[1:])
    return SheetRows(headers, body, encoding, sheet, warnings)
