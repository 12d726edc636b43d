"""``leadtracker history``: every recorded change of a record, who made it and when."""

from __future__ import annotations

import argparse
from typing import Any

from leadtracker.cli.arguments import record_id
from leadtracker.cli.exits import EXIT_NOT_FOUND, EXIT_OK
from leadtracker.cli.opening import opened
from leadtracker.cli.output import say, warn
from leadtracker.db.audit import CREATE, DELETE
from leadtracker.services.history import RECORD_TYPES, HistoryLine


def add_history_command(commands: Any) -> None:
    """Add ``history`` to the command line's sub-commands."""
    history = commands.add_parser(
        "history", help="every recorded change of a record: who, when, which field, old and new"
    )
    history.add_argument("kind", choices=RECORD_TYPES, help="the kind of record")
    history.add_argument("id", type=record_id, help="the record's number")
    history.set_defaults(handler=_run_history)


def _run_history(args: argparse.Namespace) -> int:
    with opened(args, writes=False) as services:
        lines = services.history.of(args.kind, args.id)
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
