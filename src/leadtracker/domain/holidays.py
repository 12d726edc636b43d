"""Public holidays around a date, in Düsseldorf (North Rhine-Westphalia) and Japan.

A meeting with a Japanese company is planned around both calendars: Golden
Week or Obon empty a Tokyo head office, Whit Monday or Corpus Christi close
Düsseldorf's offices. The ``holidays`` package knows both, with their names
in German, English and Japanese.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from leadtracker.domain.vocabulary import Language


class HolidayRegion(StrEnum):
    """Where a public holiday is kept."""

    NRW = "nrw"
    JAPAN = "japan"


@dataclass(frozen=True, order=True)
class PublicHoliday:
    """One public holiday: its day, where it is kept and its name."""

    day: date
    region: HolidayRegion
    name: str


#: The ``holidays`` package's language codes for each region and document language.
_LANGUAGES: dict[HolidayRegion, dict[Language, str]] = {
    HolidayRegion.NRW: {
        Language.GERMAN: "de",
        Language.ENGLISH: "en_US",
        Language.JAPANESE: "en_US",  # nor Japanese names for Germany's
    },
    HolidayRegion.JAPAN: {
        Language.GERMAN: "en_US",  # the package has no German names for Japan's holidays
        Language.ENGLISH: "en_US",
        Language.JAPANESE: "ja",
    },
}


def holidays_between(
    first: date, last: date, language: Language = Language.GERMAN
) -> tuple[PublicHoliday, ...]:
    """Public holidays in NRW and in Japan from ``first`` to ``last`` (both included), by day."""
    if last < first:
        return ()
    import holidays  # noqa: PLC0415 -- 70 ms of imports, only when a briefing is made

    years = list(range(first.year, last.year + 1))
    calendars = {
        HolidayRegion.NRW: holidays.country_holidays(
            "DE", subdiv="NW", years=years, language=_LANGUAGES[HolidayRegion.NRW][language]
        ),
        HolidayRegion.JAPAN: holidays.country_holidays(
            "JP", years=years, language=_LANGUAGES[HolidayRegion.JAPAN][language]
        ),
    }
    found = [
        PublicHoliday(day, region, name)
        for region, calendar in calendars.items()
        for day, name in calendar.items()
        if first <= day <= last
    ]
    return tuple(sorted(found))


def holidays_around(
    day: date, days: int = 14, language: Language = Language.GERMAN
) -> tuple[PublicHoliday, ...]:
    """Public holidays within ``days`` days before or after ``day`` (within the calendar)."""
    span = timedelta(days=days)
    first = date.min if day - date.min < span else day - span
    last = date.max if date.max - day < span else day + span
    return holidays_between(first, last, language)
