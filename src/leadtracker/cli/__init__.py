"""The ``leadtracker`` command: the GUI by default, subcommands for everything else.

Every subcommand calls the same services as the GUI. Each module of this
package adds the commands of one capability (``add_*_commands``); a command
opens its database with :func:`leadtracker.cli.opening.opened` and runs through
:func:`leadtracker.cli.failures.run_command`, so errors a user can fix are
printed to stderr as one line (``leadtracker: error: …``) with a non-zero exit
code, never as a traceback.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from leadtracker import __version__
from leadtracker.cli.backups import add_backup_commands
from leadtracker.cli.check import add_check_command
from leadtracker.cli.demo import add_demo_command
from leadtracker.cli.documents import add_document_commands
from leadtracker.cli.exits import EXIT_CHECK_FAILED, EXIT_ERROR, EXIT_NOT_FOUND, EXIT_OK
from leadtracker.cli.failures import Handler, run_command
from leadtracker.cli.gui import add_gui_command, run_gui
from leadtracker.cli.history import add_history_command
from leadtracker.cli.opening import DB_ENV, default_database_path
from leadtracker.cli.output import Parser
from leadtracker.cli.privacy import add_privacy_commands
from leadtracker.cli.search import add_search_command
from leadtracker.cli.transfer import add_transfer_commands
from leadtracker.cli.trash import add_trash_commands

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
        metavar="PATH",
        help=f"database file or server address postgresql://user@host:port/dbname "
        f"(default: ${DB_ENV}, else leadtracker.sqlite in the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_gui_command(commands)
    add_demo_command(commands)
    add_search_command(commands)
    add_document_commands(commands)
    add_transfer_commands(commands)
    add_check_command(commands)
    add_history_command(commands)
    add_backup_commands(commands)
    add_privacy_commands(commands)
    add_trash_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    handler: Handler = getattr(args, "handler", run_gui)
    return run_command(handler, args)
