"""Reading the values people type into spreadsheets: dates, numbers, money, yes/no.

Staff bring lists kept in German and English Excel files and CSVs: a date
may be ``21.11.2026``, ``21.11.26``, ``2026-11-21`` or ``2026/11/21``; an amount
``1.500.000,50``, ``1,500,000.50``, ``1500000.50``, ``€ 1 500 000`` or
``1.500.000 €``. Each reader returns the value or raises :class:`CellValueError`
saying, in words a user understands, what it expected -- the import puts that
next to the row and column.

Text that a spreadsheet would take for a formula is written to CSV with a
leading apostrophe (:func:`formula_guarded`), and reading CSV takes exactly
that apostrophe off again (:func:`formula_unguarded`): export, import and
export give the same file.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, tzinfo
from decimal import Decimal, InvalidOperation

from leadtracker.domain.messages import reason_of
from leadtracker.domain.messages import text as message

_DATE_FORMS = (
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), ("day", "month", "year")),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})"), ("day", "month", "short_year")),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), ("year", "month", "day")),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), ("year", "month", "day")),
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")  # thousands may be grouped by spaces or '
_CURRENCY = re.compile(r"(?i)€|eur(?:o)?\b|\$|¥|円")
_YES = frozenset({"yes", "y", "ja", "j", "true", "wahr", "x", "1", "はい", "✓"})
_NO = frozenset({"no", "n", "nein", "false", "falsch", "0", "いいえ", ""})
#: Numbers from a cell are at most this large (a quadrillion: beyond any amount, count or ID,
#: within what the database stores and a float holds exactly).
_LARGEST_NUMBER = Decimal(10) ** 15
#: What a spreadsheet evaluates when a cell's text starts with it (OWASP's list).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Years written with two digits: 00–69 are 2000–2069, 70–99 are 1970–1999.
_CENTURY_PIVOT = 70


class CellValueError(ValueError):
    """A cell's value is not what its column needs; the message says what was expected."""

    @property
    def reason(self) -> str:
        """The message, as made (a translatable :class:`~leadtracker.domain.messages.Text`)."""
        return reason_of(self)


def formula_guarded(text: str) -> str:
    """``text`` as a CSV value no spreadsheet evaluates: a formula-looking one gets a ``'``.

    Excel and LibreOffice may take a value that starts with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return as a formula (OWASP's list):
    ``=HYPERLINK("http://evil", "x")`` in a company's name would become a
    live link. OWASP's remedy is a leading apostrophe, which spreadsheets
    show as text. A value that starts with apostrophes before such a
    character gets one more, so that :func:`formula_unguarded` can tell it
    from a guarded one: ``'=x`` is written ``''=x``.
    """
    return "'" + text if text.lstrip("'").startswith(FORMULA_PREFIXES) else text


def formula_unguarded(text: str) -> str:
    """The value :func:`formula_guarded` made ``text`` from: one guarding ``'`` taken off.

    Only an apostrophe before a character a spreadsheet evaluates (after
    any further apostrophes) is a guard: ``'+81 3 1234 5678`` is read as
    ``+81 3 1234 5678``, ``'t Hooft`` stays as it is.
    """
    if text.startswith("'") and text[1:].lstrip("'").startswith(FORMULA_PREFIXES):
        return text[1:]
    return text


def _plain(text: str) -> str:
    """Full-width digits and signs made ASCII, surrounding spaces dropped."""
    return unicodedata.normalize("NFKC", text).strip()


def read_date(value: object) -> date | None:
    """A date from a cell: a spreadsheet date, or text in a German or ISO form (empty: None).

    Raises:
        CellValueError: not a date, or a day that does not exist (31.02.2026).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _plain(str(value))
    if not text:
        return None
    for pattern, parts in _DATE_FORMS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        found = dict(zip(parts, map(int, match.groups()), strict=True))
        if "short_year" in found:
            short = found.pop("short_year")
            found["year"] = short + (2000 if short < _CENTURY_PIVOT else 1900)
        try:
            return date(found["year"], found["month"], found["day"])
        except ValueError:
            raise CellValueError(
                message("“{value}” is a day that does not exist", value=text)
            ) from None
    raise CellValueError(
        message("“{value}” is not a date; write 21.11.2026 or 2026-11-21", value=text)
    )


_TIME = re.compile(r"(?P<day>.+?)[ T](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?")


def read_moment(value: object, zone: tzinfo) -> datetime | None:
    """A point in time from a cell (empty: None); without a zone it is a time in ``zone``.

    A spreadsheet date-time, ISO 8601 text with or without an offset
    (``2026-05-15T14:30:00+02:00``, as the CSV export writes), a German or ISO
    day with a time (``15.05.2026 14:30``, ``2026-05-15 14:30``), or a day
    alone (midnight).

    Raises:
        CellValueError: not a date and time.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    if isinstance(value, date):
        return datetime.combine(value, time(), zone)
    text = _plain(str(value))
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        match = _TIME.fullmatch(text)
        try:
            day = read_date(match["day"] if match else text)
        except CellValueError:
            raise CellValueError(
                message(
                    "“{value}” is not a date and time; write 15.05.2026 14:30 or 2026-05-15 14:30",
                    value=text,
                )
            ) from None
        if day is None:
            return None
        clock = time()
        if match:
            try:
                clock = time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
            except ValueError:
                raise CellValueError(
                    message("“{value}” has a time that does not exist", value=text)
                ) from None
        moment = datetime.combine(day, clock)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def read_decimal(value: object) -> Decimal | None:
    """A number from a cell, in German or English notation, "€" and spaces allowed (empty: None).

    With both separators the last one is the decimal mark (``1.500.000,50``,
    ``1,500,000.50``). With one kind only: a comma is decimal unless it groups
    thousands (``1,500,000``); a dot is decimal unless it groups thousands
    (``1.500.000``, ``12.500`` -- three digits after a single dot are taken as
    thousands, the German habit for whole euros).

    Raises:
        CellValueError: not a number.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellValueError(message("“{value}” is not a number", value=value))
    if isinstance(value, int | Decimal):
        return _bounded(Decimal(value), value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellValueError(message("“{value}” is not a number", value=value))
        return _bounded(Decimal(repr(value)), value)
    original = _plain(str(value))
    text = _SPACES.sub("", _CURRENCY.sub("", original))
    if not text:
        return None
    normalised = _normalise_separators(text)
    try:
        number = Decimal(normalised)
    except InvalidOperation:
        raise CellValueError(
            message("“{value}” is not a number; write 1.500.000,50 or 1500000.50", value=original)
        ) from None
    if not number.is_finite():
        raise CellValueError(message("“{value}” is not a number", value=original))
    return _bounded(number, original)


def _bounded(number: Decimal, shown: object) -> Decimal:
    """``number``, when it is not larger than any amount, count or ID can be."""
    if abs(number) >= _LARGEST_NUMBER:
        raise CellValueError(
            message(
                "“{value}” is too large a number (at most {most})",
                value=shown,
                most="999,999,999,999,999",
            )
        )
    return number


def _normalise_separators(text: str) -> str:
    sign = ""
    if text[:1] in "+-":
        sign, text = text[0], text[1:]
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        text = text.replace(grouping, "").replace(decimal_mark, ".")
    elif "," in text:
        text = text.replace(",", "") if _groups_thousands(text, ",") else text.replace(",", ".")
    elif "." in text and _groups_thousands(text, "."):
        text = text.replace(".", "")
    return sign + text


def _groups_thousands(text: str, separator: str) -> bool:
    """Whether ``separator`` groups thousands in ``text`` (``1.500.000``, ``12,500``)."""
    head, *groups = text.split(separator)
    return bool(groups) and 1 <= len(head) <= 3 and all(len(g) == 3 for g in groups)


def read_whole_number(value: object) -> int | None:
    """A whole number (jobs, m²) from a cell (empty: None).

    Raises:
        CellValueError: not a number, or one with a fraction.
    """
    number = read_decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise CellValueError(message("“{value}” is not a whole number", value=_plain(str(value))))
    return int(number)


def read_money(value: object) -> Decimal | None:
    """An amount in euros, to the cent (empty: None).

    Raises:
        CellValueError: not a number, negative, or with fractions of a cent.
    """
    amount = read_decimal(value)
    if amount is None:
        return None
    if amount < 0:
        raise CellValueError(
            message("“{value}” is negative; an amount cannot be", value=_plain(str(value)))
        )
    if amount != amount.quantize(Decimal("0.01")):
        raise CellValueError(message("“{value}” has fractions of a cent", value=_plain(str(value))))
    return amount.quantize(Decimal("0.01"))


def read_yes_no(value: object) -> bool:
    """Yes or no from a cell: ja/nein, yes/no, x, 1/0, true/false, はい/いいえ (empty: no).

    Raises:
        CellValueError: none of these.
    """
    if isinstance(value, bool):
        return value
    text = _plain("" if value is None else str(value)).casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellValueError(
        message("“{value}” is neither yes nor no; write ja or nein", value=_plain(str(value)))
    )
