"""Open every page, record window and dialog on a given screen; report where each landed.

Run in a process of its own (the screen is fixed when Qt starts):

    python -m tests.ui.window_survey DATABASE SETTINGS_FILE LANGUAGE

with ``QT_QPA_PLATFORM=offscreen:configfile=…`` naming the screen and
``QT_SCALE_FACTOR`` as wanted. Prints one JSON object: the screen's available
area and, for each window, its frame, its minimum size and (for dialogs) the
rectangle of its accept button on the screen. ``tests/ui/test_screen_fit.py``
checks them; nothing here decides what is right.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QRect, QSettings, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)

from leadtracker.db.database import open_database
from leadtracker.services.registry import Services
from leadtracker.ui.i18n import install_translations, interface_language
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.app import Desk
from leadtracker.ui.shell.main_window import GEOMETRY_KEY
from leadtracker.ui.shell.screen_fit import ScreenFit
from leadtracker.ui.shell.style import apply_style

#: The main window as it was saved on a big screen (it must come back within this one).
SAVED_SIZE = (2400, 1500)


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _accept_button(dialog: QWidget) -> QAbstractButton | None:
    """The button that saves or confirms: the accept role of its button box, else the default."""
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            role = box.buttonRole(button)
            if (
                role
                in (
                    QDialogButtonBox.ButtonRole.AcceptRole,
                    QDialogButtonBox.ButtonRole.YesRole,
                    QDialogButtonBox.ButtonRole.ApplyRole,
                )
                and button.isVisible()
            ):
                return button
    return None


def _entry(name: str, window: QWidget) -> dict[str, Any]:
    QApplication.processEvents()
    entry: dict[str, Any] = {
        "name": name,
        "frame": _rect(window.frameGeometry()),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    }
    button = _accept_button(window)
    if button is not None:
        top_left = button.mapToGlobal(button.rect().topLeft())
        entry["accept"] = [top_left.x(), top_left.y(), button.width(), button.height()]
    return entry


class ModalSpy:
    """Records each modal dialog as it opens, then closes it (as Esc would)."""

    def __init__(self, seen: list[dict[str, Any]]) -> None:
        self.seen = seen
        self.name = ""
        self._timer = QTimer()
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def run(self, name: str, action: Callable[[], object]) -> None:
        """Call ``action``; the dialogs it opens are recorded under ``name``."""
        self.name = name
        action()
        QApplication.processEvents()

    def stop(self) -> None:
        """No more dialogs to answer."""
        self._timer.stop()

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):  # "save the changes?" and the like
            widget.reject()
        elif isinstance(widget, QDialog):
            self.seen.append(_entry(f"{self.name}: {type(widget).__name__}", widget))
            widget.done(QDialog.DialogCode.Rejected)


def survey(database_path: Path, settings_path: Path) -> dict[str, Any]:
    """Where every page, record window and dialog lands on this screen."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_style(app)
    ScreenFit(app)
    store = QSettings(str(settings_path), QSettings.Format.IniFormat)
    big = QWidget()
    big.resize(*SAVED_SIZE)
    store.setValue(GEOMETRY_KEY, QByteArray(big.saveGeometry()))
    database = open_database(database_path)
    settings = AppSettings(store)
    services = Services.on(database)
    settings.staff_user_id = next(u.id for u in services.network.users() if u.active)
    desk = Desk(services, settings)
    desk.window.show()
    seen: list[dict[str, Any]] = []
    for row in range(desk.window.navigation.count()):
        desk.window.navigation.setCurrentRow(row)
        desk.runner.wait()
        QApplication.processEvents()
        seen.append(_entry(f"page: {desk.window.navigation.item(row).text()}", desk.window))
    seen.append(_entry("main window", desk.window))

    project = desk.services.projects.get(1)
    spy = ModalSpy(seen)
    spy.run("new inquiry", desk.new_inquiry)
    spy.run("new company", desk.actions.new_company)
    spy.run("new contact", lambda: desk.edit_contact(None))
    spy.run("log activity", lambda: desk.actions.log_activity(company_id=project.company_id))
    spy.run("add task", lambda: desk.actions.add_task(project_id=project.id))
    spy.run("search", desk.open_search)
    spy.run("import", desk.import_companies)
    spy.run("export", desk.export_data)
    spy.run("pipeline summary", desk.pipeline_summary)
    spy.run("backups", desk.show_backups)
    spy.run("trash", desk.show_trash)
    spy.run("retention", desk.retention_review)
    spy.run("about", desk.show_about)
    spy.run("who", desk.identity.ask)
    spy.stop()
    for name, window in (
        ("project window", desk.open_project(project.id)),
        ("company window", desk.open_company(project.company_id)),
    ):
        desk.runner.wait()
        seen.append(_entry(name, window))
        window.close()
    screen = desk.window.screen().availableGeometry()
    result = {"available": _rect(screen), "windows": seen}
    desk.window.close()
    desk.stop_work()
    database.close()
    return result


def main() -> int:
    """Survey on the database and settings file given, in the language given."""
    database, settings, language = sys.argv[1:4]
    app = QApplication(sys.argv[:1])
    _translators = install_translations(app, interface_language(language))
    print(json.dumps(survey(Path(database), Path(settings))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
