"""The notice after a file was saved: where it is, with *Open* and *Show in folder*.

It does not block: the work goes on while it shows, and it closes itself
when a button is clicked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from leadtracker.ui.i18n import translate


def show_saved(parent: QWidget | None, path: Path) -> QMessageBox:
    """Say that ``path`` (a file, or a folder of files) was saved; offer to open it."""
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("SavedNotice", "Saved"))
    box.setText(translate("SavedNotice", "Saved as {name}").format(name=path.name))
    box.setInformativeText(str(path.parent if path.is_file() else path))
    box.setObjectName("saved-notice")
    open_button = box.addButton(
        translate("SavedNotice", "&Open"), QMessageBox.ButtonRole.ActionRole
    )
    folder_button = box.addButton(
        translate("SavedNotice", "Show in &folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    folder = path if path.is_dir() else path.parent
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    folder_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    box.setModal(False)
    box.show()
    return box
