"""The ``leadtracker`` command: the GUI by default, subcommands for everything else.

Every subcommand calls the same services as the GUI. Errors a user can fix are
printed to stderr as one line (``leadtracker: error: …``) with a non-zero exit
code, never as a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, time
from pathlib import Path
from typing import Any

from platformdirs import user_data_path
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from leadtracker import __version__
from leadtracker.cli.backups import add_backup_commands
from leadtracker.cli.exits import EXIT_CHECK_FAILED, EXIT_ERROR, EXIT_NOT_FOUND, EXIT_OK
from leadtracker.cli.privacy import add_privacy_commands
from leadtracker.cli.trash import add_trash_commands
from leadtracker.db.database import Database, DatabaseOpenError, open_database
from leadtracker.db.location import NETWORK_WARNING, is_network_path
from leadtracker.domain.errors import DomainError
from leadtracker.domain.periods import Period
from leadtracker.domain.vocabulary import Language, RecordKind
from leadtracker.services.backups import BackupService
from leadtracker.services.files import write_whole
from leadtracker.services.history import RECORD_TYPES, HistoryService
from leadtracker.services.lookup import AmbiguousRecordError, RecordLookup
from leadtracker.services.maintenance import MaintenanceService
from leadtracker.services.search import SearchService
from leadtracker.services.transfer_choices import TABLES, ImportKind, OnDuplicate

APP_NAME = "LeadTracker"
DB_ENV = "LEADTRACKER_DB"
DEBUG_ENV = "LEADTRACKER_DEBUG"

__all__ = ["EXIT_CHECK_FAILED", "EXIT_ERROR", "EXIT_NOT_FOUND", "EXIT_OK", "main"]


def default_database_path() -> Path:
    """``$LEADTRACKER_DB``, else ``leadtracker.sqlite`` in the user's data folder."""
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env)
    return user_data_path(APP_NAME, appauthor=False) / "leadtracker.sqlite"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``leadtracker`` command."""
    parser = argparse.ArgumentParser(
        prog="leadtracker",
        description="The Japan Desk's pipeline of Japanese companies settling in Düsseldorf. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help=f"database file (default: ${DB_ENV}, else leadtracker.sqlite in the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="start the desktop app (the default)")
    gui.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="print 'ready' and quit once the window is usable (to time the start)",
    )
    gui.set_defaults(handler=_run_gui)

    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument(
        "--companies", type=_positive_int, default=500, help="number of companies (default 500)"
    )
    demo.add_argument(
        "--seed", type=int, default=2026, help="random seed: the same seed, the same data"
    )
    demo.set_defaults(handler=_run_demo)

    search = commands.add_parser(
        "search", help="find companies, contacts, projects and notes containing a text"
    )
    search.add_argument("query", help="any part of a name, number, email or note")
    search.add_argument(
        "--kind",
        choices=[k.name.lower() for k in RecordKind],
        action="append",
        help="only this kind of record (repeatable)",
    )
    search.add_argument(
        "--limit", type=_positive_int, default=20, help="at most this many of each kind"
    )
    search.set_defaults(handler=_run_search)

    dossier = commands.add_parser(
        "dossier", help="write a company's dossier as a PDF (names, contacts, projects, activities)"
    )
    dossier.add_argument("company", metavar="COMPANY", help="the company's id or name")
    _document_options(dossier)
    dossier.set_defaults(handler=_run_dossier)

    briefing = commands.add_parser(
        "briefing", help="write a meeting briefing on a project as a PDF"
    )
    briefing.add_argument("project", metavar="PROJECT", help="the project's id, title or code name")
    briefing.add_argument(
        "--date", type=_iso_date, required=True, metavar="YYYY-MM-DD", help="day of the meeting"
    )
    briefing.add_argument(
        "--time",
        type=_clock_time,
        default=time(10, 0),
        metavar="HH:MM",
        help="time of the meeting in Düsseldorf (default: 10:00)",
    )
    _document_options(briefing)
    briefing.set_defaults(handler=_run_briefing)

    report = commands.add_parser(
        "report", help="write a pipeline summary for management (PDF or Excel)"
    )
    report.add_argument("kind", choices=["pipeline"], help="the report (pipeline: the KPIs)")
    report.add_argument(
        "--period",
        required=True,
        metavar="PERIOD",
        help="2025 (calendar year), FY2025 (April 2025 – March 2026), 2025Q3, "
        "or 2025-01-01..2025-06-30",
    )
    report.add_argument(
        "--format", choices=["pdf", "xlsx"], default="pdf", help="the file format (default: pdf)"
    )
    _document_options(report)
    report.set_defaults(handler=_run_report)

    export = commands.add_parser(
        "export", help="write tables to Excel (.xlsx) or CSV (UTF-8 with BOM)"
    )
    export.add_argument(
        "table",
        choices=[*TABLES, "all"],
        help="a table, or all of them (CSV: one file each in the folder given with -o)",
    )
    export.add_argument(
        "--format",
        choices=["xlsx", "csv", "ics", "vcf"],
        default="xlsx",
        help="xlsx or csv for tables (default: xlsx); ics for tasks and planned meetings "
        "(Outlook), vcf for contacts (vCard 3.0)",
    )
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH", help="the file (or folder)"
    )
    export.set_defaults(handler=_run_export)

    importer = commands.add_parser(
        "import",
        help="import companies, contacts or projects from a .csv or .xlsx file, contacts from "
        "vCards, or a whole exported workbook (all rows, or none)",
    )
    importer.add_argument(
        "file", type=Path, metavar="FILE", help="a .csv or .xlsx file, or a .vcf file of contacts"
    )
    importer.add_argument(
        "--sheet",
        metavar="NAME",
        help="import only this sheet of the workbook (default: every sheet of an exported "
        "workbook, else the first)",
    )
    importer.add_argument(
        "--on-duplicate",
        choices=[choice.value for choice in OnDuplicate],
        default=OnDuplicate.SKIP.value,
        help="a row that looks like a company or contact already in the database: skip it "
        "(default), update the existing one with the row's values, or create a new one anyway",
    )
    importer.add_argument(
        "--kind",
        choices=["auto", *(kind.value for kind in ImportKind)],
        default="auto",
        help="what the rows are (default: told by the column names)",
    )
    importer.add_argument(
        "--dry-run", action="store_true", help="check every row and say what would happen"
    )
    importer.set_defaults(handler=_run_import)

    _add_record_keeping(commands)
    add_backup_commands(commands, lambda args: args.db or default_database_path())
    add_privacy_commands(commands, lambda args: _open(args, create=False))
    add_trash_commands(commands, lambda args: _open(args, create=False))
    return parser


def _add_record_keeping(commands: Any) -> None:
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
    history.add_argument("id", type=int, help="the record's number")
    history.set_defaults(handler=_run_history)


def _document_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.pdf",
        help="where to write the PDF",
    )
    command.add_argument(
        "--lang",
        choices=[language.value for language in Language],
        default=Language.GERMAN.value,
        help="language of the document (default: de)",
    )
    command.add_argument(
        "--reveal-confidential",
        action="store_true",
        help="print the titles of code-named projects too (default: only their code names)",
    )


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-22") from None


def _clock_time(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 14:30") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {value})")
    return value


def _open(args: argparse.Namespace, *, create: bool = True, migrate: bool = True) -> Database:
    database = open_database(args.db or default_database_path(), create=create, migrate=migrate)
    # Changes made here are the person's at this terminal (the app names a staff member).
    database.attribution.staff_name = f"{getpass.getuser()} (command line)"
    if is_network_path(database.path):
        print(f"leadtracker: warning: {NETWORK_WARNING}", file=sys.stderr)
    if database.backup is not None:
        print(
            f"Database upgraded from schema {database.upgraded_from}; "
            f"backup kept at {database.backup}",
            file=sys.stderr,
        )
    return database


def _run_gui(args: argparse.Namespace) -> int:
    from leadtracker.ui.app import run  # noqa: PLC0415 -- Qt loads only for the GUI

    # Without --db or $LEADTRACKER_DB the app reopens the database used last.
    explicit = args.db or (Path(os.environ[DB_ENV]) if os.environ.get(DB_ENV) else None)
    quit_when_ready = bool(getattr(args, "quit_when_ready", False))
    exit_code: int = run(explicit, default_database_path(), quit_when_ready=quit_when_ready)
    return exit_code


def _run_demo(args: argparse.Namespace) -> int:
    from leadtracker.services.demo import DemoService  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    database = _open(args)
    try:

        def progress(step: str, _done: float) -> None:
            if sys.stderr.isatty():
                print(f"  {step}…", file=sys.stderr)

        report = DemoService(database.sessions, database.search).generate(
            args.companies, seed=args.seed, progress=progress
        )
    finally:
        database.close()
    counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in report.counts.items())
    print(f"Demo data written to {database.path} in {report.seconds:.1f} s: {counts}")
    return EXIT_OK


def _run_search(args: argparse.Namespace) -> int:
    database = _open(args, create=False)
    try:
        kinds = [RecordKind[k.upper()] for k in args.kind] if args.kind else list(RecordKind)
        hits = SearchService(database.sessions, database.search).search(
            args.query, kinds=kinds, limit=args.limit
        )
    finally:
        database.close()
    if not hits:
        print(f"Nothing found for “{args.query}”.", file=sys.stderr)
        return EXIT_NOT_FOUND
    for hit in hits:
        detail = f"  —  {hit.detail}" if hit.detail else ""
        print(f"{hit.kind.name.lower():<8} #{hit.record_id:<7} {hit.title}{detail}")
    return EXIT_OK


def _write_document(args: argparse.Namespace, make: Callable[[Database, Language], bytes]) -> int:
    """Open the database, make the PDF, write it to ``--output`` (whole, or not at all)."""
    database = _open(args, create=False)
    try:
        pdf = make(database, Language(args.lang))
    except AmbiguousRecordError as error:
        print(f"leadtracker: error: {error}", file=sys.stderr)
        for hit in error.candidates:
            detail = f"  —  {hit.detail}" if hit.detail else ""
            print(f"  #{hit.record_id:<7} {hit.title}{detail}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        database.close()
    print(f"Written to {write_whole(args.output, pdf)}")
    return EXIT_OK


def _run_dossier(args: argparse.Namespace) -> int:
    from leadtracker.reports.dossier import company_dossier_pdf  # noqa: PLC0415 -- loaded for this command only (the window starts faster)
    from leadtracker.services.dossiers import DossierService  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    def make(database: Database, language: Language) -> bytes:
        company_id = RecordLookup(database.sessions, database.search).company(args.company)
        dossier = DossierService(database.sessions).company_dossier(company_id)
        return company_dossier_pdf(dossier, language, reveal_confidential=args.reveal_confidential)

    return _write_document(args, make)


def _run_briefing(args: argparse.Namespace) -> int:
    from leadtracker.reports.briefing import meeting_briefing_pdf  # noqa: PLC0415 -- loaded for this command only (the window starts faster)
    from leadtracker.services.dossiers import DossierService  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    def make(database: Database, language: Language) -> bytes:
        project_id = RecordLookup(database.sessions, database.search).project(args.project)
        briefing = DossierService(database.sessions).meeting_briefing(
            project_id, args.date, args.time, language=language
        )
        return meeting_briefing_pdf(
            briefing, language, reveal_confidential=args.reveal_confidential
        )

    return _write_document(args, make)


def _run_report(args: argparse.Namespace) -> int:
    from leadtracker.reports.pipeline import pipeline_summary_pdf  # noqa: PLC0415 -- loaded for this command only (the window starts faster)
    from leadtracker.services.exports import ExportService  # noqa: PLC0415 -- loaded for this command only (the window starts faster)
    from leadtracker.services.kpis import KpiService, summary_rows  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    period = Period.parse(args.period)
    if args.format == "xlsx":  # the KPIs on a Summary sheet, then every table
        database = _open(args, create=False)
        try:
            summary = summary_rows(KpiService(database.sessions).summary(period))
            exported = ExportService(database.sessions).to_xlsx(args.output, summary=summary)
        finally:
            database.close()
        print(f"Written to {exported.paths[0]} ({exported.total_rows} rows)")
        return EXIT_OK

    def make(database: Database, language: Language) -> bytes:
        summary = KpiService(database.sessions).summary(period)
        return pipeline_summary_pdf(summary, language, reveal_confidential=args.reveal_confidential)

    return _write_document(args, make)


def _run_calendar_export(args: argparse.Namespace) -> int:
    wanted = {"ics": ("tasks", "activities", "all"), "vcf": ("contacts", "all")}[args.format]
    if args.table not in wanted:
        what = "tasks and planned meetings" if args.format == "ics" else "contacts"
        print(
            f"leadtracker: error: {args.format} exports {what}: "
            f"use `export {wanted[0]} --format {args.format}`",
            file=sys.stderr,
        )
        return EXIT_ERROR
    from leadtracker.services.calendar_files import CalendarExport  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    database = _open(args, create=False)
    try:
        files = CalendarExport(database.sessions)
        report = (
            files.calendar(args.output) if args.format == "ics" else files.contacts(args.output)
        )
    finally:
        database.close()
    print(f"Written to {report.path} ({report.items} items)")
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    if args.format in {"ics", "vcf"}:
        return _run_calendar_export(args)
    from leadtracker.services.exports import ExportService  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    tables = list(TABLES) if args.table == "all" else [args.table]
    database = _open(args, create=False)
    try:
        service = ExportService(database.sessions)
        if args.format == "xlsx":
            report = service.to_xlsx(args.output, tables)
        elif args.table == "all":
            args.output.mkdir(exist_ok=True)  # one file per table in it
            report = service.to_csv_folder(args.output, tables)
        else:
            report = service.to_csv(args.output, args.table)
    finally:
        database.close()
    for path in report.paths:
        print(f"Written to {path}")
    counts = ", ".join(f"{n} {table}" for table, n in report.rows.items())
    print(f"{counts} in {report.seconds:.1f} s")
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from leadtracker.services.importing import guess_kind, import_file  # noqa: PLC0415 -- loaded for this command only (the window starts faster)
    from leadtracker.services.imports import ImportRefusedError  # noqa: PLC0415 -- loaded for this command only (the window starts faster)
    from leadtracker.services.spreadsheet_files import encoding_name  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    kind = None if args.kind == "auto" else ImportKind(args.kind)
    kind = kind or guess_kind(args.file, args.sheet)
    # Importing into a new file is how a workbook becomes a database again.
    path = Path(args.db or default_database_path())
    if path.is_file() and not args.dry_run:
        BackupService(path).daily()  # the day's backup before a large change, if not taken yet
    database = _open(args, create=not args.dry_run)
    try:
        report = import_file(
            database.sessions,
            database.search,
            args.file,
            kind=kind,
            sheet=args.sheet,
            on_duplicate=OnDuplicate(args.on_duplicate),
            dry_run=args.dry_run,
        )
    except ImportRefusedError as refused:
        print(f"leadtracker: error: {refused}", file=sys.stderr)
        for problem in refused.report.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        database.close()
    if report.encoding:
        print(f"Read as {encoding_name(report.encoding)}.")
    if report.ignored_columns:
        print("Columns not imported: " + ", ".join(report.ignored_columns))
    for warning in report.warnings:
        print(f"Warning: {warning}")
    verb = "would be" if report.dry_run else "were"
    noun = {ImportKind.COMPANIES: "companies", ImportKind.PROJECTS: "projects"}.get(
        kind, "records" if kind is ImportKind.WORKBOOK else "contacts"
    )
    for sheet, created in report.sheets:
        print(f"  {sheet}: {created}")
    print(
        f"{report.rows} rows: {report.created} {noun} {verb} created, "
        f"{report.updated} updated, {report.skipped} skipped as duplicates"
        + (" (dry run: nothing written)" if report.dry_run else "")
    )
    return EXIT_OK


def _run_history(args: argparse.Namespace) -> int:
    database = _open(args, create=False)
    try:
        lines = HistoryService(database.sessions).of(args.kind, args.id)
    finally:
        database.close()
    if not lines:
        print(f"leadtracker: no recorded changes of {args.kind} {args.id}", file=sys.stderr)
        return EXIT_NOT_FOUND
    for line in lines:
        when = line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        who = line.staff or "(unknown)"
        if line.action == "update":
            change = f"{line.field}: {line.old_value!r} → {line.new_value!r}"
        elif line.action == "create":
            change = f"created with {line.new_value}"
        else:
            change = f"deleted; it was {line.old_value}"
        print(f"{when}  {who:<24} {line.action:<7} {change}")
    return EXIT_OK


def _run_check(args: argparse.Namespace) -> int:
    try:
        database = _open(args, create=False, migrate=False)
    except SQLAlchemyDatabaseError as error:  # not even the schema version is readable
        path = Path(args.db or default_database_path())
        print(f"Database:  {path}")
        print(f"Integrity: unreadable: {error.orig}")
        _suggest_backup(path)
        return EXIT_CHECK_FAILED
    try:
        report = MaintenanceService(database.sessions, database.search).check(full=not args.quick)
    finally:
        database.close()
    print(f"Database:  {database.path}")
    print(f"Integrity: {'; '.join(report.integrity)}")
    if not report.schema_head:
        print("Schema:    unknown (the file cannot be read)")
    else:
        state = "up to date" if report.schema_current == report.schema_head else "OUT OF DATE"
        print(f"Schema:    {report.schema_current} ({state}; this program: {report.schema_head})")
    if report.counts:
        print("Records:   " + ", ".join(f"{n} {name}" for name, n in report.counts.items()))
    if not args.quick:
        print(f"Search:    {'; '.join(report.search) or 'ok'}")
    if report.integrity != ("ok",):
        _suggest_backup(database.path)
    return EXIT_OK if report.ok else EXIT_CHECK_FAILED


def _suggest_backup(path: Path) -> None:
    """Name the newest sound backup of a damaged database, and how to restore it."""
    sound = BackupService(path).health(full=True).newest_sound
    if sound is None:
        print("Backups:   none that passes the check")
    else:
        print(f"Backups:   the newest sound one is {sound.path}")
        print(f"           restore it with: leadtracker --db {path} restore {sound.path}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _run_gui)
    try:
        return _run(handler, args)
    except KeyboardInterrupt:
        print("leadtracker: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: one line for users, the traceback on request
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"leadtracker: internal error: {error!r} "
            f"(set {DEBUG_ENV}=1 for the details and please report it)",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; what users can put right is one line on stderr."""
    try:
        return handler(args)
    except (DomainError, DatabaseOpenError) as error:
        print(f"leadtracker: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except SQLAlchemyDatabaseError as error:
        print(
            f"leadtracker: error: the database file cannot be read ({error.orig}); "
            "it may be damaged: `leadtracker check` tells more",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except BrokenPipeError:  # `leadtracker search … | head`: the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return EXIT_OK
    except OSError as error:
        print(f"leadtracker: error: {error.strerror or error}: {error.filename}", file=sys.stderr)
        return EXIT_ERROR
