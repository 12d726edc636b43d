"""Reading the files users bring: CSV in Excel's encodings and separators, XLSX workbooks.

And refusing, with the file named, what is not such a file: a folder, a picture, an
encoding that does not match its byte order mark, a cell longer than Excel allows.
"""

from __future__ import annotations

import csv
import os
from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import given, settings
from hypothesis import strategies as st

from leadtracker.domain.spreadsheet_values import (
    FORMULA_PREFIXES,
    formula_guarded,
    formula_unguarded,
)
from leadtracker.services.importing.limits import MAX_FILE_BYTES
from leadtracker.services.importing.spreadsheet_files import (
    SpreadsheetError,
    read_sheet,
    sheet_names,
)

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
        ("empty.csv", b"", "empty.csv is empty \\(0 bytes\\)"),
        ("blank.csv", b"\r\n;;\r\n", "blank.csv has no header row"),
        ("list.ods", b"x", "only .csv and .xlsx files can be imported"),
        ("broken.xlsx", b"not a zip", "broken.xlsx is not an Excel workbook"),
    ],
)
def test_files_that_cannot_be_read_say_why(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(SpreadsheetError, match=message):
        read_sheet(tmp_path / name)


# --- Files that are not what their name says, or not there ------------------


def test_a_folder_named_like_a_workbook_is_called_a_folder(tmp_path: Path) -> None:
    (tmp_path / "firmen.xlsx").mkdir()
    with pytest.raises(SpreadsheetError, match=r"firmen.xlsx is a folder, not a file"):
        read_sheet(tmp_path / "firmen.xlsx")
    with pytest.raises(SpreadsheetError, match=r"firmen.xlsx is a folder, not a file"):
        sheet_names(tmp_path / "firmen.xlsx")


def test_a_missing_file_a_pipe_and_an_empty_file(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match=r"firmen.csv does not exist"):
        read_sheet(tmp_path / "firmen.csv")
    os.mkfifo(tmp_path / "pipe.csv")  # reading it would wait for a writer for ever
    with pytest.raises(SpreadsheetError, match=r"^pipe.csv is not a regular file$"):
        read_sheet(tmp_path / "pipe.csv")
    (tmp_path / "leer.xlsx").write_bytes(b"")
    with pytest.raises(SpreadsheetError, match=r"^leer.xlsx is empty \(0 bytes\)$"):
        read_sheet(tmp_path / "leer.xlsx")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_permission_to_read(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "firmen.csv", "Company\r\nWacom\r\n", "utf-8")
    path.chmod(0)
    with pytest.raises(SpreadsheetError, match=r"firmen.csv cannot be read: Permission denied"):
        read_sheet(path)


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "firmen.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(SpreadsheetError, match=r"firmen.csv has 52,428,801 bytes; .* 52,428,800"):
        read_sheet(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("firmen.xlsx", b"Company,City\r\nWacom,Kazo\r\n", "is not an Excel workbook .* CSV file"),
        ("firmen.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(64), "is a PNG image, not an Excel workbook"),
        ("firmen.xlsx", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(64), "is an old Excel 97–2003"),
        ("firmen.csv", b"PK\x03\x04" + bytes(64), "is an Excel workbook .* name it .xlsx"),
        ("firmen.csv", b"%PDF-1.7\n" + bytes(64), "is a PDF document, not a CSV file"),
        ("firmen.csv", b"Company\x00,City\r\n", "holds zero bytes: it is not a text"),
    ],
)
def test_a_file_that_is_something_else_says_what_it_is(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(SpreadsheetError, match=f"^{name} {message}"):
        read_sheet(tmp_path / name)


# --- Encodings and byte order marks ----------------------------------------


def test_shift_jis_behind_a_utf8_byte_order_mark_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "firmen.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "会社名,都市\r\nワコム,加須市\r\n".encode("cp932"))
    with pytest.raises(SpreadsheetError) as refused:
        read_sheet(path)
    assert str(refused.value) == (
        "firmen.csv starts with the byte order mark of UTF-8, but its text is not UTF-8; "
        "save it again from Excel as “CSV UTF-8”"
    )


def test_shift_jis_behind_a_utf16_byte_order_mark_is_refused_not_read_as_mojibake(
    tmp_path: Path,
) -> None:
    path = tmp_path / "firmen.csv"
    path.write_bytes(b"\xff\xfe" + "会社名,都市\r\nワコム,加須市\r\n".encode("cp932"))
    with pytest.raises(SpreadsheetError, match="byte order mark of UTF-16, but its text is not"):
        read_sheet(path)


def test_excels_unicode_text_utf16_with_tabs_is_read(tmp_path: Path) -> None:
    path = tmp_path / "firmen.txt.csv"
    content = "会社名\t都市\r\nワコム\t加須市\r\nSeiko Epson\tSuwa\r\n"
    path.write_bytes(b"\xff\xfe" + content.encode("utf-16-le"))
    sheet = read_sheet(path)
    assert sheet.encoding == "utf-16"
    assert sheet.headers == ("会社名", "都市")
    assert sheet.rows == (("ワコム", "加須市"), ("Seiko Epson", "Suwa"))


def test_a_cell_beyond_the_csv_readers_limit_names_the_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "firmen.csv", f'Company\r\nWacom\r\n"{"x" * 200_000}"\r\n', "utf-8")
    with pytest.raises(SpreadsheetError) as refused:
        read_sheet(path)
    assert str(refused.value) == (
        "firmen.csv, row 3: field larger than field limit (131072); "
        "LeadTracker reads at most 32,767 characters per cell"
    )


def test_a_cell_longer_than_excel_allows_names_row_and_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "firmen.csv", f"Company,Notes\r\nWacom,{'x' * 40_000}\r\n", "utf-8")
    with pytest.raises(SpreadsheetError) as refused:
        read_sheet(path)
    assert str(refused.value) == (
        "firmen.csv, row 2, column 2: the cell holds 40,000 characters; "
        "a cell holds at most 32,767 (as in Excel)"
    )


# --- The apostrophe the CSV export puts before formula-like text -------------


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("'+81 3 1234 5678", "+81 3 1234 5678"),
        ('\'=HYPERLINK("x")', '=HYPERLINK("x")'),
        ("'-5", "-5"),
        ("'@SUM(A1)", "@SUM(A1)"),
        ("''=x", "'=x"),
        ("'t Hooft", "'t Hooft"),
        ("'", "'"),
        ("O'Neil", "O'Neil"),
    ],
)
def test_csv_cells_lose_exactly_the_guard_the_export_adds(
    tmp_path: Path, written: str, read: str
) -> None:
    path = tmp_path / "firmen.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["Company", "Phone"], ["Wacom", written]])
    assert read_sheet(path).rows == (("Wacom", read),)


@settings(max_examples=300, derandomize=True)
@given(st.text())
def test_guarding_and_unguarding_give_back_the_text(value: str) -> None:
    guarded = formula_guarded(value)
    assert not guarded.startswith(FORMULA_PREFIXES)
    assert formula_unguarded(guarded) == value
