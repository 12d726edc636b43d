"""The services of one open database, and the actions every page may ask for.

:class:`DeskServices` bundles the services the app builds on the database;
:class:`DeskActions` is what a page calls to open a record or to log, plan
or add something -- so a page never needs to know which window or dialog does
it. After anything was saved, ``data_changed`` tells the pages to reload.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from leadtracker.domain.errors import DomainError
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.companies import CompanyService
from leadtracker.services.contacts import ContactService
from leadtracker.services.history import HistoryService
from leadtracker.services.my_day import MyDayService
from leadtracker.services.network import NetworkService, UserRecord
from leadtracker.services.opening import Database
from leadtracker.services.projects import ProjectService
from leadtracker.services.referrals import ReferralService
from leadtracker.services.safety.maintenance import MaintenanceService
from leadtracker.services.safety.trash import TrashService
from leadtracker.services.search import SearchService
from leadtracker.services.work import WorkService
from leadtracker.ui.background import show_error
from leadtracker.ui.settings import AppSettings

if TYPE_CHECKING:
    from leadtracker.services.dossiers import DossierService


def dialog_parent(fallback: QWidget | None) -> QWidget | None:
    """The window a new dialog belongs to: the active one, else ``fallback``.

    Not a window that is hidden and on its way out -- a finished progress
    dialog can stay "active" a moment, and deleting it would take the new
    dialog with it.
    """
    active = QApplication.activeWindow()
    if active is not None and active.isVisible() and not isinstance(active, QProgressDialog):
        return active
    return fallback


@dataclass(frozen=True)
class DeskServices:
    """Every service the app uses, on one database."""

    database: Database
    companies: CompanyService
    contacts: ContactService
    projects: ProjectService
    work: WorkService
    network: NetworkService
    search: SearchService
    my_day: MyDayService
    referrals: ReferralService
    maintenance: MaintenanceService
    history: HistoryService
    trash: TrashService

    @cached_property
    def dossiers(self) -> DossierService:
        """Dossiers and briefings (loaded when first asked for: it is not needed at start)."""
        from leadtracker.services.dossiers import DossierService  # noqa: PLC0415

        return DossierService(self.database.sessions)

    @classmethod
    def on(cls, database: Database) -> DeskServices:
        """The services on ``database``."""
        sessions = database.sessions
        return cls(
            database=database,
            companies=CompanyService(sessions),
            contacts=ContactService(sessions),
            projects=ProjectService(sessions),
            work=WorkService(sessions),
            network=NetworkService(sessions),
            search=SearchService(sessions, database.search),
            my_day=MyDayService(sessions),
            referrals=ReferralService(sessions),
            maintenance=MaintenanceService(sessions),
            history=HistoryService(sessions),
            trash=TrashService(sessions),
        )


class DeskActions(QObject):
    """Opens records and the dialogs that add to them; the app connects the openers."""

    #: Something was saved: pages showing data reload.
    data_changed = Signal()
    project_requested = Signal(int)
    company_requested = Signal(int)
    contact_requested = Signal(int)
    #: A new inquiry (a company id to take it for, or ``None``).
    new_inquiry_requested = Signal(object)
    #: A new contact at a company (its id, or ``None``: chosen in the editor).
    new_contact_requested = Signal(object)
    #: Work on another database file (its path), chosen in Settings.
    database_requested = Signal(object)
    #: Replace the database's contents with a backup (its path), confirmed by the user.
    restore_requested = Signal(object)
    #: A record went to the trash (its kind and id): its windows close.
    record_trashed = Signal(str, int)

    def __init__(self, services: DeskServices, settings: AppSettings, parent: QObject) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings

    @property
    def me(self) -> int | None:
        """The staff member using this PC (Settings), if chosen and known to this database."""
        return self.services.database.attribution.staff_id

    def open_project(self, project_id: int) -> None:
        """Show the project's record."""
        self.project_requested.emit(project_id)

    def open_company(self, company_id: int) -> None:
        """Show the company's record."""
        self.company_requested.emit(company_id)

    def open_contact(self, contact_id: int) -> None:
        """Show the contact's record."""
        self.contact_requested.emit(contact_id)

    def new_inquiry(self, company_id: int | None = None) -> None:
        """Start a new inquiry (a new project, with a new or existing company)."""
        self.new_inquiry_requested.emit(company_id)

    def new_contact(self, company_id: int | None = None) -> None:
        """Add a person (at a company, or one chosen in the editor)."""
        self.new_contact_requested.emit(company_id)

    def new_company(self) -> None:
        """A new company in the company editor; once saved, it opens in its window."""
        from leadtracker.ui.records.company_editor import edit_company  # noqa: PLC0415

        parent = self.parent()
        window = parent if isinstance(parent, QWidget) else None
        company_id = edit_company(
            dialog_parent(window), self.services.companies, self.services.search
        )
        if company_id is not None:
            self.data_changed.emit()
            self.open_company(company_id)

    def log_activity(
        self,
        *,
        company_id: int | None,
        project_id: int | None = None,
        kind: ActivityKind = ActivityKind.MEETING,
        subject: str = "",
        staff_ids: tuple[int | None, ...] = (),
    ) -> bool:
        """Ask for an activity and log it (``staff_ids`` ticked, and me); whether one was saved."""
        from leadtracker.ui.records.work_dialogs import ActivityDialog  # noqa: PLC0415

        services = self.services
        if company_id is None and project_id is not None:
            company_id = services.projects.get(project_id).company_id
        contacts = services.contacts.for_company(company_id) if company_id is not None else ()
        dialog = ActivityDialog(
            services.work,
            company_id=company_id,
            project_id=project_id,
            contacts=contacts,
            staff=self._active_staff(),
            me=self.me,
            kind=kind,
            subject=subject,
            ticked=staff_ids,
            parent=self._window(),
        )
        return self._saved(dialog)

    def add_task(self, *, company_id: int | None = None, project_id: int | None = None) -> bool:
        """Ask for a task and add it; whether one was saved."""
        from leadtracker.ui.records.work_dialogs import TaskDialog  # noqa: PLC0415

        dialog = TaskDialog(
            self.services.work,
            company_id=company_id,
            project_id=project_id,
            staff=self._active_staff(),
            me=self.me,
            parent=self._window(),
        )
        return self._saved(dialog)

    def move_to_trash(self, kind: str, record_id: int, parent: QWidget | None = None) -> bool:
        """Delete a company, contact or project into the trash after asking; whether it went."""
        from leadtracker.ui.safety.trash_dialog import ask_move_to_trash  # noqa: PLC0415

        trash = self.services.trash
        parent = parent or self._window()
        try:
            preview = trash.preview(kind, record_id)
            if not ask_move_to_trash(parent, preview):
                return False
            trash.move_to_trash(kind, record_id)
        except DomainError as error:
            show_error(parent, self.tr("The record could not be deleted"), error)
            return False
        self.record_trashed.emit(kind, record_id)
        self.data_changed.emit()
        return True

    def _active_staff(self) -> list[UserRecord]:
        return [user for user in self.services.network.users() if user.active]

    def _saved(self, dialog: QDialog) -> bool:
        """Run ``dialog``; whether it saved (then every page hears of it)."""
        saved = bool(dialog.exec())
        dialog.deleteLater()
        if saved:
            self.data_changed.emit()
        return saved

    def _window(self) -> QWidget | None:
        # A dialog always gets a parent: one that Python owns alone may be
        # freed later on another thread (see ui/collector.py).
        parent = self.parent()
        return dialog_parent(parent if isinstance(parent, QWidget) else None)
