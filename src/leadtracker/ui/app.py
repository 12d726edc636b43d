"""Start the desktop app: open the database, build services and pages, show the window.

This is the one place that wires things together; every widget gets only
the services it needs. :class:`DeskApp` owns the open database and its
window: on the first start it creates the database in the user's data folder
and offers demo data; from Settings it reopens on another file.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QWidget,
)

from leadtracker import __version__
from leadtracker.domain.errors import DomainError, NotFoundError
from leadtracker.domain.periods import Period
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.resources import JAPANESE_FONT, resource
from leadtracker.services.lists.companies import CompanyList
from leadtracker.services.lists.contacts import ContactList
from leadtracker.services.lists.projects import ProjectList, ProjectRow
from leadtracker.services.opening import (
    DatabaseFault,
    DatabaseOpenError,
    explain,
    is_network_path,
    open_database,
)
from leadtracker.services.search import SearchHit
from leadtracker.ui.background import BackgroundRunner, Progress, show_error
from leadtracker.ui.collector import UiThreadCollector
from leadtracker.ui.desk import DeskActions, DeskServices, dialog_parent
from leadtracker.ui.i18n import install_translations, interface_language, translate
from leadtracker.ui.icons import app_icon, icon
from leadtracker.ui.lazy_page import LazyPage
from leadtracker.ui.main_window import MainWindow
from leadtracker.ui.menus import build_menus
from leadtracker.ui.models.company_table_model import CompanyTableModel
from leadtracker.ui.models.contact_table_model import ContactTableModel
from leadtracker.ui.models.project_table_model import ProjectTableModel
from leadtracker.ui.screen_fit import ScreenFit
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.staff_identity import StaffIdentity
from leadtracker.ui.style import apply_style
from leadtracker.ui.views.my_day_page import MyDayPage
from leadtracker.ui.views.record_list_view import RecordListView
from leadtracker.ui.views.search_dialog import SearchDialog

if TYPE_CHECKING:
    from leadtracker.services.timeline import TimelineService
    from leadtracker.ui.documents import DocumentOutput
    from leadtracker.ui.views.company_window import CompanyWindow
    from leadtracker.ui.views.dashboard import DashboardView
    from leadtracker.ui.views.import_dialog import Importer
    from leadtracker.ui.views.network_page import NetworkPage
    from leadtracker.ui.views.pipeline_board import PipelineBoard
    from leadtracker.ui.views.project_window import ProjectWindow
    from leadtracker.ui.views.settings_page import SettingsPage

# The pages behind the side bar's other entries, record windows and editors
# are imported when first needed (see LazyPage): a shorter start.

#: The window of one record: a project's or a company's.
W = TypeVar("W", bound="ProjectWindow | CompanyWindow")

#: Companies in the demo data offered on the first start.
FIRST_START_DEMO_COMPANIES = 500


def install_japanese_font(app: QApplication) -> None:
    """Register the bundled IPAexGothic as a fallback so Japanese shows on any PC.

    The app font is first pinned to the family the system really uses
    ("Sans Serif" is often only an alias): a substitute for an alias would
    replace it outright and set every Latin letter and quote mark in the
    Japanese font.
    """
    base = app.font()
    real = QFontInfo(base).family()
    if real and real != base.family():
        base.setFamily(real)
        app.setFont(base)
    font_id = QFontDatabase.addApplicationFont(str(resource(*JAPANESE_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        for family in dict.fromkeys((real, "Sans Serif", "Segoe UI", "Arial", "Helvetica")):
            QFont.insertSubstitutions(family, [*QFont.substitutes(family), *families])


class Desk:
    """The window of one open database with its pages, actions and record windows."""

    def __init__(self, services: DeskServices, settings: AppSettings) -> None:
        self.services = services
        self.settings = settings
        database = services.database
        sessions, index = database.sessions, database.search
        self._timeline: TimelineService | None = None
        self._records: dict[tuple[RecordKind, int], ProjectWindow | CompanyWindow] = {}

        self._project_list = ProjectList(sessions, index)
        self.projects = RecordListView(
            ProjectTableModel(self._project_list),
            translate("MainWindow", "Filter projects (title, code name, company …)"),
            translate("MainWindow", "{count} projects"),
            stretch=(ProjectTableModel.COL_TITLE, ProjectTableModel.COL_COMPANY),
            sort_column=ProjectTableModel.COL_RECEIVED,
            sort_order=Qt.SortOrder.DescendingOrder,
            settings=settings.store,
            settings_key="lists/projects",
        )
        self.companies = RecordListView(
            CompanyTableModel(CompanyList(sessions, index)),
            translate("MainWindow", "Filter companies (name, reading, city …)"),
            translate("MainWindow", "{count} companies"),
            stretch=(CompanyTableModel.COL_NAME, CompanyTableModel.COL_NAME_JA),
            settings=settings.store,
            settings_key="lists/companies",
        )
        self.contacts = RecordListView(
            ContactTableModel(ContactList(sessions, index)),
            translate("MainWindow", "Filter contacts (name in any script, company, email …)"),
            translate("MainWindow", "{count} contacts"),
            stretch=(ContactTableModel.COL_NAME, ContactTableModel.COL_COMPANY),
            settings=settings.store,
            settings_key="lists/contacts",
        )
        # The window exists before the pages that open dialogs on it.
        self.window = MainWindow([], "", settings.store)
        self.runner = BackgroundRunner(self.window)
        self.actions = DeskActions(services, settings, self.window)
        # Who signs the changes is known before the first page asks "whose work?".
        self.identity = StaffIdentity(
            services.database.attribution, services.network, settings, self.window
        )
        self.identity.attribute_changes()
        self.my_day = MyDayPage(self.actions, self.runner)
        self._pipeline = LazyPage(self._build_pipeline)
        self._network = LazyPage(self._build_network)
        self._dashboard = LazyPage(self._build_dashboard)
        self._settings_page = LazyPage(self._build_settings_page)
        self.window.set_pages(
            [
                (translate("MainWindow", "My day"), self.my_day, icon("my_day")),
                (translate("MainWindow", "Pipeline"), self._pipeline, icon("pipeline")),
                (translate("MainWindow", "Projects"), self.projects, icon("projects")),
                (translate("MainWindow", "Companies"), self.companies, icon("companies")),
                (translate("MainWindow", "Contacts"), self.contacts, icon("contacts")),
                (translate("MainWindow", "Partners & events"), self._network, icon("network")),
                (translate("MainWindow", "Dashboard"), self._dashboard, icon("dashboard")),
                (translate("MainWindow", "Settings"), self._settings_page, icon("settings")),
            ]
        )
        new_inquiry = self.window.add_action(
            translate("MainWindow", "New inquiry…"), "Ctrl+N", self.actions.new_inquiry
        )
        new_inquiry.setIcon(icon("new_inquiry"))
        search = self.window.add_action(
            translate("MainWindow", "Search…"), "Ctrl+K", self.open_search
        )
        search.setIcon(icon("search"))
        self._documents: DocumentOutput | None = None
        build_menus(self)
        self.identity.chosen.connect(lambda _user: self.actions.data_changed.emit())
        self._connect()
        self._status_shown = False
        self.update_status()

    def show_about(self) -> None:
        """Version, where the data is, and the licences of what LeadTracker is built on."""
        from leadtracker.ui.views.about_dialog import AboutDialog  # noqa: PLC0415

        dialog = AboutDialog(self.services.database.path, self.window)
        dialog.exec()
        dialog.deleteLater()

    def show_backups(self) -> None:
        """The backups of this database: back up now, or restore one."""
        from leadtracker.services.backups import BackupService  # noqa: PLC0415
        from leadtracker.ui.views.backups_dialog import BackupsDialog  # noqa: PLC0415

        dialog = BackupsDialog(
            BackupService(self.services.database.path, rotation=self.settings.backup_rotation),
            self.window,
        )
        dialog.restore_requested.connect(self.actions.restore_requested)
        dialog.exec()

    def show_trash(self) -> None:
        """What was deleted: restore it, or delete it for good."""
        from leadtracker.ui.views.trash_dialog import TrashDialog  # noqa: PLC0415

        dialog = TrashDialog(self.services.trash, self.window)
        dialog.changed.connect(self.actions.data_changed.emit)
        dialog.exec()
        dialog.deleteLater()

    def stop_work(self) -> None:
        """Before the database closes: cancel the lists' reads, wait for all background work."""
        for page in (self.projects, self.companies, self.contacts):
            page.model.cancel_reads()
        self.runner.wait()

    def close_trashed(self) -> None:
        """Close the windows of records that went to the trash (unsaved edits are dropped)."""
        getters: dict[RecordKind, Callable[[int], object]] = {
            RecordKind.COMPANY: self.services.companies.get,
            RecordKind.PROJECT: self.services.projects.get,
        }
        for (kind, record_id), window in list(self._records.items()):
            try:
                getters[kind](record_id)
            except NotFoundError:
                window.discard_and_close()

    def retention_review(self) -> None:
        """Contacts without activity for years: erase the ones no longer needed (GDPR)."""
        from leadtracker.services.privacy import PrivacyService  # noqa: PLC0415
        from leadtracker.ui.views.retention_dialog import RetentionDialog  # noqa: PLC0415

        services = self.services
        privacy = PrivacyService(services.database.sessions)
        dialog = RetentionDialog(privacy, services.companies, self.window)
        dialog.erased.connect(lambda _count: self.actions.data_changed.emit())
        dialog.exec()

    @property
    def documents(self) -> DocumentOutput:
        """Saves the window's documents and exports in the background."""
        if self._documents is None:
            from leadtracker.ui.documents import DocumentOutput  # noqa: PLC0415  (Qt PDF, printing)

            self._documents = DocumentOutput(self.window, self.settings)
        return self._documents

    def pipeline_summary(self, period: Period | None = None) -> None:
        """Ask for period, language and format, then save the pipeline summary."""
        from leadtracker.services.exporting.exports import ExportService  # noqa: PLC0415
        from leadtracker.services.kpis import KpiService  # noqa: PLC0415
        from leadtracker.ui.views.report_dialog import (  # noqa: PLC0415
            PipelineReportDialog,
            save_pipeline_summary,
        )

        sessions = self.services.database.sessions
        kpis = KpiService(sessions)
        dialog = PipelineReportDialog(
            kpis.today(), language=self.settings.pdf_language, period=period, parent=self.window
        )
        if dialog.exec() and dialog.choice is not None:
            save_pipeline_summary(self.documents, kpis, ExportService(sessions), dialog.choice)

    def importer(self) -> Importer:
        """Imports a file into this desk's database as the Import dialog asks."""
        from leadtracker.ui.views.import_dialog import importer_into  # noqa: PLC0415

        return importer_into(self.services.database)

    def import_companies(self) -> None:
        """The Import dialog (companies, contacts, projects, vCards, whole workbooks).

        Every page reloads after an import.
        """
        from leadtracker.ui.views.import_dialog import ImportDialog  # noqa: PLC0415

        dialog = ImportDialog(self.importer(), self.window)
        dialog.imported.connect(lambda _report: self.actions.data_changed.emit())
        dialog.exec()

    def export_data(self) -> None:
        """Ask which tables in which format, then export them in the background."""
        from leadtracker.services.exporting.exports import ExportService  # noqa: PLC0415
        from leadtracker.ui.views.export_dialog import ExportDialog, run_export  # noqa: PLC0415

        dialog = ExportDialog(self.window)
        if dialog.exec() and dialog.choice is not None:
            run_export(
                self.documents, ExportService(self.services.database.sessions), dialog.choice
            )

    @property
    def timeline(self) -> TimelineService:
        """Stage history and activities, for the record windows."""
        if self._timeline is None:
            from leadtracker.services.timeline import TimelineService  # noqa: PLC0415

            self._timeline = TimelineService(self.services.database.sessions)
        return self._timeline

    @property
    def pipeline(self) -> PipelineBoard:
        """The pipeline board (built on first use)."""
        return self._pipeline.page()

    @property
    def network(self) -> NetworkPage:
        """Partners & events (built on first use)."""
        return self._network.page()

    @property
    def dashboard(self) -> DashboardView:
        """The dashboard (built on first use)."""
        return self._dashboard.page()

    @property
    def settings_page(self) -> SettingsPage:
        """Settings (built on first use)."""
        return self._settings_page.page()

    def _build_pipeline(self) -> PipelineBoard:
        from leadtracker.services.board import BoardService  # noqa: PLC0415
        from leadtracker.ui.views.pipeline_board import PipelineBoard  # noqa: PLC0415

        board = PipelineBoard(
            BoardService(self.services.database.sessions),
            self.services.projects,
            current_user=lambda: self.actions.me,
            settings=self.settings,
        )
        self.actions.data_changed.connect(board.reload)
        board.project_opened.connect(self.open_project)
        # A move on the board changes what every other page shows.
        board.project_moved.connect(lambda _id: self.actions.data_changed.emit())
        return board

    def _build_network(self) -> NetworkPage:
        from leadtracker.ui.views.network_page import NetworkPage  # noqa: PLC0415

        services = self.services
        page = NetworkPage(services.referrals, services.network, self.runner)
        self.actions.data_changed.connect(page.refresh)
        return page

    def _build_dashboard(self) -> DashboardView:
        from leadtracker.services.dashboard import DashboardService  # noqa: PLC0415
        from leadtracker.ui.views.dashboard import DashboardView  # noqa: PLC0415

        view = DashboardView(DashboardService(self.services.database.sessions), self.runner)
        self.actions.data_changed.connect(view.refresh)
        view.summary_requested.connect(self.pipeline_summary)
        return view

    def _build_settings_page(self) -> SettingsPage:
        from leadtracker.ui.restart import restart  # noqa: PLC0415
        from leadtracker.ui.views.settings_page import SettingsPage  # noqa: PLC0415

        services = self.services
        page = SettingsPage(self.settings, services.network, services.database.path)
        page.database_chosen.connect(self.actions.database_requested)
        page.staff_chosen.connect(lambda _user: self.identity.attribute_changes())
        self.identity.chosen.connect(lambda _user: page.reload_staff())
        page.restart_requested.connect(lambda: restart(self.window))
        return page

    def _connect(self) -> None:
        actions = self.actions
        actions.project_requested.connect(self.open_project)
        actions.company_requested.connect(self.open_company)
        actions.contact_requested.connect(self.edit_contact)
        actions.new_inquiry_requested.connect(self.new_inquiry)
        actions.new_contact_requested.connect(lambda company: self.edit_contact(None, company))
        new_keys = QKeySequence("Ctrl+Shift+N")  # on the Companies and Contacts pages
        self.companies.add_new_action(
            translate("MainWindow", "&New company…"), new_keys
        ).triggered.connect(lambda _checked=False: actions.new_company())
        self.contacts.add_new_action(
            translate("MainWindow", "&New contact…"), new_keys
        ).triggered.connect(lambda _checked=False: actions.new_contact())
        actions.data_changed.connect(self.update_status)
        actions.record_trashed.connect(lambda _kind, _id: self.close_trashed())
        for page in (self.projects, self.companies, self.contacts):
            actions.data_changed.connect(page.refresh)
        self.projects.record_opened.connect(self.open_project)
        self.companies.record_opened.connect(actions.open_company)
        self.contacts.record_opened.connect(actions.open_contact)
        for page, kind in (
            (self.projects, "project"),
            (self.companies, "company"),
            (self.contacts, "contact"),
        ):
            page.delete_requested.connect(
                lambda record_id, k=kind, p=page: actions.move_to_trash(k, record_id, p)
            )

    def update_status(self) -> None:
        """The database file and what it holds, in the status bar (counted in the background)."""
        path = self.services.database.path
        if not self._status_shown:  # the file at once, the counts when they come
            self.window.statusBar().showMessage(str(path))
            self._status_shown = True

        def show(counts: object) -> None:
            assert isinstance(counts, dict)
            text = translate(
                "MainWindow",
                "{path} — {companies} companies, {contacts} contacts, {projects} projects",
            )
            self.window.statusBar().showMessage(text.format(path=path, **counts))

        self.runner.run(
            lambda _progress: self.services.maintenance.counts(),
            show,
            error_title=translate("MainWindow", "The records could not be counted"),
        )

    def open_search(self) -> None:
        """The Ctrl+K pop-up; the chosen hit opens its record."""
        dialog = SearchDialog(self.services.search, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.open_hit(dialog.chosen)

    def open_hit(self, hit: SearchHit) -> None:
        """Open the record a search hit stands for."""
        if hit.kind is RecordKind.PROJECT:
            self.open_project(hit.record_id)
        elif hit.kind is RecordKind.COMPANY:
            self.actions.open_company(hit.record_id)
        elif hit.kind is RecordKind.CONTACT:
            self.actions.open_contact(hit.record_id)
        elif hit.kind is RecordKind.ACTIVITY and hit.project_id is not None:
            self.open_project(hit.project_id)
        elif hit.kind is RecordKind.ACTIVITY and hit.company_id is not None:
            self.actions.open_company(hit.company_id)

    def open_project(self, project_id: int) -> ProjectWindow:
        """The project's own window (brought to the front when already open)."""
        from leadtracker.ui.views.project_window import ProjectWindow  # noqa: PLC0415
        from leadtracker.ui.views.stage_dialogs import ask_outcome  # noqa: PLC0415

        window = self._records.get((RecordKind.PROJECT, project_id))
        if not isinstance(window, ProjectWindow):
            window = ProjectWindow(
                project_id,
                self.actions,
                timeline=self.timeline,
                ask_outcome=ask_outcome,
                details=self._project_editor,
                parent=self.window,
            )
        return self._show_record(RecordKind.PROJECT, project_id, window)

    def _project_editor(self, project_id: int, parent: QWidget) -> QWidget:
        from leadtracker.ui.views.project_editor import ProjectEditor  # noqa: PLC0415

        services = self.services
        editor = ProjectEditor(
            services.projects,
            services.companies,
            services.network,
            services.search,
            parent,
            with_buttons=True,
            user_id=self.actions.me,
        )
        editor.load_id(project_id)
        editor.saved.connect(lambda _id: self.actions.data_changed.emit())
        return editor

    def open_company(self, company_id: int) -> CompanyWindow:
        """The company's own window (brought to the front when already open)."""
        from leadtracker.ui.views.company_editor import CompanyEditor  # noqa: PLC0415
        from leadtracker.ui.views.company_window import CompanyWindow  # noqa: PLC0415

        window = self._records.get((RecordKind.COMPANY, company_id))
        if not isinstance(window, CompanyWindow):
            services = self.services
            editor = CompanyEditor(services.companies, services.search, with_buttons=True)
            editor.existing_chosen.connect(self.open_company)
            window = CompanyWindow(
                company_id,
                self.actions,
                timeline=self.timeline,
                projects_of=self.projects_of_company,
                editor=editor,
                parent=self.window,
            )
        return self._show_record(RecordKind.COMPANY, company_id, window)

    def _show_record(self, kind: RecordKind, record_id: int, window: W) -> W:
        key = (kind, record_id)
        if self._records.get(key) is not window:
            self._records[key] = window
            # Not ``destroyed``: a Python slot on a half-destroyed widget may crash.
            window.closed.connect(partial(self._records.pop, key, None))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def projects_of_company(self, company_id: int) -> tuple[ProjectRow, ...]:
        """A company's projects for its window."""
        return self._project_list.of_company(company_id)

    def edit_contact(self, contact_id: int | None, company_id: int | None = None) -> None:
        """The contact editor in a dialog (a new contact at ``company_id`` without an id)."""
        from leadtracker.ui.views.contact_editor import edit_contact  # noqa: PLC0415
        from leadtracker.ui.views.contact_record_buttons import (  # noqa: PLC0415
            contact_record_buttons,
        )

        services = self.services

        def record_buttons(contact: int, reload: Callable[[], None], parent: QWidget) -> QWidget:
            return contact_record_buttons(self.actions, contact, reload, parent)

        saved = edit_contact(
            dialog_parent(self.window),
            services.contacts,
            services.companies,
            services.search,
            contact_id=contact_id,
            company_id=company_id,
            privacy=record_buttons,
        )
        if saved is not None:
            self.actions.data_changed.emit()

    def new_inquiry(self, company_id: int | None = None) -> None:
        """The New inquiry dialog (Ctrl+N); the new project opens in its window."""
        from leadtracker.ui.views.project_editor import new_inquiry  # noqa: PLC0415

        services = self.services
        project_id = new_inquiry(
            dialog_parent(self.window),
            services.projects,
            services.companies,
            services.network,
            services.search,
            company_id=company_id,
            user_id=self.actions.me,
        )
        if project_id is not None:
            self.actions.data_changed.emit()
            self.open_project(project_id)

    def offer_demo_data(self) -> bool:
        """On an empty database: offer to fill it with demo data; whether it is loading."""
        if self.services.maintenance.counts()["companies"]:
            return False
        box = QMessageBox(self.window)
        box.setWindowTitle(translate("MainWindow", "Welcome to LeadTracker"))
        box.setText(translate("MainWindow", "Your database is empty."))
        box.setInformativeText(
            translate(
                "MainWindow",
                "It is stored in {path}.\n\nLoad demo data ({count} made-up companies with "
                "contacts, projects and activities) to explore LeadTracker? For real work, "
                "create a new, empty database later under Settings.",
            ).format(path=self.services.database.path, count=FIRST_START_DEMO_COMPANIES)
        )
        load = box.addButton(
            translate("MainWindow", "Load demo data"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("MainWindow", "Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(load)
        box.exec()
        if box.clickedButton() is not load:
            return False
        self.load_demo_data()
        return True

    def load_demo_data(self, companies: int = FIRST_START_DEMO_COMPANIES) -> None:
        """Generate demo data in the background, with a progress dialog."""
        # Faker loads only here, not on every start.
        from leadtracker.services.demo.loader import DemoService  # noqa: PLC0415

        database = self.services.database
        demo = DemoService(database.sessions, database.search)

        def work(progress: Progress) -> object:
            return demo.generate(companies, progress=progress, parallel=False)

        self.runner.run(
            work,
            lambda _report: self._demo_loaded(),
            error_title=translate("MainWindow", "The demo data could not be loaded"),
            progress_title=translate("MainWindow", "Loading demo data …"),
            cancellable=True,
        )

    def _demo_loaded(self) -> None:
        self.actions.data_changed.emit()
        self.identity.ask_if_needed()  # now the demo staff can be chosen from


class DeskApp(QObject):
    """Owns the open database and its :class:`Desk`; reopens on another file on request."""

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.settings = settings
        self.desk: Desk | None = None
        self._health: object | None = None  # the open file's HealthCheck, kept alive

    def open(self, path: Path) -> bool:
        """Open (or create) the database at ``path`` and show its window; whether it worked.

        A file that exists but does not open (damaged) leads to its newest
        sound backup, offered for restoring.
        """
        from leadtracker.services.backups import BackupService  # noqa: PLC0415
        from leadtracker.ui.views.backups_dialog import (  # noqa: PLC0415
            HealthCheck,
            offer_restore,
        )

        created = not path.exists()
        parent = self.desk.window if self.desk else None
        try:
            database = open_database(path)
        except (DatabaseOpenError, DatabaseFault) as error:
            health = BackupService(path).health() if path.is_file() else None
            if health is None or health.sound or health.newest_sound is None:
                shown = (
                    error
                    if isinstance(error, DatabaseOpenError)
                    else DatabaseOpenError(
                        translate("MainWindow", "{path} cannot be read: {error}").format(
                            path=path, error=error.orig
                        )
                    )
                )
                show_error(parent, translate("MainWindow", "LeadTracker"), shown)
                return False
            chosen = offer_restore(parent, path, health)
            return chosen is not None and self._restore_closed(path, chosen)
        previous = self.desk
        self.desk = Desk(DeskServices.on(database), self.settings)
        self.desk.actions.database_requested.connect(self.switch_to)
        self.desk.actions.restore_requested.connect(self.restore)
        self.settings.database_path = path
        if previous is not None:
            previous.window.close()
            previous.stop_work()
            previous.services.database.close()
        self.desk.window.show()
        if is_network_path(path):
            QMessageBox.warning(
                self.desk.window,
                translate("MainWindow", "Database on a network drive"),
                translate(
                    "MainWindow",
                    "{path} is on a network drive. When two PCs write to it at the same time, "
                    "the file can be damaged. Keep the database on this PC and share exports, "
                    "or let one PC at a time use it.",
                ).format(path=path),
            )
        self.desk.identity.require()
        if created:
            if not self.desk.offer_demo_data():
                self.desk.identity.ask_if_needed()
        else:
            backups = BackupService(path, rotation=self.settings.backup_rotation)
            self._health = HealthCheck(
                self.desk.runner,
                backups,
                self.desk.window,
                self.restore,
                guard=self.desk.services.database.write_guard,
            )
            self._health.run(daily=True)
            self.desk.identity.ask_if_needed()
        return True

    def restore(self, backup: Path) -> bool:
        """Close the database, put ``backup``'s contents in its place, and open it again."""
        if self.desk is None:
            return False
        path = self.desk.services.database.path
        self.desk.window.close()
        self.close()
        return self._restore_closed(path, backup)

    def _restore_closed(self, path: Path, backup: Path) -> bool:
        from leadtracker.services.backups import BackupService  # noqa: PLC0415

        try:
            BackupService(path).restore(backup)
        except (DomainError, sqlite3.DatabaseError) as error:  # busy, a bad backup, read-only
            shown = (
                error if isinstance(error, DomainError) else DatabaseOpenError(explain(error, path))
            )
            show_error(None, translate("MainWindow", "LeadTracker"), shown)
            return self.open(path)  # nothing was replaced: back to the database as it is
        return self.open(path)

    def close(self) -> None:
        """Close the database (after the window closed)."""
        if self.desk is not None:
            self.desk.stop_work()
            self.desk.services.database.close()
            self.desk = None

    def switch_to(self, path: Path) -> None:
        """Reopen on another database file; the current one stays open if that fails."""
        self.open(path)


def _show_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Errors escaping a slot end in the error dialog, not on a console nobody reads."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    show_error(QApplication.activeWindow(), translate("MainWindow", "LeadTracker"), error)


def _quit_when_ready(app: QApplication, desk_app: DeskApp) -> None:
    """Print "ready" and quit once the window is shown with its first page loaded.

    The file's quick check and the day's backup may still run in the
    background then: they do not keep anyone from working.
    """
    desk = desk_app.desk
    if desk is None:
        app.quit()
        return
    on_my_day = desk.window.pages.currentWidget() is desk.my_day
    first_page_loaded = desk.my_day.loaded if on_my_day else not desk.runner.busy
    if not first_page_loaded or not desk.window.isVisible():
        QTimer.singleShot(1, lambda: _quit_when_ready(app, desk_app))
        return
    desk.window.repaint()
    print("ready", flush=True)
    app.quit()


def run(database_path: Path | None, default_path: Path, *, quit_when_ready: bool = False) -> int:
    """Run the GUI; ``database_path`` as given on the command line, else the last one used.

    ``quit_when_ready`` ends the app as soon as it is usable (start-time benchmarks).
    """
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("LeadTracker")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Japan Desk Düsseldorf")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("de.duesseldorf.LeadTracker")  # the .desktop entry (Linux)
    install_japanese_font(app)
    apply_style(app)
    UiThreadCollector(app)
    ScreenFit(app)
    sys.excepthook = _show_uncaught
    settings = AppSettings(QSettings())
    # Kept referenced while the app runs: a collected translator stops translating.
    _translators = install_translations(app, interface_language(settings.interface_language))
    desk_app = DeskApp(settings)
    path = database_path or settings.database_path or default_path
    if not desk_app.open(path):
        return 1
    if quit_when_ready:
        QTimer.singleShot(0, lambda: _quit_when_ready(app, desk_app))
    try:
        return app.exec()
    finally:
        desk_app.close()
