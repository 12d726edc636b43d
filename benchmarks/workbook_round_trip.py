"""Benchmark: export a demo database as one workbook and import it into an empty database.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python benchmarks/workbook_round_trip.py [--companies 2000] [--runs 3]

Builds a demo database once, exports every table to one workbook, then --
each run into a new database -- imports the whole workbook (every sheet, in
one transaction) and checks that exporting it again gives the same cells
apart from the ``ID`` columns of the sheets no other sheet refers to.
Figures go to ``docs/benchmarks.md``; this is not a test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from python_calamine import CalamineWorkbook

from leadtracker.db.database import open_database
from leadtracker.services.demo.loader import DemoService
from leadtracker.services.exporting.exports import ExportService
from leadtracker.services.importing.entry import import_file


def _cells(path: Path) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        source = open_database(folder / "source.sqlite")
        DemoService(source.sessions, source.search).generate(
            args.companies, seed=1, today=date(2026, 11, 20)
        )
        workbook = folder / "all.xlsx"
        exported = ExportService(source.sessions).to_xlsx(workbook)
        source.close()
        print(f"{exported.total_rows:,} rows in {len(exported.rows)} sheets")
        seconds = []
        for run in range(args.runs):
            target = open_database(folder / f"target-{run}.sqlite")
            started = time.perf_counter()
            report = import_file(target.sessions, target.search, workbook)
            seconds.append(time.perf_counter() - started)
            again = folder / f"again-{run}.xlsx"
            ExportService(target.sessions).to_xlsx(again)
            target.close()
            before, after = _cells(workbook), _cells(again)
            same = all(
                [row[1:] for row in before[name]] == [row[1:] for row in after[name]]
                for name in before
            )
            print(f"run {run + 1}: {report.created:,} records in {seconds[-1]:.1f} s; same: {same}")
        median = statistics.median(seconds)
        print(f"median {median:.1f} s, {exported.total_rows / median:,.0f} rows/s")


if __name__ == "__main__":
    main()
