"""Arguments out of range get a message, never an internal error: ids, limits, dates, years, bytes.

Also: an import refused into a new database file leaves no file behind.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from leadtracker.cli import EXIT_ERROR, EXIT_OK, main
from leadtracker.db.database import open_database
from leadtracker.domain.errors import DomainError, NotFoundError
from leadtracker.services.lookup import RecordLookup
from tests.conftest import Services

TOO_LARGE = str(2**63)  # one more than SQLite's largest integer


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "lt.sqlite"
    assert main(["--db", str(path), "demo", "--companies", "5"]) == EXIT_OK
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    assert "internal error" not in err and "Traceback" not in err
    return code, out, err


@pytest.mark.parametrize(
    "command",
    [
        ["history", "company", TOO_LARGE],
        ["delete", "company", TOO_LARGE],
        ["trash", "restore", TOO_LARGE],
        ["trash", "empty", "1", TOO_LARGE, "--yes"],
        ["privacy", "export", TOO_LARGE, "-o", "x.json"],
        ["privacy", "erase", TOO_LARGE, "--yes"],
        ["history", "company", "0"],
        ["delete", "contact", "-3"],
        ["search", "epson", "--limit", TOO_LARGE],
        ["search", "epson", "--limit", "9" * 5000],
        ["privacy", "review", "--years", "99999999"],
        ["privacy", "review", "--years", "-5"],
        ["demo", "--companies", TOO_LARGE],
    ],
)
def test_numbers_out_of_range_are_refused_by_name(
    demo: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    code, _, err = _run(capsys, "--db", str(demo), *command)
    assert code == 2
    assert err.splitlines()[-1].split(": ", 2)[2].startswith("argument ")  # names the argument
    assert "must be at" in err or "out of range" in err


@pytest.mark.parametrize("kind", ["dossier", "briefing"])
def test_documents_by_an_id_no_record_can_have(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    date = ["--date", "2026-12-01"] if kind == "briefing" else []
    out = str(tmp_path / "x.pdf")
    noun = "company" if kind == "dossier" else "project"
    code, _, err = _run(capsys, "--db", str(demo), kind, TOO_LARGE, *date, "-o", out)
    assert (code, err) == (
        EXIT_ERROR,
        f"leadtracker: error: There is no {noun} with id {TOO_LARGE}.\n",
    )
    code, _, err = _run(capsys, "--db", str(demo), kind, "²", *date, "-o", out)  # isdigit(), no int
    assert code == EXIT_ERROR and f"No {noun} matches “²”" in err
    code, _, err = _run(capsys, "--db", str(demo), kind, "１", *date, "-o", out)  # full width
    assert code == EXIT_OK, err


def test_the_services_take_any_number(demo: Path) -> None:
    database = open_database(demo)
    services = Services.on(database)
    assert services.history.of("company", 2**64) == ()
    with pytest.raises(NotFoundError, match="no company with id 99999999999999999999"):
        RecordLookup(database.sessions, database.search).company("99999999999999999999")
    with pytest.raises(NotFoundError, match="no project with id 9999"):  # more than int() reads
        RecordLookup(database.sessions, database.search).project("9" * 5000)
    assert services.search.search("a", limit=2**70)
    for years in (-5, 101, 99_999_999):
        with pytest.raises(DomainError, match="from 0 to 100"):
            services.privacy.review(years)
    database.close()


@pytest.mark.parametrize(
    "case",
    [("9999-12-31", "10:00", 2), ("0001-01-01", "10:00", 2), ("9999-12-30", "23:59", 0),
     ("0001-01-02", "00:00", 0)],
)  # fmt: skip
def test_briefings_at_the_edges_of_the_calendar(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: tuple[str, str, int]
) -> None:
    day, clock, code = case
    out = tmp_path / "b.pdf"
    args = ["--db", str(demo), "briefing", "1", "--date", day, "--time", clock, "-o", str(out)]
    got, _, err = _run(capsys, *args)
    assert got == code, err
    assert out.exists() == (code == 0)
    if code:
        assert "at the very edge of the calendar" in err


def test_undecodable_bytes_in_an_argument(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = b"\xff\xfeab".decode("utf-8", "surrogateescape")  # as Python hands argv over
    code, _, err = _run(capsys, "--db", str(demo), "search", query)
    assert code == 2
    assert err.splitlines()[-1] == (
        "leadtracker search: error: argument query: the argument is not valid text "
        "(the byte 0xFF at character 1 is not in the terminal's encoding)"
    )


def test_a_refused_import_into_a_new_file_leaves_nothing_behind(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("foo,bar\n1,2\n", encoding="utf-8")
    new = tmp_path / "new" / "deeper" / "lt.sqlite"
    code, _, err = _run(capsys, "--db", str(new), "import", str(bad))
    assert code == EXIT_ERROR and "Nothing was imported" in err
    assert not (tmp_path / "new").exists()
    code, _, _ = _run(capsys, "--db", str(new), "import", "--kind", "companies", "missing.csv")
    assert code == EXIT_ERROR and not (tmp_path / "new").exists()
    # A database that was there stays, and so does an import that worked.
    existing = tmp_path / "existing.sqlite"
    shutil.copy(demo, existing)
    code, _, _ = _run(capsys, "--db", str(existing), "import", str(bad))
    assert code == EXIT_ERROR and existing.is_file()
    good = tmp_path / "companies.csv"
    assert (
        _run(capsys, "--db", str(demo), "export", "companies", "--format", "csv", "-o", str(good))[
            0
        ]
        == 0
    )
    code, _, _ = _run(capsys, "--db", str(new), "import", str(good))
    assert code == EXIT_OK and new.is_file()


def test_csv_of_all_tables_into_a_file_is_refused(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "notes.csv"
    existing.write_text("keep me", encoding="utf-8")
    args = ["--db", str(demo), "export", "all", "--format", "csv", "-o", str(existing)]
    code, _, err = _run(capsys, *args)
    assert code == EXIT_ERROR and "is a file: the CSV files of all tables go into a folder" in err
    assert existing.read_text(encoding="utf-8") == "keep me"
