"""``leadtracker privacy export|erase|review``: a person's data, its erasure, the review."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from leadtracker.cli.arguments import record_id, review_years
from leadtracker.cli.confirm import stop_unless_confirmed
from leadtracker.cli.exits import EXIT_OK
from leadtracker.cli.opening import opened
from leadtracker.cli.output import say
from leadtracker.domain.vocabulary import Language
from leadtracker.services.files import write_whole


def add_privacy_commands(commands: Any) -> None:
    """Add ``privacy`` with its three actions to the command line."""
    privacy = commands.add_parser(
        "privacy", help="a person's data: export it, erase it, or review old contacts"
    )
    actions = privacy.add_subparsers(dest="action", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export", help="everything held about a contact: JSON, or a readable PDF (by the suffix)"
    )
    export.add_argument("contact", type=record_id, help="the contact's number")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json|FILE.pdf")
    export.add_argument(
        "--lang", choices=[lang.value for lang in Language], default="de", help="of the PDF"
    )
    erase = actions.add_parser(
        "erase", help="anonymise a contact (names, email, phones, notes; the trail redacted)"
    )
    erase.add_argument("contact", type=record_id, help="the contact's number")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    review = actions.add_parser("review", help="contacts without activity for some years")
    review.add_argument(
        "--years", type=review_years, default=5, help="years without activity (default 5)"
    )
    privacy.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    if args.action == "erase":
        stop = stop_unless_confirmed(
            args.yes,
            f"Erase contact {args.contact} for good (only backups keep it)?",
            "erasing cannot be undone; add --yes",
        )
        if stop is not None:
            return stop
    with opened(args, writes=args.action == "erase") as services:
        service = services.privacy
        if args.action == "export":
            if args.output.suffix.lower() == ".pdf":
                from leadtracker.reports.privacy import subject_access_pdf  # noqa: PLC0415

                data = service.subject_access(args.contact)
                content = subject_access_pdf(data, Language(args.lang))
            else:
                content = service.subject_access_json(args.contact)
            write_whole(args.output, content)
            say(f"Written to {args.output}")
        elif args.action == "erase":
            service.erase(args.contact)
            say(f"Contact {args.contact} is erased; backups keep it until they rotate out.")
        else:
            for line in service.review(args.years):
                when = line.last_activity.date().isoformat() if line.last_activity else "never"
                say(f"{line.contact_id:>7}  {when:<10}  {line.legal_basis.value:<12} {line.name}")
    return EXIT_OK
