"""Numbers, money, days and moments as the interface language writes them.

Everything goes through Qt's default locale, which
:func:`leadtracker.ui.i18n.install_translations` sets to the interface
language's (German: ``22.11.2026``, Japanese: ``2026/11/22``, English:
``22/11/2026``). A system that says only "C" gets British English.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from leadtracker.domain.pipeline.periods import Period, PeriodKind
from leadtracker.ui.i18n import translate


def user_locale() -> QLocale:
    """The user's locale; British English where the system says only "C" (no grouping)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale("en_GB")
    return locale


class Formats:
    """Numbers, euro amounts and days in the user's locale."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale or user_locale()

    def number(self, value: int) -> str:
        """``1,234`` (or ``1.234``)."""
        return self.locale.toString(value)

    def decimal(self, value: float, digits: int = 1) -> str:
        """A number with ``digits`` decimals."""
        return self.locale.toString(value, "f", digits)

    def money(self, amount: Decimal) -> str:
        """The exact amount in euro, with cents only when there are any."""
        digits = 0 if amount == amount.to_integral_value() else 2
        return self.locale.toCurrencyString(float(amount), "€", digits)

    def money_short(self, amount: Decimal) -> str:
        """A large amount rounded for a tile: ``€3.2 million``, ``€421.4 billion``."""
        if amount >= 1_000_000_000:
            return translate("Dashboard", "€{number} billion").format(
                number=self.decimal(float(amount) / 1e9)
            )
        if amount >= 1_000_000:
            return translate("Dashboard", "€{number} million").format(
                number=self.decimal(float(amount) / 1e6)
            )
        return self.locale.toCurrencyString(float(amount), "€", 0)

    def day(self, day: date) -> str:
        """A day with the month's name, without the weekday: ``1 April 2025``."""
        pattern = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        pattern = re.sub(r"d{4}[,.\s]*|[,\s]*d{4}", "", pattern).strip()
        return self.locale.toString(QDate(day.year, day.month, day.day), pattern)

    def span(self, period: Period) -> str:
        """``1 April 2025 – 31 March 2026``."""
        return translate("Dashboard", "{start} – {end}").format(
            start=self.day(period.start), end=self.day(period.end)
        )

    def period(self, period: Period) -> str:
        """A period's name: ``2025``, ``FY2025``, ``Q3 2025`` or its days."""
        if period.kind is PeriodKind.FISCAL_YEAR:
            return translate("Dashboard", "FY{year}").format(year=period.year)
        if period.kind is PeriodKind.QUARTER:
            return translate("Dashboard", "Q{number} {year}").format(
                number=period.quarter_number, year=period.year
            )
        if period.kind is PeriodKind.DATE_RANGE:
            return self.span(period)
        return str(period.year)

    def year_short(self, period: Period) -> str:
        """A year under a bar, where space is short: ``2025`` or ``FY25``."""
        if period.kind is PeriodKind.FISCAL_YEAR:
            return translate("Dashboard", "FY{year}").format(year=f"{period.year % 100:02d}")
        return str(period.year)


def qdate(day: date) -> QDate:
    """``day`` as Qt's date."""
    return QDate(day.year, day.month, day.day)


def python_date(day: QDate) -> date:
    """Qt's ``day`` as a date."""
    return date(day.year(), day.month(), day.day())


def date_pattern() -> str:
    """The pattern of a day in the interface language, for date fields (``dd.MM.yyyy``)."""
    return _short_date_pattern(user_locale())


def moment_pattern() -> str:
    """The pattern of a day and time in the interface language (``dd.MM.yyyy HH:mm``)."""
    return f"{date_pattern()} HH:mm"


def _short_date_pattern(locale: QLocale) -> str:
    """The locale's short date, always with four-digit years (the desk spans decades)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def day_text(value: date | None) -> str:
    """A day as the interface language writes it (``22.11.2026``); empty for none."""
    if value is None:
        return ""
    locale = user_locale()
    return locale.toString(QDate(value.year, value.month, value.day), _short_date_pattern(locale))


def moment_text(value: datetime | None) -> str:
    """A moment in local time: the day and ``HH:mm``; empty for none."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    locale = user_locale()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(moment, f"{_short_date_pattern(locale)} HH:mm")
