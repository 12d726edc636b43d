"""The background runner: results back on the UI thread, errors in one dialog, Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from leadtracker.domain.errors import ValidationError
from leadtracker.ui.background import BackgroundRunner, PoolJob, Progress


def _runner(qtbot: QtBot) -> tuple[QWidget, BackgroundRunner]:
    parent = QWidget()
    qtbot.addWidget(parent)
    return parent, BackgroundRunner(parent)


def _close_next_message(seen: list[QMessageBox]) -> Callable[[], None]:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)
            box.done(0)
        else:  # not there yet: look again shortly
            QTimer.singleShot(20, close)

    return close


def test_work_runs_off_the_ui_thread_and_reports_back_on_it(qtbot: QtBot) -> None:
    _parent, runner = _runner(qtbot)
    threads: dict[str, threading.Thread] = {}
    results: list[int] = []

    def work(_progress: Progress) -> int:
        threads["work"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        threads["done"] = threading.current_thread()
        results.append(result)

    runner.run(work, done, error_title="Failed")
    assert runner.busy
    qtbot.waitUntil(lambda: results == [42], timeout=3000)
    assert threads["work"] is not threading.main_thread()
    assert threads["done"] is threading.main_thread()
    assert not runner.busy


def test_a_users_mistake_shows_its_message_and_no_traceback(qtbot: QtBot) -> None:
    _parent, runner = _runner(qtbot)

    def work(_progress: Progress) -> None:
        raise ValidationError.single("title", "Title", "enter a title")

    seen: list[QMessageBox] = []
    QTimer.singleShot(0, _close_next_message(seen))
    runner.run(work, lambda _r: None, error_title="Not saved")
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0].windowTitle() == "Not saved"
    assert seen[0].text() == "Title: enter a title"
    assert seen[0].detailedText() == ""


def test_a_file_that_cannot_be_written_says_so_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    _parent, runner = _runner(qtbot)

    def work(_progress: Progress) -> None:
        (tmp_path / "no such folder" / "dossier.pdf").write_bytes(b"%PDF")

    seen: list[QMessageBox] = []
    QTimer.singleShot(0, _close_next_message(seen))
    runner.run(work, lambda _r: None, error_title="The document could not be saved")
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "No such file or directory" in seen[0].text()
    assert "no such folder" in seen[0].text()
    assert seen[0].detailedText() == ""  # not a bug: no traceback


def test_a_bug_shows_its_details(qtbot: QtBot) -> None:
    _parent, runner = _runner(qtbot)

    def work(_progress: Progress) -> None:
        raise ZeroDivisionError("division by zero")

    seen: list[QMessageBox] = []
    QTimer.singleShot(0, _close_next_message(seen))
    runner.run(work, lambda _r: None, error_title="Failed")
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "did not expect" in seen[0].text()
    assert "ZeroDivisionError" in seen[0].detailedText()


def test_cancel_stops_the_work_at_its_next_progress_call(qtbot: QtBot) -> None:
    parent, runner = _runner(qtbot)
    started = threading.Event()
    steps: list[int] = []
    finished: list[object] = []

    def work(progress: Progress) -> str:
        for step in range(200):
            progress(f"step {step}", step / 200)
            steps.append(step)
            started.set()
            threading.Event().wait(0.01)
        return "finished"

    runner.run(
        work,
        finished.append,
        error_title="Failed",
        progress_title="Working …",
        cancellable=True,
    )
    assert started.wait(3)
    [dialog] = parent.findChildren(QProgressDialog)
    dialog.canceled.emit()  # what the Cancel button does
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert finished == []  # cancelled work reports nothing, not even an error
    assert len(steps) < 200


def test_a_job_ending_after_its_window_closed_is_dropped_quietly(qtbot: QtBot) -> None:
    parent = QWidget()
    runner = BackgroundRunner(parent)
    release = threading.Event()
    results: list[int] = []
    runner.run(lambda _p: (release.wait(3), 7)[1], results.append, error_title="Failed")
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(runner), timeout=3000)
    release.set()
    QThreadPool.globalInstance().waitForDone(3000)
    qtbot.wait(50)  # the queued result arrives and finds no runner
    assert results == []


def test_a_pool_job_reports_on_the_ui_thread_frees_its_signals_and_skips_a_deleted_owner(
    qtbot: QtBot,
) -> None:
    """The one job of runners and list reads: results and errors arrive on the UI thread."""
    app = QCoreApplication.instance()
    assert app is not None
    signals_before = len(app.children())
    gone, kept = QObject(), QObject()
    release = threading.Event()
    arrived: list[tuple[str, object, bool]] = []

    def work(_progress: Progress) -> str:
        release.wait(3)
        if threading.current_thread() is threading.main_thread():
            raise AssertionError("the work ran on the UI thread")
        return "read"

    def failing(_progress: Progress) -> str:
        raise LookupError("no such page")

    def to(name: str) -> Callable[[object], None]:
        def arrive(value: object) -> None:
            arrived.append((name, value, threading.current_thread() is threading.main_thread()))

        return arrive

    pool = QThreadPool.globalInstance()
    for name, owner, call in (("gone", gone, work), ("kept", kept, work), ("error", None, failing)):
        pool.start(PoolJob(call, on_done=to(name), on_failed=to(name), owner=owner))
    shiboken6.delete(gone)
    release.set()
    qtbot.waitUntil(lambda: len(arrived) == 2, timeout=3000)
    pool.waitForDone(3000)
    qtbot.wait(50)  # the last queued end (if any) and the deferred deletes
    assert sorted((name, str(value), ui) for name, value, ui in arrived) == [
        ("error", "no such page", True),
        ("kept", "read", True),
    ]
    assert len(app.children()) == signals_before  # each job's signals object was deleted


def test_a_damaged_file_is_told_apart_from_other_errors() -> None:
    import sqlite3  # noqa: PLC0415

    from sqlalchemy.exc import DatabaseError, OperationalError  # noqa: PLC0415

    from leadtracker.services.opening import is_damage  # noqa: PLC0415

    damaged = DatabaseError(
        "SELECT 1", None, sqlite3.DatabaseError("database disk image is malformed")
    )
    locked = OperationalError("SELECT 1", None, sqlite3.OperationalError("database is locked"))
    assert is_damage(damaged)
    assert not is_damage(locked)
    assert not is_damage(ValueError("malformed"))
