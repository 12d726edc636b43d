"""Reporting periods: calendar years, Japanese fiscal years, quarters and date ranges.

Every KPI is asked "for a period". A :class:`Period` knows its first and last
day (both inclusive), a label for people (``2025``, ``FY2025``, ``Q3 2025``,
``1 Jan 2025 – 30 Jun 2025``), a code the command line accepts and
:meth:`Period.parse` reads back (``2025``, ``FY2025``, ``2025Q3``,
``2025-01-01..2025-06-30``), the period before and after it, and the years a
"per year" chart of it shows.

The Japanese fiscal year runs from April to March and is named after the year
it starts in: FY2025 is 1 April 2025 to 31 March 2026 (令和7年度).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from leadtracker.domain.errors import ValidationError
from leadtracker.domain.messages import text as message

#: The Japanese fiscal year starts in April.
FISCAL_YEAR_START_MONTH = 4

#: Years a period may be named after (every day of it, and of its neighbours, is a ``date``).
MIN_YEAR = 1900
MAX_YEAR = 9000

_FIELD, _LABEL = "period", message("Period")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CODE = re.compile(
    r"(?P<year>\d{4})"
    r"|FY(?P<fiscal>\d{4})"
    r"|(?P<qyear>\d{4})-?Q(?P<quarter>[1-4])"
    r"|(?P<start>\d{4}-\d{2}-\d{2})\s*\.\.\s*(?P<end>\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)


class PeriodKind(StrEnum):
    """The kinds of period the KPIs are asked for."""

    CALENDAR_YEAR = "calendar_year"
    FISCAL_YEAR = "fiscal_year"  # Japanese, April to March
    QUARTER = "quarter"  # of a calendar year
    DATE_RANGE = "date_range"


def fiscal_year_of(day: date) -> int:
    """The Japanese fiscal year ``day`` falls in (31 March 2026 is in FY2025)."""
    return day.year if day.month >= FISCAL_YEAR_START_MONTH else day.year - 1


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError.single(
            _FIELD,
            _LABEL,
            message(
                "the year must be between {first} and {last} (got {year})",
                first=MIN_YEAR,
                last=MAX_YEAR,
                year=year,
            ),
        )


def _short(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Period:
    """A span of days, both ends included; build one with the class methods.

    Attributes:
        kind: Calendar year, fiscal year, quarter or date range.
        start: The first day.
        end: The last day (inclusive).
    """

    kind: PeriodKind
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError.single(
                _FIELD,
                _LABEL,
                message(
                    "the last day ({end}) is before the first ({start})",
                    end=self.end.isoformat(),
                    start=self.start.isoformat(),
                ),
            )
        if self.kind is not PeriodKind.DATE_RANGE and _bounds(self.kind, self.start) != (
            self.start,
            self.end,
        ):
            raise ValueError(f"{self.start}..{self.end} is not one {self.kind.value}")

    # --- building ---------------------------------------------------------

    @classmethod
    def calendar_year(cls, year: int) -> Period:
        """1 January to 31 December of ``year``."""
        _check_year(year)
        return cls(PeriodKind.CALENDAR_YEAR, *_bounds(PeriodKind.CALENDAR_YEAR, date(year, 1, 1)))

    @classmethod
    def fiscal_year(cls, year: int) -> Period:
        """The Japanese fiscal year named after ``year``: 1 April ``year`` to 31 March next."""
        _check_year(year)
        start = date(year, FISCAL_YEAR_START_MONTH, 1)
        return cls(PeriodKind.FISCAL_YEAR, *_bounds(PeriodKind.FISCAL_YEAR, start))

    @classmethod
    def quarter(cls, year: int, number: int) -> Period:
        """Quarter ``number`` (1–4) of calendar year ``year``."""
        _check_year(year)
        if not 1 <= number <= 4:
            raise ValidationError.single(
                _FIELD,
                _LABEL,
                message("a quarter is numbered 1 to 4 (got {number})", number=number),
            )
        start = date(year, 3 * (number - 1) + 1, 1)
        return cls(PeriodKind.QUARTER, *_bounds(PeriodKind.QUARTER, start))

    @classmethod
    def date_range(cls, start: date, end: date) -> Period:
        """Any days from ``start`` to ``end``, both included."""
        _check_year(start.year)
        _check_year(end.year)
        return cls(PeriodKind.DATE_RANGE, start, end)

    @classmethod
    def containing(cls, kind: PeriodKind, day: date) -> Period:
        """The calendar year, fiscal year or quarter that ``day`` falls in.

        For :attr:`PeriodKind.DATE_RANGE` that is the one day itself.
        """
        if kind is PeriodKind.CALENDAR_YEAR:
            return cls.calendar_year(day.year)
        if kind is PeriodKind.FISCAL_YEAR:
            return cls.fiscal_year(fiscal_year_of(day))
        if kind is PeriodKind.QUARTER:
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        return cls.date_range(day, day)

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read a period's :attr:`code`.

        Accepted: ``2025``, ``FY2025``, ``2025Q3`` (or ``2025-Q3``) and
        ``2025-01-01..2025-06-30``; letters in either case.

        Raises:
            ValidationError: the text is none of these, or names no real days.
        """
        match = _CODE.fullmatch(text.strip())
        if match is None:
            raise ValidationError.single(
                _FIELD,
                _LABEL,
                message(
                    "“{text}” is not a period; write 2025, FY2025, 2025Q3 "
                    "or 2025-01-01..2025-06-30",
                    text=text.strip(),
                ),
            )
        groups = match.groupdict()
        if groups["year"]:
            return cls.calendar_year(int(groups["year"]))
        if groups["fiscal"]:
            return cls.fiscal_year(int(groups["fiscal"]))
        if groups["qyear"]:
            return cls.quarter(int(groups["qyear"]), int(groups["quarter"]))
        try:
            start, end = date.fromisoformat(groups["start"]), date.fromisoformat(groups["end"])
        except ValueError as error:
            raise ValidationError.single(
                _FIELD, _LABEL, message("“{text}” has a day that does not exist", text=text.strip())
            ) from error
        return cls.date_range(start, end)

    # --- describing -------------------------------------------------------

    @property
    def year(self) -> int:
        """The year the period is named after (a fiscal year: the year it starts in).

        A date range is named after the year of its first day.
        """
        return self.start.year

    @property
    def quarter_number(self) -> int | None:
        """1–4 for a quarter, else ``None``."""
        return (self.start.month - 1) // 3 + 1 if self.kind is PeriodKind.QUARTER else None

    @property
    def code(self) -> str:
        """What the command line takes for it, e.g. ``FY2025``; :meth:`parse` reads it back."""
        if self.kind is PeriodKind.CALENDAR_YEAR:
            return str(self.year)
        if self.kind is PeriodKind.FISCAL_YEAR:
            return f"FY{self.year}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.year}Q{self.quarter_number}"
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def label(self) -> str:
        """English wording: ``2025``, ``FY2025``, ``Q3 2025``, ``1 Jan 2025 – 30 Jun 2025``."""
        if self.kind is PeriodKind.QUARTER:
            return f"Q{self.quarter_number} {self.year}"
        if self.kind is PeriodKind.DATE_RANGE:
            if self.start == self.end:
                return _short(self.start)
            return f"{_short(self.start)} – {_short(self.end)}"
        return self.code

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.end - self.start).days + 1

    @property
    def is_year(self) -> bool:
        """A calendar or fiscal year (per-year figures apply to it as they are)."""
        return self.kind in {PeriodKind.CALENDAR_YEAR, PeriodKind.FISCAL_YEAR}

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def __str__(self) -> str:
        return self.label

    # --- moving -----------------------------------------------------------

    def shifted(self, steps: int) -> Period:
        """The period ``steps`` places later (earlier when negative), of the same kind.

        A date range moves by its own length: the range before 1–10 May is 21–30 April.
        """
        if self.kind is PeriodKind.CALENDAR_YEAR:
            return Period.calendar_year(self.year + steps)
        if self.kind is PeriodKind.FISCAL_YEAR:
            return Period.fiscal_year(self.year + steps)
        if self.kind is PeriodKind.QUARTER:
            index = self.year * 4 + (self.quarter_number or 1) - 1 + steps
            return Period.quarter(index // 4, index % 4 + 1)
        offset = timedelta(days=self.days * steps)
        return Period.date_range(self.start + offset, self.end + offset)

    def previous(self) -> Period:
        """The period just before this one."""
        return self.shifted(-1)

    def next(self) -> Period:
        """The period just after this one."""
        return self.shifted(1)

    def year_kind(self) -> PeriodKind:
        """The kind of year a "per year" figure of this period is counted in.

        Fiscal years for a fiscal year, calendar years for everything else.
        """
        if self.kind is PeriodKind.FISCAL_YEAR:
            return PeriodKind.FISCAL_YEAR
        return PeriodKind.CALENDAR_YEAR

    def years(self, count: int) -> tuple[Period, ...]:
        """The last ``count`` years up to the one this period ends in, oldest first.

        Calendar years, or fiscal years for a fiscal year: what a "landed per
        year for the last 10 years" chart shows.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        last = Period.containing(self.year_kind(), self.end)
        return tuple(last.shifted(-steps) for steps in range(count - 1, -1, -1))

    def elapsed_share(self, today: date) -> float:
        """The share of the period's days that have begun by ``today`` (0.0 to 1.0)."""
        if today < self.start:
            return 0.0
        if today >= self.end:
            return 1.0
        return ((today - self.start).days + 1) / self.days


def _month_start(year: int, month: int) -> date:
    """The first of a month; ``month`` may run past 12 into the following years."""
    index = year * 12 + month - 1
    return date(index // 12, index % 12 + 1, 1)


def _bounds(kind: PeriodKind, day: date) -> tuple[date, date]:
    """First and last day of the calendar year, fiscal year or quarter around ``day``."""
    if kind is PeriodKind.FISCAL_YEAR:
        first = _month_start(fiscal_year_of(day), FISCAL_YEAR_START_MONTH)
        months = 12
    elif kind is PeriodKind.QUARTER:
        first = _month_start(day.year, (day.month - 1) // 3 * 3 + 1)
        months = 3
    else:
        first, months = date(day.year, 1, 1), 12
    return first, _month_start(first.year, first.month + months) - timedelta(days=1)
