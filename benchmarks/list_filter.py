"""Benchmark: the lists' quick filter in the services, on a large demo database.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python -m benchmarks.list_filter --db demo-100k.sqlite     # reuse a database
    .venv/bin/python -m benchmarks.list_filter --companies 100000 --rounds 5

For each list (projects, contacts, companies) and filter text it times what
the app reads for a new filter text: the count (capped at 1,001, as the app
asks) and the first page of 100 rows, in the list's default order -- the
read that runs in the background after each keystroke, without the painting.
The texts are companies' names (which now find their projects and contacts)
and the texts of ``ui_latency.py``. It prints the median and 95th percentile
per list and per text. Figures go to ``docs/benchmarks.md``; this is not a test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from leadtracker.db.database import open_database
from leadtracker.services.demo.loader import DemoService
from leadtracker.services.lists.base import ListQuery, PagedList
from leadtracker.services.lists.companies import CompanyList
from leadtracker.services.lists.contacts import ContactList
from leadtracker.services.lists.projects import ProjectList

#: Names of companies of the demo data: the English, German, Japanese and kana forms.
COMPANY_TEXTS = (
    "Seiko Epson",
    "Epson Deutschland",
    "セイコーエプソン",
    "ｾｲｺｰｴﾌﾟｿﾝ",
    "takahashi electric",
    "高橋電機",
    "Mitsubishi Electric",
    "Wacom",
)
#: The texts of the UI benchmark (``ui_latency.FILTER_TEXTS``).
OTHER_TEXTS = ("takahashi", "山田", "山", "e", "ta", "düsseldorf", "ｴﾌﾟｿﾝ")
PAGE = 100
CAP = 1001


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile (0-1) of ``values`` by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[max(1, round(share * len(ordered))) - 1]


def measure(path: Path, rounds: int) -> dict[str, list[float]]:
    """Milliseconds per count + first page, by list, by list and text class, by list and text."""
    database = open_database(path, create=False)
    lists: dict[str, PagedList[object]] = {
        "projects": ProjectList(database.sessions, database.search),  # type: ignore[dict-item]
        "contacts": ContactList(database.sessions, database.search),  # type: ignore[dict-item]
        "companies": CompanyList(database.sessions, database.search),  # type: ignore[dict-item]
    }
    timings: dict[str, list[float]] = {}
    try:
        for round_number in range(rounds + 1):  # round 0 warms the caches
            for name, paged in lists.items():
                for group, texts in (("company names", COMPANY_TEXTS), ("other", OTHER_TEXTS)):
                    for text in texts:
                        started = time.perf_counter()
                        paged.first_page(ListQuery(text=text), PAGE, cap=CAP)
                        elapsed = (time.perf_counter() - started) * 1000
                        if round_number:
                            for key in (name, f"{name}, {group}", f"{name} “{text}”"):
                                timings.setdefault(key, []).append(elapsed)
    finally:
        database.close()
    return timings


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="use (or create) this database file")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = args.db or Path(scratch) / "benchmark.sqlite"
        if not path.exists():
            database = open_database(path)
            DemoService(database.sessions, database.search).generate(args.companies)
            database.close()
        timings = measure(path, args.rounds)
    print(f"{'count + first page':<40} {'n':>4} {'median ms':>10} {'p95 ms':>8}")
    for name, values in timings.items():
        print(
            f"{name:<40} {len(values):>4} {statistics.median(values):>10.1f} "
            f"{percentile(values, 0.95):>8.1f}"
        )


if __name__ == "__main__":
    main()
