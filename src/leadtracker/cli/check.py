"""``leadtracker check``: the database file's health, and the backup to go back to if damaged."""

from __future__ import annotations

import argparse
from contextlib import closing
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from leadtracker.cli.exits import EXIT_CHECK_FAILED, EXIT_OK
from leadtracker.cli.opening import database_file, open_for_command
from leadtracker.cli.output import say
from leadtracker.db.sqlite_files import (
    explain,
    has_sqlite_header,
    integrity,
    is_access_problem,
    schema_revision,
)
from leadtracker.domain.shell_words import shell_word
from leadtracker.services.registry import Services


def add_check_command(commands: Any) -> None:
    """Add ``check`` to the command line's sub-commands."""
    check = commands.add_parser("check", help="check the database file and its schema version")
    check.add_argument(
        "--quick", action="store_true", help="quick check instead of the full integrity check"
    )
    check.set_defaults(handler=_run_check)


def _run_check(args: argparse.Namespace) -> int:
    path = database_file(args, "check").expanduser().absolute()
    if path.is_file() and not has_sqlite_header(path):  # the first page is overwritten
        say(f"Database:  {path}")
        say(f"Integrity: {'; '.join(integrity(path))}")
        _suggest_backup(path)
        return EXIT_CHECK_FAILED
    try:  # not through opened(): a file that cannot be opened is a finding here, not an error
        database = open_for_command(args, writes=False, migrate=False)
    except SQLAlchemyDatabaseError as error:  # not even the schema version is readable
        problem = error.orig
        if problem is not None and is_access_problem(problem) and path.is_file():
            return _check_read_only(path, problem, full=not args.quick)
        say(f"Database:  {path}")
        say(f"Integrity: unreadable: {error.orig}")
        _suggest_backup(path)
        return EXIT_CHECK_FAILED
    with closing(database):
        report = Services.on(database).maintenance.check(full=not args.quick)
    say(f"Database:  {database.path}")
    say(f"Integrity: {'; '.join(report.integrity)}")
    if not report.schema_head:
        say("Schema:    unknown (the file cannot be read)")
    else:
        state = "up to date" if report.schema_current == report.schema_head else "OUT OF DATE"
        say(f"Schema:    {report.schema_current} ({state}; this program: {report.schema_head})")
    if report.counts:
        say("Records:   " + ", ".join(f"{n} {name}" for name, n in report.counts.items()))
    if not args.quick and not report.counts:
        say("Search:    not checked (the records cannot be read)")
    elif not args.quick and not report.search_checked:
        say("Search:    not checked (the database is read-only)")
    elif not args.quick:
        say(f"Search:    {'; '.join(report.search) or 'ok'}")
    if report.integrity != ("ok",):
        _suggest_backup(database.path)
    return EXIT_OK if report.ok else EXIT_CHECK_FAILED


def _check_read_only(path: Path, problem: BaseException, *, full: bool) -> int:
    """Check a file SQLite cannot open for writing (a read-only folder): the file alone."""
    found = integrity(path, full=full)
    say(f"Database:  {path}")
    say(f"Integrity: {'; '.join(found)}")
    say(f"Schema:    {schema_revision(path) or 'unknown (the file cannot be read)'}")
    say(f"Note:      {explain(problem, path)}")
    if found != ("ok",):
        _suggest_backup(path)
        return EXIT_CHECK_FAILED
    return EXIT_OK


def _suggest_backup(path: Path) -> None:
    """Name the newest sound backup of a damaged database, and how to restore it."""
    sound = Services.backups_of(path).health(full=True).newest_sound
    if sound is None:
        say("Backups:   none that passes the check")
    else:
        say(f"Backups:   the newest sound one is {sound.path}")
        command = f"leadtracker --db {shell_word(path)} restore {shell_word(sound.path)}"
        say(f"           restore it with: {command}")
