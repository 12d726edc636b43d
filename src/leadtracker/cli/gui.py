"""``leadtracker gui``: the desktop app, also what ``leadtracker`` without a command starts."""

from __future__ import annotations

import argparse
import os
from typing import Any

from leadtracker.cli.opening import DB_ENV, database_location, default_database_path


def add_gui_command(commands: Any) -> None:
    """Add ``gui`` to the command line's sub-commands."""
    gui = commands.add_parser("gui", help="start the desktop app (the default)")
    gui.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="print 'ready' and quit once the window is usable (to time the start)",
    )
    gui.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop app; returns its exit code."""
    from leadtracker.ui.shell.startup import run  # noqa: PLC0415 -- Qt loads only for the GUI

    # Without --db or $LEADTRACKER_DB the app reopens the database used last
    # (a file or a server address); a server address is read here, so a
    # mistyped one ends as one line like every command's.
    given = args.db or os.environ.get(DB_ENV)
    explicit = database_location(args) if given else None
    quit_when_ready = bool(getattr(args, "quit_when_ready", False))
    exit_code: int = run(explicit, default_database_path(), quit_when_ready=quit_when_ready)
    return exit_code
