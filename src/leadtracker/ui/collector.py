"""Python's cycle collector runs on the UI thread only.

Python collects reference cycles whenever some thread allocates enough
objects -- with background work that is often a pool thread. A Qt object
freed there (a dialog in a cycle, say) is deleted on the wrong thread: its
timers stay registered with the UI thread's event loop and fire on freed
memory later, which crashes the app at random. So the automatic collector is
switched off and a timer on the UI thread collects instead, generation by
generation, as often as the automatic collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the thresholds are checked.
INTERVAL_MS = 500


class UiThreadCollector(QObject):
    """Collects reference cycles from a timer on the thread that created it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed their thresholds."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return
        generation = 0
        if counts[1] > self._thresholds[1]:
            generation = 1
            if counts[2] > self._thresholds[2]:
                generation = 2
        gc.collect(generation)

    def stop(self) -> None:
        """Give collecting back to Python."""
        self._timer.stop()
        gc.enable()
