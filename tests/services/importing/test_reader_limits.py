"""Hostile and broken files are refused with a message naming the file, before memory runs out.

The dangerous reads (a cell at XFD1048576, a zip bomb of shared strings)
run in a child process whose address space is limited to 1 GiB: a
regression makes that process fail, not the test run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

import leadtracker
from leadtracker.cli import EXIT_OK, main
from leadtracker.db.database import Database, open_database
from leadtracker.db.models import Project
from leadtracker.services.importing.entry import import_file
from leadtracker.services.importing.limits import MAX_CELL_CHARS
from leadtracker.services.importing.report import ImportRefusedError
from leadtracker.services.importing.spreadsheet_files import SpreadsheetError, read_sheet
from tests.services.importing import hostile_files as hostile
from tests.services.importing.hostile_files import HEADER_ROW, inline, sheet_xml, workbook

pytestmark = pytest.mark.both_engines

#: The address space the child process reading a hostile file may use.
MEMORY_LIMIT = 1024 * 1024 * 1024

_CHILD = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    from leadtracker.services.importing.spreadsheet_files import SpreadsheetError, read_sheet
    try:
        read_sheet(Path(sys.argv[1]))
    except SpreadsheetError as error:
        print(error)
        status = Path("/proc/self/status").read_text().splitlines()  # ru_maxrss counts the parent's
        print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
        sys.exit(0)
    sys.exit(3)
    """
)


def refused_in_a_small_process(path: Path) -> tuple[str, int]:
    """Read ``path`` in a child limited to :data:`MEMORY_LIMIT`; its refusal and peak RSS in KiB."""
    source = str(Path(leadtracker.__file__).parents[1])
    result = subprocess.run(
        [sys.executable, "-c", _CHILD.format(limit=MEMORY_LIMIT), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": source, "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    message, rss = result.stdout.strip().splitlines()
    return message, int(rss)


def test_a_cell_at_xfd1048576_is_refused_without_the_memory_it_asks_for(tmp_path: Path) -> None:
    path = hostile.far_cell(tmp_path / "firmen.xlsx")
    assert path.stat().st_size < 2000
    message, rss = refused_in_a_small_process(path)
    assert message == (
        "firmen.xlsx: the sheet “Companies” reaches to cell XFD1048576 "
        "(1,048,576 rows × 16,384 columns); LeadTracker imports at most 4,200,000 cells"
    )
    assert rss < 300 * 1024


def test_a_declared_dimension_beyond_the_limit_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "firmen.xlsx", sheet_xml(HEADER_ROW, "A1:XFD1048576"))
    with pytest.raises(SpreadsheetError) as refused:
        read_sheet(path)
    assert str(refused.value) == (
        "firmen.xlsx: the sheet “Companies” declares 1,048,576 rows × 16,384 columns; "
        "LeadTracker imports at most 4,200,000 cells"
    )


def test_cells_and_rows_without_references_count_by_their_place(tmp_path: Path) -> None:
    """A cell without ``r`` follows the one before it, a row without ``r`` the row before."""
    rows = HEADER_ROW + '<row r="262">' + "<c/>" * 16_000 + "</row><row><c/></row>"
    path = workbook(tmp_path / "firmen.xlsx", sheet_xml(rows))
    with pytest.raises(SpreadsheetError) as refused:
        read_sheet(path)
    assert str(refused.value) == (
        "firmen.xlsx: the sheet “Companies” reaches to cell A263 (263 rows × 16,000 columns); "
        "LeadTracker imports at most 4,200,000 cells"
    )


@pytest.mark.slow
def test_a_shared_strings_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = hostile.shared_strings_bomb(tmp_path / "firmen.xlsx")
    assert path.stat().st_size < 3 * 1024 * 1024
    message, rss = refused_in_a_small_process(path)
    assert message.startswith("firmen.xlsx: the entry xl/sharedStrings.xml unpacks to 2,147,483,")
    assert rss < 300 * 1024


def test_a_small_bomb_is_refused_by_how_densely_it_is_packed(tmp_path: Path) -> None:
    path = hostile.shared_strings_bomb(tmp_path / "firmen.xlsx", megabytes=64)
    with pytest.raises(SpreadsheetError, match="packed at most 500 times"):
        read_sheet(path)


def test_zip_headers_that_lie_about_the_size_do_not_help(tmp_path: Path) -> None:
    path = hostile.lying_bomb(tmp_path / "firmen.xlsx")
    assert zipfile.ZipFile(path).getinfo("xl/sharedStrings.xml").file_size == 1024
    message, rss = refused_in_a_small_process(path)
    assert message == (
        "firmen.xlsx is a damaged Excel workbook: Bad CRC-32 for file 'xl/sharedStrings.xml'"
    )
    assert rss < 300 * 1024


def test_text_of_shared_strings_beyond_the_limit_is_refused(tmp_path: Path) -> None:
    """One string of 30,000 characters is fine; 3,000 cells showing it are 90 million."""
    shared = f'<sst xmlns="{hostile.MAIN}"><si><t>{"x" * 30_000}</t></si></sst>'
    cells = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(2, 3000))
    path = workbook(tmp_path / "firmen.xlsx", sheet_xml(HEADER_ROW + cells), shared=shared)
    with pytest.raises(SpreadsheetError, match=r"more than 50,0.* characters; .* at most 50,000"):
        read_sheet(path)


def test_a_cell_longer_than_excel_allows_is_refused_with_its_place(tmp_path: Path) -> None:
    rows = HEADER_ROW + '<row r="2">' + inline("B2", "x" * (MAX_CELL_CHARS + 1)) + "</row>"
    path = workbook(tmp_path / "firmen.xlsx", sheet_xml(rows))
    with pytest.raises(SpreadsheetError) as refused:
        read_sheet(path)
    assert str(refused.value) == (
        "firmen.xlsx: cell B2 of the sheet “Companies” holds more than 32,767 characters, "
        "the most a cell holds (as in Excel)"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (inline("A2", "Na&#0;me"), "reference to invalid character number"),
        (inline("A2", "Na&#xD800;me"), "reference to invalid character number"),
        ("<c r='A2'", "no element found"),
    ],
)
def test_damaged_sheet_xml_is_refused_naming_file_and_sheet(
    tmp_path: Path, content: str, message: str
) -> None:
    path = workbook(tmp_path / "firmen.xlsx", sheet_xml(HEADER_ROW + f'<row r="2">{content}</row>'))
    if content.startswith("<c r='A2'"):  # truncated: the file ends inside the sheet
        path = workbook(tmp_path / "firmen.xlsx", sheet_xml(HEADER_ROW)[:-30])
    expected = (
        f"^firmen.xlsx: the sheet “Companies” is damaged \\(line 1, column \\d+: {message}\\)$"
    )
    with pytest.raises(SpreadsheetError, match=expected):
        read_sheet(path)


def test_entities_of_a_document_type_declaration_are_refused(tmp_path: Path) -> None:
    laughs = '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    sheet = sheet_xml(HEADER_ROW).replace("?>", "?>" + laughs, 1)
    path = workbook(tmp_path / "firmen.xlsx", sheet)
    with pytest.raises(SpreadsheetError) as refused:
        read_sheet(path)
    assert str(refused.value) == (
        "firmen.xlsx: the sheet “Companies” has a document type declaration, "
        "which Excel never writes"
    )


def test_an_archive_with_an_entry_twice_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "firmen.xlsx", sheet_xml(HEADER_ROW))
    with (
        pytest.warns(UserWarning, match="Duplicate name"),
        zipfile.ZipFile(path, "a") as archive,
    ):
        archive.writestr("xl/sharedStrings.xml", hostile.NO_STRINGS)
    with pytest.raises(SpreadsheetError, match=r"the entry xl/sharedStrings.xml is there twice"):
        read_sheet(path)


def test_an_archive_of_too_many_entries_is_refused(tmp_path: Path) -> None:
    extra = {f"xl/media/{n}.xml": "<x/>" for n in range(5001)}
    path = workbook(tmp_path / "firmen.xlsx", sheet_xml(HEADER_ROW), extra=extra)
    with pytest.raises(SpreadsheetError, match=r"holds 5,007 files .* at most 5,000"):
        read_sheet(path)


def test_formula_cells_without_a_saved_value_are_named_in_a_warning(
    db: Database, tmp_path: Path
) -> None:
    rows = (
        HEADER_ROW
        + '<row r="2">'
        + inline("A2", "Seiko Epson")
        + '<c r="B2"><f>UPPER("suwa")</f></c></row>'
        + '<row r="3">'
        + inline("A3", "Wacom")
        + '<c r="B3" t="str"><f>"Kazo"</f><v>Kazo</v></c></row>'
    )
    path = workbook(tmp_path / "firmen.xlsx", sheet_xml(rows))
    report = import_file(db.sessions, db.search, path, dry_run=True)
    assert report.warnings == (
        "the sheet “Companies” has 1 formula cells without a value saved by Excel (B2); "
        "they are read as empty: open the file in Excel and save it again",
    )


def test_a_number_too_large_for_any_count_is_a_problem_of_its_row(
    db: Database, tmp_path: Path
) -> None:
    rows = (
        '<row r="1">'
        + inline("A1", "Company")
        + inline("B1", "Title")
        + inline("C1", "Planned jobs")
        + inline("D1", "Received on")
        + '</row><row r="2">'
        + inline("A2", "Seiko Epson")
        + inline("B2", "HQ")
        + '<c r="C2"><v>1e300</v></c>'
        + inline("D2", "2026-11-21")
        + "</row>"
    )
    path = workbook(tmp_path / "projekte.xlsx", sheet_xml(rows))
    (tmp_path / "firmen.csv").write_text("Company\nSeiko Epson\n", encoding="utf-8")
    import_file(db.sessions, db.search, tmp_path / "firmen.csv")
    with pytest.raises(ImportRefusedError) as refused:
        import_file(db.sessions, db.search, path)
    assert [str(p) for p in refused.value.report.problems] == [
        "row 2, Planned jobs: “1e+300” is too large a number (at most 999,999,999,999,999)"
    ]
    with db.sessions() as session:
        assert session.scalar(select(func.count(Project.id))) == 0


def test_a_cell_longer_than_its_field_is_a_problem_of_its_row(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "firmen.csv"
    path.write_text(f"Company,City\nSeiko Epson,Suwa\n{'K' * 301},Kazo\n", encoding="utf-8")
    with pytest.raises(ImportRefusedError) as refused:
        import_file(db.sessions, db.search, path)
    assert [str(p) for p in refused.value.report.problems] == [
        f"row 3, Company: “{'K' * 80}…” has 301 characters; the field holds at most 300"
    ]


def test_the_command_line_prints_the_warnings_of_an_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = HEADER_ROW + '<row r="2">' + inline("A2", "Wacom") + '<c r="B2"><f>A2</f></c></row>'
    path = workbook(tmp_path / "firmen.xlsx", sheet_xml(rows))
    database = str(tmp_path / "leadtracker.sqlite")
    open_database(Path(database)).close()
    assert main(["--db", database, "import", str(path), "--dry-run"]) == EXIT_OK
    assert (
        "Warning: the sheet “Companies” has 1 formula cells without a value saved by Excel (B2)"
        in capsys.readouterr().out
    )


def test_a_folder_or_an_empty_file_named_vcf_is_refused(db: Database, tmp_path: Path) -> None:
    (tmp_path / "kontakte.vcf").mkdir()
    with pytest.raises(SpreadsheetError, match=r"kontakte.vcf is a folder, not a file"):
        import_file(db.sessions, db.search, tmp_path / "kontakte.vcf")
    (tmp_path / "leer.vcf").write_bytes(b"")
    with pytest.raises(SpreadsheetError, match=r"leer.vcf is empty \(0 bytes\)"):
        import_file(db.sessions, db.search, tmp_path / "leer.vcf")
