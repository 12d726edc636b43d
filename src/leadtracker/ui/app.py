"""Start the desktop app: open the database, build services and pages, show the window.

This is the one place that wires things together; every widget gets only
the services it needs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from leadtracker import __version__
from leadtracker.db.database import Database, DatabaseOpenError, open_database
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.resources import JAPANESE_FONT, resource
from leadtracker.services.lists.companies import CompanyList
from leadtracker.services.maintenance import MaintenanceService
from leadtracker.services.search import SearchService
from leadtracker.ui.main_window import MainWindow
from leadtracker.ui.views.company_list_view import CompanyListView
from leadtracker.ui.views.search_dialog import SearchDialog
from leadtracker.ui.views.search_panel import SearchPanel


def install_japanese_font(app: QApplication) -> None:
    """Register the bundled IPAexGothic as a fallback so Japanese shows on any PC."""
    font_id = QFontDatabase.addApplicationFont(str(resource(*JAPANESE_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        base = app.font()
        QFont.insertSubstitutions(base.family(), families)
        for family in ("Sans Serif", "Segoe UI", "Arial", "Helvetica"):
            QFont.insertSubstitutions(family, [*QFont.substitutes(family), *families])


def build_window(database: Database, settings: QSettings) -> MainWindow:
    """The main window with its pages, wired to the services of ``database``."""
    search = SearchService(database.sessions, database.search)
    companies = CompanyListView(CompanyList(database.sessions, database.search))
    search_page = SearchPanel(search)
    counts = MaintenanceService(database.sessions).counts()
    status = QApplication.translate(
        "MainWindow", "{path} — {companies} companies, {contacts} contacts, {projects} projects"
    ).format(path=database.path, **counts)
    pages = [
        (QApplication.translate("MainWindow", "Search"), search_page),
        (QApplication.translate("MainWindow", "Companies"), companies),
    ]
    window: MainWindow

    def open_search() -> None:
        dialog = SearchDialog(search, window)
        if dialog.exec() and dialog.chosen is not None:
            show_hit(dialog.chosen)

    def show_hit(hit: object) -> None:
        # Editors come with the record pages; until then a company opens the list at it.
        if getattr(hit, "kind", None) is RecordKind.COMPANY:
            companies.show_filtered(str(getattr(hit, "title", "")))
            window.show_page(companies)

    window = MainWindow(pages, status, settings, open_search)
    search_page.hit_chosen.connect(show_hit)
    return window


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
    window = build_window(database, QSettings())
    window.show()
    try:
        return app.exec()
    finally:
        database.close()
