"""``leadtracker export|import``: tables to and from workbooks, CSV, calendars and vCards."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from leadtracker.cli.arguments import text_argument
from leadtracker.cli.exits import EXIT_ERROR, EXIT_OK
from leadtracker.cli.opening import database_location, opened
from leadtracker.cli.output import fail, say, warn
from leadtracker.services.exporting.choices import TABLES
from leadtracker.services.importing.choices import ImportKind, OnDuplicate
from leadtracker.services.registry import Services


def add_transfer_commands(commands: Any) -> None:
    """Add ``export`` and ``import`` to the command line's sub-commands."""
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
        type=text_argument,
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


@contextmanager
def _new_files_kept_on_success(database: Path | None) -> Iterator[Callable[[], None]]:
    """Remove what this command created for a new database unless it calls the function given.

    An import into a new file that is refused (or fails) leaves nothing
    behind: not the empty database, its -wal/-shm/-journal files, its backup
    folder or the folders made for it. Whatever existed before is left alone.
    On a server (``database`` None) there are no files: the import's one
    transaction is all there is to undo.
    """
    if database is None:
        yield lambda: None
        return
    made = [
        *(database.with_name(database.name + end) for end in ("", "-wal", "-shm", "-journal")),
        Services.backups_of(database).folder,
        *database.parents,
    ]
    new = [path for path in made if not path.exists() and not path.is_symlink()]
    kept = False

    def keep() -> None:
        nonlocal kept
        kept = True

    try:
        yield keep
    finally:
        if not kept:
            for path in new:  # files first, then folders from the deepest up
                if path.is_file():
                    path.unlink(missing_ok=True)
                elif path.is_dir() and not any(path.iterdir()):
                    path.rmdir()


def _run_calendar_export(args: argparse.Namespace) -> int:
    wanted = {"ics": ("tasks", "activities", "all"), "vcf": ("contacts", "all")}[args.format]
    if args.table not in wanted:
        what = "tasks and planned meetings" if args.format == "ics" else "contacts"
        fail(f"{args.format} exports {what}: use `export {wanted[0]} --format {args.format}`")
        return EXIT_ERROR
    from leadtracker.services.exporting.calendar_files import CalendarExport  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    with opened(args, writes=False) as services:
        files = CalendarExport(services.database.sessions)
        report = (
            files.calendar(args.output) if args.format == "ics" else files.contacts(args.output)
        )
    say(f"Written to {report.path} ({report.items} items)")
    return EXIT_OK


def _run_export(args: argparse.Namespace) -> int:
    if args.format in {"ics", "vcf"}:
        return _run_calendar_export(args)
    tables = list(TABLES) if args.table == "all" else [args.table]
    folder_wanted = args.format == "csv" and args.table == "all"
    if folder_wanted and args.output.exists() and not args.output.is_dir():
        fail(f"{args.output} is a file: the CSV files of all tables go into a folder (-o FOLDER)")
        return EXIT_ERROR
    with opened(args, writes=False) as services:
        service = services.exports
        if args.format == "xlsx":
            report = service.to_xlsx(args.output, tables)
        elif folder_wanted:
            args.output.mkdir(mode=0o700, exist_ok=True)  # one file per table in it, ours alone
            report = service.to_csv_folder(args.output, tables)
        else:
            report = service.to_csv(args.output, args.table)
    for path in report.paths:
        say(f"Written to {path}")
    counts = ", ".join(f"{n} {table}" for table, n in report.rows.items())
    say(f"{counts} in {report.seconds:.1f} s")
    return EXIT_OK


def _run_import(args: argparse.Namespace) -> int:
    from leadtracker.services.importing.entry import guess_kind, import_file  # noqa: PLC0415 -- loaded for this command only (the window starts faster)
    from leadtracker.services.importing.report import ImportRefusedError  # noqa: PLC0415 -- loaded for this command only (the window starts faster)
    from leadtracker.services.importing.spreadsheet_files import encoding_name  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    kind = None if args.kind == "auto" else ImportKind(args.kind)
    kind = kind or guess_kind(args.file, args.sheet)
    # Importing into a new file is how a workbook becomes a database again.
    location = database_location(args)
    path = location if isinstance(location, Path) else None
    existed = path is None or (path.is_file() and path.stat().st_size > 0)
    with _new_files_kept_on_success(path) as succeeded:
        try:  # a damaged file is refused unless this is a dry run
            with opened(args, writes=not args.dry_run, create=not args.dry_run) as services:
                database = services.database
                if existed and not args.dry_run and not database.on_server:
                    services.backups().daily()  # the day's backup before a large change
                report = import_file(
                    database.sessions,
                    database.search,
                    args.file,
                    kind=kind,
                    sheet=args.sheet,
                    on_duplicate=OnDuplicate(args.on_duplicate),
                    dry_run=args.dry_run,
                )
        except ImportRefusedError as refused:  # the error, then each problem of the file
            fail(str(refused))
            for problem in refused.report.problems:
                warn(f"  {problem}")
            return EXIT_ERROR
        succeeded()
    if report.encoding:
        say(f"Read as {encoding_name(report.encoding)}.")
    if report.ignored_columns:
        say("Columns not imported: " + ", ".join(report.ignored_columns))
    for warning in report.warnings:
        say(f"Warning: {warning}")
    verb = "would be" if report.dry_run else "were"
    noun = {ImportKind.COMPANIES: "companies", ImportKind.PROJECTS: "projects"}.get(
        kind, "records" if kind is ImportKind.WORKBOOK else "contacts"
    )
    for sheet, created in report.sheets:
        say(f"  {sheet}: {created}")
    say(
        f"{report.rows} rows: {report.created} {noun} {verb} created, "
        f"{report.updated} updated, {report.skipped} skipped as duplicates"
        + (" (dry run: nothing written)" if report.dry_run else "")
    )
    return EXIT_OK
