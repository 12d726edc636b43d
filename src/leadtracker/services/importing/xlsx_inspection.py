"""Looking into an ``.xlsx`` file before calamine reads it, so that a hostile file is refused.

calamine reads a sheet into one block of memory as large as the sheet's
used area: a single cell at ``XFD1048576`` asks for 549,755,813,888 bytes
and aborts the process; a zip entry of shared strings that unpacks to
gigabytes takes minutes and gigabytes. So before calamine sees a workbook,
this module checks it with :mod:`zipfile` and a streaming XML parser:

- the archive: at most :data:`MAX_ZIP_ENTRIES` entries, no name twice, each
  entry's declared size, the total, and how much larger than packed it is;
  then every entry is unpacked (a chunk at a time, never kept) -- the zip
  headers may lie, and unpacking stops at the declared size and checks the
  CRC;
- the shared strings: how many and how long (kept as one number each);
- each sheet to be read: its ``<dimension ref>``, where its cells reach
  (rows × columns ≤ :data:`MAX_CELLS`), the length of each cell (≤
  :data:`MAX_CELL_CHARS`) and of all together (≤ :data:`MAX_TEXT_CHARS`),
  and the formula cells without a value Excel saved (noted for a warning);
- no document type declarations (Excel writes none; entities could expand).

What is wrong becomes a :class:`SpreadsheetError` naming the file, the sheet
and the limit.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from leadtracker.domain.messages import text
from leadtracker.services.importing.limits import (
    MAX_CELLS,
    MAX_ENTRY_BYTES,
    MAX_PACKING_RATIO,
    MAX_TEXT_CHARS,
    MAX_UNPACKED_BYTES,
    MAX_ZIP_ENTRIES,
    SpreadsheetError,
    checked_file,
    not_a_workbook,
    unreadable,
)
from leadtracker.services.importing.xlsx_xml import (
    CHUNK,
    Budget,
    RefusalError,
    local,
    parse,
    parse_bytes,
    parser_for,
    scan_sheet,
    too_much_text,
)

_SHARED_STRINGS = "xl/sharedStrings.xml"
_WORKBOOK = "xl/workbook.xml"
_WORKBOOK_RELATIONS = "xl/_rels/workbook.xml.rels"

#: Errors zipfile and zlib raise for a damaged or unusual archive.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    RuntimeError,  # an encrypted entry
    ValueError,
)


@dataclass(frozen=True)
class WorkbookParts:
    """What :func:`inspect_workbook` found: the sheets' parts and the shared strings' lengths."""

    path: Path
    sheets: dict[str, tuple[str, ...]]  # sheet name -> the zip entries that may hold it
    shared: array[int] = field(default_factory=lambda: array("q"))


def inspect_workbook(path: Path) -> WorkbookParts:
    """Check the archive of ``path`` and its shared strings; where each sheet is.

    Raises:
        SpreadsheetError: not a zip archive, damaged, or beyond a limit.
    """
    checked_file(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise SpreadsheetError(unreadable(path, error)) from None
    if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise not_a_workbook(path, head)
    try:
        with zipfile.ZipFile(path) as archive:
            entries = _checked_entries(path, archive)
            shared: array[int] = array("q")
            small: dict[str, bytes] = {}
            for entry in entries:
                with archive.open(entry) as stream:
                    if entry.filename == _SHARED_STRINGS:
                        shared = _shared_string_lengths(path, stream)
                    elif entry.filename in (_WORKBOOK, _WORKBOOK_RELATIONS):
                        small[entry.filename] = stream.read(MAX_ENTRY_BYTES)
                    else:
                        while stream.read(CHUNK):
                            pass
            names = {entry.filename for entry in entries}
    except _ZIP_ERRORS as error:
        raise _damaged(path, error) from None
    except OSError as error:
        raise SpreadsheetError(unreadable(path, error)) from None
    sheets = _sheet_parts(path, small, names)
    return WorkbookParts(path, sheets, shared)


def _damaged(path: Path, error: BaseException | str) -> SpreadsheetError:
    return SpreadsheetError(
        text(
            "{file} is a damaged Excel workbook: {error}",
            file=path.name,
            error=str(error) or type(error).__name__,  # zipfile's reason (English)
        )
    )


def _checked_entries(path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The archive's entries, when their number and declared sizes are within the limits."""
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise SpreadsheetError(
            text(
                "{file} holds {count} files in its zip archive; an Excel workbook has at most "
                "{most}",
                file=path.name,
                count=f"{len(entries):,}",
                most=f"{MAX_ZIP_ENTRIES:,}",
            )
        )
    names = [entry.filename for entry in entries]
    if len(set(names)) != len(names):
        twice = next(name for name in names if names.count(name) > 1)
        raise _damaged(path, text("the entry {entry} is there twice", entry=twice))
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > MAX_ENTRY_BYTES or total > MAX_UNPACKED_BYTES:
            raise SpreadsheetError(
                text(
                    "{file}: the entry {entry} unpacks to {size} bytes; LeadTracker reads "
                    "entries of at most {most} bytes, {total} bytes in all",
                    file=path.name,
                    entry=entry.filename,
                    size=f"{entry.file_size:,}",
                    most=f"{MAX_ENTRY_BYTES:,}",
                    total=f"{MAX_UNPACKED_BYTES:,}",
                )
            )
        if entry.file_size > 1024 * 1024 and entry.file_size > MAX_PACKING_RATIO * max(
            1, entry.compress_size
        ):
            raise SpreadsheetError(
                text(
                    "{file}: the entry {entry} unpacks to {size} bytes from {packed} (a zip "
                    "bomb?); LeadTracker reads entries packed at most {ratio} times",
                    file=path.name,
                    entry=entry.filename,
                    size=f"{entry.file_size:,}",
                    packed=f"{entry.compress_size:,}",
                    ratio=MAX_PACKING_RATIO,
                )
            )
    return entries


def _shared_string_lengths(path: Path, stream: IO[bytes]) -> array[int]:
    """The length of each shared string (all of its text, phonetic runs included)."""
    lengths: array[int] = array("q")
    total = 0
    parser = parser_for(path, text("the shared strings"))

    def start(name: str, _attributes: dict[str, str]) -> None:
        if local(name) == "si":
            if len(lengths) >= MAX_CELLS:
                raise RefusalError(_too_many_cells(path, text("the shared strings"), len(lengths)))
            lengths.append(0)

    def characters(data: str) -> None:
        nonlocal total
        if lengths:
            lengths[-1] += len(data)
            total += len(data)
            if total > MAX_TEXT_CHARS:
                raise RefusalError(too_much_text(path, text("the shared strings"), total))

    parser.StartElementHandler = start
    parser.CharacterDataHandler = characters
    parse(path, text("the shared strings"), parser, stream)
    return lengths


def _too_many_cells(path: Path, part: str, cells: int) -> str:
    return text(
        "{file}: {part} holds more than {count} cells; LeadTracker imports at most {most}",
        file=path.name,
        part=part,
        count=f"{cells:,}",
        most=f"{MAX_CELLS:,}",
    )


def _sheet_parts(
    path: Path, small: dict[str, bytes], names: set[str]
) -> dict[str, tuple[str, ...]]:
    """Each sheet's name and the entries that may hold it (as calamine may resolve its target)."""
    sheets: list[tuple[str, str]] = []  # name, relationship id
    targets: dict[str, str] = {}

    def sheet(name: str, attributes: dict[str, str]) -> None:
        if local(name) == "sheet":
            relation = next((v for k, v in attributes.items() if local(k) == "id"), "")
            sheets.append((attributes.get("name", ""), relation))

    def relation(name: str, attributes: dict[str, str]) -> None:
        if local(name) == "Relationship":
            targets[attributes.get("Id", "")] = attributes.get("Target", "")

    for part, handler in ((_WORKBOOK, sheet), (_WORKBOOK_RELATIONS, relation)):
        parser = parser_for(path, part)
        parser.StartElementHandler = handler
        parse_bytes(path, part, parser, small.get(part, b""))
    return {name: _candidates(targets.get(relation, ""), names) for name, relation in sheets}


def _candidates(target: str, names: set[str]) -> tuple[str, ...]:
    """The entries a sheet's target may name (relative to ``xl/``, or absolute)."""
    if not target:
        return ()
    forms = {target.lstrip("/"), "xl/" + target, posixpath.normpath("xl/" + target)}
    forms.add(target.removeprefix("/"))
    return tuple(sorted(form for form in forms if form in names))


def check_sheets(parts: WorkbookParts, sheets: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Check the sheets to be read, against the limits for all of them together.

    Returns, per sheet, its formula cells without a saved value (at most
    :data:`NAMED_FORMULA_CELLS` named, then ``… and N more``).

    Raises:
        SpreadsheetError: a sheet is damaged or beyond a limit.
    """
    budget = Budget()
    unsaved: dict[str, tuple[str, ...]] = {}
    try:
        with zipfile.ZipFile(parts.path) as archive:
            for sheet in sheets:
                found: list[str] = []
                for entry in parts.sheets.get(sheet, ()):
                    with archive.open(entry) as stream:
                        found.extend(scan_sheet(parts.path, parts.shared, sheet, stream, budget))
                unsaved[sheet] = tuple(found)
    except _ZIP_ERRORS as error:
        raise _damaged(parts.path, error) from None
    except OSError as error:
        raise SpreadsheetError(unreadable(parts.path, error)) from None
    return unsaved
