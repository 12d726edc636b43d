"""``leadtracker search|check|history``: finding records, the file's health, who changed what."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from leadtracker.cli.arguments import positive_int, record_id, text_argument
from leadtracker.cli.exits import EXIT_CHECK_FAILED, EXIT_NOT_FOUND, EXIT_OK
from leadtracker.cli.opening import database_path, open_existing, open_for_command
from leadtracker.cli.output import say, warn
from leadtracker.db.audit import CREATE, DELETE
from leadtracker.db.sqlite_files import (
    explain,
    has_sqlite_header,
    integrity,
    is_access_problem,
    schema_revision,
)
from leadtracker.domain.shell_words import shell_word
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.backups import BackupService
from leadtracker.services.history import RECORD_TYPES, HistoryLine, HistoryService
from leadtracker.services.maintenance import MaintenanceService
from leadtracker.services.search import SearchService


def add_search_command(commands: Any) -> None:
    """Add ``search`` to the command line's sub-commands."""
    search = commands.add_parser(
        "search", help="find companies, contacts, projects and notes containing a text"
    )
    search.add_argument(
        "query", type=text_argument, help="any part of a name, number, email or note"
    )
    search.add_argument(
        "--kind",
        choices=[k.name.lower() for k in RecordKind],
        action="append",
        help="only this kind of record (repeatable)",
    )
    search.add_argument(
        "--limit", type=positive_int, default=20, help="at most this many of each kind"
    )
    search.set_defaults(handler=_run_search)


def add_record_keeping(commands: Any) -> None:
    """``check`` and ``history``: the file's health, and who changed what."""
    check = commands.add_parser("check", help="check the database file and its schema version")
    check.add_argument(
        "--quick", action="store_true", help="quick check instead of the full integrity check"
    )
    check.set_defaults(handler=_run_check)

    history = commands.add_parser(
        "history", help="every recorded change of a record: who, when, which field, old and new"
    )
    history.add_argument("kind", choices=RECORD_TYPES, help="the kind of record")
    history.add_argument("id", type=record_id, help="the record's number")
    history.set_defaults(handler=_run_history)


def _run_search(args: argparse.Namespace) -> int:
    database = open_existing(args)
    try:
        kinds = [RecordKind[k.upper()] for k in args.kind] if args.kind else list(RecordKind)
        hits = SearchService(database.sessions, database.search).search(
            args.query, kinds=kinds, limit=args.limit
        )
    finally:
        database.close()
    if not hits:
        warn(f"Nothing found for “{args.query}”.")
        return EXIT_NOT_FOUND
    for hit in hits:
        detail = f"  —  {hit.detail}" if hit.detail else ""
        say(f"{hit.kind.name.lower():<8} #{hit.record_id:<7} {hit.title}{detail}")
    return EXIT_OK


def _run_history(args: argparse.Namespace) -> int:
    database = open_existing(args)
    try:
        lines = HistoryService(database.sessions).of(args.kind, args.id)
    finally:
        database.close()
    if not lines:
        warn(f"leadtracker: no recorded changes of {args.kind} {args.id}")
        return EXIT_NOT_FOUND
    for line in lines:
        when = line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        who = line.staff or "(unknown)"
        say(f"{when}  {who:<24} {_change(line)}")
    return EXIT_OK


def _change(line: HistoryLine) -> str:
    """What a change did, in English words: ``Stage: Site visit → Lost``."""
    if line.action == CREATE:
        return f"created: {_fields(line)}"
    if line.action == DELETE:
        return f"deleted; it was: {_fields(line)}"
    return f"{line.label}: {line.before or '(empty)'} → {line.after or '(empty)'}"


def _fields(line: HistoryLine) -> str:
    return "; ".join(f"{shown.label}: {shown.value}" for shown in line.fields) or "(no fields)"


def _run_check(args: argparse.Namespace) -> int:
    path = database_path(args).expanduser().absolute()
    if path.is_file() and not has_sqlite_header(path):  # the first page is overwritten
        say(f"Database:  {path}")
        say(f"Integrity: {'; '.join(integrity(path))}")
        _suggest_backup(path)
        return EXIT_CHECK_FAILED
    try:
        database = open_for_command(args, create=False, migrate=False)
    except SQLAlchemyDatabaseError as error:  # not even the schema version is readable
        problem = error.orig
        if problem is not None and is_access_problem(problem) and path.is_file():
            return _check_read_only(path, problem, full=not args.quick)
        say(f"Database:  {path}")
        say(f"Integrity: unreadable: {error.orig}")
        _suggest_backup(path)
        return EXIT_CHECK_FAILED
    try:
        report = MaintenanceService(database.sessions, database.search).check(full=not args.quick)
    finally:
        database.close()
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
    sound = BackupService(path).health(full=True).newest_sound
    if sound is None:
        say("Backups:   none that passes the check")
    else:
        say(f"Backups:   the newest sound one is {sound.path}")
        command = f"leadtracker --db {shell_word(path)} restore {shell_word(sound.path)}"
        say(f"           restore it with: {command}")
