"""What the data-safety checks cost: a backup checked before it is kept, the check before a write.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.data_safety --db demo.sqlite [--rounds 5]

For the database given it times, in alternating rounds so that the machine's
noise falls on both alike:

- a backup copied only (what LeadTracker did before) against one copied and
  then fully checked (``integrity_check``) before it is renamed into place;
- the quick check every command that writes runs first (``quick_check``);
- a restore of that backup, which takes the write lock and copies the
  current file aside first.

It prints the median of each and the ratio of checked to unchecked backups.
Figures go to ``docs/benchmarks.md``; this is not a test.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from leadtracker.db.backup import backup_file
from leadtracker.db.migrate import shipped_revisions
from leadtracker.db.restore import restore
from leadtracker.db.sqlite_files import integrity


def timed(action: Callable[[], object]) -> float:
    """Seconds ``action`` takes."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a LeadTracker database")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    database: Path = args.db
    size = database.stat().st_size / 1_048_576
    figures: dict[str, list[float]] = {"copy": [], "copy+check": [], "quick": [], "restore": []}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "work.sqlite"
        backup_file(database, work, check=False)  # restores go into a copy, not the original
        target = Path(folder) / "backup.sqlite"
        for _ in range(args.rounds):
            figures["copy"].append(timed(lambda: backup_file(database, target, check=False)))
            figures["copy+check"].append(timed(lambda: backup_file(database, target)))
            figures["quick"].append(timed(lambda: integrity(database, full=False)))
            figures["restore"].append(
                timed(
                    lambda: restore(
                        work, target, shipped_revisions(), folder=Path(folder) / "backups"
                    )
                )
            )
    print(f"{database.name}: {size:.0f} MiB, {args.rounds} alternating rounds (medians)")
    for name, seconds in figures.items():
        print(
            f"  {name:<11} {statistics.median(seconds):7.2f} s   (all: "
            + ", ".join(f"{s:.2f}" for s in seconds)
            + ")"
        )
    ratio = statistics.median(figures["copy+check"]) / statistics.median(figures["copy"])
    print(f"  a checked backup takes {ratio:.1f}x the time of a copy alone")


if __name__ == "__main__":
    main()
