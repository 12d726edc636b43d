"""Reading the files users bring: CSV in Excel's encodings and separators, XLSX workbooks."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter

from leadtracker.services.spreadsheet_files import SpreadsheetError, read_sheet

ROWS = [["Firma", "Ort", "Investition"], ["セイコーエプソン株式会社", "諏訪市", "1.500.000,50"]]


def write_csv(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"), ("shift_jis", "cp932")],
)
def test_csv_in_the_encodings_excel_saves(tmp_path: Path, encoding: str, reported: str) -> None:
    text = "\r\n".join(";".join(row) for row in ROWS) + "\r\n"  # German Excel: semicolons
    sheet = read_sheet(write_csv(tmp_path / "firmen.csv", text, encoding))
    assert sheet.headers == ("Firma", "Ort", "Investition")
    assert sheet.rows == (("セイコーエプソン株式会社", "諏訪市", "1.500.000,50"),)
    assert sheet.encoding == reported


def test_windows_1252_with_umlauts_and_commas(tmp_path: Path) -> None:
    text = 'Firma,Straße,Notiz\r\nMüller GmbH,Königsallee 1,"groß, schön"\r\n'
    sheet = read_sheet(write_csv(tmp_path / "f.csv", text, "cp1252"))
    assert sheet.encoding == "cp1252"
    assert sheet.rows == (("Müller GmbH", "Königsallee 1", "groß, schön"),)


def test_tabs_short_rows_and_blank_lines(tmp_path: Path) -> None:
    text = "Name\tCity\tWebsite\nWacom\tKazo\n\n\t\t\nEpson\tSuwa\thttps://epson.com\n"
    sheet = read_sheet(write_csv(tmp_path / "t.csv", text, "utf-8"))
    assert sheet.rows == (("Wacom", "Kazo", None), ("Epson", "Suwa", "https://epson.com"))


def test_xlsx_read_by_another_library_than_the_writer(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    with xlsxwriter.Workbook(str(path)) as book:
        book.add_worksheet("Notes").write_string(0, 0, "nothing")
        sheet = book.add_worksheet("Companies")
        sheet.write_row(0, 0, ["Name", "Since", "Jobs"])
        sheet.write_string(1, 0, "=not a formula")
        sheet.write_datetime(
            1, 1, datetime(2026, 11, 21), book.add_format({"num_format": "dd.mm.yyyy"})
        )
        sheet.write_number(1, 2, 25)
    rows = read_sheet(path, "Companies")
    assert rows.sheet == "Companies" and rows.headers == ("Name", "Since", "Jobs")
    assert rows.rows == (("=not a formula", date(2026, 11, 21), 25),)  # 25.0 in the file
    assert read_sheet(path).sheet == "Notes"  # the first sheet by default
    with pytest.raises(
        SpreadsheetError, match="has no sheet “Projects” \\(it has: Notes, Companies\\)"
    ):
        read_sheet(path, "Projects")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "no header row"),
        ("list.ods", b"x", "only .csv and .xlsx files can be imported"),
        ("broken.xlsx", b"not a zip", "cannot be read as an Excel workbook"),
    ],
)
def test_files_that_cannot_be_read_say_why(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(SpreadsheetError, match=message):
        read_sheet(tmp_path / name)
