"""A company's record in a window of its own: details, contacts, projects, timeline and tasks.

The details are the company editor itself; the other tabs list the people in
protocol order (double click to edit one), the company's projects (double click
to open one), everything logged with the company, newest first (each activity
with *Edit* and *Delete*), and the tasks of the company and its projects.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from leadtracker.domain.vocabulary import Language
from leadtracker.services.companies import CompanyRecord
from leadtracker.services.contacts import ContactRecord
from leadtracker.services.lists.projects import ProjectRow
from leadtracker.services.timeline import TimelineService
from leadtracker.ui.exchange.documents import LanguageMenu, file_name, staff_name
from leadtracker.ui.formats import day_text
from leadtracker.ui.forms.editor import RecordEditor
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.i18n import QT_TRANSLATE_NOOP, translate
from leadtracker.ui.lists.paged_table_model import TableColumn
from leadtracker.ui.lists.rows_model import RowsModel
from leadtracker.ui.lists.table_view import row_table
from leadtracker.ui.records.record_window import RecordWindow, timeline_html
from leadtracker.ui.records.task_table import TaskTable
from leadtracker.ui.shell.desk import DeskActions

CONTEXT = "CompanyWindow"


class ContactRowsModel(RowsModel):
    """The company's people in protocol order."""

    CONTEXT = CONTEXT
    COLUMNS: tuple[TableColumn[ContactRecord], ...] = (
        TableColumn(QT_TRANSLATE_NOOP("CompanyWindow", "Name"), lambda c: c.name.display),
        TableColumn(QT_TRANSLATE_NOOP("CompanyWindow", "Title"), lambda c: c.title),
        TableColumn(QT_TRANSLATE_NOOP("CompanyWindow", "Salutation"),
                    lambda c: c.name.salutation(Language.JAPANESE)),
        TableColumn(QT_TRANSLATE_NOOP("CompanyWindow", "Email"), lambda c: c.email),
        TableColumn(QT_TRANSLATE_NOOP("CompanyWindow", "Phone"), lambda c: c.phone),
    )  # fmt: skip


class ProjectRowsModel(RowsModel):
    """The company's projects, newest inquiry first."""

    CONTEXT = CONTEXT
    COLUMNS: tuple[TableColumn[ProjectRow], ...] = (
        TableColumn(QT_TRANSLATE_NOOP("CompanyWindow", "Received"),
                    lambda p: day_text(p.received_on)),
        TableColumn(QT_TRANSLATE_NOOP("CompanyWindow", "Project"),
                    lambda p: p.code_name or p.title),
        TableColumn(QT_TRANSLATE_NOOP("CompanyWindow", "Stage"), lambda p: stage_name(p.stage)),
        TableColumn(QT_TRANSLATE_NOOP("CompanyWindow", "Owner"), lambda p: p.owner),
    )  # fmt: skip


class CompanyWindow(RecordWindow[CompanyRecord]):
    """One company's record; saves through its editor, reloads on any change."""

    KIND = "company"

    def __init__(
        self,
        company_id: int,
        actions: DeskActions,
        *,
        timeline: TimelineService,
        projects_of: Callable[[int], tuple[ProjectRow, ...]],
        editor: RecordEditor,
        parent: QWidget | None = None,
    ) -> None:
        tasks = TaskTable(actions, with_project=True)
        super().__init__(
            company_id, actions, timeline=timeline, tasks=tasks, size=(980, 700), parent=parent
        )
        self.company_id = company_id
        self._projects_of = projects_of
        self.details = editor

        self.subheading = QLabel()
        self.subheading.setStyleSheet("color: gray;")
        self.new_project_button = self._button(
            translate("CompanyWindow", "New inquiry…"),
            translate("CompanyWindow", "Record a new inquiry of this company (Ctrl+N)"),
            self._new_project,
            "Ctrl+N",
        )
        self.new_contact_button = QPushButton(translate("CompanyWindow", "Add c&ontact…"))
        self.new_contact_button.clicked.connect(self._new_contact)
        self._build_dossier_menu()
        self.delete_button.setToolTip(
            translate(
                "CompanyWindow",
                "Move the company with its contacts and projects to the trash "
                "(File → Trash… restores it)",
            )
        )
        buttons = (
            self.new_project_button,
            self.new_contact_button,
            self.log_button,
            self.task_button,
            self.dossier_button,
            self.delete_button,
        )
        self._finish(
            self.subheading, buttons, self._own_tabs(), translate("CompanyWindow", "C&hanges")
        )

    def _build_dossier_menu(self) -> None:
        """The Dossier button: print or save the company's dossier, in which language."""
        self.dossier_button = QPushButton(translate("CompanyWindow", "Do&ssier"))
        self.dossier_button.setToolTip(
            translate("CompanyWindow", "Print the company's dossier or save it as a PDF")
        )
        menu = QMenu(self.dossier_button)
        self.print_action = menu.addAction(translate("CompanyWindow", "Print dossier…"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_dossier)
        self.save_action = menu.addAction(translate("CompanyWindow", "Save dossier as PDF…"))
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_action.triggered.connect(self.save_dossier)
        menu.addSeparator()
        self.language_menu = LanguageMenu(
            translate("CompanyWindow", "Language"), self._actions.settings.pdf_language, menu
        )
        menu.addMenu(self.language_menu)
        self.reveal_action = menu.addAction(
            translate("CompanyWindow", "Show the titles of code-named projects")
        )
        self.reveal_action.setCheckable(True)
        self.dossier_button.setMenu(menu)
        self.addActions([self.print_action, self.save_action])  # their shortcuts work anywhere

    def dossier_maker(self) -> Callable[[], bytes]:
        """What makes the dossier as chosen now (language, code names), on any thread."""
        language = self.language_menu.language
        reveal = self.reveal_action.isChecked()
        author = staff_name(self._actions)
        dossiers, company_id = self._actions.services.dossiers, self.company_id

        def make() -> bytes:
            from leadtracker.reports.dossier import company_dossier_pdf  # noqa: PLC0415

            return company_dossier_pdf(
                dossiers.company_dossier(company_id),
                language,
                author=author,
                reveal_confidential=reveal,
            )

        return make

    def print_dossier(self) -> None:
        """Make the dossier and print it through the system's print dialog."""
        title = translate("CompanyWindow", "Dossier {name}").format(name=self.windowTitle())
        self.documents.print(self.dossier_maker(), title)

    def save_dossier(self) -> None:
        """Ask for a file name, then make the dossier and save it there."""
        name = file_name(
            translate("CompanyWindow", "Dossier"), self.windowTitle(), date.today().isoformat()
        )
        self.documents.save(self.dossier_maker(), name)

    def _own_tabs(self) -> list[tuple[QWidget, str]]:
        """The company's people and projects (double click to open one), then its timeline."""
        self.contacts = ContactRowsModel()
        self.contact_table = row_table(self.contacts, translate("CompanyWindow", "Contacts"))
        self.contact_table.activated.connect(self._open_contact)
        self.projects = ProjectRowsModel()
        self.project_table = row_table(self.projects, translate("CompanyWindow", "Projects"))
        self.project_table.activated.connect(self._open_project)
        for table in (self.contact_table, self.project_table):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return [
            (self.contact_table, translate("CompanyWindow", "&Contacts")),
            (self.project_table, translate("CompanyWindow", "&Projects")),
            self._timeline_tab(),
        ]

    def _read(self) -> CompanyRecord:
        return self._actions.services.companies.get(self.company_id)

    def _show(self, company: CompanyRecord) -> None:
        services = self._actions.services
        self.setWindowTitle(company.display_name)
        self.heading.setText(html.escape(company.display_name))
        self.subheading.setText(
            " · ".join(p for p in (company.name_ja, company.name_de, company.hq_city) if p)
        )
        self.contacts.set_rows(services.contacts.for_company(self.company_id))
        self.projects.set_rows(self._projects_of(self.company_id))
        self.entries.setHtml(
            timeline_html(self._timeline.for_company(self.company_id), editable=True)
        )
        tasks = self._timeline.company_tasks(self.company_id)
        self.tasks.show_tasks(tasks)
        self.tabs.setTabText(
            self.tabs.indexOf(self.tasks),
            translate("CompanyWindow", "T&asks ({count})").format(count=len(tasks)),
        )
        self.tabs.setTabText(
            1,
            translate("CompanyWindow", "&Contacts ({count})").format(
                count=self.contacts.rowCount()
            ),
        )
        self.tabs.setTabText(
            2,
            translate("CompanyWindow", "&Projects ({count})").format(
                count=self.projects.rowCount()
            ),
        )

    def _open_contact(self) -> None:
        index = self.contact_table.currentIndex()
        if index.isValid():
            self._actions.open_contact(self.contacts.row(index.row()).id)

    def _open_project(self) -> None:
        index = self.project_table.currentIndex()
        if index.isValid():
            self._actions.open_project(self.projects.row(index.row()).id)

    def _new_project(self) -> None:
        self._actions.new_inquiry(company_id=self.company_id)

    def _new_contact(self) -> None:
        self._actions.new_contact(company_id=self.company_id)

    def _log_activity(self) -> None:
        self._actions.log_activity(company_id=self.company_id)

    def _add_task(self) -> None:
        self._actions.add_task(company_id=self.company_id)
