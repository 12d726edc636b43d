"""Benchmark of the company import: 10,000 rows from CSV and from XLSX into an empty database.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python benchmarks/import_speed.py [--rows 10000] [--runs 3]

Each run imports into a new database: reading the file, checking every row,
looking for duplicates and saving, all in one transaction.
Figures go to ``docs/benchmarks.md``; this is not a test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import xlsxwriter

from leadtracker.db.database import open_database
from leadtracker.services.importing.companies import import_companies

HEADERS = ["Firma", "Japanischer Name", "Präfektur", "Stadt", "Branche", "Webseite", "Notizen"]


def _row(number: int) -> list[str]:
    return [
        f"Beispiel {number:05d} K.K.",
        f"見本{number:05d}株式会社",
        str(number % 47 + 1),
        "東京都千代田区",
        "Electronics",
        f"https://example-{number}.co.jp",
        "Kontakt über JETRO; Interesse an einem Vertriebsbüro in Düsseldorf.",
    ]


def write_files(folder: Path, rows: int) -> tuple[Path, Path]:
    """The same list as a German CSV (semicolons, UTF-8 with BOM) and as a workbook."""
    csv_path, xlsx_path = folder / "firmen.csv", folder / "firmen.xlsx"
    lines = [";".join(HEADERS), *(";".join(_row(n)) for n in range(1, rows + 1))]
    csv_path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    with xlsxwriter.Workbook(str(xlsx_path), {"constant_memory": True}) as book:
        sheet = book.add_worksheet("Firmen")
        sheet.write_row(0, 0, HEADERS)
        for number in range(1, rows + 1):
            sheet.write_row(number, 0, _row(number))
    return csv_path, xlsx_path


def main() -> None:
    """Write the files, import each into new databases, print the times."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        files = write_files(folder, args.rows)
        for path in files:
            seconds = []
            for run in range(args.runs):
                database = open_database(folder / f"{path.suffix[1:]}-{run}.sqlite")
                started = time.perf_counter()
                report = import_companies(database.sessions, database.search, path)
                seconds.append(time.perf_counter() - started)
                database.close()
                assert report.created == args.rows
            print(
                f"{path.name}: {args.rows} rows, median {statistics.median(seconds):.2f} s, "
                f"max {max(seconds):.2f} s over {args.runs} runs"
            )


if __name__ == "__main__":
    main()
