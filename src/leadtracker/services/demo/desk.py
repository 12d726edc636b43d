"""The desk of the demo: its staff, the partners it works with, the events it goes to."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from leadtracker.services.demo.catalogue import KNOWN_PARTNERS, RECURRING_EVENTS, TOKYO_SEMINAR_2017
from leadtracker.services.demo.chunks import DemoRows
from leadtracker.services.demo.stored import stored_day


def staff_initials(names: Sequence[tuple[str, str]]) -> list[str]:
    """Unique initials of letters only: given and family name's first letters, a third if taken.

    >>> staff_initials([("Anna", "Berg"), ("Arne", "Brandt")])
    ['AB', 'ABR']
    """
    taken: set[str] = set()
    result = []
    for given, family in names:
        first = [c for c in given if c.isalpha()] or ["X"]
        last = [c for c in family if c.isalpha()] or ["X"]
        candidates = [
            f"{first[0]}{last[0]}",
            *(f"{first[0]}{last[0]}{c}" for c in last[1:]),
            *(f"{first[0]}{c}{last[0]}" for c in first[1:]),
            *(f"{first[0]}{last[0]}{chr(c)}" for c in range(ord("A"), ord("Z") + 1)),
        ]
        initials = next(c.upper() for c in candidates if c.upper() not in taken)
        taken.add(initials)
        result.append(initials)
    return result


def add_desk(
    rows: DemoRows, staff: Sequence[tuple[str, str]], start: date, today: date
) -> dict[int, list[int]]:
    """Add the staff (given and family names), partners and events; the events' ids by year."""
    initials = staff_initials(staff)
    for i, ((given, family), short) in enumerate(zip(staff, initials, strict=True), start=1):
        email = f"{given}.{family}@duesseldorf.example".lower()
        rows.users.append((i, f"{given} {family}", short, email, 1))
    for i, (name, kind, web) in enumerate(KNOWN_PARTNERS, start=1):
        rows.partners.append((i, name, kind.value, f"https://{web}" if web else "", ""))
    events_by_year: dict[int, list[int]] = {}
    event_id = 0
    last_day = today.toordinal() + 90
    for year in range(start.year, today.year + 1):
        for name, organiser, location, month, day in RECURRING_EVENTS:
            when = date(year, month, day)
            if when.toordinal() > last_day:
                continue
            event_id += 1
            org = None if organiser is None else organiser + 1
            rows.events.append((event_id, f"{name} {year}", stored_day(when), location, org, ""))
            events_by_year.setdefault(year, []).append(event_id)
    if start.year <= 2017 <= today.year:
        event_id += 1
        name, venue = TOKYO_SEMINAR_2017
        rows.events.append((event_id, name, stored_day(date(2017, 9, 13)), venue, 2, ""))
        events_by_year[2017].append(event_id)
    return events_by_year
