"""Everything the command line prints goes through here: stored text shown harmlessly.

A name, a note, a file name or an argument may hold escape sequences, a bell,
NUL, carriage returns or bidirectional overrides. Printed raw they would act
on the terminal (recolour it, retitle the window, hide or reorder text). Each
line is made visible first by the rule the PDFs use
(:func:`leadtracker.domain.visible.visible_line`: ``[U+001B]``, a value's line
break as ``⏎``). A character the terminal's encoding lacks (or an undecodable
byte of an argument) never stops the command: it is written as an escape.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TextIO

from leadtracker.domain.visible import visible_line

#: The longest line written to stderr (room for a message naming several long paths;
#: one quoting a value of 10,000 characters shows its start).
LONGEST_MESSAGE = 2_000


def _shortened(line: str) -> str:
    if len(line) <= LONGEST_MESSAGE:
        return line
    return f"{line[:LONGEST_MESSAGE]}… ({len(line):,} characters)"


def _write(text: str, stream: TextIO) -> None:
    """Write a line already made visible, in the stream's encoding or else as escapes."""
    try:
        print(text, file=stream)
    except UnicodeEncodeError:  # e.g. Japanese on a Windows console redirected to a file
        encoding = stream.encoding or "ascii"
        print(text.encode(encoding, "backslashreplace").decode(encoding), file=stream)


def say(line: str) -> None:
    """Print one line of a command's output (stdout)."""
    _write(visible_line(line), sys.stdout)


def warn(line: str) -> None:
    """Print one line for the person at the terminal (stderr): a warning, a hint, a note.

    Cut after :data:`LONGEST_MESSAGE` characters.
    """
    _write(_shortened(visible_line(line)), sys.stderr)


def fail(message: str) -> None:
    """Print an error as ``leadtracker: error: …`` (stderr)."""
    warn(f"leadtracker: error: {message}")


def ask(question: str) -> str:
    """The answer to a question asked on the terminal."""
    return input(visible_line(question))


class Parser(argparse.ArgumentParser):
    """argparse, quoting a wrong argument visibly (its error also names unknown arguments raw)."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and the error as one line, and exit with 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{_shortened(f'{self.prog}: error: {visible_line(message)}')}\n")
