from __future__ import annotations

from datetime import date

from leadtracker.domain.holidays import HolidayRegion, holidays_around, holidays_between
from leadtracker.domain.vocabulary import Language


def test_golden_week_and_may_day_around_the_first_of_may() -> None:
    found = holidays_around(date(2026, 5, 1), 7, Language.JAPANESE)
    japan = {h.day: h.name for h in found if h.region is HolidayRegion.JAPAN}
    assert japan[date(2026, 4, 29)] == "昭和の日"
    assert japan[date(2026, 5, 5)] == "こどもの日"
    assert japan[date(2026, 5, 6)] == "振替休日"  # Constitution Day fell on a Sunday
    nrw = [h for h in found if h.region is HolidayRegion.NRW]
    assert [h.day for h in nrw] == [date(2026, 5, 1)]


def test_nrw_keeps_corpus_christi_and_all_saints_in_german() -> None:
    names = {h.name for h in holidays_between(date(2026, 1, 1), date(2026, 12, 31))}
    assert {"Fronleichnam", "Allerheiligen", "Tag der Deutschen Einheit"} <= names
    assert "Buß- und Bettag" not in names  # Saxony's, not NRW's


def test_days_at_both_ends_count_and_a_year_boundary_is_crossed() -> None:
    found = holidays_around(date(2026, 12, 25), 7, Language.ENGLISH)
    days = [(h.day, h.region) for h in found]
    assert (date(2026, 12, 25), HolidayRegion.NRW) in days  # the day itself
    assert (date(2027, 1, 1), HolidayRegion.JAPAN) in days  # seven days on, next year
    assert days == sorted(days)
    assert not holidays_between(date(2026, 1, 2), date(2026, 1, 1))
