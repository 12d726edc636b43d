"""Periods: boundaries, labels, codes, neighbours, the years of a per-year chart."""

from __future__ import annotations

from datetime import date

import pytest

from leadtracker.domain.errors import ValidationError
from leadtracker.domain.pipeline.benchmarks import LANDED_PER_YEAR, Standing, YearlyBenchmark
from leadtracker.domain.pipeline.periods import Period, PeriodKind, fiscal_year_of


def test_calendar_year_runs_january_to_december() -> None:
    year = Period.calendar_year(2025)
    assert (year.start, year.end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert (year.label, year.code, year.days) == ("2025", "2025", 365)
    assert Period.calendar_year(2024).days == 366


def test_fiscal_year_runs_april_to_march_and_is_named_after_its_start() -> None:
    fy = Period.fiscal_year(2025)
    assert (fy.start, fy.end) == (date(2025, 4, 1), date(2026, 3, 31))
    assert (fy.label, fy.code, fy.year) == ("FY2025", "FY2025", 2025)
    assert Period.fiscal_year(2023).days == 366  # includes 29 February 2024


@pytest.mark.parametrize(
    ("day", "fiscal_year"),
    [
        (date(2026, 3, 31), 2025),
        (date(2026, 4, 1), 2026),
        (date(2025, 4, 1), 2025),
        (date(2025, 1, 1), 2024),
        (date(2025, 12, 31), 2025),
    ],
)
def test_the_fiscal_year_containing_a_day(day: date, fiscal_year: int) -> None:
    assert fiscal_year_of(day) == fiscal_year
    period = Period.containing(PeriodKind.FISCAL_YEAR, day)
    assert period == Period.fiscal_year(fiscal_year)
    assert day in period


def test_fiscal_year_boundaries_belong_to_exactly_one_year() -> None:
    fy2025, fy2026 = Period.fiscal_year(2025), Period.fiscal_year(2026)
    assert date(2026, 3, 31) in fy2025 and date(2026, 3, 31) not in fy2026
    assert date(2026, 4, 1) in fy2026 and date(2026, 4, 1) not in fy2025
    assert date(2025, 3, 31) not in fy2025


@pytest.mark.parametrize(
    ("number", "start", "end"),
    [
        (1, date(2024, 1, 1), date(2024, 3, 31)),
        (2, date(2024, 4, 1), date(2024, 6, 30)),
        (3, date(2024, 7, 1), date(2024, 9, 30)),
        (4, date(2024, 10, 1), date(2024, 12, 31)),
    ],
)
def test_quarters_of_a_calendar_year(number: int, start: date, end: date) -> None:
    quarter = Period.quarter(2024, number)
    assert (quarter.start, quarter.end, quarter.quarter_number) == (start, end, number)
    assert quarter.label == f"Q{number} 2024"
    assert quarter.code == f"2024Q{number}"
    assert Period.containing(PeriodKind.QUARTER, end) == quarter


def test_quarter_number_out_of_range_names_the_field() -> None:
    with pytest.raises(ValidationError) as error:
        Period.quarter(2024, 5)
    assert error.value.fields == ("period",)
    assert "1 to 4" in str(error.value)


def test_date_range_includes_both_ends() -> None:
    span = Period.date_range(date(2025, 1, 1), date(2025, 6, 30))
    assert span.days == 181
    assert date(2025, 1, 1) in span and date(2025, 6, 30) in span
    assert date(2025, 7, 1) not in span
    assert span.label == "1 Jan 2025 – 30 Jun 2025"
    assert span.code == "2025-01-01..2025-06-30"
    assert Period.date_range(date(2025, 5, 2), date(2025, 5, 2)).label == "2 May 2025"


def test_date_range_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError, match="before the first"):
        Period.date_range(date(2025, 6, 30), date(2025, 1, 1))


def test_a_year_kind_must_have_a_years_bounds() -> None:
    with pytest.raises(ValueError, match="not one calendar_year"):
        Period(PeriodKind.CALENDAR_YEAR, date(2025, 2, 1), date(2025, 12, 31))


@pytest.mark.parametrize(
    ("period", "before", "after"),
    [
        (Period.calendar_year(2025), Period.calendar_year(2024), Period.calendar_year(2026)),
        (Period.fiscal_year(2025), Period.fiscal_year(2024), Period.fiscal_year(2026)),
        (Period.quarter(2025, 1), Period.quarter(2024, 4), Period.quarter(2025, 2)),
        (Period.quarter(2025, 4), Period.quarter(2025, 3), Period.quarter(2026, 1)),
        (
            Period.date_range(date(2025, 5, 1), date(2025, 5, 10)),
            Period.date_range(date(2025, 4, 21), date(2025, 4, 30)),
            Period.date_range(date(2025, 5, 11), date(2025, 5, 20)),
        ),
    ],
)
def test_previous_and_next_periods_adjoin(period: Period, before: Period, after: Period) -> None:
    assert period.previous() == before
    assert period.next() == after
    assert (period.previous().end - period.start).days == -1
    assert (period.next().start - period.end).days == 1
    assert period.next().previous() == period


@pytest.mark.parametrize(
    "period",
    [
        Period.calendar_year(2025),
        Period.fiscal_year(2025),
        Period.quarter(2025, 3),
        Period.date_range(date(2025, 1, 1), date(2025, 6, 30)),
    ],
)
def test_codes_parse_back(period: Period) -> None:
    assert Period.parse(period.code) == period


def test_parse_accepts_the_command_line_spellings() -> None:
    assert Period.parse(" fy2025 ") == Period.fiscal_year(2025)
    assert Period.parse("2025-Q3") == Period.quarter(2025, 3)
    assert Period.parse("2025-01-01 .. 2025-01-31").days == 31


@pytest.mark.parametrize("text", ["", "25", "FY25", "2025Q5", "2025-01-01..", "last year"])
def test_parse_refuses_other_text_with_the_field_named(text: str) -> None:
    with pytest.raises(ValidationError) as error:
        Period.parse(text)
    assert error.value.fields == ("period",)


def test_parse_refuses_days_that_do_not_exist() -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        Period.parse("2025-02-30..2025-03-01")


def test_years_outside_the_supported_range_are_refused() -> None:
    with pytest.raises(ValidationError, match="between 1900 and 9000"):
        Period.calendar_year(1066)


def test_years_of_a_per_year_chart_follow_the_kind_of_year() -> None:
    assert [p.code for p in Period.calendar_year(2025).years(3)] == ["2023", "2024", "2025"]
    assert [p.code for p in Period.fiscal_year(2025).years(2)] == ["FY2024", "FY2025"]
    # A quarter or a range is counted in calendar years, up to the one it ends in.
    assert [p.code for p in Period.quarter(2025, 2).years(2)] == ["2024", "2025"]
    span = Period.date_range(date(2024, 11, 1), date(2025, 2, 28))
    assert span.years(1) == (Period.calendar_year(2025),)
    with pytest.raises(ValueError, match="at least 1"):
        span.years(0)


def test_elapsed_share_of_a_period() -> None:
    year = Period.calendar_year(2025)
    assert year.elapsed_share(date(2024, 12, 31)) == 0.0
    assert year.elapsed_share(date(2025, 1, 1)) == pytest.approx(1 / 365)
    assert year.elapsed_share(date(2025, 7, 2)) == pytest.approx(183 / 365)
    assert year.elapsed_share(date(2025, 12, 31)) == 1.0
    assert year.is_year and not Period.quarter(2025, 1).is_year


def test_landed_benchmark_for_a_year_and_scaled_for_a_quarter() -> None:
    year, quarter = Period.fiscal_year(2025), Period.quarter(2025, 1)
    assert LANDED_PER_YEAR.expected(year) == (15, 20)
    low, high = LANDED_PER_YEAR.expected(quarter)
    assert (low, high) == pytest.approx((15 * 90 / 365.25, 20 * 90 / 365.25))
    assert LANDED_PER_YEAR.standing(14, year) is Standing.BELOW
    assert LANDED_PER_YEAR.standing(15, year) is Standing.WITHIN
    assert LANDED_PER_YEAR.standing(20, year) is Standing.WITHIN
    assert LANDED_PER_YEAR.standing(21, year) is Standing.ABOVE
    assert LANDED_PER_YEAR.standing(4, quarter) is Standing.WITHIN
    with pytest.raises(ValueError, match="low <= high"):
        YearlyBenchmark(20, 15)
