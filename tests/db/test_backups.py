"""Backups: rotation, the daily backup, restoring (and refusing to), damaged files, the CLI."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from leadtracker.cli import EXIT_CHECK_FAILED, EXIT_ERROR, EXIT_OK, main
from leadtracker.db.backup import (
    DAILY,
    Rotation,
    daily_backup,
    list_backups,
    rotate,
    timestamped_name,
)
from leadtracker.db.database import open_database
from leadtracker.db.sqlite_files import SQLITE_HEADER
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.safety.backups import BackupError
from tests.conftest import Services

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def _company_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT name_en FROM company ORDER BY id")]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A database file with one company, closed."""
    path = tmp_path / "Büro 山田" / "desk.sqlite"  # spaces, umlauts, kanji
    path.parent.mkdir()
    db = open_database(path)
    Services.on(db).companies.create(CompanyDraft(name_en="Seiko Epson"))
    db.close()
    return path


def _fake_daily(database: Path, when: datetime) -> Path:
    folder = database.with_name(f"{database.stem}-backups")
    folder.mkdir(exist_ok=True)
    path = folder / timestamped_name(database, DAILY, when)
    path.write_bytes(SQLITE_HEADER)
    return path


def test_rotation_keeps_the_newest_of_seven_days_and_eight_weeks(database: Path) -> None:
    for hours in range(0, 24 * 100, 12):  # two a day for 100 days
        _fake_daily(database, NOW - timedelta(hours=hours))
    manual = database.with_name("desk-backups") / timestamped_name(database, "manual", NOW)
    manual.write_bytes(SQLITE_HEADER)
    rotate(database, Rotation(days=7, weeks=8))
    kept = [b for b in list_backups(database) if b.reason == DAILY]
    days = {b.taken_at.date() for b in kept}
    assert sorted(days)[-7:] == [(NOW - timedelta(days=d)).date() for d in range(6, -1, -1)]
    weeks = {b.taken_at.isocalendar()[:2] for b in kept}
    assert len(weeks) == 8
    assert len(kept) <= 7 + 8
    # The newest of each day: 21:30, and today 09:30.
    assert all(b.taken_at.hour == 21 for b in kept if b.taken_at.date() != NOW.date())
    assert manual.exists()  # only daily backups rotate


def test_the_daily_backup_is_taken_once_a_day(database: Path) -> None:
    first = daily_backup(database, now=NOW)
    assert first is not None and first.reason == DAILY
    assert daily_backup(database, now=NOW + timedelta(hours=23)) is None
    again = daily_backup(database, now=NOW + timedelta(days=1))
    assert again is not None
    assert [b.taken_at for b in list_backups(database)] == [again.taken_at, first.taken_at]
    mode = stat.S_IMODE(first.path.stat().st_mode)
    assert mode == 0o600  # readable by its owner only
    assert not list(first.path.parent.glob("*-wal"))  # a self-contained file


def test_restore_brings_the_backup_back_and_keeps_the_file_as_it_was(database: Path) -> None:
    service = Services.backups_of(database)
    taken = service.back_up()
    db = open_database(database)
    Services.on(db).companies.create(CompanyDraft(name_en="Wacom"))
    db.close()
    saved = service.restore(taken.path)
    assert _company_names(database) == ["Seiko Epson"]
    assert saved.reason == "before-restore"
    assert _company_names(saved.path) == ["Seiko Epson", "Wacom"]


def test_a_connection_open_during_the_restore_sees_the_backup(database: Path) -> None:
    service = Services.backups_of(database)
    taken = service.back_up()
    db = open_database(database)
    companies = Services.on(db).companies
    companies.create(CompanyDraft(name_en="Wacom"))
    service.restore(taken.path)
    assert companies.count() == 1
    db.close()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not a database at all" * 100, "is damaged"),
        (None, "is not a LeadTracker database"),
    ],
)
def test_a_bad_backup_is_refused_and_nothing_changes(
    database: Path, tmp_path: Path, content: bytes | None, reason: str
) -> None:
    bad = tmp_path / "bad.sqlite"
    if content is None:
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE other (x)")
        conn.close()
    else:
        bad.write_bytes(content)
    with pytest.raises(BackupError, match=reason):
        Services.backups_of(database).restore(bad)
    assert _company_names(database) == ["Seiko Epson"]
    assert not list_backups(database)  # not even the before-restore copy


def test_a_backup_of_a_newer_schema_is_refused(database: Path, tmp_path: Path) -> None:
    newer = Services.backups_of(database).back_up(tmp_path / "newer.sqlite").path
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    with pytest.raises(BackupError, match="does not know"):
        Services.backups_of(database).restore(newer)


def _damage(path: Path) -> None:
    """Write garbage over pages in the middle of the file."""
    with path.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xde\xad\xbe\xef" * 4096)


def test_a_damaged_file_is_found_and_its_newest_sound_backup_offered(database: Path) -> None:
    service = Services.backups_of(database)
    older = service.back_up()
    assert service.health().sound
    _damage(database)
    with pytest.raises(BackupError, match="is damaged, so no backup was taken"):
        service.back_up()  # a copy of the damaged file is never kept as a backup
    assert [b.path for b in service.backups()] == [older.path]
    health = service.health()
    assert not health.sound and health.problems
    assert health.newest_sound is not None and health.newest_sound.path == older.path
    service.restore(health.newest_sound.path)
    assert service.health().sound
    assert _company_names(database) == ["Seiko Epson"]


def test_a_file_whose_header_is_garbage_is_replaced_by_the_backup(database: Path) -> None:
    service = Services.backups_of(database)
    taken = service.back_up()
    database.write_bytes(b"garbage" * 10_000)
    saved = service.restore(taken.path)
    assert _company_names(database) == ["Seiko Epson"]
    assert saved.path.read_bytes().startswith(b"garbage")  # the damaged file is kept as it was


def test_backup_and_restore_on_the_command_line(
    database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = ["--db", str(database)]
    copy = tmp_path / "Sicherung vom Montag.sqlite"
    assert main([*db, "backup", "-o", str(copy)]) == EXIT_OK
    assert main([*db, "backup"]) == EXIT_OK
    assert main([*db, "backup", "--list"]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"Backed up to {copy}" in out and "manual" in out.splitlines()[-1]
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main([*db, "restore", str(copy)]) == EXIT_ERROR
    assert "add --yes" in capsys.readouterr().err
    _damage(database)
    assert main([*db, "check"]) == EXIT_CHECK_FAILED
    out = capsys.readouterr().out
    assert "the newest sound one is" in out and "restore it with: leadtracker" in out
    assert main([*db, "restore", str(copy), "--yes"]) == EXIT_OK
    assert main([*db, "check"]) == EXIT_OK
    assert _company_names(database) == ["Seiko Epson"]
