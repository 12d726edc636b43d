"""``leadtracker delete`` and ``leadtracker trash list|restore|empty``: deleting, undoably."""

from __future__ import annotations

import argparse
from typing import Any

from leadtracker.cli.arguments import record_id
from leadtracker.cli.confirm import stop_unless_confirmed
from leadtracker.cli.exits import EXIT_OK
from leadtracker.cli.opening import opened
from leadtracker.cli.output import say
from leadtracker.services.safety.trash import KINDS, TrashedItem


def add_trash_commands(commands: Any) -> None:
    """Add ``delete`` and ``trash`` to the command line's sub-commands."""
    delete = commands.add_parser(
        "delete",
        help="move a company (with its contacts and projects), a contact, a project, an activity "
        "or a task to the trash",
    )
    delete.add_argument("kind", choices=list(KINDS), help="what to delete")
    delete.add_argument("id", type=record_id, help="its number")
    delete.set_defaults(handler=_run_delete)
    trash = commands.add_parser("trash", help="what was deleted: list, restore, or empty for good")
    actions = trash.add_subparsers(dest="action", metavar="ACTION")
    actions.add_parser("list", help="what is in the trash, newest first (the default)")
    restore = actions.add_parser("restore", help="bring back what one deletion took")
    restore.add_argument("entry", type=record_id, help="the number `trash list` shows")
    empty = actions.add_parser("empty", help="delete for good (all of the trash, or the numbers)")
    empty.add_argument("entries", type=record_id, nargs="*", metavar="ENTRY", help="only these")
    empty.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    trash.set_defaults(handler=_run_trash)


def describe(item: TrashedItem) -> str:
    """One line of ``trash list``."""
    when = item.trashed_at.astimezone().strftime("%Y-%m-%d %H:%M")
    along = f" (+{item.along} with it)" if item.along else ""
    by = f"  by {item.trashed_by}" if item.trashed_by else ""
    return (
        f"{item.entry_id:>5}  {when}  {item.kind:<8} {item.record_id:>7}  {item.label}{along}{by}"
    )


def _run_delete(args: argparse.Namespace) -> int:
    with opened(args, writes=True) as services:
        item = services.trash.move_to_trash(args.kind, args.id)
    along = f" with {item.along} records belonging to it" if item.along else ""
    say(f"Moved {item.kind} {item.record_id} “{item.label}”{along} to the trash.")
    say(f"`leadtracker trash restore {item.entry_id}` brings it back.")
    return EXIT_OK


def _run_trash(args: argparse.Namespace) -> int:
    if args.action == "empty":
        what = "these entries" if args.entries else "everything in the trash"
        stop = stop_unless_confirmed(
            args.yes,
            f"Delete {what} for good (only backups keep it)?",
            "emptying the trash cannot be undone; add --yes",
        )
        if stop is not None:
            return stop
    with opened(args, writes=args.action in {"restore", "empty"}) as services:
        service = services.trash
        if args.action == "restore":
            item = service.restore(args.entry)
            say(f"Restored {item.kind} {item.record_id} “{item.label}”.")
        elif args.action == "empty":
            deleted = service.empty(args.entries or None)
            say(f"Deleted {deleted} record{'' if deleted == 1 else 's'} for good.")
        else:
            items = service.items()
            for item in items:
                say(describe(item))
            if not items:
                say("The trash is empty.")
    return EXIT_OK
