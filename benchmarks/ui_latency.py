"""Benchmark of the desktop app on a large database: start time, typing latency, memory.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python -m benchmarks.ui_latency                    # builds 100,000 companies
    .venv/bin/python -m benchmarks.ui_latency --db big.sqlite    # reuse a database

It measures, offscreen (``QT_QPA_PLATFORM=offscreen``):

* **start**: from launching a new Python process to the main window shown
  with *My day* loaded (the first page) -- ``--starts`` times;
* **quick filter**: from the last keystroke in a list's filter field to the
  rows of the whole text shown (read in the background, no typing pause),
  for each list and text;
* **global search**: the same for the search page (what Ctrl+K shows; it
  waits for a 50 ms typing pause);
* **memory**: the resident set of the process after all of that.

Figures go to ``docs/benchmarks.md``; this is not a test.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from benchmarks.bundle_start import time_starts  # the same start as the bundle's
from leadtracker.db.database import open_database
from leadtracker.services.demo.loader import DemoService
from leadtracker.services.registry import Services
from leadtracker.ui.lists.paged_table_model import PagedTableModel, RowT
from leadtracker.ui.lists.record_list_view import RecordListView
from leadtracker.ui.search.search_dialog import SearchDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from leadtracker.ui.shell.startup import install_japanese_font

FILTER_TEXTS = ("takahashi", "山田", "山", "e", "ta", "düsseldorf", "ｴﾌﾟｿﾝ", "Seiko Epson")
SEARCH_TEXTS = ("epson", "山田", "山", "e", "yamada taro", "ｴﾌﾟｿﾝ", "medienhafen")


def measure_starts(path: Path, starts: int) -> list[float]:
    """Seconds from launching ``python -m leadtracker gui`` to a usable window, ``starts`` times.

    The real entry point, as a user starts it (``--quit-when-ready``: the main
    window shown with *My day* loaded), with settings in a scratch home.
    """
    return time_starts([sys.executable, "-m", "leadtracker"], path, starts)


def _filter_typing(desk: Desk, page: RecordListView[RowT]) -> list[tuple[str, float]]:
    """Each filter text typed into the list ``page`` (then none): milliseconds until shown."""
    desk.window.show_page(page)
    typed = []
    for text in (*FILTER_TEXTS, ""):
        # Shown: the rows of the whole text (not of a text typed before it).
        elapsed = _type(page.filter_edit, text, view=page.table, shown=_rows_for(page.model, text))
        typed.append((text, elapsed))
    return typed


def measure_typing(path: Path, rounds: int) -> dict[str, list[float]]:
    """Milliseconds from the last keystroke to results shown, per list and text."""
    app = QApplication([])
    install_japanese_font(app)
    timings: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as settings_dir:
        database = open_database(path, create=False)
        settings = QSettings(str(Path(settings_dir) / "t.ini"), QSettings.Format.IniFormat)
        desk = Desk(Services.on(database), AppSettings(settings))
        desk.window.resize(1280, 800)
        desk.window.show()
        for round_number in range(rounds + 1):  # round 0 warms the caches
            for name, typed in (
                ("projects", _filter_typing(desk, desk.projects)),
                ("companies", _filter_typing(desk, desk.companies)),
                ("contacts", _filter_typing(desk, desk.contacts)),
            ):
                for text, elapsed in typed:
                    if round_number and text:
                        timings.setdefault(f"filter {name}", []).append(elapsed)
                        timings.setdefault(f"filter {name} “{text}”", []).append(elapsed)
            dialog = SearchDialog(desk.services.search, desk.window)  # what Ctrl+K opens
            dialog.show()
            panel = dialog.panel
            for text in SEARCH_TEXTS:
                elapsed = _type(panel.query_edit, text, view=panel.results_view)
                if round_number:
                    timings.setdefault("global search", []).append(elapsed)
                    timings.setdefault(f"global search “{text}”", []).append(elapsed)
        desk.window.close()
        database.close()
    return timings


def _wait(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _type(
    field: QLineEdit,
    text: str,
    *,
    view: QAbstractItemView,
    shown: Callable[[], bool] = lambda: True,
) -> float:
    """Type ``text`` a key at a time (40 ms apart); ms until the view shows its results.

    Results are shown when the view's model was reset after the last keystroke
    and ``shown`` agrees, and the view has painted them.
    """
    model = view.model()
    field.setText(text[:1])
    for end in range(2, len(text) + 1):
        _wait(40)
        field.setText(text[:end])
    last_key = time.perf_counter()
    waiting = QEventLoop()

    def on_reset() -> None:
        if shown():
            waiting.quit()

    reset = model.modelReset.connect(on_reset)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(waiting.quit)
    deadline.start(3000)
    waiting.exec()
    QObject.disconnect(reset)
    view.viewport().repaint()
    return (time.perf_counter() - last_key) * 1000


def _rows_for(model: PagedTableModel[RowT], text: str) -> Callable[[], bool]:
    """Whether ``model`` shows the rows read for the filter ``text``."""
    return lambda: model.query.text == text


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile (0-1) of ``values`` by the nearest-rank method."""
    ordered = sorted(values)
    return ordered[max(1, round(share * len(ordered))) - 1]


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="use (or create) this database file")
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        path = args.db or Path(scratch) / "benchmark.sqlite"
        if not path.exists():
            database = open_database(path)
            DemoService(database.sessions, database.search).generate(args.companies)
            database.close()
        starts = measure_starts(path, args.starts)
        timings = measure_typing(path, args.rounds)
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"database: {path}")
    print(
        f"start to usable window: median {statistics.median(starts):.2f} s, "
        f"max {max(starts):.2f} s over {len(starts)} starts"
    )
    print(f"{'after the last keystroke':<44} {'n':>4} {'median ms':>10} {'p95 ms':>8}")
    for name, values in timings.items():
        print(
            f"{name:<44} {len(values):>4} {statistics.median(values):>10.1f} "
            f"{percentile(values, 0.95):>8.1f}"
        )
    print(f"peak resident memory of the measuring process: {rss_mib:.0f} MiB")


if __name__ == "__main__":
    main()
