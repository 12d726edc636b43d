"""The streaming workbook writer, read back by openpyxl and by calamine."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.utils.escape import unescape
from python_calamine import CalamineWorkbook

from leadtracker.services.exporting.xlsx_writer import (
    CellEncoder,
    SheetColumn,
    WorkbookWriter,
    column_letter,
    date_cell,
    datetime_cell,
    money_cell,
    number_cell,
    text_cell,
    xml_text,
)

TRICKY = (
    "=SUM(A1:A3)",
    "  leading and trailing  ",
    "a & b < c > d",
    "bell \x07 and form feed \x0c",
    "literal _x0041_ stays",
    "line one\nline two",
    "山田 太郎 ｴﾌﾟｿﾝ 𠮷",
)


def _write(path: Path) -> None:
    columns = [SheetColumn("Text", 30), SheetColumn("Number", 10), SheetColumn("When", 12)]
    encoders: list[CellEncoder] = [text_cell, number_cell, date_cell]
    with WorkbookWriter(path) as book:
        with book.sheet("Bob's list", columns) as sheet:
            sheet.write_rows(
                [(text, i, date(2026, 11, 22)) for i, text in enumerate(TRICKY)], encoders
            )
            sheet.write_rows([("", None, date(1899, 1, 1)), (None, -5, None)], encoders)
        money = [SheetColumn("Amount", 16), SheetColumn("At", 17)]
        with book.sheet("Money", money) as sheet:
            sheet.write_rows(
                [(Decimal("1234567.89"), datetime(2026, 5, 15, 14, 30))],
                [money_cell, datetime_cell],
            )


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    path = tmp_path / "book.xlsx"
    _write(path)
    return path


def _rows(sheet: Any) -> list[tuple[Any, ...]]:
    return list(sheet.iter_rows(values_only=True))


def test_openpyxl_reads_every_cell_as_written(workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    assert book.sheetnames == ["Bob's list", "Money"]
    sheet = book["Bob's list"]
    rows = _rows(sheet)
    assert rows[0] == ("Text", "Number", "When")
    # openpyxl leaves Excel's _xHHHH_ escapes of inline strings as they are.
    assert [unescape(row[0]) for row in rows[1 : 1 + len(TRICKY)]] == list(TRICKY)
    assert rows[4][0] == "bell _x0007_ and form feed _x000C_"
    assert rows[1][1:] == (0, datetime(2026, 11, 22))
    assert rows[-2] == (None, None, "1899-01-01")  # before Excel's calendar: text
    assert rows[-1] == (None, -5, None)
    assert sheet["A2"].data_type == "s"  # "=SUM(…)" is text, not a formula
    assert sheet["C2"].number_format == "yyyy-mm-dd"
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:C{len(rows)}"
    assert 30 < sheet.column_dimensions["A"].width < 31
    money = book["Money"]
    assert money["A2"].value == pytest.approx(1234567.89)
    assert "€" in money["A2"].number_format
    assert money["B2"].value == datetime(2026, 5, 15, 14, 30)


def test_calamine_reads_the_same_with_control_characters_unescaped(workbook: Path) -> None:
    book = CalamineWorkbook.from_path(str(workbook))
    rows = book.get_sheet_by_name("Bob's list").to_python()
    assert [row[0] for row in rows[1 : 1 + len(TRICKY)]] == list(TRICKY)
    assert rows[1][2] in (date(2026, 11, 22), datetime(2026, 11, 22))


def test_the_package_has_the_parts_excel_needs(workbook: Path) -> None:
    with zipfile.ZipFile(workbook) as package:
        names = set(package.namelist())
        assert {
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/workbook.xml",
            "xl/_rels/workbook.xml.rels",
            "xl/styles.xml",
            "xl/worksheets/sheet1.xml",
            "xl/worksheets/sheet2.xml",
        } <= names
        workbook_xml = package.read("xl/workbook.xml").decode()
    assert "'Bob''s list'!$A$1:$C$10" in workbook_xml  # the autofilter's defined name


def test_xml_text_escapes_what_xml_cannot_carry() -> None:
    assert xml_text("plain 山田") == "plain 山田"
    assert xml_text("a<b&c") == "a&lt;b&amp;c"
    assert xml_text("\x07") == "_x0007_"
    assert xml_text("_x0041_") == "_x005F_x0041_"


@pytest.mark.parametrize(
    ("index", "letters"), [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letters(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_a_failed_sheet_never_looks_like_a_finished_workbook(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    with (
        pytest.raises(RuntimeError),
        WorkbookWriter(path) as book,
        book.sheet("A", [SheetColumn("x", 10)]) as sheet,
    ):
        sheet.write_rows([("a",)], [text_cell])
        raise RuntimeError("the database went away")
    with pytest.raises(Exception):  # noqa: B017 -- any reader error: it is no workbook
        openpyxl.load_workbook(path)
