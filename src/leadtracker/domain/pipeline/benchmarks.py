"""The city's benchmarks that the Japan Desk's figures are measured against.

The one the council asks about: about 15 to 20 new Japanese companies land in
Düsseldorf a year (the Japan Desk's own figure). A benchmark is given per year; for a
quarter or a date range it is scaled to the period's length.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from leadtracker.domain.pipeline.periods import Period

_DAYS_PER_YEAR = 365.25


class Standing(StrEnum):
    """Where a figure stands against a benchmark's range."""

    BELOW = "below"
    WITHIN = "within"
    ABOVE = "above"


@dataclass(frozen=True)
class YearlyBenchmark:
    """A range a figure should fall in per year, e.g. 15–20 companies landed."""

    low: int
    high: int

    def __post_init__(self) -> None:
        if not 0 <= self.low <= self.high:
            raise ValueError("a benchmark needs 0 <= low <= high")

    def expected(self, period: Period) -> tuple[float, float]:
        """The range for ``period``: as it is for a year, scaled by length otherwise."""
        share = 1.0 if period.is_year else period.days / _DAYS_PER_YEAR
        return self.low * share, self.high * share

    def standing(self, count: int, period: Period) -> Standing:
        """Whether ``count`` in ``period`` is below, within or above the expected range."""
        low, high = self.expected(period)
        if count < low:
            return Standing.BELOW
        if count > high:
            return Standing.ABOVE
        return Standing.WITHIN


#: New Japanese companies landed (branch opened) per year.
LANDED_PER_YEAR = YearlyBenchmark(15, 20)
