"""The team database's server cannot be reached at start: what now?

Instead of a traceback or an empty window, one question: *Retry*, *Open a
local file…* or *Change connection…* (or Quit). :func:`ask_when_away`
shows it; the app (``ui/shell/startup.py``) acts on the answer.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from leadtracker.ui.i18n import translate


class AwayChoice(Enum):
    """What the user wants when the server is away."""

    RETRY = "retry"
    LOCAL_FILE = "local_file"
    CHANGE = "change"
    QUIT = "quit"


def ask_when_away(parent: QWidget | None, where: str, reason: str) -> AwayChoice:
    """Ask what to do now that the server of ``where`` did not answer (``reason``: why)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ServerAway", "The team database cannot be reached"))
    box.setText(translate("ServerAway", "LeadTracker cannot reach {where}.").format(where=where))
    box.setInformativeText(reason)
    choices = {
        box.addButton(
            translate("ServerAway", "&Retry"), QMessageBox.ButtonRole.AcceptRole
        ): AwayChoice.RETRY,
        box.addButton(
            translate("ServerAway", "Open a &local file…"), QMessageBox.ButtonRole.ActionRole
        ): AwayChoice.LOCAL_FILE,
        box.addButton(
            translate("ServerAway", "&Change connection…"), QMessageBox.ButtonRole.ActionRole
        ): AwayChoice.CHANGE,
        box.addButton(
            translate("ServerAway", "&Quit"), QMessageBox.ButtonRole.RejectRole
        ): AwayChoice.QUIT,
    }
    box.exec()
    clicked = box.clickedButton()
    return next((c for b, c in choices.items() if b is clicked), AwayChoice.QUIT)
