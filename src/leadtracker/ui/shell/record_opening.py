"""The desk's record windows and editors: open a project, a company, a contact, a search hit.

:class:`RecordOpening` is the part of the desk (``ui/shell/app.py``) that
keeps one window per record, brings it to the front when asked again, and
closes the windows of records that went to the trash. What the windows and
editors save reports itself through the change notices; nothing here has to
tell the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from leadtracker.domain.errors import NotFoundError
from leadtracker.domain.vocabulary import RecordKind
from leadtracker.services.lists.projects import ProjectList, ProjectRow
from leadtracker.services.registry import Services
from leadtracker.services.search import SearchHit
from leadtracker.ui.search.search_dialog import SearchDialog
from leadtracker.ui.shell.desk import DeskActions, dialog_parent
from leadtracker.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from leadtracker.ui.records.company_window import CompanyWindow
    from leadtracker.ui.records.project_window import ProjectWindow

#: The window of one record: a project's or a company's.
W = TypeVar("W", bound="ProjectWindow | CompanyWindow")


class RecordOpening:
    """Opens records in their windows (one each) and the contact and inquiry editors."""

    services: Services
    actions: DeskActions
    window: MainWindow
    _project_list: ProjectList
    _records: dict[tuple[RecordKind, int], ProjectWindow | CompanyWindow]

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
                timeline=self.services.timeline,
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
                timeline=services.timeline,
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

    def edit_contact(self, contact_id: int | None, company_id: int | None = None) -> None:
        """The contact editor in a dialog (a new contact at ``company_id`` without an id)."""
        from leadtracker.ui.records.contact_editor import edit_contact  # noqa: PLC0415
        from leadtracker.ui.records.contact_record_buttons import (  # noqa: PLC0415
            contact_record_buttons,
        )

        services = self.services

        def record_buttons(contact: int, reload: Callable[[], None], parent: QWidget) -> QWidget:
            return contact_record_buttons(self.actions, contact, reload, parent)

        edit_contact(
            dialog_parent(self.window),
            services.contacts,
            services.companies,
            services.search,
            contact_id=contact_id,
            company_id=company_id,
            privacy=record_buttons,
        )

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
            self.open_project(project_id)
