"""The project editor: one inquiry and what the company plans (jobs, investment, space, date).

It is a widget to embed in a project's record page (beside its stage
history and activities) and, in :class:`ProjectEditorDialog`, the "New
inquiry" dialog, whose company chooser can create a company on the spot.
Stage and outcome (decision, loss, landing checklist) are set by moving
the project through the pipeline, not here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from leadtracker.domain.office import office_date
from leadtracker.domain.vocabulary import ProjectSource, ProjectType
from leadtracker.services.companies import CompanyDraft, CompanyService
from leadtracker.services.network import NetworkService
from leadtracker.services.projects import ProjectDraft, ProjectRecord, ProjectService
from leadtracker.services.search import SearchService
from leadtracker.ui.forms.company_chooser import CompanyChooser
from leadtracker.ui.forms.editor import EditorDialog, RecordEditor
from leadtracker.ui.forms.grid import FormGrid
from leadtracker.ui.forms.inputs import (
    ChoiceCombo,
    EnumCombo,
    InputError,
    IntegerEdit,
    MoneyEdit,
    OptionalDateEdit,
    with_unit,
)
from leadtracker.ui.forms.vocabulary import stage_name
from leadtracker.ui.records.company_editor import edit_company, notes_edit

#: Creates a company from the text typed in the chooser: (parent, text) -> new id or None.
CreateCompany = Callable[[QWidget, str], "int | None"]

_LOCATION_SEPARATORS = re.compile(r"[,;、，；\n]")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]")


def split_locations(text: str) -> tuple[str, ...]:
    """Competing locations from ``text``: ``"Amsterdam, London、Paris"`` gives three."""
    return tuple(part.strip() for part in _LOCATION_SEPARATORS.split(text) if part.strip())


def company_draft_from(text: str) -> CompanyDraft:
    """A new company named by what was typed: a Japanese name or a Latin one."""
    name = text.strip()
    return CompanyDraft(name_ja=name) if _JAPANESE.search(name) else CompanyDraft(name_en=name)


class ProjectEditor(RecordEditor):
    """Edit one project; embeddable, or in :class:`ProjectEditorDialog`."""

    def __init__(
        self,
        projects: ProjectService,
        companies: CompanyService,
        network: NetworkService,
        search: SearchService,
        parent: QWidget | None = None,
        *,
        with_buttons: bool = False,
        allow_new_company: bool = False,
        user_id: int | None = None,
    ) -> None:
        super().__init__(parent, with_buttons=with_buttons)
        self._projects = projects
        self._network = network
        self._record: ProjectRecord | None = None
        self._user_id = user_id  # who uses this PC: owner of new inquiries
        #: Creates a company for "New company…"; replace it to answer without a dialog.
        self.create_company: CreateCompany = lambda parent, text: edit_company(
            parent, companies, search, draft=company_draft_from(text)
        )

        self.company = CompanyChooser(search, companies, allow_new=allow_new_company)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. European HQ Düsseldorf"))
        self.code_name = QLineEdit()
        self.code_name.setPlaceholderText(self.tr("e.g. Sakura (optional)"))
        self.code_name.setToolTip(
            self.tr(
                "A confidential project is shown by its code name, "
                "not its company, outside the desk"
            )
        )
        self.project_type = EnumCombo(ProjectType)
        self.received_on = OptionalDateEdit()
        self.owner = ChoiceCombo(self.tr("— nobody yet —"))
        self.source = EnumCombo(ProjectSource)
        self.partner_choice = ChoiceCombo("—")
        self.event_choice = ChoiceCombo("—")
        self.event_choice.setMaxVisibleItems(20)
        self.planned_jobs = IntegerEdit()
        self.office_space = IntegerEdit()
        self.planned_investment = MoneyEdit()
        self.target_date = OptionalDateEdit()
        self.competing_locations = QLineEdit()
        self.competing_locations.setPlaceholderText(self.tr("e.g. Amsterdam, London, Frankfurt"))
        self.notes = notes_edit(3)

        self._lay_out()
        self.reload_choices()
        self.source.currentIndexChanged.connect(self._update_source)
        self.company.new_requested.connect(self._on_new_company)
        self.form.edited.connect(self._update_heading)
        self.start_new()

    def reload_choices(self) -> None:
        """Read the staff, partners and events offered again."""
        self.owner.set_choices(
            (u.id, u.name if u.active else self.tr("{name} (inactive)").format(name=u.name))
            for u in self._network.users()
        )
        self.partner_choice.set_choices((p.id, p.name) for p in self._network.partners())
        self.event_choice.set_choices(
            (e.id, f"{e.name} ({e.starts_on:%Y-%m-%d})" if e.starts_on else e.name)
            for e in self._network.events()
        )

    def _lay_out(self) -> None:
        grid = FormGrid(self.form, columns=2, parent=self.content)
        grid.setContentsMargins(12, 0, 12, 12)
        grid.section(self.tr("Inquiry"))
        grid.add("company_id", self.tr("Company"), self.company, wide=True)
        grid.add("title", self.tr("Title"), self.title, wide=True)
        grid.add("code_name", self.tr("Code name"), self.code_name)
        grid.add("project_type", self.tr("Type"), self.project_type)
        grid.add("received_on", self.tr("Received on"), self.received_on)
        grid.add("owner_id", self.tr("Owner"), self.owner)
        grid.section(self.tr("How it reached us"))
        grid.add("source", self.tr("Source"), self.source)
        grid.new_row()
        grid.add("partner_id", self.tr("Referring partner"), self.partner_choice)
        grid.add("event_id", self.tr("Event"), self.event_choice)
        grid.section(self.tr("Plans"))
        grid.add("planned_jobs", self.tr("Planned jobs"), self.planned_jobs)
        grid.add(
            "office_space_m2",
            self.tr("Office space"),
            self.office_space,
            cell=with_unit(self.office_space, "m²"),
        )
        investment = with_unit(self.planned_investment, "EUR")
        grid.add(
            "planned_investment", self.tr("Investment"), self.planned_investment, cell=investment
        )
        grid.add("target_date", self.tr("Target date"), self.target_date)
        grid.add(
            "competing_locations",
            self.tr("Competing locations"),
            self.competing_locations,
            wide=True,
        )
        grid.add("notes", self.tr("Notes"), self.notes, wide=True, top=True)
        grid.setRowStretch(grid.rowCount(), 1)
        self.planned_investment.setToolTip(self.tr("Planned investment in euros"))
        self.form.set_tab_order()

    # -- loading -------------------------------------------------------------------------
    @property
    def record(self) -> ProjectRecord | None:
        """The project being edited; ``None`` for a new inquiry."""
        return self._record

    def load(self, record: ProjectRecord) -> None:
        """Edit the saved project ``record``."""
        self._show(record)

    def load_id(self, project_id: int) -> None:
        """Edit the project with id ``project_id``."""
        self.load(self._projects.get(project_id))

    def start_new(self, company_id: int | None = None) -> None:
        """Start a new inquiry (received today), for the company ``company_id`` if given."""
        self._show(company_id)

    def _fill(self, source: ProjectRecord | int | None) -> None:
        record = source if isinstance(source, ProjectRecord) else None
        self._record = record
        self.company.setValue(source.company_id if isinstance(source, ProjectRecord) else source)
        self.title.setText(record.title if record else "")
        self.code_name.setText(record.code_name if record else "")
        self.project_type.setValue(record.project_type if record else ProjectType.OTHER)
        self.received_on.setValue(record.received_on if record else _today())
        self.owner.setValue(record.owner_id if record else self._user_id)
        self.source.setValue(record.source if record else ProjectSource.DIRECT)
        self.partner_choice.setValue(record.partner_id if record else None)
        self.event_choice.setValue(record.event_id if record else None)
        self.planned_jobs.setValue(record.planned_jobs if record else None)
        self.office_space.setValue(record.office_space_m2 if record else None)
        self.planned_investment.setValue(record.planned_investment if record else None)
        self.target_date.setValue(record.target_date if record else None)
        self.competing_locations.setText(", ".join(record.competing_locations) if record else "")
        self.notes.setPlainText(record.notes if record else "")
        self._update_source()
        self._update_heading()

    def _update_source(self) -> None:
        source = self.source.value()
        self.partner_choice.setEnabled(source is ProjectSource.PARTNER_REFERRAL)
        self.event_choice.setEnabled(source is ProjectSource.EVENT)

    def _update_heading(self) -> None:
        title = self.title.text().strip()
        code = self.code_name.text().strip()
        name = f"{title} [{code}]" if title and code else title or code
        company = self.company.edit.text() if self.company.company_id else ""
        if self._record is None:
            self.heading.setText(name or self.tr("New inquiry"))
            self.subheading.setText(company or self.tr("New inquiry — not saved yet"))
            return
        self.heading.setText(name or self._record.title)
        parts = [
            self.tr("Project #{id}").format(id=self._record.id),
            company,
            self.tr("Stage: {stage}").format(stage=stage_name(self._record.stage_label)),
        ]
        self.subheading.setText("  ·  ".join(part for part in parts if part))

    # -- saving --------------------------------------------------------------------------
    def draft(self) -> ProjectDraft:
        """The project the fields describe."""
        with self.form.reading() as read:
            company_id = read("company_id", self._company_id)
            planned_jobs = read("planned_jobs", self.planned_jobs.value)
            office_space = read("office_space_m2", self.office_space.value)
            investment = read("planned_investment", self.planned_investment.value)
        source = self.source.chosen()
        return ProjectDraft(
            # None only while read leniently (Form.with_the_rest): the draft's check reports it.
            company_id=company_id,  # type: ignore[arg-type]
            title=self.title.text(),
            code_name=self.code_name.text(),
            project_type=self.project_type.chosen(),
            source=source,
            partner_id=self.partner_choice.value()
            if source is ProjectSource.PARTNER_REFERRAL
            else None,
            event_id=self.event_choice.value() if source is ProjectSource.EVENT else None,
            owner_id=self.owner.value(),
            received_on=self.received_on.value(),
            planned_jobs=planned_jobs,
            planned_investment=investment,
            office_space_m2=office_space,
            target_date=self.target_date.value(),
            competing_locations=split_locations(self.competing_locations.text()),
            notes=self.notes.toPlainText(),
        )

    def _company_id(self) -> int:
        company_id = self.company.value()
        if company_id is None:
            raise InputError(self.tr("choose the company: type part of its name"))
        return company_id

    def subject(self) -> str:
        """The project's title for the unsaved-changes prompt."""
        title = self.title.text().strip() or self.code_name.text().strip()
        return f"“{title}”" if title else self.tr("the new inquiry")

    def _check(self, draft: ProjectDraft) -> None:
        self._projects.check(draft)

    def _store(self, draft: ProjectDraft) -> ProjectRecord:
        if self._record is None:
            return self._projects.create(draft, by_user_id=self._user_id)
        return self._projects.update(
            self._record.id, draft, expected_version=self.expected_version(self._record)
        )

    def _on_new_company(self, text: str) -> None:
        company_id = self.create_company(self, text)
        if company_id is not None:
            self.company.setValue(company_id)
            self.title.setFocus()


def _today() -> date:
    return office_date(datetime.now(UTC))


class ProjectEditorDialog(EditorDialog):
    """A project editor in a dialog: "New inquiry" or the project's title.

    :attr:`record_id` is the project saved.
    """

    def __init__(
        self,
        projects: ProjectService,
        companies: CompanyService,
        network: NetworkService,
        search: SearchService,
        project_id: int | None = None,
        *,
        company_id: int | None = None,
        user_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        editor = ProjectEditor(
            projects,
            companies,
            network,
            search,
            allow_new_company=project_id is None,
            user_id=user_id,
        )
        if project_id is None:
            editor.start_new(company_id)
        else:
            editor.load_id(project_id)
        super().__init__(editor, parent)
        if project_id is None:
            self.set_title(self.tr("New inquiry"))
        else:
            self.set_title(self.tr("Project — {title}").format(title=editor.heading.text()))
        self.resize(820, 640)
        if project_id is None:
            focus = editor.title if company_id is not None else editor.company.edit
            focus.setFocus()


def edit_project(
    parent: QWidget | None,
    projects: ProjectService,
    companies: CompanyService,
    network: NetworkService,
    search: SearchService,
    *,
    project_id: int | None = None,
    company_id: int | None = None,
    user_id: int | None = None,
) -> int | None:
    """Edit a project, or without ``project_id`` take a new inquiry, in a dialog.

    Returns the id of the project saved; ``None`` when cancelled.
    """
    dialog = ProjectEditorDialog(
        projects,
        companies,
        network,
        search,
        project_id,
        company_id=company_id,
        user_id=user_id,
        parent=parent,
    )
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.record_id if accepted else None
    finally:
        dialog.deleteLater()


def new_inquiry(
    parent: QWidget | None,
    projects: ProjectService,
    companies: CompanyService,
    network: NetworkService,
    search: SearchService,
    *,
    company_id: int | None = None,
    user_id: int | None = None,
) -> int | None:
    """The "New inquiry" dialog (Ctrl+N); the id of the project created, or ``None``."""
    return edit_project(
        parent,
        projects,
        companies,
        network,
        search,
        company_id=company_id,
        user_id=user_id,
    )
