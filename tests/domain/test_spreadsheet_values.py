"""Dates, numbers, money and yes/no as people type them into German and English spreadsheets."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from leadtracker.domain.spreadsheet_values import (
    CellValueError,
    read_date,
    read_decimal,
    read_moment,
    read_money,
    read_whole_number,
    read_yes_no,
)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("21.11.2026", date(2026, 11, 21)),
        ("1.4.2025", date(2025, 4, 1)),
        ("21.11.26", date(2026, 11, 21)),
        ("01.01.99", date(1999, 1, 1)),
        ("2026-11-21", date(2026, 11, 21)),
        ("2026/11/21", date(2026, 11, 21)),
        ("２０２６－１１－２１", date(2026, 11, 21)),  # full-width, typed with a Japanese IME
        (" 21.11.2026 ", date(2026, 11, 21)),
        (datetime(2026, 11, 21, 14, 30), date(2026, 11, 21)),  # a cell Excel stored as a date
        (date(2026, 11, 21), date(2026, 11, 21)),
        ("", None),
        (None, None),
    ],
)
def test_dates(typed: object, day: date | None) -> None:
    assert read_date(typed) == day


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("31.02.2026", "“31.02.2026” is a day that does not exist"),
        ("11/21/2026", "“11/21/2026” is not a date; write 21.11.2026 or 2026-11-21"),
        ("morgen", "“morgen” is not a date"),
    ],
)
def test_bad_dates_say_what_was_expected(typed: str, message: str) -> None:
    with pytest.raises(CellValueError, match=message):
        read_date(typed)


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("1.500.000,50", Decimal("1500000.50")),
        ("1,500,000.50", Decimal("1500000.50")),
        ("1500000.50", Decimal("1500000.50")),
        ("1500000,50", Decimal("1500000.50")),
        ("€ 1 500 000", Decimal("1500000")),
        ("1.500.000 €", Decimal("1500000")),
        ("12.500", Decimal("12500")),  # a German thousands dot
        ("12.5", Decimal("12.5")),
        ("1,500,000", Decimal("1500000")),
        ("2,5", Decimal("2.5")),
        ("1'500'000", Decimal("1500000")),  # Swiss grouping
        ("-1.250,00 EUR", Decimal("-1250.00")),
        ("１２３", Decimal("123")),
        (42, Decimal(42)),
        (2.5, Decimal("2.5")),
        ("", None),
    ],
)
def test_numbers_in_german_and_english_notation(typed: object, number: Decimal | None) -> None:
    assert read_decimal(typed) == number


def test_money_whole_numbers_and_yes_no() -> None:
    assert read_money("1.250.000") == Decimal("1250000.00")
    with pytest.raises(CellValueError, match="negative"):
        read_money("-5")
    with pytest.raises(CellValueError, match="fractions of a cent"):
        read_money("10,0051")  # a decimal comma: 10.0051 €
    with pytest.raises(CellValueError, match="is not a number"):
        read_decimal("zwölf")
    assert read_whole_number("1.200") == 1200
    with pytest.raises(CellValueError, match="not a whole number"):
        read_whole_number("12,5")
    assert [read_yes_no(v) for v in ("ja", "Nein", "x", "", "TRUE", "はい", None)] == [
        True,
        False,
        True,
        False,
        True,
        True,
        False,
    ]
    with pytest.raises(CellValueError, match="neither yes nor no"):
        read_yes_no("vielleicht")


TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("2026-05-15T14:30:00+02:00", datetime(2026, 5, 15, 12, 30, tzinfo=UTC)),
        ("15.05.2026 14:30", datetime(2026, 5, 15, 14, 30, tzinfo=TOKYO)),
        ("2026-05-15 14:30:15", datetime(2026, 5, 15, 14, 30, 15, tzinfo=TOKYO)),
        ("15.05.2026", datetime(2026, 5, 15, tzinfo=TOKYO)),
        (datetime(2026, 5, 15, 14, 30), datetime(2026, 5, 15, 14, 30, tzinfo=TOKYO)),
        (date(2026, 5, 15), datetime(2026, 5, 15, tzinfo=TOKYO)),
        ("", None),
        (None, None),
    ],
)
def test_moments_without_a_zone_are_in_the_zone_given(typed: object, moment: object) -> None:
    assert read_moment(typed, TOKYO) == moment


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("gestern 12:00", "is not a date and time; write 15.05.2026 14:30"),
        ("15.05.2026 25:00", "has a time that does not exist"),
    ],
)
def test_bad_moments_say_what_was_expected(typed: str, message: str) -> None:
    with pytest.raises(CellValueError, match=message):
        read_moment(typed, TOKYO)
