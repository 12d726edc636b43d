"""Benchmark: what the readers' bounds cost a normal import, against another copy of the code.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python benchmarks/import_bounds.py --before OTHER/src [--rows 10000] [--runs 7]

``OTHER/src`` is the ``src`` folder of a checkout without the bounds (e.g.
``git archive <commit> src | tar -x -C OTHER``). The same 10,000-row
workbook (:mod:`benchmarks.import_speed`) is imported into a new database
by each copy in turn, alternating, each run in a fresh process; the medians
of the whole import and of reading the sheet alone are printed. This is
not a test.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

from benchmarks.import_speed import write_files

_RUN = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from leadtracker.db.database import open_database
    from leadtracker.services.importing.companies import import_companies
    from leadtracker.services.importing.spreadsheet_files import read_sheet
    path, target = Path(sys.argv[1]), Path(sys.argv[2])
    started = time.perf_counter()
    read_sheet(path)
    read = time.perf_counter() - started
    database = open_database(target)
    started = time.perf_counter()
    import_companies(database.sessions, database.search, path)
    whole = time.perf_counter() - started
    database.close()
    print(read, whole)
    """
)


def _run(source: Path, workbook: Path, target: Path) -> tuple[float, float]:
    result = subprocess.run(
        [sys.executable, "-c", _RUN, str(workbook), str(target)],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(source), "PATH": "/usr/bin:/bin"},
    )
    read, whole = result.stdout.split()
    return float(read), float(whole)


def main() -> None:
    """Write the workbook, import it alternately with both copies, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="src folder without bounds")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    after = Path(__file__).resolve().parents[1] / "src"
    times: dict[str, list[tuple[float, float]]] = {"before": [], "after": []}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        _, workbook = write_files(folder, args.rows)
        for run in range(args.runs):
            for label, source in (("before", args.before), ("after", after)):
                target = folder / f"{label}-{run}.sqlite"
                times[label].append(_run(source, workbook, target))
    for label, runs in times.items():
        read = statistics.median(r for r, _ in runs)
        whole = statistics.median(w for _, w in runs)
        print(f"{label}: reading {read:.3f} s, whole import {whole:.2f} s (medians of {len(runs)})")


if __name__ == "__main__":
    main()
