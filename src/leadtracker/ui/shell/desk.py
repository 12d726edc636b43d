"""The actions every page may ask for, on the services of one open database.

:class:`DeskActions` is what a page calls to open a record or to log, plan
or add something -- so a page never needs to know which window or dialog does
it. It holds the database's services (the registry,
:class:`~leadtracker.services.registry.Services`) and the bridge of its change
notices (``notices``): what a page shows, it watches there, and it reloads
once after a change that touches it. Nothing here announces a save: every
committed write reports itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from leadtracker.domain.errors import DomainError
from leadtracker.domain.vocabulary import ActivityKind
from leadtracker.services.network import UserRecord
from leadtracker.services.registry import Services
from leadtracker.ui.background import show_error
from leadtracker.ui.settings import AppSettings
from leadtracker.ui.shell.change_bridge import ChangeBridge


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


class DeskActions(QObject):
    """Opens records and the dialogs that add to them; the app connects the openers."""

    #: Records were changed (once a turn of the event loop): record windows reload.
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

    def __init__(self, services: Services, settings: AppSettings, parent: QObject) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self.notices = ChangeBridge(services.changes, self)
        self.notices.delivered.connect(lambda _notice: self.data_changed.emit())

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
        return True

    def _active_staff(self) -> list[UserRecord]:
        return [user for user in self.services.network.users() if user.active]

    def _saved(self, dialog: QDialog) -> bool:
        """Run ``dialog``; whether it saved (what it saved reports itself to the pages)."""
        saved = bool(dialog.exec())
        dialog.deleteLater()
        return saved

    def _window(self) -> QWidget | None:
        # A dialog always gets a parent: one that Python owns alone may be
        # freed later on another thread (see ui/collector.py).
        parent = self.parent()
        return dialog_parent(parent if isinstance(parent, QWidget) else None)
