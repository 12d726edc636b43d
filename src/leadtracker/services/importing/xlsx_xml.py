"""Bounded, streaming XML parsing for :mod:`.xlsx_inspection`: a workbook's parts and sheets.

The parts are read with expat a chunk at a time, so that a part of any size
needs little memory; a document type declaration is refused (Excel writes
none, and its entities could expand). :class:`SheetScan` follows a sheet's
cells as calamine will place them -- by their ``r`` reference, else after the
cell (or row) before -- and refuses, while parsing, a sheet that reaches
beyond :data:`MAX_CELLS` cells, a cell longer than :data:`MAX_CELL_CHARS` and
text beyond :data:`MAX_TEXT_CHARS` for the sheets read together. It notes
the formula cells without a value Excel saved.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.parsers import expat

from leadtracker.domain.messages import text
from leadtracker.services.importing.limits import (
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_TEXT_CHARS,
    SpreadsheetError,
)

CHUNK = 1 << 16
_REFERENCE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
#: What the text being read in a sheet is.
_OTHER, _VALUE, _TEXT = "other", "value", "text"
#: Formula cells without a saved value a warning names (the rest are counted).
NAMED_FORMULA_CELLS = 10


class RefusalError(Exception):
    """Raised inside a parser's handler: the file exceeds a limit (the message says which)."""


@dataclass
class Budget:
    """What the sheets read from one file so far hold, against the limits for all together."""

    cells: int = 0
    characters: int = 0


def parser_for(path: Path, part: str) -> expat.XMLParserType:
    """An expat parser that refuses document type declarations (and so every entity)."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = CHUNK

    def refuse(*_: object) -> None:
        raise RefusalError(
            text(
                "{file}: {part} has a document type declaration, which Excel never writes",
                file=path.name,
                part=part,
            )
        )

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    return parser


def parse(path: Path, part: str, parser: expat.XMLParserType, stream: IO[bytes]) -> None:
    """Feed ``stream`` to ``parser`` a chunk at a time; a damaged part is refused."""
    with _refusing_damage(path, part):
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)


@contextmanager
def _refusing_damage(path: Path, part: str) -> Iterator[None]:
    """A limit the handlers hit, or XML that is not well-formed, as a refusal naming ``part``."""
    try:
        yield
    except RefusalError as refusal:
        raise SpreadsheetError(str(refusal)) from None
    except expat.ExpatError as error:
        raise SpreadsheetError(
            text(
                "{file}: {part} is damaged (line {line}, column {column}: {reason})",
                file=path.name,
                part=part,
                line=error.lineno,
                column=error.offset,
                reason=expat.ErrorString(error.code),
            )
        ) from None


def local(name: str) -> str:
    """An element's name without its namespace prefix (``x:c`` is ``c``)."""
    return name.rpartition(":")[2]


def too_much_text(path: Path, part: str, characters: int) -> str:
    """The message for ``part`` of ``path`` holding more text than the limit."""
    return text(
        "{file}: {part} holds more than {count} characters; LeadTracker imports at most {most} "
        "from one file",
        file=path.name,
        part=part,
        count=f"{characters:,}",
        most=f"{MAX_TEXT_CHARS:,}",
    )


def parse_bytes(path: Path, part: str, parser: expat.XMLParserType, data: bytes) -> None:
    """Parse a small part read whole (the workbook, its relationships)."""
    if not data:
        return  # calamine says what is missing
    with _refusing_damage(path, part):
        parser.Parse(data, True)


def column_number(letters: str) -> int:
    """``A`` is 1, ``Z`` 26, ``AA`` 27, ``XFD`` 16,384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def column_letters(number: int) -> str:
    """1 is ``A``, 27 ``AA``."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class SheetScan:
    """The state of one sheet's scan: where the cells reach, how much text they hold."""

    def __init__(self, path: Path, shared: array[int], sheet: str, budget: Budget) -> None:
        self.path, self.shared, self.sheet, self.budget = path, shared, sheet, budget
        self.row = self.column = 0
        self.first_row = self.first_column = 1 << 40
        self.last_row = self.last_column = 0
        self.kind = ""  # the cell's t attribute
        self.mode = _OTHER  # what the text being read is: a value, an inline string, other
        self.index = ""  # a shared-string cell's value (its index)
        self.length = 0  # characters of the cell
        self.formula = self.value = False
        self.unsaved: list[str] = []
        self.unsaved_count = 0
        self.in_cell = False
        self.columns: dict[str, int] = {}  # column letters seen -> their number

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """An element begins: a row, a cell, a value, a text, a formula, the dimension."""
        tag = name.rpartition(":")[2] if ":" in name else name
        if tag == "c":
            self.end_cell()
            self.cell(attributes.get("r", ""))
            self.kind = attributes.get("t", "")
            self.in_cell = True
            self.mode = _OTHER
        elif tag in ("v", "t"):
            self.mode = (_VALUE if tag == "v" else _TEXT) if self.in_cell else _OTHER
        elif tag == "row":
            self.end_cell()
            number = attributes.get("r", "")
            self.row = int(number) if number.isdecimal() and len(number) < 9 else self.row + 1
            self.column = 0
            self.mode = _OTHER
        else:
            self.mode = _OTHER
            if tag == "f" and self.in_cell:
                self.formula = True
            elif tag == "dimension":
                self.dimension(attributes.get("ref", ""))

    def end(self, name: str) -> None:
        """An element ends (a cell: its text is counted)."""
        self.mode = _OTHER
        if name == "c" or (":" in name and name.endswith(":c")):
            self.end_cell()

    def characters(self, data: str) -> None:
        """Text of a value or an inline string: counted (a shared string's index kept)."""
        mode = self.mode
        if mode is _OTHER:
            return
        if mode is _VALUE:
            self.value = self.value or not data.isspace()
            if self.kind == "s":
                self.index += data
                return
        self.add_text(len(data))

    def cell(self, reference: str) -> None:
        """A cell begins at ``reference`` (or after the one before): within the limit?"""
        reference = reference.replace("$", "")
        letters = reference.rstrip("0123456789")
        digits = reference[len(letters) :]
        column = self.columns.get(letters)
        if column is None and letters.isalpha() and letters.isascii() and len(letters) <= 3:
            column = self.columns[letters] = column_number(letters)
        if column is not None and digits.isdecimal() and len(digits) <= 7:
            self.column, self.row = column, int(digits)
        else:
            self.column += 1
        row, column = self.row, self.column
        self.budget.cells += 1
        if (
            row > self.last_row
            or row < self.first_row
            or column > self.last_column
            or column < self.first_column
            or self.budget.cells > MAX_CELLS
        ):
            self.first_row, self.last_row = min(self.first_row, row), max(self.last_row, row)
            self.first_column = min(self.first_column, column)
            self.last_column = max(self.last_column, column)
            rows = self.last_row - self.first_row + 1
            if rows * (self.last_column - self.first_column + 1) > MAX_CELLS or (
                self.budget.cells > MAX_CELLS
            ):
                raise RefusalError(self.too_large(column_letters(column) + str(row)))

    def end_cell(self) -> None:
        """The cell ends: its shared string counted, a formula without a value noted."""
        if not self.in_cell:
            return
        self.in_cell = False
        if self.kind == "s" and self.index:
            number = self.index.strip()
            shared = self.shared
            if number.isdecimal() and int(number) < len(shared):
                self.add_text(shared[int(number)])
        if self.formula and not self.value:
            self.unsaved_count += 1
            if len(self.unsaved) < NAMED_FORMULA_CELLS:
                self.unsaved.append(column_letters(self.column) + str(self.row))
        self.index, self.length, self.formula, self.value = "", 0, False, False

    def add_text(self, characters: int) -> None:
        """Count ``characters`` more of the cell's text, against both limits."""
        self.length += characters
        self.budget.characters += characters
        if self.length > MAX_CELL_CHARS:
            raise RefusalError(
                text(
                    "{file}: cell {cell} of the sheet “{sheet}” holds more than {most} "
                    "characters, the most a cell holds (as in Excel)",
                    file=self.path.name,
                    cell=column_letters(self.column) + str(self.row),
                    sheet=self.sheet,
                    most=f"{MAX_CELL_CHARS:,}",
                )
            )
        if self.budget.characters > MAX_TEXT_CHARS:
            part = text("the sheet “{sheet}”", sheet=self.sheet)
            raise RefusalError(too_much_text(self.path, part, self.budget.characters))

    def dimension(self, reference: str) -> None:
        """The area the sheet declares (``A1:XFD1048576``): within the limit?"""
        first, _, last = reference.partition(":")
        start, end = _REFERENCE.fullmatch(first), _REFERENCE.fullmatch(last or first)
        if start is None or end is None:
            return
        rows = abs(int(end[2]) - int(start[2])) + 1
        columns = abs(column_number(end[1]) - column_number(start[1])) + 1
        if rows * columns > MAX_CELLS:
            raise RefusalError(
                text(
                    "{file}: the sheet “{sheet}” declares {rows} rows × {columns} columns; "
                    "LeadTracker imports at most {most} cells",
                    file=self.path.name,
                    sheet=self.sheet,
                    rows=f"{rows:,}",
                    columns=f"{columns:,}",
                    most=f"{MAX_CELLS:,}",
                )
            )

    def too_large(self, cell: str) -> str:
        """The message for a sheet that reaches to ``cell``, beyond the limit."""
        rows = self.last_row - self.first_row + 1
        columns = self.last_column - self.first_column + 1
        return text(
            "{file}: the sheet “{sheet}” reaches to cell {cell} ({rows} rows × {columns} "
            "columns); LeadTracker imports at most {most} cells",
            file=self.path.name,
            sheet=self.sheet,
            cell=cell,
            rows=f"{rows:,}",
            columns=f"{columns:,}",
            most=f"{MAX_CELLS:,}",
        )

    def warnings(self) -> list[str]:
        """At the end: what to tell about the sheet (formula cells without a value)."""
        self.end_cell()
        if not self.unsaved:
            return []
        more = self.unsaved_count - len(self.unsaved)
        cells = ", ".join(self.unsaved) + (f" … (+{more:,})" if more else "")
        return [
            text(
                "the sheet “{sheet}” has {count} formula cells without a value saved by Excel "
                "({cells}); they are read as empty: open the file in Excel and save it again",
                sheet=self.sheet,
                count=f"{self.unsaved_count:,}",
                cells=cells,
            )
        ]


def scan_sheet(
    path: Path, shared: array[int], sheet: str, stream: IO[bytes], budget: Budget
) -> list[str]:
    """Scan one sheet's XML (see :class:`SheetScan`); the warnings about it."""
    scan = SheetScan(path, shared, sheet, budget)
    parser = parser_for(path, text("the sheet “{sheet}”", sheet=sheet))
    parser.StartElementHandler = scan.start
    parser.EndElementHandler = scan.end
    parser.CharacterDataHandler = scan.characters
    parse(path, text("the sheet “{sheet}”", sheet=sheet), parser, stream)
    return scan.warnings()
