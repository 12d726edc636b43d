"""The command line on damaged, foreign and odd files: one clear line, the right exit code.

Each case is one the attack on the command line found: a damaged database
taking writes, a check that named no backup, text files taken for databases,
messages that called a folder "does not exist".
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from leadtracker.cli import EXIT_CHECK_FAILED, EXIT_ERROR, EXIT_OK, main
from leadtracker.db.database import make_private_if_new, open_database
from leadtracker.services.companies import CompanyDraft
from tests.conftest import Services


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A closed database with one company, and one sound backup of it."""
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    Services.on(db).companies.create(CompanyDraft(name_en="Seiko Epson"))
    db.close()
    Services.backups_of(path).back_up()
    return path


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("leadtracker: error: ")
    assert "internal error" not in lines[0]
    return lines[0]


def _damage_pages(path: Path) -> None:
    with path.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xde\xad\xbe\xef" * 4096 * 3)


def _companies(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM company").fetchone()[0])
    finally:
        conn.close()


def test_an_import_into_a_damaged_database_is_refused_naming_the_backup(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("Firma\r\nKawasaki Heavy Industries\r\n", encoding="utf-8")
    _damage_pages(database)
    before = database.read_bytes()
    backups = Services.backups_of(database).backups()
    assert main(["--db", str(database), "import", str(listing)]) == EXIT_ERROR
    line = _one_error_line(capsys.readouterr().err)
    assert "is damaged" in line and "nothing is written into it" in line
    assert str(backups[0].path) in line  # the newest sound backup, and how to restore it
    assert database.read_bytes() == before  # not one byte written
    assert Services.backups_of(database).backups() == backups  # and no backup of the damage kept


@pytest.mark.parametrize(
    "command",
    [
        ["demo", "--companies", "1"],
        ["delete", "company", "1"],
        ["trash", "restore", "1"],
        ["trash", "empty", "--yes"],
        ["privacy", "erase", "1", "--yes"],
    ],
)
def test_every_command_that_writes_refuses_a_damaged_database(
    database: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _damage_pages(database)
    before = database.read_bytes()
    assert main(["--db", str(database), *command]) == EXIT_ERROR
    line = _one_error_line(capsys.readouterr().err)
    assert "is damaged" in line and "nothing is written into it" in line
    assert database.read_bytes() == before


def test_check_of_an_overwritten_header_names_the_newest_sound_backup(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with database.open("r+b") as file:
        file.write(b"\x00" * 4096)  # the header and the first page
    assert main(["--db", str(database), "check"]) == EXIT_CHECK_FAILED
    out = capsys.readouterr().out
    assert "SQLite's header" in out
    assert "the newest sound one is" in out and "restore it with" in out


def test_check_of_unreadable_records_does_not_say_the_search_is_fine(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage_pages(database)
    assert main(["--db", str(database), "check"]) == EXIT_CHECK_FAILED
    out = capsys.readouterr().out
    assert "Search:    ok" not in out


@pytest.mark.parametrize("command", [["import", "LIST"], ["backup"], ["backup", "-o", "COPY"]])
def test_a_text_file_is_no_database_to_import_into_or_back_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Meeting with Epson on Tuesday\n", encoding="utf-8")
    listing = tmp_path / "list.csv"
    listing.write_text("Firma\r\nKawasaki\r\n", encoding="utf-8")
    args = [
        str(listing) if a == "LIST" else str(tmp_path / "copy.sqlite") if a == "COPY" else a
        for a in command
    ]
    assert main(["--db", str(notes), *args]) == EXIT_ERROR
    assert "is not a LeadTracker database" in _one_error_line(capsys.readouterr().err)
    assert notes.read_text(encoding="utf-8") == "Meeting with Epson on Tuesday\n"
    assert not (tmp_path / "copy.sqlite").exists()


def test_a_backup_of_a_truncated_database_is_refused(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with database.open("r+b") as file:
        file.truncate(4096 * 2)
    copy = tmp_path / "copy.sqlite"
    assert main(["--db", str(database), "backup", "-o", str(copy)]) == EXIT_ERROR
    assert "is damaged" in _one_error_line(capsys.readouterr().err)
    assert not copy.exists()


def test_output_into_a_folder_names_the_folder(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    code = main(["--db", str(database), "dossier", "Seiko Epson", "-o", str(folder)])
    assert code == EXIT_ERROR
    line = _one_error_line(capsys.readouterr().err)
    assert "is a folder; give a file name" in line and ".part" not in line


def test_restoring_a_folder_says_it_is_a_folder(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(database), "restore", str(tmp_path), "--yes"]) == EXIT_ERROR
    assert "is a folder, not a backup file" in _one_error_line(capsys.readouterr().err)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_csv_export_folder_is_made_the_owners_alone(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "tables"
    assert main(["--db", str(database), "export", "all", "--format", "csv", "-o", str(folder)]) == 0
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    capsys.readouterr()


def test_a_database_that_is_a_device_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null")
    journal_before = Path("/dev/null-journal").exists()  # left by an older version?
    assert main(["--db", "/dev/null", "search", "Epson"]) == EXIT_ERROR
    assert "is not a regular file" in _one_error_line(capsys.readouterr().err)
    assert journal_before or not Path("/dev/null-journal").exists()


def test_a_sound_database_still_takes_writes(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("Firma\r\nKawasaki Heavy Industries\r\n", encoding="utf-8")
    assert main(["--db", str(database), "import", str(listing)]) == EXIT_OK
    assert _companies(database) == 2
    capsys.readouterr()


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[None]:
    """``path`` cannot be written, even by root (the immutable flag; for others, chmod)."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if shutil.which("chattr") is None:
        pytest.skip("no chattr to make a file read-only for root")
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"this file system has no immutable flag: {made.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_database_is_called_read_only_not_damaged(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("Firma\r\nKawasaki Heavy Industries\r\n", encoding="utf-8")
    with _read_only(database):
        assert main(["--db", str(database), "import", str(listing)]) == EXIT_ERROR
        line = _one_error_line(capsys.readouterr().err)
        assert "is read-only for you" in line and str(database) in line
        assert "damaged" not in line
        assert main(["--db", str(database), "check"]) == EXIT_OK
        out = capsys.readouterr().out
        assert "Search:    not checked (the database is read-only)" in out
        assert "Backups:" not in out  # nothing is wrong with the file: no backup to offer
    assert _companies(database) == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_unwritable_shared_memory_file_left_behind_is_made_writable_again(
    database: Path,
) -> None:
    # What SQLite leaves after a read-only open of a 0400 database; SQLite, run as root,
    # replaces such a file itself, so the step that repairs it is called on its own here.
    shm = database.with_name(database.name + "-shm")
    shm.touch()
    shm.chmod(0o400)
    make_private_if_new(database)
    assert stat.S_IMODE(shm.stat().st_mode) == 0o600
    database.chmod(0o400)  # while the database itself is read-only, its companions stay
    shm.chmod(0o400)
    make_private_if_new(database)
    assert stat.S_IMODE(shm.stat().st_mode) == 0o400


def test_a_database_in_a_read_only_folder_can_be_checked_and_backed_up(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "elsewhere" / "copy.sqlite"
    copy.parent.mkdir()
    for companion in ("-wal", "-shm"):  # a cleanly closed database has none
        assert not database.with_name(database.name + companion).exists()
    with _read_only(database.parent):
        assert main(["--db", str(database), "backup", "-o", str(copy)]) == EXIT_OK
        assert main(["--db", str(database), "check"]) == EXIT_OK
        out = capsys.readouterr().out
        assert "Integrity: ok" in out and "is read-only for you" in out
        listing = copy.with_name("list.csv")
        listing.write_text("Firma\r\nKawasaki Heavy Industries\r\n", encoding="utf-8")
        assert main(["--db", str(database), "import", str(listing)]) == EXIT_ERROR
        assert "is read-only for you" in _one_error_line(capsys.readouterr().err)
    assert _companies(copy) == 1


def test_the_restore_command_offered_can_be_pasted_into_a_shell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "CRM #1" / "Büro 山田 (alt)" / "desk.sqlite"
    path.parent.mkdir(parents=True)
    open_database(path).close()
    sound = Services.backups_of(path).back_up()
    _damage_pages(path)
    assert main(["--db", str(path), "check"]) == EXIT_CHECK_FAILED
    line = next(x for x in capsys.readouterr().out.splitlines() if "restore it with:" in x)
    pasted = line.split("restore it with: ", 1)[1]
    expected = ["leadtracker", "--db", str(path), "restore", str(sound.path)]
    assert shlex.split(pasted) == expected  # what a POSIX shell would run
    listing = tmp_path / "list.csv"
    listing.write_text("Firma\r\nKawasaki\r\n", encoding="utf-8")
    assert main(["--db", str(path), "import", str(listing)]) == EXIT_ERROR
    error = _one_error_line(capsys.readouterr().err)
    assert shlex.split(error.rsplit(": ", 1)[1]) == expected
