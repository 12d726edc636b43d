"""Asking before a command does what cannot be undone (restore, erase, empty the trash)."""

from __future__ import annotations

import sys

from leadtracker.cli.exits import EXIT_ERROR, EXIT_OK
from leadtracker.cli.output import ask, fail, say

#: Answers that mean yes, in English and German.
YES = frozenset({"y", "yes", "j", "ja"})


def stop_unless_confirmed(yes: bool, question: str, refusal: str) -> int | None:
    """``None`` to go on; else the exit code to stop with, after saying so.

    ``yes`` (the command's ``--yes``) goes on without asking. Without a
    terminal to ask on, the command stops with an error saying ``refusal``;
    otherwise ``question`` is asked and anything but yes stops it quietly.
    """
    if yes:
        return None
    if not sys.stdin.isatty():
        fail(refusal)
        return EXIT_ERROR
    if ask(f"{question} [y/N] ").strip().lower() in YES:
        return None
    say("Nothing was changed.")
    return EXIT_OK
