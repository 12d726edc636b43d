"""Benchmark: build a large demo database, then time search over a fixed query list.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python benchmarks/search_latency.py                 # 100,000 companies
    .venv/bin/python benchmarks/search_latency.py --companies 20000 --rounds 5
    .venv/bin/python benchmarks/search_latency.py --db big.sqlite   # reuse a database

It prints the time the demo data took (``leadtracker demo`` does the same
work), the database size, and the median and 95th percentile of the search
latency over every query of the list, each run ``--rounds`` times, overall
and by kind of query. Figures go to ``docs/benchmarks.md``; this is not a test.
"""

from __future__ import annotations

import argparse
import platform
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from leadtracker.db.database import open_database
from leadtracker.services.demo.loader import DemoService
from leadtracker.services.search import SearchService

#: (class, query): Japanese and Latin, short (1-2 characters) and long, hits and misses.
QUERIES: tuple[tuple[str, str], ...] = (
    ("ja short", "山"),
    ("ja short", "田"),
    ("ja short", "山田"),
    ("ja short", "ワ"),
    ("ja short", "諏訪"),
    ("ja long", "ｴﾌﾟｿﾝ"),
    ("ja long", "セイコーエプソン"),
    ("ja long", "やまだ"),
    ("ja long", "高橋電機"),
    ("ja long", "株式会社ワコム"),
    ("ja long", "山田 太郎"),
    ("ja long", "海外事業部"),
    ("ja long", "日本人学校"),
    ("ja long", "デュッセルドルフと"),
    ("latin short", "e"),
    ("latin short", "ta"),
    ("latin short", "ß"),
    ("latin short", "zq"),
    ("latin long", "epson"),
    ("latin long", "EPSON DEUTSCHLAND"),
    ("latin long", "yamada taro"),
    ("latin long", "takahashi electric"),
    ("latin long", "düsseldorf"),
    ("latin long", "medienhafen"),
    ("latin long", "hrb 4711"),
    ("latin long", "nakamura@"),
    ("latin long", "amsterdam"),
    ("latin long", "nirgendwo zu finden"),
)


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile (0-1) of ``values`` by the nearest-rank method."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered)))
    return ordered[rank - 1]


def build(path: Path, companies: int, seed: int) -> float:
    """Write the demo data set; returns the seconds it took."""
    database = open_database(path)
    try:
        report = DemoService(database.sessions, database.search).generate(companies, seed=seed)
    finally:
        database.close()
    return report.seconds


def measure(path: Path, rounds: int) -> dict[str, list[float]]:
    """Milliseconds per search, by class of query (and ``all``)."""
    database = open_database(path)
    search = SearchService(database.sessions, database.search)
    timings: dict[str, list[float]] = {"all": []}
    try:
        for _class, query in QUERIES:  # warm the page cache once, as a running app would be
            search.search(query)
        for _ in range(rounds):
            for kind, query in QUERIES:
                started = time.perf_counter()
                search.search(query)
                elapsed = (time.perf_counter() - started) * 1000
                timings["all"].append(elapsed)
                timings.setdefault(kind, []).append(elapsed)
                timings.setdefault(f"“{query}”", []).append(elapsed)
    finally:
        database.close()
    return timings


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--db", type=Path, help="use (or create) this database file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        path = args.db or Path(scratch) / "benchmark.sqlite"
        if not path.exists():
            seconds = build(path, args.companies, args.seed)
            print(f"demo data: {args.companies} companies in {seconds:.1f} s")
        print(f"database: {path.stat().st_size / 2**20:.0f} MiB")
        timings = measure(path, args.rounds)
    print(
        f"machine: {platform.machine()}, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}"
    )
    print(f"{'queries':<28} {'n':>5} {'median ms':>10} {'p95 ms':>8}")
    for name, values in timings.items():
        print(
            f"{name:<28} {len(values):>5} {statistics.median(values):>10.2f} "
            f"{percentile(values, 0.95):>8.2f}"
        )


if __name__ == "__main__":
    main()
