"""Files written whole, the owner's alone, where they were asked for — whatever is there already.

Exports, documents and backups go through one mechanism
(:mod:`leadtracker.db.file_writes`): these tests attack it with existing
files readable by others, folders, links, devices, the leftovers of killed
writers, and folder names with ``# ? % & [ ]`` in them.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from leadtracker.db.backup import list_backups
from leadtracker.db.database import DatabaseOpenError, open_database
from leadtracker.db.file_writes import STALE_AFTER_SECONDS, TargetError, write_whole
from leadtracker.db.restore import BackupCheckError, verify
from leadtracker.db.sqlite_files import integrity
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.safety.backups import BackupError
from tests.conftest import Services

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and devices")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _database(path: Path, companies: int = 1) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    service = Services.on(db).companies
    for number in range(companies):
        service.create(CompanyDraft(name_en=f"Company {number}"), allow_duplicate=True)
    db.close()
    return path


# --- where a file goes ---------------------------------------------------------------


def test_a_folder_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(TargetError, match="is a folder; give a file name"):
        write_whole(tmp_path, b"data")
    assert not list(tmp_path.iterdir())  # no temporary file left either


@posix_only
def test_a_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    write_whole(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


@posix_only
def test_a_device_is_written_through_never_renamed_over(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="No space left") as raised:
        write_whole(Path("/dev/full"), b"x" * 100_000)
    assert raised.value.filename == "/dev/full"  # the message names the file
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)
    write_whole(Path("/dev/null"), b"nothing")
    assert stat.S_ISCHR(Path("/dev/null").stat().st_mode)


@posix_only
def test_a_backup_is_never_written_to_a_device(tmp_path: Path) -> None:
    database = _database(tmp_path / "desk.sqlite")
    with pytest.raises(BackupError, match="is not a regular file"):
        Services.backups_of(database).back_up(Path("/dev/null"))


@posix_only
def test_a_device_is_no_database(tmp_path: Path) -> None:
    journal_before = Path("/dev/null-journal").exists()  # left by an older version?
    with pytest.raises(DatabaseOpenError, match="is not a regular file"):
        open_database(Path("/dev/null"))
    assert journal_before or not Path("/dev/null-journal").exists()


@posix_only
def test_restoring_a_folder_or_a_device_says_what_it_is(tmp_path: Path) -> None:
    with pytest.raises(BackupCheckError, match="is a folder, not a backup file"):
        verify(tmp_path, ["any"])
    with pytest.raises(BackupCheckError, match="is not a regular file"):
        verify(Path("/dev/null"), ["any"])


# --- readable by the owner alone -------------------------------------------------------


@posix_only
def test_files_and_folders_with_personal_data_are_the_owners_alone(tmp_path: Path) -> None:
    database = _database(tmp_path / "desk.sqlite")
    exported = tmp_path / "out.json"
    exported.write_bytes(b"{}")
    exported.chmod(0o644)
    write_whole(exported, b'{"new": 1}')
    assert _mode(exported) == 0o600
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(b"old")
    copy.chmod(0o644)
    Services.backups_of(database).back_up(copy)
    assert _mode(copy) == 0o600 and integrity(copy) == ("ok",)
    folder = database.with_name("desk-backups")
    folder.mkdir(mode=0o755, exist_ok=True)
    folder.chmod(0o755)
    Services.backups_of(database).back_up()
    assert _mode(folder) == 0o700
    new = tmp_path / "new folder" / "desk.sqlite"
    open_database(new).close()  # the folder made for a new database is the owner's alone
    assert _mode(new.parent) == 0o700 and _mode(new) == 0o600
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    empty.chmod(0o644)
    open_database(empty).close()  # an empty file becomes a database
    assert _mode(empty) == 0o600


# --- interrupted and failed backups ----------------------------------------------------

#: Takes a backup (to argv[2], or into the backups folder when it is "-"), saying when it starts.
BACKUP_CHILD = """
import sys
from pathlib import Path
from leadtracker.services.registry import Services
service = Services.backups_of(Path(sys.argv[1]))
print("go", flush=True)
service.back_up(None if sys.argv[2] == "-" else Path(sys.argv[2]))
print("done", flush=True)
"""


def _big_database(path: Path) -> Path:
    """A database of some 20 MB, so that copying and checking it takes a while."""
    _database(path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE filler (data BLOB)")
        conn.executemany("INSERT INTO filler VALUES (randomblob(4000))", [()] * 5_000)
    conn.close()
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_backup_killed_anywhere_leaves_the_old_file_or_a_whole_new_one(tmp_path: Path) -> None:
    database = _big_database(tmp_path / "desk.sqlite")
    target = tmp_path / "existing.sqlite"
    old = b"an older copy the user keeps"
    outcomes = []
    for delay in (0.0, 0.03, 0.1, 0.2, 0.4, 0.8):
        target.write_bytes(old)
        for where in (str(target), "-"):
            child = subprocess.Popen(
                [sys.executable, "-c", BACKUP_CHILD, str(database), where],
                stdout=subprocess.PIPE,
                text=True,
            )
            assert child.stdout is not None and child.stdout.readline().strip() == "go"
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            finished = child.communicate()[0].strip() == "done"
            outcomes.append(finished)
            if where != "-":
                assert target.read_bytes() == old or integrity(target) == ("ok",)
            for backup in list_backups(database):  # only whole, sound backups are listed
                verify(backup.path, [_revision(database)])
    assert not all(outcomes), "no kill landed in the middle of a backup"
    Services.backups_of(database).back_up()  # the next backup removes what the killed ones left
    Services.backups_of(database).back_up(target)
    assert not [p.name for p in tmp_path.rglob("*.part*")]


def _revision(database: Path) -> str:
    conn = sqlite3.connect(database)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def test_a_failed_daily_backup_leaves_nothing_and_the_next_day_still_gets_one(
    tmp_path: Path,
) -> None:
    database = _database(tmp_path / "desk.sqlite")
    service = Services.backups_of(database)
    folder = service.folder
    folder.mkdir()
    leftover = folder / "desk-20261201T080000Z-daily.sqlite"  # an older version's failure
    leftover.touch()
    with database.open("r+b") as file:  # damage in the middle of the file
        file.seek(4096 * 3)
        file.write(b"\xde\xad\xbe\xef" * 4096)
    with pytest.raises(BackupError, match="is damaged, so no backup was taken"):
        service.daily()
    assert service.backups() == ()  # the empty leftover is no backup either
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]
    _database(tmp_path / "sound" / "desk.sqlite")
    (tmp_path / "sound" / "desk.sqlite").replace(database)
    assert service.daily() is not None  # the day's backup is still due, and now taken
    assert not leftover.exists()  # rotation removed the empty file


def test_stale_temporary_files_of_killed_writers_are_removed(tmp_path: Path) -> None:
    dead = tmp_path / ".out.csv.999999999-0badc0de.part"
    old = tmp_path / f".out.csv.{os.getppid()}-00000000.part"
    alive = tmp_path / f".out.csv.{os.getppid()}-11111111.part"
    other = tmp_path / ".other.csv.999999999-22222222.part"
    for path in (dead, old, alive, other):
        path.write_bytes(b"half")
    long_ago = time.time() - STALE_AFTER_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    write_whole(tmp_path / "out.csv", b"a,b\r\n")
    assert not dead.exists() and not old.exists()
    assert alive.exists()  # its writer still runs: it may still be writing
    assert other.exists()  # another target's: cleaned when that one is written


# --- folder names that are not plain ----------------------------------------------------

ODD_FOLDERS = ["CRM #1", "a?b", "100% sicher", "R&D", "[alt]", "Büro 山田", "x%23y"]


@pytest.mark.parametrize("folder", ODD_FOLDERS)
def test_checks_backups_and_restore_work_in_any_folder(tmp_path: Path, folder: str) -> None:
    database = _database(tmp_path / folder / "desk.sqlite")
    before = sorted(p.name for p in tmp_path.iterdir())
    service = Services.backups_of(database)
    assert service.health(full=True).sound
    sound = service.back_up()
    verify(sound.path, [_revision(database)])
    with database.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xde\xad\xbe\xef" * 4096)
    health = service.health()
    assert not health.sound  # the damaged file is found damaged, not reported healthy
    assert health.newest_sound is not None and health.newest_sound.path == sound.path
    service.restore(sound.path)
    assert service.health(full=True).sound
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no stray file made
