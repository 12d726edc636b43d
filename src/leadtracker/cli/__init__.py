"""The ``leadtracker`` command: the GUI by default, subcommands for everything else.

Every subcommand calls the same services as the GUI. Errors a user can fix are
printed to stderr as one line (``leadtracker: error: …``) with a non-zero exit
code, never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from leadtracker import __version__
from leadtracker.cli.arguments import whole_number
from leadtracker.cli.backups import add_backup_commands
from leadtracker.cli.documents import add_document_commands
from leadtracker.cli.exits import EXIT_CHECK_FAILED, EXIT_ERROR, EXIT_NOT_FOUND, EXIT_OK
from leadtracker.cli.opening import (
    DB_ENV,
    database_path,
    default_database_path,
    open_existing,
    open_for_command,
)
from leadtracker.cli.output import Parser, fail, say, warn
from leadtracker.cli.privacy import add_privacy_commands
from leadtracker.cli.records import add_record_keeping, add_search_command
from leadtracker.cli.transfer import add_transfer_commands
from leadtracker.cli.trash import add_trash_commands
from leadtracker.db.database import DatabaseOpenError
from leadtracker.db.sqlite_files import explain
from leadtracker.domain.errors import DomainError

DEBUG_ENV = "LEADTRACKER_DEBUG"
#: The most companies ``demo`` makes (a million take some minutes and gigabytes).
DEMO_MAX = 1_000_000

__all__ = [
    "EXIT_CHECK_FAILED",
    "EXIT_ERROR",
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "build_parser",
    "default_database_path",
    "main",
]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``leadtracker`` command."""
    parser = Parser(
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
        "--companies",
        type=whole_number(1, DEMO_MAX),
        default=500,
        help="number of companies (default 500)",
    )
    demo.add_argument(
        "--seed", type=int, default=2026, help="random seed: the same seed, the same data"
    )
    demo.set_defaults(handler=_run_demo)

    add_search_command(commands)
    add_document_commands(commands)
    add_transfer_commands(commands)
    add_record_keeping(commands)
    add_backup_commands(commands, database_path)
    add_privacy_commands(commands, open_existing)
    add_trash_commands(commands, open_existing)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from leadtracker.ui.app import run  # noqa: PLC0415 -- Qt loads only for the GUI

    # Without --db or $LEADTRACKER_DB the app reopens the database used last.
    explicit = args.db or (Path(os.environ[DB_ENV]) if os.environ.get(DB_ENV) else None)
    quit_when_ready = bool(getattr(args, "quit_when_ready", False))
    exit_code: int = run(explicit, default_database_path(), quit_when_ready=quit_when_ready)
    return exit_code


def _run_demo(args: argparse.Namespace) -> int:
    from leadtracker.services.demo.loader import DemoService  # noqa: PLC0415 -- loaded for this command only (the window starts faster)

    database = open_for_command(args)
    try:

        def progress(step: str, _done: float) -> None:
            if sys.stderr.isatty():
                warn(f"  {step}…")

        report = DemoService(database.sessions, database.search).generate(
            args.companies, seed=args.seed, progress=progress
        )
    finally:
        database.close()
    counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in report.counts.items())
    say(f"Demo data written to {database.path} in {report.seconds:.1f} s: {counts}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _run_gui)
    try:
        return _run(handler, args)
    except KeyboardInterrupt:
        warn("leadtracker: interrupted")
        return 130
    except Exception as error:  # a bug: one line for users, the traceback on request
        if os.environ.get(DEBUG_ENV):
            raise
        warn(
            f"leadtracker: internal error: {error!r} "
            f"(set {DEBUG_ENV}=1 for the details and please report it)"
        )
        return EXIT_ERROR


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; what users can put right is one line on stderr."""
    try:
        return handler(args)
    except (DomainError, DatabaseOpenError) as error:
        fail(str(error))
        return EXIT_ERROR
    except SQLAlchemyDatabaseError as error:  # busy, read-only, full or damaged: say which
        fail(explain(error.orig or error, database_path(args)))
        return EXIT_ERROR
    except sqlite3.Error as error:
        fail(explain(error, database_path(args)))
        return EXIT_ERROR
    except BrokenPipeError:  # `leadtracker search … | head`: the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes at exit
        return EXIT_OK
    except OSError as error:
        name = f": {error.filename}" if error.filename else ""
        fail(f"{error.strerror or error}{name}")
        return EXIT_ERROR
