"""What a file brought for import may be: its size and kind, and the bounds of what it holds.

Every reader of the imports (CSV, XLSX, vCard) asks :func:`checked_file`
first: the file exists, is a file and not a folder, is not empty, is not
larger than :data:`MAX_FILE_BYTES`, and is not plainly something else (a
picture, a PDF, an old ``.xls``, a workbook named ``.csv``). The bounds on
what a file may hold -- cells, characters -- are chosen for a desk that
imports at most some 100,000 rows of 40 columns, and keep the memory an
import needs under 1 GB for any file LeadTracker accepts.
"""

from __future__ import annotations

from pathlib import Path

from leadtracker.domain.errors import DomainError
from leadtracker.domain.messages import text

#: The largest file an import reads (50 MiB; a CSV of 100,000 rows × 40 columns is about 40 MB).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: Cells of a sheet (or of all sheets of a workbook read together): 105,000 rows × 40 columns.
#: Reading 4,200,000 cells of 11 Japanese characters takes 0.79 GB at the peak (calamine's
#: sheet and Python's rows side by side); 5,000,000 cells of 12 took 1.01 GB.
MAX_CELLS = 4_200_000
#: Characters of one cell, as in Excel.
MAX_CELL_CHARS = 32_767
#: Characters of all cells read from one file together.
MAX_TEXT_CHARS = 50_000_000
#: Entries of an .xlsx file's zip archive (Excel writes a few dozen).
MAX_ZIP_ENTRIES = 5_000
#: Bytes of one entry of an .xlsx file, unpacked, and of all entries together.
MAX_ENTRY_BYTES = 512 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
#: How many times larger than packed an entry above 1 MiB may be when unpacked.
MAX_PACKING_RATIO = 500

_SIGNATURES = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\x89PNG\r\n\x1a\n", text("a PNG image")),
    (b"\xff\xd8\xff", text("a JPEG image")),
    (b"GIF8", text("a GIF image")),
    (b"%PDF", text("a PDF document")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old"),
)


class SpreadsheetError(DomainError):
    """The file cannot be read as a spreadsheet (the message says why)."""


def checked_file(path: Path) -> int:
    """The size of ``path``, a file an import may read.

    Raises:
        SpreadsheetError: missing, a folder, empty, too large, or unreadable.
    """
    try:
        if path.is_dir():
            raise SpreadsheetError(
                text("{file} is a folder, not a file; choose the file to import", file=path)
            )
        if not path.exists():
            raise SpreadsheetError(text("{file} does not exist", file=path))
        if not path.is_file():  # a pipe or a device: reading it could wait for ever
            raise SpreadsheetError(text("{file} is not a regular file", file=path.name))
        size = path.stat().st_size
    except OSError as error:
        raise SpreadsheetError(unreadable(path, error)) from None
    if size == 0:
        raise SpreadsheetError(text("{file} is empty (0 bytes)", file=path.name))
    if size > MAX_FILE_BYTES:
        raise SpreadsheetError(
            text(
                "{file} has {size} bytes; LeadTracker imports files of at most {most} bytes",
                file=path.name,
                size=f"{size:,}",
                most=f"{MAX_FILE_BYTES:,}",
            )
        )
    return size


def read_bytes(path: Path) -> bytes:
    """The bytes of a file an import may read (see :func:`checked_file`).

    Raises:
        SpreadsheetError: the file cannot be read.
    """
    checked_file(path)
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)[:MAX_FILE_BYTES]
    except OSError as error:
        raise SpreadsheetError(unreadable(path, error)) from None


def unreadable(path: Path, error: OSError) -> str:
    """Why ``path`` cannot be read, in words (the system's reason)."""
    return text(
        "{file} cannot be read: {reason}",
        file=path.name,
        reason=error.strerror or type(error).__name__,
    )


def other_kind(head: bytes) -> str:
    """What the first bytes of a file say it is: ``zip``, ``old`` (OLE), a picture …, or ``""``."""
    return next((kind for signature, kind in _SIGNATURES if head.startswith(signature)), "")


def not_a_workbook(path: Path, head: bytes) -> SpreadsheetError:
    """The error for an ``.xlsx`` file that is not a zip archive, saying what it seems to be."""
    kind = other_kind(head)
    if kind == "old":
        return SpreadsheetError(
            text(
                "{file} is an old Excel 97–2003 workbook; save it in Excel as .xlsx",
                file=path.name,
            )
        )
    if kind:
        return SpreadsheetError(
            text("{file} is {kind}, not an Excel workbook", file=path.name, kind=kind)
        )
    return SpreadsheetError(
        text(
            "{file} is not an Excel workbook (an .xlsx file is a zip archive; "
            "this one is not — is it a CSV file named .xlsx?)",
            file=path.name,
        )
    )


def not_a_text_file(path: Path, head: bytes) -> SpreadsheetError | None:
    """The error for a ``.csv`` file that is plainly something else, or None."""
    kind = other_kind(head)
    if kind == "zip":
        return SpreadsheetError(
            text(
                "{file} is an Excel workbook (a zip archive), not a CSV file; "
                "name it .xlsx to import it",
                file=path.name,
            )
        )
    if kind == "old":
        return SpreadsheetError(
            text(
                "{file} is an old Excel 97–2003 workbook; save it in Excel as .xlsx",
                file=path.name,
            )
        )
    if kind:
        return SpreadsheetError(text("{file} is {kind}, not a CSV file", file=path.name, kind=kind))
    return None
