"""Background work: run a service call on the thread pool, report progress, show errors.

The one way the app runs anything that may take longer than a blink: a
:class:`BackgroundRunner` puts the call on ``QThreadPool.globalInstance()``,
hands the result (or the error) back on the UI thread, and for long work
shows a progress dialog the user may cancel. Every failure ends in
:func:`show_error`, the app's one error dialog: a message for the user's own
mistakes (:class:`~leadtracker.domain.errors.DomainError`), details for
everything else -- never a silent failure, never a frozen window.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Generic, TypeVar, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from leadtracker.domain.errors import DomainError
from leadtracker.services.opening import DatabaseOpenError, StaffNotChosenError, is_damage
from leadtracker.ui.i18n import localized_error, translate

log = logging.getLogger(__name__)

#: What a call off the UI thread returns, handed to its ``on_done``.
ResultT = TypeVar("ResultT")

#: What a long call gets to report with: a step's text and the share done (0.0–1.0).
Progress = Callable[[str, float], None]


class Cancelled(Exception):  # noqa: N818 -- reads as "the work was cancelled"
    """Raised inside the work when the user pressed Cancel (the service rolls back)."""


#: Asks who is using this PC (set by the app's window; see ``ui/shell/staff_identity.py``).
_staff_chooser: Callable[[QWidget | None], object] | None = None


def set_staff_chooser(chooser: Callable[[QWidget | None], object] | None) -> None:
    """What :func:`show_error` offers when a change was refused for want of an author."""
    global _staff_chooser  # noqa: PLW0603 -- one window asks at a time
    _staff_chooser = chooser


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """The app's one error dialog: the message, and for a bug the technical details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    # The user's input, the PC (files, printer), or a file that is no database.
    if isinstance(error, DomainError | OSError | DatabaseOpenError):
        box.setText(localized_error(error))
    else:
        log.error("unexpected error", exc_info=error)
        box.setText(
            translate("BackgroundRunner", "Something went wrong that LeadTracker did not expect.")
        )
        box.setInformativeText(
            translate(
                "BackgroundRunner",
                "Nothing was saved by this action. The details below help to find the cause.",
            )
        )
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    choose = None
    if isinstance(error, StaffNotChosenError) and _staff_chooser is not None:
        box.setIcon(QMessageBox.Icon.Information)
        choose = box.addButton(
            translate("BackgroundRunner", "Choose who I am…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(choose)
        box.setInformativeText(
            translate("BackgroundRunner", "Nothing was saved yet: save again once you have chosen.")
        )
    box.exec()
    if choose is not None and box.clickedButton() is choose and _staff_chooser is not None:
        _staff_chooser(parent)


_reads: QThreadPool | None = None


def read_pool() -> QThreadPool:
    """The pool for the reads a user waits on while typing (list pages).

    Apart from the global pool of long work, so that a filter never waits
    behind an export, an import or a backup that fill its threads.
    """
    global _reads  # noqa: PLW0603 -- one pool per application, made when first needed
    if _reads is None:
        _reads = QThreadPool(QCoreApplication.instance())
        _reads.setMaxThreadCount(2)
    return _reads


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Block until both pools are idle (before a database closes, and for tests)."""
    work_done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    return read_pool().waitForDone(timeout_ms) and work_done


class _Signals(QObject):
    """How a job on a pool thread reports to the UI thread."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(str, float)


class PoolJob(QRunnable, Generic[ResultT]):
    """One call on a pool thread, talking to the UI thread only through queued signals.

    The app's one way to run a call off the UI thread (long work through a
    :class:`BackgroundRunner`, a list's page reads through its model): start
    it with ``pool.start(job)``. When the work returns, ``on_done(result)`` is
    called on the UI thread; when it raises, ``on_failed(error)``; each of its
    progress calls reaches ``on_progress``, and once ``cancelled`` is set the
    next one raises :class:`Cancelled`. Nothing arrives once ``owner`` (if
    given) was deleted.
    """

    def __init__(
        self,
        work: Callable[[Progress], ResultT],
        *,
        on_done: Callable[[ResultT], object],
        on_failed: Callable[[BaseException], object],
        on_progress: Progress | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self._work = work
        self.cancelled = False
        # The application owns the signals object: the pool thread drops its
        # last Python reference when the job ends, and a QObject must not be
        # deleted there while its queued signals wait on the UI thread.
        signals = _Signals(QCoreApplication.instance())
        self._signals = signals

        def delivered() -> bool:
            signals.deleteLater()  # on the UI thread, after its queued signals
            return owner is None or shiboken6.isValid(owner)

        def done(result: object) -> None:
            if delivered():
                # The ``done`` signal carries what this job's work returned: a ResultT.
                on_done(cast("ResultT", result))

        def failed(error: BaseException) -> None:
            if delivered():
                on_failed(error)

        signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
        signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        if on_progress is not None:
            signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)

    def _progress(self, step: str, share: float) -> None:
        if self.cancelled:
            raise Cancelled
        self._signals.progress.emit(step, share)

    def run(self) -> None:
        """Call the work (on a pool thread); hand its result or error to the UI thread."""
        try:
            result = self._work(self._progress)
        except BaseException as error:  # every failure goes to the UI thread
            self._signals.failed.emit(error)
        else:
            self._signals.done.emit(result)


class _Pending(Generic[ResultT]):
    """A job on its way: what to do on the UI thread when it ends."""

    def __init__(
        self,
        runner: BackgroundRunner,
        *,
        on_done: Callable[[ResultT], object],
        on_error: Callable[[BaseException], None] | None,
        error_title: str,
    ) -> None:
        self.runner = runner
        self.dialog: QProgressDialog | None = None  # for long work: its progress
        self.on_done, self.on_error, self.error_title = on_done, on_error, error_title

    def _finish(self) -> bool:
        """Close the dialog; whether the runner (and its window) still exist."""
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.hide()  # not close(): closing a progress dialog emits ``canceled``
            self.dialog.deleteLater()
        if not shiboken6.isValid(self.runner):  # the window closed while the job ran
            return False
        self.runner._finished(self)  # the runner's own helper
        return True

    def succeeded(self, result: ResultT) -> None:
        """The work returned: hand the result on."""
        if self._finish():
            self.on_done(result)

    def failed(self, error: BaseException) -> None:
        """The work raised: show it (a cancel shows nothing; a damaged file is reported)."""
        if not self._finish() or isinstance(error, Cancelled):
            return
        if is_damage(error):  # the file's check offers the newest good backup instead
            log.error("the database file is damaged", exc_info=error)
            self.runner.damage_found.emit()
            return
        if self.on_error is not None:
            self.on_error(error)
        else:
            show_error(self.runner.parent_widget, self.error_title, error)

    def show_progress(self, step: str, share: float) -> None:
        """A progress call of the work, shown in the dialog (if there is one)."""
        if self.dialog is not None:
            self.dialog.setLabelText(step)
            self.dialog.setValue(int(share * 100))


class BackgroundRunner(QObject):
    """Runs calls off the UI thread for one window; at most the pool's threads at once."""

    #: Emitted when a job starts and when the last one ends (for a busy cursor or status).
    busy_changed = Signal(bool)
    #: A job found the database file damaged (no error dialog was shown for it).
    damage_found = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        # Each job's pending end, kept alive until it arrives.
        self._running: set[object] = set()

    @property
    def busy(self) -> bool:
        """Whether any job is still running."""
        return bool(self._running)

    def run(
        self,
        work: Callable[[Progress], ResultT],
        on_done: Callable[[ResultT], object],
        *,
        error_title: str,
        progress_title: str | None = None,
        cancellable: bool = False,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Call ``work(progress)`` on a pool thread, then ``on_done(result)`` on this one.

        With ``progress_title`` a modal progress dialog follows the work's
        progress calls; with ``cancellable`` its Cancel button makes the next
        progress call raise :class:`Cancelled` (nothing is shown for that).
        Other errors go to ``on_error`` or, by default, :func:`show_error`.
        """
        pending = _Pending(self, on_done=on_done, on_error=on_error, error_title=error_title)
        job = PoolJob(
            work,
            on_done=pending.succeeded,
            on_failed=pending.failed,
            on_progress=pending.show_progress if progress_title else None,
        )
        if progress_title:
            pending.dialog = self._progress_dialog(progress_title, cancellable, job)
        if not self._running:
            self.busy_changed.emit(True)
        self._running.add(pending)
        QThreadPool.globalInstance().start(job)

    def _finished(self, pending: object) -> None:
        self._running.discard(pending)
        if not self._running:
            self.busy_changed.emit(False)

    def _progress_dialog(
        self, title: str, cancellable: bool, job: PoolJob[ResultT]
    ) -> QProgressDialog:
        dialog = QProgressDialog(self.parent_widget)
        dialog.setWindowTitle(title)
        dialog.setLabelText(title)
        dialog.setRange(0, 100)
        dialog.setMinimumDuration(400)  # quick work finishes without a flash of a dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        if cancellable:
            dialog.setCancelButtonText(translate("BackgroundRunner", "Cancel"))

            def cancel() -> None:
                job.cancelled = True
                dialog.setLabelText(translate("BackgroundRunner", "Cancelling …"))

            dialog.canceled.connect(cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setValue(0)
        return dialog

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the pools are idle (for closing the window and for tests)."""
        return wait_for_background(timeout_ms)
