"""Restoring while another process writes: no committed row is ever lost.

A child process (LeadTracker's own services, a real SQLite file) begins a
large write transaction, says so, holds the write lock for a while, commits
and reports the commit. Meanwhile a second process restores a backup with
``leadtracker restore``. The restore must wait for the writer and keep every
committed row in its ``before-restore`` copy, or refuse ("busy") and change
nothing — never replace the file under the writer.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from leadtracker.db.backup import BEFORE_RESTORE, list_backups
from leadtracker.db.database import open_database
from leadtracker.db.sqlite_files import DatabaseBusyError
from leadtracker.services.companies import CompanyDraft
from tests.conftest import Services
from tests.db.company_names import company_names

WRITER_ROWS = 2_000
_CLI = (sys.executable, "-m", "leadtracker")

#: The writer: adds rows in one transaction, prints "locked" once it holds the write
#: lock, keeps it for argv[2] seconds (or, with "until told", until a line arrives on
#: its standard input), commits, then prints "committed".
WRITER = """
import sys, time
from pathlib import Path
from leadtracker.db.database import open_database
from leadtracker.db.models import Company
db = open_database(Path(sys.argv[1]))
with db.sessions.begin() as session:
    session.add_all(Company(name_en=f"Writer {n:05d}") for n in range(int(sys.argv[3])))
    session.flush()
    print("locked", flush=True)
    if sys.argv[2] == "until told":
        sys.stdin.readline()
    else:
        time.sleep(float(sys.argv[2]))
print("committed", flush=True)
db.close()
"""


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A closed database with one company and one backup of it (in ``CRM #1/``)."""
    path = tmp_path / "CRM #1" / "desk.sqlite"
    path.parent.mkdir()
    db = open_database(path)
    Services.on(db).companies.create(CompanyDraft(name_en="Seiko Epson"))
    db.close()
    return path


def _start_writer(database: Path, hold: float | str) -> subprocess.Popen[str]:
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(database), str(hold), str(WRITER_ROWS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "locked"
    return writer


def test_a_restore_waits_for_a_writer_and_keeps_its_rows(database: Path) -> None:
    backup = Services.backups_of(database).back_up()
    writer = _start_writer(database, hold="until told")
    restore = subprocess.Popen(
        [*_CLI, "--db", str(database), "restore", str(backup.path), "--yes"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(3)  # the restore has started and waits for the write lock
    out, _ = writer.communicate("go on\n", timeout=60)
    _, err = restore.communicate(timeout=120)
    assert writer.returncode == 0 and out.strip() == "committed"
    assert restore.returncode == 0, err
    assert company_names(database) == ["Seiko Epson"]  # the backup's contents
    saved = [b for b in list_backups(database) if b.reason == BEFORE_RESTORE]
    assert len(saved) == 1
    rows = company_names(saved[0].path)
    assert len(rows) == 1 + WRITER_ROWS  # every row the writer committed is in the copy
    assert rows[-1] == f"Writer {WRITER_ROWS - 1:05d}"


def test_a_restore_refuses_when_the_writer_keeps_the_lock(database: Path) -> None:
    service = Services.backups_of(database)
    backup = service.back_up()
    before = {b.path for b in service.backups()}
    writer = _start_writer(database, hold="until told")
    try:
        with pytest.raises(DatabaseBusyError, match="busy: another program is writing"):
            service.restore(backup.path, wait=0.5)  # it gives up: the writer is still there
    finally:
        out, _ = writer.communicate("go on\n", timeout=60)
    assert out.strip() == "committed"
    assert len(company_names(database)) == 1 + WRITER_ROWS  # nothing was replaced
    assert {b.path for b in service.backups()} == before  # and no before-restore copy left
    assert not [p for p in database.parent.rglob("*.part*")]


def test_a_second_writer_is_told_busy_not_damaged(database: Path, tmp_path: Path) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("Firma\r\nKawasaki Heavy Industries\r\n", encoding="utf-8")
    writer = _start_writer(database, hold="until told")  # longer than the busy timeout
    try:
        second = subprocess.run(
            [*_CLI, "--db", str(database), "import", str(listing)],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
    finally:
        writer.communicate("go on\n", timeout=60)
    assert second.returncode == 1
    assert second.stderr.count("\n") == 1, second.stderr
    assert "is busy: another program is writing to it. Try again" in second.stderr
    assert "damaged" not in second.stderr


#: Restores argv[2] into argv[1], saying when it starts.
RESTORE_CHILD = """
import sys
from pathlib import Path
from leadtracker.services.registry import Services
service = Services.backups_of(Path(sys.argv[1]))
print("go", flush=True)
service.restore(Path(sys.argv[2]))
print("done", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_restore_killed_anywhere_leaves_the_old_contents_or_the_backup_whole(
    tmp_path: Path,
) -> None:
    database = tmp_path / "desk.sqlite"
    db = open_database(database)
    Services.on(db).companies.create(CompanyDraft(name_en="Seiko Epson"))
    db.close()
    backup = Services.backups_of(database).back_up().path
    conn = sqlite3.connect(database)
    with conn:  # the live file moves on: 20 MB more, so that a restore takes a while
        conn.execute("CREATE TABLE filler (data BLOB)")
        conn.executemany("INSERT INTO filler VALUES (randomblob(4000))", [()] * 5_000)
        conn.execute("UPDATE company SET name_en = 'Seiko Epson Corporation'")
    conn.close()
    finished = []
    for delay in (0.0, 0.05, 0.15, 0.3, 0.6):
        child = subprocess.Popen(
            [sys.executable, "-c", RESTORE_CHILD, str(database), str(backup)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "go"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        finished.append(child.communicate()[0].strip() == "done")
        conn = sqlite3.connect(database)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            names = [row[0] for row in conn.execute("SELECT name_en FROM company")]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
        if finished[-1] or names == ["Seiko Epson"]:  # restored: the backup, whole
            assert names == ["Seiko Epson"] and "filler" not in tables
            break
        assert names == ["Seiko Epson Corporation"] and "filler" in tables  # untouched
        for saved in list_backups(database):  # a before-restore copy is there whole or not
            copy = sqlite3.connect(saved.path)
            try:
                assert copy.execute("PRAGMA quick_check").fetchone() == ("ok",)
            finally:
                copy.close()
    assert not all(finished), "no kill landed in the middle of a restore"
