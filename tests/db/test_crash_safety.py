"""A process killed (SIGKILL) in the middle of an import or of a burst of edits loses nothing saved.

Each kill runs LeadTracker in a child process on a copy of the same database
and kills it after a chosen delay. Afterwards the file must pass SQLite's
full integrity check, an import must be there completely or not at all, and
every edit the child reported saved must be there.

The number of kill points is ``LEADTRACKER_CRASH_POINTS`` (default 12 for
each kind, for CI); the long run for docs/benchmarks.md::

    LEADTRACKER_CRASH_POINTS=100 .venv/bin/python -m pytest tests/db/test_crash_safety.py -s
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from leadtracker.db.database import open_database
from leadtracker.services.companies import CompanyDraft
from tests.conftest import Services
from tests.db.company_names import company_names

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

POINTS = int(os.environ.get("LEADTRACKER_CRASH_POINTS", "12"))
IMPORT_ROWS = 3_000
BASE_COMPANIES = 3

#: The child of the edit test: saves companies one by one, reporting each after its commit.
EDITS = """
import sys
from pathlib import Path
from leadtracker.db.database import open_database
from leadtracker.services.companies import CompanyDraft
from leadtracker.services.registry import Services
db = open_database(Path(sys.argv[1]))
companies = Services.on(db).companies
for number in range(int(sys.argv[2])):
    companies.create(CompanyDraft(name_en=f"Edit {number:05d}"), allow_duplicate=True)
    print(number, flush=True)
"""


def _integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database with a few companies, and the CSV list to import beside it."""
    folder = tmp_path_factory.mktemp("crash")
    path = folder / "base.sqlite"
    db = open_database(path)
    companies = Services.on(db).companies
    for number in range(BASE_COMPANIES):
        companies.create(CompanyDraft(name_en=f"Base {number}"))
    db.close()
    rows = "".join(f"Kill Test {n:05d} K.K.;{n % 47 + 1}\r\n" for n in range(IMPORT_ROWS))
    (folder / "list.csv").write_text("Firma;Präfektur\r\n" + rows, encoding="utf-8")
    return path


def _copy(base: Path, name: str) -> Path:
    target = base.with_name(name)
    shutil.copyfile(base, target)
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    return target


def _killed_after(command: list[str], delay: float) -> subprocess.Popen[bytes]:
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    return child


def test_an_import_killed_anywhere_is_there_whole_or_not_at_all(base: Path) -> None:
    csv = base.with_name("list.csv")

    def command(db: Path) -> list[str]:
        return [sys.executable, "-m", "leadtracker", "--db", str(db), "import", str(csv)]

    whole = _copy(base, "whole.sqlite")
    started = time.perf_counter()
    subprocess.run(command(whole), check=True, capture_output=True)
    duration = time.perf_counter() - started
    assert len(company_names(whole)) == BASE_COMPANIES + IMPORT_ROWS
    outcomes: Counter[str] = Counter()
    for point in range(POINTS):
        delay = duration * (0.15 + 0.9 * point / max(1, POINTS - 1))  # from start-up to the end
        db = _copy(base, f"import-{point}.sqlite")
        with _killed_after(command(db), delay) as child:
            assert child.stdout is not None
        assert _integrity(db) == ["ok"], f"kill after {delay:.2f} s"
        count = len(company_names(db))
        assert count in {BASE_COMPANIES, BASE_COMPANIES + IMPORT_ROWS}, (
            f"{count} after {delay:.2f} s"
        )
        outcomes["all" if count > BASE_COMPANIES else "none"] += 1
    print(f"\nimport of {IMPORT_ROWS} rows ({duration:.2f} s), {POINTS} kills: {dict(outcomes)}")


def test_edits_reported_saved_survive_a_kill(base: Path) -> None:
    lost = 0
    reported_total = 0
    for point in range(POINTS):
        db = _copy(base, f"edits-{point}.sqlite")
        command = [sys.executable, "-c", EDITS, str(db), "100000"]
        delay = 1.0 + 1.5 * point / max(1, POINTS - 1)  # after start-up: edits under way
        with _killed_after(command, delay) as child:
            assert child.stdout is not None
            reported = [int(line) for line in child.stdout.read().split()]
        assert _integrity(db) == ["ok"], f"kill after {delay:.2f} s"
        saved = {name for name in company_names(db) if name.startswith("Edit ")}
        missing = [n for n in reported if f"Edit {n:05d}" not in saved]
        lost += len(missing)
        reported_total += len(reported)
        assert not missing, f"reported saved but lost: {missing[:5]}"
        assert len(saved) in {len(reported), len(reported) + 1}  # at most one not yet reported
    assert reported_total > 0
    print(f"\n{POINTS} kills during edits: {reported_total} edits reported saved, {lost} lost")
