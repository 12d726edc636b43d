"""The desk on one open database: its services, pages, record windows and actions.

This is the one place that wires the window together; every widget gets
only the services it needs. Opening files, restoring and starting Qt are in
``ui/startup.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.periods import Period
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.lists.companies import CompanyList
from leadtracker.services.lists.contacts import ContactList
from leadtracker.services.lists.projects import ProjectList, ProjectRow
from leadtracker.services.search import SearchHit
from leadtracker.ui.background import BackgroundRunner, Progress
from leadtracker.ui.i18n import translate
from leadtracker.ui.icons import icon
from leadtracker.ui.lists.company_table_model import CompanyTableModel
from leadtracker.ui.lists.contact_table_model import ContactTableModel
from leadtracker.ui.lists.project_table_model import ProjectTableModel
from leadtracker.ui.lists.record_list_view import RecordListView
from leadtracker.ui.my_day.my_day_page import MyDayPage
from leadtracker.ui.search.search_dialog import SearchDialog
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.desk import DeskActions, DeskServices, dialog_parent
from leadtracker.ui.shell.lazy_page import LazyPage
from leadtracker.ui.shell.main_window import MainWindow
from leadtracker.ui.shell.menus import build_menus
from leadtracker.ui.shell.staff_identity import StaffIdentity

if TYPE_CHECKING:
    from leadtracker.services.timeline import TimelineService
    from leadtracker.ui.dashboard.dashboard import DashboardView
    from leadtracker.ui.exchange.documents import DocumentOutput
    from leadtracker.ui.exchange.import_dialog import Importer
    from leadtracker.ui.lists.network_page import NetworkPage
    from leadtracker.ui.pipeline.pipeline_board import PipelineBoard
    from leadtracker.ui.records.company_window import CompanyWindow
    from leadtracker.ui.records.project_window import ProjectWindow
    from leadtracker.ui.shell.settings_page import SettingsPage

# The pages behind the side bar's other entries, record windows and editors
# are imported when first needed (see LazyPage): a shorter start.

#: The window of one record: a project's or a company's.
W = TypeVar("W", bound="ProjectWindow | CompanyWindow")

#: Companies in the demo data offered on the first start.
FIRST_START_DEMO_COMPANIES = 500


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
        from leadtracker.ui.shell.about_dialog import AboutDialog  # noqa: PLC0415

        dialog = AboutDialog(self.services.database.path, self.window)
        dialog.exec()
        dialog.deleteLater()

    def show_backups(self) -> None:
        """The backups of this database: back up now, or restore one."""
        from leadtracker.services.safety.backups import BackupService  # noqa: PLC0415
        from leadtracker.ui.safety.backups_dialog import BackupsDialog  # noqa: PLC0415

        dialog = BackupsDialog(
            BackupService(self.services.database.path, rotation=self.settings.backup_rotation),
            self.window,
        )
        dialog.restore_requested.connect(self.actions.restore_requested)
        dialog.exec()

    def show_trash(self) -> None:
        """What was deleted: restore it, or delete it for good."""
        from leadtracker.ui.safety.trash_dialog import TrashDialog  # noqa: PLC0415

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
        from leadtracker.services.safety.privacy import PrivacyService  # noqa: PLC0415
        from leadtracker.ui.safety.retention_dialog import RetentionDialog  # noqa: PLC0415

        services = self.services
        privacy = PrivacyService(services.database.sessions)
        dialog = RetentionDialog(privacy, services.companies, self.window)
        dialog.erased.connect(lambda _count: self.actions.data_changed.emit())
        dialog.exec()

    @property
    def documents(self) -> DocumentOutput:
        """Saves the window's documents and exports in the background."""
        if self._documents is None:
            from leadtracker.ui.exchange.documents import DocumentOutput  # noqa: PLC0415  (Qt PDF, printing)

            self._documents = DocumentOutput(self.window, self.settings)
        return self._documents

    def pipeline_summary(self, period: Period | None = None) -> None:
        """Ask for period, language and format, then save the pipeline summary."""
        from leadtracker.services.exporting.exports import ExportService  # noqa: PLC0415
        from leadtracker.services.kpis import KpiService  # noqa: PLC0415
        from leadtracker.ui.exchange.report_dialog import (  # noqa: PLC0415
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
        from leadtracker.ui.exchange.import_dialog import importer_into  # noqa: PLC0415

        return importer_into(self.services.database)

    def import_companies(self) -> None:
        """The Import dialog (companies, contacts, projects, vCards, whole workbooks).

        Every page reloads after an import.
        """
        from leadtracker.ui.exchange.import_dialog import ImportDialog  # noqa: PLC0415

        dialog = ImportDialog(self.importer(), self.window)
        dialog.imported.connect(lambda _report: self.actions.data_changed.emit())
        dialog.exec()

    def export_data(self) -> None:
        """Ask which tables in which format, then export them in the background."""
        from leadtracker.services.exporting.exports import ExportService  # noqa: PLC0415
        from leadtracker.ui.exchange.export_dialog import ExportDialog, run_export  # noqa: PLC0415

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
        from leadtracker.ui.pipeline.pipeline_board import PipelineBoard  # noqa: PLC0415

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
        from leadtracker.ui.lists.network_page import NetworkPage  # noqa: PLC0415

        services = self.services
        page = NetworkPage(services.referrals, services.network, self.runner)
        self.actions.data_changed.connect(page.refresh)
        return page

    def _build_dashboard(self) -> DashboardView:
        from leadtracker.services.dashboard import DashboardService  # noqa: PLC0415
        from leadtracker.ui.dashboard.dashboard import DashboardView  # noqa: PLC0415

        view = DashboardView(DashboardService(self.services.database.sessions), self.runner)
        self.actions.data_changed.connect(view.refresh)
        view.summary_requested.connect(self.pipeline_summary)
        return view

    def _build_settings_page(self) -> SettingsPage:
        from leadtracker.ui.shell.restart import restart  # noqa: PLC0415
        from leadtracker.ui.shell.settings_page import SettingsPage  # noqa: PLC0415

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
        from leadtracker.ui.pipeline.stage_dialogs import ask_outcome  # noqa: PLC0415
        from leadtracker.ui.records.project_window import ProjectWindow  # noqa: PLC0415

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
        from leadtracker.ui.records.project_editor import ProjectEditor  # noqa: PLC0415

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
        from leadtracker.ui.records.company_editor import CompanyEditor  # noqa: PLC0415
        from leadtracker.ui.records.company_window import CompanyWindow  # noqa: PLC0415

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
        from leadtracker.ui.records.contact_editor import edit_contact  # noqa: PLC0415
        from leadtracker.ui.records.contact_record_buttons import (  # noqa: PLC0415
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
        from leadtracker.ui.records.project_editor import new_inquiry  # noqa: PLC0415

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
