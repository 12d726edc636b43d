"""Start the desktop app: open the database, build the services, show the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from leadtracker import __version__
from leadtracker.db.database import DatabaseOpenError, open_database
from leadtracker.resources import JAPANESE_FONT, resource
from leadtracker.services.maintenance import MaintenanceService
from leadtracker.services.search import SearchService
from leadtracker.ui.main_window import MainWindow


def install_japanese_font(app: QApplication) -> None:
    """Register the bundled IPAexGothic as a fallback so Japanese shows on any PC."""
    font_id = QFontDatabase.addApplicationFont(str(resource(*JAPANESE_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        base = app.font()
        QFont.insertSubstitutions(base.family(), families)
        for family in ("Sans Serif", "Segoe UI", "Arial", "Helvetica"):
            QFont.insertSubstitutions(family, [*QFont.substitutes(family), *families])


def run(database_path: Path) -> int:
    """Run the GUI on the database at ``database_path``; returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("LeadTracker")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Japan Desk Düsseldorf")
    install_japanese_font(app)
    try:
        database = open_database(database_path)
    except DatabaseOpenError as error:
        QMessageBox.critical(None, app.tr("LeadTracker"), str(error))
        return 1
    report = MaintenanceService(database.sessions).check(full=False)
    window = MainWindow(
        SearchService(database.sessions, database.search), str(database.path), report
    )
    window.show()
    try:
        return app.exec()
    finally:
        database.close()
