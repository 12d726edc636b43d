"""Every command opens its database one way, and closes it again, also when the command fails."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from sqlalchemy import text

from leadtracker import cli
from leadtracker.cli import EXIT_ERROR, main
from leadtracker.cli.opening import opened
from leadtracker.db.database import open_database
from leadtracker.services.companies import CompanyDraft
from tests.conftest import Services


def _wal(path: Path) -> Path:
    """SQLite's write-ahead log: there while a connection is open, removed by the last close."""
    return path.with_name(path.name + "-wal")


def test_opened_closes_the_file_when_the_block_raises(tmp_path: Path) -> None:
    path = tmp_path / "lt.sqlite"

    def fail_while_open() -> None:
        with opened(argparse.Namespace(db=path), writes=True, create=True) as services:
            with services.database.sessions() as session:
                session.execute(text("SELECT 1"))
            assert _wal(path).exists()  # a connection is open
            raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):
        fail_while_open()
    assert path.is_file()
    assert not _wal(path).exists()


def test_a_command_that_fails_closes_its_database_and_says_why_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lt.sqlite"
    database = open_database(path)
    company = Services.on(database).companies.create(CompanyDraft(name_en="Wacom"))
    database.close()
    assert main(["--db", str(path), "delete", "company", str(company.id + 1)]) == EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith("leadtracker: error: ") and err.count("\n") == 1
    assert not _wal(path).exists()


def test_only_the_opening_module_opens_and_closes_databases() -> None:
    """Commands use ``opened``; ``check`` alone opens by itself."""
    folder = Path(cli.__file__).parent
    allowed = {"opening.py": "open_database|open_for_command|close", "check.py": "open_for_command"}
    found = [
        f"{path.name}:{number}"
        for path in sorted(folder.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for call in re.findall(r"\b(open_database|open_for_command)\(|\.(close)\(\)", line)
        if next(name for name in call if name) not in allowed.get(path.name, "").split("|")
    ]
    assert found == []
