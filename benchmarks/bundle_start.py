"""Benchmark of the PyInstaller bundle: its size, and how fast its window is usable.

Usage (from the repository root, after ``python3 packaging/bootstrap.py package``)::

    .venv/bin/python benchmarks/bundle_start.py                  # a 2,000-company demo
    .venv/bin/python benchmarks/bundle_start.py --db big.sqlite  # e.g. the 100,000 one

It reports the size of ``dist/LeadTracker/`` and of the ``.tar.gz`` beside it,
then starts the window offscreen (``gui --quit-when-ready``: the main window
shown with *My day* loaded) ``--starts`` times from the bundle and, for
comparison, from the virtual environment, and prints the median and the
slowest start. The first start of each runs with cold caches only if the
machine was just booted; the figures are for warm starts. Figures go to
``docs/benchmarks.md``; this is not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "LeadTracker"


def folder_size(folder: Path) -> int:
    """Bytes of every file under ``folder``."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def time_starts(command: list[str], database: Path, starts: int) -> list[float]:
    """Seconds from launching ``command … gui --quit-when-ready`` to its "ready" line."""
    seconds = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home)
        for _ in range(starts):
            started = time.perf_counter()
            child = subprocess.Popen(
                [*command, "--db", str(database), "gui", "--quit-when-ready"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
            )
            assert child.stdout is not None
            for line in child.stdout:
                if line.strip() == "ready":
                    seconds.append(time.perf_counter() - started)
                    break
            child.wait()
    return seconds


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database to open (default: a new demo)")
    parser.add_argument("--starts", type=int, default=7)
    args = parser.parse_args()
    cli = BUNDLE / ("leadtracker-cli.exe" if os.name == "nt" else "leadtracker-cli")
    if not cli.exists():
        sys.exit("no bundle: run `python3 packaging/bootstrap.py package` first")
    archives = sorted(BUNDLE.parent.glob("LeadTracker-*.tar.gz"))
    print(f"bundle folder: {folder_size(BUNDLE) / 1_048_576:.0f} MiB")
    for archive in archives:
        print(f"{archive.name}: {archive.stat().st_size / 1_048_576:.0f} MiB")
    with tempfile.TemporaryDirectory() as scratch:
        database = args.db
        if database is None:
            database = Path(scratch) / "demo.sqlite"
            subprocess.run(
                [str(cli), "--db", str(database), "demo", "--companies", "2000"],
                check=True,
                capture_output=True,
            )
        for name, command in (
            ("bundle", [str(cli)]),
            ("virtual environment", [sys.executable, "-m", "leadtracker"]),
        ):
            seconds = time_starts(command, database, args.starts)
            print(
                f"start to a usable window, {name}: median {statistics.median(seconds):.2f} s, "
                f"slowest {max(seconds):.2f} s ({len(seconds)} starts)"
            )


if __name__ == "__main__":
    main()
