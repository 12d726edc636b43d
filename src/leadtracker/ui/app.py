"""Start the desktop app: open the database, build services and pages, show the window.

This is the one place that wires things together; every widget gets only
the services it needs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from leadtracker import __version__
from leadtracker.db.database import Database, DatabaseOpenError, open_database
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.resources import JAPANESE_FONT, resource
from leadtracker.services.lists.companies import CompanyList
from leadtracker.services.lists.contacts import ContactList
from leadtracker.services.lists.projects import ProjectList
from leadtracker.services.maintenance import MaintenanceService
from leadtracker.services.search import SearchHit, SearchService
from leadtracker.ui.main_window import MainWindow
from leadtracker.ui.models.company_table_model import CompanyTableModel
from leadtracker.ui.models.contact_table_model import ContactTableModel
from leadtracker.ui.models.project_table_model import ProjectTableModel
from leadtracker.ui.views.record_list_view import RecordListView
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


def _tr(text: str) -> str:
    return QApplication.translate("MainWindow", text)


def build_window(database: Database, settings: QSettings) -> MainWindow:
    """The main window with its pages, wired to the services of ``database``."""
    sessions, index = database.sessions, database.search
    search = SearchService(sessions, index)
    projects = RecordListView(
        ProjectTableModel(ProjectList(sessions, index)),
        _tr("Filter projects (title, code name …)"),
        _tr("{count} projects"),
        stretch=(ProjectTableModel.COL_TITLE, ProjectTableModel.COL_COMPANY),
        sort_column=ProjectTableModel.COL_RECEIVED,
        sort_order=Qt.SortOrder.DescendingOrder,
    )
    companies = RecordListView(
        CompanyTableModel(CompanyList(sessions, index)),
        _tr("Filter companies (name, reading, city …)"),
        _tr("{count} companies"),
        stretch=(CompanyTableModel.COL_NAME, CompanyTableModel.COL_NAME_JA),
    )
    contacts = RecordListView(
        ContactTableModel(ContactList(sessions, index)),
        _tr("Filter contacts (name in any script, email …)"),
        _tr("{count} contacts"),
        stretch=(ContactTableModel.COL_NAME, ContactTableModel.COL_COMPANY),
    )
    search_page = SearchPanel(search)
    counts = MaintenanceService(sessions).counts()
    status = _tr("{path} — {companies} companies, {contacts} contacts, {projects} projects").format(
        path=database.path, **counts
    )
    pages = [
        (_tr("Projects"), projects),
        (_tr("Companies"), companies),
        (_tr("Contacts"), contacts),
        (_tr("Search"), search_page),
    ]
    list_pages = {
        RecordKind.PROJECT: projects,
        RecordKind.COMPANY: companies,
        RecordKind.CONTACT: contacts,
    }
    window: MainWindow

    def open_search() -> None:
        dialog = SearchDialog(search, window)
        if dialog.exec() and dialog.chosen is not None:
            show_hit(dialog.chosen, dialog.panel.query_edit.text())

    def show_hit(hit: SearchHit, query: str) -> None:
        # Record pages come next; until then a hit opens its list filtered by
        # the same query, which the chosen record matches.
        page = list_pages.get(hit.kind)
        if page is not None:
            page.show_filtered(query)
            window.show_page(page)

    window = MainWindow(pages, status, settings, open_search)
    search_page.hit_chosen.connect(lambda hit: show_hit(hit, search_page.query_edit.text()))
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
