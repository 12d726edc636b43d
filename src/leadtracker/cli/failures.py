"""What goes wrong in a command: one line on stderr and an exit code, never a traceback.

Every command runs through :func:`run_command`. An error a user can put right
(a :class:`~leadtracker.domain.errors.DomainError`, a file that cannot be
opened, read or written) is one ``leadtracker: error: …`` line, cut at
:data:`~leadtracker.cli.output.LONGEST_MESSAGE` characters like every line on
stderr; a bug is one line too unless ``$LEADTRACKER_DEBUG`` asks for the
traceback. Commands open their database with
:func:`leadtracker.cli.opening.opened`, so the file is closed before the error
is told.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Callable

from sqlalchemy import URL
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from leadtracker.cli.exits import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK
from leadtracker.cli.opening import database_location, database_path
from leadtracker.cli.output import fail, warn
from leadtracker.db.database import DatabaseOpenError
from leadtracker.db.postgres.address import explain as explain_server
from leadtracker.db.sqlite_files import explain
from leadtracker.domain.errors import DomainError

DEBUG_ENV = "LEADTRACKER_DEBUG"

#: A command: the parsed arguments in, the exit code out.
Handler = Callable[[argparse.Namespace], int]


def run_command(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command; returns its exit code, or the error's after telling it in one line."""
    try:
        return _told(handler, args)
    except KeyboardInterrupt:
        warn("leadtracker: interrupted")
        return EXIT_INTERRUPTED
    except Exception as error:  # a bug: one line for users, the traceback on request
        if os.environ.get(DEBUG_ENV):
            raise
        warn(
            f"leadtracker: internal error: {error!r} "
            f"(set {DEBUG_ENV}=1 for the details and please report it)"
        )
        return EXIT_ERROR


def _told(handler: Handler, args: argparse.Namespace) -> int:
    """Run a command; what users can put right is one line on stderr."""
    try:
        return handler(args)
    except (DomainError, DatabaseOpenError) as error:
        fail(str(error))
        return EXIT_ERROR
    except SQLAlchemyDatabaseError as error:  # busy, read-only, full or damaged: say which
        location = database_location(args)
        if isinstance(location, URL):
            fail(explain_server(error.orig or error, location))
        else:
            fail(explain(error.orig or error, location))
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
