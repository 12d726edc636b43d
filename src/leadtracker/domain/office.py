"""The office's own time: Düsseldorf, where days and deadlines are counted."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

OFFICE_TIMEZONE = ZoneInfo("Europe/Berlin")


def office_date(moment: datetime) -> date:
    """The calendar day in Düsseldorf at ``moment`` (an aware datetime)."""
    return moment.astimezone(OFFICE_TIMEZONE).date()
