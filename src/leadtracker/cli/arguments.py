"""Argument types of the command line: ids, counts, dates, times and texts.

Each refuses what a command cannot work with in one line naming the
argument (argparse adds ``argument --limit:``), before any file is opened.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date, time

from leadtracker.domain.record_ids import MAX_RECORD_ID

_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


def shown(text: str, length: int = 40) -> str:
    """``text`` quoted for a message, cut short when long."""
    return repr(text if len(text) <= length else text[:length] + "…")


def text_argument(value: str) -> str:
    """A text typed on the command line; refuses undecodable bytes.

    On POSIX an argument that is not valid in the terminal's encoding arrives
    with its bytes as lone surrogates (``surrogateescape``); they cannot be
    searched for or stored.
    """
    bad = next((char for char in value if "\ud800" <= char <= "\udfff"), None)
    if bad is not None:
        byte = ord(bad) - 0xDC00 if "\udc80" <= bad <= "\udcff" else None
        what = f"the byte 0x{byte:02X}" if byte is not None else f"U+{ord(bad):04X}"
        position = value.index(bad) + 1
        raise argparse.ArgumentTypeError(
            f"the argument is not valid text ({what} at character {position} "
            "is not in the terminal's encoding)"
        )
    return value


def whole_number(
    minimum: int, maximum: int, what: str = "", name: str = "whole number"
) -> Callable[[str], int]:
    """A type for a whole number from ``minimum`` to ``maximum`` (``what``: its unit)."""

    def number(text: str) -> int:
        digits = text_argument(text).strip()
        if _WHOLE_NUMBER.fullmatch(digits) is None:
            raise argparse.ArgumentTypeError(f"{shown(text)} is not a whole number")
        if len(digits.lstrip("+-0")) > 30:  # int() of a very long number only to refuse it
            raise argparse.ArgumentTypeError(
                f"{shown(digits, 12)} is out of range: from {minimum} to {maximum:,}{what}"
            )
        value = int(digits)
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}{what} (got {value})")
        if value > maximum:
            raise argparse.ArgumentTypeError(f"must be at most {maximum:,}{what} (got {value:,})")
        return value

    number.__name__ = name  # argparse names the type by it
    return number


#: A record's number, as lists and ``search`` show it.
record_id = whole_number(1, MAX_RECORD_ID, name="record id")

#: A count of at least 1 (and at most what SQLite can count to).
positive_int = whole_number(1, MAX_RECORD_ID)

#: Years a contact has been without activity, for the privacy review (0: any
#: contact without activity today, as the app offers; 100 is the service's most).
review_years = whole_number(0, 100, " years")


def iso_date(text: str) -> date:
    """A day written as ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text_argument(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a date like 2026-11-22") from None


def meeting_date(text: str) -> date:
    """The day of a meeting: a date whose time exists in Düsseldorf and Tokyo alike."""
    day = iso_date(text)
    if day in (date.min, date.max):  # in Tokyo or in UTC it would be outside the calendar
        raise argparse.ArgumentTypeError(
            f"{shown(text)} is at the very edge of the calendar: "
            f"give a day from {date.min.replace(day=2)} to {date.max.replace(day=30)}"
        )
    return day


def clock_time(text: str) -> time:
    """A time of day written as ``HH:MM``."""
    try:
        return time.fromisoformat(text_argument(text))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(text)} is not a time like 14:30") from None
