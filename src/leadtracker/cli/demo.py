"""``leadtracker demo``: a database filled with realistic demo data."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from leadtracker.cli.arguments import whole_number
from leadtracker.cli.exits import EXIT_OK
from leadtracker.cli.opening import database_file, opened
from leadtracker.cli.output import say, warn

#: The most companies ``demo`` makes (a million take some minutes and gigabytes).
DEMO_MAX = 1_000_000


def add_demo_command(commands: Any) -> None:
    """Add ``demo`` to the command line's sub-commands."""
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


def _run_demo(args: argparse.Namespace) -> int:

    def progress(step: str, _done: float) -> None:
        if sys.stderr.isatty():
            warn(f"  {step}…")

    database_file(args, "demo")  # the demo's bulk loader writes SQLite's own SQL so far
    with opened(args, writes=True, create=True) as services:
        report = services.demo.generate(args.companies, seed=args.seed, progress=progress)
    counts = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in report.counts.items())
    say(f"Demo data written to {services.database.path} in {report.seconds:.1f} s: {counts}")
    return EXIT_OK
