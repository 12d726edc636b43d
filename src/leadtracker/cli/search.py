"""``leadtracker search``: companies, contacts, projects and notes containing a text."""

from __future__ import annotations

import argparse
from typing import Any

from leadtracker.cli.arguments import positive_int, text_argument
from leadtracker.cli.exits import EXIT_NOT_FOUND, EXIT_OK
from leadtracker.cli.opening import opened
from leadtracker.cli.output import say, warn
from leadtracker.domain.vocabulary import RecordKind


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


def _run_search(args: argparse.Namespace) -> int:
    with opened(args, writes=False) as services:
        kinds = [RecordKind[k.upper()] for k in args.kind] if args.kind else list(RecordKind)
        hits = services.search.search(args.query, kinds=kinds, limit=args.limit)
    if not hits:
        warn(f"Nothing found for “{args.query}”.")
        return EXIT_NOT_FOUND
    for hit in hits:
        detail = f"  —  {hit.detail}" if hit.detail else ""
        say(f"{hit.kind.name.lower():<8} #{hit.record_id:<7} {hit.title}{detail}")
    return EXIT_OK
