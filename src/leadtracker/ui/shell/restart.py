"""Starting LeadTracker again, for a change that takes effect only at start (the language).

The new process gets the same arguments (``--db`` and all); the running one
closes its window the usual way first, so that nothing unsaved is lost: when
an editor with unsaved changes keeps the window open, nothing restarts.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QWidget


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments that start this LeadTracker again as it was started."""
    if getattr(sys, "frozen", False):  # the bundle: its own executable
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "leadtracker", *sys.argv[1:]]


def restart(window: QWidget) -> bool:
    """Close ``window`` and start LeadTracker again; False when the window stayed open."""
    if not window.close():
        return False
    program, arguments = restart_command()
    started, _pid = QProcess.startDetached(program, arguments)
    QApplication.quit()
    return bool(started)
