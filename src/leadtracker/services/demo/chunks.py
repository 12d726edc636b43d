"""The demo data set cut into chunks of companies, and the random source each chunk draws from.

Each chunk's record counts, and so its first ids, are planned up front
(:func:`plan_chunks`), so chunks can be built in any order or process and
always give the same data for the same seed.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from typing import TypeVar

T = TypeVar("T")


@dataclass
class DemoRows:
    """Every generated row, by table, as tuples in the ``*_COLUMNS`` order (stored values)."""

    users: list[tuple[object, ...]] = field(default_factory=list)
    partners: list[tuple[object, ...]] = field(default_factory=list)
    events: list[tuple[object, ...]] = field(default_factory=list)
    companies: list[tuple[object, ...]] = field(default_factory=list)
    company_keys: list[tuple[object, ...]] = field(default_factory=list)
    contacts: list[tuple[object, ...]] = field(default_factory=list)
    projects: list[tuple[object, ...]] = field(default_factory=list)
    stage_changes: list[tuple[object, ...]] = field(default_factory=list)
    activities: list[tuple[object, ...]] = field(default_factory=list)
    activity_contacts: list[tuple[object, ...]] = field(default_factory=list)
    tasks: list[tuple[object, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class ChunkPlan:
    """What one chunk holds: its companies, how many records each gets, the first ids."""

    index: int
    first_company: int
    contacts: tuple[int, ...]  # per company
    activities: tuple[tuple[int, ...], ...]  # per company, per project
    first_contact: int
    first_project: int
    first_activity: int


def plan_chunks(seed: int, companies: int, size: int) -> list[ChunkPlan]:
    """Split the data set into chunks whose record counts, and so ids, are known up front.

    Chunks hold ``size`` companies, the first three 1/8, 1/4 and 1/2 of that.

    Only the counts are drawn here (from their own random stream); everything
    else is drawn per chunk. Chunks can therefore be built independently, in
    any order or process, and always give the same data for the same seed.
    """
    rng = Dice(f"{seed}/plan")
    plans: list[ChunkPlan] = []
    contact = project = activity = 1
    first = 1
    while first <= companies:
        # The first chunks are small, so that writing can start early.
        count = min(size >> max(0, 3 - len(plans)), companies - first + 1)
        contacts = tuple(rng.weighted((1, 2, 3), (40, 40, 20)) for _ in range(count))
        activities = tuple(
            tuple(rng.between(2, 5) for _ in range(1 + (rng.random() < 0.25))) for _ in range(count)
        )
        plans.append(ChunkPlan(len(plans), first, contacts, activities, contact, project, activity))
        first += count
        contact += sum(contacts)
        project += sum(len(a) for a in activities)
        activity += sum(sum(a) for a in activities)
    return plans


class Dice(random.Random):
    """A seeded random source with fast shortcuts (``randint`` and ``choices`` are slow)."""

    def pick(self, items: Sequence[T]) -> T:
        """One item, uniformly."""
        return items[int(self.random() * len(items))]

    def between(self, low: int, high: int) -> int:
        """An integer from ``low`` to ``high`` inclusive."""
        return low + int(self.random() * (high - low + 1))

    def weighted(self, items: Sequence[T], weights: tuple[float, ...]) -> T:
        """One item, with the given relative weights."""
        cumulative = _cumulative(weights)
        return items[bisect(cumulative, self.random() * cumulative[-1])]


@cache
def _cumulative(weights: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(accumulate(weights))


def unique(make: Callable[[], T], count: int) -> list[T]:
    """``count`` different results of ``make`` (fewer if it repeats itself too much)."""
    seen: dict[T, None] = {}
    for _ in range(count * 20):
        seen[make()] = None
        if len(seen) >= count:
            break
    return list(seen)
