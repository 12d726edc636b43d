"""The desk on one open database: its pages and how they keep up with changes.

This is the one place that wires the window together; every widget gets
the services it needs from the registry (``services/registry.py``). Each
page watches the change notices for the kinds of record it shows
(:mod:`leadtracker.ui.shell.change_bridge`) and reloads once after a change
that touches them, and not after others. Record windows and editors are
opened by :class:`~leadtracker.ui.shell.record_opening.RecordOpening`, the
menus' dialogs by :class:`~leadtracker.ui.shell.data_dialogs.DataDialogs`;
opening files, restoring and starting Qt are in ``ui/shell/startup.py``.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from leadtracker.domain.changes import ChangedKind, ChangeNotice
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.lists.companies import CompanyList
from leadtracker.services.lists.contacts import ContactList
from leadtracker.services.lists.projects import ProjectList
from leadtracker.services.opening import where
from leadtracker.services.registry import Services
from leadtracker.ui.background import BackgroundRunner
from leadtracker.ui.i18n import translate
from leadtracker.ui.icons import icon
from leadtracker.ui.lists.company_table_model import CompanyTableModel
from leadtracker.ui.lists.contact_table_model import ContactTableModel
from leadtracker.ui.lists.project_table_model import ProjectTableModel
from leadtracker.ui.lists.record_list_view import RecordListView
from leadtracker.ui.my_day.my_day_page import MyDayPage
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.data_dialogs import FIRST_START_DEMO_COMPANIES, DataDialogs
from leadtracker.ui.shell.desk import DeskActions
from leadtracker.ui.shell.lazy_page import LazyPage
from leadtracker.ui.shell.main_window import MainWindow
from leadtracker.ui.shell.menus import build_menus
from leadtracker.ui.shell.record_opening import RecordOpening
from leadtracker.ui.shell.staff_identity import StaffIdentity

if TYPE_CHECKING:
    from leadtracker.services.timeline import TimelineService
    from leadtracker.ui.dashboard.dashboard import DashboardView
    from leadtracker.ui.exchange.documents import DocumentOutput
    from leadtracker.ui.lists.network_page import NetworkPage
    from leadtracker.ui.pipeline.pipeline_board import PipelineBoard
    from leadtracker.ui.records.company_window import CompanyWindow
    from leadtracker.ui.records.project_window import ProjectWindow
    from leadtracker.ui.shell.settings_page import SettingsPage

# The pages behind the side bar's other entries, record windows and editors
# are imported when first needed (see LazyPage): a shorter start.

__all__ = ["FIRST_START_DEMO_COMPANIES", "Desk"]

K = ChangedKind
#: What the pages show, by the kinds of record a change must touch to reload them.
PROJECT_LIST_SHOWS = {K.PROJECT, K.COMPANY, K.STAGE, K.STAFF}
CONTACT_LIST_SHOWS = {K.CONTACT, K.COMPANY}
NETWORK_SHOWS = {K.PARTNER, K.EVENT, K.PROJECT, K.COMPANY, K.CONTACT, K.STAFF}
DASHBOARD_SHOWS = {K.PROJECT, K.COMPANY, K.ACTIVITY, K.STAGE, K.STAFF, K.PARTNER}
COUNTS_SHOW = {K.COMPANY, K.CONTACT, K.PROJECT}


def company_list_shows(notice: ChangeNotice) -> bool:
    """The Companies list: companies, and how many projects each has (not their stages)."""
    return notice.touches({K.COMPANY}) or any(
        change.kind is K.PROJECT
        and (change.may_have_changed("company_id") or change.may_have_changed("trashed_in"))
        for change in notice.changes
    )


def board_shows(board: PipelineBoard, notice: ChangeNotice) -> bool:
    """The board: projects, stages, staff, and the companies of the cards it shows.

    A company not on the board matters only for its sector (a filter choice)
    or while a filter is set (the company may come to match it).
    """
    if notice.touches({K.PROJECT, K.STAGE, K.STAFF}):
        return True
    shown = board.board
    if shown is None or not shown.filter.is_empty:
        return notice.touches({K.COMPANY})
    on_cards = {card.company_id for column in shown.columns for card in column.cards}
    return any(
        change.kind is K.COMPANY
        and (
            change.record_id in on_cards
            or change.record_id is None
            or change.may_have_changed("sector")
        )
        for change in notice.changes
    )


class Desk(RecordOpening, DataDialogs):
    """The window of one open database with its pages, actions and record windows."""

    def __init__(self, services: Services, settings: AppSettings) -> None:
        self.services = services
        self.settings = settings
        database = services.database
        sessions, index = database.sessions, database.search
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
        self.window.setWindowTitle(
            translate("MainWindow", "{where} — LeadTracker — Japan Desk").format(
                where=where(database.location)
            )
        )
        self.runner = BackgroundRunner(self.window)
        self.actions = DeskActions(services, settings, self.window)
        self.notices = self.actions.notices
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
        # "My" work is someone else's now: every page shows it anew.
        self.identity.chosen.connect(lambda _user: self.notices.everything("staff chosen"))
        self._connect()
        self._status_shown = False
        self.update_status()

    def stop_work(self) -> None:
        """Before the database closes: cancel the lists' reads, wait for all background work."""
        self.notices.stop()
        for page in (self.projects, self.companies, self.contacts):
            page.model.cancel_reads()
        self.runner.wait()

    @property
    def timeline(self) -> TimelineService:
        """Stage history and activities, for the record windows."""
        return self.services.timeline

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
        from leadtracker.ui.pipeline.pipeline_board import PipelineBoard  # noqa: PLC0415

        board = PipelineBoard(
            self.services.board,
            self.services.projects,
            current_user=lambda: self.actions.me,
            settings=self.settings,
        )
        watch = self.notices.watch(partial(board_shows, board), board.reload)
        # The board shows its own moves at once (and loads itself again): the
        # notice of the move reloads the other pages, not the board a second time.
        board.project_moved.connect(lambda _id: watch.fresh())
        board.project_opened.connect(self.open_project)
        return board

    def _build_network(self) -> NetworkPage:
        from leadtracker.ui.lists.network_page import NetworkPage  # noqa: PLC0415

        services = self.services
        page = NetworkPage(services.referrals, services.network, self.runner)
        self.notices.watch(NETWORK_SHOWS, page.refresh)
        return page

    def _build_dashboard(self) -> DashboardView:
        from leadtracker.ui.dashboard.dashboard import DashboardView  # noqa: PLC0415

        view = DashboardView(self.services.dashboard, self.runner)
        self.notices.watch(DASHBOARD_SHOWS, view.refresh)
        view.summary_requested.connect(self.pipeline_summary)
        return view

    def _build_settings_page(self) -> SettingsPage:
        from leadtracker.ui.shell.restart import restart  # noqa: PLC0415
        from leadtracker.ui.shell.settings_page import SettingsPage  # noqa: PLC0415

        services = self.services
        page = SettingsPage(self.settings, services.network, services.database.location)
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
        notices = self.notices
        notices.watch(COUNTS_SHOW, self.update_status)
        actions.record_trashed.connect(lambda _kind, _id: self.close_trashed())
        notices.watch(PROJECT_LIST_SHOWS, self.projects.refresh)
        notices.watch(company_list_shows, self.companies.refresh)
        notices.watch(CONTACT_LIST_SHOWS, self.contacts.refresh)
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
        """Where the data lives and what it holds, in the status bar (counted in the background).

        A file by its path, a server database as ``user@host:port/dbname``.
        """
        path = where(self.services.database.location)
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
