"""Benchmark: export a large demo database's tables to XLSX and CSV.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python benchmarks/export_speed.py                  # 100,000 companies
    .venv/bin/python benchmarks/export_speed.py --companies 20000
    .venv/bin/python benchmarks/export_speed.py --db big.sqlite    # reuse a database

Builds (or reuses) a demo database -- 100,000 companies have some 125,000
projects -- then times, each in a fresh process (so that its peak memory is
the export's own):

* the Projects table alone as a workbook (target: under 10 s for 100,000 projects);
* all five tables as one workbook;
* the Projects table as CSV, and all five tables as CSV files.

It prints rows, seconds, rows per second, file size and peak RSS (with the
peak before the export began: the interpreter, libraries and open database). Figures go
to ``docs/benchmarks.md``; this is not a test.
"""

from __future__ import annotations

import argparse
import multiprocessing
import platform
import resource
import sqlite3
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from leadtracker.db.database import open_database
from leadtracker.services.demo.loader import DemoService
from leadtracker.services.exporting.exports import ExportService


@dataclass(frozen=True)
class Measurement:
    """One export: what was written and what it cost."""

    name: str
    rows: int
    seconds: float
    bytes: int
    base_rss_kib: int  # peak RSS before the export: Python, the libraries, an open database
    peak_rss_kib: int


def build(path: Path, companies: int, seed: int) -> float:
    """Write the demo data set; returns the seconds it took."""
    database = open_database(path)
    try:
        report = DemoService(database.sessions, database.search).generate(companies, seed=seed)
    finally:
        database.close()
    return report.seconds


def export(database_path: Path, kind: str, out: Path) -> Measurement:
    """Run one export (in a fresh helper process): ``xlsx-projects``, ``xlsx-all``, ``csv-…``."""
    database = open_database(database_path)
    service = ExportService(database.sessions)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    try:
        if kind == "xlsx-projects":
            report = service.to_xlsx(out / "projects.xlsx", ["projects"])
        elif kind == "xlsx-all":
            report = service.to_xlsx(out / "all.xlsx")
        elif kind == "csv-projects":
            report = service.to_csv(out / "projects.csv", "projects")
        else:
            folder = out / "csv"
            folder.mkdir(exist_ok=True)
            report = service.to_csv_folder(folder)
    finally:
        database.close()
    size = sum(path.stat().st_size for path in report.paths)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return Measurement(kind, report.total_rows, report.seconds, size, base, peak)


def measure(database_path: Path, out: Path) -> list[Measurement]:
    """Every export, each in a new process started from scratch (spawn)."""
    results = []
    context = multiprocessing.get_context("spawn")
    for kind in ("xlsx-projects", "xlsx-all", "csv-projects", "csv-all"):
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            results.append(pool.submit(export, database_path, kind, out).result())
    return results


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--db", type=Path, help="use (or create) this database file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        path = args.db or Path(scratch) / "benchmark.sqlite"
        if not path.exists():
            seconds = build(path, args.companies, args.seed)
            print(f"demo data: {args.companies} companies in {seconds:.1f} s")
        print(f"database: {path.stat().st_size / 2**20:.0f} MiB")
        out = Path(scratch) / "exports"
        out.mkdir()
        results = measure(path, out)
    print(
        f"machine: {platform.machine()}, {multiprocessing.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )
    print(
        f"{'export':<14} {'rows':>9} {'seconds':>8} {'rows/s':>8} {'MiB':>7} "
        f"{'peak RSS (before)':>18}"
    )
    for m in results:
        print(
            f"{m.name:<14} {m.rows:>9,} {m.seconds:>8.1f} {m.rows / m.seconds:>8,.0f} "
            f"{m.bytes / 2**20:>7.1f} {m.peak_rss_kib / 1024:>7.0f} MiB "
            f"({m.base_rss_kib / 1024:.0f} MiB)"
        )


if __name__ == "__main__":
    main()
